package refuge

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/libp2p/go-msgio/pbio"

	"github.com/x0tta6bl4/westworld/node/refuge/pb"
)

// PinProtocol is the protocol a publisher asks peers to replicate with: it
// sends a PinRequest; the peer fetches the manifest, the shares and the
// ciphertext over bitswap, pins them, and answers with a signed PinAck.
const PinProtocol protocol.ID = "/westworld/refuge/pin/1.0.0"

// maxPinMessage bounds a pin request or response on the wire.
const maxPinMessage = 4 << 10

// ReplicaProgress reports a publish's replication: acknowledgements so far
// of those wanted.
type ReplicaProgress func(acks, wanted int)

// replicate asks peers to pin m until want of them (besides those in have)
// acknowledged or ctx ends. Peers are the connected ones that speak
// PinProtocol, in random order; one that refuses or fails is replaced by
// the next. It returns every valid acknowledgement it got.
func (r *Refuge) replicate(ctx context.Context, m *Manifest, want int, have []*pb.PinAck, progress ReplicaProgress) []*pb.PinAck {
	req := &pb.PinRequest{ManifestId: m.ID, CiphertextCid: m.Ciphertext.Bytes(), CiphertextSize: uint64(m.CiphertextSize)}
	tried := map[peer.ID]bool{r.self: true}
	for _, a := range have {
		tried[peer.ID(a.Replica)] = true
	}
	var acks []*pb.PinAck
	type result struct {
		p   peer.ID
		ack *pb.PinAck
		err error
	}
	results := make(chan result)
	inflight := 0
	report := func() {
		if progress != nil {
			progress(len(acks), want)
		}
	}
	report()
	poll := time.NewTicker(500 * time.Millisecond)
	defer poll.Stop()
	for len(acks) < want {
		for _, p := range r.pinCandidates(tried) {
			if len(acks)+inflight >= want {
				break
			}
			tried[p] = true
			inflight++
			go func() {
				ack, err := r.askPin(ctx, p, req)
				results <- result{p, ack, err}
			}()
		}
		select {
		case res := <-results:
			inflight--
			if res.err != nil {
				r.log.Info("replica refused or failed", "manifest", m.ID, "peer", res.p, "err", res.err)
				continue
			}
			acks = append(acks, res.ack)
			report()
		case <-poll.C:
			// New peers may have connected: look again.
		case <-ctx.Done():
			for ; inflight > 0; inflight-- {
				if res := <-results; res.err == nil {
					acks = append(acks, res.ack)
				}
			}
			return acks
		}
	}
	for ; inflight > 0; inflight-- {
		<-results // the ctx of the caller ends them; collect to end the goroutines
	}
	return acks
}

// pinCandidates lists connected peers that speak PinProtocol and were not
// tried, shuffled.
func (r *Refuge) pinCandidates(tried map[peer.ID]bool) []peer.ID {
	var out []peer.ID
	for _, p := range r.host.Network().Peers() {
		if tried[p] {
			continue
		}
		if ps, err := r.host.Peerstore().SupportsProtocols(p, PinProtocol); err != nil || len(ps) == 0 {
			continue
		}
		out = append(out, p)
	}
	rand.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// askPin sends one pin request and verifies the acknowledgement.
func (r *Refuge) askPin(ctx context.Context, p peer.ID, req *pb.PinRequest) (*pb.PinAck, error) {
	s, err := r.host.NewStream(ctx, p, PinProtocol)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	stop := context.AfterFunc(ctx, func() { s.Reset() })
	defer stop()
	if err := pbio.NewDelimitedWriter(s).WriteMsg(req); err != nil {
		s.Reset()
		return nil, fmt.Errorf("send pin request: %w", err)
	}
	if err := s.CloseWrite(); err != nil {
		s.Reset()
		return nil, err
	}
	var resp pb.PinResponse
	if err := pbio.NewDelimitedReader(s, maxPinMessage).ReadMsg(&resp); err != nil {
		s.Reset()
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("read pin response: %w", err)
	}
	if resp.Error != "" {
		return nil, errors.New(resp.Error)
	}
	if err := VerifyPinAck(req, resp.Ack, p); err != nil {
		return nil, err
	}
	return resp.Ack, nil
}

// servePin answers a pin request: it checks the request against the
// manifest, pins everything the document needs, and acknowledges.
func (r *Refuge) servePin(s network.Stream) {
	ctx, ok := r.track()
	if !ok {
		s.Reset()
		return
	}
	defer r.wg.Done()
	ctx, cancel := context.WithTimeout(ctx, r.cfg.ReplicaTimeout)
	defer cancel()
	stop := context.AfterFunc(ctx, func() { s.Reset() })
	defer stop()
	defer s.Close()
	from := s.Conn().RemotePeer()
	var req pb.PinRequest
	if err := pbio.NewDelimitedReader(s, maxPinMessage).ReadMsg(&req); err != nil {
		s.Reset()
		return
	}
	resp := &pb.PinResponse{}
	ack, err := r.pinFor(ctx, from, &req)
	if err != nil {
		resp.Error = err.Error()
		r.log.Info("pin request refused", "from", from, "manifest", req.ManifestId, "err", err)
	} else {
		resp.Ack = ack
	}
	if err := pbio.NewDelimitedWriter(s).WriteMsg(resp); err != nil {
		s.Reset()
	}
}

// pinFor replicates the document a pin request names.
func (r *Refuge) pinFor(ctx context.Context, from peer.ID, req *pb.PinRequest) (*pb.PinAck, error) {
	if !r.cfg.AcceptReplicas {
		return nil, errors.New("this node does not accept refuge replicas")
	}
	if req.CiphertextSize > uint64(r.cfg.MaxReplicaBytes) {
		return nil, fmt.Errorf("document of %d bytes is over this node's replica limit of %d", req.CiphertextSize, r.cfg.MaxReplicaBytes)
	}
	mc, err := ParseManifestID(req.ManifestId)
	if err != nil {
		return nil, err
	}
	name := "refuge/replica/" + req.ManifestId
	if err := r.blocks.Pin(ctx, mc, name+"/manifest"); err != nil {
		return nil, fmt.Errorf("fetch manifest: %w", err)
	}
	e, err := r.manifest(ctx, req.ManifestId)
	if err != nil {
		_ = r.blocks.Unpin(context.WithoutCancel(ctx), mc)
		return nil, err
	}
	m := e.m
	if !m.Ciphertext.Equals(cidOrUndef(req.CiphertextCid)) || uint64(m.CiphertextSize) != req.CiphertextSize {
		return nil, errors.New("the request does not match the manifest")
	}
	// The root block says how big the DAG is: refuse before fetching it if
	// the manifest understated the size.
	st, err := r.blocks.Stat(ctx, m.Ciphertext)
	if err != nil {
		return nil, fmt.Errorf("ciphertext: %w", err)
	}
	if int64(st.FileSize) != m.CiphertextSize || st.CumulativeSize > uint64(r.cfg.MaxReplicaBytes)+uint64(r.cfg.MaxReplicaBytes)/64+(1<<20) {
		return nil, fmt.Errorf("ciphertext DAG of %d bytes (%d stored) does not match the manifest's %d", st.FileSize, st.CumulativeSize, m.CiphertextSize)
	}
	for i, g := range m.Guardians {
		if err := r.blocks.Pin(ctx, g.ShareCID, fmt.Sprintf("%s/share-%d", name, i+1)); err != nil {
			return nil, fmt.Errorf("fetch share %d: %w", i+1, err)
		}
	}
	if err := r.blocks.Pin(ctx, m.Ciphertext, name+"/ciphertext"); err != nil {
		return nil, fmt.Errorf("fetch ciphertext: %w", err)
	}
	ack, err := newPinAck(req, r.self, r.now(), r.key)
	if err != nil {
		return nil, err
	}
	r.mu.Lock()
	e.replica = ack
	err = r.put([]byte(keyReplica+m.ID), ack)
	r.mu.Unlock()
	if err != nil {
		return nil, err
	}
	r.log.Info("replicating refuge document", "manifest", m.ID, "bytes", m.CiphertextSize, "for", from)
	r.checkShareLater(e)
	return ack, nil
}

func cidOrUndef(b []byte) cid.Cid {
	c, err := cid.Cast(b)
	if err != nil {
		return cid.Undef
	}
	return c
}

// replicateLater asks for the missing replicas of an own publish in the
// background (after a publish that timed out short of its replicas).
func (r *Refuge) replicateLater(e *entry) {
	r.mu.Lock()
	if r.replicating[e.m.ID] || e.publish == nil {
		r.mu.Unlock()
		return
	}
	r.replicating[e.m.ID] = true
	have := append([]*pb.PinAck(nil), e.publish.Replicas...)
	want := int(e.publish.ReplicasWanted) - len(have)
	r.mu.Unlock()
	r.spawn(func(ctx context.Context) {
		defer func() {
			r.mu.Lock()
			delete(r.replicating, e.m.ID)
			r.mu.Unlock()
		}()
		ctx, cancel := context.WithTimeout(ctx, r.cfg.ReplicaTimeout)
		defer cancel()
		acks := r.replicate(ctx, e.m, want, have, nil)
		if len(acks) == 0 {
			return
		}
		r.mu.Lock()
		rec := e.publish
		rec.Replicas = append(rec.Replicas, acks...)
		err := r.put([]byte(keyPublish+e.m.ID), rec)
		r.mu.Unlock()
		if err != nil {
			r.log.Warn("store replicas", "manifest", e.m.ID, "err", err)
		}
		r.log.Info("more replicas acknowledged", "manifest", e.m.ID, "replicas", len(rec.Replicas), "wanted", rec.ReplicasWanted)
	})
}
