package cradle

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/node/charter"
	"github.com/x0tta6bl4/westworld/node/strictyaml"
)

// SpecKind is the only kind of document this package reads.
const SpecKind = "CradleExperiment"

// SpecVersion is the spec format version.
const SpecVersion = 1

// MaxSpecSize bounds a spec file.
const MaxSpecSize = 256 << 10

// Limits of a spec.
const (
	MinNodes    = 2
	MaxNodes    = 256
	MinDuration = 10 * time.Second
	MaxDuration = 7 * 24 * time.Hour
	MaxChaos    = 32
	MaxCriteria = 32
	MaxStages   = 16
)

// ErrInvalidSpec is wrapped by every spec error that is not already a
// positioned *strictyaml.Error.
var ErrInvalidSpec = errors.New("invalid experiment spec")

// ChaosKind is a type of injected failure.
type ChaosKind string

// The kinds of chaos.
const (
	ChaosNodeKill      ChaosKind = "node_kill"      // SIGKILL a fraction of the nodes, restart them later
	ChaosLinkPartition ChaosKind = "link_partition" // cut a fraction of the nodes off, then heal
	ChaosLatency       ChaosKind = "latency"        // delay every packet (netns backend)
	ChaosPacketLoss    ChaosKind = "packet_loss"    // drop a share of packets (netns backend)
)

var chaosKinds = []ChaosKind{ChaosNodeKill, ChaosLinkPartition, ChaosLatency, ChaosPacketLoss}

// chaosFields says which keys each kind takes and which it requires.
var chaosFields = map[ChaosKind]struct{ required, optional []string }{
	ChaosNodeKill:      {[]string{"fraction"}, []string{"at", "duration"}},
	ChaosLinkPartition: {[]string{"fraction", "duration"}, []string{"at"}},
	ChaosLatency:       {[]string{"delay"}, []string{"at", "duration"}},
	ChaosPacketLoss:    {[]string{"rate"}, []string{"at", "duration"}},
}

// NeedsNetns reports whether the kind can only be injected by the netns
// backend (it acts on packets, which loopback processes cannot shape).
func (k ChaosKind) NeedsNetns() bool { return k == ChaosLatency || k == ChaosPacketLoss }

// Chaos is one failure to inject.
type Chaos struct {
	Kind ChaosKind `json:"type"`
	// Fraction of the nodes (node_kill, link_partition), in (0, 1].
	Fraction float64 `json:"fraction,omitempty"`
	// At is when it starts, from the start of the run; zero with HasAt
	// false means "the event's default slot" (see Schedule).
	At    time.Duration `json:"at,omitempty"`
	HasAt bool          `json:"-"`
	// Duration is how long it lasts; zero means the default (half its slot).
	Duration time.Duration `json:"duration,omitempty"`
	// Delay added to every packet (latency).
	Delay time.Duration `json:"delay,omitempty"`
	// Rate of packets dropped (packet_loss), in (0, 1).
	Rate float64 `json:"rate,omitempty"`
}

// Criterion is a success criterion: the metric's run value (see
// MetricInfo.Aggregate) must lie within [Min, Max] where they are set.
type Criterion struct {
	Metric string   `json:"metric"`
	Min    *float64 `json:"min_value,omitempty"`
	Max    *float64 `json:"max_value,omitempty"`
}

// Holds reports whether v meets the criterion. NaN (nothing measured)
// never does.
func (c Criterion) Holds(v float64) bool {
	if math.IsNaN(v) {
		return false
	}
	if c.Min != nil && v < *c.Min {
		return false
	}
	if c.Max != nil && v > *c.Max {
		return false
	}
	return true
}

// String renders the criterion as a range.
func (c Criterion) String() string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	switch {
	case c.Min != nil && c.Max != nil:
		return fmt.Sprintf("%s <= %s <= %s", f(*c.Min), c.Metric, f(*c.Max))
	case c.Min != nil:
		return fmt.Sprintf("%s >= %s", c.Metric, f(*c.Min))
	case c.Max != nil:
		return fmt.Sprintf("%s <= %s", c.Metric, f(*c.Max))
	}
	return c.Metric
}

// Stage is one stage of the staged rollout of an approved experiment.
type Stage struct {
	Name         string        `json:"name"`
	NodeFraction float64       `json:"node_fraction"`
	Duration     time.Duration `json:"duration"`
	Gate         *Gate         `json:"gate"`
}

// Spec is a loaded, validated experiment.
type Spec struct {
	File        string        `json:"file"`
	Version     int           `json:"version"`
	Kind        string        `json:"kind"`
	Name        string        `json:"name"`
	Namespace   string        `json:"namespace"`
	Description string        `json:"description,omitempty"`
	Duration    time.Duration `json:"duration"`
	Nodes       int           `json:"nodes"`
	Params      Params        `json:"params"`
	Chaos       []Chaos       `json:"chaos"`
	Criteria    []Criterion   `json:"success_criteria"`
	Stages      []Stage       `json:"stages,omitempty"`
	// SHA256 is the hash of the exact file bytes: the spec's identity.
	SHA256 string `json:"sha256"`
	// Raw is the file as read.
	Raw []byte `json:"-"`
}

// ID is namespace/name, the experiment's name for people.
func (s *Spec) ID() string { return s.Namespace + "/" + s.Name }

// specFile mirrors the YAML document.
type specFile struct {
	Version  *int   `yaml:"version"`
	Kind     string `yaml:"kind"`
	Metadata struct {
		Name      string `yaml:"name"`
		Namespace string `yaml:"namespace"`
	} `yaml:"metadata"`
	Spec struct {
		Description string         `yaml:"description"`
		Duration    string         `yaml:"duration"`
		Nodes       int            `yaml:"nodes"`
		Params      map[string]any `yaml:"params"`
		Chaos       []chaosFile    `yaml:"chaos"`
		Metrics     struct {
			SuccessCriteria []criterionFile `yaml:"success_criteria"`
		} `yaml:"metrics"`
		Rollout struct {
			Stages []stageFile `yaml:"stages"`
		} `yaml:"rollout"`
	} `yaml:"spec"`
}

type chaosFile struct {
	Type     string   `yaml:"type"`
	Fraction *float64 `yaml:"fraction"`
	At       string   `yaml:"at"`
	Duration string   `yaml:"duration"`
	Delay    string   `yaml:"delay"`
	Rate     *float64 `yaml:"rate"`
}

type criterionFile struct {
	Metric string   `yaml:"metric"`
	Min    *float64 `yaml:"min_value"`
	Max    *float64 `yaml:"max_value"`
}

type stageFile struct {
	Name         string   `yaml:"name"`
	NodeFraction *float64 `yaml:"node_fraction"`
	Duration     string   `yaml:"duration"`
	Gate         string   `yaml:"gate"`
}

var nameRe = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$`)

// LoadSpec reads and validates the spec at path against the charter (nil:
// charter.Default()).
func LoadSpec(path string, ch *charter.Charter) (*Spec, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load experiment %s: %w", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxSpecSize+1))
	if err != nil {
		return nil, fmt.Errorf("load experiment %s: %w", path, err)
	}
	return ParseSpec(path, data, ch)
}

// ParseSpec parses and validates a spec. Every mistake is an error at its
// file:line:column (a *strictyaml.Error): unknown keys, wrong types, an
// unknown tunable or one out of range, a fraction outside (0, 1], a bad
// duration, a criterion or gate naming a metric the charter forbids or
// does not allow, a metric the sandbox does not measure.
func ParseSpec(name string, data []byte, ch *charter.Charter) (*Spec, error) {
	if len(data) > MaxSpecSize {
		return nil, &strictyaml.Error{File: name, Msg: fmt.Sprintf("larger than %d bytes", MaxSpecSize)}
	}
	if ch == nil {
		ch = charter.Default()
	}
	var f specFile
	doc, err := strictyaml.Decode(name, data, &f)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	s := &Spec{File: name, Raw: data, SHA256: hex.EncodeToString(sum[:])}
	v := &specValidator{doc: doc, ch: ch}
	if err := v.validate(&f, s); err != nil {
		return nil, err
	}
	return s, nil
}

type specValidator struct {
	doc *strictyaml.Document
	ch  *charter.Charter
}

func (v *specValidator) errf(path, format string, args ...any) error {
	return v.doc.Errorf(path, format, args...)
}

func (v *specValidator) validate(f *specFile, s *Spec) error {
	if f.Version == nil {
		return v.errf("version", "missing version (this format is version %d)", SpecVersion)
	}
	if *f.Version != SpecVersion {
		return v.errf("version", "version %d is not supported (this node reads version %d)", *f.Version, SpecVersion)
	}
	s.Version = *f.Version
	if f.Kind != SpecKind {
		if f.Kind == "" {
			return v.errf("kind", "missing kind (want kind: %s)", SpecKind)
		}
		return v.errf("kind", "kind %q is not %s", f.Kind, SpecKind)
	}
	s.Kind = f.Kind
	if f.Metadata.Name == "" {
		return v.errf("metadata.name", "missing metadata.name")
	}
	if !nameRe.MatchString(f.Metadata.Name) {
		return v.errf("metadata.name", "metadata.name %q must be 1-63 lower case letters, digits and inner dashes", f.Metadata.Name)
	}
	s.Name = f.Metadata.Name
	s.Namespace = f.Metadata.Namespace
	if s.Namespace == "" {
		s.Namespace = "default"
	} else if !nameRe.MatchString(s.Namespace) {
		return v.errf("metadata.namespace", "metadata.namespace %q must be 1-63 lower case letters, digits and inner dashes", s.Namespace)
	}
	sp := &f.Spec
	s.Description = strings.TrimSpace(sp.Description)

	if sp.Duration == "" {
		return v.errf("spec.duration", "missing spec.duration (e.g. 2h)")
	}
	d, err := parseDuration(sp.Duration)
	if err != nil {
		return v.errf("spec.duration", "spec.duration: %v", err)
	}
	if d < MinDuration || d > MaxDuration {
		return v.errf("spec.duration", "spec.duration %s is outside %s..%s", formatDuration(d), formatDuration(MinDuration), formatDuration(MaxDuration))
	}
	s.Duration = d

	if !v.doc.Has("spec.nodes") {
		return v.errf("spec", "missing spec.nodes")
	}
	if sp.Nodes < MinNodes || sp.Nodes > MaxNodes {
		return v.errf("spec.nodes", "spec.nodes %d is outside %d..%d", sp.Nodes, MinNodes, MaxNodes)
	}
	s.Nodes = sp.Nodes

	if err := v.params(sp.Params, s); err != nil {
		return err
	}
	if err := v.chaos(sp.Chaos, s); err != nil {
		return err
	}
	if err := v.criteria(sp.Metrics.SuccessCriteria, s); err != nil {
		return err
	}
	return v.stages(sp.Rollout.Stages, s)
}

func (v *specValidator) params(raw map[string]any, s *Spec) error {
	names := make([]string, 0, len(raw))
	for k := range raw {
		names = append(names, k)
	}
	slices.Sort(names)
	s.Params = Params{}
	for _, k := range names {
		path := "spec.params." + yamlKey(k)
		val, err := ParseValue(k, raw[k])
		if err != nil {
			if errors.Is(err, ErrUnknownTunable) {
				return v.errf(path, "spec.params: unknown tunable %q (known: %s)", k, strings.Join(TunableNames(), ", "))
			}
			return v.errf(path, "spec.params: %s", strings.TrimPrefix(err.Error(), ErrBadValue.Error()+": "))
		}
		s.Params = append(s.Params, Param{Name: k, Value: val})
	}
	// The combination must be a config the node accepts.
	cfg := node.DefaultConfig()
	cfg.Home = "/"
	if err := s.Params.Apply(&cfg); err != nil {
		at := "spec.params"
		if len(names) > 0 {
			at = "spec.params." + yamlKey(names[0])
			for _, k := range names {
				if strings.Contains(err.Error(), k) || strings.Contains(err.Error(), shortKey(k)) {
					at = "spec.params." + yamlKey(k)
					break
				}
			}
		}
		msg := strings.TrimPrefix(err.Error(), ErrBadValue.Error()+": ")
		if strings.HasPrefix(msg, "config ") {
			if _, rest, ok := strings.Cut(msg, ": "); ok {
				msg = rest
			}
		}
		return v.errf(at, "spec.params: the node would refuse this combination: %s", msg)
	}
	return nil
}

// shortKey is the last part of a dotted tunable name.
func shortKey(k string) string {
	if i := strings.LastIndexByte(k, '.'); i >= 0 {
		return k[i+1:]
	}
	return k
}

// yamlKey quotes a mapping key for a YAML path when it has dots in it.
func yamlKey(k string) string {
	if strings.ContainsAny(k, ".[]'\"$* ") {
		return "'" + strings.ReplaceAll(k, "'", `\'`) + "'"
	}
	return k
}

func (v *specValidator) fraction(path string, f *float64) (float64, error) {
	if f == nil {
		return 0, v.errf(path, "missing %s", lastPart(path))
	}
	if !(*f > 0 && *f <= 1) || math.IsNaN(*f) {
		return 0, v.errf(path, "%s %v is outside (0, 1]", lastPart(path), *f)
	}
	return *f, nil
}

func lastPart(path string) string {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[i+1:]
	}
	return path
}

func (v *specValidator) chaos(items []chaosFile, s *Spec) error {
	if len(items) > MaxChaos {
		return v.errf(fmt.Sprintf("spec.chaos[%d]", MaxChaos), "more than %d chaos events", MaxChaos)
	}
	s.Chaos = []Chaos{}
	for i, c := range items {
		base := fmt.Sprintf("spec.chaos[%d]", i)
		kind := ChaosKind(c.Type)
		if c.Type == "" {
			return v.errf(base, "chaos event needs a type (one of %s)", joinKinds())
		}
		fields, ok := chaosFields[kind]
		if !ok {
			return v.errf(base+".type", "unknown chaos type %q (one of %s)", c.Type, joinKinds())
		}
		for _, key := range []string{"fraction", "at", "duration", "delay", "rate"} {
			present := v.doc.Has(base + "." + key)
			allowed := slices.Contains(fields.required, key) || slices.Contains(fields.optional, key)
			if present && !allowed {
				return v.errf(base+"."+key, "%s takes no %s (it takes %s)", kind, key, strings.Join(append(slices.Clone(fields.required), fields.optional...), ", "))
			}
			if !present && slices.Contains(fields.required, key) {
				return v.errf(base+".type", "%s needs %s", kind, key)
			}
		}
		ev := Chaos{Kind: kind}
		var err error
		if slices.Contains(fields.required, "fraction") {
			if ev.Fraction, err = v.fraction(base+".fraction", c.Fraction); err != nil {
				return err
			}
		}
		if v.doc.Has(base + ".at") {
			d, err := parseDuration(c.At)
			if err != nil && c.At != "0" && c.At != "0s" {
				return v.errf(base+".at", "at: %v", err)
			}
			if d >= s.Duration {
				return v.errf(base+".at", "at %s is not before the end of the run (%s)", formatDuration(d), formatDuration(s.Duration))
			}
			ev.At, ev.HasAt = d, true
		}
		if v.doc.Has(base + ".duration") {
			if ev.Duration, err = parseDuration(c.Duration); err != nil {
				return v.errf(base+".duration", "duration: %v", err)
			}
		}
		if v.doc.Has(base + ".delay") {
			if ev.Delay, err = parseDuration(c.Delay); err != nil {
				return v.errf(base+".delay", "delay: %v", err)
			}
			if ev.Delay < time.Millisecond || ev.Delay > 10*time.Second {
				return v.errf(base+".delay", "delay %s is outside 1ms..10s", ev.Delay)
			}
		}
		if v.doc.Has(base + ".rate") {
			if c.Rate == nil || !(*c.Rate > 0 && *c.Rate < 1) {
				return v.errf(base+".rate", "rate %v is outside (0, 1)", derefOr(c.Rate))
			}
			ev.Rate = *c.Rate
		}
		s.Chaos = append(s.Chaos, ev)
	}
	// Place the events and check they fit the run and do not overlap one
	// of their own kind.
	sched := s.Schedule()
	for i, e := range sched {
		base := fmt.Sprintf("spec.chaos[%d]", i)
		if e.At+e.Duration > s.Duration {
			return v.errf(base+".type", "%s from %s for %s ends after the run (%s)", e.Kind, formatDuration(e.At), formatDuration(e.Duration), formatDuration(s.Duration))
		}
		if e.Kind == ChaosLinkPartition && e.Targets >= s.Nodes {
			return v.errf(base+".fraction", "link_partition must leave at least one node on the other side")
		}
		for j := range i {
			o := sched[j]
			if o.Kind == e.Kind && e.At < o.At+o.Duration && o.At < e.At+e.Duration {
				return v.errf(base+".type", "%s from %s to %s overlaps spec.chaos[%d] (%s to %s): one %s at a time", e.Kind,
					formatDuration(e.At), formatDuration(e.At+e.Duration), j, formatDuration(o.At), formatDuration(o.At+o.Duration), e.Kind)
			}
		}
	}
	return nil
}

func derefOr(f *float64) any {
	if f == nil {
		return "nothing"
	}
	return *f
}

func joinKinds() string {
	out := make([]string, len(chaosKinds))
	for i, k := range chaosKinds {
		out[i] = string(k)
	}
	return strings.Join(out, ", ")
}

// allowedMetric checks a metric against the charter: a forbidden or
// unlisted metric can be neither a success criterion nor a gate.
func (v *specValidator) allowedMetric(path, what, metric string) error {
	switch {
	case metric == "":
		return v.errf(path, "%s needs a metric", what)
	case v.ch.Forbids(metric):
		return v.errf(path, "%s names %q, which the charter (%s) forbids", what, metric, v.ch.Name())
	case !v.ch.Allows(metric):
		return v.errf(path, "%s names %q, which the charter (%s) does not allow (allowed: %s)", what, metric, v.ch.Name(), strings.Join(v.ch.AllowedMetrics(), ", "))
	}
	return nil
}

func (v *specValidator) criteria(items []criterionFile, s *Spec) error {
	if len(items) > MaxCriteria {
		return v.errf(fmt.Sprintf("spec.metrics.success_criteria[%d]", MaxCriteria), "more than %d success criteria", MaxCriteria)
	}
	s.Criteria = []Criterion{}
	for i, c := range items {
		base := fmt.Sprintf("spec.metrics.success_criteria[%d]", i)
		if err := v.allowedMetric(base+".metric", "success criterion", c.Metric); err != nil {
			return err
		}
		if _, ok := Measured(c.Metric); !ok {
			return v.errf(base+".metric", "success criterion names %q, which a sandbox run does not measure (measured: %s)", c.Metric, strings.Join(measuredNames(), ", "))
		}
		if c.Min == nil && c.Max == nil {
			return v.errf(base, "success criterion for %s needs min_value and/or max_value", c.Metric)
		}
		for _, p := range []struct {
			key string
			v   *float64
		}{{"min_value", c.Min}, {"max_value", c.Max}} {
			if p.v != nil && (math.IsNaN(*p.v) || math.IsInf(*p.v, 0)) {
				return v.errf(base+"."+p.key, "%s must be a finite number", p.key)
			}
		}
		if c.Min != nil && c.Max != nil && *c.Min > *c.Max {
			return v.errf(base+".max_value", "max_value %v is below min_value %v", *c.Max, *c.Min)
		}
		s.Criteria = append(s.Criteria, Criterion{Metric: c.Metric, Min: c.Min, Max: c.Max})
	}
	return nil
}

func (v *specValidator) stages(items []stageFile, s *Spec) error {
	if len(items) > MaxStages {
		return v.errf(fmt.Sprintf("spec.rollout.stages[%d]", MaxStages), "more than %d rollout stages", MaxStages)
	}
	seen := map[string]int{}
	prev := 0.0
	for i, st := range items {
		base := fmt.Sprintf("spec.rollout.stages[%d]", i)
		if st.Name == "" {
			return v.errf(base, "rollout stage needs a name")
		}
		if !nameRe.MatchString(st.Name) {
			return v.errf(base+".name", "stage name %q must be lower case letters, digits and inner dashes", st.Name)
		}
		if j, dup := seen[st.Name]; dup {
			return v.errf(base+".name", "stage name %q is already used by stage %d", st.Name, j)
		}
		seen[st.Name] = i
		frac, err := v.fraction(base+".node_fraction", st.NodeFraction)
		if err != nil {
			return err
		}
		if frac < prev {
			return v.errf(base+".node_fraction", "node_fraction %v is below the previous stage's %v (a rollout only widens)", frac, prev)
		}
		prev = frac
		if st.Duration == "" {
			return v.errf(base, "rollout stage %q needs a duration", st.Name)
		}
		d, err := parseDuration(st.Duration)
		if err != nil {
			return v.errf(base+".duration", "duration: %v", err)
		}
		if st.Gate == "" {
			return v.errf(base, "rollout stage %q needs a gate (e.g. latency_p99 < 200)", st.Name)
		}
		g, err := ParseGate(st.Gate)
		if err != nil {
			return v.errf(base+".gate", "gate: %v", err)
		}
		for _, m := range g.Metrics() {
			if err := v.allowedMetric(base+".gate", "gate", m); err != nil {
				return err
			}
		}
		s.Stages = append(s.Stages, Stage{Name: st.Name, NodeFraction: frac, Duration: d, Gate: g})
	}
	return nil
}

// parseDuration reads a positive Go duration ("500ms", "1h30m") with an
// optional leading days term ("2d", "1d12h").
func parseDuration(s string) (time.Duration, error) {
	in := s
	var days time.Duration
	if i := strings.IndexByte(s, 'd'); i > 0 {
		n, err := strconv.Atoi(s[:i])
		if err != nil || n < 0 || n > 365 {
			return 0, fmt.Errorf("%q is not a duration (examples: 500ms, 30s, 2h, 7d)", in)
		}
		days = time.Duration(n) * 24 * time.Hour
		s = s[i+1:]
		if s == "" {
			s = "0s"
		}
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a duration (examples: 500ms, 30s, 2h, 7d)", in)
	}
	d += days
	if d <= 0 {
		return 0, fmt.Errorf("%q must be positive", in)
	}
	return d, nil
}

func formatDuration(d time.Duration) string {
	if d >= 48*time.Hour && d%(24*time.Hour) == 0 {
		return fmt.Sprintf("%dd", d/(24*time.Hour))
	}
	return FormatDuration(d)
}

// FormatDuration writes d as time.Duration does without zero units:
// "2h", "1h30m", "24m", "1m30s", "700ms".
func FormatDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// Event is a chaos event placed in time, with its targets chosen.
type Event struct {
	Index    int           `json:"index"`
	Kind     ChaosKind     `json:"type"`
	At       time.Duration `json:"at"`
	Duration time.Duration `json:"duration"`
	Fraction float64       `json:"fraction,omitempty"`
	// Targets is how many nodes a node_kill or link_partition acts on:
	// round(fraction x nodes), at least 1, at most nodes-1.
	Targets int           `json:"targets,omitempty"`
	Delay   time.Duration `json:"delay,omitempty"`
	Rate    float64       `json:"rate,omitempty"`
	// Nodes are the chosen target node indices (never 0, the sandbox's
	// bootstrap), the same in the baseline and candidate runs.
	Nodes []int `json:"nodes,omitempty"`
}

// Schedule places the chaos events in the run (unscaled times). An event
// with `at` starts there. The others share the middle of the run (from 20%
// to 80% of spec.duration) in equal consecutive slots, in file order, each
// starting at its slot's start; the first and last fifth stay quiet so the
// series show the mesh before and after. An event without `duration`
// lasts half a slot (60% of the run / number of events / 2). Targets are
// drawn from a PRNG seeded by the spec's hash and the event's index.
func (s *Spec) Schedule() []Event {
	var noAt int
	for _, c := range s.Chaos {
		if !c.HasAt {
			noAt++
		}
	}
	slot := time.Duration(float64(s.Duration) * 0.6 / float64(max(1, len(s.Chaos))))
	slotNoAt := time.Duration(float64(s.Duration) * 0.6 / float64(max(1, noAt)))
	out := make([]Event, 0, len(s.Chaos))
	k := 0
	for i, c := range s.Chaos {
		e := Event{Index: i, Kind: c.Kind, Fraction: c.Fraction, Delay: c.Delay, Rate: c.Rate, At: c.At, Duration: c.Duration}
		if !c.HasAt {
			e.At = time.Duration(float64(s.Duration)*0.2) + time.Duration(k)*slotNoAt
			k++
		}
		if e.Duration == 0 {
			e.Duration = slot / 2
		}
		if c.Kind == ChaosNodeKill || c.Kind == ChaosLinkPartition {
			n := int(math.Round(c.Fraction * float64(s.Nodes)))
			e.Targets = min(max(n, 1), s.Nodes-1)
			e.Nodes = s.pickTargets(i, e.Targets)
		}
		out = append(out, e)
	}
	return out
}

func (s *Spec) pickTargets(index, n int) []int {
	sum, _ := hex.DecodeString(s.SHA256)
	if len(sum) < 16 {
		sum = make([]byte, 16)
	}
	seed1 := binary.BigEndian.Uint64(sum[:8]) ^ uint64(index)
	seed2 := binary.BigEndian.Uint64(sum[8:16])
	r := rand.New(rand.NewPCG(seed1, seed2))
	cand := make([]int, s.Nodes-1)
	for i := range cand {
		cand[i] = i + 1
	}
	r.Shuffle(len(cand), func(i, j int) { cand[i], cand[j] = cand[j], cand[i] })
	out := cand[:min(n, len(cand))]
	slices.Sort(out)
	return out
}

// InCohort reports whether a node belongs to a rollout stage's cohort:
// the first 8 bytes of SHA-256(experiment, 0x00, peer ID), read as a
// fraction of 2^64, fall below the stage's node fraction. Every node
// decides for itself and all agree; a wider stage keeps the narrower
// stage's cohort.
func InCohort(experiment, peerID string, fraction float64) bool {
	h := sha256.New()
	h.Write([]byte(experiment))
	h.Write([]byte{0})
	h.Write([]byte(peerID))
	x := binary.BigEndian.Uint64(h.Sum(nil)[:8])
	return float64(x)/math.Exp2(64) < fraction
}

func durString(d time.Duration) string {
	if d == 0 {
		return ""
	}
	return formatDuration(d)
}

// MarshalJSON writes durations as strings ("2h", "30s").
func (c Chaos) MarshalJSON() ([]byte, error) {
	type view struct {
		Kind     ChaosKind `json:"type"`
		Fraction float64   `json:"fraction,omitempty"`
		At       string    `json:"at,omitempty"`
		Duration string    `json:"duration,omitempty"`
		Delay    string    `json:"delay,omitempty"`
		Rate     float64   `json:"rate,omitempty"`
	}
	v := view{Kind: c.Kind, Fraction: c.Fraction, Duration: durString(c.Duration), Delay: durString(c.Delay), Rate: c.Rate}
	if c.HasAt {
		v.At = c.At.String()
	}
	return json.Marshal(v)
}

// MarshalJSON writes the duration as a string.
func (s Stage) MarshalJSON() ([]byte, error) {
	type view struct {
		Name         string  `json:"name"`
		NodeFraction float64 `json:"node_fraction"`
		Duration     string  `json:"duration"`
		Gate         string  `json:"gate"`
	}
	g := ""
	if s.Gate != nil {
		g = s.Gate.Source()
	}
	return json.Marshal(view{s.Name, s.NodeFraction, durString(s.Duration), g})
}

// MarshalJSON writes the duration as a string.
func (s *Spec) MarshalJSON() ([]byte, error) {
	type plain Spec
	return json.Marshal(struct {
		*plain
		Duration string `json:"duration"`
	}{(*plain)(s), durString(s.Duration)})
}

// MarshalJSON writes times as strings.
func (e Event) MarshalJSON() ([]byte, error) {
	type plain Event
	return json.Marshal(struct {
		plain
		At       string `json:"at"`
		Duration string `json:"duration"`
		Delay    string `json:"delay,omitempty"`
	}{plain(e), FormatDuration(e.At), FormatDuration(e.Duration), durString(e.Delay)})
}
