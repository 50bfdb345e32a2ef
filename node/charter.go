package node

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/node/charter"
	"github.com/x0tta6bl4/westworld/node/enforce"
	"github.com/x0tta6bl4/westworld/node/telemetry"
	"github.com/x0tta6bl4/westworld/p2p"
	"github.com/x0tta6bl4/westworld/storage"
)

// charterSvc binds the active charter to the node: it audits every
// telemetry report in the topic validator, records and punishes violations,
// publishes this node's own (allowed) telemetry, and filters /metrics.
type charterSvc struct {
	n       *Node
	ns      *storage.Namespace
	auditor *charter.Auditor
	log     *charter.AuditLog
	filter  *charter.MetricsFilter
	telem   *telemetry.Collector

	violations *prometheus.CounterVec
	rejected   *prometheus.CounterVec

	mu          sync.Mutex
	activatedAt time.Time
	source      string
}

var (
	activeCharterKey = []byte("active")
	activeSourceKey  = []byte("active-source")
)

// startCharter loads the active charter (the stored one, else the embedded
// default), installs the telemetry validator and starts the collector.
func (n *Node) startCharter(ctx context.Context) error {
	s := &charterSvc{
		n:  n,
		ns: n.store.Namespace(storage.PrefixCharter),
		violations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "westworld_charter_violations_total",
			Help: "Charter violations found in telemetry reports, by type and severity.",
		}, []string{"type", "severity"}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "westworld_telemetry_rejected_total",
			Help: "Telemetry messages rejected before the audit, by reason.",
		}, []string{"reason"}),
	}
	active, source, err := s.loadActive()
	if err != nil {
		return err
	}
	s.auditor, err = charter.NewAuditor(charter.AuditorConfig{Clock: n.now}, active)
	if err != nil {
		return err
	}
	s.log, err = charter.NewAuditLog(charter.AuditLogConfig{}, n.store.Namespace(storage.PrefixAudit))
	if err != nil {
		return err
	}
	s.source, s.activatedAt = source, n.now()
	s.filter = charter.FilterGatherer(n.reg, s.auditor.Charter)
	n.reg.MustRegister(s.violations, s.rejected, s.filter, telemetryCollector{s})
	if err := n.gossip.SetValidator(p2p.TopicTelemetry, s.validate); err != nil {
		return err
	}
	if err := n.gossip.Handle(p2p.TopicTelemetry, s.accepted); err != nil {
		return err
	}
	n.charter = s
	if !n.cfg.Telemetry.Enabled {
		return nil
	}
	s.telem = telemetry.New(telemetry.Config{
		Interval: mustDuration(n.cfg.Telemetry.Interval),
		Now:      n.now,
		Logger:   n.log,
	}, n.host.Host, n.store.Namespace(storage.PrefixNode))
	s.telem.OnTick(func() { s.publish(ctx) })
	if err := s.telem.Start(ctx); err != nil {
		return err
	}
	n.onClose("telemetry", s.telem.Close)
	return nil
}

func (s *charterSvc) loadActive() (*charter.Charter, string, error) {
	raw, err := s.ns.Get(activeCharterKey)
	if errors.Is(err, storage.ErrNotFound) {
		return charter.Default(), "default (embedded)", nil
	}
	if err != nil {
		return nil, "", fmt.Errorf("load active charter: %w", err)
	}
	c, err := charter.Parse("active charter", raw)
	if err != nil {
		// It was valid when stored; a failure here is corruption, not input.
		return nil, "", fmt.Errorf("stored active charter: %w", err)
	}
	src, _ := s.ns.Get(activeSourceKey)
	return c, string(src), nil
}

// activate makes c the active charter and stores it; source says why (the
// executed proposal). The auditor switches atomically.
func (s *charterSvc) activate(c *charter.Charter, source string) error {
	err := s.ns.Update(func(tx *storage.Tx) error {
		if err := tx.Put(activeCharterKey, c.Bytes()); err != nil {
			return err
		}
		return tx.Put(activeSourceKey, []byte(source))
	})
	if err != nil {
		return fmt.Errorf("store active charter: %w", err)
	}
	if err := s.auditor.SetCharter(c); err != nil {
		return err
	}
	s.mu.Lock()
	s.source, s.activatedAt = source, s.n.now()
	s.mu.Unlock()
	s.n.log.Info("charter activated", "version", c.Version(), "sha256", c.SHA256Hex(), "source", source)
	return nil
}

// Charter is the active charter.
func (n *Node) Charter() *charter.Charter { return n.charter.auditor.Charter() }

// AuditLog is the node's log of charter violations.
func (n *Node) AuditLog() *charter.AuditLog { return n.charter.log }

// validate is the telemetry topic's validator: decode, check the report is
// the signer's own, audit; a report with any violation is rejected after its
// violations are recorded and punished.
func (s *charterSvc) validate(ctx context.Context, msg *pubsub.Message) error {
	from := msg.GetFrom()
	r, err := charter.DecodeReport(msg.Data)
	if err != nil {
		s.rejected.WithLabelValues("malformed").Inc()
		return err
	}
	if r.Node != from.String() {
		s.rejected.WithLabelValues("not_signer").Inc()
		return fmt.Errorf("report names node %s but is signed by %s", r.Node, from)
	}
	msg.ValidatorData = r
	if from == s.n.ID() {
		return nil // our own publisher only ever sends what the charter allows
	}
	vs := s.auditor.Audit(r)
	if len(vs) == 0 {
		return nil
	}
	s.record(ctx, from, vs)
	return fmt.Errorf("charter violation: %s (%s) on %s and %d more", vs[0].Type, vs[0].Severity, vs[0].Metric, len(vs)-1)
}

// record logs, counts, stores and punishes violations.
func (s *charterSvc) record(ctx context.Context, from peer.ID, vs []charter.Violation) {
	added, err := s.log.AppendAll(ctx, vs)
	if err != nil {
		s.n.log.Error("append audit log", "err", err)
	}
	if added == 0 && err == nil {
		return // the same report again: already recorded and punished
	}
	var worst *charter.Violation
	for i := range vs {
		v := &vs[i]
		s.violations.WithLabelValues(v.Type.String(), v.Severity.String()).Inc()
		s.n.log.Warn("charter violation", "node", v.Node, "type", v.Type.String(), "severity", v.Severity.String(),
			"metric", v.Metric, "penalty", v.Penalty.String(), "report_seq", v.ReportSeq, "charter_version", v.CharterVersion)
		if worst == nil || penaltyRank(v.Penalty) > penaltyRank(worst.Penalty) {
			worst = v
		}
	}
	if worst == nil || s.n.enforcer == nil {
		return
	}
	p := enforce.Penalty{
		Target: enforce.Target{Peer: from},
		Until:  s.n.now().Add(worst.Penalty.Duration),
		Source: enforce.Source{Kind: "violation",
			Ref:    fmt.Sprintf("%s:%s:%d", worst.Type, worst.Metric, worst.ReportSeq),
			Reason: fmt.Sprintf("%s %s (charter v%d)", worst.Severity, worst.Type, worst.CharterVersion)},
		Force: true, // a charter penalty binds bootstrap peers too
	}
	switch worst.Penalty.Kind {
	case charter.PenaltySuspend:
		p.Kind = enforce.KindSuspend
	case charter.PenaltyRateLimit:
		// No PPS: the enforcer's configured rate (enforce.rate_limit_pps,
		// settable at runtime), which it also retunes this entry to.
		p.Kind = enforce.KindRateLimit
	default:
		return
	}
	if err := s.n.enforcer.Apply(ctx, p); err != nil {
		s.n.log.Error("apply charter penalty", "peer", from, "err", err)
	}
}

func penaltyRank(p charter.Penalty) int64 {
	switch p.Kind {
	case charter.PenaltySuspend:
		return 2<<40 + int64(p.Duration/time.Second)
	case charter.PenaltyRateLimit:
		return 1<<40 + int64(p.Duration/time.Second)
	}
	return 0
}

// accepted feeds other nodes' degrees into node_count and avg_degree.
func (s *charterSvc) accepted(msg *pubsub.Message) {
	r, ok := msg.ValidatorData.(charter.Report)
	if !ok || s.telem == nil || msg.GetFrom() == s.n.ID() {
		return
	}
	for _, m := range r.Metrics {
		if m.Name == telemetry.PeerCountSeen {
			s.telem.ObserveDegree(msg.GetFrom(), m.Value)
		}
	}
}

// ownReport is this node's report: only the metrics the active charter
// allows ever leave the node.
func (s *charterSvc) ownReport() charter.Report {
	c := s.auditor.Charter()
	now := s.n.now()
	r := charter.Report{Node: s.n.ID().String(), Seq: uint64(now.UnixNano()), Time: now}
	for _, m := range s.telem.Snapshot() {
		if c.Allows(m.Name) {
			r.Metrics = append(r.Metrics, charter.Metric{Name: m.Name, Value: m.Value})
		}
	}
	return r
}

func (s *charterSvc) publish(ctx context.Context) {
	r := s.ownReport()
	if len(r.Metrics) == 0 {
		return
	}
	data, err := charter.EncodeReport(r)
	if err != nil {
		s.n.log.Error("encode telemetry report", "err", err)
		return
	}
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := s.n.gossip.Publish(pctx, p2p.TopicTelemetry, data, 0); err != nil && ctx.Err() == nil {
		s.n.log.Debug("publish telemetry", "err", err)
	}
}

// telemetryCollector exports this node's measurements as
// westworld_telemetry_<metric> gauges; the charter filter withholds the
// ones the charter does not allow.
type telemetryCollector struct{ s *charterSvc }

func (t telemetryCollector) Describe(chan<- *prometheus.Desc) {} // unchecked: families vary with the charter

func (t telemetryCollector) Collect(ch chan<- prometheus.Metric) {
	if t.s.telem == nil {
		return
	}
	for _, m := range t.s.telem.Snapshot() {
		d := prometheus.NewDesc(charter.TelemetryFamily(m.Name), "Telemetry measured by this node: "+m.Name+".", nil, nil)
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, m.Value)
	}
}

// CharterInfo is GET /v1/charter.
type CharterInfo struct {
	Summary     charter.Summary `json:"charter"`
	Document    string          `json:"document"`
	Source      string          `json:"source"`
	ActivatedAt time.Time       `json:"activated_at"`
	Violations  int             `json:"violations_recorded"`
}

func (n *Node) charterRoutes() []api.Route {
	return []api.Route{
		{Method: "GET", Path: "/v1/charter", Op: "charter:read", Handle: n.handleCharter},
		{Method: "GET", Path: "/v1/charter/violations", Op: "charter:read", Handle: n.handleViolations},
	}
}

func (n *Node) handleCharter(w http.ResponseWriter, r *http.Request) error {
	s := n.charter
	c := s.auditor.Charter()
	count, _ := s.log.Count(r.Context())
	s.mu.Lock()
	info := CharterInfo{Summary: c.Summary(), Document: string(c.Bytes()), Source: s.source, ActivatedAt: s.activatedAt, Violations: count}
	s.mu.Unlock()
	return api.WriteJSON(w, http.StatusOK, info)
}

func (n *Node) handleViolations(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	var since time.Time
	if v := q.Get("since"); v != "" {
		d, err := charter.ParseDuration(v)
		if err != nil {
			return api.Errorf(http.StatusBadRequest, "since: %v", err)
		}
		since = n.now().Add(-d)
	}
	limit := 1000
	if v := q.Get("limit"); v != "" {
		l, err := strconv.Atoi(v)
		if err != nil || l < 1 {
			return api.Errorf(http.StatusBadRequest, "limit %q is not a positive integer", v)
		}
		limit = l
	}
	vs, err := n.charter.log.List(r.Context(), since, limit)
	if err != nil {
		return err
	}
	if vs == nil {
		vs = []charter.Violation{}
	}
	return api.WriteJSON(w, http.StatusOK, vs)
}

func (n *Node) charterStatus(ctx context.Context) any {
	c := n.charter.auditor.Charter()
	count, _ := n.charter.log.Count(ctx)
	return map[string]any{"version": c.Version(), "sha256": c.SHA256Hex()[:16], "violations": count}
}
