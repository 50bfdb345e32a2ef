package node

import (
	"context"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/x0tta6bl4/westworld/node/charter"
	"github.com/x0tta6bl4/westworld/node/telemetry"
	"github.com/x0tta6bl4/westworld/p2p"
)

// The staged rollout itself (cradle's engine on a devnet) is tested in
// node/cradle (TestRolloutDevnet): cradle imports node, so node's own
// tests cannot start it. These cover the node's side: when the engine
// runs, and what the node says and does when it does not.

// recordingEngine records its lifecycle, to check when the node starts and
// closes an engine (the real one needs package cradle).
type recordingEngine struct {
	started, closed atomic.Bool
}

func (e *recordingEngine) Start(ctx context.Context) error { e.started.Store(true); return nil }
func (e *recordingEngine) Close() error                    { e.closed.Store(true); return nil }
func (e *recordingEngine) Status(ctx context.Context) any {
	return map[string]any{"enabled": true, "experiments": []string{}}
}

func TestRolloutDisabled(t *testing.T) {
	tests := []struct {
		name   string
		chain  bool
		engine bool
		reason string
	}{
		{"no chain", false, true, "no chain: rollout disabled"},
		{"no engine", true, false, "no rollout engine linked"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig(t, t.TempDir(), 0)
			if tt.chain {
				withChain(&cfg, devChain(t))
			}
			var opts []Option
			eng := &recordingEngine{}
			if tt.engine {
				opts = append(opts, WithRollout(func(n *Node, _ *slog.Logger) (RolloutEngine, error) { return eng, nil }))
			}
			n := startNode(t, cfg, opts...)
			var st RolloutDisabled
			if err := adminClient(t, n).Do(context.Background(), http.MethodGet, "/v1/cradle/rollout", nil, &st); err != nil {
				t.Fatal(err)
			}
			if st.Enabled || !strings.Contains(st.Reason, tt.reason) {
				t.Fatalf("status %+v, want disabled with %q", st, tt.reason)
			}
			if eng.started.Load() {
				t.Fatal("the engine started without a chain")
			}
			if got := n.Status(context.Background()).Sections["rollout"]; !strings.Contains(got.(string), tt.reason) {
				t.Fatalf("status section %v", got)
			}
			// The rollout topic is not relayed: this node cannot check it, so
			// its own validator refuses even a local publish.
			if err := n.gossip.Publish(context.Background(), p2p.TopicRollout, []byte("x"), 0); err == nil {
				t.Fatal("a node without a rollout engine published on the rollout topic")
			}
		})
	}
}

func TestRolloutEngineLifecycle(t *testing.T) {
	cfg := testConfig(t, t.TempDir(), 0)
	withChain(&cfg, devChain(t))
	eng := &recordingEngine{}
	var sawGossip bool
	n := startNode(t, cfg, WithRollout(func(n *Node, _ *slog.Logger) (RolloutEngine, error) {
		sawGossip = n.Gossip() != nil && n.IPFS() != nil && n.Watcher() != nil
		return eng, nil
	}))
	if !eng.started.Load() || !sawGossip {
		t.Fatalf("engine started %v, saw gossip, IPFS and watcher %v", eng.started.Load(), sawGossip)
	}
	var st map[string]any
	if err := adminClient(t, n).Do(context.Background(), http.MethodGet, "/v1/cradle/rollout", nil, &st); err != nil {
		t.Fatal(err)
	}
	if st["enabled"] != true {
		t.Fatalf("status %v", st)
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(time.Second)
	for !eng.closed.Load() && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if !eng.closed.Load() {
		t.Fatal("Close did not close the engine")
	}
}

// TestRolloutLiveParams covers what the rollout engine changes on a
// running node: the telemetry interval (the collector's rounds follow it),
// the enforcer's rate limit, and the restart request for everything else.
func TestRolloutLiveParams(t *testing.T) {
	cfgA := testConfig(t, t.TempDir(), 0)
	cfgA.Telemetry.Interval = "1h" // no round before the change
	a := startNode(t, cfgA)
	b := startNode(t, testConfig(t, t.TempDir(), 0, a.Host().FullAddrs()[0]))
	eventually(t, 10*time.Second, "the nodes connected", func() bool {
		return len(a.Host().Network().ConnsToPeer(b.ID())) > 0
	})
	family := charter.TelemetryFamily(telemetry.LatencyP50)
	measured := func() bool {
		mfs, err := a.Registry().Gather()
		if err != nil {
			t.Fatal(err)
		}
		for _, mf := range mfs {
			if mf.GetName() == family {
				return true
			}
		}
		return false
	}
	if measured() {
		t.Fatal("latency measured before any round")
	}
	if err := a.SetTelemetryInterval(100 * time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if got := a.TelemetryInterval(); got != 100*time.Millisecond {
		t.Fatalf("TelemetryInterval() = %s, want 100ms", got)
	}
	eventually(t, 10*time.Second, "a round at the new interval measured latency", measured)
	if err := a.SetTelemetryInterval(0); err == nil {
		t.Fatal("SetTelemetryInterval(0) accepted")
	}

	if err := a.SetRateLimitPPS(9); err != nil {
		t.Fatal(err)
	}
	if got := a.EnforceStatus().RateLimitPPS; got != 9 {
		t.Fatalf("enforce status rate_limit_pps %d after SetRateLimitPPS(9)", got)
	}
	if err := a.SetRateLimitPPS(0); err == nil {
		t.Fatal("SetRateLimitPPS(0) accepted")
	}

	// Requests the runner has not taken coalesce into the latest.
	a.RequestRestart("gossip.d=8")
	a.RequestRestart("gossip.d=9")
	select {
	case why := <-a.RestartRequested():
		if why != "gossip.d=9" {
			t.Fatalf("restart reason %q, want the latest gossip.d=9", why)
		}
	case <-time.After(time.Second):
		t.Fatal("no restart request delivered")
	}
	select {
	case why := <-a.RestartRequested():
		t.Fatalf("a second restart delivered for one pending request: %q", why)
	case <-time.After(100 * time.Millisecond):
	}
}
