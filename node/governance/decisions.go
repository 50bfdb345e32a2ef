package governance

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"
	mh "github.com/multiformats/go-multihash"

	"github.com/x0tta6bl4/westworld/node/enforce"
)

// ManifestIDOf is the refuge manifest ID (a CIDv1, raw, sha2-256) whose digest the chain's
// ManifestReleased event carries.
func ManifestIDOf(digest [32]byte) (string, error) {
	m, err := mh.Encode(digest[:], mh.SHA2_256)
	if err != nil {
		return "", err
	}
	return cid.NewCidV1(cid.Raw, m).String(), nil
}

// reconcileManifests releases every manifest an executed emergency proposal released and this
// node has not yet acted on.
func (s *Service) reconcileManifests(ctx context.Context) {
	if s.d.Release == nil {
		return
	}
	ms, err := s.d.Chain.Index().Manifests(ctx)
	if err != nil {
		s.log.Warn("read released manifests", "err", err)
		return
	}
	for _, m := range ms {
		k := key(keyReleased, m.ID[:])
		if done, _ := s.d.Store.Has(k); done {
			continue
		}
		id, err := ManifestIDOf(m.ID)
		if err != nil {
			continue
		}
		proposal := s.executedBy(ctx, m.At.Tx)
		if proposal == "" {
			proposal = "tx " + m.At.Tx.Hex()
		}
		err = s.d.Release(ctx, id, proposal)
		if err != nil {
			// A manifest this node does not hold, or one that allows no emergency release, is
			// settled too: retrying cannot change it.
			s.log.Warn("release manifest by proposal", "manifest", id, "proposal", proposal, "err", err)
		} else {
			s.log.Info("manifest released by proposal", "manifest", id, "proposal", proposal)
		}
		if err := s.d.Store.Put(k, []byte(proposal)); err != nil {
			s.log.Warn("store release marker", "err", err)
		}
	}
}

// reconcileSuspensions applies every suspension in force on chain that this node has not
// applied, and lifts the ones it applied that the chain has lifted.
func (s *Service) reconcileSuspensions(ctx context.Context) {
	if s.d.Enforcer == nil {
		return
	}
	sus, err := s.d.Chain.Index().Suspensions(ctx)
	if err != nil {
		s.log.Warn("read suspensions", "err", err)
		return
	}
	now := s.cfg.Now()
	current := map[[32]byte]bool{}
	for _, st := range sus {
		current[st.PeerHash] = true
		k := key(keySusp, st.PeerHash[:])
		if raw, err := s.d.Store.Get(k); err == nil && len(raw) == 8 && int64(binary.BigEndian.Uint64(raw)) == st.Until.Unix() {
			continue
		}
		if !st.Until.After(now) {
			continue
		}
		pid, err := peer.IDFromBytes(st.Peer)
		if err != nil {
			s.log.Warn("suspension names no peer ID", "peer", st.Peer, "err", err)
			continue
		}
		proposal := s.executedBy(ctx, st.At.Tx)
		if proposal == "" {
			proposal = "tx " + st.At.Tx.Hex()
		}
		err = s.d.Enforcer.Apply(ctx, enforce.Penalty{
			Target: enforce.Target{Peer: pid},
			Kind:   enforce.KindSuspend,
			Until:  st.Until,
			Source: enforce.Source{Kind: enforce.SourceProposal, Ref: proposal, Reason: st.Reason},
			Force:  true, // decided by vote: binds bootstrap peers too
		})
		if err != nil {
			s.log.Warn("apply suspension by proposal", "peer", pid, "err", err)
			if !errors.Is(err, context.Canceled) {
				continue
			}
			return
		}
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], uint64(st.Until.Unix()))
		if err := s.d.Store.Put(k, b[:]); err != nil {
			s.log.Warn("store suspension marker", "err", err)
		}
		s.log.Info("peer suspended by proposal", "peer", pid, "until", st.Until.Format(time.RFC3339), "proposal", proposal)
	}
	// Lifts: markers of suspensions the chain no longer has.
	var lifted [][]byte
	_ = s.d.Store.Iterate(keySusp, func(k, _ []byte) error {
		h := k[len(k)-32:]
		if !current[[32]byte(h)] {
			lifted = append(lifted, append([]byte(nil), h...))
		}
		return nil
	})
	for _, h := range lifted {
		s.liftByHash(ctx, h)
	}
}

func (s *Service) liftByHash(ctx context.Context, h []byte) {
	step, ok, err := s.d.Chain.Index().Suspension(ctx, [32]byte(h))
	var pid peer.ID
	if err == nil && ok && step.Peer != nil {
		pid, err = peer.IDFromBytes(step.Peer)
	} else if err == nil {
		err = fmt.Errorf("no peer recorded for hash %x", h)
	}
	if err != nil {
		s.log.Warn("lift by proposal", "peer_hash", fmt.Sprintf("%x", h), "err", err)
	} else if err := s.d.Enforcer.Lift(ctx, enforce.Target{Peer: pid}); err != nil {
		s.log.Debug("lift by proposal", "peer", pid, "err", err)
	} else {
		s.log.Info("peer lifted by proposal", "peer", pid)
	}
	if err := s.d.Store.Delete(key(keySusp, h)); err != nil {
		s.log.Warn("clear suspension marker", "err", err)
	}
}

// reconcileGuardians hands the registry's guardian set to the node once per epoch.
func (s *Service) reconcileGuardians(ctx context.Context) {
	if s.d.Guardians == nil {
		return
	}
	set, ok, err := s.d.Chain.Index().Guardians(ctx)
	if err != nil || !ok {
		return
	}
	// The epoch applied is kept in memory, not Badger: the guardian set lives in refuge's
	// memory, so every start applies the current one again.
	s.mu.Lock()
	done, applied := s.guardianEpoch, s.guardianApplied
	s.mu.Unlock()
	if applied && set.Epoch <= done {
		return
	}
	if err := s.d.Guardians(ctx, set); err != nil {
		s.log.Warn("apply the guardian set", "epoch", set.Epoch, "err", err)
		return
	}
	s.mu.Lock()
	s.guardianEpoch, s.guardianApplied = set.Epoch, true
	s.mu.Unlock()
	s.log.Info("guardian set applied", "epoch", set.Epoch, "guardians", len(set.Guardians), "threshold", set.Threshold)
}
