package enforce

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/netip"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p/core/event"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"
	ma "github.com/multiformats/go-multiaddr"
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
	// ConfiguredRate marks a rate limit whose PPS is the node's configured
	// rate (the penalty named none): SetRateLimitPPS retunes it.
	ConfiguredRate bool `json:"configured_rate,omitempty"`
	// Addrs are the IP addresses a peer target is known by: where it
	// connected from and what it announced. They only grow while the entry
	// lives, so that a punished peer cannot shed its penalty by moving; the
	// kernel blocks or limits each one (except this host's own).
	Addrs []netip.Addr `json:"addrs,omitempty"`
}

// Config configures the Manager.
type Config struct {
	// Now is the clock expiries are judged by; nil is time.Now.
	Now func() time.Time
	// Sweep is how often expired entries are removed (from the store, the
	// gater and the kernel) and punished peers' addresses re-read from the
	// peerstore.
	Sweep time.Duration
	// LocalAddrs lists this host's own addresses, which the kernel never
	// blocks on a peer's behalf and a prefix may only cover with Force;
	// nil reads the interfaces of the process's network namespace.
	LocalAddrs func() ([]netip.Addr, error)
	// RateLimitPPS is the rate a rate-limit penalty that names no PPS gets
	// (the node's enforce.rate_limit_pps; charter violations use it).
	// SetRateLimitPPS changes it at runtime. 0: every rate limit must name
	// its PPS.
	RateLimitPPS uint32
	Logger       *slog.Logger
}

// Host is what the Manager needs of the libp2p host.
type Host interface {
	ID() peer.ID
	Gater() *p2p.Gater
	ClosePeer(peer.ID) error
	IsBootstrap(peer.ID) bool
	Peering() *p2p.Peering
	Network() network.Network
	Peerstore() peerstore.Peerstore
	EventBus() event.Bus
	Addrs() []ma.Multiaddr
}

// Firewall is the kernel data path the Manager fills: *bpf.Firewall.
// Expiries are wall-clock times; the firewall converts them to the kernel's
// monotonic clock.
type Firewall interface {
	Block(p netip.Prefix, until time.Time) error
	Limit(p netip.Prefix, pps, burst uint32, until time.Time) error
	Lift(p netip.Prefix) error
	Prune() (int, error)
}

// limiter is a rate-limited peer's message bucket and when it stops.
type limiter struct {
	*rate.Limiter
	until time.Time
}

// Manager enforces penalties in userspace always (the connection gater
// refuses and drops suspended peers and prefixes; a token bucket per
// rate-limited peer caps how many of its gossip messages are accepted) and,
// when it has a Firewall, in the kernel too: every address a punished peer
// is known by gets a kernel block or limit until the entry ends. Entries
// live in Badger and are replayed, into the gater and the kernel, on start.
type Manager struct {
	cfg  Config
	ns   *storage.Namespace
	host Host
	fw   Firewall
	log  *slog.Logger

	// op serialises changes (Apply, Lift, sweep, address learning) so that
	// the store, the maps and the kernel move together; mu guards the maps
	// for readers such as AllowMessage.
	op       sync.Mutex
	mu       sync.Mutex
	entries  map[string]Entry
	limiters map[peer.ID]limiter
	kernel   kernelState

	msgDropped [2]atomic.Uint64 // by kindIndex
	ratePPS    atomic.Uint32    // Config.RateLimitPPS, as SetRateLimitPPS left it
	dropped    *prometheus.CounterVec
	active     *prometheus.GaugeVec
	kprefixes  prometheus.GaugeFunc
	kerrors    prometheus.Counter

	learnq chan peer.ID
	notify *network.NotifyBundle
	stop   context.CancelFunc
	wg     sync.WaitGroup
}

var _ Enforcer = (*Manager)(nil)

const entryPrefix = "entry/"

// New loads the stored entries and puts the live ones into effect in the
// gater and, when fw is not nil, the kernel. Expired ones are deleted.
func New(cfg Config, ns *storage.Namespace, h Host, fw Firewall) (*Manager, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Sweep <= 0 {
		cfg.Sweep = time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.LocalAddrs == nil {
		cfg.LocalAddrs = InterfaceAddrs
	}
	m := &Manager{
		cfg: cfg, ns: ns, host: h, fw: fw, log: cfg.Logger.With("component", "enforce"),
		entries:  map[string]Entry{},
		limiters: map[peer.ID]limiter{},
		kernel:   newKernelState(),
		learnq:   make(chan peer.ID, 256),
		dropped: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "westworld_enforce_messages_dropped_total",
			Help: "Gossip messages not accepted because their sender is suspended or over its rate limit.",
		}, []string{"kind"}),
		active: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "westworld_enforce_entries",
			Help: "Active enforcement entries by kind.",
		}, []string{"kind"}),
		kerrors: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "westworld_enforce_kernel_errors_total",
			Help: "Kernel firewall updates that failed (the userspace part of the entry still applies).",
		}),
	}
	m.kprefixes = prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "westworld_enforce_kernel_prefixes",
		Help: "Prefixes the node keeps blocked or rate-limited in the kernel firewall.",
	}, func() float64 {
		m.mu.Lock()
		defer m.mu.Unlock()
		return float64(len(m.kernel.installed))
	})
	m.ratePPS.Store(cfg.RateLimitPPS)
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
			return nil, fmt.Errorf("delete expired enforcement entry %s: %w", k, err)
		}
	}
	for _, e := range m.entries {
		m.install(e)
	}
	m.reconcile()
	m.updateGauges()
	if len(m.entries) > 0 {
		m.log.Info("enforcement entries restored", "entries", len(m.entries), "kernel_prefixes", len(m.kernel.installed))
	}
	return m, nil
}

// Collectors returns the Manager's metrics.
func (m *Manager) Collectors() []prometheus.Collector {
	return []prometheus.Collector{m.dropped, m.active, m.kprefixes, m.kerrors}
}

// Kernel reports whether the Manager drives a kernel firewall.
func (m *Manager) Kernel() bool { return m.fw != nil }

// Start removes expired entries in the background and keeps punished
// peers' addresses current: from new connections (a rate-limited peer stays
// connected), identify, and the peerstore.
func (m *Manager) Start(ctx context.Context) error {
	sub, err := m.host.EventBus().Subscribe([]any{
		new(event.EvtPeerIdentificationCompleted),
		new(event.EvtPeerProtocolsUpdated),
	})
	if err != nil {
		return fmt.Errorf("subscribe to identify events: %w", err)
	}
	m.notify = &network.NotifyBundle{ConnectedF: func(_ network.Network, c network.Conn) { m.queueLearn(c.RemotePeer()) }}
	m.host.Network().Notify(m.notify)

	ctx, m.stop = context.WithCancel(context.WithoutCancel(ctx))
	m.wg.Add(2)
	go func() {
		defer m.wg.Done()
		defer sub.Close()
		for {
			select {
			case <-ctx.Done():
				return
			case ev, ok := <-sub.Out():
				if !ok {
					return
				}
				switch ev := ev.(type) {
				case event.EvtPeerIdentificationCompleted:
					m.queueLearn(ev.Peer)
				case event.EvtPeerProtocolsUpdated:
					m.queueLearn(ev.Peer)
				}
			}
		}
	}()
	go func() {
		defer m.wg.Done()
		t := time.NewTicker(m.cfg.Sweep)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case p := <-m.learnq:
				m.refresh(p)
			case <-t.C:
				m.sweep()
				m.refreshAll()
			}
		}
	}()
	return nil
}

// Close stops the background work. The kernel entries stay until the
// firewall is closed (which detaches the program).
func (m *Manager) Close() error {
	if m.stop != nil {
		m.stop()
	}
	m.wg.Wait()
	if m.notify != nil {
		m.host.Network().StopNotify(m.notify)
	}
	return nil
}

func (m *Manager) queueLearn(p peer.ID) {
	if !m.punished(p) {
		return
	}
	select {
	case m.learnq <- p:
	default: // the periodic refresh catches up
	}
}

func entryKey(t Target, k Kind) string { return string(k) + "/" + t.String() }

// Apply enforces p and stores it. A peer target's addresses are taken from
// its connections and the peerstore before its connections are closed.
func (m *Manager) Apply(ctx context.Context, p Penalty) error {
	configured := false
	if p.Kind == KindRateLimit && p.PPS == 0 {
		p.PPS, configured = m.ratePPS.Load(), true
	}
	if err := m.check(p); err != nil {
		return err
	}
	m.op.Lock()
	defer m.op.Unlock()
	if configured {
		// Read again under op: a SetRateLimitPPS that changed the rate
		// meanwhile waits for op and then retunes only stored entries.
		p.PPS = m.ratePPS.Load()
	}
	e := Entry{Target: p.Target, Kind: p.Kind, Until: p.Until, PPS: p.PPS, Source: p.Source, Created: m.cfg.Now(),
		ConfiguredRate: configured}
	key := entryKey(p.Target, p.Kind)
	m.mu.Lock()
	old, had := m.entries[key]
	other, hadOther := m.entries[entryKey(p.Target, otherKind(p.Kind))]
	m.mu.Unlock()
	if had && old.Until.After(e.Until) && old.Source.Kind == SourceViolation && e.Source.Kind == SourceViolation {
		// A repeated violation never shortens a running penalty.
		e.Until = old.Until
	}
	if p.Target.Peer != "" {
		e.Addrs = m.knownAddrs(p.Target.Peer)
		if had {
			e.Addrs = mergeAddrs(e.Addrs, old.Addrs)
		}
		if hadOther {
			e.Addrs = mergeAddrs(e.Addrs, other.Addrs)
		}
		if len(e.Addrs) == 0 && p.RequireAddress {
			return fmt.Errorf("%s: %w (it has not connected and nothing announced it)", p.Target.Peer, ErrNoAddress)
		}
	}
	if err := m.store(key, e); err != nil {
		return err
	}
	m.mu.Lock()
	m.entries[key] = e
	m.mu.Unlock()
	m.install(e)
	m.reconcile()
	m.updateGauges()
	m.log.Info("penalty applied", "target", p.Target.String(), "kind", p.Kind, "until", e.Until,
		"pps", p.PPS, "source", p.Source.Kind, "ref", p.Source.Ref, "reason", p.Source.Reason,
		"addrs", addrStrings(e.Addrs), "kernel", m.fw != nil)
	return nil
}

func (m *Manager) store(key string, e Entry) error {
	v, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("encode enforcement entry: %w", err)
	}
	if err := m.ns.Put([]byte(entryPrefix+key), v); err != nil {
		return fmt.Errorf("store enforcement entry: %w", err)
	}
	return nil
}

func otherKind(k Kind) Kind {
	if k == KindSuspend {
		return KindRateLimit
	}
	return KindSuspend
}

func (m *Manager) check(p Penalty) error {
	if p.Target.Peer == "" && !p.Target.Prefix.IsValid() {
		return fmt.Errorf("%w: no peer or prefix", ErrInvalid)
	}
	if p.Target.Peer != "" && p.Target.Prefix.IsValid() {
		return fmt.Errorf("%w: both a peer and a prefix", ErrInvalid)
	}
	if p.Target.Prefix.IsValid() && p.Target.Prefix != p.Target.Prefix.Masked() {
		return fmt.Errorf("%w: prefix %s has host bits set (did you mean %s?)", ErrInvalid, p.Target.Prefix, p.Target.Prefix.Masked())
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
	if p.Force {
		return nil
	}
	if p.Target.Peer != "" {
		switch {
		case p.Target.Peer == m.host.ID():
			return fmt.Errorf("%s is this node: %w", p.Target.Peer, ErrProtected)
		case m.host.IsBootstrap(p.Target.Peer):
			return fmt.Errorf("%s is a bootstrap peer: %w", p.Target.Peer, ErrProtected)
		}
		return nil
	}
	if a, why := m.protectedIn(p.Target.Prefix); a.IsValid() {
		return fmt.Errorf("%s contains %s (%s): %w", p.Target.Prefix, a, why, ErrProtected)
	}
	return nil
}

// protectedIn returns an address inside pfx that is this node's own or a
// bootstrap peer's, and which.
func (m *Manager) protectedIn(pfx netip.Prefix) (netip.Addr, string) {
	local, err := m.localAddrs()
	if err != nil {
		m.log.Warn("list this host's addresses", "err", err)
	}
	for a := range local {
		if pfx.Contains(a) {
			return a, "this node's address"
		}
	}
	ps := m.host.Peerstore()
	for _, ai := range m.host.Peering().Peers() {
		addrs := append(slices.Clone(ai.Addrs), ps.Addrs(ai.ID)...)
		for _, c := range m.host.Network().ConnsToPeer(ai.ID) {
			addrs = append(addrs, c.RemoteMultiaddr())
		}
		id := ai.ID
		for _, a := range addrs {
			if ip, ok := addrIP(a); ok && pfx.Contains(ip) {
				return ip, "bootstrap peer " + id.String()
			}
		}
	}
	return netip.Addr{}, ""
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
		m.closeConnsIn(e.Target.Prefix)
	case e.Kind == KindRateLimit:
		m.mu.Lock()
		m.limiters[e.Target.Peer] = limiter{rate.NewLimiter(rate.Limit(e.PPS), int(max(e.PPS, 1))), e.Until}
		m.mu.Unlock()
	}
}

// RateLimitPPS is the rate a penalty that names no PPS gets now.
func (m *Manager) RateLimitPPS() uint32 { return m.ratePPS.Load() }

// SetRateLimitPPS changes the configured rate while the node runs: new
// rate limits that name no PPS get it, and every live entry that took the
// configured rate is retuned to it, in the message limiter (its bucket
// keeps its tokens, capped at the new burst) and in the kernel. Limits an
// operator or a proposal set with their own PPS are left alone.
func (m *Manager) SetRateLimitPPS(pps uint32) error {
	if pps == 0 {
		return fmt.Errorf("%w: the rate limit needs pps > 0", ErrInvalid)
	}
	m.ratePPS.Store(pps)
	m.op.Lock()
	defer m.op.Unlock()
	now := m.cfg.Now()
	m.mu.Lock()
	var changed []string
	for key, e := range m.entries {
		if e.Kind == KindRateLimit && e.ConfiguredRate && e.PPS != pps {
			changed = append(changed, key)
		}
	}
	m.mu.Unlock()
	slices.Sort(changed)
	for _, key := range changed {
		m.mu.Lock()
		e := m.entries[key]
		m.mu.Unlock()
		e.PPS = pps
		if err := m.store(key, e); err != nil {
			return err
		}
		m.mu.Lock()
		m.entries[key] = e
		if lim, ok := m.limiters[e.Target.Peer]; ok {
			lim.SetLimitAt(now, rate.Limit(pps))
			lim.SetBurstAt(now, int(pps))
		} else {
			m.limiters[e.Target.Peer] = limiter{rate.NewLimiter(rate.Limit(pps), int(pps)), e.Until}
		}
		m.mu.Unlock()
	}
	if len(changed) > 0 {
		m.reconcile()
	}
	m.log.Info("rate limit changed", "pps", pps, "entries_retuned", len(changed))
	return nil
}

// closeConnsIn drops connections from addresses inside a suspended prefix:
// the gater only judges new ones.
func (m *Manager) closeConnsIn(pfx netip.Prefix) {
	for _, c := range m.host.Network().Conns() {
		if ip, ok := addrIP(c.RemoteMultiaddr()); ok && pfx.Contains(ip) {
			_ = c.Close()
		}
	}
}

// Lift removes every entry for t.
func (m *Manager) Lift(ctx context.Context, t Target) error {
	m.op.Lock()
	defer m.op.Unlock()
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
			return fmt.Errorf("delete enforcement entry: %w", err)
		}
		m.remove(key)
		found = true
	}
	if !found {
		return fmt.Errorf("%s: %w", t, ErrNotFound)
	}
	m.reconcile()
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

// sweep deletes expired entries everywhere and prunes the kernel maps.
func (m *Manager) sweep() {
	m.op.Lock()
	defer m.op.Unlock()
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
		m.reconcile()
		m.updateGauges()
	}
	if m.fw != nil {
		if n, err := m.fw.Prune(); err != nil {
			m.kernelError("prune kernel entries", err)
		} else if n > 0 {
			m.log.Debug("pruned expired kernel entries", "count", n)
		}
	}
}

// AllowMessage reports whether one more gossip message from p is accepted.
func (m *Manager) AllowMessage(p peer.ID) bool {
	now := m.cfg.Now()
	if m.host.Gater().PeerBlocked(p) {
		m.dropped.WithLabelValues(string(KindSuspend)).Inc()
		m.msgDropped[0].Add(1)
		return false
	}
	m.mu.Lock()
	lim, ok := m.limiters[p]
	m.mu.Unlock()
	if !ok || !now.Before(lim.until) {
		return true
	}
	if lim.AllowN(now, 1) {
		return true
	}
	m.dropped.WithLabelValues(string(KindRateLimit)).Inc()
	m.msgDropped[1].Add(1)
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
	sortEntries(out)
	return out
}

// sortEntries orders entries soonest to end first, then by target and
// kind, without rendering targets (a peer ID's text form costs a base58
// encoding).
func sortEntries(es []Entry) {
	slices.SortFunc(es, func(a, b Entry) int {
		if c := a.Until.Compare(b.Until); c != 0 {
			return c
		}
		if c := strings.Compare(string(a.Target.Peer), string(b.Target.Peer)); c != 0 {
			return c
		}
		if c := a.Target.Prefix.Addr().Compare(b.Target.Prefix.Addr()); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Target.Prefix.Bits(), b.Target.Prefix.Bits()); c != 0 {
			return c
		}
		return strings.Compare(string(a.Kind), string(b.Kind))
	})
}

// Active reports whether t has a live entry of kind k.
func (m *Manager) Active(t Target, k Kind) bool {
	m.mu.Lock()
	e, ok := m.entries[entryKey(t, k)]
	m.mu.Unlock()
	return ok && m.cfg.Now().Before(e.Until)
}

// punished reports whether p has any entry (so its addresses matter).
func (m *Manager) punished(p peer.ID) bool {
	t := Target{Peer: p}
	m.mu.Lock()
	defer m.mu.Unlock()
	_, s := m.entries[entryKey(t, KindSuspend)]
	_, r := m.entries[entryKey(t, KindRateLimit)]
	return s || r
}

func (m *Manager) updateGauges() {
	counts := map[Kind]int{KindSuspend: 0, KindRateLimit: 0}
	now := m.cfg.Now()
	m.mu.Lock()
	for _, e := range m.entries {
		if now.Before(e.Until) {
			counts[e.Kind]++
		}
	}
	m.mu.Unlock()
	for k, n := range counts {
		m.active.WithLabelValues(string(k)).Set(float64(n))
	}
}

// kernelError records a failed kernel update: the userspace part of the
// entry still holds, so it is logged and counted rather than returned.
func (m *Manager) kernelError(what string, err error) {
	m.kerrors.Inc()
	m.mu.Lock()
	m.kernel.lastErr = fmt.Sprintf("%s: %v", what, err)
	m.mu.Unlock()
	m.log.Error("kernel firewall update failed", "op", what, "err", err)
}
