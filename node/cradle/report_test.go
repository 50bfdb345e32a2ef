package cradle

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"math"
	"strings"
	"testing"
	"time"
)

// testPhase builds a finished three-node phase by hand: what the tails and
// the sampler would have recorded, so the series arithmetic is checked
// against numbers worked out on paper.
func testPhase(t *testing.T) (*Runner, *phase) {
	t.Helper()
	spec, err := ParseSpec("p.yaml", []byte(`version: 1
kind: CradleExperiment
metadata: {name: p}
spec:
  duration: 10s
  nodes: 3
  params: {gossip.d: 7}
  metrics:
    success_criteria:
      - {metric: latency_p50, max_value: 100}
      - {metric: route_stability, min_value: 0.6}
`), nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRunner(spec, Options{Binary: "/bin/true", Windows: 5, ProbeDeadline: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Unix(1000, 0)
	at := func(s float64) time.Time { return t0.Add(time.Duration(s * float64(time.Second))) }
	p := &phase{r: r, name: PhaseCandidate, nodes: 3, t0: t0}
	far := at(1000)
	p.live = [][]interval{{{at(-1), far}}, {{at(-1), far}}, {{at(-1), at(4)}, {at(6), far}}}
	p.since = make([]time.Time, 3)
	probe := func(origin int, sent float64, recv ...float64) *probeRec {
		rec := &probeRec{seq: uint64(len(p.probes) + 1), origin: origin, sent: at(sent), recv: make([]time.Time, 3)}
		for i, d := range recv {
			if d > 0 {
				rec.recv[i] = at(sent + d/1000)
			}
		}
		p.probes = append(p.probes, rec)
		return rec
	}
	probe(0, 0.5, 0, 10, 30)   // w0: both delivered
	probe(1, 2.5, 20, 0, 0)    // w1: node 2 never got it
	probe(0, 4.5, 0, 5, 0)     // w2: node 2 is down, not expected
	probe(2, 6.5, 1500, 40, 0) // w3: node 0 got it past the 1s deadline
	probe(1, 8.5, 50, 0, 60)   // w4
	probe(0, 9, 0, 0, 0).failed = true
	p.samp = []sample{
		{at: at(0.2), answering: 3, withPeers: 3, degrees: 6},
		{at: at(4.2), answering: 2, withPeers: 2, degrees: 2},
		{at: at(5), answering: 3, withPeers: 2, degrees: 4},
	}
	p.events = []EventRecord{{Index: 0, Kind: ChaosNodeKill, Nodes: []int{2}, Start: 4, End: 6}}
	return r, p
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-3 }

func TestPhaseReportSeries(t *testing.T) {
	_, p := testPhase(t)
	pr := p.report()
	if len(pr.Series) != 5 {
		t.Fatalf("%d windows", len(pr.Series))
	}
	type want struct{ p50, p99, loss, stab, nodes, deg float64 }
	nan := math.NaN()
	wants := []want{
		{10, 30, 0, 1, 3, 2},
		{20, 20, 0.5, 0.5, nan, nan},
		{5, 5, 0, 1, 2, (1 + 4.0/3) / 2},
		{40, 40, 0.5, 0.5, nan, nan},
		{50, 60, 0, 1, nan, nan},
	}
	eq := func(got Num, w float64) bool {
		if math.IsNaN(w) {
			return math.IsNaN(float64(got))
		}
		return near(float64(got), w)
	}
	for i, w := range wants {
		g := pr.Series[i]
		if !eq(g.LatencyP50, w.p50) || !eq(g.LatencyP99, w.p99) || !eq(g.PacketLoss, w.loss) ||
			!eq(g.RouteStability, w.stab) || !eq(g.NodeCount, w.nodes) || !eq(g.AvgDegree, w.deg) {
			t.Errorf("window %d: %+v, want %+v", i, g, w)
		}
	}
	if pr.Probes != (ProbeTotals{Sent: 6, Failed: 1, Expected: 9, Delivered: 7}) {
		t.Fatalf("totals %+v", pr.Probes)
	}
	s := pr.Summary
	// All deliveries: 5 10 20 30 40 50 60 ms.
	if !near(float64(s[MetricLatencyP50]), 30) || !near(float64(s[MetricLatencyP99]), 60) ||
		!near(float64(s[MetricPacketLoss]), 2.0/9) || !near(float64(s[MetricRouteStability]), 0.5) ||
		!near(float64(s[MetricNodeCount]), 2) || !near(float64(s[MetricAvgDegree]), (2+(1+4.0/3)/2)/2) {
		t.Fatalf("summary %+v", s)
	}
}

func TestJudgeAndOutputs(t *testing.T) {
	r, p := testPhase(t)
	rep := r.newReport()
	cand := p.report()
	base := *cand
	base.Name = PhaseBaseline
	rep.Phases = []PhaseReport{base, *cand}
	rep.judge()
	// latency_p50 30 <= 100 holds; route_stability 0.5 >= 0.6 does not.
	if rep.Pass || rep.Verdict != "fail" || len(rep.Criteria) != 2 || !rep.Criteria[0].Pass || rep.Criteria[1].Pass {
		t.Fatalf("judged %+v", rep.Criteria)
	}
	if !strings.Contains(rep.Summary(), "FAIL route_stability >= 0.6") {
		t.Fatalf("summary:\n%s", rep.Summary())
	}
	// A criterion on a metric with no value (no deliveries) never holds.
	if (Criterion{Metric: MetricLatencyP99, Max: ptr(1e9)}).Holds(math.NaN()) {
		t.Fatal("NaN held")
	}

	var js bytes.Buffer
	if err := rep.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var back map[string]any
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatalf("report is not JSON: %v", err)
	}
	spec := back["spec"].(map[string]any)
	if spec["sha256"] != r.spec.SHA256 || !strings.Contains(spec["yaml"].(string), "gossip.d: 7") {
		t.Fatalf("spec section %v", spec)
	}
	params := back["params"].(map[string]any)
	if params["baseline"].(map[string]any)["gossip.d"] != 6.0 || params["candidate"].(map[string]any)["gossip.d"] != 7.0 {
		t.Fatalf("params %v", params)
	}
	env := back["environment"].(map[string]any)
	if env["backend"] != "local" || env["time_scale"] != 1.0 || env["cpus"].(float64) < 1 {
		t.Fatalf("environment %v", env)
	}
	// NaN windows are null, not invalid JSON.
	series := back["phases"].([]any)[1].(map[string]any)["series"].([]any)
	if series[1].(map[string]any)["node_count"] != nil {
		t.Fatalf("NaN written as %v", series[1].(map[string]any)["node_count"])
	}

	var svg bytes.Buffer
	if err := rep.WriteSVG(&svg); err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(svg.Bytes()))
	elems := map[string]int{}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("chart is not well-formed XML: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			elems[se.Name.Local]++
		}
	}
	// Six panels (3 metrics x 2 runs), lines in each, the kill shaded in
	// each, FAIL in the title.
	if elems["svg"] != 1 || elems["polyline"]+elems["circle"] < 6 || elems["title"] < 6 || !strings.Contains(svg.String(), ">FAIL<") {
		t.Fatalf("chart elements %v", elems)
	}
}

func ptr(f float64) *float64 { return &f }
