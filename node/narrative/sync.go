package narrative

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/libp2p/go-msgio/pbio"

	"github.com/x0tta6bl4/westworld/node/narrative/pb"
)

// SyncProtocol is the pull side of evidence exchange: gossip loses a
// message now and then, and a node that was away misses everything said
// meanwhile. A node asks its peers for what they hold since a time and
// checks every item as if it came by gossip.
const SyncProtocol protocol.ID = "/westworld/narrative/sync/1.0.0"

// Sync limits.
const (
	// MaxSyncItems bounds one sync answer; the asker pages with since.
	MaxSyncItems = 4096
	syncTimeout  = 30 * time.Second
	// syncServeEvery is how often one peer may ask us.
	syncServeEvery = 5 * time.Second
)

// ErrSyncRefused is returned when a peer refuses or breaks a sync.
var ErrSyncRefused = errors.New("narrative sync refused")

func (s *Service) serveSync(st network.Stream) {
	defer st.Close()
	from := st.Conn().RemotePeer()
	_ = st.SetDeadline(time.Now().Add(syncTimeout))
	s.mu.Lock()
	last, ok := s.served[from]
	if ok && time.Since(last) < syncServeEvery {
		s.mu.Unlock()
		st.Reset()
		return
	}
	s.served[from] = time.Now()
	s.mu.Unlock()
	var req pb.SyncRequest
	if err := pbio.NewDelimitedReader(st, 64).ReadMsg(&req); err != nil || req.Version != WireVersion {
		st.Reset()
		return
	}
	limit := int(min(req.Limit, MaxSyncItems))
	since := time.UnixMilli(req.SinceUnixMs)
	s.mu.Lock()
	var items []Evidence
	for _, e := range s.items {
		if !e.Time.Before(since) {
			items = append(items, e)
		}
	}
	s.mu.Unlock()
	slices.SortFunc(items, func(a, b Evidence) int { return compareEvidence(&a, &b) })
	items = items[:min(len(items), limit)]
	w := pbio.NewDelimitedWriter(st)
	for len(items) > 0 {
		n := min(len(items), MaxBatch)
		b := &pb.Batch{}
		for i := range items[:n] {
			b.Items = append(b.Items, toPB(&items[i]))
		}
		if err := w.WriteMsg(b); err != nil {
			st.Reset()
			return
		}
		items = items[n:]
	}
}

// SyncFrom asks p for the evidence it holds dated at or after since,
// paging until it has all, and keeps what passes the checks. It returns
// how many new items it stored.
func (s *Service) SyncFrom(ctx context.Context, p peer.ID, since time.Time) (int, error) {
	if s.cfg.Host == nil {
		return 0, errors.New("narrative sync: no host")
	}
	total := 0
	for page := 0; page < 64; page++ {
		got, last, err := s.syncPage(ctx, p, since)
		total += got.stored
		if err != nil {
			return total, err
		}
		if got.received < MaxSyncItems || !last.After(since) {
			return total, nil
		}
		since = last
	}
	return total, nil
}

type syncCount struct{ received, stored int }

func (s *Service) syncPage(ctx context.Context, p peer.ID, since time.Time) (syncCount, time.Time, error) {
	var c syncCount
	ctx, cancel := context.WithTimeout(ctx, syncTimeout)
	defer cancel()
	st, err := s.cfg.Host.NewStream(ctx, p, SyncProtocol)
	if err != nil {
		return c, since, fmt.Errorf("narrative sync with %s: %w", p, err)
	}
	defer st.Close()
	stop := context.AfterFunc(ctx, func() { st.Reset() })
	defer stop()
	if err := pbio.NewDelimitedWriter(st).WriteMsg(&pb.SyncRequest{Version: WireVersion,
		SinceUnixMs: since.UnixMilli(), Limit: MaxSyncItems}); err != nil {
		st.Reset()
		return c, since, fmt.Errorf("narrative sync with %s: %w", p, err)
	}
	if err := st.CloseWrite(); err != nil {
		st.Reset()
		return c, since, err
	}
	r := pbio.NewDelimitedReader(st, MaxMessageSize)
	last := since
	now := s.cfg.Now()
	for c.received < MaxSyncItems {
		var b pb.Batch
		if err := r.ReadMsg(&b); err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return c, last, fmt.Errorf("%w: %s: %v", ErrSyncRefused, p, err)
		}
		if len(b.Items) == 0 || len(b.Items) > MaxBatch {
			return c, last, fmt.Errorf("%w: %s sent a batch of %d items", ErrSyncRefused, p, len(b.Items))
		}
		var fresh []Evidence
		for _, pe := range b.Items {
			c.received++
			e, err := fromPB(pe)
			if err != nil {
				s.countReject(err)
				return c, last, fmt.Errorf("%w: %s: %v", ErrSyncRefused, p, err)
			}
			if e.Time.After(last) {
				last = e.Time
			}
			dup, err := s.checkItem(ctx, &e, now)
			switch {
			case err != nil && heldBack(err):
				s.hold(e)
			case err != nil:
				// An honest peer holds only what passed these checks; its
				// charter may differ from ours, so this is counted, not fatal.
				s.countReject(err)
			case !dup:
				fresh = append(fresh, e)
			}
		}
		added, err := s.store(fresh)
		c.stored += len(added)
		if err != nil {
			return c, last, err
		}
	}
	return c, last, nil
}

// syncPeers pulls from up to n connected peers what they hold since the
// last sync (everything, the first time).
func (s *Service) syncPeers(n int) {
	if s.cfg.Host == nil {
		return
	}
	now := s.cfg.Now()
	s.mu.Lock()
	since := s.syncedTo
	s.mu.Unlock()
	if since.IsZero() {
		since = now.Add(-s.cfg.Params.MaxAge)
	}
	// A margin covers items dated before our last sync that the peer only
	// received after it.
	since = since.Add(-2 * s.cfg.Params.Window)
	peers := s.cfg.Host.Network().Peers()
	slices.SortFunc(peers, func(a, b peer.ID) int {
		// Rotate through peers: a different order every sync.
		return int(peerHash(a, now)) - int(peerHash(b, now))
	})
	ok := false
	for _, p := range peers {
		if n == 0 {
			break
		}
		if protos, err := s.cfg.Host.Peerstore().SupportsProtocols(p, SyncProtocol); err != nil || len(protos) == 0 {
			continue
		}
		n--
		got, err := s.SyncFrom(s.ctx, p, since)
		if err != nil {
			if s.ctx.Err() == nil {
				s.log.Debug("narrative sync", "peer", p, "err", err)
			}
			continue
		}
		ok = true
		if got > 0 {
			s.log.Debug("narrative sync", "peer", p, "new", got)
		}
	}
	if ok {
		s.mu.Lock()
		s.syncedTo = now
		s.mu.Unlock()
	}
}

func peerHash(p peer.ID, t time.Time) uint16 {
	h := uint16(t.UnixNano() >> 20)
	for _, b := range []byte(p) {
		h = h*31 + uint16(b)
	}
	return h
}
