package chain

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/x0tta6bl4/westworld/contracts"
)

// EventRef locates the log an index record came from.
type EventRef struct {
	Block     uint64      `json:"block"`
	BlockHash common.Hash `json:"block_hash"`
	Tx        common.Hash `json:"tx"`
	LogIndex  uint        `json:"log_index"`
}

func refOf(l *types.Log) EventRef {
	return EventRef{Block: l.BlockNumber, BlockHash: l.BlockHash, Tx: l.TxHash, LogIndex: l.Index}
}

// Proposal is a proposal as the index knows it: its creation event, the tally of its VoteCast
// events, its queue/execute/cancel events, and the quorum read from its governor once voting
// started. State is derived from those at AsOfBlock, the last block the watcher has indexed.
type Proposal struct {
	ID          *big.Int         `json:"-"`
	IDHex       string           `json:"id"`
	ShortID     string           `json:"short_id"`
	Governor    common.Address   `json:"governor"`
	Emergency   bool             `json:"emergency"`
	Kind        contracts.Kind   `json:"kind"`
	Proposer    common.Address   `json:"proposer"`
	Targets     []common.Address `json:"targets"`
	Values      []*big.Int       `json:"values"`
	Calldatas   []hexutil.Bytes  `json:"calldatas"`
	Description string           `json:"description"`
	// VoteStart is the snapshot block; voting is open in blocks VoteStart+1 .. VoteEnd.
	VoteStart uint64          `json:"vote_start"`
	VoteEnd   uint64          `json:"vote_end"`
	Created   EventRef        `json:"created"`
	Tally     contracts.Tally `json:"tally"`
	Voters    int             `json:"voters"`
	// Quorum is the For+Abstain weight needed; nil until the index has read it.
	Quorum   *big.Int   `json:"quorum,omitempty"`
	Queued   *EventRef  `json:"queued,omitempty"`
	ETA      *time.Time `json:"eta,omitempty"`
	Executed *EventRef  `json:"executed,omitempty"`
	Canceled *EventRef  `json:"canceled,omitempty"`

	State contracts.ProposalState `json:"-"`
	// StateName is State's name ("active", "succeeded", ...).
	StateName string `json:"state"`
	// Tentative is set when the vote has ended with more For than Against but the quorum is not
	// known yet, so "succeeded" may still turn out "defeated".
	Tentative bool   `json:"tentative,omitempty"`
	AsOfBlock uint64 `json:"as_of_block"`
}

// Contract rebuilds what Governor.queue and execute take.
func (p *Proposal) Contract() contracts.Proposal {
	cd := make([][]byte, len(p.Calldatas))
	for i, c := range p.Calldatas {
		cd[i] = c
	}
	return contracts.Proposal{Kind: p.Kind, Governor: p.Governor, Targets: p.Targets, Values: p.Values,
		Calldatas: cd, Description: p.Description}
}

// VotingOpen reports whether a vote sent now can still be counted, judged at AsOfBlock: the next
// block must be after the snapshot and no later than the deadline.
func (p *Proposal) VotingOpen() bool {
	return p.Canceled == nil && p.AsOfBlock+1 > p.VoteStart && p.AsOfBlock+1 <= p.VoteEnd
}

// proposalRecord is the stored creation record.
type proposalRecord struct {
	Governor    common.Address   `json:"g"`
	Proposer    common.Address   `json:"p"`
	Kind        contracts.Kind   `json:"k"`
	Targets     []common.Address `json:"t"`
	Values      []*big.Int       `json:"v"`
	Calldatas   [][]byte         `json:"c"`
	Description string           `json:"d"`
	VoteStart   uint64           `json:"s"`
	VoteEnd     uint64           `json:"e"`
	Created     EventRef         `json:"at"`
}

// tallyRecord is the stored running tally.
type tallyRecord struct {
	Against *big.Int `json:"a"`
	For     *big.Int `json:"f"`
	Abstain *big.Int `json:"b"`
	Voters  int      `json:"n"`
}

func newTally() *tallyRecord {
	return &tallyRecord{Against: new(big.Int), For: new(big.Int), Abstain: new(big.Int)}
}

func (t *tallyRecord) bucket(s contracts.Support) *big.Int {
	switch s {
	case contracts.SupportAgainst:
		return t.Against
	case contracts.SupportFor:
		return t.For
	case contracts.SupportAbstain:
		return t.Abstain
	}
	return nil
}

// stepRecord is a stored queue, execute or cancel event.
type stepRecord struct {
	At  EventRef `json:"at"`
	ETA int64    `json:"eta,omitempty"`
}

// Vote is one VoteCast event.
type Vote struct {
	ProposalID *big.Int          `json:"-"`
	Proposal   string            `json:"proposal"`
	Governor   common.Address    `json:"governor"`
	Voter      common.Address    `json:"voter"`
	Support    contracts.Support `json:"-"`
	// SupportName is "for", "against" or "abstain".
	SupportName string        `json:"support"`
	Weight      *big.Int      `json:"weight"`
	Reason      string        `json:"reason,omitempty"`
	Params      hexutil.Bytes `json:"params,omitempty"`
	At          EventRef      `json:"at"`
}

type voteRecord struct {
	Governor common.Address    `json:"g"`
	Voter    common.Address    `json:"v"`
	Support  contracts.Support `json:"s"`
	Weight   *big.Int          `json:"w"`
	Reason   string            `json:"r,omitempty"`
	Params   []byte            `json:"p,omitempty"`
	At       EventRef          `json:"at"`
}

// CharterRecord is a charter version adopted by the CharterRegistry.
type CharterRecord struct {
	Version      uint64      `json:"version"`
	DocumentHash common.Hash `json:"document_hash"`
	CID          string      `json:"cid"`
	Adopted      EventRef    `json:"adopted"`
}

// ExperimentStep is one ExperimentRegistry event.
type ExperimentStep struct {
	// Event is "approved", "advanced" or "halted".
	Event      string      `json:"event"`
	Stage      uint8       `json:"stage"`
	ReportHash common.Hash `json:"report_hash,omitempty"`
	ReportCID  string      `json:"report_cid,omitempty"`
	At         EventRef    `json:"at"`
}

// Experiment is an experiment's registry state, folded from its events.
type Experiment struct {
	ID         common.Hash                `json:"id"`
	Status     contracts.ExperimentStatus `json:"-"`
	StatusName string                     `json:"status"`
	Stage      uint8                      `json:"stage"`
	ReportHash common.Hash                `json:"report_hash"`
	ReportCID  string                     `json:"report_cid"`
	History    []ExperimentStep           `json:"history"`
}

func foldExperiment(id common.Hash, steps []ExperimentStep) Experiment {
	x := Experiment{ID: id, History: steps}
	for _, s := range steps {
		switch s.Event {
		case "approved":
			x.Status, x.Stage, x.ReportHash, x.ReportCID = contracts.ExperimentStatusApproved, 0, s.ReportHash, s.ReportCID
		case "advanced":
			x.Stage = s.Stage
		case "halted":
			x.Status, x.Stage = contracts.ExperimentStatusHalted, s.Stage
		}
	}
	x.StatusName = x.Status.String()
	return x
}

// GuardianSet is a GuardianRegistry set.
type GuardianSet struct {
	Epoch     uint64               `json:"epoch"`
	Threshold uint8                `json:"threshold"`
	Guardians []contracts.Guardian `json:"guardians"`
	At        EventRef             `json:"at"`
}

// Manifest is a refuge manifest released by an emergency decision.
type Manifest struct {
	ID common.Hash `json:"id"`
	At EventRef    `json:"at"`
}

// SuspensionStep is one PeerSuspended or PeerLifted event.
type SuspensionStep struct {
	PeerHash  common.Hash   `json:"peer_hash"`
	Peer      hexutil.Bytes `json:"peer"`
	Suspended bool          `json:"suspended"`
	Until     time.Time     `json:"until,omitzero"`
	Reason    string        `json:"reason,omitempty"`
	At        EventRef      `json:"at"`
}

// RoleChange is an AccessControl grant or revocation on the timelock or a registry.
type RoleChange struct {
	Contract common.Address `json:"contract"`
	Role     common.Hash    `json:"role"`
	Account  common.Address `json:"account"`
	Sender   common.Address `json:"sender"`
	Granted  bool           `json:"granted"`
	At       EventRef       `json:"at"`
}

// Event tells a subscriber what the watcher indexed or un-indexed.
type Event struct {
	// Kind is the event name (contracts.Event.EventName: "ProposalCreated", "VoteCast", ...)
	// or KindVoteClosed.
	Kind string `json:"kind"`
	// Removed is set when a reorg un-indexed the event.
	Removed bool     `json:"removed,omitempty"`
	At      EventRef `json:"at"`
	// ProposalID is set for proposal events.
	ProposalID *big.Int       `json:"-"`
	Governor   common.Address `json:"governor,omitzero"`
	// Data is the decoded event (nil for KindVoteClosed).
	Data contracts.Event `json:"-"`
	// Missed counts events dropped before this one because the subscriber's channel was full;
	// a subscriber that sees it non-zero should re-read what it needs from the Index.
	Missed uint64 `json:"missed,omitempty"`
}

// KindVoteClosed is the Event.Kind sent when the indexed chain passes a proposal's deadline: its
// state changed from active to succeeded or defeated without a log of its own.
const KindVoteClosed = "VoteClosed"
