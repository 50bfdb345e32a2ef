package cradle

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/x0tta6bl4/westworld/node"
)

// ReportFormat is the version of the report's JSON layout.
const ReportFormat = 1

// The two runs of an experiment.
const (
	PhaseBaseline  = "baseline"
	PhaseCandidate = "candidate"
)

// Num is a measured number; NaN (nothing measured) is written as null.
type Num float64

// MarshalJSON writes NaN and infinities as null.
func (n Num) MarshalJSON() ([]byte, error) {
	f := float64(n)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return []byte("null"), nil
	}
	return []byte(strconv.FormatFloat(f, 'g', 6, 64)), nil
}

// UnmarshalJSON reads null as NaN.
func (n *Num) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*n = Num(math.NaN())
		return nil
	}
	f, err := strconv.ParseFloat(string(b), 64)
	*n = Num(f)
	return err
}

// Seconds is a time offset in seconds.
type Seconds float64

// MarshalJSON writes milliseconds precision.
func (s Seconds) MarshalJSON() ([]byte, error) {
	return []byte(strconv.FormatFloat(float64(s), 'f', 3, 64)), nil
}

// Dur is a duration written as "1.5s".
type Dur time.Duration

// MarshalJSON writes the duration's string, or omits nothing: "0s".
func (d Dur) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }

// UnmarshalJSON reads "1.5s".
func (d *Dur) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	*d = Dur(v)
	return err
}

// Window is one window of a run's series.
type Window struct {
	Index int     `json:"index"`
	Start Seconds `json:"start"`
	End   Seconds `json:"end"`
	// Latency percentiles of the deliveries of probes sent in the window, ms.
	LatencyP50  Num `json:"latency_p50"`
	LatencyP99  Num `json:"latency_p99"`
	LatencyP999 Num `json:"latency_p999"`
	PacketLoss  Num `json:"packet_loss"`
	// RouteStability: delivering ordered pairs / expected ordered pairs.
	RouteStability Num `json:"route_stability"`
	NodeCount      Num `json:"node_count"`
	AvgDegree      Num `json:"avg_degree"`
	Probes         int `json:"probes"`
	Expected       int `json:"expected"`
	Delivered      int `json:"delivered"`
	Pairs          int `json:"pairs"`
}

// Value returns the window's value of a measured metric.
func (w Window) Value(metric string) float64 {
	switch metric {
	case MetricLatencyP50:
		return float64(w.LatencyP50)
	case MetricLatencyP99:
		return float64(w.LatencyP99)
	case MetricLatencyP999:
		return float64(w.LatencyP999)
	case MetricPacketLoss:
		return float64(w.PacketLoss)
	case MetricRouteStability:
		return float64(w.RouteStability)
	case MetricNodeCount:
		return float64(w.NodeCount)
	case MetricAvgDegree:
		return float64(w.AvgDegree)
	}
	return math.NaN()
}

// EventRecord is a chaos event as it happened.
type EventRecord struct {
	Index           int       `json:"index"`
	Kind            ChaosKind `json:"type"`
	Nodes           []int     `json:"nodes,omitempty"`
	Delay           Dur       `json:"delay,omitzero"`
	Rate            float64   `json:"rate,omitempty"`
	PlannedAt       Seconds   `json:"planned_at"`
	PlannedDuration Seconds   `json:"planned_duration"`
	Start           Seconds   `json:"start"`
	End             Seconds   `json:"end"`
	Detail          string    `json:"detail,omitempty"`
	Error           string    `json:"error,omitempty"`
}

// ProbeTotals counts a run's probes.
type ProbeTotals struct {
	Sent      int `json:"sent"`
	Failed    int `json:"failed_to_publish"`
	Expected  int `json:"expected_deliveries"`
	Delivered int `json:"delivered"`
}

// PhaseReport is one run (baseline or candidate).
type PhaseReport struct {
	Name      string      `json:"name"`
	Nodes     int         `json:"nodes"`
	StartTime Seconds     `json:"start_time"` // launching every node until all answer
	MeshTime  Seconds     `json:"mesh_time"`  // until a probe from node 0 reached all
	Length    Seconds     `json:"length"`
	Probes    ProbeTotals `json:"probes"`
	// Summary holds each measured metric's run value (MetricInfo.Aggregate).
	Summary map[string]Num `json:"summary"`
	Series  []Window       `json:"series"`
	Events  []EventRecord  `json:"chaos_events"`
	Errors  []string       `json:"errors,omitempty"`
}

// CriterionResult is one success criterion judged.
type CriterionResult struct {
	Metric    string    `json:"metric"`
	Min       *float64  `json:"min_value,omitempty"`
	Max       *float64  `json:"max_value,omitempty"`
	Aggregate Aggregate `json:"aggregate"`
	Baseline  Num       `json:"baseline"`
	Measured  Num       `json:"measured"`
	Pass      bool      `json:"pass"`
}

// Environment is where the experiment ran.
type Environment struct {
	BinaryVersion string  `json:"binary_version"`
	BinaryPath    string  `json:"binary_path"`
	BinarySHA256  string  `json:"binary_sha256"`
	Kernel        string  `json:"kernel"`
	OS            string  `json:"os"`
	Arch          string  `json:"arch"`
	CPUs          int     `json:"cpus"`
	GoVersion     string  `json:"runner_go_version"`
	Backend       string  `json:"backend"`
	TimeScale     float64 `json:"time_scale"`
}

// Settings are the runner's derived measuring settings.
type Settings struct {
	Windows       int `json:"windows"`
	Window        Dur `json:"window"`
	ProbeInterval Dur `json:"probe_interval"`
	ProbeDeadline Dur `json:"probe_deadline"`
	ProbeSize     int `json:"probe_size"`
	RunLength     Dur `json:"run_length"`
}

// Report is the outcome of an experiment.
type Report struct {
	Format     int       `json:"format"`
	Experiment string    `json:"experiment"`
	Started    time.Time `json:"started"`
	Finished   time.Time `json:"finished"`
	Spec       struct {
		File   string `json:"file"`
		SHA256 string `json:"sha256"`
		YAML   string `json:"yaml"`
		Parsed *Spec  `json:"parsed"`
	} `json:"spec"`
	Params struct {
		Baseline  Params `json:"baseline"`
		Candidate Params `json:"candidate"`
	} `json:"params"`
	Environment Environment       `json:"environment"`
	Settings    Settings          `json:"settings"`
	Schedule    []Event           `json:"schedule"`
	Phases      []PhaseReport     `json:"phases"`
	Criteria    []CriterionResult `json:"success_criteria"`
	Errors      []string          `json:"errors,omitempty"`
	Pass        bool              `json:"pass"`
	Verdict     string            `json:"verdict"`
}

// Phase returns the named run.
func (r *Report) Phase(name string) *PhaseReport {
	for i := range r.Phases {
		if r.Phases[i].Name == name {
			return &r.Phases[i]
		}
	}
	return nil
}

func (r *Runner) newReport() *Report {
	rep := &Report{Format: ReportFormat, Experiment: r.spec.ID(), Started: time.Now().UTC()}
	rep.Spec.File = r.spec.File
	rep.Spec.SHA256 = r.spec.SHA256
	rep.Spec.YAML = string(r.spec.Raw)
	rep.Spec.Parsed = r.spec
	rep.Params.Baseline = r.spec.Params.Baseline(node.DefaultConfig())
	rep.Params.Candidate = r.spec.Params
	rep.Environment = Environment{
		BinaryPath: r.opt.Binary, BinaryVersion: binaryVersion(r.opt.Binary), BinarySHA256: fileSHA256(r.opt.Binary),
		Kernel: kernelRelease(), OS: runtime.GOOS, Arch: runtime.GOARCH, CPUs: runtime.NumCPU(),
		GoVersion: runtime.Version(), Backend: r.opt.Backend, TimeScale: r.opt.TimeScale,
	}
	rep.Settings = Settings{Windows: r.nwin, Window: Dur(r.window), ProbeInterval: Dur(r.probeE),
		ProbeDeadline: Dur(r.opt.ProbeDeadline), ProbeSize: r.opt.ProbeSize, RunLength: Dur(r.length)}
	rep.Schedule = r.sched
	return rep
}

func binaryVersion(bin string) string {
	out, err := exec.Command(bin, "version", "--json").Output()
	if err != nil {
		return "unknown"
	}
	var v struct {
		Version string `json:"version"`
	}
	if json.Unmarshal(out, &v) != nil || v.Version == "" {
		return "unknown"
	}
	return v.Version
}

func fileSHA256(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}

func kernelRelease() string {
	b, err := os.ReadFile("/proc/sys/kernel/osrelease")
	if err != nil {
		return runtime.GOOS
	}
	return strings.TrimSpace(string(b))
}

// report turns the collected probes and samples into the run's series.
func (p *phase) report() *PhaseReport {
	p.mu.Lock()
	defer p.mu.Unlock()
	r := p.r
	far := p.t0.Add(100 * 365 * 24 * time.Hour)
	live := make([][]interval, p.nodes)
	for i := range p.nodes {
		live[i] = slices.Clone(p.live[i])
		if !p.since[i].IsZero() {
			live[i] = append(live[i], interval{p.since[i], far})
		}
	}
	liveOver := func(i int, a, b time.Time) bool {
		for _, iv := range live[i] {
			if !iv.from.After(a) && !iv.to.Before(b) {
				return true
			}
		}
		return false
	}
	type acc struct {
		lat                 []float64
		expected, delivered int
		probes              int
		pairs               map[[2]int]bool
		nodeMin             float64
		degSum              float64
		degN                int
	}
	wins := make([]acc, r.nwin)
	for i := range wins {
		wins[i].pairs = map[[2]int]bool{}
		wins[i].nodeMin = math.NaN()
	}
	winOf := func(t time.Time) int {
		d := t.Sub(p.t0)
		if d < 0 {
			return -1
		}
		w := int(d / r.window)
		if w >= r.nwin {
			return -1
		}
		return w
	}
	pr := &PhaseReport{Name: p.name, Nodes: p.nodes, Length: Seconds(r.length.Seconds()), Summary: map[string]Num{}}
	var allLat []float64
	dl := r.opt.ProbeDeadline
	for _, rec := range p.probes {
		pr.Probes.Sent++
		if rec.failed {
			pr.Probes.Failed++
			continue
		}
		w := winOf(rec.sent)
		if w < 0 {
			continue
		}
		a := &wins[w]
		a.probes++
		for i := range p.nodes {
			if i == rec.origin || !liveOver(i, rec.sent, rec.sent.Add(dl)) {
				continue
			}
			a.expected++
			pair := [2]int{rec.origin, i}
			if _, ok := a.pairs[pair]; !ok {
				a.pairs[pair] = false
			}
			if t := rec.recv[i]; !t.IsZero() && t.Sub(rec.sent) <= dl {
				a.delivered++
				a.pairs[pair] = true
				ms := float64(t.Sub(rec.sent)) / float64(time.Millisecond)
				a.lat = append(a.lat, ms)
				allLat = append(allLat, ms)
			}
		}
	}
	for _, s := range p.samp {
		w := winOf(s.at)
		if w < 0 {
			continue
		}
		a := &wins[w]
		if math.IsNaN(a.nodeMin) || float64(s.withPeers) < a.nodeMin {
			a.nodeMin = float64(s.withPeers)
		}
		if s.answering > 0 {
			a.degSum += float64(s.degrees) / float64(s.answering)
			a.degN++
		}
	}
	nan := math.NaN()
	for w, a := range wins {
		slices.Sort(a.lat)
		win := Window{Index: w, Start: Seconds((time.Duration(w) * r.window).Seconds()), End: Seconds((time.Duration(w+1) * r.window).Seconds()),
			LatencyP50: Num(percentile(a.lat, 0.5)), LatencyP99: Num(percentile(a.lat, 0.99)), LatencyP999: Num(percentile(a.lat, 0.999)),
			PacketLoss: Num(nan), RouteStability: Num(nan), NodeCount: Num(a.nodeMin), AvgDegree: Num(nan),
			Probes: a.probes, Expected: a.expected, Delivered: a.delivered, Pairs: len(a.pairs)}
		if a.expected > 0 {
			win.PacketLoss = Num(1 - float64(a.delivered)/float64(a.expected))
		}
		if len(a.pairs) > 0 {
			ok := 0
			for _, v := range a.pairs {
				if v {
					ok++
				}
			}
			win.RouteStability = Num(float64(ok) / float64(len(a.pairs)))
		}
		if a.degN > 0 {
			win.AvgDegree = Num(a.degSum / float64(a.degN))
		}
		pr.Probes.Expected += a.expected
		pr.Probes.Delivered += a.delivered
		pr.Series = append(pr.Series, win)
	}
	slices.Sort(allLat)
	pr.Summary[MetricLatencyP50] = Num(percentile(allLat, 0.5))
	pr.Summary[MetricLatencyP99] = Num(percentile(allLat, 0.99))
	pr.Summary[MetricLatencyP999] = Num(percentile(allLat, 0.999))
	pr.Summary[MetricPacketLoss] = Num(nan)
	if pr.Probes.Expected > 0 {
		pr.Summary[MetricPacketLoss] = Num(1 - float64(pr.Probes.Delivered)/float64(pr.Probes.Expected))
	}
	pr.Summary[MetricRouteStability] = Num(aggregate(pr.Series, MetricRouteStability, AggMin))
	pr.Summary[MetricNodeCount] = Num(aggregate(pr.Series, MetricNodeCount, AggMin))
	pr.Summary[MetricAvgDegree] = Num(aggregate(pr.Series, MetricAvgDegree, AggMean))
	pr.Events = slices.Clone(p.events)
	slices.SortFunc(pr.Events, func(a, b EventRecord) int { return a.Index - b.Index })
	pr.Errors = slices.Clone(p.errs)
	return pr
}

// aggregate folds a window series (NaN windows skipped).
func aggregate(series []Window, metric string, agg Aggregate) float64 {
	out, n := math.NaN(), 0
	for _, w := range series {
		v := w.Value(metric)
		if math.IsNaN(v) {
			continue
		}
		switch agg {
		case AggMin:
			if n == 0 || v < out {
				out = v
			}
		case AggMean:
			if n == 0 {
				out = 0
			}
			out += v
		}
		n++
	}
	if agg == AggMean && n > 0 {
		out /= float64(n)
	}
	return out
}

// judge checks the candidate against every criterion. The experiment
// passes when every criterion holds on the candidate run and no chaos
// failed to be injected or undone.
func (r *Report) judge() {
	base, cand := r.Phase(PhaseBaseline), r.Phase(PhaseCandidate)
	for _, ph := range r.Phases {
		r.Errors = append(r.Errors, ph.Errors...)
	}
	pass := cand != nil && len(r.Errors) == 0
	r.Criteria = []CriterionResult{}
	for _, c := range r.Spec.Parsed.Criteria {
		info, _ := Measured(c.Metric)
		cr := CriterionResult{Metric: c.Metric, Min: c.Min, Max: c.Max, Aggregate: info.Aggregate, Baseline: Num(math.NaN()), Measured: Num(math.NaN())}
		if base != nil {
			if v, ok := base.Summary[c.Metric]; ok {
				cr.Baseline = v
			}
		}
		if cand != nil {
			if v, ok := cand.Summary[c.Metric]; ok {
				cr.Measured = v
			}
		}
		cr.Pass = c.Holds(float64(cr.Measured))
		pass = pass && cr.Pass
		r.Criteria = append(r.Criteria, cr)
	}
	r.Pass = pass
	r.Verdict = "fail"
	if pass {
		r.Verdict = "pass"
	}
}

// WriteJSON writes the report, indented.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// Summary is a few lines for people: the verdict and each criterion.
func (r *Report) Summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "experiment %s: %s\n", r.Experiment, strings.ToUpper(r.Verdict))
	for _, c := range r.Criteria {
		crit := Criterion{Metric: c.Metric, Min: c.Min, Max: c.Max}
		mark := "ok  "
		if !c.Pass {
			mark = "FAIL"
		}
		fmt.Fprintf(&b, "  %s %-28s candidate %-10s baseline %-10s (%s)\n", mark, crit.String(), fmtNum(c.Measured), fmtNum(c.Baseline), c.Aggregate)
	}
	for _, e := range r.Errors {
		fmt.Fprintf(&b, "  error: %s\n", e)
	}
	return b.String()
}

func fmtNum(n Num) string {
	f := float64(n)
	if math.IsNaN(f) {
		return "-"
	}
	return strconv.FormatFloat(f, 'g', 4, 64)
}
