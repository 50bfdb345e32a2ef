package enforce

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/time/rate"

	"github.com/x0tta6bl4/westworld/p2p"
	"github.com/x0tta6bl4/westworld/storage"
)

// Entry is one stored enforcement decision.
type Entry struct {
	Target  Target    `json:"target"`
	Kind    Kind      `json:"kind"`
	Until   time.Time `json:"until"`
	PPS     uint32    `json:"pps,omitempty"`
	Source  Source    `json:"source"`
	Created time.Time `json:"created"`
}

// Config configures the Manager.
type Config struct {
	// Now is the clock expiries are judged by; nil is time.Now.
	Now func() time.Time
	// Sweep is how often expired entries are removed from the store.
	Sweep  time.Duration
	Logger *slog.Logger
}

// Host is what the Manager needs of the libp2p host.
type Host interface {
	ID() peer.ID
	Gater() *p2p.Gater
	ClosePeer(peer.ID) error
	IsBootstrap(peer.ID) bool
}

// Manager is the userspace enforcer: the connection gater refuses and drops
// suspended peers and prefixes, and a token bucket per rate-limited peer
// caps how many of its gossip messages are accepted. Entries live in Badger
// and are replayed on start.
type Manager struct {
	cfg  Config
	ns   *storage.Namespace
	host Host
	log  *slog.Logger

	mu       sync.Mutex
	entries  map[string]Entry
	limiters map[peer.ID]*rate.Limiter

	dropped *prometheus.CounterVec
	active  *prometheus.GaugeVec

	stop context.CancelFunc
	wg   sync.WaitGroup
}

var _ Enforcer = (*Manager)(nil)

const entryPrefix = "entry/"

// New loads the stored entries and applies the live ones to the gater.
func New(cfg Config, ns *storage.Namespace, h Host) (*Manager, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Sweep <= 0 {
		cfg.Sweep = time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	m := &Manager{
		cfg: cfg, ns: ns, host: h, log: cfg.Logger.With("component", "enforce"),
		entries:  map[string]Entry{},
		limiters: map[peer.ID]*rate.Limiter{},
		dropped: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "westworld_enforce_messages_dropped_total",
			Help: "Gossip messages not accepted because their sender is suspended or over its rate limit.",
		}, []string{"kind"}),
		active: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "westworld_enforce_entries",
			Help: "Active enforcement entries by kind.",
		}, []string{"kind"}),
	}
	now := cfg.Now()
	var expired [][]byte
	err := ns.Iterate([]byte(entryPrefix), func(k, v []byte) error {
		var e Entry
		if err := json.Unmarshal(v, &e); err != nil {
			return fmt.Errorf("stored enforcement entry %s: %w", k, err)
		}
		if !now.Before(e.Until) {
			expired = append(expired, slices.Clone(k))
			return nil
		}
		m.entries[string(k[len(entryPrefix):])] = e
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load enforcement entries: %w", err)
	}
	for _, k := range expired {
		if err := ns.Delete(k); err != nil {
			return nil, err
		}
	}
	for _, e := range m.entries {
		m.install(e)
	}
	m.updateGauges()
	return m, nil
}

// Collectors returns the Manager's metrics.
func (m *Manager) Collectors() []prometheus.Collector {
	return []prometheus.Collector{m.dropped, m.active}
}

// Start removes expired entries in the background.
func (m *Manager) Start(ctx context.Context) error {
	ctx, m.stop = context.WithCancel(context.WithoutCancel(ctx))
	m.wg.Add(1)
	go func() {
		defer m.wg.Done()
		t := time.NewTicker(m.cfg.Sweep)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				m.sweep()
			}
		}
	}()
	return nil
}

// Close stops the sweeper.
func (m *Manager) Close() error {
	if m.stop != nil {
		m.stop()
	}
	m.wg.Wait()
	return nil
}

func entryKey(t Target, k Kind) string { return string(k) + "/" + t.String() }

// Apply enforces p and stores it.
func (m *Manager) Apply(ctx context.Context, p Penalty) error {
	if err := m.check(p); err != nil {
		return err
	}
	e := Entry{Target: p.Target, Kind: p.Kind, Until: p.Until, PPS: p.PPS, Source: p.Source, Created: m.cfg.Now()}
	key := entryKey(p.Target, p.Kind)
	v, err := json.Marshal(e)
	if err != nil {
		return err
	}
	if err := m.ns.Put([]byte(entryPrefix+key), v); err != nil {
		return fmt.Errorf("store enforcement entry: %w", err)
	}
	m.mu.Lock()
	if old, ok := m.entries[key]; ok && old.Until.After(e.Until) && old.Source.Kind == "violation" && e.Source.Kind == "violation" {
		// A repeated violation never shortens a running penalty.
		e.Until = old.Until
	}
	m.entries[key] = e
	m.mu.Unlock()
	m.install(e)
	m.updateGauges()
	m.log.Info("penalty applied", "target", p.Target.String(), "kind", p.Kind, "until", e.Until,
		"pps", p.PPS, "source", p.Source.Kind, "ref", p.Source.Ref, "reason", p.Source.Reason)
	return nil
}

func (m *Manager) check(p Penalty) error {
	if p.Target.Peer == "" && !p.Target.Prefix.IsValid() {
		return fmt.Errorf("%w: no peer or prefix", ErrInvalid)
	}
	if p.Target.Peer != "" && p.Target.Prefix.IsValid() {
		return fmt.Errorf("%w: both a peer and a prefix", ErrInvalid)
	}
	switch p.Kind {
	case KindSuspend:
	case KindRateLimit:
		if p.PPS == 0 {
			return fmt.Errorf("%w: a rate limit needs pps > 0", ErrInvalid)
		}
		if p.Target.Peer == "" {
			return fmt.Errorf("%w: rate limits apply to peers", ErrInvalid)
		}
	default:
		return fmt.Errorf("%w: kind %q", ErrInvalid, p.Kind)
	}
	if !p.Until.After(m.cfg.Now()) {
		return fmt.Errorf("%w: the end time has passed", ErrInvalid)
	}
	if !p.Force && p.Target.Peer != "" && (p.Target.Peer == m.host.ID() || m.host.IsBootstrap(p.Target.Peer)) {
		return fmt.Errorf("%s: %w", p.Target.Peer, ErrProtected)
	}
	return nil
}

// install puts an entry into effect in the gater and limiters.
func (m *Manager) install(e Entry) {
	g := m.host.Gater()
	switch {
	case e.Kind == KindSuspend && e.Target.Peer != "":
		g.BlockPeer(e.Target.Peer, e.Until)
		_ = m.host.ClosePeer(e.Target.Peer)
	case e.Kind == KindSuspend:
		g.BlockPrefix(e.Target.Prefix, e.Until)
	case e.Kind == KindRateLimit:
		m.mu.Lock()
		m.limiters[e.Target.Peer] = rate.NewLimiter(rate.Limit(e.PPS), int(max(e.PPS, 1)))
		m.mu.Unlock()
	}
}

// Lift removes every entry for t.
func (m *Manager) Lift(ctx context.Context, t Target) error {
	found := false
	for _, k := range []Kind{KindSuspend, KindRateLimit} {
		key := entryKey(t, k)
		m.mu.Lock()
		_, ok := m.entries[key]
		m.mu.Unlock()
		if !ok {
			continue
		}
		if err := m.ns.Delete([]byte(entryPrefix + key)); err != nil {
			return err
		}
		m.remove(key)
		found = true
	}
	if !found {
		return fmt.Errorf("%s: %w", t, ErrNotFound)
	}
	m.updateGauges()
	m.log.Info("penalty lifted", "target", t.String())
	return nil
}

func (m *Manager) remove(key string) {
	m.mu.Lock()
	e, ok := m.entries[key]
	delete(m.entries, key)
	if ok && e.Kind == KindRateLimit {
		delete(m.limiters, e.Target.Peer)
	}
	m.mu.Unlock()
	if !ok || e.Kind != KindSuspend {
		return
	}
	if e.Target.Peer != "" {
		m.host.Gater().UnblockPeer(e.Target.Peer)
	} else {
		m.host.Gater().UnblockPrefix(e.Target.Prefix)
	}
}

// sweep deletes expired entries.
func (m *Manager) sweep() {
	now := m.cfg.Now()
	m.mu.Lock()
	var gone []string
	for k, e := range m.entries {
		if !now.Before(e.Until) {
			gone = append(gone, k)
		}
	}
	m.mu.Unlock()
	for _, k := range gone {
		if err := m.ns.Delete([]byte(entryPrefix + k)); err != nil {
			m.log.Warn("delete expired entry", "key", k, "err", err)
			continue
		}
		m.remove(k)
		m.log.Info("penalty expired", "entry", k)
	}
	if len(gone) > 0 {
		m.updateGauges()
	}
}

// AllowMessage reports whether one more gossip message from p is accepted.
func (m *Manager) AllowMessage(p peer.ID) bool {
	now := m.cfg.Now()
	if m.host.Gater().PeerBlocked(p) {
		m.dropped.WithLabelValues(string(KindSuspend)).Inc()
		return false
	}
	m.mu.Lock()
	lim := m.limiters[p]
	var until time.Time
	if lim != nil {
		until = m.entries[entryKey(Target{Peer: p}, KindRateLimit)].Until
	}
	m.mu.Unlock()
	if lim == nil || !now.Before(until) {
		return true
	}
	if lim.AllowN(now, 1) {
		return true
	}
	m.dropped.WithLabelValues(string(KindRateLimit)).Inc()
	return false
}

// Entries lists the live entries, soonest to end first.
func (m *Manager) Entries() []Entry {
	now := m.cfg.Now()
	m.mu.Lock()
	out := make([]Entry, 0, len(m.entries))
	for _, e := range m.entries {
		if now.Before(e.Until) {
			out = append(out, e)
		}
	}
	m.mu.Unlock()
	slices.SortFunc(out, func(a, b Entry) int { return a.Until.Compare(b.Until) })
	return out
}

// Active reports whether t has a live entry of kind k.
func (m *Manager) Active(t Target, k Kind) bool {
	m.mu.Lock()
	e, ok := m.entries[entryKey(t, k)]
	m.mu.Unlock()
	return ok && m.cfg.Now().Before(e.Until)
}

func (m *Manager) updateGauges() {
	counts := map[Kind]int{KindSuspend: 0, KindRateLimit: 0}
	for _, e := range m.Entries() {
		counts[e.Kind]++
	}
	for k, n := range counts {
		m.active.WithLabelValues(string(k)).Set(float64(n))
	}
}
