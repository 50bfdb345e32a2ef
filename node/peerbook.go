package node

import (
	"context"
	"encoding/json"
	"log/slog"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/x0tta6bl4/westworld/p2p"
	"github.com/x0tta6bl4/westworld/storage"
)

// peerBook remembers the peers this node has been connected to, in Badger,
// so that a restarted node rejoins the mesh through them even when its
// bootstrap peers are gone.
type peerBook struct {
	ns  *storage.Namespace
	h   *p2p.Host
	now func() time.Time
	log *slog.Logger

	events chan peer.ID
	notify *network.NotifyBundle
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu    sync.Mutex
	known map[peer.ID]time.Time // last write per peer, to rate-limit writes
}

// knownPeer is one stored entry.
type knownPeer struct {
	Addrs    []string  `json:"addrs"`
	LastSeen time.Time `json:"last_seen"`
}

const (
	peerBookPrefix = "peers/"
	// peerBookWriteEvery bounds how often one peer's entry is rewritten.
	peerBookWriteEvery = time.Minute
	// peerBookMaxAge drops peers not seen for this long.
	peerBookMaxAge = 14 * 24 * time.Hour
	// peerBookRedial is how many remembered peers a starting node dials.
	peerBookRedial = 16
)

func newPeerBook(ns *storage.Namespace, h *p2p.Host, now func() time.Time, log *slog.Logger) *peerBook {
	return &peerBook{ns: ns, h: h, now: now, log: log, events: make(chan peer.ID, 256), known: map[peer.ID]time.Time{}}
}

// Start dials remembered peers and begins recording new connections.
func (b *peerBook) Start(ctx context.Context) {
	ctx, b.cancel = context.WithCancel(context.WithoutCancel(ctx))
	b.notify = &network.NotifyBundle{ConnectedF: func(_ network.Network, c network.Conn) {
		select {
		case b.events <- c.RemotePeer():
		default: // a burst of connections; the next connection records them
		}
	}}
	b.h.Network().Notify(b.notify)
	// Connections made before we listened (bootstrap dials) count too.
	for _, id := range b.h.Network().Peers() {
		b.record(id)
	}
	b.wg.Add(2)
	go func() {
		defer b.wg.Done()
		b.redial(ctx)
	}()
	go func() {
		defer b.wg.Done()
		for {
			select {
			case <-ctx.Done():
				return
			case id := <-b.events:
				b.record(id)
			}
		}
	}()
}

// Close stops recording.
func (b *peerBook) Close() error {
	if b.cancel != nil {
		b.h.Network().StopNotify(b.notify)
		b.cancel()
	}
	b.wg.Wait()
	return nil
}

func (b *peerBook) record(id peer.ID) {
	now := b.now()
	b.mu.Lock()
	last := b.known[id]
	if now.Sub(last) < peerBookWriteEvery {
		b.mu.Unlock()
		return
	}
	b.known[id] = now
	b.mu.Unlock()
	kp := knownPeer{LastSeen: now}
	for _, a := range b.h.Peerstore().Addrs(id) {
		kp.Addrs = append(kp.Addrs, a.String())
	}
	if len(kp.Addrs) == 0 {
		return
	}
	v, _ := json.Marshal(kp)
	if err := b.ns.Put([]byte(peerBookPrefix+id.String()), v); err != nil {
		b.log.Warn("remember peer", "peer", id, "err", err)
	}
}

// list returns the remembered peers, dropping entries too old to be useful.
func (b *peerBook) list() map[peer.ID]knownPeer {
	out := map[peer.ID]knownPeer{}
	var stale [][]byte
	_ = b.ns.Iterate([]byte(peerBookPrefix), func(k, v []byte) error {
		id, err := peer.Decode(string(k[len(peerBookPrefix):]))
		var kp knownPeer
		if err != nil || json.Unmarshal(v, &kp) != nil || b.now().Sub(kp.LastSeen) > peerBookMaxAge {
			stale = append(stale, append([]byte(nil), k...))
			return nil
		}
		out[id] = kp
		return nil
	})
	for _, k := range stale {
		_ = b.ns.Delete(k)
	}
	return out
}

func (b *peerBook) count() int {
	n, _ := b.ns.Count([]byte(peerBookPrefix))
	return n
}

func (b *peerBook) redial(ctx context.Context) {
	n := 0
	for id, kp := range b.list() {
		if n == peerBookRedial || ctx.Err() != nil {
			return
		}
		if id == b.h.ID() || b.h.Network().Connectedness(id) == network.Connected {
			continue
		}
		ai := peer.AddrInfo{ID: id}
		for _, s := range kp.Addrs {
			if m, err := ma.NewMultiaddr(s); err == nil {
				ai.Addrs = append(ai.Addrs, m)
			}
		}
		n++
		b.wg.Add(1)
		go func() {
			defer b.wg.Done()
			dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
			defer cancel()
			if err := b.h.Host.Connect(dctx, ai); err != nil {
				b.log.Debug("remembered peer not reachable", "peer", ai.ID, "err", err)
			}
		}()
	}
}

func decodePeer(s string) (peer.ID, error) { return peer.Decode(s) }
