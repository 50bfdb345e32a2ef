package main

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/node/cradle"
)

// TestDaemonRestartsForRolloutParams runs the daemon's node loop with a
// real node: the rollout's config applier writes a restart-only param
// (gossip.d) and asks for a restart; the loop closes the node and starts a
// new one from the re-read config, on the same API socket. A live param
// (telemetry.interval) is set on the running node without a restart. A
// signal stops the loop. With the embedded dev chain (what `daemon --dev`
// runs, rollout engine linked) the chain reopens on the same home too.
func TestDaemonRestartsForRolloutParams(t *testing.T) {
	for _, dev := range []bool{false, true} {
		t.Run(map[bool]string{false: "no chain", true: "dev chain"}[dev], func(t *testing.T) { testDaemonRestart(t, dev) })
	}
}

func testDaemonRestart(t *testing.T, dev bool) {
	home := t.TempDir()
	sockDir, err := os.MkdirTemp("", "wwd")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(sockDir) })
	cfg := node.DefaultConfig()
	cfg.Home = home
	cfg.P2P.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	cfg.P2P.MDNS, cfg.P2P.AutoNAT, cfg.P2P.HolePunching, cfg.P2P.RelayClient = false, false, false, false
	cfg.Metrics.Listen = ""
	cfg.Enforce.Mode = "off"
	cfg.API.Socket = filepath.Join(sockDir, "api.sock")
	if dev {
		cfg.Chain.Dev.Enabled = true
		cfg.Chain.Dev.HTTPPort = 0
	}
	if _, err := node.Init(home, cfg, false); err != nil {
		t.Fatal(err)
	}
	load := func() (node.Config, error) {
		c, err := node.LoadConfig(home)
		if err != nil {
			return node.Config{}, err
		}
		return c, c.Validate()
	}
	first, err := load()
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	nodes := make(chan *node.Node, 4)
	r := &nodeRunner{
		load: load,
		newNode: func(c node.Config) (*node.Node, error) {
			return node.New(c, node.WithLogger(log), node.WithRollout(cradle.NodeRollout))
		},
		log:     log,
		settle:  200 * time.Millisecond,
		started: func(n *node.Node) { nodes <- n },
	}
	sigs := make(chan os.Signal, 2)
	done := make(chan error, 1)
	go func() { done <- r.run(first, sigs) }()
	t.Cleanup(func() {
		select {
		case sigs <- syscall.SIGTERM:
		default:
		}
		<-done
	})
	next := func(what string) *node.Node {
		t.Helper()
		select {
		case n := <-nodes:
			return n
		case err := <-done:
			t.Fatalf("%s: the loop ended: %v", what, err)
		case <-time.After(30 * time.Second):
			t.Fatalf("%s: no node started within 30s", what)
		}
		return nil
	}
	status := func(n *node.Node) {
		t.Helper()
		mac, err := node.RoleMacaroon(home, "admin")
		if err != nil {
			t.Fatal(err)
		}
		var st map[string]any
		if err := api.NewClient(n.Config().SocketPath(), mac).Do(context.Background(), http.MethodGet, "/v1/status", nil, &st); err != nil {
			t.Fatalf("API of the running node: %v", err)
		}
	}

	n1 := next("first start")
	status(n1)
	if n1.Config().Gossip.D == 8 {
		t.Fatal("the default config already has gossip.d 8")
	}
	applier := &cradle.ConfigApplier{Home: home, Node: n1, Logger: log}

	// Live: no restart.
	res, err := applier.Apply(context.Background(), cradle.Params{{Name: "telemetry.interval", Value: cradle.DurationValue(700 * time.Millisecond)}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Live) != 1 || len(res.Restart) != 0 {
		t.Fatalf("telemetry.interval applied live %v, at restart %v", res.Live, res.Restart)
	}
	if got := n1.TelemetryInterval(); got != 700*time.Millisecond {
		t.Fatalf("running node measures every %s, want 700ms", got)
	}
	select {
	case n := <-nodes:
		t.Fatalf("a live param restarted the node (%p)", n)
	case <-time.After(time.Second):
	}

	// Restart-only: the loop restarts the node with it.
	res, err = applier.Apply(context.Background(), cradle.Params{{Name: "gossip.d", Value: cradle.IntValue(8)}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Restart) != 1 || res.Restart[0] != "gossip.d" {
		t.Fatalf("gossip.d at restart %v, live %v", res.Restart, res.Live)
	}
	n2 := next("restart for gossip.d")
	if n2 == n1 {
		t.Fatal("the same node reported twice")
	}
	if got := n2.Config().Gossip.D; got != 8 {
		t.Fatalf("restarted node runs gossip D %d, want 8", got)
	}
	if got := n2.TelemetryInterval(); got != 700*time.Millisecond {
		t.Fatalf("restarted node measures every %s, want the live param kept (700ms)", got)
	}
	if n2.Config().SocketPath() != n1.Config().SocketPath() || n2.ID() != n1.ID() {
		t.Fatalf("restarted node moved: socket %s -> %s, id %s -> %s", n1.Config().SocketPath(), n2.Config().SocketPath(), n1.ID(), n2.ID())
	}
	status(n2)

	// Two requests in one burst cost one restart.
	n2.RequestRestart("a")
	n2.RequestRestart("b")
	n3 := next("restart for a burst")
	select {
	case n := <-nodes:
		t.Fatalf("a burst of requests restarted twice (%p)", n)
	case <-time.After(500 * time.Millisecond):
	}
	status(n3)
	if dev {
		if st, ok := n3.RolloutStatus(context.Background()).(cradle.RolloutStatus); !ok || !st.Enabled {
			t.Fatalf("the node restarted twice on the dev chain has no rollout engine: %+v", n3.RolloutStatus(context.Background()))
		}
	}

	sigs <- syscall.SIGTERM
	if err := <-done; err != nil {
		t.Fatalf("loop ended with %v after SIGTERM", err)
	}
	done <- nil // for the cleanup
}
