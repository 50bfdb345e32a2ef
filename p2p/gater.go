package p2p

import (
	"net/netip"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/control"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"
	"github.com/prometheus/client_golang/prometheus"
)

// Gater is the connection gater that userspace enforcement drives: a peer or
// an address prefix that is blocked cannot dial us, be dialled, or finish a
// handshake until its block expires. Expiry is checked against the clock on
// every decision, so a block lifts itself without a timer.
type Gater struct {
	now func() time.Time

	mu       sync.RWMutex
	peers    map[peer.ID]time.Time
	prefixes map[netip.Prefix]time.Time

	refused *prometheus.CounterVec
}

// NewGater returns an empty gater. now may be nil (time.Now); tests inject a
// clock to expire blocks without waiting.
func NewGater(now func() time.Time) *Gater {
	if now == nil {
		now = time.Now
	}
	return &Gater{
		now:      now,
		peers:    map[peer.ID]time.Time{},
		prefixes: map[netip.Prefix]time.Time{},
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "westworld_gater_refused_total",
			Help: "Connections the gater refused, by stage.",
		}, []string{"stage"}),
	}
}

// Collectors returns the gater's metrics.
func (g *Gater) Collectors() []prometheus.Collector { return []prometheus.Collector{g.refused} }

// BlockPeer refuses id until the given time (zero: until unblocked).
func (g *Gater) BlockPeer(id peer.ID, until time.Time) {
	g.mu.Lock()
	g.peers[id] = until
	g.mu.Unlock()
}

// UnblockPeer lifts a peer block.
func (g *Gater) UnblockPeer(id peer.ID) {
	g.mu.Lock()
	delete(g.peers, id)
	g.mu.Unlock()
}

// BlockPrefix refuses every address in p until the given time.
func (g *Gater) BlockPrefix(p netip.Prefix, until time.Time) {
	g.mu.Lock()
	g.prefixes[p.Masked()] = until
	g.mu.Unlock()
}

// UnblockPrefix lifts a prefix block.
func (g *Gater) UnblockPrefix(p netip.Prefix) {
	g.mu.Lock()
	delete(g.prefixes, p.Masked())
	g.mu.Unlock()
}

// PeerBlocked reports whether id is blocked now.
func (g *Gater) PeerBlocked(id peer.ID) bool {
	g.mu.RLock()
	until, ok := g.peers[id]
	g.mu.RUnlock()
	return ok && g.active(until)
}

// AddrBlocked reports whether ip is inside a blocked prefix now.
func (g *Gater) AddrBlocked(ip netip.Addr) bool {
	ip = ip.Unmap()
	g.mu.RLock()
	defer g.mu.RUnlock()
	for p, until := range g.prefixes {
		if p.Contains(ip) && g.active(until) {
			return true
		}
	}
	return false
}

func (g *Gater) active(until time.Time) bool { return until.IsZero() || g.now().Before(until) }

func (g *Gater) maBlocked(m ma.Multiaddr) bool {
	ip, err := manet.ToIP(m)
	if err != nil {
		return false
	}
	a, ok := netip.AddrFromSlice(ip)
	return ok && g.AddrBlocked(a)
}

func (g *Gater) refuse(stage string) bool {
	g.refused.WithLabelValues(stage).Inc()
	return false
}

// InterceptPeerDial implements connmgr.ConnectionGater.
func (g *Gater) InterceptPeerDial(p peer.ID) bool {
	if g.PeerBlocked(p) {
		return g.refuse("peer_dial")
	}
	return true
}

// InterceptAddrDial implements connmgr.ConnectionGater.
func (g *Gater) InterceptAddrDial(p peer.ID, m ma.Multiaddr) bool {
	if g.PeerBlocked(p) || g.maBlocked(m) {
		return g.refuse("addr_dial")
	}
	return true
}

// InterceptAccept implements connmgr.ConnectionGater.
func (g *Gater) InterceptAccept(cm network.ConnMultiaddrs) bool {
	if g.maBlocked(cm.RemoteMultiaddr()) {
		return g.refuse("accept")
	}
	return true
}

// InterceptSecured implements connmgr.ConnectionGater.
func (g *Gater) InterceptSecured(_ network.Direction, p peer.ID, cm network.ConnMultiaddrs) bool {
	if g.PeerBlocked(p) || g.maBlocked(cm.RemoteMultiaddr()) {
		return g.refuse("secured")
	}
	return true
}

// InterceptUpgraded implements connmgr.ConnectionGater.
func (g *Gater) InterceptUpgraded(network.Conn) (bool, control.DisconnectReason) { return true, 0 }

func mustPrefix(s string) netip.Prefix { return netip.MustParsePrefix(s) }
