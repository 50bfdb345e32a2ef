package charter

import (
	"errors"
	"fmt"
	"hash/maphash"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Metric is one named value in a telemetry report.
type Metric struct {
	Name  string  `json:"name"`
	Value float64 `json:"value"`
}

// Report is one telemetry report from one node.
type Report struct {
	// Node is the reporting node's peer ID string.
	Node string `json:"node"`
	// Seq increases with every report the node publishes.
	Seq uint64 `json:"seq"`
	// Time is the sender's claimed collection time. The auditor never trusts
	// it: rates are measured on the receiver's clock.
	Time    time.Time `json:"time"`
	Metrics []Metric  `json:"metrics"`
}

// Violation is one breach of the charter, with the verdict the charter in
// force at the time attached.
type Violation struct {
	Type     ViolationType `json:"type"`
	Severity Severity      `json:"severity"`
	Penalty  Penalty       `json:"penalty"`
	// Node is the offender's peer ID string.
	Node   string `json:"node"`
	Metric string `json:"metric"`
	// Time is when the receiving node saw the offence (its clock).
	Time      time.Time `json:"time"`
	ReportSeq uint64    `json:"report_seq"`
	// CharterVersion is the version of the charter that judged it.
	CharterVersion int `json:"charter_version"`
}

// NewViolation builds a violation of type t under charter c, for detectors
// other than Audit (silent_collection is only ever raised this way).
func NewViolation(c *Charter, t ViolationType, node, metric string, at time.Time, seq uint64) (Violation, error) {
	if c == nil {
		return Violation{}, errors.New("new violation: nil charter")
	}
	r, ok := c.Rule(t)
	if !ok {
		return Violation{}, fmt.Errorf("new violation: %w: %d", ErrUnknownViolationType, uint8(t))
	}
	return Violation{
		Type: t, Severity: r.Severity, Penalty: r.Penalty,
		Node: node, Metric: metric, Time: at, ReportSeq: seq, CharterVersion: c.version,
	}, nil
}

// AuditorConfig configures an Auditor. The zero value is usable.
type AuditorConfig struct {
	// Clock is the receive-time source; nil means time.Now. Rates are
	// measured on the differences between its readings (monotonic when the
	// clock provides monotonic readings, as time.Now does).
	Clock func() time.Time
	// MaxTrackedNodes bounds the nodes whose report rates are remembered;
	// 0 means 4096. Past it, idle nodes are forgotten first, then the least
	// recently seen. A forgotten node starts afresh, which can only forgive
	// it, never accuse it.
	MaxTrackedNodes int
	// Burst is how many reports of one metric a node may send back to back
	// before the rate cap applies; 0 means 2. The cap is a GCRA (virtual
	// scheduling) limit of max_collection_rate_hz with this burst, so
	// Burst 1 is a strict minimum interval of 1/rate between reports and
	// Burst 2 tolerates one interval of delivery jitter, which gossip has.
	Burst int
}

const (
	defaultMaxTrackedNodes = 4096
	defaultBurst           = 2
	// maxBurst keeps Burst * interval inside int64 nanoseconds for any
	// charter rate (the longest interval is 1/MinCollectionRateHz = 1e6 s).
	maxBurst = 1000
	// Sharding only pays off for larger tables; small ones use one shard so
	// MaxTrackedNodes is an exact bound with exact LRU order.
	shardThreshold = 256
	numShards      = 16
)

// Auditor checks telemetry reports against the active charter. It is safe
// for concurrent use (gossip validators run in parallel). It starts no
// goroutines.
type Auditor struct {
	clock  func() time.Time
	base   time.Time
	burst  int64
	seed   maphash.Seed
	state  atomic.Pointer[auditState]
	shards []rateShard
}

// auditState is what SetCharter swaps atomically: a charter and the rate
// parameters derived from it.
type auditState struct {
	c         *Charter
	interval  int64 // ns between reports at the cap
	tolerance int64 // ns of burst allowance
}

type rateShard struct {
	mu    sync.Mutex
	max   int
	nodes map[string]*nodeRates
	_     [40]byte // keep shards on separate cache lines
}

// nodeRates is one node's GCRA state: per metric, the theoretical arrival
// time of its next conforming report, in ns since Auditor.base.
type nodeRates struct {
	tat  map[string]int64
	last int64
}

// NewAuditor returns an auditor enforcing c.
func NewAuditor(cfg AuditorConfig, c *Charter) (*Auditor, error) {
	if c == nil {
		return nil, errors.New("new auditor: nil charter")
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	if cfg.MaxTrackedNodes < 0 || cfg.Burst < 0 || cfg.Burst > maxBurst {
		return nil, fmt.Errorf("new auditor: MaxTrackedNodes %d must be >= 0 and Burst %d in [0, %d]", cfg.MaxTrackedNodes, cfg.Burst, maxBurst)
	}
	if cfg.MaxTrackedNodes == 0 {
		cfg.MaxTrackedNodes = defaultMaxTrackedNodes
	}
	if cfg.Burst == 0 {
		cfg.Burst = defaultBurst
	}
	n := 1
	if cfg.MaxTrackedNodes >= shardThreshold {
		n = numShards
	}
	a := &Auditor{
		clock:  cfg.Clock,
		base:   cfg.Clock(),
		burst:  int64(cfg.Burst),
		seed:   maphash.MakeSeed(),
		shards: make([]rateShard, n),
	}
	per := (cfg.MaxTrackedNodes + n - 1) / n
	for i := range a.shards {
		a.shards[i].max = per
		a.shards[i].nodes = make(map[string]*nodeRates)
	}
	a.state.Store(a.derive(c))
	return a, nil
}

func (a *Auditor) derive(c *Charter) *auditState {
	iv := int64(c.MinInterval())
	return &auditState{c: c, interval: iv, tolerance: (a.burst - 1) * iv}
}

// SetCharter makes c the charter every later Audit uses. Audits already
// running finish under the old one. Rate state is kept: a node's recent
// reports still count against the new cap.
func (a *Auditor) SetCharter(c *Charter) error {
	if c == nil {
		return errors.New("set charter: nil charter")
	}
	a.state.Store(a.derive(c))
	return nil
}

// Charter returns the charter in force. Its method value fits
// FilterGatherer's source.
func (a *Auditor) Charter() *Charter { return a.state.Load().c }

// Audit returns the violations in r, or nil if it is clean. Per metric:
// a forbidden name is forbidden_metric; a name the charter does not list
// is unlisted_metric (default deny); an allowed name reported by this node
// faster than max_collection_rate_hz (see AuditorConfig.Burst) is
// metric_over_collection_rate. Only allowed metrics are rate-tracked, so a
// node cannot grow the auditor's memory by inventing names. A report over
// the rate does not advance the node's schedule: each excess report is one
// violation, and the node is back in bounds as soon as it slows down.
func (a *Auditor) Audit(r Report) []Violation {
	now := a.clock()
	t := int64(now.Sub(a.base))
	st := a.state.Load()
	c := st.c
	var out []Violation
	var sh *rateShard
	var nr *nodeRates
	for i := range r.Metrics {
		name := r.Metrics[i].Name
		var vt ViolationType
		switch {
		case c.Allows(name):
			if nr == nil {
				sh = &a.shards[a.shardIndex(r.Node)]
				sh.mu.Lock()
				nr = sh.node(r.Node, t)
			}
			tat, ok := nr.tat[name]
			if !ok || tat < t {
				tat = t
			}
			if tat-t > st.tolerance {
				vt = ViolationOverCollectionRate
			} else {
				nr.tat[name] = tat + st.interval
			}
		case c.Forbids(name):
			vt = ViolationForbiddenMetric
		default:
			vt = ViolationUnlistedMetric
		}
		if vt != 0 {
			if out == nil {
				out = make([]Violation, 0, len(r.Metrics)-i)
			}
			rule := c.rules[vt]
			out = append(out, Violation{
				Type: vt, Severity: rule.Severity, Penalty: rule.Penalty,
				Node: r.Node, Metric: name, Time: now, ReportSeq: r.Seq, CharterVersion: c.version,
			})
		}
	}
	if sh != nil {
		sh.mu.Unlock()
	}
	return out
}

// Tracked is the number of nodes whose rates are remembered.
func (a *Auditor) Tracked() int {
	n := 0
	for i := range a.shards {
		sh := &a.shards[i]
		sh.mu.Lock()
		n += len(sh.nodes)
		sh.mu.Unlock()
	}
	return n
}

func (a *Auditor) shardIndex(node string) int {
	if len(a.shards) == 1 {
		return 0
	}
	return int(maphash.String(a.seed, node) % uint64(len(a.shards)))
}

// node returns node's state, making room for it if needed. The caller
// holds sh.mu.
func (sh *rateShard) node(node string, now int64) *nodeRates {
	if nr, ok := sh.nodes[node]; ok {
		nr.last = now
		return nr
	}
	if len(sh.nodes) >= sh.max {
		sh.evict(now)
	}
	nr := &nodeRates{tat: make(map[string]int64, 4), last: now}
	sh.nodes[node] = nr
	return nr
}

// evict frees at least one slot (an eighth of the shard, to amortise the
// scan): idle nodes first, whose every schedule is in the past so
// forgetting them changes no verdict, then the least recently seen.
func (sh *rateShard) evict(now int64) {
	target := sh.max - max(1, sh.max/8)
	for k, nr := range sh.nodes {
		idle := true
		for _, tat := range nr.tat {
			if tat > now {
				idle = false
				break
			}
		}
		if idle {
			delete(sh.nodes, k)
		}
	}
	if len(sh.nodes) <= target {
		return
	}
	type aged struct {
		key  string
		last int64
	}
	all := make([]aged, 0, len(sh.nodes))
	for k, nr := range sh.nodes {
		all = append(all, aged{k, nr.last})
	}
	slices.SortFunc(all, func(x, y aged) int {
		switch {
		case x.last < y.last:
			return -1
		case x.last > y.last:
			return 1
		}
		return 0
	})
	for _, e := range all[:len(all)-target] {
		delete(sh.nodes, e.key)
	}
}
