package node

import (
	"context"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/x0tta6bl4/westworld/node/charter"
	"github.com/x0tta6bl4/westworld/node/enforce"
	"github.com/x0tta6bl4/westworld/p2p"
)

// fakeClock is a clock tests move by hand, shared by every node of a mesh.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{t: time.Now()} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// rogue makes n accept its own reports whatever they say, as a modified node
// would, so it can publish what an honest node never sends.
func rogue(t *testing.T, n *Node) {
	t.Helper()
	if err := n.Gossip().SetValidator(p2p.TopicTelemetry, func(context.Context, *pubsub.Message) error { return nil }); err != nil {
		t.Fatal(err)
	}
}

func publishReport(t *testing.T, n *Node, seq uint64, metrics ...charter.Metric) {
	t.Helper()
	data, err := charter.EncodeReport(charter.Report{Node: n.ID().String(), Seq: seq, Time: time.Now(), Metrics: metrics})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := n.Gossip().Publish(ctx, p2p.TopicTelemetry, data, 1); err != nil {
		t.Fatal(err)
	}
}

func fullMesh(t *testing.T, nodes []*Node) {
	t.Helper()
	eventually(t, 20*time.Second, "full mesh on the telemetry topic", func() bool {
		for _, n := range nodes {
			if len(n.Host().Network().Peers()) < len(nodes)-1 {
				return false
			}
			for _, ts := range n.Gossip().Topics() {
				if ts.Name == p2p.TopicTelemetry && len(ts.Peers) < len(nodes)-1 {
					return false
				}
			}
		}
		return true
	})
}

// waitTopicPeer waits until n sees p subscribed to topic (joining it).
func waitTopicPeer(t *testing.T, n *Node, topic string, p peer.ID) {
	t.Helper()
	if err := n.Gossip().Handle(topic, func(*pubsub.Message) {}); err != nil { // joins the topic
		t.Fatal(err)
	}
	eventually(t, 10*time.Second, "topic peer seen", func() bool {
		for _, ts := range n.Gossip().Topics() {
			if ts.Name == topic && slices.Contains(ts.Peers, p.String()) {
				return true
			}
		}
		return false
	})
}

func TestForbiddenMetricSuspendsAndExpires(t *testing.T) {
	clock := newFakeClock()
	nodes := startMesh(t, 5, WithClock(clock.Now))
	fullMesh(t, nodes)
	bad := nodes[2]
	rogue(t, bad)
	honest := []*Node{nodes[0], nodes[1], nodes[3], nodes[4]}

	publishReport(t, bad, 1, charter.Metric{Name: "latency_p50", Value: 3}, charter.Metric{Name: "user_location", Value: 52.37})

	ctx := context.Background()
	for _, n := range honest {
		eventually(t, 10*time.Second, "violation recorded and the rogue suspended on "+n.ID().String(), func() bool {
			return n.Enforcer().Active(enforce.Target{Peer: bad.ID()}, enforce.KindSuspend)
		})
		vs, err := n.AuditLog().List(ctx, time.Time{}, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(vs) != 1 || vs[0].Type != charter.ViolationForbiddenMetric || vs[0].Severity != charter.SeverityCritical ||
			vs[0].Metric != "user_location" || vs[0].Node != bad.ID().String() {
			t.Fatalf("audit log: %+v", vs)
		}
	}
	// Every honest node dropped the rogue and refuses it.
	eventually(t, 5*time.Second, "rogue disconnected everywhere", func() bool {
		return len(bad.Host().Network().Peers()) == 0
	})
	ctx5, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	_ = bad.Host().Connect(ctx5, peer.AddrInfo{ID: nodes[0].ID(), Addrs: nodes[0].Host().Addrs()})
	time.Sleep(300 * time.Millisecond)
	if nodes[0].Host().Network().Connectedness(bad.ID()) == network.Connected {
		t.Fatal("suspended peer reconnected")
	}
	// Its later messages are not delivered.
	const topic = "westworld/after/1"
	sub, err := nodes[1].Gossip().Subscribe(topic)
	if err != nil {
		t.Fatal(err)
	}
	_ = bad.Gossip().Publish(ctx, topic, []byte("still here"), 0)
	select {
	case m := <-sub.C():
		t.Fatalf("message from a suspended peer delivered: %q", m.Data)
	case <-time.After(time.Second):
	}

	// 24h later the suspension lifts by itself: the rogue's peering re-dials
	// its bootstrap peer and its messages flow again.
	clock.Advance(24*time.Hour + time.Minute)
	eventually(t, 15*time.Second, "suspension expired and the peer reconnected", func() bool {
		return !nodes[0].Enforcer().Active(enforce.Target{Peer: bad.ID()}, enforce.KindSuspend) &&
			nodes[0].Host().Network().Connectedness(bad.ID()) == network.Connected
	})
	sub0, err := nodes[0].Gossip().Subscribe(topic)
	if err != nil {
		t.Fatal(err)
	}
	waitTopicPeer(t, bad, topic, nodes[0].ID())
	pctx, pcancel := context.WithTimeout(ctx, 10*time.Second)
	defer pcancel()
	if err := bad.Gossip().Publish(pctx, topic, []byte("reformed"), 0); err != nil {
		t.Fatal(err)
	}
	select {
	case m := <-sub0.C():
		if string(m.Data) != "reformed" {
			t.Fatalf("got %q", m.Data)
		}
	case <-pctx.Done():
		t.Fatal("message after expiry not delivered")
	}
}

func TestOverRateIsRateLimitedThenRecovers(t *testing.T) {
	clock := newFakeClock()
	nodes := startMesh(t, 2, WithClock(clock.Now))
	fullMesh(t, nodes)
	recv, fast := nodes[0], nodes[1]
	// Same instant on the receiver's clock: the third report breaks the
	// 10 Hz cap (burst 2).
	for seq := uint64(1); seq <= 3; seq++ {
		publishReport(t, fast, seq, charter.Metric{Name: "peer_count_seen", Value: 1})
	}
	target := enforce.Target{Peer: fast.ID()}
	eventually(t, 10*time.Second, "rate limit applied", func() bool { return recv.Enforcer().Active(target, enforce.KindRateLimit) })
	vs, _ := recv.AuditLog().List(context.Background(), time.Time{}, 10)
	if len(vs) != 1 || vs[0].Type != charter.ViolationOverCollectionRate {
		t.Fatalf("audit log: %+v", vs)
	}

	count := func(topic string, n int) int {
		sub, err := recv.Gossip().Subscribe(topic)
		if err != nil {
			t.Fatal(err)
		}
		defer sub.Cancel()
		waitTopicPeer(t, fast, topic, recv.ID())
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		for i := range n {
			if err := fast.Gossip().Publish(ctx, topic, []byte{byte(i)}, 0); err != nil {
				t.Fatal(err)
			}
		}
		got := 0
		for {
			select {
			case <-sub.C():
				got++
			case <-time.After(time.Second):
				return got
			}
		}
	}
	// The frozen clock refills no tokens: exactly the burst (rate_limit_pps) passes.
	if got := count("westworld/burst/1", 20); got != recv.Config().Enforce.RateLimitPPS {
		t.Fatalf("while rate limited %d of 20 messages accepted, want %d", got, recv.Config().Enforce.RateLimitPPS)
	}
	clock.Advance(time.Hour + time.Minute)
	if got := count("westworld/burst/2", 20); got != 20 {
		t.Fatalf("after the limit expired %d of 20 messages accepted", got)
	}
	eventually(t, 5*time.Second, "entry swept", func() bool { return !recv.Enforcer().Active(target, enforce.KindRateLimit) })
}

func TestMetricsWithholdsForbiddenFamilies(t *testing.T) {
	n := startMesh(t, 1)[0]
	for _, name := range []string{"westworld_telemetry_user_location", "user_location_seen", "westworld_example_total"} {
		g := prometheus.NewGauge(prometheus.GaugeOpts{Name: name, Help: "test"})
		g.Set(1)
		n.Registry().MustRegister(g)
	}
	scrape := func() string {
		resp, err := http.Get(n.MetricsURL())
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	scrape()
	body := scrape() // the withheld counter shows one scrape late
	for _, absent := range []string{"user_location"} {
		if strings.Contains(body, absent) {
			t.Fatalf("/metrics exports %s", absent)
		}
	}
	for _, present := range []string{"westworld_example_total", "westworld_peers", "go_goroutines", "westworld_charter_metrics_withheld_total"} {
		if !strings.Contains(body, present) {
			t.Fatalf("/metrics lacks %s", present)
		}
	}
}

func TestRestartKeepsAuditLogAndPenalties(t *testing.T) {
	clock := newFakeClock()
	nodes := startMesh(t, 2, WithClock(clock.Now))
	fullMesh(t, nodes)
	judge, bad := nodes[0], nodes[1]
	rogue(t, bad)
	publishReport(t, bad, 7, charter.Metric{Name: "device_mac", Value: 1})
	target := enforce.Target{Peer: bad.ID()}
	eventually(t, 10*time.Second, "suspended", func() bool { return judge.Enforcer().Active(target, enforce.KindSuspend) })
	cfg := judge.Config()
	if err := judge.Close(); err != nil {
		t.Fatal(err)
	}
	clock.Advance(time.Hour)
	again := startNode(t, cfg, WithClock(clock.Now))
	if !again.Enforcer().Active(target, enforce.KindSuspend) || !again.Host().Gater().PeerBlocked(bad.ID()) {
		t.Fatal("suspension lost across restart")
	}
	vs, err := again.AuditLog().List(context.Background(), time.Time{}, 10)
	if err != nil || len(vs) != 1 || vs[0].Metric != "device_mac" {
		t.Fatalf("audit log after restart: %v %+v", err, vs)
	}
	// Past the end, the stored entry is dropped at the next start.
	again.Close()
	clock.Advance(24 * time.Hour)
	third := startNode(t, cfg, WithClock(clock.Now))
	if third.Enforcer().Active(target, enforce.KindSuspend) || third.Host().Gater().PeerBlocked(bad.ID()) {
		t.Fatal("expired suspension came back")
	}
}

func TestOwnTelemetryOnlyAllowedMetrics(t *testing.T) {
	nodes := startMesh(t, 2)
	fullMesh(t, nodes)
	r := nodes[0].charter.ownReport()
	if len(r.Metrics) == 0 {
		t.Fatal("no telemetry measured")
	}
	c := nodes[0].Charter()
	for _, m := range r.Metrics {
		if !c.Allows(m.Name) {
			t.Fatalf("own report carries %s, which the charter does not allow", m.Name)
		}
	}
}
