package refuge

import (
	"context"
	"errors"
	"fmt"

	pubsub "github.com/libp2p/go-libp2p-pubsub"

	"github.com/x0tta6bl4/westworld/node/refuge/pb"
	"github.com/x0tta6bl4/westworld/p2p"
)

// validated is what the validator leaves for the handler.
type validated struct {
	msg *pb.Message
	m   *Manifest // the announced manifest, for announcements
}

// validate checks every refuge message before it is delivered or
// forwarded: manifests by their signature and structure, check-ins and
// release requests by the manifest's check-in key, acknowledgements and
// shares by the guardian's key, and shares against the commitments. A
// share that is signed by its guardian but fails the commitments is named
// in this node's records and rejected: it is never used.
func (r *Refuge) validate(ctx context.Context, msg *pubsub.Message) error {
	if _, err := r.running(); err != nil {
		return fmt.Errorf("refuge stopped: %w", p2p.ErrIgnore)
	}
	m, err := DecodeMessage(msg.Data)
	if err != nil {
		return err
	}
	now := r.now()
	unknown := func(id string) error {
		// Not wrong, only early or for a manifest we never saw.
		return fmt.Errorf("manifest %s unknown here: %w", id, p2p.ErrIgnore)
	}
	v := &validated{msg: m}
	switch body := m.Body.(type) {
	case *pb.Message_Announce:
		signed, err := marshalSigned(body.Announce.Manifest)
		if err != nil {
			return err
		}
		man, err := DecodeManifest(signed, now)
		if err != nil {
			return err
		}
		if c := body.Announce.LatestCheckin; c != nil {
			if err := VerifyCheckin(man, c, now); err != nil {
				return err
			}
		}
		v.m = man
	case *pb.Message_Ack:
		e := r.entry(body.Ack.ManifestId)
		if e == nil {
			return unknown(body.Ack.ManifestId)
		}
		if err := VerifyAck(e.m, body.Ack); err != nil {
			return err
		}
	case *pb.Message_Checkin:
		e := r.entry(body.Checkin.ManifestId)
		if e == nil {
			return unknown(body.Checkin.ManifestId)
		}
		if err := VerifyCheckin(e.m, body.Checkin, now); err != nil {
			return err
		}
	case *pb.Message_Release:
		e := r.entry(body.Release.ManifestId)
		if e == nil {
			return unknown(body.Release.ManifestId)
		}
		if err := VerifyRelease(e.m, body.Release, now); err != nil {
			return err
		}
	case *pb.Message_Share:
		s := body.Share
		e := r.entry(s.ManifestId)
		if e == nil {
			return unknown(s.ManifestId)
		}
		if err := VerifyShareSignature(e.m, s); err != nil {
			return err
		}
		if err := e.m.Commitments.Verify(Share{ID: int(s.Index) + 1, Value: s.Value}); err != nil {
			r.rejectShare(e, s, err)
			return err
		}
	}
	msg.ValidatorData = v
	return nil
}

// rejectShare names a guardian whose signed share failed the commitments.
func (r *Refuge) rejectShare(e *entry, s *pb.ReleaseShare, why error) {
	g := e.m.Guardians[s.Index]
	rec := &pb.RejectedShare{Index: s.Index, PeerId: []byte(g.PeerID), Reason: why.Error(), TimeUnixMs: r.now().UnixMilli()}
	r.mu.Lock()
	_, had := e.rejected[int(s.Index)]
	e.rejected[int(s.Index)] = rec
	err := r.put(idxKey(keyRejected, e.m.ID, int(s.Index)), rec)
	r.mu.Unlock()
	if err != nil {
		r.log.Warn("store rejected share", "manifest", e.m.ID, "err", err)
	}
	if !had {
		r.log.Warn("guardian published a share that fails the commitments; excluded",
			"manifest", e.m.ID, "guardian", s.Index+1, "peer", g.PeerID, "reason", why)
	}
}

// handle applies an accepted message.
func (r *Refuge) handle(msg *pubsub.Message) {
	v, ok := msg.ValidatorData.(*validated)
	if !ok {
		return
	}
	switch body := v.msg.Body.(type) {
	case *pb.Message_Announce:
		e, isNew, err := r.learn(v.m)
		if err != nil {
			r.log.Warn("learn manifest", "err", err)
			return
		}
		if c := body.Announce.LatestCheckin; c != nil {
			r.applyCheckin(e, c)
		}
		if isNew {
			r.log.Info("manifest announced", "manifest", e.m.ID, "size", e.m.CiphertextSize,
				"threshold", e.m.Threshold, "guardians", len(e.m.Guardians), "from", msg.GetFrom())
		}
		r.checkShareLater(e)
	case *pb.Message_Ack:
		e := r.entry(body.Ack.ManifestId)
		if e == nil {
			return
		}
		r.mu.Lock()
		i := int(body.Ack.Index)
		_, had := e.acks[i]
		if !had {
			e.acks[i] = body.Ack
			if err := r.put(idxKey(keyAck, e.m.ID, i), body.Ack); err != nil {
				r.log.Warn("store guardian acknowledgement", "err", err)
			}
		}
		r.mu.Unlock()
	case *pb.Message_Checkin:
		if e := r.entry(body.Checkin.ManifestId); e != nil {
			r.applyCheckin(e, body.Checkin)
		}
	case *pb.Message_Release:
		e := r.entry(body.Release.ManifestId)
		if e == nil {
			return
		}
		rel := &pb.Release{Reason: pb.Reason_REASON_PUBLISHER, TimeUnixMs: r.now().UnixMilli()}
		r.noteRelease(e, rel)
		if r.isGuardian(e) {
			r.spawn(func(ctx context.Context) {
				if err := r.releaseShare(ctx, e, rel); err != nil {
					r.log.Warn("release share on the publisher's request", "manifest", e.m.ID, "err", err)
				}
			})
		}
	case *pb.Message_Share:
		s := body.Share
		e := r.entry(s.ManifestId)
		if e == nil {
			return
		}
		i := int(s.Index)
		r.mu.Lock()
		_, had := e.shares[i]
		if !had {
			e.shares[i] = s
			if err := r.put(idxKey(keyShare, e.m.ID, i), s); err != nil {
				r.log.Warn("store released share", "err", err)
			}
		}
		n := len(e.shares)
		r.mu.Unlock()
		r.noteRelease(e, &pb.Release{Reason: s.Reason, ProposalId: s.ProposalId, TimeUnixMs: r.now().UnixMilli()})
		if !had {
			r.log.Info("guardian share released", "manifest", e.m.ID, "guardian", i+1, "valid_shares", n, "threshold", e.m.Threshold)
		}
	}
}

var errNoManifest = errors.New("announcement without a manifest")

func marshalSigned(sm *pb.SignedManifest) ([]byte, error) {
	if sm == nil {
		return nil, fmt.Errorf("%w: %w", ErrBadMessage, errNoManifest)
	}
	return protoDeterministic(sm)
}
