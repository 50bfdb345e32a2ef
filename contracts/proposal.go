package contracts

import (
	"bytes"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/x0tta6bl4/westworld/contracts/bindings/charterregistry"
	"github.com/x0tta6bl4/westworld/contracts/bindings/emergency"
	"github.com/x0tta6bl4/westworld/contracts/bindings/experimentregistry"
	"github.com/x0tta6bl4/westworld/contracts/bindings/guardianregistry"
	"github.com/x0tta6bl4/westworld/contracts/bindings/timelockcontroller"
	"github.com/x0tta6bl4/westworld/contracts/bindings/westemergencygovernor"
	"github.com/x0tta6bl4/westworld/contracts/bindings/westgovernor"
	"github.com/x0tta6bl4/westworld/contracts/bindings/westtoken"
)

// Binding instances for packing and unpacking; parsing an ABI is not free, so it is done once.
var (
	charterABI    = charterregistry.NewCharterRegistry()
	experimentABI = experimentregistry.NewExperimentRegistry()
	guardianABI   = guardianregistry.NewGuardianRegistry()
	emergencyABI  = emergency.NewEmergency()
	governorABI   = westgovernor.NewWestGovernor()
	emergencyGov  = westemergencygovernor.NewWestEmergencyGovernor()
	timelockABI   = timelockcontroller.NewTimelockController()
	tokenABI      = westtoken.NewWestToken()
)

// Kind classifies a proposal by what it does.
type Kind string

// Proposal kinds the node gossips and the CLI creates.
const (
	KindCharterAmendment   Kind = "charter_amendment"
	KindExperimentApproval Kind = "experiment_approval"
	KindExperimentAdvance  Kind = "experiment_advance"
	KindEmergency          Kind = "emergency"
	KindGuardianUpdate     Kind = "guardian_update"
	KindOther              Kind = "other"
)

// Proposal is everything Governor.propose, queue and execute take, plus the governor to send it to.
// The proposal ID depends only on the actions and the description, not on the governor or chain, so
// two proposals with the same actions need different descriptions.
type Proposal struct {
	Kind        Kind             `json:"kind"`
	Governor    common.Address   `json:"governor"`
	Targets     []common.Address `json:"targets"`
	Values      []*big.Int       `json:"values"`
	Calldatas   [][]byte         `json:"calldatas"`
	Description string           `json:"description"`
}

// DescriptionHash is keccak256 of the description, the form queue and execute take.
func (p Proposal) DescriptionHash() common.Hash {
	return crypto.Keccak256Hash([]byte(p.Description))
}

// ID is the proposal ID the Governor assigns (hashProposal). It panics if a value is negative or
// wider than 256 bits, which no governor accepts either; call Validate on proposals read from
// outside the program first.
func (p Proposal) ID() *big.Int {
	return HashProposal(p.Targets, p.Values, p.Calldatas, p.DescriptionHash())
}

// Validate checks the shape the Governor requires: at least one action, as many values and
// calldatas as targets, and every value a uint256.
func (p Proposal) Validate() error {
	if len(p.Targets) == 0 || len(p.Targets) != len(p.Values) || len(p.Targets) != len(p.Calldatas) {
		return fmt.Errorf("%w: %d targets, %d values, %d calldatas", ErrInvalidProposal, len(p.Targets), len(p.Values), len(p.Calldatas))
	}
	for i, v := range p.Values {
		if v != nil && (v.Sign() < 0 || v.BitLen() > 256) {
			return fmt.Errorf("%w: value %d (%s) is not a uint256", ErrInvalidProposal, i, v)
		}
	}
	return nil
}

var proposalArgs = func() abi.Arguments {
	mk := func(t string) abi.Type {
		ty, err := abi.NewType(t, "", nil)
		if err != nil {
			panic(fmt.Sprintf("abi type %s: %v", t, err))
		}
		return ty
	}
	return abi.Arguments{{Type: mk("address[]")}, {Type: mk("uint256[]")}, {Type: mk("bytes[]")}, {Type: mk("bytes32")}}
}()

// HashProposal computes Governor.hashProposal off-chain:
// uint256(keccak256(abi.encode(targets, values, calldatas, descriptionHash))).
func HashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash common.Hash) *big.Int {
	if targets == nil {
		targets = []common.Address{}
	}
	vals := make([]*big.Int, len(values))
	for i, v := range values {
		if v == nil {
			v = new(big.Int)
		}
		vals[i] = v
	}
	if calldatas == nil {
		calldatas = [][]byte{}
	}
	enc, err := proposalArgs.Pack(targets, vals, calldatas, [32]byte(descriptionHash))
	if err != nil {
		// Only negative or oversized values fail to pack; the Governor could not take them either.
		panic(fmt.Sprintf("hashProposal: %v", err))
	}
	return new(big.Int).SetBytes(crypto.Keccak256(enc))
}

func single(kind Kind, governor, target common.Address, data []byte, description string) Proposal {
	return Proposal{
		Kind:        kind,
		Governor:    governor,
		Targets:     []common.Address{target},
		Values:      []*big.Int{new(big.Int)},
		Calldatas:   [][]byte{data},
		Description: description,
	}
}

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidProposal, fmt.Sprintf(format, args...))
}

// CharterAmendment proposes CharterRegistry.amend(version, documentHash, cid) to the regular
// governor. The checks are the registry's, made now so a vote is never wasted on a proposal that
// would revert at execution (except a version overtaken by another amendment meanwhile).
func (d *Deployment) CharterAmendment(version uint64, documentHash common.Hash, cid, description string) (Proposal, error) {
	if err := validateCharter(0, version, documentHash, cid); err != nil {
		return Proposal{}, fmt.Errorf("%w: %w", ErrInvalidProposal, err)
	}
	return single(KindCharterAmendment, d.Governor, d.CharterRegistry,
		charterABI.PackAmend(version, documentHash, cid), description), nil
}

// ExperimentApproval proposes ExperimentRegistry.approve(experimentID, reportCID, reportHash).
func (d *Deployment) ExperimentApproval(experimentID common.Hash, reportCID string, reportHash common.Hash, description string) (Proposal, error) {
	switch {
	case experimentID == (common.Hash{}):
		return Proposal{}, invalid("experiment id is zero")
	case reportHash == (common.Hash{}):
		return Proposal{}, invalid("report hash is zero")
	case len(reportCID) > MaxCIDLength:
		return Proposal{}, invalid("report CID is %d bytes, at most %d", len(reportCID), MaxCIDLength)
	}
	return single(KindExperimentApproval, d.Governor, d.ExperimentRegistry,
		experimentABI.PackApprove(experimentID, reportCID, reportHash), description), nil
}

// ExperimentAdvance proposes ExperimentRegistry.advance(experimentID, stage); stage must be after
// the current one when it executes.
func (d *Deployment) ExperimentAdvance(experimentID common.Hash, stage uint8, description string) (Proposal, error) {
	if experimentID == (common.Hash{}) {
		return Proposal{}, invalid("experiment id is zero")
	}
	if stage == 0 {
		return Proposal{}, invalid("stage 0 is where an approved rollout starts; advance to 1 or later")
	}
	return single(KindExperimentAdvance, d.Governor, d.ExperimentRegistry,
		experimentABI.PackAdvance(experimentID, stage), description), nil
}

// EmergencyHalt proposes ExperimentRegistry.halt(experimentID) to the emergency governor.
func (d *Deployment) EmergencyHalt(experimentID common.Hash, description string) (Proposal, error) {
	if experimentID == (common.Hash{}) {
		return Proposal{}, invalid("experiment id is zero")
	}
	return single(KindEmergency, d.EmergencyGovernor, d.ExperimentRegistry,
		experimentABI.PackHalt(experimentID), description), nil
}

// EmergencyReleaseManifest proposes Emergency.releaseManifest(manifestID) to the emergency
// governor; guardians publish their key shares when it executes.
func (d *Deployment) EmergencyReleaseManifest(manifestID common.Hash, description string) (Proposal, error) {
	if manifestID == (common.Hash{}) {
		return Proposal{}, invalid("manifest id is zero")
	}
	return single(KindEmergency, d.EmergencyGovernor, d.Emergency,
		emergencyABI.PackReleaseManifest(manifestID), description), nil
}

// EmergencySuspend proposes Emergency.suspend(peer, until, reason) to the emergency governor. until
// must still be in the future when the proposal executes, after the vote and the timelock delay.
func (d *Deployment) EmergencySuspend(peer []byte, until time.Time, reason, description string) (Proposal, error) {
	switch {
	case len(peer) == 0 || len(peer) > MaxPeerLength:
		return Proposal{}, invalid("peer is %d bytes, want 1..%d", len(peer), MaxPeerLength)
	case until.Unix() <= 0:
		return Proposal{}, invalid("suspension end %s is not after 1970", until)
	case len(reason) > MaxReasonLength:
		return Proposal{}, invalid("reason is %d bytes, at most %d", len(reason), MaxReasonLength)
	}
	return single(KindEmergency, d.EmergencyGovernor, d.Emergency,
		emergencyABI.PackSuspend(bytes.Clone(peer), uint64(until.Unix()), reason), description), nil
}

// EmergencyLift proposes Emergency.lift(peer) to the emergency governor.
func (d *Deployment) EmergencyLift(peer []byte, description string) (Proposal, error) {
	if len(peer) == 0 || len(peer) > MaxPeerLength {
		return Proposal{}, invalid("peer is %d bytes, want 1..%d", len(peer), MaxPeerLength)
	}
	return single(KindEmergency, d.EmergencyGovernor, d.Emergency, emergencyABI.PackLift(bytes.Clone(peer)), description), nil
}

// GuardianUpdate proposes GuardianRegistry.setGuardians(guardians, threshold) to the regular
// governor; set Governor to d.EmergencyGovernor to replace a compromised set quickly.
func (d *Deployment) GuardianUpdate(guardians []Guardian, threshold uint8, description string) (Proposal, error) {
	if err := validateGuardians(guardians, threshold); err != nil {
		return Proposal{}, fmt.Errorf("%w: %w", ErrInvalidProposal, err)
	}
	return single(KindGuardianUpdate, d.Governor, d.GuardianRegistry,
		guardianABI.PackSetGuardians(guardianTuples(guardians), threshold), description), nil
}

// Selectors of the registry functions proposals call, for Classify.
var (
	selAmend           = methodID(charterABI.GetABI(), "amend")
	selApprove         = methodID(experimentABI.GetABI(), "approve")
	selAdvance         = methodID(experimentABI.GetABI(), "advance")
	selHalt            = methodID(experimentABI.GetABI(), "halt")
	selSetGuardians    = methodID(guardianABI.GetABI(), "setGuardians")
	selReleaseManifest = methodID(emergencyABI.GetABI(), "releaseManifest")
	selSuspend         = methodID(emergencyABI.GetABI(), "suspend")
	selLift            = methodID(emergencyABI.GetABI(), "lift")
)

func methodID(a abi.ABI, name string) [4]byte {
	m, ok := a.Methods[name]
	if !ok {
		panic("contracts: binding has no method " + name)
	}
	return [4]byte(m.ID)
}

// Classify names what a proposal's actions do, from the first action's target and selector; a
// proposal mixing kinds is classified by its first action.
func (d *Deployment) Classify(targets []common.Address, calldatas [][]byte) Kind {
	if len(targets) == 0 || len(calldatas) == 0 || len(calldatas[0]) < 4 {
		return KindOther
	}
	sel := [4]byte(calldatas[0][:4])
	switch {
	case targets[0] == d.CharterRegistry && sel == selAmend:
		return KindCharterAmendment
	case targets[0] == d.ExperimentRegistry && sel == selApprove:
		return KindExperimentApproval
	case targets[0] == d.ExperimentRegistry && sel == selAdvance:
		return KindExperimentAdvance
	case targets[0] == d.ExperimentRegistry && sel == selHalt:
		return KindEmergency
	case targets[0] == d.GuardianRegistry && sel == selSetGuardians:
		return KindGuardianUpdate
	case targets[0] == d.Emergency && (sel == selReleaseManifest || sel == selSuspend || sel == selLift):
		return KindEmergency
	}
	return KindOther
}

// ProposalFromEvent rebuilds the proposal from its ProposalCreated event, which is how a node or
// the CLI queues and executes a proposal it did not create.
func (d *Deployment) ProposalFromEvent(ev *ProposalCreated) Proposal {
	return Proposal{
		Kind:        d.Classify(ev.Targets, ev.Calldatas),
		Governor:    ev.Governor,
		Targets:     ev.Targets,
		Values:      ev.Values,
		Calldatas:   ev.Calldatas,
		Description: ev.Description,
	}
}
