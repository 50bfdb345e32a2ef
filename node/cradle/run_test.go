package cradle

import (
	"context"
	"log/slog"
	"math"
	"os"
	"strconv"
	"testing"
	"time"
)

func quietLogger() *slog.Logger {
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

// TestLocalNodeKill runs a 10-node sandbox of real daemons on loopback,
// twice, killing a fifth of the nodes for a while: node_count drops to 8
// and comes back to 10, and the spec (meant to pass) passes. The spec
// meant to fail is cmd/westworld's TestCradleRunFailsExitCode.
func TestLocalNodeKill(t *testing.T) {
	sandboxTest(t)
	bin := westworldBinary(t)
	spec, err := ParseSpec("kill.yaml", []byte(`version: 1
kind: CradleExperiment
metadata: {name: kill}
spec:
  duration: 12s
  nodes: 10
  params:
    gossip.heartbeat: 500ms
  chaos:
    - type: node_kill
      fraction: 0.2
  metrics:
    success_criteria:
      - {metric: node_count, min_value: 8}
      - {metric: packet_loss, max_value: 0.3}
      - {metric: latency_p99, max_value: 2500}
`), nil)
	if err != nil {
		t.Fatal(err)
	}
	work, err := os.MkdirTemp("", "wwc-t-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(work)
	r, err := NewRunner(spec, Options{Binary: bin, WorkDir: work, Windows: 12, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	rep, err := r.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("two 12s runs took %s", time.Since(start).Round(time.Millisecond))
	if len(rep.Schedule) != 1 || rep.Schedule[0].Targets != 2 {
		t.Fatalf("schedule %+v", rep.Schedule)
	}
	killAt, killEnd := rep.Schedule[0].At.Seconds(), (rep.Schedule[0].At + rep.Schedule[0].Duration).Seconds()
	for _, ph := range rep.Phases {
		nc := func(w int) float64 { return float64(ph.Series[w].NodeCount) }
		var line []string
		for _, w := range ph.Series {
			line = append(line, strconv.FormatFloat(float64(w.NodeCount), 'g', 3, 64))
		}
		t.Logf("%s node_count per window: %v (kill %.1fs-%.1fs); summary %v", ph.Name, line, killAt, killEnd, ph.Summary)
		if len(ph.Series) != 12 || len(ph.Events) != 1 || ph.Events[0].Error != "" {
			t.Fatalf("%s: %d windows, events %+v", ph.Name, len(ph.Series), ph.Events)
		}
		if nc(0) != 10 || nc(1) != 10 {
			t.Errorf("%s: node_count before the kill %v %v, want 10", ph.Name, nc(0), nc(1))
		}
		// Windows wholly inside the kill see exactly the 8 survivors.
		for w := int(math.Ceil(killAt)); w+1 <= int(killEnd); w++ {
			if nc(w) != 8 {
				t.Errorf("%s: window %d node_count %v during the kill, want 8", ph.Name, w, nc(w))
			}
		}
		// The killed nodes restart and rejoin.
		if nc(10) != 10 || nc(11) != 10 {
			t.Errorf("%s: node_count after the restart %v %v, want 10", ph.Name, nc(10), nc(11))
		}
		if ph.Probes.Delivered == 0 || float64(ph.Summary[MetricRouteStability]) < 0.5 {
			t.Errorf("%s: probes %+v, summary %v", ph.Name, ph.Probes, ph.Summary)
		}
	}
	if !rep.Pass || rep.Verdict != "pass" {
		t.Fatalf("meant to pass:\n%s", rep.Summary())
	}
	if rep.Criteria[0].Measured != 8 || !rep.Criteria[0].Pass {
		t.Fatalf("node_count criterion %+v", rep.Criteria[0])
	}
	if rest := processesUnder(work); len(rest) != 0 {
		t.Fatalf("processes left after the run: %v", rest)
	}
	if _, err := os.Stat(work + "/baseline"); !os.IsNotExist(err) {
		t.Fatalf("baseline homes left behind: %v", err)
	}
}

// TestNetnsChaos runs 8 nodes, each in its own network namespace on a
// bridge: a partition cuts a quarter off (route_stability drops during it
// and recovers after), then every packet is delayed 100ms (latency rises
// by it), then 20% of packets are dropped (the loss rule drops them).
func TestNetnsChaos(t *testing.T) {
	sandboxTest(t)
	if os.Geteuid() != 0 {
		t.Skip("needs root: network namespaces, nftables and NFQUEUE")
	}
	bin := westworldBinary(t)
	spec, err := ParseSpec("netns.yaml", []byte(`version: 1
kind: CradleExperiment
metadata: {name: netns}
spec:
  duration: 24s
  nodes: 8
  chaos:
    - {type: link_partition, fraction: 0.25, at: 3s, duration: 7s}
    - {type: latency, delay: 100ms, at: 13s, duration: 3s}
    - {type: packet_loss, rate: 0.2, at: 19s, duration: 3s}
  metrics:
    success_criteria:
      - {metric: route_stability, max_value: 0.9}
`), nil)
	if err != nil {
		t.Fatal(err)
	}
	work, err := os.MkdirTemp("", "wwc-t-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(work)
	r, err := NewRunner(spec, Options{Binary: bin, Backend: BackendNetns, WorkDir: work, Windows: 24,
		ProbeDeadline: 1500 * time.Millisecond, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := r.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, ph := range rep.Phases {
		s := func(w int) float64 { return float64(ph.Series[w].RouteStability) }
		p50 := func(w int) float64 { return float64(ph.Series[w].LatencyP50) }
		var stab, lat []string
		for w := range ph.Series {
			stab = append(stab, strconv.FormatFloat(s(w), 'f', 2, 64))
			lat = append(lat, strconv.FormatFloat(p50(w), 'f', 0, 64))
		}
		t.Logf("%s route_stability: %v", ph.Name, stab)
		t.Logf("%s latency_p50 ms:  %v", ph.Name, lat)
		for _, e := range ph.Events {
			if e.Error != "" {
				t.Fatalf("%s: chaos %+v", ph.Name, e)
			}
		}
		for w := range 3 {
			if s(w) < 0.99 {
				t.Errorf("%s: window %d stability %.2f before the partition", ph.Name, w, s(w))
			}
		}
		// 2 of 8 nodes cut off: 24 of the 56 ordered pairs cannot deliver.
		// (Probes sent in the last deadline before the heal arrive after it
		// in time to count, so the windows from 8.5s recover early.)
		for w := 4; w <= 7; w++ {
			if s(w) > 0.75 {
				t.Errorf("%s: window %d stability %.2f during the partition", ph.Name, w, s(w))
			}
		}
		for w := 12; w <= 17; w++ {
			if s(w) < 0.95 {
				t.Errorf("%s: window %d stability %.2f after the heal", ph.Name, w, s(w))
			}
		}
		for w := 14; w <= 15; w++ {
			if p50(w) < 100 {
				t.Errorf("%s: window %d latency p50 %.1fms under a 100ms delay", ph.Name, w, p50(w))
			}
		}
		if p50(11) > 50 || p50(23) > 50 {
			t.Errorf("%s: latency p50 %.1f / %.1f ms without chaos", ph.Name, p50(11), p50(23))
		}
		if ph.Events[1].Detail == "" || ph.Events[2].Detail == "" {
			t.Errorf("%s: latency/loss did nothing: %+v", ph.Name, ph.Events)
		}
	}
	if !rep.Pass {
		t.Fatalf("route_stability <= 0.9 should hold (the partition lowers it):\n%s", rep.Summary())
	}
	if ns := namespacesWithPrefix(netnsPrefix + strconv.Itoa(os.Getpid()) + "-"); len(ns) != 0 {
		t.Fatalf("namespaces left: %v", ns)
	}
}
