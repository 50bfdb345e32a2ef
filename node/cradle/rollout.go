package cradle

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node/charter"
	"github.com/x0tta6bl4/westworld/p2p"
	"github.com/x0tta6bl4/westworld/storage"
)

// MaxReportSize bounds an approved report fetched from IPFS.
const MaxReportSize = 64 << 20

// ErrReportMismatch is wrapped when a fetched report does not match what
// the registry approved (its hash, or the experiment id of its spec).
var ErrReportMismatch = errors.New("report does not match the registry")

// ExperimentIndex is the registry's state as the node's chain index has it
// (*chain.Index).
type ExperimentIndex interface {
	Experiment(ctx context.Context, id common.Hash) (chain.Experiment, bool, error)
	Experiments(ctx context.Context) ([]chain.Experiment, error)
}

// ChainEvents delivers indexed chain events and says whether the index is
// caught up (*chain.Watcher).
type ChainEvents interface {
	Subscribe(ctx context.Context, buffer int) <-chan chain.Event
	Status() chain.Status
}

// RolloutGossip is the part of the node's gossip the rollout uses
// (*p2p.Gossip).
type RolloutGossip interface {
	SetValidator(topic string, v p2p.Validator) error
	Handle(topic string, fn p2p.Handler) error
	Publish(ctx context.Context, topic string, data []byte, minPeers int) error
}

// ReportFetcher fetches an approved report's bytes by CID (the node's IPFS).
type ReportFetcher interface {
	FetchReport(ctx context.Context, cid string) ([]byte, error)
}

// ApplyResult says what applying params did.
type ApplyResult struct {
	// Previous holds the values the params replaced (apply them to revert).
	Previous Params
	// Live names the params in effect at once; Restart those that take
	// effect when the node next starts.
	Live    []string
	Restart []string
}

// ParamApplier sets tunables on the running node.
type ParamApplier interface {
	Apply(ctx context.Context, ps Params) (ApplyResult, error)
}

// RolloutConfig tunes the rollout controller.
type RolloutConfig struct {
	// Self is this node's peer ID: cohort membership is decided from it.
	Self peer.ID
	// Tick is how often gates are judged and stage clocks checked
	// (default 1s).
	Tick time.Duration
	// Announce is how often a cohort member re-gossips its state while a
	// stage runs (default 30s); transitions are gossiped at once.
	Announce time.Duration
	// TelemetryTTL: a cohort member's last report older than this is not
	// counted (default 1m).
	TelemetryTTL time.Duration
	// UnknownGrace is how long the validator waits for the chain index to
	// learn an experiment a message names before rejecting it (default 5s):
	// the sender's index may be a block ahead of ours.
	UnknownGrace time.Duration
	// FetchTimeout bounds one attempt to fetch a report (default 1m);
	// attempts repeat with backoff until the node stops.
	FetchTimeout time.Duration
	// ApplyMode describes for people how params take effect.
	ApplyMode string
	Now       func() time.Time
	Logger    *slog.Logger
}

func (c *RolloutConfig) defaults() {
	if c.Tick <= 0 {
		c.Tick = time.Second
	}
	if c.Announce <= 0 {
		c.Announce = 30 * time.Second
	}
	if c.TelemetryTTL <= 0 {
		c.TelemetryTTL = time.Minute
	}
	if c.FetchTimeout <= 0 {
		c.FetchTimeout = time.Minute
	}
	if c.UnknownGrace <= 0 {
		c.UnknownGrace = 5 * time.Second
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
}

// RolloutDeps are the node components the controller works with.
type RolloutDeps struct {
	Registry ExperimentIndex
	Events   ChainEvents
	Gossip   RolloutGossip
	Reports  ReportFetcher
	Params   ParamApplier
	// Charter returns the active charter: the spec is loaded against it and
	// gates read only the metrics it allows.
	Charter func() *charter.Charter
	// Store keeps the rollout records (a namespace of the node's Badger).
	Store *storage.Namespace
	// StageCompleted, when set, is told of every stage whose gate held to
	// its end (member: this node was in its cohort); the node turns it into
	// narrative evidence.
	StageCompleted func(ctx context.Context, experiment common.Hash, stage int, member bool) error
}

// Rollout is the staged-rollout controller of one node. For every
// experiment the registry approved it fetches the report the DAO voted on,
// checks it against the registry, and walks the spec's stages: the node
// decides its own cohort membership per stage (InCohort of the experiment
// id and its peer ID), a member applies the params, and every node judges
// the stage's gate over the telemetry the members gossip. A gate that fails
// rolls the cohort back at once; one that held by the end of the stage
// promotes to the next; a halt in the registry reverts everything.
type Rollout struct {
	cfg  RolloutConfig
	deps RolloutDeps
	log  *slog.Logger

	cancel  context.CancelFunc
	wg      sync.WaitGroup
	fetched chan fetchResult

	mu       sync.Mutex
	records  map[common.Hash]*rolloutRecord
	fetching map[common.Hash]string // id -> last fetch error
	peers    map[common.Hash]map[peer.ID]PeerRollout
	samples  map[peer.ID]telemetrySample
	lastAnn  map[common.Hash]time.Time
	// unknown remembers experiment ids the validator waited for in vain,
	// so a flood of made-up ids costs one grace period each, not one per
	// message.
	unknown map[common.Hash]time.Time
}

type fetchResult struct {
	e    chain.Experiment
	spec *Spec
	yaml string
	err  error
}

type telemetrySample struct {
	at      time.Time
	metrics map[string]float64
}

// Transition is one change of a node's rollout state.
type Transition struct {
	At     time.Time    `json:"at"`
	Phase  RolloutPhase `json:"phase"`
	Stage  int          `json:"stage"`
	Reason string       `json:"reason,omitempty"`
}

// rolloutRecord is what the node keeps about one experiment, in Badger.
type rolloutRecord struct {
	ID           common.Hash        `json:"id"`
	ReportCID    string             `json:"report_cid"`
	ReportHash   common.Hash        `json:"report_hash"`
	SpecYAML     string             `json:"spec_yaml,omitempty"`
	Phase        RolloutPhase       `json:"phase"`
	Stage        int                `json:"stage"`
	StageStarted time.Time          `json:"stage_started"`
	InCohort     bool               `json:"in_cohort"`
	Applied      bool               `json:"applied"`
	Previous     Params             `json:"previous"`
	Live         []string           `json:"live,omitempty"`
	Restart      []string           `json:"restart,omitempty"`
	Rounds       int                `json:"rounds"`
	Held         int                `json:"held"`
	LastValues   map[string]float64 `json:"last_values,omitempty"`
	Reason       string             `json:"reason,omitempty"`
	History      []Transition       `json:"history"`

	spec *Spec // parsed SpecYAML
}

// PeerRollout is what a peer last gossiped about an experiment.
type PeerRollout struct {
	Peer     string       `json:"peer"`
	Stage    int          `json:"stage"`
	Phase    RolloutPhase `json:"phase"`
	InCohort bool         `json:"in_cohort"`
	Applied  bool         `json:"applied"`
	Reason   string       `json:"reason,omitempty"`
	At       time.Time    `json:"at"`
}

// NewRollout returns a controller; Start runs it.
func NewRollout(cfg RolloutConfig, deps RolloutDeps) (*Rollout, error) {
	cfg.defaults()
	if cfg.Self == "" {
		return nil, errors.New("rollout: no peer ID")
	}
	if deps.Registry == nil || deps.Events == nil || deps.Gossip == nil || deps.Reports == nil ||
		deps.Params == nil || deps.Charter == nil || deps.Store == nil {
		return nil, errors.New("rollout: missing dependency")
	}
	return &Rollout{
		cfg: cfg, deps: deps, log: cfg.Logger.With("component", "rollout"),
		fetched:  make(chan fetchResult),
		records:  map[common.Hash]*rolloutRecord{},
		fetching: map[common.Hash]string{},
		peers:    map[common.Hash]map[peer.ID]PeerRollout{},
		samples:  map[peer.ID]telemetrySample{},
		lastAnn:  map[common.Hash]time.Time{},
		unknown:  map[common.Hash]time.Time{},
	}, nil
}

var recordPrefix = []byte("rollout/")

func recordKey(id common.Hash) []byte { return append(slices.Clone(recordPrefix), id.Hex()...) }

// Start loads the stored records, installs the rollout topic's validator
// and the telemetry and rollout handlers, and starts following the chain.
func (r *Rollout) Start(ctx context.Context) error {
	if err := r.load(); err != nil {
		return err
	}
	if err := r.deps.Gossip.SetValidator(p2p.TopicRollout, r.validate); err != nil {
		return err
	}
	if err := r.deps.Gossip.Handle(p2p.TopicRollout, r.onRollout); err != nil {
		return err
	}
	if err := r.deps.Gossip.Handle(p2p.TopicTelemetry, r.onTelemetry); err != nil {
		return err
	}
	ctx, r.cancel = context.WithCancel(context.WithoutCancel(ctx))
	events := r.deps.Events.Subscribe(ctx, 64)
	r.wg.Add(1)
	go r.run(ctx, events)
	return nil
}

// Close stops the controller; applied params stay as they are (the
// stored records resume on the next start).
func (r *Rollout) Close() error {
	if r.cancel == nil {
		return nil
	}
	r.cancel()
	r.wg.Wait()
	return nil
}

func (r *Rollout) load() error {
	return r.deps.Store.Iterate(recordPrefix, func(key, val []byte) error {
		var rec rolloutRecord
		if err := json.Unmarshal(val, &rec); err != nil {
			// A record this version cannot read (a tunable's range
			// narrowed) must not keep the node from starting; the
			// registry's state is re-read anyway.
			r.log.Error("unreadable rollout record skipped", "key", string(key), "err", err)
			return nil
		}
		if rec.SpecYAML != "" {
			s, err := ParseSpec("approved report", []byte(rec.SpecYAML), r.deps.Charter())
			if err != nil && !rec.Phase.Terminal() {
				// The charter changed under a running rollout so that its
				// gate names a metric no longer allowed: revert on the
				// next tick.
				rec.Reason = fmt.Sprintf("spec no longer loads: %v", err)
			}
			rec.spec = s
		}
		r.records[rec.ID] = &rec
		return nil
	})
}

func (r *Rollout) save(rec *rolloutRecord) error {
	b, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	if err := r.deps.Store.Put(recordKey(rec.ID), b); err != nil {
		return fmt.Errorf("store rollout record %s: %w", rec.ID.Hex(), err)
	}
	return nil
}

func (r *Rollout) run(ctx context.Context, events <-chan chain.Event) {
	defer r.wg.Done()
	t := time.NewTicker(r.cfg.Tick)
	defer t.Stop()
	reconcileEvery := max(5*time.Second, r.cfg.Tick)
	lastReconcile := time.Time{}
	for {
		now := r.cfg.Now()
		if now.Sub(lastReconcile) >= reconcileEvery {
			r.reconcileAll(ctx)
			lastReconcile = now
		}
		r.step(ctx)
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-events:
			if !ok {
				return
			}
			if strings.HasPrefix(ev.Kind, "Experiment") || ev.Missed > 0 {
				lastReconcile = time.Time{}
			}
		case f := <-r.fetched:
			r.adopt(ctx, f.e, f.spec, f.yaml, f.err)
		case <-t.C:
		}
	}
}

// reconcileAll brings every record in line with the registry: new
// approvals start fetching, advances move stages on, halts revert.
func (r *Rollout) reconcileAll(ctx context.Context) {
	exps, err := r.deps.Registry.Experiments(ctx)
	if err != nil {
		r.log.Warn("read experiments from the index", "err", err)
		return
	}
	seen := map[common.Hash]bool{}
	for _, e := range exps {
		seen[e.ID] = true
		r.reconcile(ctx, e, true)
	}
	r.mu.Lock()
	var gone []common.Hash
	for id, rec := range r.records {
		if !seen[id] && (!rec.Phase.Terminal() || rec.Phase == PhaseCompleted && rec.Applied) {
			gone = append(gone, id)
		}
	}
	r.mu.Unlock()
	for _, id := range gone {
		r.reconcile(ctx, chain.Experiment{ID: id}, false)
	}
}

func (r *Rollout) reconcile(ctx context.Context, e chain.Experiment, known bool) {
	r.mu.Lock()
	rec := r.records[e.ID]
	_, busy := r.fetching[e.ID]
	r.mu.Unlock()
	switch {
	case !known:
		if rec != nil {
			r.stop(ctx, rec, PhaseHalted, "the approval is no longer on chain (reorg)")
		}
	case e.Status == contracts.ExperimentStatusHalted:
		if rec == nil {
			rec = &rolloutRecord{ID: e.ID, ReportCID: e.ReportCID, ReportHash: e.ReportHash}
			r.mu.Lock()
			r.records[e.ID] = rec
			r.mu.Unlock()
		}
		if rec.Phase != PhaseHalted {
			r.stop(ctx, rec, PhaseHalted, fmt.Sprintf("halted in the registry at stage %d", e.Stage))
		}
	case e.Status == contracts.ExperimentStatusApproved:
		if rec == nil {
			if !busy {
				r.startFetch(ctx, e)
			}
			return
		}
		if rec.Phase == PhaseRunning && int(e.Stage) > rec.Stage && rec.spec != nil {
			r.enterStage(ctx, rec, int(e.Stage), fmt.Sprintf("advanced in the registry to stage %d", e.Stage))
		}
	}
}

func (r *Rollout) startFetch(ctx context.Context, e chain.Experiment) {
	r.mu.Lock()
	r.fetching[e.ID] = ""
	r.mu.Unlock()
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		backoff := time.Second
		for {
			spec, yaml, err := r.fetchSpec(ctx, e)
			if err == nil || errors.Is(err, ErrReportMismatch) {
				select {
				case r.fetched <- fetchResult{e, spec, yaml, err}:
				case <-ctx.Done():
				}
				return
			}
			r.mu.Lock()
			_, decided := r.records[e.ID] // halted meanwhile
			if decided {
				delete(r.fetching, e.ID)
			} else {
				r.fetching[e.ID] = err.Error()
			}
			r.mu.Unlock()
			if decided {
				return
			}
			r.log.Warn("fetch approved report", "experiment", e.ID.Hex(), "cid", e.ReportCID, "err", err, "retry_in", backoff)
			select {
			case <-ctx.Done():
				return
			case <-time.After(backoff):
			}
			backoff = min(2*backoff, 30*time.Second)
		}
	}()
}

// fetchSpec fetches the report and checks it is the one approved: its
// SHA-256 is the registry's report hash, its spec loads against the active
// charter, and the spec's experiment id is the registry's id.
func (r *Rollout) fetchSpec(ctx context.Context, e chain.Experiment) (*Spec, string, error) {
	fctx, cancel := context.WithTimeout(ctx, r.cfg.FetchTimeout)
	defer cancel()
	data, err := r.deps.Reports.FetchReport(fctx, e.ReportCID)
	if err != nil {
		return nil, "", err
	}
	if got := common.Hash(sha256.Sum256(data)); got != e.ReportHash {
		return nil, "", fmt.Errorf("%w: report %s has SHA-256 %s, the registry approved %s", ErrReportMismatch, e.ReportCID, got.Hex(), e.ReportHash.Hex())
	}
	var rep struct {
		Spec struct {
			YAML string `json:"yaml"`
		} `json:"spec"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, "", fmt.Errorf("%w: report is not JSON: %v", ErrReportMismatch, err)
	}
	spec, err := ParseSpec("approved report", []byte(rep.Spec.YAML), r.deps.Charter())
	if err != nil {
		return nil, "", fmt.Errorf("%w: its spec does not load: %v", ErrReportMismatch, err)
	}
	id, err := ExperimentID(spec.SHA256)
	if err != nil || id != e.ID {
		return nil, "", fmt.Errorf("%w: the spec's experiment id is %s, the registry's %s", ErrReportMismatch, id.Hex(), e.ID.Hex())
	}
	if len(spec.Stages) == 0 {
		return nil, "", fmt.Errorf("%w: the spec has no rollout stages", ErrReportMismatch)
	}
	return spec, rep.Spec.YAML, nil
}

// adopt records a fetched (or refused) report and enters the registry's
// current stage.
func (r *Rollout) adopt(ctx context.Context, e chain.Experiment, spec *Spec, yaml string, ferr error) {
	rec := &rolloutRecord{ID: e.ID, ReportCID: e.ReportCID, ReportHash: e.ReportHash, SpecYAML: yaml, spec: spec}
	r.mu.Lock()
	delete(r.fetching, e.ID)
	if _, ok := r.records[e.ID]; ok {
		r.mu.Unlock()
		return // halted meanwhile
	}
	r.records[e.ID] = rec
	r.mu.Unlock()
	if ferr != nil {
		rec.spec = nil
		r.transition(rec, PhaseInvalid, ferr.Error())
		r.log.Error("approved report refused", "experiment", e.ID.Hex(), "err", ferr)
		r.persist(rec)
		return
	}
	r.log.Info("rollout approved", "experiment", e.ID.Hex(), "name", spec.ID(), "stages", len(spec.Stages), "params", paramString(spec.Params))
	r.enterStage(ctx, rec, int(e.Stage), "approved in the registry")
}

// enterStage starts stage s (clamped to the last): a member of its cohort
// applies the params if it has not yet. Records change only on the run
// goroutine, under mu so that Status and the validator read them whole.
func (r *Rollout) enterStage(ctx context.Context, rec *rolloutRecord, s int, why string) {
	s = min(s, len(rec.spec.Stages)-1)
	st := rec.spec.Stages[s]
	r.mu.Lock()
	rec.Stage = s
	rec.StageStarted = r.cfg.Now().UTC()
	rec.Rounds, rec.Held, rec.LastValues = 0, 0, nil
	rec.InCohort = InCohort(rec.ID.Hex(), r.cfg.Self.String(), st.NodeFraction)
	apply := rec.InCohort && !rec.Applied
	r.mu.Unlock()
	r.transition(rec, PhaseRunning, fmt.Sprintf("stage %s (%.4g%% of nodes): %s", st.Name, 100*st.NodeFraction, why))
	if apply {
		res, err := r.deps.Params.Apply(ctx, rec.spec.Params)
		if err != nil {
			r.log.Error("apply rollout params", "experiment", rec.ID.Hex(), "err", err)
			r.stop(ctx, rec, PhaseRolledBack, fmt.Sprintf("could not apply the params: %v", err))
			return
		}
		r.mu.Lock()
		rec.Applied, rec.Previous, rec.Live, rec.Restart = true, res.Previous, res.Live, res.Restart
		r.mu.Unlock()
		r.log.Info("rollout params applied", "experiment", rec.ID.Hex(), "stage", st.Name,
			"params", paramString(rec.spec.Params), "live", res.Live, "at_restart", res.Restart)
	}
	r.persist(rec)
	r.announce(ctx, rec)
}

// stop ends a rollout in a terminal phase, reverting the params if this
// node applied them (a completed rollout keeps them).
func (r *Rollout) stop(ctx context.Context, rec *rolloutRecord, phase RolloutPhase, why string) {
	r.transition(rec, phase, why)
	if phase != PhaseCompleted {
		r.revert(ctx, rec)
	}
	r.persist(rec)
	if rec.spec != nil {
		r.announce(ctx, rec)
	}
	r.log.Info("rollout ended", "experiment", rec.ID.Hex(), "phase", phase, "reason", why)
}

// revert restores the values the params replaced. A failure leaves the
// record applied; step tries again on the next tick.
func (r *Rollout) revert(ctx context.Context, rec *rolloutRecord) {
	r.mu.Lock()
	applied, prev := rec.Applied, rec.Previous
	r.mu.Unlock()
	if !applied {
		return
	}
	if _, err := r.deps.Params.Apply(ctx, prev); err != nil {
		r.log.Error("revert rollout params", "experiment", rec.ID.Hex(), "err", err)
		return
	}
	r.mu.Lock()
	rec.Applied = false
	r.mu.Unlock()
	r.log.Warn("rollout params reverted", "experiment", rec.ID.Hex(), "restored", paramString(prev))
}

func (r *Rollout) transition(rec *rolloutRecord, phase RolloutPhase, why string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	rec.Phase, rec.Reason = phase, why
	rec.History = append(rec.History, Transition{At: r.cfg.Now().UTC(), Phase: phase, Stage: rec.Stage, Reason: why})
	if len(rec.History) > 64 {
		rec.History = rec.History[len(rec.History)-64:]
	}
}

func (r *Rollout) persist(rec *rolloutRecord) {
	r.mu.Lock()
	err := r.save(rec)
	r.mu.Unlock()
	if err != nil {
		r.log.Error("persist rollout", "err", err)
	}
}

// step judges every running stage once.
func (r *Rollout) step(ctx context.Context) {
	now := r.cfg.Now()
	r.mu.Lock()
	var running, echo []*rolloutRecord
	for _, rec := range r.records {
		switch {
		case rec.Phase == PhaseRunning || (rec.Applied && rec.Phase.Terminal() && rec.Phase != PhaseCompleted):
			running = append(running, rec)
		case rec.Phase == PhaseRolledBack && rec.InCohort && rec.spec != nil &&
			now.Sub(rec.StageStarted) < rec.spec.Stages[rec.Stage].Duration && now.Sub(r.lastAnn[rec.ID]) >= r.cfg.Announce:
			// A member repeats its rollback for the rest of the stage, so a
			// node that missed it still rolls back early.
			echo = append(echo, rec)
		}
	}
	r.mu.Unlock()
	for _, rec := range echo {
		r.announce(ctx, rec)
	}
	for _, rec := range running {
		if rec.Phase != PhaseRunning {
			r.revert(ctx, rec) // a revert that failed earlier
			r.persist(rec)
			continue
		}
		if rec.spec == nil || strings.HasPrefix(rec.Reason, "spec no longer loads") {
			r.stop(ctx, rec, PhaseRolledBack, rec.Reason)
			continue
		}
		if by, why, ok := r.peerRolledBack(rec); ok {
			r.stop(ctx, rec, PhaseRolledBack, fmt.Sprintf("cohort member %s rolled back: %s", shortPeer(by), why))
			continue
		}
		st := rec.spec.Stages[rec.Stage]
		verdict, values, why := r.judge(rec, st, now)
		r.mu.Lock()
		switch verdict {
		case gateHeld:
			rec.Rounds++
			rec.Held++
			rec.LastValues = values
		case gateFailed:
			rec.Rounds++
			rec.LastValues = values
		}
		r.mu.Unlock()
		switch {
		case verdict == gateFailed:
			r.stop(ctx, rec, PhaseRolledBack, why)
			continue
		case now.Sub(rec.StageStarted) < st.Duration:
			if rec.InCohort && now.Sub(r.lastAnnounced(rec.ID)) >= r.cfg.Announce {
				r.announce(ctx, rec)
			}
			continue
		case rec.Held == 0:
			r.stop(ctx, rec, PhaseRolledBack, fmt.Sprintf("gate %q never had complete cohort telemetry in stage %s (%s)", st.Gate.Source(), st.Name, why))
		case rec.Stage+1 < len(rec.spec.Stages):
			r.stageCompleted(ctx, rec)
			r.enterStage(ctx, rec, rec.Stage+1, fmt.Sprintf("gate of stage %s held %d times", st.Name, rec.Held))
		default:
			r.stageCompleted(ctx, rec)
			r.stop(ctx, rec, PhaseCompleted, fmt.Sprintf("gate of the last stage %s held %d times", st.Name, rec.Held))
		}
	}
}

// stageCompleted reports the current stage of rec, whose gate held, to
// the StageCompleted hook.
func (r *Rollout) stageCompleted(ctx context.Context, rec *rolloutRecord) {
	if r.deps.StageCompleted == nil {
		return
	}
	if err := r.deps.StageCompleted(ctx, rec.ID, rec.Stage, rec.InCohort); err != nil {
		r.log.Warn("record completed stage", "experiment", rec.ID.Hex(), "stage", rec.Stage, "err", err)
	}
}

type gateVerdict int

const (
	gateIncomplete gateVerdict = iota
	gateHeld
	gateFailed
)

// judge evaluates the stage's gate over the cohort's telemetry: for each
// metric the gate names, the mean of the latest report of every cohort
// member that has applied the params and reported since the stage started
// (and within TelemetryTTL). A metric the active charter does not allow is
// never read: the gate fails.
func (r *Rollout) judge(rec *rolloutRecord, st Stage, now time.Time) (gateVerdict, map[string]float64, string) {
	ch := r.deps.Charter()
	metrics := st.Gate.Metrics()
	for _, m := range metrics {
		if !ch.Allows(m) {
			return gateFailed, nil, fmt.Sprintf("the charter (v%d) does not allow metric %s that gate %q reads", ch.Version(), m, st.Gate.Source())
		}
	}
	members := r.cohort(rec, st)
	sums := map[string]float64{}
	counts := map[string]int{}
	r.mu.Lock()
	for _, p := range members {
		s, ok := r.samples[p]
		if !ok || s.at.Before(rec.StageStarted) || now.Sub(s.at) > r.cfg.TelemetryTTL {
			continue
		}
		for _, m := range metrics {
			if v, ok := s.metrics[m]; ok && finite(v) {
				sums[m] += v
				counts[m]++
			}
		}
	}
	r.mu.Unlock()
	values := map[string]float64{}
	for _, m := range metrics {
		if counts[m] > 0 {
			values[m] = sums[m] / float64(counts[m])
		}
	}
	ok, err := st.Gate.Eval(values)
	if err != nil {
		return gateIncomplete, values, fmt.Sprintf("%d cohort members applied, %v", len(members), err)
	}
	if !ok {
		return gateFailed, values, fmt.Sprintf("gate %q failed in stage %s over %d cohort members: %s", st.Gate.Source(), st.Name, len(members), formatValues(values))
	}
	return gateHeld, values, ""
}

// cohort lists the nodes known to be in the stage's cohort and running
// with the params: this node if it applied, and every peer whose gossiped
// state says so and whose peer ID is in the cohort.
func (r *Rollout) cohort(rec *rolloutRecord, st Stage) []peer.ID {
	var out []peer.ID
	if rec.InCohort && rec.Applied {
		out = append(out, r.cfg.Self)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for p, pr := range r.peers[rec.ID] {
		if p == r.cfg.Self || !pr.Applied || pr.Phase != PhaseRunning {
			continue
		}
		if InCohort(rec.ID.Hex(), p.String(), st.NodeFraction) {
			out = append(out, p)
		}
	}
	return out
}

// peerRolledBack finds a cohort member that announced a rollback of the
// current stage (or an earlier one): a gate failure anywhere in the cohort
// rolls the whole cohort back, the safe direction. Only members count (the
// validator checked the claim against the sender's peer ID): a node outside
// the cohort announces its rollback too, but cannot cause one.
func (r *Rollout) peerRolledBack(rec *rolloutRecord) (peer.ID, string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for p, pr := range r.peers[rec.ID] {
		if p != r.cfg.Self && pr.InCohort && pr.Phase == PhaseRolledBack && pr.Stage <= rec.Stage && !pr.At.Before(rec.StageStarted.Add(-time.Minute)) {
			return p, pr.Reason, true
		}
	}
	return "", "", false
}

func (r *Rollout) lastAnnounced(id common.Hash) time.Time {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.lastAnn[id]
}

// announce gossips this node's state of rec.
func (r *Rollout) announce(ctx context.Context, rec *rolloutRecord) {
	if rec.spec == nil {
		return
	}
	r.mu.Lock()
	st := rec.spec.Stages[rec.Stage]
	m := RolloutMessage{
		Experiment: rec.ID, Stage: rec.Stage, StageName: st.Name, NodeFraction: st.NodeFraction,
		Params: rec.spec.Params, Gate: st.Gate.Source(), Phase: rec.Phase, InCohort: rec.InCohort,
		Applied: rec.Applied, StageStarted: rec.StageStarted, Reason: rec.Reason, ReportHash: rec.ReportHash,
	}
	r.lastAnn[rec.ID] = r.cfg.Now()
	r.mu.Unlock()
	data, err := EncodeRolloutState(m)
	if err != nil {
		r.log.Debug("encode rollout state", "err", err)
		return
	}
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := r.deps.Gossip.Publish(pctx, p2p.TopicRollout, data, 0); err != nil && ctx.Err() == nil {
		r.log.Debug("publish rollout state", "err", err)
	}
}

// validate is westworld/rollout/1's validator. The experiment must be one
// the registry knows (unknown: reject, once the index is caught up; before
// that the message is ignored, not held against its sender), carry the
// approved report's hash, and match the approved spec (stage, fraction,
// gate, params) and the sender's real cohort membership, as far as this
// node knows the spec.
func (r *Rollout) validate(ctx context.Context, msg *pubsub.Message) error {
	m, err := DecodeRolloutState(msg.Data)
	if err != nil {
		return err
	}
	msg.ValidatorData = m
	from := msg.GetFrom()
	if from == r.cfg.Self {
		return nil
	}
	e, ok, err := r.lookup(ctx, m.Experiment)
	if err != nil {
		return fmt.Errorf("%w: read the registry: %v", p2p.ErrIgnore, err)
	}
	if !ok {
		if st := r.deps.Events.Status(); !st.Synced {
			return fmt.Errorf("%w: experiment %s unknown while the chain index catches up", p2p.ErrIgnore, m.Experiment.Hex())
		}
		return fmt.Errorf("experiment %s is not in the registry", m.Experiment.Hex())
	}
	if e.ReportHash != m.ReportHash {
		return fmt.Errorf("experiment %s: report hash %s is not the approved %s", m.Experiment.Hex(), m.ReportHash.Hex(), e.ReportHash.Hex())
	}
	if e.Status == contracts.ExperimentStatusHalted && m.Phase == PhaseRunning {
		return fmt.Errorf("%w: experiment %s is halted", p2p.ErrIgnore, m.Experiment.Hex())
	}
	r.mu.Lock()
	rec := r.records[m.Experiment]
	var spec *Spec
	if rec != nil {
		spec = rec.spec
	}
	r.mu.Unlock()
	if spec != nil {
		if m.Stage >= len(spec.Stages) {
			return fmt.Errorf("experiment %s has %d stages, not stage %d", m.Experiment.Hex(), len(spec.Stages), m.Stage)
		}
		st := spec.Stages[m.Stage]
		if st.NodeFraction != m.NodeFraction || st.Gate.Source() != m.Gate || !paramsEqual(spec.Params, m.Params) {
			return fmt.Errorf("experiment %s stage %d: fraction, gate or params differ from the approved spec", m.Experiment.Hex(), m.Stage)
		}
		member := InCohort(m.Experiment.Hex(), from.String(), st.NodeFraction)
		if m.InCohort != member || (m.Applied && !member) {
			return fmt.Errorf("experiment %s stage %d: %s claims cohort membership %v, it is %v", m.Experiment.Hex(), m.Stage, from, m.InCohort, member)
		}
	}
	return nil
}

// lookup reads an experiment from the index, waiting up to UnknownGrace
// for one it does not know yet.
func (r *Rollout) lookup(ctx context.Context, id common.Hash) (chain.Experiment, bool, error) {
	deadline := time.Now().Add(r.cfg.UnknownGrace)
	r.mu.Lock()
	if at, ok := r.unknown[id]; ok && time.Since(at) < time.Minute {
		deadline = time.Time{} // waited for it recently: one look only
	}
	r.mu.Unlock()
	for {
		e, ok, err := r.deps.Registry.Experiment(ctx, id)
		if err == nil && !ok && !time.Now().Before(deadline) {
			r.mu.Lock()
			if len(r.unknown) >= 1024 {
				clear(r.unknown)
			}
			r.unknown[id] = time.Now()
			r.mu.Unlock()
		}
		if err != nil || ok || !time.Now().Before(deadline) {
			return e, ok, err
		}
		select {
		case <-ctx.Done():
			return e, false, nil
		case <-time.After(200 * time.Millisecond):
		}
	}
}

func (r *Rollout) onRollout(msg *pubsub.Message) {
	m, ok := msg.ValidatorData.(RolloutMessage)
	from := msg.GetFrom()
	if !ok || from == r.cfg.Self {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	ps := r.peers[m.Experiment]
	if ps == nil {
		ps = map[peer.ID]PeerRollout{}
		r.peers[m.Experiment] = ps
	}
	ps[from] = PeerRollout{Peer: from.String(), Stage: m.Stage, Phase: m.Phase, InCohort: m.InCohort,
		Applied: m.Applied, Reason: m.Reason, At: r.cfg.Now().UTC()}
}

// onTelemetry keeps every node's latest (audited) report; judge picks the
// cohort's.
func (r *Rollout) onTelemetry(msg *pubsub.Message) {
	rep, ok := msg.ValidatorData.(charter.Report)
	if !ok {
		return
	}
	s := telemetrySample{at: r.cfg.Now(), metrics: make(map[string]float64, len(rep.Metrics))}
	for _, m := range rep.Metrics {
		s.metrics[m.Name] = m.Value
	}
	r.mu.Lock()
	r.samples[msg.GetFrom()] = s
	r.mu.Unlock()
}

// RolloutStatus is GET /v1/cradle/rollout and `cradle rollout status`.
type RolloutStatus struct {
	Enabled bool   `json:"enabled"`
	Reason  string `json:"reason,omitempty"`
	Self    string `json:"self,omitempty"`
	// ApplyMode says how params take effect on this node.
	ApplyMode   string              `json:"apply_mode,omitempty"`
	Experiments []ExperimentRollout `json:"experiments"`
}

// ExperimentRollout is one experiment's rollout as this node sees it.
type ExperimentRollout struct {
	ID           string             `json:"id"`
	Name         string             `json:"name,omitempty"`
	SpecSHA256   string             `json:"spec_sha256,omitempty"`
	ReportCID    string             `json:"report_cid"`
	ReportHash   string             `json:"report_hash"`
	Phase        RolloutPhase       `json:"phase"`
	Stage        int                `json:"stage"`
	Stages       int                `json:"stages"`
	StageName    string             `json:"stage_name,omitempty"`
	NodeFraction float64            `json:"node_fraction,omitempty"`
	Gate         string             `json:"gate,omitempty"`
	StageStarted time.Time          `json:"stage_started,omitzero"`
	StageEnds    time.Time          `json:"stage_ends,omitzero"`
	InCohort     bool               `json:"in_cohort"`
	Applied      bool               `json:"applied"`
	Params       Params             `json:"params,omitempty"`
	Previous     Params             `json:"previous,omitempty"`
	Live         []string           `json:"live,omitempty"`
	Restart      []string           `json:"restart,omitempty"`
	Rounds       int                `json:"rounds"`
	Held         int                `json:"held"`
	LastValues   map[string]float64 `json:"last_values,omitempty"`
	Reason       string             `json:"reason,omitempty"`
	Peers        []PeerRollout      `json:"peers"`
	History      []Transition       `json:"history"`
}

// Status reports every experiment this node follows, newest first.
func (r *Rollout) Status(ctx context.Context) any { return r.RolloutStatus() }

// RolloutStatus is Status, typed.
func (r *Rollout) RolloutStatus() RolloutStatus {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := RolloutStatus{Enabled: true, Self: r.cfg.Self.String(), ApplyMode: r.cfg.ApplyMode, Experiments: []ExperimentRollout{}}
	for id, errText := range r.fetching {
		out.Experiments = append(out.Experiments, ExperimentRollout{ID: id.Hex(), Phase: PhaseFetching, Reason: errText, Peers: []PeerRollout{}})
	}
	for _, rec := range r.records {
		x := ExperimentRollout{
			ID: rec.ID.Hex(), ReportCID: rec.ReportCID, ReportHash: rec.ReportHash.Hex(), Phase: rec.Phase,
			Stage: rec.Stage, StageStarted: rec.StageStarted, InCohort: rec.InCohort, Applied: rec.Applied,
			Previous: rec.Previous, Live: rec.Live, Restart: rec.Restart, Rounds: rec.Rounds, Held: rec.Held,
			LastValues: rec.LastValues, Reason: rec.Reason, Peers: []PeerRollout{}, History: rec.History,
		}
		if s := rec.spec; s != nil {
			x.Name, x.SpecSHA256, x.Params, x.Stages = s.ID(), s.SHA256, s.Params, len(s.Stages)
			if rec.Stage >= 0 && rec.Stage < len(s.Stages) {
				st := s.Stages[rec.Stage]
				x.StageName, x.NodeFraction, x.Gate = st.Name, st.NodeFraction, st.Gate.Source()
				if rec.Phase == PhaseRunning {
					x.StageEnds = rec.StageStarted.Add(st.Duration)
				}
			}
		}
		for _, pr := range r.peers[rec.ID] {
			x.Peers = append(x.Peers, pr)
		}
		sort.Slice(x.Peers, func(i, j int) bool { return x.Peers[i].Peer < x.Peers[j].Peer })
		out.Experiments = append(out.Experiments, x)
	}
	sort.Slice(out.Experiments, func(i, j int) bool {
		a, b := out.Experiments[i], out.Experiments[j]
		if a.StageStarted.Equal(b.StageStarted) {
			return a.ID < b.ID
		}
		return a.StageStarted.After(b.StageStarted)
	})
	return out
}

func paramsEqual(a, b Params) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Name != b[i].Name || a[i].Value.String() != b[i].Value.String() {
			return false
		}
	}
	return true
}

func paramString(ps Params) string {
	var b bytes.Buffer
	for i, p := range ps {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s=%s", p.Name, p.Value)
	}
	return b.String()
}

func formatValues(v map[string]float64) string {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%.4g", k, v[k])
	}
	if len(parts) == 0 {
		return "no values"
	}
	return strings.Join(parts, " ")
}

func shortPeer(p peer.ID) string {
	s := p.String()
	if len(s) > 12 {
		return s[len(s)-12:]
	}
	return s
}

// ErrSpecUnknown is returned by CohortMember for an experiment whose approved spec this node
// has not fetched and checked (yet).
var ErrSpecUnknown = errors.New("the experiment's approved spec is not known here yet")

// CohortMember reports whether p was in the cohort of an approved experiment's stage, from the
// spec this node fetched and checked against the registry: what lets any node verify a
// peer's claim to have taken part in a stage.
func (r *Rollout) CohortMember(_ context.Context, experiment common.Hash, stage int, p peer.ID) (bool, error) {
	r.mu.Lock()
	rec := r.records[experiment]
	var spec *Spec
	if rec != nil {
		spec = rec.spec
	}
	r.mu.Unlock()
	if spec == nil {
		return false, fmt.Errorf("experiment %s: %w", experiment.Hex(), ErrSpecUnknown)
	}
	if stage < 0 || stage >= len(spec.Stages) {
		return false, nil
	}
	return InCohort(experiment.Hex(), p.String(), spec.Stages[stage].NodeFraction), nil
}
