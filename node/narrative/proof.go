package narrative

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/proto"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node/refuge"
	rpb "github.com/x0tta6bl4/westworld/node/refuge/pb"
)

// Refuge and cradle evidence carries what lets any node check it, not only
// trust its attester: a pin carries the replica's signed PinAck, guardian
// duty the guardian's signed GuardianAck (or its released share), checked
// against the publisher-signed manifest; a completed rollout stage is
// signed by the cohort member itself and checked against the chain's
// experiment registry.

// Manifests looks up a verified refuge manifest by ID: one learned from
// refuge gossip, or fetched from IPFS. An error means "cannot verify here
// (now)", not "forged".
type Manifests func(ctx context.Context, id string) (*refuge.Manifest, error)

// CradleVerifier checks a completed rollout stage against the chain: nil,
// a *RejectError (ReasonNotOnChain: the registry does not show the
// experiment approved, yet; ReasonHalted), or another error (cannot check
// now).
type CradleVerifier func(ctx context.Context, experiment common.Hash, stage int, member peer.ID) error

// CohortFunc reports whether member was in the cohort of an experiment's stage, from the
// approved spec (the rollout engine has it); an error means it cannot tell yet.
type CohortFunc func(ctx context.Context, experiment common.Hash, stage int, member peer.ID) (bool, error)

// PinProof is the proof of a KindRefugePin item: the replica's signed
// acknowledgement (which carries every field of the request it answers).
func PinProof(a *rpb.PinAck) ([]byte, error) { return marshalProof(a) }

// GuardianAckProof is the proof of a KindGuardian item of GuardianAcked.
func GuardianAckProof(a *rpb.GuardianAck) ([]byte, error) { return marshalProof(a) }

// ReleaseProof is the proof of a KindGuardian item of GuardianReleased: the
// guardian's signed, released share (public once released).
func ReleaseProof(s *rpb.ReleaseShare) ([]byte, error) { return marshalProof(s) }

func marshalProof(m proto.Message) ([]byte, error) {
	b, err := proto.MarshalOptions{Deterministic: true}.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("encode proof: %w", err)
	}
	if len(b) > MaxProofLen {
		return nil, fmt.Errorf("encode proof: %d bytes, more than %d", len(b), MaxProofLen)
	}
	return b, nil
}

// refugeProof is a decoded refuge proof: exactly one field is set.
type refugeProof struct {
	pin     *rpb.PinAck
	ack     *rpb.GuardianAck
	release *rpb.ReleaseShare
}

// checkRefugeProof is the part of a refuge item's check that needs no
// manifest: the proof decodes, is about the item's manifest and time, and
// (for a pin) is the subject's own signature over the size the item claims.
func checkRefugeProof(e *Evidence) (refugeProof, error) {
	var p refugeProof
	if len(e.Proof) == 0 {
		return p, reject(ReasonMalformed, "%s evidence carries the subject's signed acknowledgement", e.Kind)
	}
	var (
		id string
		at int64
	)
	switch {
	case e.Kind == KindRefugePin:
		p.pin = &rpb.PinAck{}
		if err := proto.Unmarshal(e.Proof, p.pin); err != nil {
			return p, reject(ReasonMalformed, "pin proof: %v", err)
		}
		id, at = p.pin.ManifestId, p.pin.TimeUnixMs
		if peer.ID(p.pin.Replica) != e.Subject {
			return p, reject(ReasonForged, "the pin acknowledgement is by %s, not the subject %s", peer.ID(p.pin.Replica), e.Subject)
		}
		if p.pin.CiphertextSize != uint64(e.Amount) {
			return p, reject(ReasonForged, "claims %d bytes pinned, the replica acknowledged %d", e.Amount, p.pin.CiphertextSize)
		}
		req := &rpb.PinRequest{ManifestId: p.pin.ManifestId, CiphertextCid: p.pin.CiphertextCid, CiphertextSize: p.pin.CiphertextSize}
		if err := refuge.VerifyPinAck(req, p.pin, e.Subject); err != nil {
			return p, reject(ReasonForged, "pin acknowledgement: %v", err)
		}
	case e.Amount == GuardianAcked:
		p.ack = &rpb.GuardianAck{}
		if err := proto.Unmarshal(e.Proof, p.ack); err != nil {
			return p, reject(ReasonMalformed, "guardian proof: %v", err)
		}
		id, at = p.ack.ManifestId, p.ack.TimeUnixMs
	default:
		p.release = &rpb.ReleaseShare{}
		if err := proto.Unmarshal(e.Proof, p.release); err != nil {
			return p, reject(ReasonMalformed, "release proof: %v", err)
		}
		id, at = p.release.ManifestId, p.release.TimeUnixMs
	}
	if id != e.Ref {
		return p, reject(ReasonForged, "the proof is about manifest %q, the item about %q", id, e.Ref)
	}
	// The signed time dates the duty: an attester cannot refresh it.
	if at != e.Time.UnixMilli() {
		return p, reject(ReasonForged, "dated %s, its proof %s", e.Time.UTC().Format(time.RFC3339),
			time.UnixMilli(at).UTC().Format(time.RFC3339))
	}
	return p, nil
}

// VerifyRefuge checks a KindRefugePin or KindGuardian item completely: its
// proof (as Check does), and against the manifest: the pin acknowledges the
// manifest's ciphertext and size; the guardian acknowledgement or share is
// signed by the subject, at its position in the manifest's guardian set
// (a share also matches the commitments). No manifest (or no way to look
// it up) is ReasonNotVerifiable.
func VerifyRefuge(ctx context.Context, e *Evidence, manifests Manifests) error {
	if e.Kind != KindRefugePin && e.Kind != KindGuardian {
		return nil
	}
	p, err := checkRefugeProof(e)
	if err != nil {
		return err
	}
	if manifests == nil {
		return reject(ReasonNotVerifiable, "no refuge here to look up manifest %s", e.Ref)
	}
	m, err := manifests(ctx, e.Ref)
	if err != nil {
		if errors.Is(err, refuge.ErrBadManifest) || errors.Is(err, refuge.ErrBadManifestID) {
			return reject(ReasonForged, "manifest %s: %v", e.Ref, err)
		}
		return reject(ReasonNotVerifiable, "manifest %s: %v", e.Ref, err)
	}
	guardian := func(index uint32) error {
		if int(index) >= len(m.Guardians) || m.Guardians[index].PeerID != e.Subject {
			return reject(ReasonForged, "%s is not guardian %d of %s", e.Subject, index+1, m.ID)
		}
		return nil
	}
	switch {
	case p.pin != nil:
		// checkRefugeProof verified the replica signed these fields.
		if !bytes.Equal(p.pin.CiphertextCid, m.Ciphertext.Bytes()) || p.pin.CiphertextSize != uint64(m.CiphertextSize) {
			return reject(ReasonForged, "the replica acknowledged %d bytes of another ciphertext than manifest %s's (%d bytes)",
				p.pin.CiphertextSize, m.ID, m.CiphertextSize)
		}
	case p.ack != nil:
		if err := guardian(p.ack.Index); err != nil {
			return err
		}
		if err := refuge.VerifyAck(m, p.ack); err != nil {
			return reject(ReasonForged, "guardian acknowledgement: %v", err)
		}
	default:
		if err := guardian(p.release.Index); err != nil {
			return err
		}
		if err := refuge.VerifyReleasedShare(m, p.release); err != nil {
			return reject(ReasonForged, "released share: %v", err)
		}
	}
	return nil
}

// CradleRef names a completed rollout stage: the experiment ID in hex, "/",
// the stage index.
func CradleRef(experiment common.Hash, stage int) string {
	return experiment.Hex() + "/" + strconv.Itoa(stage)
}

// MaxCradleStage bounds a stage index (the registry stores it in a uint8).
const MaxCradleStage = 255

// ParseCradleRef splits a CradleRef.
func ParseCradleRef(ref string) (common.Hash, int, error) {
	h, s, ok := strings.Cut(ref, "/")
	if !ok || len(h) != 2+2*common.HashLength || !strings.HasPrefix(h, "0x") {
		return common.Hash{}, 0, reject(ReasonMalformed, "cradle ref %q is not <experiment 0x-hex>/<stage>", ref)
	}
	b, err := hex.DecodeString(h[2:])
	if err != nil {
		return common.Hash{}, 0, reject(ReasonMalformed, "cradle ref %q: experiment: %v", ref, err)
	}
	st, err := strconv.Atoi(s)
	if err != nil || st < 0 || st > MaxCradleStage {
		return common.Hash{}, 0, reject(ReasonMalformed, "cradle ref %q: stage is not 0..%d", ref, MaxCradleStage)
	}
	x := common.BytesToHash(b)
	// One spelling per stage: evidence is deduplicated by its ref.
	if CradleRef(x, st) != ref {
		return common.Hash{}, 0, reject(ReasonMalformed, "cradle ref %q is not in canonical form %q", ref, CradleRef(x, st))
	}
	return x, st, nil
}

// checkCradle is the part of a cradle item's check that needs no chain.
func checkCradle(e *Evidence) error {
	if _, _, err := ParseCradleRef(e.Ref); err != nil {
		return err
	}
	if e.Attester != e.Subject {
		return reject(ReasonForged, "a completed stage is signed by the cohort member itself, not by %s", e.Attester)
	}
	if e.Amount != 0 || len(e.Proof) != 0 {
		return reject(ReasonMalformed, "cradle evidence has no amount or proof")
	}
	return nil
}

// ExperimentIndex is what the cradle check needs of the chain
// (*chain.Index implements it).
type ExperimentIndex interface {
	Experiment(ctx context.Context, id common.Hash) (chain.Experiment, bool, error)
}

// ChainCradleVerifier checks completed stages against the experiment
// registry as x indexed it: the DAO approved the experiment and has not
// halted it. An experiment the index does not know (yet: it may be behind
// the member's) is ReasonNotOnChain; a halted one ReasonHalted, so its
// stages earn nothing.
func ChainCradleVerifier(x ExperimentIndex, cohort CohortFunc) CradleVerifier {
	return func(ctx context.Context, experiment common.Hash, stage int, member peer.ID) error {
		e, ok, err := x.Experiment(ctx, experiment)
		if err != nil {
			return fmt.Errorf("experiment %s: %w", experiment.Hex(), err)
		}
		switch {
		case !ok || e.Status == contracts.ExperimentStatusNone:
			return reject(ReasonNotOnChain, "experiment %s is not in the registry", experiment.Hex())
		case e.Status == contracts.ExperimentStatusHalted:
			return reject(ReasonHalted, "experiment %s was halted at stage %d", experiment.Hex(), e.Stage)
		case e.Status != contracts.ExperimentStatusApproved:
			return reject(ReasonNotOnChain, "experiment %s is %s in the registry", experiment.Hex(), e.Status)
		}
		// The registry says the experiment ran; the approved spec says who was in
		// each stage's cohort.
		if cohort == nil {
			return reject(ReasonNotVerifiable, "no rollout engine here to read experiment %s's cohorts", experiment.Hex())
		}
		in, err := cohort(ctx, experiment, stage, member)
		if err != nil {
			return reject(ReasonNotVerifiable, "cohort of experiment %s stage %d: %v", experiment.Hex(), stage, err)
		}
		if !in {
			return reject(ReasonNotInCohort, "%s was not in the cohort of experiment %s stage %d", member, experiment.Hex(), stage)
		}
		return nil
	}
}
