package cradle

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/x0tta6bl4/westworld/node/charter"
	"github.com/x0tta6bl4/westworld/node/strictyaml"
)

// TestLoadSpecBad checks every bad fixture fails with exactly the
// positioned message an operator would see.
func TestLoadSpecBad(t *testing.T) {
	tests := []struct {
		file string
		want string
	}{
		{"bad-duration", `testdata/specs/bad/bad-duration.yaml:6:13: spec.duration: "2 hours" is not a duration (examples: 500ms, 30s, 2h, 7d)`},
		{"chaos-duration", `testdata/specs/bad/chaos-duration.yaml:11:17: duration: "10 minutes" is not a duration (examples: 500ms, 30s, 2h, 7d)`},
		{"chaos-field", `testdata/specs/bad/chaos-field.yaml:11:14: node_kill takes no delay (it takes fraction, at, duration)`},
		{"chaos-missing", `testdata/specs/bad/chaos-missing.yaml:9:13: link_partition needs duration`},
		{"chaos-no-type", `testdata/specs/bad/chaos-no-type.yaml:9:15: chaos event needs a type (one of node_kill, link_partition, latency, packet_loss)`},
		{"chaos-overlap", `testdata/specs/bad/chaos-overlap.yaml:13:13: node_kill from 15m to 24m overlaps spec.chaos[0] (10m to 20m): one node_kill at a time`},
		{"chaos-too-long", `testdata/specs/bad/chaos-too-long.yaml:9:13: link_partition from 50m for 20m ends after the run (1h)`},
		{"chaos-type", `testdata/specs/bad/chaos-type.yaml:9:13: unknown chaos type "meteor" (one of node_kill, link_partition, latency, packet_loss)`},
		{"criterion-empty", `testdata/specs/bad/criterion-empty.yaml:10:15: success criterion for latency_p99 needs min_value and/or max_value`},
		{"criterion-forbidden", `testdata/specs/bad/criterion-forbidden.yaml:10:17: success criterion names "user_location", which the charter (charter.example.yaml) forbids`},
		{"criterion-minmax", `testdata/specs/bad/criterion-minmax.yaml:12:20: max_value 0.1 is below min_value 0.5`},
		{"criterion-unlisted", `testdata/specs/bad/criterion-unlisted.yaml:10:17: success criterion names "cpu_temp", which the charter (charter.example.yaml) does not allow (allowed: latency_p50, latency_p99, latency_p999, packet_loss, route_stability, uptime_percent, node_count, avg_degree, peer_count_seen)`},
		{"criterion-unmeasured", `testdata/specs/bad/criterion-unmeasured.yaml:10:17: success criterion names "uptime_percent", which a sandbox run does not measure (measured: latency_p50, latency_p99, latency_p999, packet_loss, route_stability, node_count, avg_degree)`},
		{"empty", `testdata/specs/bad/empty.yaml: empty document`},
		{"fraction-big", `testdata/specs/bad/fraction-big.yaml:10:17: fraction 1.5 is outside (0, 1]`},
		{"fraction-zero", `testdata/specs/bad/fraction-zero.yaml:10:17: fraction 0 is outside (0, 1]`},
		{"gate-forbidden", `testdata/specs/bad/gate-forbidden.yaml:13:15: gate names "user_location", which the charter (charter.example.yaml) forbids`},
		{"gate-syntax", `testdata/specs/bad/gate-syntax.yaml:13:15: gate: at column 14: expected a number after "<", found end of expression`},
		{"kind", `testdata/specs/bad/kind.yaml:2:7: kind "Experiment" is not CradleExperiment`},
		{"latency-delay", `testdata/specs/bad/latency-delay.yaml:10:14: delay 20s is outside 1ms..10s`},
		{"loss-rate", `testdata/specs/bad/loss-rate.yaml:10:13: rate 1.5 is outside (0, 1)`},
		{"missing-version", `testdata/specs/bad/missing-version.yaml:1:1: missing version (this format is version 1)`},
		{"name", `testdata/specs/bad/name.yaml:4:9: metadata.name "Bad_Name" must be 1-63 lower case letters, digits and inner dashes`},
		{"nodes", `testdata/specs/bad/nodes.yaml:7:10: spec.nodes 1 is outside 2..256`},
		{"short-duration", `testdata/specs/bad/short-duration.yaml:6:13: spec.duration 5s is outside 10s..7d`},
		{"stage-dup", `testdata/specs/bad/stage-dup.yaml:14:15: stage name "a" is already used by stage 0`},
		{"stage-duration", `testdata/specs/bad/stage-duration.yaml:12:19: duration: "forever" is not a duration (examples: 500ms, 30s, 2h, 7d)`},
		{"stage-fraction", `testdata/specs/bad/stage-fraction.yaml:11:24: node_fraction 0 is outside (0, 1]`},
		{"stage-shrink", `testdata/specs/bad/stage-shrink.yaml:15:24: node_fraction 0.1 is below the previous stage's 0.5 (a rollout only widens)`},
		{"tunable-combo", `testdata/specs/bad/tunable-combo.yaml:9:15: spec.params: the node would refuse this combination: gossip: need 1 <= d_low (9) <= d (8) <= d_high (12)`},
		{"tunable-duration", `testdata/specs/bad/tunable-duration.yaml:9:25: spec.params: telemetry.interval: "soon" is not a duration (examples: 500ms, 30s, 5m)`},
		{"tunable-enum", `testdata/specs/bad/tunable-enum.yaml:9:19: spec.params: p2p.dht_mode must be one of server, client, auto, off, not "sometimes"`},
		{"tunable-range", `testdata/specs/bad/tunable-range.yaml:9:15: spec.params: gossip.d 99 is out of range 1..64`},
		{"tunable-type", `testdata/specs/bad/tunable-type.yaml:9:23: spec.params: gossip.heartbeat needs a duration such as 700ms or 30s, not 5`},
		{"unknown-key", `testdata/specs/bad/unknown-key.yaml:8:3: unknown field "nodez"`},
		{"unknown-tunable", `testdata/specs/bad/unknown-tunable.yaml:9:16: spec.params: unknown tunable "gossip.dd" (known: enforce.rate_limit_pps, gossip.d, gossip.d_high, gossip.d_low, gossip.flood_publish, gossip.heartbeat, gossip.max_message_size, p2p.conn_grace_period, p2p.conn_high_water, p2p.conn_low_water, p2p.dht_mode, p2p.max_file_descriptors, p2p.max_memory_mb, p2p.redial_max, p2p.redial_min, telemetry.enabled, telemetry.interval)`},
		{"version", `testdata/specs/bad/version.yaml:1:10: version 2 is not supported (this node reads version 1)`},
		{"wrong-type", `testdata/specs/bad/wrong-type.yaml:7:10: "ten" is not an integer`},
	}
	files, _ := filepath.Glob("testdata/specs/bad/*.yaml")
	if len(files) != len(tests) {
		t.Errorf("%d bad fixtures but %d table rows", len(files), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, err := LoadSpec("testdata/specs/bad/"+tt.file+".yaml", nil)
			if err == nil {
				t.Fatal("loaded a bad spec")
			}
			if err.Error() != tt.want {
				t.Fatalf("error\n got: %s\nwant: %s", err, tt.want)
			}
			var se *strictyaml.Error
			if !errors.As(err, &se) {
				t.Fatalf("%T is not a *strictyaml.Error", err)
			}
		})
	}
}

func TestLoadSpecGood(t *testing.T) {
	s, err := LoadSpec("testdata/specs/good/example.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.ID() != "mesh/gossip-d8" || s.Nodes != 10 || s.Duration != 2*time.Hour || len(s.SHA256) != 64 {
		t.Fatalf("spec %+v", s)
	}
	if v, ok := s.Params.Get("gossip.d"); !ok || v.String() != "8" {
		t.Fatalf("gossip.d = %v", v)
	}
	if v, _ := s.Params.Get("gossip.heartbeat"); v.Kind() != KindDuration || v.String() != "500ms" {
		t.Fatalf("heartbeat = %v", v)
	}
	if len(s.Chaos) != 2 || s.Chaos[0].Kind != ChaosNodeKill || s.Chaos[0].Fraction != 0.2 ||
		s.Chaos[1].Kind != ChaosLinkPartition || s.Chaos[1].Duration != 10*time.Minute {
		t.Fatalf("chaos %+v", s.Chaos)
	}
	if len(s.Criteria) != 3 || s.Criteria[2].Metric != MetricNodeCount || *s.Criteria[2].Min != 8 || s.Criteria[2].Max != nil {
		t.Fatalf("criteria %+v", s.Criteria)
	}
	if len(s.Stages) != 3 || s.Stages[0].Name != "canary" || s.Stages[0].NodeFraction != 0.1 ||
		s.Stages[1].Gate.String() != "latency_p99 < 200 && (route_stability >= 0.95 || node_count >= 8)" {
		t.Fatalf("stages %+v", s.Stages)
	}
	// Every good fixture loads.
	files, _ := filepath.Glob("testdata/specs/good/*.yaml")
	for _, f := range files {
		if _, err := LoadSpec(f, nil); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	min, err := LoadSpec("testdata/specs/good/minimal.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	if min.Namespace != "default" || len(min.Params) != 0 || len(min.Chaos) != 0 {
		t.Fatalf("minimal %+v", min)
	}
}

// TestSpecAgainstCharter: what a spec may name depends on the charter it
// is judged against.
func TestSpecAgainstCharter(t *testing.T) {
	narrow, err := charter.Load("testdata/charter-narrow.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, err = LoadSpec("testdata/specs/good/example.yaml", narrow)
	want := `testdata/specs/good/example.yaml:29:17: success criterion names "packet_loss", which the charter (testdata/charter-narrow.yaml) does not allow (allowed: latency_p50, latency_p99, node_count)`
	if err == nil || err.Error() != want {
		t.Fatalf("got %v\nwant %s", err, want)
	}
	data := []byte(`version: 1
kind: CradleExperiment
metadata: {name: g}
spec:
  duration: 1h
  nodes: 3
  rollout:
    stages:
      - {name: a, node_fraction: 0.5, duration: 1h, gate: "node_count >= 2 && route_stability > 0.9"}
`)
	if _, err := ParseSpec("g.yaml", data, nil); err != nil {
		t.Fatalf("default charter: %v", err)
	}
	_, err = ParseSpec("g.yaml", data, narrow)
	if err == nil || !strings.Contains(err.Error(), `g.yaml:9:59: gate names "route_stability", which the charter (testdata/charter-narrow.yaml) forbids`) {
		t.Fatalf("narrow charter: %v", err)
	}
}

func TestSchedule(t *testing.T) {
	s, err := LoadSpec("testdata/specs/good/all-chaos.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	sched := s.Schedule()
	// Three events share the middle 60% of the hour in 12m slots from
	// 12m; the latency event has its own `at`.
	want := []struct {
		kind    ChaosKind
		at, dur time.Duration
		targets int
	}{
		{ChaosNodeKill, 12 * time.Minute, 4*time.Minute + 30*time.Second, 2},
		{ChaosLinkPartition, 24 * time.Minute, 5 * time.Minute, 4},
		{ChaosLatency, 40 * time.Minute, 5 * time.Minute, 0},
		{ChaosPacketLoss, 36 * time.Minute, 4*time.Minute + 30*time.Second, 0},
	}
	if len(sched) != len(want) {
		t.Fatalf("%d events", len(sched))
	}
	for i, w := range want {
		e := sched[i]
		if e.Kind != w.kind || e.At != w.at || e.Duration != w.dur || e.Targets != w.targets || len(e.Nodes) != w.targets {
			t.Errorf("event %d: %+v, want %+v", i, e, w)
		}
		for _, n := range e.Nodes {
			if n <= 0 || n >= s.Nodes {
				t.Errorf("event %d targets node %d (bootstrap or out of range)", i, n)
			}
		}
	}
	// Deterministic: the same spec bytes choose the same nodes.
	again, _ := LoadSpec("testdata/specs/good/all-chaos.yaml", nil)
	if got := again.Schedule(); got[1].Nodes[0] != sched[1].Nodes[0] || got[1].Nodes[3] != sched[1].Nodes[3] {
		t.Fatal("target choice is not deterministic")
	}
}

func TestParseDuration(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"2h", 2 * time.Hour, true},
		{"1h30m", 90 * time.Minute, true},
		{"7d", 7 * 24 * time.Hour, true},
		{"1d12h", 36 * time.Hour, true},
		{"500ms", 500 * time.Millisecond, true},
		{"0s", 0, false},
		{"-5m", 0, false},
		{"d", 0, false},
		{"1x", 0, false},
		{"", 0, false},
	} {
		got, err := parseDuration(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseDuration(%q) = %v, %v", tt.in, got, err)
		}
	}
}

func TestInCohort(t *testing.T) {
	const n = 4000
	in10, in50 := 0, 0
	for i := range n {
		id := "12D3KooWpeer" + itoa(i)
		a, b := InCohort("mesh/gossip-d8", id, 0.1), InCohort("mesh/gossip-d8", id, 0.5)
		if a && !b {
			t.Fatal("a wider stage must keep the narrower stage's cohort")
		}
		if a {
			in10++
		}
		if b {
			in50++
		}
		if InCohort("mesh/gossip-d8", id, 1) != true {
			t.Fatal("fraction 1 must include everyone")
		}
	}
	if math.Abs(float64(in10)/n-0.1) > 0.02 || math.Abs(float64(in50)/n-0.5) > 0.03 {
		t.Fatalf("cohorts %d and %d of %d", in10, in50, n)
	}
}

// FuzzParseSpec: any bytes give a spec or a positioned error, never a
// panic, and a spec that loads keeps every promise the runner relies on.
func FuzzParseSpec(f *testing.F) {
	for _, dir := range []string{"testdata/specs/good", "testdata/specs/bad"} {
		files, _ := filepath.Glob(dir + "/*.yaml")
		for _, file := range files {
			b, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ParseSpec("fuzz.yaml", data, nil)
		if err != nil {
			var se *strictyaml.Error
			if !errors.As(err, &se) {
				t.Fatalf("%T is not a positioned error: %v", err, err)
			}
			return
		}
		if s.Nodes < MinNodes || s.Nodes > MaxNodes || s.Duration < MinDuration {
			t.Fatalf("bad spec accepted: %+v", s)
		}
		for _, e := range s.Schedule() {
			if e.At < 0 || e.At+e.Duration > s.Duration {
				t.Fatalf("event outside the run: %+v", e)
			}
			for _, n := range e.Nodes {
				if n <= 0 || n >= s.Nodes {
					t.Fatalf("event targets node %d", n)
				}
			}
		}
		for _, c := range s.Criteria {
			if _, ok := Measured(c.Metric); !ok || (c.Min == nil && c.Max == nil) {
				t.Fatalf("criterion %+v", c)
			}
		}
		for _, st := range s.Stages {
			if !(st.NodeFraction > 0 && st.NodeFraction <= 1) || st.Gate == nil {
				t.Fatalf("stage %+v", st)
			}
		}
	})
}
