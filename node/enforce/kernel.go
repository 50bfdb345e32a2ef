package enforce

import (
	"errors"
	"net/netip"
	"slices"
	"strings"
	"time"

	"github.com/x0tta6bl4/westworld/bpf"
)

// kstate is what the kernel holds for one prefix: a block until a time, a
// rate limit until a time, or both (the block wins while it lasts).
type kstate struct {
	block      time.Time
	limitPPS   uint32
	limitUntil time.Time
}

func (k kstate) hasBlock() bool { return !k.block.IsZero() }
func (k kstate) hasLimit() bool { return k.limitPPS != 0 }

// kernelState is the Manager's record of the kernel maps: what it
// installed, per prefix, and which entries each prefix serves.
type kernelState struct {
	installed map[netip.Prefix]kstate
	// byEntry maps an entry key to the prefixes installed for it, and
	// notes to why the kernel does less than the entry asks.
	byEntry map[string][]netip.Prefix
	notes   map[string]string
	lastErr string
}

func newKernelState() kernelState {
	return kernelState{installed: map[netip.Prefix]kstate{}, byEntry: map[string][]netip.Prefix{}, notes: map[string]string{}}
}

// hostPrefix is the single-address prefix of a.
func hostPrefix(a netip.Addr) netip.Prefix {
	a = a.Unmap().WithZone("")
	return netip.PrefixFrom(a, a.BitLen())
}

// desired computes the kernel state the live entries call for. Addresses
// of this host are left out of peer entries: a peer on the same host (or
// announcing our address) would otherwise cut this node off from itself.
func (m *Manager) desired() (map[netip.Prefix]kstate, map[string][]netip.Prefix, map[string]string) {
	local, err := m.localAddrs()
	if err != nil {
		m.log.Warn("list this host's addresses", "err", err)
	}
	now := m.cfg.Now()
	want := map[netip.Prefix]kstate{}
	byEntry := map[string][]netip.Prefix{}
	notes := map[string]string{}
	m.mu.Lock()
	defer m.mu.Unlock()
	for key, e := range m.entries {
		if !now.Before(e.Until) {
			continue
		}
		var pfxs []netip.Prefix
		if e.Target.Peer == "" {
			pfxs = []netip.Prefix{e.Target.Prefix}
		} else {
			var skipped []string
			for _, a := range e.Addrs {
				switch {
				case a.IsLoopback():
					skipped = append(skipped, a.String()+" (loopback)")
				case local[a.WithZone("")]:
					skipped = append(skipped, a.String()+" (this host's own address)")
				default:
					pfxs = append(pfxs, hostPrefix(a))
				}
			}
			switch {
			case len(e.Addrs) == 0:
				notes[key] = "no known address yet: the kernel part waits for one (the gater and limiter apply)"
			case len(skipped) > 0:
				notes[key] = "not in the kernel: " + strings.Join(skipped, ", ")
			}
		}
		for _, p := range pfxs {
			k := want[p]
			switch e.Kind {
			case KindSuspend:
				if e.Until.After(k.block) {
					k.block = e.Until
				}
			case KindRateLimit:
				// Two limits on one address: the stricter rate, the later end.
				if k.limitPPS == 0 || e.PPS < k.limitPPS {
					k.limitPPS = e.PPS
				}
				if e.Until.After(k.limitUntil) {
					k.limitUntil = e.Until
				}
			}
			want[p] = k
		}
		byEntry[key] = pfxs
	}
	return want, byEntry, notes
}

// reconcile brings the kernel maps in line with the live entries, touching
// only the prefixes that changed. The caller holds m.op. Without a
// firewall it only records what the kernel would hold, for status.
func (m *Manager) reconcile() {
	want, byEntry, notes := m.desired()
	if m.fw == nil {
		m.mu.Lock()
		m.kernel.byEntry, m.kernel.notes = map[string][]netip.Prefix{}, map[string]string{}
		m.mu.Unlock()
		return
	}
	m.mu.Lock()
	have := make(map[netip.Prefix]kstate, len(m.kernel.installed))
	for p, k := range m.kernel.installed {
		have[p] = k
	}
	m.mu.Unlock()

	for p := range have {
		if _, ok := want[p]; ok {
			continue
		}
		if err := m.fw.Lift(p); err != nil && !errors.Is(err, bpf.ErrNotFound) {
			m.kernelError("lift "+p.String(), err)
			continue
		}
		delete(have, p)
		m.log.Debug("kernel entry lifted", "prefix", p)
	}
	for p, w := range want {
		old := have[p]
		if old == w {
			continue
		}
		if (old.hasBlock() && !w.hasBlock()) || (old.hasLimit() && !w.hasLimit()) {
			// The firewall lifts a block and a limit together.
			if err := m.fw.Lift(p); err != nil && !errors.Is(err, bpf.ErrNotFound) {
				m.kernelError("lift "+p.String(), err)
				continue
			}
			old = kstate{}
			delete(have, p)
		}
		got := old
		if w.hasBlock() && w.block != old.block {
			if err := m.fw.Block(p, m.kernelTime(w.block)); err != nil {
				m.kernelError("block "+p.String(), err)
			} else {
				got.block = w.block
			}
		}
		if w.hasLimit() && (w.limitPPS != old.limitPPS || w.limitUntil != old.limitUntil) {
			if err := m.fw.Limit(p, w.limitPPS, 0, m.kernelTime(w.limitUntil)); err != nil {
				m.kernelError("limit "+p.String(), err)
			} else {
				got.limitPPS, got.limitUntil = w.limitPPS, w.limitUntil
			}
		}
		if got.hasBlock() || got.hasLimit() {
			have[p] = got
			m.log.Debug("kernel entry set", "prefix", p, "block_until", got.block, "limit_pps", got.limitPPS, "limit_until", got.limitUntil)
		}
	}
	for key, pfxs := range byEntry {
		byEntry[key] = slices.DeleteFunc(pfxs, func(p netip.Prefix) bool { _, ok := have[p]; return !ok })
	}
	m.mu.Lock()
	m.kernel.installed, m.kernel.byEntry, m.kernel.notes = have, byEntry, notes
	m.mu.Unlock()
}

// kernelTime maps an expiry on the Manager's clock to the wall clock the
// firewall converts from, so that a test clock moves kernel expiries too.
func (m *Manager) kernelTime(t time.Time) time.Time {
	return time.Now().Add(t.Sub(m.cfg.Now()))
}

// EntryStatus is an entry as status shows it, with what the kernel holds
// for it.
type EntryStatus struct {
	Entry
	// Kernel lists the prefixes the kernel blocks or limits for this entry.
	Kernel []netip.Prefix `json:"kernel"`
	// Note says why the kernel does less than the entry asks, when it does.
	Note string `json:"note,omitempty"`
}

// Counters are the userspace enforcement counters since start.
type Counters struct {
	// MessagesDropped counts gossip messages refused, by entry kind.
	MessagesDropped map[Kind]uint64 `json:"messages_dropped"`
	// KernelPrefixes is how many prefixes the kernel maps hold for us.
	KernelPrefixes int `json:"kernel_prefixes"`
	// KernelError is the last failed kernel update, if any.
	KernelError string `json:"kernel_error,omitempty"`
}

// Status lists the live entries with their kernel state, soonest to end
// first, and the counters.
func (m *Manager) Status() ([]EntryStatus, Counters) {
	es := m.Entries()
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]EntryStatus, len(es))
	for i, e := range es {
		key := entryKey(e.Target, e.Kind)
		out[i] = EntryStatus{Entry: e, Kernel: slices.Clone(m.kernel.byEntry[key]), Note: m.kernel.notes[key]}
		if out[i].Kernel == nil {
			out[i].Kernel = []netip.Prefix{}
		}
		if m.fw == nil && out[i].Note == "" {
			out[i].Note = "userspace only (no kernel firewall)"
		}
	}
	c := Counters{
		MessagesDropped: map[Kind]uint64{KindSuspend: m.msgDropped[0].Load(), KindRateLimit: m.msgDropped[1].Load()},
		KernelPrefixes:  len(m.kernel.installed),
		KernelError:     m.kernel.lastErr,
	}
	return out, c
}
