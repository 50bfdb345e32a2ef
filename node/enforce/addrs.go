package enforce

import (
	"fmt"
	"net"
	"net/netip"
	"slices"

	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

// addrIP is the IP address a multiaddr reaches, when it reaches one
// directly. Relayed addresses (/p2p-circuit) are skipped: their IP is the
// relay's, and blocking it would punish the relay and everyone behind it.
// DNS names are skipped too: what they resolve to is not the peer's to
// claim.
func addrIP(a ma.Multiaddr) (netip.Addr, bool) {
	if len(a) == 0 {
		return netip.Addr{}, false
	}
	for _, c := range a {
		if c.Protocol().Code == ma.P_CIRCUIT {
			return netip.Addr{}, false
		}
	}
	first := a[0]
	switch first.Protocol().Code {
	case ma.P_IP4, ma.P_IP6:
	default:
		return netip.Addr{}, false
	}
	ip, ok := netip.AddrFromSlice(first.RawValue())
	if !ok {
		return netip.Addr{}, false
	}
	ip = ip.Unmap()
	if ip.IsUnspecified() || ip.IsMulticast() {
		return netip.Addr{}, false
	}
	return ip, true
}

// knownAddrs is what this node knows of p's addresses now: the remote ends
// of its connections and the addresses in the peerstore (announced through
// identify, or learnt from the DHT, mDNS or the bootstrap list).
func (m *Manager) knownAddrs(p peer.ID) []netip.Addr {
	var mas []ma.Multiaddr
	for _, c := range m.host.Network().ConnsToPeer(p) {
		mas = append(mas, c.RemoteMultiaddr())
	}
	mas = append(mas, m.host.Peerstore().Addrs(p)...)
	var out []netip.Addr
	for _, a := range mas {
		if ip, ok := addrIP(a); ok {
			out = append(out, ip)
		}
	}
	return mergeAddrs(out, nil)
}

// mergeAddrs returns the sorted union of a and b without duplicates.
func mergeAddrs(a, b []netip.Addr) []netip.Addr {
	out := make([]netip.Addr, 0, len(a)+len(b))
	out = append(out, a...)
	out = append(out, b...)
	slices.SortFunc(out, func(x, y netip.Addr) int { return x.Compare(y) })
	return slices.Compact(out)
}

func addrStrings(as []netip.Addr) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.String()
	}
	return out
}

// refresh adds addresses newly seen for p to its entries and, when there
// are any, to the kernel.
func (m *Manager) refresh(p peer.ID) {
	m.op.Lock()
	defer m.op.Unlock()
	if m.learn(p) {
		m.reconcile()
	}
}

// refreshAll re-reads the addresses of every punished peer.
func (m *Manager) refreshAll() {
	m.op.Lock()
	defer m.op.Unlock()
	m.mu.Lock()
	var peers []peer.ID
	for _, e := range m.entries {
		if e.Target.Peer != "" && !slices.Contains(peers, e.Target.Peer) {
			peers = append(peers, e.Target.Peer)
		}
	}
	m.mu.Unlock()
	changed := false
	for _, p := range peers {
		if m.learn(p) {
			changed = true
		}
	}
	if changed {
		m.reconcile()
	}
}

// learn merges p's current addresses into its entries and stores the ones
// that grew; the caller holds m.op and reconciles the kernel.
func (m *Manager) learn(p peer.ID) bool {
	now := m.knownAddrs(p)
	if len(now) == 0 {
		return false
	}
	changed := false
	for _, k := range []Kind{KindSuspend, KindRateLimit} {
		key := entryKey(Target{Peer: p}, k)
		m.mu.Lock()
		e, ok := m.entries[key]
		m.mu.Unlock()
		if !ok {
			continue
		}
		merged := mergeAddrs(e.Addrs, now)
		if len(merged) == len(e.Addrs) {
			continue
		}
		added := addrStrings(slices.DeleteFunc(slices.Clone(merged), func(a netip.Addr) bool { return slices.Contains(e.Addrs, a) }))
		e.Addrs = merged
		if err := m.store(key, e); err != nil {
			m.log.Warn("store learnt addresses", "peer", p, "err", err)
			continue
		}
		m.mu.Lock()
		m.entries[key] = e
		m.mu.Unlock()
		m.log.Info("new address for a punished peer", "peer", p, "kind", k, "added", added)
		changed = true
	}
	return changed
}

// localAddrs is this host's own addresses: its interfaces' and those the
// libp2p host announces (an observed public address, say).
func (m *Manager) localAddrs() (map[netip.Addr]bool, error) {
	out := map[netip.Addr]bool{}
	as, err := m.cfg.LocalAddrs()
	for _, a := range as {
		out[a.Unmap().WithZone("")] = true
	}
	for _, a := range m.host.Addrs() {
		if ip, ok := addrIP(a); ok {
			out[ip.WithZone("")] = true
		}
	}
	return out, err
}

// InterfaceAddrs lists the addresses of the interfaces in the process's
// network namespace.
func InterfaceAddrs() ([]netip.Addr, error) {
	as, err := net.InterfaceAddrs()
	if err != nil {
		return nil, fmt.Errorf("interface addresses: %w", err)
	}
	out := make([]netip.Addr, 0, len(as))
	for _, a := range as {
		ipn, ok := a.(*net.IPNet)
		if !ok {
			continue
		}
		if ip, ok := netip.AddrFromSlice(ipn.IP); ok {
			out = append(out, ip.Unmap())
		}
	}
	return out, nil
}
