// Package p2p is the node's libp2p layer: the host (transports, security,
// muxers, connection and resource management, NAT traversal), discovery
// (bootstrap peers kept connected, mDNS, a Kademlia DHT), the connection
// gater that enforcement drives, and gossipsub with per-topic validation.
package p2p

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"slices"
	"strings"
	"sync"
	"time"

	ds "github.com/ipfs/go-datastore"
	"github.com/libp2p/go-libp2p"
	dht "github.com/libp2p/go-libp2p-kad-dht"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/routing"
	"github.com/libp2p/go-libp2p/p2p/discovery/mdns"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	"github.com/libp2p/go-libp2p/p2p/muxer/yamux"
	"github.com/libp2p/go-libp2p/p2p/net/connmgr"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	tlssec "github.com/libp2p/go-libp2p/p2p/security/tls"
	quic "github.com/libp2p/go-libp2p/p2p/transport/quic"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	ma "github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"
	"github.com/prometheus/client_golang/prometheus"
)

// MDNSService is the mDNS service name westworld nodes announce, distinct
// from IPFS's so that a LAN full of Kubo nodes is not dialled for nothing.
const MDNSService = "_westworld._udp"

// UserAgent is what the node says in identify.
var UserAgent = "westworld/dev"

// ErrAddrInUse is returned when a listen address is taken.
var ErrAddrInUse = errors.New("listen address already in use")

// DHTMode says whether the node serves the DHT.
type DHTMode string

// The DHT modes.
const (
	DHTAuto   DHTMode = "auto"
	DHTServer DHTMode = "server"
	DHTClient DHTMode = "client"
	DHTOff    DHTMode = "off"
)

// HostConfig configures the libp2p host.
type HostConfig struct {
	Listen    []ma.Multiaddr
	Announce  []ma.Multiaddr
	Bootstrap []peer.AddrInfo
	MDNS      bool
	DHTMode   DHTMode

	ConnLowWater, ConnHighWater int
	ConnGrace                   time.Duration

	// MaxMemory and MaxFDs bound the resource manager; every per-peer,
	// per-protocol and per-service limit is scaled from them by go-libp2p's
	// default scaling table.
	MaxMemory int64
	MaxFDs    int

	AutoNAT, HolePunching, RelayClient bool

	RedialMin, RedialMax time.Duration

	// Datastore keeps the DHT's provider records and values across
	// restarts; nil keeps them in memory.
	Datastore ds.Batching
}

// Host is the node's libp2p host with its discovery services.
type Host struct {
	host.Host
	cfg     HostConfig
	log     *slog.Logger
	dht     *dht.IpfsDHT
	gater   *Gater
	peering *Peering
	mdns    interface{ Close() error }
	cm      *connmgr.BasicConnMgr
	rm      network.ResourceManager

	stop    context.CancelFunc
	wg      sync.WaitGroup
	started time.Time
}

// NewHost creates and listens the libp2p host. The gater decides which
// peers and addresses may connect; reg receives libp2p's metrics.
func NewHost(cfg HostConfig, sk crypto.PrivKey, gater *Gater, reg prometheus.Registerer, log *slog.Logger) (*Host, error) {
	if log == nil {
		log = slog.Default()
	}
	log = log.With("component", "p2p")
	cm, err := connmgr.NewConnManager(cfg.ConnLowWater, cfg.ConnHighWater, connmgr.WithGracePeriod(cfg.ConnGrace))
	if err != nil {
		return nil, fmt.Errorf("connection manager: %w", err)
	}
	limits := rcmgr.DefaultLimits
	libp2p.SetDefaultServiceLimits(&limits)
	concrete := limits.Scale(cfg.MaxMemory, cfg.MaxFDs)
	var rmOpts []rcmgr.Option
	if reg != nil {
		rcmgr.MustRegisterWith(reg)
		str, err := rcmgr.NewStatsTraceReporter()
		if err != nil {
			return nil, fmt.Errorf("resource manager metrics: %w", err)
		}
		rmOpts = append(rmOpts, rcmgr.WithTraceReporter(str))
	}
	rm, err := rcmgr.NewResourceManager(rcmgr.NewFixedLimiter(concrete), rmOpts...)
	if err != nil {
		return nil, fmt.Errorf("resource manager: %w", err)
	}
	// Loopback and the node's own bootstrap peers are never starved by limits.
	if al := rcmgr.GetAllowlist(rm); al != nil {
		for _, s := range []string{"/ip4/127.0.0.0/ipcidr/8", "/ip6/::1/ipcidr/128"} {
			_ = al.Add(ma.StringCast(s))
		}
	}

	if err := probeListen(cfg.Listen); err != nil {
		rm.Close()
		cm.Close()
		return nil, err
	}
	h := &Host{cfg: cfg, log: log, gater: gater, cm: cm, rm: rm}
	opts := []libp2p.Option{
		libp2p.Identity(sk),
		libp2p.ListenAddrs(cfg.Listen...),
		libp2p.Transport(tcp.NewTCPTransport),
		libp2p.Transport(quic.NewTransport),
		libp2p.Security(noise.ID, noise.New),
		libp2p.Security(tlssec.ID, tlssec.New),
		libp2p.Muxer(yamux.ID, yamux.DefaultTransport),
		libp2p.ConnectionManager(cm),
		libp2p.ResourceManager(rm),
		libp2p.UserAgent(UserAgent),
		libp2p.Ping(true),
	}
	if gater != nil {
		opts = append(opts, libp2p.ConnectionGater(gater))
	}
	if reg != nil {
		opts = append(opts, libp2p.PrometheusRegisterer(reg))
	} else {
		opts = append(opts, libp2p.DisableMetrics())
	}
	if len(cfg.Announce) > 0 {
		announce := cfg.Announce
		opts = append(opts, libp2p.AddrsFactory(func(addrs []ma.Multiaddr) []ma.Multiaddr {
			return append(slices.Clone(addrs), announce...)
		}))
	}
	if cfg.AutoNAT {
		opts = append(opts, libp2p.EnableNATService(), libp2p.EnableAutoNATv2())
	}
	if cfg.HolePunching {
		opts = append(opts, libp2p.EnableHolePunching())
	}
	if cfg.RelayClient {
		opts = append(opts, libp2p.EnableRelay(), libp2p.EnableAutoRelayWithPeerSource(h.relayCandidates))
	} else {
		opts = append(opts, libp2p.DisableRelay())
	}
	if cfg.DHTMode != DHTOff && cfg.DHTMode != "" {
		opts = append(opts, libp2p.Routing(func(hh host.Host) (routing.PeerRouting, error) {
			mode := map[DHTMode]dht.ModeOpt{DHTAuto: dht.ModeAuto, DHTServer: dht.ModeServer, DHTClient: dht.ModeClient}[cfg.DHTMode]
			dopts := []dht.Option{dht.Mode(mode), dht.BootstrapPeers(cfg.Bootstrap...)}
			if cfg.Datastore != nil {
				dopts = append(dopts, dht.Datastore(cfg.Datastore))
			}
			d, err := dht.New(hh, dopts...)
			if err != nil {
				return nil, err
			}
			h.dht = d
			return d, nil
		}))
	}
	lh, err := libp2p.New(opts...)
	if err != nil {
		rm.Close()
		cm.Close()
		if isAddrInUse(err) {
			return nil, fmt.Errorf("start libp2p host: %w: %v", ErrAddrInUse, err)
		}
		return nil, fmt.Errorf("start libp2p host: %w", err)
	}
	h.Host = lh
	h.peering = NewPeering(lh, cfg.RedialMin, cfg.RedialMax, log)
	return h, nil
}

// probeListen binds each fixed port once without SO_REUSEPORT. go-libp2p
// listens with SO_REUSEPORT (hole punching dials from the listen port), which
// would let a second daemon share a port with the first and split its
// incoming connections; a plain bind is refused instead, and says so.
func probeListen(addrs []ma.Multiaddr) error {
	for _, m := range addrs {
		network, hostport, err := manet.DialArgs(m)
		if err != nil {
			continue
		}
		if _, port, _ := net.SplitHostPort(hostport); port == "0" {
			continue
		}
		switch network {
		case "tcp", "tcp4", "tcp6":
			ln, err := net.Listen(network, hostport)
			if err != nil {
				if isAddrInUse(err) {
					return fmt.Errorf("listen %s: %w", m, ErrAddrInUse)
				}
				return fmt.Errorf("listen %s: %w", m, err)
			}
			ln.Close()
		case "udp", "udp4", "udp6":
			pc, err := net.ListenPacket(network, hostport)
			if err != nil {
				if isAddrInUse(err) {
					return fmt.Errorf("listen %s: %w", m, ErrAddrInUse)
				}
				return fmt.Errorf("listen %s: %w", m, err)
			}
			pc.Close()
		}
	}
	return nil
}

func isAddrInUse(err error) bool {
	return errors.Is(err, syscallEADDRINUSE) || strings.Contains(err.Error(), "address already in use")
}

// Start connects to the bootstrap peers (and keeps them connected), starts
// mDNS and bootstraps the DHT. It does not wait for any peer to answer: a
// node with unreachable bootstrap peers still starts and keeps trying.
func (h *Host) Start(ctx context.Context) error {
	ctx, h.stop = context.WithCancel(context.WithoutCancel(ctx))
	h.started = time.Now()
	for _, ai := range h.cfg.Bootstrap {
		if ai.ID == h.ID() {
			continue
		}
		h.peering.AddPeer(ai)
	}
	h.peering.Start()
	if h.cfg.MDNS {
		svc := mdns.NewMdnsService(h.Host, MDNSService, mdnsNotifee{h})
		if err := svc.Start(); err != nil {
			h.log.Warn("mDNS not started", "err", err)
		} else {
			h.mdns = svc
		}
	}
	if h.dht != nil {
		if err := h.dht.Bootstrap(ctx); err != nil {
			return fmt.Errorf("bootstrap DHT: %w", err)
		}
	}
	return nil
}

// Close stops discovery and closes the host.
func (h *Host) Close() error {
	if h.stop != nil {
		h.stop()
	}
	var errs []error
	if h.mdns != nil {
		errs = append(errs, h.mdns.Close())
	}
	h.peering.Stop()
	h.wg.Wait()
	if h.dht != nil {
		errs = append(errs, h.dht.Close())
	}
	errs = append(errs, h.Host.Close())
	return errors.Join(errs...)
}

// DHT is the node's Kademlia DHT, or nil when it is off.
func (h *Host) DHT() *dht.IpfsDHT { return h.dht }

// Routing is the DHT as content routing, or nil when the DHT is off (an
// interface holding a nil *IpfsDHT would not compare equal to nil).
func (h *Host) Routing() routing.ContentRouting {
	if h.dht == nil {
		return nil
	}
	return h.dht
}

// ClosePeer drops every connection to p.
func (h *Host) ClosePeer(p peer.ID) error { return h.Network().ClosePeer(p) }

// IsBootstrap reports whether p is one of the peers kept connected.
func (h *Host) IsBootstrap(p peer.ID) bool {
	for _, ai := range h.peering.Peers() {
		if ai.ID == p {
			return true
		}
	}
	return false
}

// Gater is the connection gater enforcement drives.
func (h *Host) Gater() *Gater { return h.gater }

// Peering is the set of peers kept connected.
func (h *Host) Peering() *Peering { return h.peering }

// ConnManager is the connection manager.
func (h *Host) ConnMgr() *connmgr.BasicConnMgr { return h.cm }

// Connect dials a peer once (not kept connected).
func (h *Host) Connect(ctx context.Context, ai peer.AddrInfo) error {
	if ai.ID == h.ID() {
		return errors.New("cannot connect to self")
	}
	if err := h.Host.Connect(ctx, ai); err != nil {
		return fmt.Errorf("connect %s: %w", ai.ID, err)
	}
	return nil
}

// PeerInfo describes one connected peer.
type PeerInfo struct {
	ID        string        `json:"id"`
	Addrs     []string      `json:"addrs"`
	Direction string        `json:"direction"`
	Latency   time.Duration `json:"latency_ns"`
	Agent     string        `json:"agent,omitempty"`
	Protocols []string      `json:"protocols,omitempty"`
	Bootstrap bool          `json:"bootstrap"`
	Since     time.Time     `json:"connected_since"`
}

// Peers lists the connected peers.
func (h *Host) Peers() []PeerInfo {
	boot := map[peer.ID]bool{}
	for _, ai := range h.peering.Peers() {
		boot[ai.ID] = true
	}
	var out []PeerInfo
	for _, p := range h.Network().Peers() {
		conns := h.Network().ConnsToPeer(p)
		if len(conns) == 0 {
			continue
		}
		pi := PeerInfo{ID: p.String(), Latency: h.Peerstore().LatencyEWMA(p), Bootstrap: boot[p]}
		for _, c := range conns {
			pi.Addrs = append(pi.Addrs, c.RemoteMultiaddr().String())
			st := c.Stat()
			if pi.Since.IsZero() || st.Opened.Before(pi.Since) {
				pi.Since = st.Opened
				pi.Direction = st.Direction.String()
			}
		}
		if av, err := h.Peerstore().Get(p, "AgentVersion"); err == nil {
			pi.Agent, _ = av.(string)
		}
		if protos, err := h.Peerstore().GetProtocols(p); err == nil {
			for _, pr := range protos {
				pi.Protocols = append(pi.Protocols, string(pr))
			}
			slices.Sort(pi.Protocols)
		}
		out = append(out, pi)
	}
	slices.SortFunc(out, func(a, b PeerInfo) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// FullAddrs are the host's addresses with /p2p/<id>, to give to others.
func (h *Host) FullAddrs() []string {
	ai := peer.AddrInfo{ID: h.ID(), Addrs: h.Addrs()}
	addrs, err := peer.AddrInfoToP2pAddrs(&ai)
	if err != nil {
		return nil
	}
	out := make([]string, 0, len(addrs))
	for _, a := range addrs {
		out = append(out, a.String())
	}
	return out
}

// relayCandidates feeds AutoRelay with connected peers that speak the relay
// hop protocol; the DHT keeps the connected set fresh.
func (h *Host) relayCandidates(ctx context.Context, num int) <-chan peer.AddrInfo {
	out := make(chan peer.AddrInfo, num)
	defer close(out)
	if h.Host == nil {
		return out
	}
	for _, p := range h.Network().Peers() {
		if len(out) == num {
			break
		}
		if ok, _ := h.Peerstore().SupportsProtocols(p, "/libp2p/circuit/relay/0.2.0/hop"); len(ok) == 0 {
			continue
		}
		out <- peer.AddrInfo{ID: p, Addrs: h.Peerstore().Addrs(p)}
	}
	return out
}

type mdnsNotifee struct{ h *Host }

func (n mdnsNotifee) HandlePeerFound(ai peer.AddrInfo) {
	if ai.ID == n.h.ID() || n.h.Network().Connectedness(ai.ID) == network.Connected {
		return
	}
	n.h.wg.Add(1)
	go func() {
		defer n.h.wg.Done()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := n.h.Host.Connect(ctx, ai); err != nil {
			n.h.log.Debug("mDNS peer not reachable", "peer", ai.ID, "err", err)
			return
		}
		n.h.log.Info("connected to mDNS peer", "peer", ai.ID)
	}()
}
