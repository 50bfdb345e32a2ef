package p2p

import (
	"context"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

const peeringTag = "westworld-peering"

// Peering keeps a set of peers (the bootstrap peers) connected: whenever the
// last connection to one drops it is re-dialled with exponential backoff
// between min and max, and its connections are protected from trimming.
type Peering struct {
	h        host.Host
	min, max time.Duration
	log      *slog.Logger

	mu      sync.Mutex
	peers   map[peer.ID]*peeringPeer
	ctx     context.Context
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	running bool
}

type peeringPeer struct {
	mu    sync.Mutex
	addrs []ma.Multiaddr
	kick  chan struct{}
}

// NewPeering returns a stopped Peering; peers can be added before Start.
func NewPeering(h host.Host, min, max time.Duration, log *slog.Logger) *Peering {
	if min <= 0 {
		min = time.Second
	}
	if max < min {
		max = min
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &Peering{h: h, min: min, max: max, log: log, peers: map[peer.ID]*peeringPeer{}, ctx: ctx, cancel: cancel}
}

// AddPeer adds (or updates the addresses of) a peer to keep connected.
func (p *Peering) AddPeer(ai peer.AddrInfo) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if pp, ok := p.peers[ai.ID]; ok {
		pp.mu.Lock()
		pp.addrs = ai.Addrs
		pp.mu.Unlock()
		return
	}
	pp := &peeringPeer{addrs: ai.Addrs, kick: make(chan struct{}, 1)}
	p.peers[ai.ID] = pp
	p.h.ConnManager().Protect(ai.ID, peeringTag)
	if p.running {
		p.spawn(ai.ID, pp)
	}
}

// Peers lists the peers kept connected.
func (p *Peering) Peers() []peer.AddrInfo {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]peer.AddrInfo, 0, len(p.peers))
	for id, pp := range p.peers {
		pp.mu.Lock()
		out = append(out, peer.AddrInfo{ID: id, Addrs: pp.addrs})
		pp.mu.Unlock()
	}
	return out
}

// Start begins dialling.
func (p *Peering) Start() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.running {
		return
	}
	p.running = true
	p.h.Network().Notify((*peeringNotifee)(p))
	for id, pp := range p.peers {
		p.spawn(id, pp)
	}
}

// Stop ends dialling and waits for the dialers to return.
func (p *Peering) Stop() {
	p.h.Network().StopNotify((*peeringNotifee)(p))
	p.cancel()
	p.wg.Wait()
}

func (p *Peering) spawn(id peer.ID, pp *peeringPeer) {
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		p.keep(id, pp)
	}()
}

// keep dials id whenever it is not connected, backing off between failures.
func (p *Peering) keep(id peer.ID, pp *peeringPeer) {
	backoff := p.min
	for {
		if p.h.Network().Connectedness(id) == network.Connected {
			backoff = p.min
			select {
			case <-p.ctx.Done():
				return
			case <-pp.kick:
			}
			continue
		}
		pp.mu.Lock()
		ai := peer.AddrInfo{ID: id, Addrs: pp.addrs}
		pp.mu.Unlock()
		ctx, cancel := context.WithTimeout(p.ctx, 15*time.Second)
		err := p.h.Connect(ctx, ai)
		cancel()
		if p.ctx.Err() != nil {
			return
		}
		if err == nil {
			p.log.Info("connected to bootstrap peer", "peer", id)
			continue
		}
		p.log.Debug("bootstrap peer not reachable", "peer", id, "retry_in", backoff, "err", err)
		// Jitter keeps a mesh that lost one peer from re-dialling it in step.
		wait := backoff/2 + rand.N(backoff/2+1)
		t := time.NewTimer(wait)
		select {
		case <-p.ctx.Done():
			t.Stop()
			return
		case <-t.C:
		case <-pp.kick:
			t.Stop()
		}
		backoff = min(backoff*2, p.max)
	}
}

type peeringNotifee Peering

func (n *peeringNotifee) Disconnected(net network.Network, c network.Conn) {
	p := (*Peering)(n)
	id := c.RemotePeer()
	if net.Connectedness(id) == network.Connected {
		return
	}
	p.mu.Lock()
	pp := p.peers[id]
	p.mu.Unlock()
	if pp == nil {
		return
	}
	select {
	case pp.kick <- struct{}{}:
	default:
	}
}

func (n *peeringNotifee) Connected(network.Network, network.Conn)   {}
func (n *peeringNotifee) Listen(network.Network, ma.Multiaddr)      {}
func (n *peeringNotifee) ListenClose(network.Network, ma.Multiaddr) {}
