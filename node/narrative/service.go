package narrative

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/x0tta6bl4/westworld/p2p"
	"github.com/x0tta6bl4/westworld/storage"
)

// Topic is the narrative gossip topic.
const Topic = p2p.TopicNarrative

// ErrNotStarted is returned before Start and after Close.
var ErrNotStarted = errors.New("narrative: not started")

// Gossip is what the service needs of gossipsub.
type Gossip interface {
	Publish(ctx context.Context, topic string, data []byte, minPeers int) error
	SetValidator(topic string, v p2p.Validator) error
	Handle(topic string, fn p2p.Handler) error
}

// Source finds contributions of other peers this node can vouch for (votes
// its chain watcher read, pins its refuge holds acknowledgements of). The
// service signs, stores and gossips what it returns, skipping what is
// already attested.
type Source interface {
	Name() string
	Scan(ctx context.Context, now time.Time) ([]Evidence, error)
}

// VoteVerifier checks a vote against the chain: ok false with a nil error
// means "not (yet) seen on chain".
type VoteVerifier func(ctx context.Context, voter [20]byte, ref string, tx [32]byte) (ok bool, err error)

// Config configures the service.
type Config struct {
	Params Params
	// Charter is the active charter (nil: no charter rules).
	Charter func() Policy
	// Storylines are the quests offered.
	Storylines []*Storyline
	// Tick is how often (in real time) the service sends its heartbeat,
	// closes windows and recomputes scores.
	Tick time.Duration
	// ScanEvery is how often Sources are scanned.
	ScanEvery time.Duration
	// AnnounceEvery is how often this node re-announces the one-off evidence
	// it attested (votes, pins, duties, bindings), for nodes that were away
	// or whose chain was behind.
	AnnounceEvery time.Duration
	// AppWeight bounds the gossipsub application score: a peer at the
	// maximum reputation gets +AppWeight.
	AppWeight float64
	// Connected says whether this node is connected to a peer now.
	Connected func(peer.ID) bool
	// GossipScore is this node's gossipsub score of a peer.
	GossipScore func(peer.ID) float64
	// VerifyVote, when set, checks vote evidence against the chain.
	VerifyVote VoteVerifier
	// Manifests looks up refuge manifests to check pin and guardian
	// evidence against (nil: such evidence is not verifiable here).
	Manifests Manifests
	// VerifyCradle checks completed rollout stages against the chain (nil:
	// no chain, such evidence is not on chain here).
	VerifyCradle CradleVerifier
	Sources      []Source
	// Host, when set, serves and runs evidence sync (SyncProtocol).
	Host host.Host
	// SyncEvery is how often evidence is pulled from a few peers.
	SyncEvery  time.Duration
	Now        func() time.Time
	Logger     *slog.Logger
	Registerer prometheus.Registerer
}

func (c *Config) defaults() {
	if c.Params.Window <= 0 {
		c.Params = DefaultParams()
	}
	if c.Tick <= 0 {
		c.Tick = min(time.Minute, c.Params.Window/6)
	}
	if c.ScanEvery <= 0 {
		c.ScanEvery = time.Minute
	}
	if c.AnnounceEvery <= 0 {
		c.AnnounceEvery = 30 * time.Minute
	}
	if c.SyncEvery <= 0 {
		c.SyncEvery = 10 * time.Minute
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Connected == nil {
		c.Connected = func(peer.ID) bool { return false }
	}
	if c.GossipScore == nil {
		c.GossipScore = func(peer.ID) float64 { return 0 }
	}
}

// Service is the narrative component of a node.
type Service struct {
	cfg    Config
	key    crypto.PrivKey
	self   peer.ID
	gossip Gossip
	ns     *storage.Namespace
	log    *slog.Logger

	mu    sync.Mutex
	items map[[32]byte]Evidence
	// attested indexes one-off evidence by what it says, with who said it.
	attested map[claimKey][]peer.ID
	// heard is, per window, the peers whose heartbeat reached us directly.
	heard map[uint64]map[peer.ID]bool
	// curWindow is the window of the last beat.
	curWindow uint64
	// beats counts ticks since the last heartbeat, sent in beatWindow (loop
	// goroutine only).
	beats      int
	beatWindow uint64
	rejects    map[string]int
	mine       map[[32]byte]bool
	// pending holds votes our chain has not indexed yet, re-checked every
	// tick until maxPendingAge.
	pending map[[32]byte]pendingItem
	// missing is when a refuge manifest was last looked up in vain: items
	// about it are not verifiable until missingFor passes, without another
	// fetch (anyone can sign acknowledgements for made-up manifests).
	missing map[string]time.Time
	// served is when each peer last synced from us; syncedTo is the time of
	// our last successful sync.
	served   map[peer.ID]time.Time
	syncedTo time.Time

	result atomic.Pointer[Result]
	dirty  atomic.Bool

	ctx    context.Context
	cancel context.CancelFunc
	kick   chan struct{}
	wg     sync.WaitGroup

	accepted *prometheus.CounterVec
	rejected *prometheus.CounterVec
}

type pendingItem struct {
	e     Evidence
	since time.Time
}

// heartbeatTicks is how many ticks apart heartbeats are within a window.
const heartbeatTicks = 5

// Pending votes: how many are held, and for how long (real time).
const (
	maxPending    = 4096
	maxPendingAge = 10 * time.Minute
)

type claimKey struct {
	kind   Kind
	subj   peer.ID
	ref    string
	amount int64
}

func claimOf(e *Evidence) claimKey {
	k := claimKey{kind: e.Kind, subj: e.Subject, ref: e.Ref}
	if e.Kind == KindGuardian {
		k.amount = e.Amount
	}
	return k
}

var evPrefix = []byte("ev/")

// New builds the service; key is the node's libp2p identity, which signs
// what this node attests.
func New(cfg Config, key crypto.PrivKey, g Gossip, ns *storage.Namespace) (*Service, error) {
	cfg.defaults()
	if key == nil || g == nil || ns == nil {
		return nil, errors.New("narrative: key, gossip and storage are required")
	}
	self, err := peer.IDFromPrivateKey(key)
	if err != nil {
		return nil, fmt.Errorf("narrative: %w", err)
	}
	s := &Service{
		cfg: cfg, key: key, self: self, gossip: g, ns: ns, log: cfg.Logger.With("component", "narrative"),
		items: map[[32]byte]Evidence{}, attested: map[claimKey][]peer.ID{}, heard: map[uint64]map[peer.ID]bool{},
		mine: map[[32]byte]bool{}, rejects: map[string]int{}, kick: make(chan struct{}, 1),
		pending: map[[32]byte]pendingItem{}, served: map[peer.ID]time.Time{}, missing: map[string]time.Time{},
		accepted: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "westworld_narrative_evidence_accepted_total",
			Help: "Narrative evidence items accepted and stored, by kind.",
		}, []string{"kind"}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "westworld_narrative_evidence_rejected_total",
			Help: "Narrative evidence items rejected, by reason (never scored).",
		}, []string{"reason"}),
	}
	if cfg.Registerer != nil {
		for _, c := range []prometheus.Collector{s.accepted, s.rejected} {
			if err := cfg.Registerer.Register(c); err != nil {
				return nil, fmt.Errorf("narrative metrics: %w", err)
			}
		}
	}
	return s, nil
}

// Self is this node's peer ID.
func (s *Service) Self() peer.ID { return s.self }

// Params are the reputation rules in force.
func (s *Service) Params() Params { return s.cfg.Params }

// Start loads stored evidence, installs the topic validator and starts the
// heartbeat loop.
func (s *Service) Start(ctx context.Context) error {
	if err := s.load(); err != nil {
		return err
	}
	s.ctx, s.cancel = context.WithCancel(context.WithoutCancel(ctx))
	s.curWindow = s.cfg.Params.WindowOf(s.cfg.Now())
	s.recompute()
	if err := s.gossip.SetValidator(Topic, s.validate); err != nil {
		return err
	}
	if err := s.gossip.Handle(Topic, s.handle); err != nil {
		return err
	}
	if s.cfg.Host != nil {
		s.cfg.Host.SetStreamHandler(SyncProtocol, s.serveSync)
	}
	s.wg.Add(1)
	go s.run()
	return nil
}

// Close stops the loop.
func (s *Service) Close() error {
	if s.cancel == nil {
		return nil
	}
	if s.cfg.Host != nil {
		s.cfg.Host.RemoveStreamHandler(SyncProtocol)
	}
	s.cancel()
	s.wg.Wait()
	return nil
}

func (s *Service) load() error {
	now := s.cfg.Now()
	var stale [][]byte
	err := s.ns.Iterate(evPrefix, func(k, v []byte) error {
		e, err := UnmarshalEvidence(v)
		if err != nil {
			return fmt.Errorf("stored evidence %x: %w", k, err)
		}
		if (e.Kind != KindWallet && e.Time.Before(now.Add(-s.cfg.Params.MaxAge))) || unproven(&e) {
			stale = append(stale, slices.Clone(k))
			return nil
		}
		s.addLocked(e)
		if e.Attester == s.self {
			s.mine[e.ID()] = true
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("load narrative evidence: %w", err)
	}
	if len(stale) > 0 {
		err = s.ns.Update(func(tx *storage.Tx) error {
			for _, k := range stale {
				if err := tx.Delete(k); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("prune narrative evidence: %w", err)
		}
	}
	s.log.Debug("narrative evidence loaded", "items", len(s.items), "pruned", len(stale))
	return nil
}

func (s *Service) addLocked(e Evidence) bool {
	id := e.ID()
	if _, ok := s.items[id]; ok {
		return false
	}
	s.items[id] = e
	if !e.Kind.Windowed() {
		k := claimOf(&e)
		s.attested[k] = append(s.attested[k], e.Attester)
	}
	return true
}

// store keeps new items (already checked) and marks scores dirty.
func (s *Service) store(items []Evidence) ([]Evidence, error) {
	s.mu.Lock()
	var fresh []Evidence
	for _, e := range items {
		if _, ok := s.items[e.ID()]; ok {
			continue
		}
		fresh = append(fresh, e)
	}
	s.mu.Unlock()
	if len(fresh) == 0 {
		return nil, nil
	}
	err := s.ns.Update(func(tx *storage.Tx) error {
		for i := range fresh {
			b, err := MarshalEvidence(&fresh[i])
			if err != nil {
				return err
			}
			id := fresh[i].ID()
			if err := tx.Put(append(slices.Clone(evPrefix), id[:]...), b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store narrative evidence: %w", err)
	}
	s.mu.Lock()
	var added []Evidence
	for _, e := range fresh {
		if s.addLocked(e) {
			added = append(added, e)
			s.accepted.WithLabelValues(e.Kind.String()).Inc()
		}
	}
	s.mu.Unlock()
	s.dirty.Store(true)
	return added, nil
}

func (s *Service) policy() Policy {
	if s.cfg.Charter == nil {
		return nil
	}
	return s.cfg.Charter()
}

// checkItem is Check plus what needs the node: duplicates and the chain.
func (s *Service) checkItem(ctx context.Context, e *Evidence, now time.Time) (dup bool, err error) {
	s.mu.Lock()
	_, dup = s.items[e.ID()]
	s.mu.Unlock()
	if dup {
		return true, nil
	}
	if err := Check(e, now, s.policy(), s.cfg.Params); err != nil {
		return false, err
	}
	if e.Kind == KindVote {
		// A vote is only as good as the chain that shows it: a node with no chain
		// cannot tell a real one from a made-up one, so it does not score it.
		if s.cfg.VerifyVote == nil {
			return false, reject(ReasonNotOnChain, "no chain here to find the vote on %s", e.Ref)
		}
		voter, tx, _ := ParseVoteProof(e.Proof)
		ok, err := s.cfg.VerifyVote(ctx, voter, e.Ref, tx)
		if err != nil {
			return false, fmt.Errorf("%w: verify vote: %v", p2p.ErrIgnore, err)
		}
		if !ok {
			return false, reject(ReasonNotOnChain, "no vote by %x on %s in transaction %x on chain", voter, e.Ref, tx)
		}
	}
	switch e.Kind {
	case KindRefugePin, KindGuardian:
		if err := s.verifyRefuge(ctx, e); err != nil {
			return false, err
		}
	case KindCradle:
		if s.cfg.VerifyCradle == nil {
			return false, reject(ReasonNotOnChain, "no chain here to find experiment stage %s", e.Ref)
		}
		x, stage, _ := ParseCradleRef(e.Ref)
		if err := s.cfg.VerifyCradle(ctx, x, stage, e.Subject); err != nil {
			if ReasonOf(err) == "" {
				return false, fmt.Errorf("%w: verify rollout stage: %v", p2p.ErrIgnore, err)
			}
			return false, err
		}
	}
	return false, nil
}

// unproven is stored evidence of an older version, from before refuge and
// cradle items carried their proof: peers now reject it, so it is neither
// scored nor re-announced.
func unproven(e *Evidence) bool {
	switch e.Kind {
	case KindRefugePin, KindGuardian:
		_, err := checkRefugeProof(e)
		return err != nil
	case KindCradle:
		return checkCradle(e) != nil
	}
	return false
}

// Manifest lookups: one is bounded by manifestTimeout (a manifest this node
// lacks is fetched from IPFS); one that failed is not tried again for
// missingFor. The item is held and looked at again meanwhile.
const (
	manifestTimeout = 5 * time.Second
	missingFor      = time.Minute
	maxMissing      = 1024
)

// verifyRefuge is VerifyRefuge with this node's manifests, remembering the
// ones it could not find.
func (s *Service) verifyRefuge(ctx context.Context, e *Evidence) error {
	s.mu.Lock()
	at, miss := s.missing[e.Ref]
	s.mu.Unlock()
	if miss && time.Since(at) < missingFor {
		if _, err := checkRefugeProof(e); err != nil {
			return err
		}
		return reject(ReasonNotVerifiable, "manifest %s was not found %s ago", e.Ref, time.Since(at).Round(time.Second))
	}
	mctx, cancel := context.WithTimeout(ctx, manifestTimeout)
	defer cancel()
	err := VerifyRefuge(mctx, e, s.cfg.Manifests)
	if ReasonOf(err) == ReasonNotVerifiable && s.cfg.Manifests != nil {
		s.mu.Lock()
		if len(s.missing) >= maxMissing {
			clear(s.missing)
		}
		s.missing[e.Ref] = time.Now()
		s.mu.Unlock()
	} else if miss {
		s.mu.Lock()
		delete(s.missing, e.Ref)
		s.mu.Unlock()
	}
	return err
}

// heldBack says whether a rejection may be temporary: the chain or the
// manifest this node needs may arrive later. Such items are held and looked
// at again (recheck), never scored meanwhile.
func heldBack(err error) bool {
	r := ReasonOf(err)
	return r == ReasonNotOnChain || r == ReasonNotVerifiable
}

func (s *Service) countReject(err error) {
	r := ReasonOf(err)
	if r == "" {
		r = "unverified"
	}
	s.reason(r)
}

func (s *Service) reason(r Reason) {
	s.rejected.WithLabelValues(string(r)).Inc()
	s.mu.Lock()
	s.rejects[string(r)]++
	s.mu.Unlock()
}

// validate is the topic validator: heartbeats must be for the current
// window (or the one just closed), and every item of a batch must pass its
// checks; a batch of nothing new is ignored.
func (s *Service) validate(ctx context.Context, msg *pubsub.Message) error {
	m, err := DecodeMessage(msg.Data)
	if err != nil {
		s.countReject(err)
		return err
	}
	now := s.cfg.Now()
	if m.Heartbeat != nil {
		w := s.cfg.Params.WindowOf(now)
		if m.Heartbeat.Window != w && m.Heartbeat.Window+1 != w {
			return fmt.Errorf("%w: heartbeat for window %d, now %d", p2p.ErrIgnore, m.Heartbeat.Window, w)
		}
		msg.ValidatorData = m
		return nil
	}
	// One budget per message for manifest lookups, however many items it
	// carries: what does not fit is held.
	ctx, cancel := context.WithTimeout(ctx, 2*manifestTimeout)
	defer cancel()
	var fresh []Evidence
	for i := range m.Items {
		e := &m.Items[i]
		dup, err := s.checkItem(ctx, e, now)
		if err != nil {
			if errors.Is(err, p2p.ErrIgnore) {
				return err
			}
			if !heldBack(err) {
				s.countReject(err)
			} else {
				// Our chain may be behind the attester's, or the manifest
				// not here yet: hold the item and look again as they
				// arrive; no blame meanwhile.
				s.hold(*e)
				continue
			}
			return fmt.Errorf("evidence %d of %d (%s about %s by %s): %w", i+1, len(m.Items), e.Kind, e.Subject, e.Attester, err)
		}
		if dup {
			s.reason(ReasonReplayed)
			continue
		}
		fresh = append(fresh, *e)
	}
	if len(fresh) == 0 && msg.GetFrom() != s.self {
		return fmt.Errorf("%w: nothing new", p2p.ErrIgnore)
	}
	m.Items = fresh
	msg.ValidatorData = m
	return nil
}

func (s *Service) hold(e Evidence) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.pending) < maxPending {
		if _, ok := s.pending[e.ID()]; !ok {
			s.pending[e.ID()] = pendingItem{e: e, since: time.Now()}
		}
	}
}

// recheck looks again at held votes; what the chain now shows is stored.
func (s *Service) recheck() {
	s.mu.Lock()
	held := make([]pendingItem, 0, len(s.pending))
	for _, p := range s.pending {
		held = append(held, p)
	}
	s.mu.Unlock()
	if len(held) == 0 {
		return
	}
	now := s.cfg.Now()
	// Bounded like a message: the loop must get back to its beat.
	ctx, cancel := context.WithTimeout(s.ctx, 2*manifestTimeout)
	defer cancel()
	var ok []Evidence
	for _, p := range held {
		_, err := s.checkItem(ctx, &p.e, now)
		keep := err != nil && (heldBack(err) || errors.Is(err, p2p.ErrIgnore)) && time.Since(p.since) < maxPendingAge
		if err == nil {
			ok = append(ok, p.e)
		} else if !keep {
			s.countReject(err)
		}
		if !keep {
			s.mu.Lock()
			delete(s.pending, p.e.ID())
			s.mu.Unlock()
		}
	}
	if _, err := s.store(ok); err != nil {
		s.log.Error("store evidence", "err", err)
	}
}

func (s *Service) handle(msg *pubsub.Message) {
	m, ok := msg.ValidatorData.(Message)
	if !ok {
		return
	}
	from := msg.GetFrom()
	if m.Heartbeat != nil {
		// Only a heartbeat the sender gave us itself shows we are connected
		// to it and receive its gossip.
		if from == s.self || msg.ReceivedFrom != from {
			return
		}
		s.mu.Lock()
		hw := s.heard[m.Heartbeat.Window]
		if hw == nil {
			hw = map[peer.ID]bool{}
			s.heard[m.Heartbeat.Window] = hw
		}
		hw[from] = true
		s.mu.Unlock()
		return
	}
	if _, err := s.store(m.Items); err != nil {
		s.log.Error("store evidence", "err", err)
	}
}

func (s *Service) run() {
	defer s.wg.Done()
	tick := time.NewTicker(s.cfg.Tick)
	defer tick.Stop()
	var lastScan, lastAnnounce, lastSync time.Time
	lastAnnounce = time.Now()
	for {
		// The first sync as soon as we have peers, then every SyncEvery.
		if s.cfg.Host != nil && time.Since(lastSync) >= s.cfg.SyncEvery && len(s.cfg.Host.Network().Peers()) > 0 {
			lastSync = time.Now()
			s.syncPeers(3)
		}
		s.beat()
		s.recheck()
		if time.Since(lastScan) >= s.cfg.ScanEvery {
			lastScan = time.Now()
			s.scan()
		}
		if time.Since(lastAnnounce) >= s.cfg.AnnounceEvery {
			lastAnnounce = time.Now()
			s.announce()
		}
		if s.dirty.Swap(false) || s.result.Load().At.Before(s.cfg.Params.WindowStart(s.cfg.Params.WindowOf(s.cfg.Now()))) {
			s.recompute()
		}
		select {
		case <-s.ctx.Done():
			return
		case <-tick.C:
		case <-s.kick:
			lastScan = time.Time{}
		}
	}
}

// beat sends this node's heartbeat and attests the window that closed.
func (s *Service) beat() {
	now := s.cfg.Now()
	w := s.cfg.Params.WindowOf(now)
	// A heartbeat when a window opens, then every heartbeatTicks ticks: a
	// few per window are enough, and every tick would flood the topic.
	s.beats++
	if w != s.beatWindow || s.beats >= heartbeatTicks {
		s.beats, s.beatWindow = 0, w
		if data, err := EncodeHeartbeat(Heartbeat{Window: w, Time: now}); err == nil {
			if err := s.gossip.Publish(s.ctx, Topic, data, 0); err != nil && s.ctx.Err() == nil {
				s.log.Debug("publish heartbeat", "err", err)
			}
		}
	}
	s.mu.Lock()
	if w <= s.curWindow {
		s.mu.Unlock()
		return
	}
	// The window before w closed: vouch for every peer heard in it.
	closed := w - 1
	s.curWindow = w
	var peers []peer.ID
	for p := range s.heard[closed] {
		peers = append(peers, p)
	}
	for hw := range s.heard {
		if hw+1 < w {
			delete(s.heard, hw)
		}
	}
	s.mu.Unlock()
	slices.SortFunc(peers, func(a, b peer.ID) int { return strings.Compare(string(a), string(b)) })
	var items []Evidence
	for _, p := range peers {
		if !s.cfg.Connected(p) {
			continue // heard, but gone: we vouch only for peers still with us
		}
		items = append(items, Evidence{Kind: KindUptime, Subject: p, Time: now, Window: closed})
		score := s.cfg.GossipScore(p)
		items = append(items, Evidence{Kind: KindGossip, Subject: p, Time: now, Window: closed, Amount: int64(score * 1000)})
	}
	if err := s.attest(s.ctx, items); err != nil && s.ctx.Err() == nil {
		s.log.Warn("attest window", "window", closed, "err", err)
	}
	// Gossip loses messages now and then; sending our attestations of the
	// two windows before once more repairs most of it (receivers drop what
	// they hold before checking a signature).
	s.mu.Lock()
	var again []Evidence
	for id := range s.mine {
		if e := s.items[id]; e.Kind.Windowed() && e.Window+2 >= closed && e.Window < closed {
			again = append(again, e)
		}
	}
	s.mu.Unlock()
	if len(again) > 0 {
		slices.SortFunc(again, func(a, b Evidence) int { return compareEvidence(&a, &b) })
		if err := s.publish(s.ctx, again); err != nil && s.ctx.Err() == nil {
			s.log.Debug("re-announce attestations", "err", err)
		}
	}
}

// attest signs claims about other peers as this node, stores and gossips
// them.
func (s *Service) attest(ctx context.Context, claims []Evidence) error {
	if len(claims) == 0 {
		return nil
	}
	signed := make([]Evidence, 0, len(claims))
	for _, c := range claims {
		if err := c.Sign(s.key); err != nil {
			return err
		}
		signed = append(signed, c)
	}
	return s.Submit(ctx, signed)
}

// Submit checks, stores and gossips evidence signed elsewhere (a wallet
// binding made by the operator's CLI) or by this node.
func (s *Service) Submit(ctx context.Context, items []Evidence) error {
	now := s.cfg.Now()
	var ok []Evidence
	for i := range items {
		e := &items[i]
		dup, err := s.checkItem(ctx, e, now)
		if err != nil {
			s.countReject(err)
			return fmt.Errorf("evidence %s about %s: %w", e.Kind, e.Subject, err)
		}
		if !dup {
			ok = append(ok, *e)
		}
	}
	// Publish first: our own validator refuses what we already hold.
	if err := s.publish(ctx, ok); err != nil {
		return err
	}
	if _, err := s.store(ok); err != nil {
		return err
	}
	s.mu.Lock()
	for _, e := range ok {
		if e.Attester == s.self {
			s.mine[e.ID()] = true
		}
	}
	s.mu.Unlock()
	return nil
}

func (s *Service) publish(ctx context.Context, items []Evidence) error {
	for len(items) > 0 {
		n := min(len(items), MaxBatch)
		data, err := EncodeBatch(items[:n])
		if err != nil {
			return err
		}
		if err := s.gossip.Publish(ctx, Topic, data, 0); err != nil {
			return err
		}
		items = items[n:]
	}
	return nil
}

// scan asks every source for claims and attests those not yet attested by
// this node or by an established peer.
func (s *Service) scan() {
	now := s.cfg.Now()
	res := s.result.Load()
	for _, src := range s.cfg.Sources {
		claims, err := src.Scan(s.ctx, now)
		if err != nil {
			if s.ctx.Err() == nil {
				s.log.Debug("narrative source", "source", src.Name(), "err", err)
			}
			continue
		}
		var toAttest []Evidence
		s.mu.Lock()
		for _, c := range claims {
			if c.Subject == s.self || c.Subject == "" {
				continue
			}
			if c.Time.IsZero() {
				c.Time = now
			} else if c.Time.After(now) {
				// Dated by its proof (another clock): attest it later, as
				// dated, rather than redate it.
				continue
			}
			covered := false
			for _, a := range s.attested[claimOf(&c)] {
				if _, est := res.Established[a]; a == s.self || est {
					covered = true
					break
				}
			}
			if !covered {
				toAttest = append(toAttest, c)
			}
		}
		s.mu.Unlock()
		if err := s.attest(s.ctx, toAttest); err != nil && s.ctx.Err() == nil {
			s.log.Debug("attest", "source", src.Name(), "err", err)
		}
	}
}

// announce re-publishes the one-off evidence this node attested.
func (s *Service) announce() {
	s.mu.Lock()
	var items []Evidence
	for id := range s.mine {
		if e, ok := s.items[id]; ok && !e.Kind.Windowed() {
			items = append(items, e)
		}
	}
	s.mu.Unlock()
	slices.SortFunc(items, func(a, b Evidence) int { return compareEvidence(&a, &b) })
	if err := s.publish(s.ctx, items); err != nil && s.ctx.Err() == nil {
		s.log.Debug("re-announce evidence", "err", err)
	}
}

// Heard is the window of the service's last beat and how many peers'
// heartbeats reached it directly in that window.
func (s *Service) Heard() (window uint64, peers int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.curWindow, len(s.heard[s.curWindow])
}

// Kick makes the loop scan its sources now (the chain watcher indexed a
// vote).
func (s *Service) Kick() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

func (s *Service) recompute() *Result {
	s.mu.Lock()
	items := make([]Evidence, 0, len(s.items))
	for _, e := range s.items {
		items = append(items, e)
	}
	s.mu.Unlock()
	r := Compute(items, s.cfg.Now(), s.cfg.Params)
	s.result.Store(r)
	return r
}

// Result is the latest reputation of every peer, recomputed if evidence
// arrived since.
func (s *Service) Result() *Result {
	if s.dirty.Swap(false) || s.result.Load() == nil {
		return s.recompute()
	}
	return s.result.Load()
}

// Recompute recomputes scores now, at the service's clock.
func (s *Service) Recompute() *Result {
	s.dirty.Store(false)
	return s.recompute()
}

// AppScore is the application-specific part of a peer's gossipsub score:
// AppWeight × reputation / maximum, so within [0, AppWeight]. It reads the
// last computed result and never blocks on a recompute.
func (s *Service) AppScore(p peer.ID) float64 {
	r := s.result.Load()
	if r == nil || s.cfg.AppWeight <= 0 {
		return 0
	}
	sc, ok := r.Scores[p]
	if !ok {
		return 0
	}
	m := s.cfg.Params.MaxScore()
	if m <= 0 {
		return 0
	}
	return s.cfg.AppWeight * min(1, max(0, sc.Total/m))
}

// Quests is a peer's progress through every storyline.
func (s *Service) Quests(p peer.ID) []StorylineProgress {
	r := s.Result()
	out := []StorylineProgress{}
	for _, sl := range s.cfg.Storylines {
		out = append(out, sl.Progress(r.Score(p), r.At))
	}
	return out
}

// Evidence is the stored evidence about a peer, in canonical order.
func (s *Service) Evidence(p peer.ID) []Evidence {
	s.mu.Lock()
	var out []Evidence
	for _, e := range s.items {
		if e.Subject == p {
			out = append(out, e)
		}
	}
	s.mu.Unlock()
	slices.SortFunc(out, func(a, b Evidence) int { return compareEvidence(&a, &b) })
	return out
}

// All is every stored item (for tests and export).
func (s *Service) All() []Evidence {
	s.mu.Lock()
	out := make([]Evidence, 0, len(s.items))
	for _, e := range s.items {
		out = append(out, e)
	}
	s.mu.Unlock()
	slices.SortFunc(out, func(a, b Evidence) int { return compareEvidence(&a, &b) })
	return out
}

// Stats counts stored evidence by kind.
func (s *Service) Stats() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]int{}
	for _, e := range s.items {
		out[e.Kind.String()]++
	}
	return out
}

// Rejected counts rejections by reason since start.
func (s *Service) Rejected() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]int, len(s.rejects))
	for k, v := range s.rejects {
		out[k] = v
	}
	return out
}
