package charter

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeClock is an injectable receive clock.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
}

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

func newTestAuditor(t testing.TB, c *Charter, cfg AuditorConfig) (*Auditor, *fakeClock) {
	t.Helper()
	clk := newFakeClock()
	cfg.Clock = clk.Now
	a, err := NewAuditor(cfg, c)
	if err != nil {
		t.Fatal(err)
	}
	return a, clk
}

func report(node string, seq uint64, names ...string) Report {
	r := Report{Node: node, Seq: seq, Time: time.Unix(1, 0)}
	for i, n := range names {
		r.Metrics = append(r.Metrics, Metric{Name: n, Value: float64(i)})
	}
	return r
}

// verdicts renders violations as "type:metric" for compact expectations.
func verdicts(vs []Violation) []string {
	out := []string{}
	for _, v := range vs {
		out = append(out, v.Type.String()+":"+v.Metric)
	}
	return out
}

func TestAudit(t *testing.T) {
	type step struct {
		after   time.Duration // advance the clock first
		node    string
		metrics []string
		want    []string
	}
	const iv = 100 * time.Millisecond // the default charter's 10 Hz
	tests := []struct {
		name  string
		burst int
		steps []step
	}{
		{"clean report", 1, []step{
			{0, "A", []string{"latency_p50", "packet_loss", "node_count"}, nil},
		}},
		{"forbidden metric", 1, []step{
			{0, "A", []string{"latency_p50", "user_location"}, []string{"forbidden_metric:user_location"}},
		}},
		{"unlisted metric", 1, []step{
			{0, "A", []string{"cpu_temperature", "latency_p99"}, []string{"unlisted_metric:cpu_temperature"}},
		}},
		{"all kinds at once", 1, []step{
			{0, "A", []string{"latency_p50"}, nil},
			{iv / 2, "A", []string{"device_imei", "latency_p50", "wifi_ssid", "node_count"},
				[]string{"forbidden_metric:device_imei", "metric_over_collection_rate:latency_p50", "unlisted_metric:wifi_ssid"}},
		}},
		{"exactly at the cap is fine", 1, []step{
			{0, "A", []string{"latency_p50"}, nil},
			{iv, "A", []string{"latency_p50"}, nil},
			{iv, "A", []string{"latency_p50"}, nil},
		}},
		{"one nanosecond early is over", 1, []step{
			{0, "A", []string{"latency_p50"}, nil},
			{iv - 1, "A", []string{"latency_p50"}, []string{"metric_over_collection_rate:latency_p50"}},
			// The early report did not advance the schedule.
			{1, "A", []string{"latency_p50"}, nil},
		}},
		{"rate is per metric", 1, []step{
			{0, "A", []string{"latency_p50"}, nil},
			{time.Millisecond, "A", []string{"latency_p99"}, nil},
			{time.Millisecond, "A", []string{"latency_p50", "latency_p999"}, []string{"metric_over_collection_rate:latency_p50"}},
		}},
		{"rate is per node", 1, []step{
			{0, "A", []string{"latency_p50"}, nil},
			{0, "B", []string{"latency_p50"}, nil},
			{0, "A", []string{"latency_p50"}, []string{"metric_over_collection_rate:latency_p50"}},
		}},
		{"forbidden and unlisted are not rate tracked", 1, []step{
			{0, "A", []string{"user_location", "foo"}, []string{"forbidden_metric:user_location", "unlisted_metric:foo"}},
			{0, "A", []string{"user_location", "foo"}, []string{"forbidden_metric:user_location", "unlisted_metric:foo"}},
		}},
		{"burst 2 absorbs jitter", 2, []step{
			{0, "A", []string{"packet_loss"}, nil},
			{iv + iv/2, "A", []string{"packet_loss"}, nil}, // late
			{iv / 2, "A", []string{"packet_loss"}, nil},    // early: bunched behind the late one
			{iv, "A", []string{"packet_loss"}, nil},
		}},
		{"burst 2 allows two back to back, not three", 2, []step{
			{0, "A", []string{"packet_loss"}, nil},
			{0, "A", []string{"packet_loss"}, nil},
			{0, "A", []string{"packet_loss"}, []string{"metric_over_collection_rate:packet_loss"}},
			{iv, "A", []string{"packet_loss"}, nil},
			{0, "A", []string{"packet_loss"}, []string{"metric_over_collection_rate:packet_loss"}},
		}},
		{"burst 2 sustained flood", 2, []step{
			{0, "A", []string{"node_count"}, nil},
			{iv / 4, "A", []string{"node_count"}, nil},
			{iv / 4, "A", []string{"node_count"}, []string{"metric_over_collection_rate:node_count"}},
			{iv / 4, "A", []string{"node_count"}, []string{"metric_over_collection_rate:node_count"}},
			{iv / 4, "A", []string{"node_count"}, nil}, // t=iv: one token back
			{iv / 4, "A", []string{"node_count"}, []string{"metric_over_collection_rate:node_count"}},
		}},
		{"idle node recovers fully", 2, []step{
			{0, "A", []string{"node_count"}, nil},
			{0, "A", []string{"node_count"}, nil},
			{time.Hour, "A", []string{"node_count"}, nil},
			{0, "A", []string{"node_count"}, nil},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, clk := newTestAuditor(t, Default(), AuditorConfig{Burst: tt.burst})
			for i, s := range tt.steps {
				clk.Advance(s.after)
				vs := a.Audit(report(s.node, uint64(i+1), s.metrics...))
				if got, want := verdicts(vs), append([]string{}, s.want...); !slices.Equal(got, want) {
					t.Fatalf("step %d: violations %v, want %v", i, got, want)
				}
				for _, v := range vs {
					rule, _ := Default().Rule(v.Type)
					if v.Node != s.node || v.ReportSeq != uint64(i+1) || !v.Time.Equal(clk.Now()) ||
						v.Severity != rule.Severity || v.Penalty != rule.Penalty || v.CharterVersion != 1 {
						t.Errorf("step %d: violation %+v", i, v)
					}
				}
			}
		})
	}
}

func TestAuditIgnoresSenderTime(t *testing.T) {
	a, clk := newTestAuditor(t, Default(), AuditorConfig{Burst: 1})
	r := report("A", 1, "latency_p50")
	r.Time = clk.Now().Add(-time.Hour)
	if vs := a.Audit(r); vs != nil {
		t.Fatal(vs)
	}
	// The sender claims an hour has passed; the receiver's clock says 1ms.
	clk.Advance(time.Millisecond)
	r.Seq, r.Time = 2, clk.Now().Add(time.Hour)
	if got := verdicts(a.Audit(r)); !slices.Equal(got, []string{"metric_over_collection_rate:latency_p50"}) {
		t.Fatalf("claimed time was trusted: %v", got)
	}
}

const swapCharter = `version: 2
allowed_metrics:
  hardware: [cpu_temperature]
  latency: [latency_p50]
forbidden_metrics: [packet_loss]
max_collection_rate_hz: 1
violations:
  - {type: forbidden_metric, severity: critical, penalty: node_suspended_1h}
  - {type: silent_collection, severity: critical, penalty: node_suspended_2d}
  - {type: unlisted_metric, severity: high, penalty: rate_limited_10m}
  - {type: metric_over_collection_rate, severity: medium, penalty: warn}
`

func TestAuditorSetCharter(t *testing.T) {
	a, clk := newTestAuditor(t, Default(), AuditorConfig{Burst: 1})
	if got := verdicts(a.Audit(report("A", 1, "cpu_temperature", "packet_loss"))); !slices.Equal(got, []string{"unlisted_metric:cpu_temperature"}) {
		t.Fatalf("before: %v", got)
	}
	next := mustParse(t, swapCharter)
	if err := a.SetCharter(next); err != nil {
		t.Fatal(err)
	}
	if a.Charter() != next {
		t.Fatal("Charter() is not the new charter")
	}
	clk.Advance(500 * time.Millisecond) // fine at 10 Hz, over at 1 Hz
	vs := a.Audit(report("A", 2, "cpu_temperature", "packet_loss", "latency_p50"))
	if got := verdicts(vs); !slices.Equal(got, []string{"forbidden_metric:packet_loss"}) {
		t.Fatalf("after: %v", got)
	}
	if vs[0].Penalty != (Penalty{PenaltySuspend, time.Hour}) || vs[0].CharterVersion != 2 {
		t.Errorf("verdict is not the new charter's: %+v", vs[0])
	}
	clk.Advance(500 * time.Millisecond)
	if got := verdicts(a.Audit(report("A", 3, "latency_p50"))); !slices.Equal(got, []string{"metric_over_collection_rate:latency_p50"}) {
		t.Fatalf("new rate not applied: %v", got)
	}
	if err := a.SetCharter(nil); err == nil {
		t.Error("SetCharter(nil) succeeded")
	}
}

func TestNewViolation(t *testing.T) {
	at := time.Unix(100, 0)
	v, err := NewViolation(Default(), ViolationSilentCollection, "node1", "device_mac", at, 9)
	if err != nil {
		t.Fatal(err)
	}
	want := Violation{Type: ViolationSilentCollection, Severity: SeverityCritical, Penalty: Penalty{PenaltySuspend, 7 * 24 * time.Hour},
		Node: "node1", Metric: "device_mac", Time: at, ReportSeq: 9, CharterVersion: 1}
	if v != want {
		t.Errorf("got %+v", v)
	}
	if _, err := NewViolation(Default(), 0, "n", "m", at, 0); err == nil {
		t.Error("type 0 accepted")
	}
	if _, err := NewViolation(nil, ViolationSilentCollection, "n", "m", at, 0); err == nil {
		t.Error("nil charter accepted")
	}
}

func TestNewAuditorConfig(t *testing.T) {
	if _, err := NewAuditor(AuditorConfig{}, nil); err == nil {
		t.Error("nil charter accepted")
	}
	for _, cfg := range []AuditorConfig{{Burst: -1}, {Burst: maxBurst + 1}, {MaxTrackedNodes: -1}} {
		if _, err := NewAuditor(cfg, Default()); err == nil {
			t.Errorf("%+v accepted", cfg)
		}
	}
	a, err := NewAuditor(AuditorConfig{}, Default())
	if err != nil {
		t.Fatal(err)
	}
	if len(a.shards) != numShards || a.burst != defaultBurst {
		t.Errorf("defaults: %d shards, burst %d", len(a.shards), a.burst)
	}
	// Real clock: two reports back to back are within the default burst.
	for i := range 2 {
		if vs := a.Audit(report("A", uint64(i), "latency_p50")); vs != nil {
			t.Fatalf("report %d: %v", i, vs)
		}
	}
}

func TestAuditorBoundedMemory(t *testing.T) {
	const max = 8
	a, clk := newTestAuditor(t, Default(), AuditorConfig{MaxTrackedNodes: max, Burst: 1})
	// "busy" reports every 50 ms and is over the cap on every second one;
	// a stream of one-off nodes must not make the auditor forget it.
	over := 0
	for i := range 400 {
		clk.Advance(25 * time.Millisecond)
		if i%2 == 0 {
			over += len(a.Audit(report("busy", uint64(i), "latency_p50")))
		}
		a.Audit(report(fmt.Sprintf("passer%d", i), 1, "latency_p50"))
		if n := a.Tracked(); n > max {
			t.Fatalf("tracking %d nodes, bound %d", n, max)
		}
	}
	if over != 100 {
		t.Errorf("busy node over the cap %d times, want 100 (its state was evicted)", over)
	}

	// With every tracked node active, the least recently seen goes first.
	a, clk = newTestAuditor(t, Default(), AuditorConfig{MaxTrackedNodes: max, Burst: 1})
	for i := range max {
		a.Audit(report(fmt.Sprintf("n%d", i), 1, "latency_p50"))
		clk.Advance(time.Millisecond)
	}
	a.Audit(report("n0", 2, "latency_p50")) // refresh n0: n1 is now the oldest
	a.Audit(report("newcomer", 1, "latency_p50"))
	if a.Tracked() > max {
		t.Fatalf("tracking %d", a.Tracked())
	}
	if vs := a.Audit(report("n1", 2, "latency_p50")); vs != nil {
		t.Errorf("n1 should have been evicted and start afresh: %v", verdicts(vs))
	}
	if vs := a.Audit(report("n0", 3, "latency_p50")); len(vs) != 1 {
		t.Errorf("n0 should still be tracked and over the cap: %v", verdicts(vs))
	}
}

func TestAuditorConcurrent(t *testing.T) {
	a, err := NewAuditor(AuditorConfig{MaxTrackedNodes: 1024}, Default())
	if err != nil {
		t.Fatal(err)
	}
	other := mustParse(t, swapCharter)
	var wg sync.WaitGroup
	var mu sync.Mutex
	forbidden := 0
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 2000 {
				r := report(fmt.Sprintf("g%d-n%d", g, i%50), uint64(i), "latency_p50", "user_location", "node_count")
				for _, v := range a.Audit(r) {
					if v.Metric == "user_location" {
						mu.Lock()
						forbidden++
						mu.Unlock()
					}
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range 200 {
			c := Default()
			if i%2 == 0 {
				c = other
			}
			if err := a.SetCharter(c); err != nil {
				t.Error(err)
			}
		}
	}()
	wg.Wait()
	// user_location is forbidden by the default charter and unlisted by the
	// other; either way every report carries one violation for it.
	if forbidden != 8*2000 {
		t.Errorf("%d user_location violations, want %d", forbidden, 8*2000)
	}
	if a.Tracked() > 1024 {
		t.Errorf("tracking %d", a.Tracked())
	}
}

func TestAuditAllowsMatchesCharter(t *testing.T) {
	// Allows is what the node's own publisher uses; it must agree with the
	// auditor, or a node would publish what its peers punish.
	c := Default()
	a, _ := newTestAuditor(t, c, AuditorConfig{})
	names := append(c.AllowedMetrics(), c.ForbiddenMetrics()...)
	names = append(names, "made_up", "LATENCY_P50", "latency_p50 ")
	for i, n := range names {
		vs := a.Audit(report(fmt.Sprintf("n%d", i), 1, n))
		if c.Allows(n) != (vs == nil) {
			t.Errorf("%q: Allows=%v but audit %v", n, c.Allows(n), verdicts(vs))
		}
		if !c.Allows(n) && !strings.Contains(verdicts(vs)[0], n) {
			t.Errorf("%q: %v", n, verdicts(vs))
		}
	}
}
