// Package telemetry measures the node's own view of the network, for real:
// round-trip latency and loss from periodic libp2p pings to every connected
// peer, the peer count, how stable the peer set is, how long the node has
// been up, and (from the reports other nodes gossip) how many nodes there
// are and their average degree. It produces only network-health metrics;
// what may leave the node is decided by the charter, not here.
package telemetry

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"slices"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/protocol/ping"

	"github.com/x0tta6bl4/westworld/storage"
)

// Metric names this package produces (the charter's vocabulary).
const (
	LatencyP50     = "latency_p50"
	LatencyP99     = "latency_p99"
	LatencyP999    = "latency_p999"
	PacketLoss     = "packet_loss"
	RouteStability = "route_stability"
	NodeCount      = "node_count"
	AvgDegree      = "avg_degree"
	PeerCountSeen  = "peer_count_seen"
	UptimePercent  = "uptime_percent"
)

// Config configures the collector.
type Config struct {
	// Interval is how often every peer is pinged (and a report published).
	Interval time.Duration
	// PingTimeout bounds one ping; a ping that does not answer is a loss.
	PingTimeout time.Duration
	// Window is how many recent ping results the percentiles and loss are
	// computed over.
	Window int
	// NodeTTL is how long a node that reported counts towards node_count.
	NodeTTL time.Duration
	Now     func() time.Time
	Logger  *slog.Logger
}

// Metric is one measured value.
type Metric struct {
	Name  string
	Value float64
}

// Collector measures continuously between Start and Close.
type Collector struct {
	cfg    Config
	h      host.Host
	ns     *storage.Namespace
	log    *slog.Logger
	stop   context.CancelFunc
	wg     sync.WaitGroup
	start  time.Time
	onTick func()
	// reset carries a new interval to the ticker goroutine (SetInterval);
	// it holds the latest one only.
	reset chan time.Duration
	// Which of cfg's interval-derived durations took their defaults, so
	// that SetInterval re-derives them.
	pingDefault, ttlDefault bool

	mu        sync.Mutex      // also guards cfg.Interval, PingTimeout, NodeTTL
	rtts      []time.Duration // ring of recent successful RTTs
	results   []bool          // ring of recent ping outcomes (true = answered)
	prevPeers map[peer.ID]bool
	stability []float64            // per-round share of the previous round's peers kept
	others    map[peer.ID]observed // degree reported by other nodes
	upFirst   time.Time
	upTotal   time.Duration
	lastTick  time.Time
}

type observed struct {
	degree float64
	at     time.Time
}

// New returns a collector for host h. ns keeps the uptime ledger so that
// uptime_percent spans restarts.
func New(cfg Config, h host.Host, ns *storage.Namespace) *Collector {
	if cfg.Interval <= 0 {
		cfg.Interval = 10 * time.Second
	}
	pingDefault, ttlDefault := cfg.PingTimeout <= 0, cfg.NodeTTL <= 0
	if cfg.PingTimeout <= 0 {
		cfg.PingTimeout = min(5*time.Second, cfg.Interval)
	}
	if cfg.Window <= 0 {
		cfg.Window = 1024
	}
	if cfg.NodeTTL <= 0 {
		cfg.NodeTTL = 6 * cfg.Interval
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Collector{cfg: cfg, h: h, ns: ns, log: cfg.Logger.With("component", "telemetry"),
		others: map[peer.ID]observed{}, reset: make(chan time.Duration, 1),
		pingDefault: pingDefault, ttlDefault: ttlDefault}
}

// ErrBadInterval is returned by SetInterval for a non-positive interval.
var ErrBadInterval = errors.New("telemetry interval must be positive")

// SetInterval changes how often the collector measures, while it runs (a
// rollout's telemetry.interval takes effect without a restart). The next
// round comes one new interval after the call; the ping timeout and the
// node TTL, where they were derived from the interval, follow it.
func (c *Collector) SetInterval(d time.Duration) error {
	if d <= 0 {
		return fmt.Errorf("%w: %s", ErrBadInterval, d)
	}
	c.mu.Lock()
	c.cfg.Interval = d
	if c.pingDefault {
		c.cfg.PingTimeout = min(5*time.Second, d)
	}
	if c.ttlDefault {
		c.cfg.NodeTTL = 6 * d
	}
	c.mu.Unlock()
	// Replace a reset the ticker goroutine has not taken yet: the latest
	// interval wins. Before Start (or after Close) nothing reads it and
	// Start uses cfg.Interval.
	for {
		select {
		case c.reset <- d:
			return nil
		default:
		}
		select {
		case <-c.reset:
		default:
		}
	}
}

// Interval is how often the collector measures now.
func (c *Collector) Interval() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.cfg.Interval
}

// OnTick registers fn to run after each measurement round (the node
// publishes its report there). It must be set before Start.
func (c *Collector) OnTick(fn func()) { c.onTick = fn }

var ledgerKey = []byte("telemetry/uptime")

// Start loads the uptime ledger and begins pinging.
func (c *Collector) Start(ctx context.Context) error {
	now := c.cfg.Now()
	c.start = now
	c.lastTick = now
	if v, err := c.ns.Get(ledgerKey); err == nil && len(v) == 16 {
		c.upFirst = time.Unix(0, int64(binary.BigEndian.Uint64(v[:8])))
		c.upTotal = time.Duration(binary.BigEndian.Uint64(v[8:]))
	} else {
		c.upFirst = now
	}
	ctx, c.stop = context.WithCancel(context.WithoutCancel(ctx))
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		t := time.NewTicker(c.Interval())
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case d := <-c.reset:
				t.Reset(d)
			case <-t.C:
				c.round(ctx)
				if c.onTick != nil {
					c.onTick()
				}
			}
		}
	}()
	return nil
}

// Close stops measuring and saves the uptime ledger.
func (c *Collector) Close() error {
	if c.stop == nil {
		return nil
	}
	c.stop()
	c.wg.Wait()
	c.accountUptime()
	return c.saveLedger()
}

func (c *Collector) accountUptime() {
	now := c.cfg.Now()
	c.mu.Lock()
	c.upTotal += now.Sub(c.lastTick)
	c.lastTick = now
	c.mu.Unlock()
}

func (c *Collector) saveLedger() error {
	c.mu.Lock()
	v := make([]byte, 16)
	binary.BigEndian.PutUint64(v[:8], uint64(c.upFirst.UnixNano()))
	binary.BigEndian.PutUint64(v[8:], uint64(c.upTotal))
	c.mu.Unlock()
	return c.ns.Put(ledgerKey, v)
}

// round pings every connected peer once, concurrently.
func (c *Collector) round(ctx context.Context) {
	peers := c.h.Network().Peers()
	type res struct {
		rtt time.Duration
		ok  bool
	}
	out := make(chan res, len(peers))
	sem := make(chan struct{}, 32)
	c.mu.Lock()
	timeout := c.cfg.PingTimeout
	c.mu.Unlock()
	var wg sync.WaitGroup
	for _, p := range peers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			pctx, cancel := context.WithTimeout(ctx, timeout)
			defer cancel()
			select {
			case r := <-ping.Ping(pctx, c.h, p):
				out <- res{r.RTT, r.Error == nil}
			case <-pctx.Done():
				out <- res{ok: false}
			}
		}()
	}
	wg.Wait()
	close(out)
	if ctx.Err() != nil {
		return
	}
	c.mu.Lock()
	for r := range out {
		c.results = appendRing(c.results, r.ok, c.cfg.Window)
		if r.ok {
			c.rtts = appendRing(c.rtts, r.rtt, c.cfg.Window)
		}
	}
	cur := make(map[peer.ID]bool, len(peers))
	for _, p := range peers {
		cur[p] = true
	}
	if c.prevPeers != nil {
		kept := 0
		for p := range c.prevPeers {
			if cur[p] {
				kept++
			}
		}
		if len(c.prevPeers) > 0 {
			c.stability = appendRing(c.stability, float64(kept)/float64(len(c.prevPeers)), stabilityRounds)
		}
	}
	c.prevPeers = cur
	c.mu.Unlock()
	c.accountUptime()
	if err := c.saveLedger(); err != nil {
		c.log.Warn("save uptime ledger", "err", err)
	}
}

// stabilityRounds is how many rounds route_stability averages over: one
// lost peer shows for that many intervals, not just the next one.
const stabilityRounds = 6

func appendRing[T any](s []T, v T, n int) []T {
	s = append(s, v)
	if len(s) > n {
		s = s[len(s)-n:]
	}
	return s
}

// ObserveDegree records another node's reported peer count, for node_count
// and avg_degree.
func (c *Collector) ObserveDegree(p peer.ID, degree float64) {
	c.mu.Lock()
	c.others[p] = observed{degree: degree, at: c.cfg.Now()}
	c.mu.Unlock()
}

// Snapshot returns the current measurements. Latencies are milliseconds,
// loss a fraction of pings unanswered, stability the mean over the last six
// rounds of the fraction of the previous round's peers still connected, uptime the percentage of wall time the
// node has run since it first started.
func (c *Collector) Snapshot() []Metric {
	now := c.cfg.Now()
	degree := float64(len(c.h.Network().Peers()))
	c.mu.Lock()
	defer c.mu.Unlock()
	stab := 1.0
	if len(c.stability) > 0 {
		stab = 0
		for _, v := range c.stability {
			stab += v
		}
		stab /= float64(len(c.stability))
	}
	out := []Metric{{PeerCountSeen, degree}, {RouteStability, stab}}
	if len(c.rtts) > 0 {
		s := slices.Clone(c.rtts)
		slices.Sort(s)
		ms := func(q float64) float64 {
			i := int(math.Ceil(q*float64(len(s)))) - 1
			return float64(s[max(i, 0)].Microseconds()) / 1000
		}
		out = append(out, Metric{LatencyP50, ms(0.50)}, Metric{LatencyP99, ms(0.99)}, Metric{LatencyP999, ms(0.999)})
	}
	if len(c.results) > 0 {
		lost := 0
		for _, ok := range c.results {
			if !ok {
				lost++
			}
		}
		out = append(out, Metric{PacketLoss, float64(lost) / float64(len(c.results))})
	}
	nodes, sum := 1, degree
	for p, o := range c.others {
		if now.Sub(o.at) > c.cfg.NodeTTL {
			delete(c.others, p)
			continue
		}
		nodes++
		sum += o.degree
	}
	out = append(out, Metric{NodeCount, float64(nodes)}, Metric{AvgDegree, sum / float64(nodes)})
	up := c.upTotal + now.Sub(c.lastTick)
	if span := now.Sub(c.upFirst); span > 0 {
		out = append(out, Metric{UptimePercent, min(100, 100*float64(up)/float64(span))})
	}
	return out
}
