// Command rogue is a test helper for the enforcement tests, never shipped:
// a westworld node modified the way a misbehaving operator would modify
// one. It accepts its own telemetry whatever it says, publishes one report
// carrying a metric the charter forbids, and then keeps dialling its
// bootstrap peer (libp2p dials that ignore the dial backoff, and plain TCP
// connects), printing one JSON line per event on stdout.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"syscall"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/network"
	manet "github.com/multiformats/go-multiaddr/net"

	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/node/charter"
	"github.com/x0tta6bl4/westworld/p2p"
)

func main() {
	if err := run(); err != nil {
		emit(map[string]any{"event": "error", "err": err.Error()})
		os.Exit(1)
	}
}

var out = json.NewEncoder(os.Stdout)

func emit(v map[string]any) { _ = out.Encode(v) }

func run() error {
	home := flag.String("home", "", "node home (created if missing)")
	listen := flag.String("listen", "", "listen multiaddr")
	boot := flag.String("bootstrap", "", "the judge's full multiaddr")
	metric := flag.String("metric", "user_location", "the forbidden metric to report")
	every := flag.Duration("dial-every", 100*time.Millisecond, "how often to dial the judge after publishing")
	flag.Parse()

	cfg := node.DefaultConfig()
	cfg.P2P.Listen = []string{*listen}
	cfg.P2P.Bootstrap = []string{*boot}
	cfg.P2P.MDNS, cfg.P2P.AutoNAT, cfg.P2P.HolePunching, cfg.P2P.RelayClient = false, false, false, false
	cfg.P2P.DHTMode = "off"
	cfg.P2P.RedialMin, cfg.P2P.RedialMax = "50ms", "300ms"
	cfg.Gossip.Heartbeat = "100ms"
	cfg.Metrics.Listen = ""
	cfg.Telemetry.Enabled = false
	cfg.Enforce.Mode = "off"
	if _, err := os.Stat(filepath.Join(*home, node.IdentityFile)); err != nil {
		if _, err := node.Init(*home, cfg, false); err != nil {
			return err
		}
	}
	cfg.Home = *home
	log := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	n, err := node.New(cfg, node.WithLogger(log))
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := n.Start(ctx); err != nil {
		return err
	}
	defer n.Close()
	judge, err := p2p.ParsePeerAddr(*boot)
	if err != nil {
		return err
	}
	emit(map[string]any{"event": "started", "peer": n.ID().String()})

	// Wait for the judge on the telemetry topic, then publish what an
	// honest node never would.
	for !slices.Contains(topicPeers(n), judge.ID.String()) {
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(50 * time.Millisecond):
		}
	}
	if err := n.Gossip().SetValidator(p2p.TopicTelemetry, func(context.Context, *pubsub.Message) error { return nil }); err != nil {
		return err
	}
	r := charter.Report{Node: n.ID().String(), Seq: 1, Time: time.Now(), Metrics: []charter.Metric{
		{Name: "latency_p50", Value: 3.2}, {Name: *metric, Value: 52.37},
	}}
	data, err := charter.EncodeReport(r)
	if err != nil {
		return err
	}
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	err = n.Gossip().Publish(pctx, p2p.TopicTelemetry, data, 1)
	cancel()
	if err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	emit(map[string]any{"event": "published", "metric": *metric})

	tcpAddr := ""
	if na, err := manet.ToNetAddr(judge.Addrs[0]); err == nil {
		tcpAddr = na.String()
	}
	t := time.NewTicker(*every)
	defer t.Stop()
	var last string
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		state := "connected"
		if n.Host().Network().Connectedness(judge.ID) != network.Connected {
			dctx, cancel := context.WithTimeout(network.WithForceDirectDial(ctx, "keep dialling"), 400*time.Millisecond)
			err := n.Host().Connect(dctx, judge)
			cancel()
			state = "libp2p ok"
			if err != nil {
				state = "libp2p refused"
				if dctx.Err() != nil {
					state = "libp2p timeout"
				}
			}
			if tcpAddr != "" {
				c, err := net.DialTimeout("tcp", tcpAddr, 200*time.Millisecond)
				switch {
				case err == nil:
					c.Close()
					state += ", tcp ok"
				case os.IsTimeout(err):
					state += ", tcp timeout"
				default:
					state += ", tcp refused"
				}
			}
		}
		if state != last {
			emit(map[string]any{"event": "dial", "state": state})
			last = state
		}
	}
}

func topicPeers(n *node.Node) []string {
	for _, ts := range n.Gossip().Topics() {
		if ts.Name == p2p.TopicTelemetry {
			return ts.Peers
		}
	}
	return nil
}
