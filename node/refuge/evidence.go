package refuge

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/proto"

	"github.com/x0tta6bl4/westworld/node/refuge/pb"
)

// What refuge stored as signed proof of other peers' duty, for the narrative
// to pass on: every item is verifiable by any node with the manifest.

// Manifest returns a verified manifest by ID: one this node learned from
// refuge gossip or its own publish, else fetched from IPFS and verified
// (ErrUnknownManifest when neither has it).
func (r *Refuge) Manifest(ctx context.Context, id string) (*Manifest, error) {
	e, err := r.manifest(ctx, id)
	if err != nil {
		return nil, err
	}
	return e.m, nil
}

// PinAcks returns the replicas' signed acknowledgements of an own publish
// (none for a manifest this node did not publish).
func (r *Refuge) PinAcks(id string) []*pb.PinAck {
	r.mu.Lock()
	defer r.mu.Unlock()
	e := r.entries[id]
	if e == nil || e.publish == nil {
		return nil
	}
	out := make([]*pb.PinAck, 0, len(e.publish.Replicas))
	for _, a := range e.publish.Replicas {
		out = append(out, proto.CloneOf(a))
	}
	return out
}

// GuardianAcks returns the verified guardian acknowledgements of a
// manifest, by guardian position.
func (r *Refuge) GuardianAcks(id string) []*pb.GuardianAck {
	r.mu.Lock()
	defer r.mu.Unlock()
	e := r.entries[id]
	if e == nil {
		return nil
	}
	out := make([]*pb.GuardianAck, 0, len(e.acks))
	for _, a := range e.acks {
		out = append(out, proto.CloneOf(a))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Index < out[j].Index })
	return out
}

// ReleasedShares returns the released shares of a manifest that verified
// (signature and commitments), by guardian position.
func (r *Refuge) ReleasedShares(id string) []*pb.ReleaseShare {
	r.mu.Lock()
	defer r.mu.Unlock()
	e := r.entries[id]
	if e == nil {
		return nil
	}
	out := make([]*pb.ReleaseShare, 0, len(e.shares))
	for _, s := range e.shares {
		out = append(out, proto.CloneOf(s))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Index < out[j].Index })
	return out
}

// VerifyReleasedShare checks a released share completely: signed by the
// guardian at its index and consistent with the manifest's commitments.
func VerifyReleasedShare(m *Manifest, s *pb.ReleaseShare) error {
	if err := VerifyShareSignature(m, s); err != nil {
		return err
	}
	if err := m.Commitments.Verify(Share{ID: int(s.Index) + 1, Value: s.Value}); err != nil {
		return fmt.Errorf("share %d of %s: %w", s.Index+1, m.ID, err)
	}
	return nil
}

// NewPinAck makes a replica's acknowledgement of req, signed with its
// libp2p key (the replica is that key's peer).
func NewPinAck(req *pb.PinRequest, t time.Time, key crypto.PrivKey) (*pb.PinAck, error) {
	self, err := peer.IDFromPrivateKey(key)
	if err != nil {
		return nil, err
	}
	return newPinAck(req, self, t, key)
}
