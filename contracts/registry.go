package contracts

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ExperimentStatus is ExperimentRegistry.Status.
type ExperimentStatus uint8

// Experiment statuses, in the contract's order.
const (
	ExperimentStatusNone ExperimentStatus = iota
	ExperimentStatusApproved
	ExperimentStatusHalted
)

// String returns "none", "approved" or "halted".
func (s ExperimentStatus) String() string {
	switch s {
	case ExperimentStatusNone:
		return "none"
	case ExperimentStatusApproved:
		return "approved"
	case ExperimentStatusHalted:
		return "halted"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// AdoptedCharter is a CharterRegistry record: the charter plus when it was adopted.
type AdoptedCharter struct {
	CharterRecord
	BlockNumber uint64    `json:"block_number"`
	Time        time.Time `json:"time"`
}

// Experiment is an ExperimentRegistry record.
type Experiment struct {
	Status        ExperimentStatus `json:"status"`
	Stage         uint8            `json:"stage"`
	ReportHash    common.Hash      `json:"report_hash"`
	ReportCID     string           `json:"report_cid"`
	ApprovedBlock uint64           `json:"approved_block"`
	UpdatedBlock  uint64           `json:"updated_block"`
}

// GuardianSet is the GuardianRegistry state.
type GuardianSet struct {
	Epoch     uint64     `json:"epoch"`
	Threshold uint8      `json:"threshold"`
	Guardians []Guardian `json:"guardians"`
}

// Registries reads the registry state gossip validators check messages against.
type Registries struct {
	d      *Deployment
	caller bind.ContractCaller
}

// NewRegistries reads d's registries through caller.
func NewRegistries(d *Deployment, caller bind.ContractCaller) *Registries {
	return &Registries{d: d, caller: caller}
}

func (r *Registries) bound(addr common.Address, b interface{ GetABI() abi.ABI }) *bind.BoundContract {
	return bind.NewBoundContract(addr, b.GetABI(), r.caller, nil, nil)
}

// Charter is the charter in force; ok is false before the first amendment.
func (r *Registries) Charter(ctx context.Context) (AdoptedCharter, bool, error) {
	c := r.bound(r.d.CharterRegistry, charterABI)
	opts := &bind.CallOpts{Context: ctx}
	n, err := bind.Call(c, opts, charterABI.PackRecordCount(), charterABI.UnpackRecordCount)
	if err != nil {
		return AdoptedCharter{}, false, fmt.Errorf("charter record count: %w", err)
	}
	if n.Sign() == 0 {
		return AdoptedCharter{}, false, nil
	}
	rec, err := bind.Call(c, opts, charterABI.PackCurrent(), charterABI.UnpackCurrent)
	if err != nil {
		return AdoptedCharter{}, false, fmt.Errorf("current charter: %w", DecodeRevert(err))
	}
	return AdoptedCharter{
		CharterRecord: CharterRecord{Version: rec.Version, DocumentHash: rec.DocumentHash, CID: rec.Cid},
		BlockNumber:   rec.BlockNumber,
		Time:          unixTime(rec.Timestamp),
	}, true, nil
}

// CharterVersionOfHash is the latest charter version adopted with this SHA-256, 0 if never: a
// gossiped charter whose hash maps to 0 is rejected.
func (r *Registries) CharterVersionOfHash(ctx context.Context, documentHash common.Hash) (uint64, error) {
	v, err := bind.Call(r.bound(r.d.CharterRegistry, charterABI), &bind.CallOpts{Context: ctx},
		charterABI.PackVersionOfHash(documentHash), charterABI.UnpackVersionOfHash)
	if err != nil {
		return 0, fmt.Errorf("charter version of %s: %w", documentHash, err)
	}
	return v, nil
}

// Experiment is the registry record of one experiment (status none if unknown).
func (r *Registries) Experiment(ctx context.Context, id common.Hash) (Experiment, error) {
	v, err := bind.Call(r.bound(r.d.ExperimentRegistry, experimentABI), &bind.CallOpts{Context: ctx},
		experimentABI.PackExperiment(id), experimentABI.UnpackExperiment)
	if err != nil {
		return Experiment{}, fmt.Errorf("experiment %s: %w", id, err)
	}
	return Experiment{Status: ExperimentStatus(v.Status), Stage: v.Stage, ReportHash: v.ReportHash,
		ReportCID: v.ReportCid, ApprovedBlock: v.ApprovedBlock, UpdatedBlock: v.UpdatedBlock}, nil
}

// Guardians is the current guardian set.
func (r *Registries) Guardians(ctx context.Context) (GuardianSet, error) {
	c := r.bound(r.d.GuardianRegistry, guardianABI)
	opts := &bind.CallOpts{Context: ctx}
	gs, err := bind.Call(c, opts, guardianABI.PackGuardians(), guardianABI.UnpackGuardians)
	if err != nil {
		return GuardianSet{}, fmt.Errorf("guardians: %w", err)
	}
	th, err := bind.Call(c, opts, guardianABI.PackThreshold(), guardianABI.UnpackThreshold)
	if err != nil {
		return GuardianSet{}, fmt.Errorf("guardian threshold: %w", err)
	}
	ep, err := bind.Call(c, opts, guardianABI.PackEpoch(), guardianABI.UnpackEpoch)
	if err != nil {
		return GuardianSet{}, fmt.Errorf("guardian epoch: %w", err)
	}
	set := GuardianSet{Epoch: ep, Threshold: th, Guardians: make([]Guardian, len(gs))}
	for i, g := range gs {
		set.Guardians[i] = Guardian{Account: g.Account, Recipient: g.Recipient}
	}
	return set, nil
}

// ManifestReleasedAt is the block at which the refuge manifest was released, 0 if it was not.
func (r *Registries) ManifestReleasedAt(ctx context.Context, manifestID common.Hash) (uint64, error) {
	v, err := bind.Call(r.bound(r.d.Emergency, emergencyABI), &bind.CallOpts{Context: ctx},
		emergencyABI.PackReleasedAt(manifestID), emergencyABI.UnpackReleasedAt)
	if err != nil {
		return 0, fmt.Errorf("release of manifest %s: %w", manifestID, err)
	}
	return v, nil
}

// SuspendedUntil is when the peer's on-chain suspension ends; the zero time if it was never
// suspended or was lifted. The suspension is in force while this is after the chain's time.
func (r *Registries) SuspendedUntil(ctx context.Context, peer []byte) (time.Time, error) {
	v, err := bind.Call(r.bound(r.d.Emergency, emergencyABI), &bind.CallOpts{Context: ctx},
		emergencyABI.PackSuspendedUntil(peer), emergencyABI.UnpackSuspendedUntil)
	if err != nil {
		return time.Time{}, fmt.Errorf("suspension of peer %x: %w", crypto.Keccak256(peer), err)
	}
	if v == 0 {
		return time.Time{}, nil
	}
	return unixTime(v), nil
}
