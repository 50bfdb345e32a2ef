package refuge

import (
	"crypto/ed25519"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/proto"

	"github.com/x0tta6bl4/westworld/node/refuge/pb"
)

// Sentinel errors of message verification.
var (
	// ErrBadMessage is a gossip message that does not decode or is malformed.
	ErrBadMessage = errors.New("malformed refuge message")
	// ErrBadSignature is a signature that does not verify: a forgery, a
	// check-in made with the wrong key, or a tampered message.
	ErrBadSignature = errors.New("signature does not verify")
	// ErrNotGuardian is a guardian message from a peer that is not the
	// guardian at that position of the manifest.
	ErrNotGuardian = errors.New("not a guardian of this manifest")
)

// MaxMessageSize is the size cap of westworld/refuge/1.
const MaxMessageSize = 64 << 10

// sigPayload is the domain-separated bytes a refuge signature covers:
// "westworld/refuge/1/<context>\x00" followed by each field with its length
// as a uvarint, so no two different messages share a payload.
func sigPayload(context string, fields ...[]byte) []byte {
	out := make([]byte, 0, 64)
	out = append(out, "westworld/refuge/1/"...)
	out = append(out, context...)
	out = append(out, 0)
	for _, f := range fields {
		out = binary.AppendUvarint(out, uint64(len(f)))
		out = append(out, f...)
	}
	return out
}

func u64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }
func i64(v int64) []byte  { return u64(uint64(v)) }

func checkinPayload(c *pb.Checkin) []byte {
	return sigPayload("checkin", []byte(c.ManifestId), i64(c.TimeUnixMs))
}

func releasePayload(r *pb.ReleaseRequest) []byte {
	return sigPayload("release", []byte(r.ManifestId), i64(r.TimeUnixMs))
}

func ackPayload(a *pb.GuardianAck) []byte {
	return sigPayload("guardian-ack", []byte(a.ManifestId), u64(uint64(a.Index)), i64(a.TimeUnixMs))
}

func sharePayload(s *pb.ReleaseShare) []byte {
	return sigPayload("share", []byte(s.ManifestId), u64(uint64(s.Index)), s.Value,
		u64(uint64(s.Reason)), []byte(s.ProposalId), i64(s.TimeUnixMs))
}

func pinAckPayload(a *pb.PinAck) []byte {
	return sigPayload("pin-ack", []byte(a.ManifestId), a.CiphertextCid, u64(a.CiphertextSize), a.Replica, i64(a.TimeUnixMs))
}

// NewCheckin makes a check-in for manifest id at t, signed with the
// manifest's check-in key.
func NewCheckin(id string, t time.Time, key ed25519.PrivateKey) *pb.Checkin {
	c := &pb.Checkin{ManifestId: id, TimeUnixMs: t.UnixMilli()}
	c.Signature = ed25519.Sign(key, checkinPayload(c))
	return c
}

// NewReleaseRequest makes the publisher's release request.
func NewReleaseRequest(id string, t time.Time, key ed25519.PrivateKey) *pb.ReleaseRequest {
	r := &pb.ReleaseRequest{ManifestId: id, TimeUnixMs: t.UnixMilli()}
	r.Signature = ed25519.Sign(key, releasePayload(r))
	return r
}

// NewGuardianAck makes a guardian's acknowledgement, signed with its libp2p key.
func NewGuardianAck(id string, index int, t time.Time, key crypto.PrivKey) (*pb.GuardianAck, error) {
	a := &pb.GuardianAck{ManifestId: id, Index: uint32(index), TimeUnixMs: t.UnixMilli()}
	sig, err := key.Sign(ackPayload(a))
	if err != nil {
		return nil, err
	}
	a.Signature = sig
	return a, nil
}

// NewReleaseShare makes a guardian's released share, signed with its libp2p key.
func NewReleaseShare(id string, sh Share, reason pb.Reason, proposal string, t time.Time, key crypto.PrivKey) (*pb.ReleaseShare, error) {
	s := &pb.ReleaseShare{ManifestId: id, Index: uint32(sh.ID - 1), Value: sh.Value, Reason: reason,
		ProposalId: proposal, TimeUnixMs: t.UnixMilli()}
	sig, err := key.Sign(sharePayload(s))
	if err != nil {
		return nil, err
	}
	s.Signature = sig
	return s, nil
}

// newPinAck makes a replica's acknowledgement, signed with its libp2p key.
func newPinAck(req *pb.PinRequest, self peer.ID, t time.Time, key crypto.PrivKey) (*pb.PinAck, error) {
	a := &pb.PinAck{ManifestId: req.ManifestId, CiphertextCid: req.CiphertextCid, CiphertextSize: req.CiphertextSize,
		Replica: []byte(self), TimeUnixMs: t.UnixMilli()}
	sig, err := key.Sign(pinAckPayload(a))
	if err != nil {
		return nil, err
	}
	a.Signature = sig
	return a, nil
}

// VerifyPinAck checks a replica's acknowledgement against the request it
// answers and the replica's key (embedded in its peer ID).
func VerifyPinAck(req *pb.PinRequest, a *pb.PinAck, from peer.ID) error {
	if a == nil {
		return fmt.Errorf("%w: no acknowledgement", ErrBadMessage)
	}
	if a.ManifestId != req.ManifestId || string(a.CiphertextCid) != string(req.CiphertextCid) || a.CiphertextSize != req.CiphertextSize {
		return fmt.Errorf("%w: acknowledgement is for another document", ErrBadMessage)
	}
	if peer.ID(a.Replica) != from {
		return fmt.Errorf("%w: acknowledgement names %s, sent by %s", ErrBadSignature, peer.ID(a.Replica), from)
	}
	return verifyPeerSig(from, pinAckPayload(a), a.Signature)
}

func verifyPeerSig(p peer.ID, payload, sig []byte) error {
	pk, err := p.ExtractPublicKey()
	if err != nil {
		return fmt.Errorf("%w: peer %s: no public key in its ID", ErrBadSignature, p)
	}
	ok, err := pk.Verify(payload, sig)
	if err != nil || !ok {
		return fmt.Errorf("%w: not signed by %s", ErrBadSignature, p)
	}
	return nil
}

// VerifyCheckin checks a check-in against its manifest: signed with the
// manifest's check-in key and not dated in the future.
func VerifyCheckin(m *Manifest, c *pb.Checkin, now time.Time) error {
	if c.ManifestId != m.ID {
		return fmt.Errorf("%w: check-in for %s checked against %s", ErrBadMessage, c.ManifestId, m.ID)
	}
	if !ed25519.Verify(m.CheckinKey, checkinPayload(c), c.Signature) {
		return fmt.Errorf("check-in for %s: %w: not signed with the manifest's check-in key", m.ID, ErrBadSignature)
	}
	if time.UnixMilli(c.TimeUnixMs).After(now.Add(maxClockSkew)) {
		return fmt.Errorf("%w: check-in dated %s, in the future", ErrBadMessage, time.UnixMilli(c.TimeUnixMs).UTC().Format(time.RFC3339))
	}
	return nil
}

// VerifyRelease checks the publisher's release request.
func VerifyRelease(m *Manifest, r *pb.ReleaseRequest, now time.Time) error {
	if r.ManifestId != m.ID {
		return fmt.Errorf("%w: release for %s checked against %s", ErrBadMessage, r.ManifestId, m.ID)
	}
	if !ed25519.Verify(m.CheckinKey, releasePayload(r), r.Signature) {
		return fmt.Errorf("release request for %s: %w: not signed with the manifest's check-in key", m.ID, ErrBadSignature)
	}
	if time.UnixMilli(r.TimeUnixMs).After(now.Add(maxClockSkew)) {
		return fmt.Errorf("%w: release request dated in the future", ErrBadMessage)
	}
	return nil
}

// VerifyAck checks a guardian acknowledgement: from the guardian at its
// index, signed with that guardian's key.
func VerifyAck(m *Manifest, a *pb.GuardianAck) error {
	if a.ManifestId != m.ID {
		return fmt.Errorf("%w: acknowledgement for another manifest", ErrBadMessage)
	}
	if int(a.Index) >= len(m.Guardians) {
		return fmt.Errorf("%w: index %d of %d guardians", ErrNotGuardian, a.Index, len(m.Guardians))
	}
	return verifyPeerSig(m.Guardians[a.Index].PeerID, ackPayload(a), a.Signature)
}

// VerifyShareSignature checks that a released share comes from the guardian
// at its index. It does not check the value: see Manifest.Commitments.Verify.
func VerifyShareSignature(m *Manifest, s *pb.ReleaseShare) error {
	if s.ManifestId != m.ID {
		return fmt.Errorf("%w: share for another manifest", ErrBadMessage)
	}
	if int(s.Index) >= len(m.Guardians) {
		return fmt.Errorf("%w: index %d of %d guardians", ErrNotGuardian, s.Index, len(m.Guardians))
	}
	if err := verifyPeerSig(m.Guardians[s.Index].PeerID, sharePayload(s), s.Signature); err != nil {
		return fmt.Errorf("share %d of %s: %w", s.Index+1, m.ID, err)
	}
	return nil
}

// EncodeMessage serialises a gossip message.
func EncodeMessage(m *pb.Message) ([]byte, error) {
	b, err := proto.MarshalOptions{Deterministic: true}.Marshal(m)
	if err != nil {
		return nil, err
	}
	if len(b) > MaxMessageSize {
		return nil, fmt.Errorf("refuge message of %d bytes over the %d limit", len(b), MaxMessageSize)
	}
	return b, nil
}

// DecodeMessage parses a westworld/refuge/1 message and checks its shape:
// exactly one body, well-formed IDs, sizes within bounds. Signatures and
// commitments need the manifest and are checked by the Verify functions.
func DecodeMessage(b []byte) (*pb.Message, error) {
	if len(b) > MaxMessageSize {
		return nil, fmt.Errorf("%w: %d bytes", ErrBadMessage, len(b))
	}
	var m pb.Message
	if err := proto.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadMessage, err)
	}
	bad := func(format string, args ...any) (*pb.Message, error) {
		return nil, fmt.Errorf("%w: %s", ErrBadMessage, fmt.Sprintf(format, args...))
	}
	checkID := func(id string) error {
		_, err := ParseManifestID(id)
		return err
	}
	switch body := m.Body.(type) {
	case *pb.Message_Announce:
		a := body.Announce
		if a == nil || a.Manifest == nil {
			return bad("announce without a manifest")
		}
		if c := a.LatestCheckin; c != nil {
			if err := checkID(c.ManifestId); err != nil {
				return bad("announce check-in: %v", err)
			}
		}
	case *pb.Message_Ack:
		a := body.Ack
		if a == nil {
			return bad("empty acknowledgement")
		}
		if err := checkID(a.ManifestId); err != nil {
			return bad("%v", err)
		}
		if a.Index >= MaxGuardians || len(a.Signature) == 0 || len(a.Signature) > 1024 {
			return bad("acknowledgement index %d / signature of %d bytes", a.Index, len(a.Signature))
		}
	case *pb.Message_Checkin:
		c := body.Checkin
		if c == nil {
			return bad("empty check-in")
		}
		if err := checkID(c.ManifestId); err != nil {
			return bad("%v", err)
		}
		if len(c.Signature) != ed25519.SignatureSize {
			return bad("check-in signature of %d bytes", len(c.Signature))
		}
	case *pb.Message_Release:
		r := body.Release
		if r == nil {
			return bad("empty release request")
		}
		if err := checkID(r.ManifestId); err != nil {
			return bad("%v", err)
		}
		if len(r.Signature) != ed25519.SignatureSize {
			return bad("release signature of %d bytes", len(r.Signature))
		}
	case *pb.Message_Share:
		s := body.Share
		if s == nil {
			return bad("empty share")
		}
		if err := checkID(s.ManifestId); err != nil {
			return bad("%v", err)
		}
		if s.Index >= MaxGuardians || len(s.Value) != 32 || len(s.Signature) == 0 || len(s.Signature) > 1024 {
			return bad("share index %d, value of %d bytes, signature of %d bytes", s.Index, len(s.Value), len(s.Signature))
		}
		if s.Reason == pb.Reason_REASON_UNSPECIFIED || s.Reason > pb.Reason_REASON_PROPOSAL {
			return bad("share with reason %d", s.Reason)
		}
		if len(s.ProposalId) > 256 {
			return bad("proposal ID of %d bytes", len(s.ProposalId))
		}
	default:
		return bad("no body")
	}
	return &m, nil
}
