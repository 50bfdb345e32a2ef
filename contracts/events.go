package contracts

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Event is one decoded governance or registry log.
type Event interface {
	// EventName is the Solidity event name (VoteCastWithParams is reported as VoteCast).
	EventName() string
	// Log is the raw log, with its block, transaction and Removed flag for reorg handling.
	Log() *types.Log
}

// EventMeta carries the raw log of every decoded event.
type EventMeta struct {
	Raw types.Log `json:"-"`
}

// Log returns the raw log.
func (m *EventMeta) Log() *types.Log { return &m.Raw }

// ProposalCreated is Governor.ProposalCreated.
type ProposalCreated struct {
	EventMeta
	Governor    common.Address
	ProposalID  *big.Int
	Proposer    common.Address
	Targets     []common.Address
	Values      []*big.Int
	Calldatas   [][]byte
	VoteStart   uint64 // snapshot block
	VoteEnd     uint64 // last voting block
	Description string
}

// VoteCast is Governor.VoteCast (or VoteCastWithParams, whose Params are then set).
type VoteCast struct {
	EventMeta
	Governor   common.Address
	Voter      common.Address
	ProposalID *big.Int
	Support    Support
	Weight     *big.Int
	Reason     string
	Params     []byte
}

// ProposalQueued is Governor.ProposalQueued.
type ProposalQueued struct {
	EventMeta
	Governor   common.Address
	ProposalID *big.Int
	ETA        time.Time // earliest execution time
}

// ProposalExecuted is Governor.ProposalExecuted.
type ProposalExecuted struct {
	EventMeta
	Governor   common.Address
	ProposalID *big.Int
}

// ProposalCanceled is Governor.ProposalCanceled.
type ProposalCanceled struct {
	EventMeta
	Governor   common.Address
	ProposalID *big.Int
}

// CharterAmended is CharterRegistry.CharterAmended.
type CharterAmended struct {
	EventMeta
	Version      uint64
	DocumentHash common.Hash
	CID          string
}

// ExperimentApproved is ExperimentRegistry.ExperimentApproved.
type ExperimentApproved struct {
	EventMeta
	ExperimentID common.Hash
	ReportHash   common.Hash
	ReportCID    string
}

// ExperimentAdvanced is ExperimentRegistry.ExperimentAdvanced.
type ExperimentAdvanced struct {
	EventMeta
	ExperimentID common.Hash
	Stage        uint8
}

// ExperimentHalted is ExperimentRegistry.ExperimentHalted.
type ExperimentHalted struct {
	EventMeta
	ExperimentID common.Hash
	Stage        uint8
}

// GuardianSetUpdated is GuardianRegistry.GuardianSetUpdated: the complete new set.
type GuardianSetUpdated struct {
	EventMeta
	Epoch     uint64
	Threshold uint8
	Guardians []Guardian
}

// ManifestReleased is Emergency.ManifestReleased.
type ManifestReleased struct {
	EventMeta
	ManifestID common.Hash
}

// PeerSuspended is Emergency.PeerSuspended.
type PeerSuspended struct {
	EventMeta
	PeerHash common.Hash
	Peer     []byte
	Until    time.Time
	Reason   string
}

// PeerLifted is Emergency.PeerLifted.
type PeerLifted struct {
	EventMeta
	PeerHash common.Hash
	Peer     []byte
}

// RoleChanged is AccessControl's RoleGranted or RoleRevoked on the timelock or a registry. After
// deployment these only happen through proposals, so any of them deserves an operator's attention.
type RoleChanged struct {
	EventMeta
	Contract common.Address
	Role     common.Hash
	Account  common.Address
	Sender   common.Address
	Granted  bool
}

// EventName implementations.
func (*ProposalCreated) EventName() string    { return "ProposalCreated" }
func (*VoteCast) EventName() string           { return "VoteCast" }
func (*ProposalQueued) EventName() string     { return "ProposalQueued" }
func (*ProposalExecuted) EventName() string   { return "ProposalExecuted" }
func (*ProposalCanceled) EventName() string   { return "ProposalCanceled" }
func (*CharterAmended) EventName() string     { return "CharterAmended" }
func (*ExperimentApproved) EventName() string { return "ExperimentApproved" }
func (*ExperimentAdvanced) EventName() string { return "ExperimentAdvanced" }
func (*ExperimentHalted) EventName() string   { return "ExperimentHalted" }
func (*GuardianSetUpdated) EventName() string { return "GuardianSetUpdated" }
func (*ManifestReleased) EventName() string   { return "ManifestReleased" }
func (*PeerSuspended) EventName() string      { return "PeerSuspended" }
func (*PeerLifted) EventName() string         { return "PeerLifted" }

// EventName is "RoleGranted" or "RoleRevoked".
func (e *RoleChanged) EventName() string {
	if e.Granted {
		return "RoleGranted"
	}
	return "RoleRevoked"
}

type source int

const (
	srcGovernor source = iota + 1
	srcCharter
	srcExperiment
	srcGuardian
	srcEmergency
	srcTimelock
)

// EventDecoder decodes the logs of one deployment. Logs come from an RPC endpoint the node does not
// control, so every decode checks topic counts and data before use and never panics.
type EventDecoder struct {
	sources map[common.Address]source
	addrs   []common.Address
	topics  []common.Hash
}

// eventsBySource lists, per contract, the ABI and event names the decoder understands.
var eventsBySource = map[source]struct {
	abi    abi.ABI
	events []string
}{
	srcGovernor:   {governorABI.GetABI(), []string{"ProposalCreated", "VoteCast", "VoteCastWithParams", "ProposalQueued", "ProposalExecuted", "ProposalCanceled"}},
	srcCharter:    {charterABI.GetABI(), []string{"CharterAmended", "RoleGranted", "RoleRevoked"}},
	srcExperiment: {experimentABI.GetABI(), []string{"ExperimentApproved", "ExperimentAdvanced", "ExperimentHalted", "RoleGranted", "RoleRevoked"}},
	srcGuardian:   {guardianABI.GetABI(), []string{"GuardianSetUpdated", "RoleGranted", "RoleRevoked"}},
	srcEmergency:  {emergencyABI.GetABI(), []string{"ManifestReleased", "PeerSuspended", "PeerLifted", "RoleGranted", "RoleRevoked"}},
	srcTimelock:   {timelockABI.GetABI(), []string{"RoleGranted", "RoleRevoked"}},
}

// NewEventDecoder decodes logs emitted by d's contracts.
func NewEventDecoder(d *Deployment) *EventDecoder {
	x := &EventDecoder{sources: map[common.Address]source{
		d.Governor:           srcGovernor,
		d.EmergencyGovernor:  srcGovernor,
		d.CharterRegistry:    srcCharter,
		d.ExperimentRegistry: srcExperiment,
		d.GuardianRegistry:   srcGuardian,
		d.Emergency:          srcEmergency,
		d.Timelock:           srcTimelock,
	}}
	x.addrs = []common.Address{d.Governor, d.EmergencyGovernor, d.CharterRegistry, d.ExperimentRegistry,
		d.GuardianRegistry, d.Emergency, d.Timelock}
	seen := map[common.Hash]bool{}
	for _, s := range []source{srcGovernor, srcCharter, srcExperiment, srcGuardian, srcEmergency, srcTimelock} {
		es := eventsBySource[s]
		for _, name := range es.events {
			id := es.abi.Events[name].ID
			if !seen[id] {
				seen[id] = true
				x.topics = append(x.topics, id)
			}
		}
	}
	return x
}

// FilterQuery selects every log the decoder understands in blocks [from, to] (to nil = latest).
func (x *EventDecoder) FilterQuery(from uint64, to *big.Int) ethereum.FilterQuery {
	return ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   to,
		Addresses: append([]common.Address(nil), x.addrs...),
		Topics:    [][]common.Hash{append([]common.Hash(nil), x.topics...)},
	}
}

// DecodeReceipt decodes every known event in a receipt, skipping logs of other contracts and events.
func (x *EventDecoder) DecodeReceipt(r *types.Receipt) ([]Event, error) {
	var out []Event
	for _, l := range r.Logs {
		ev, err := x.Decode(l)
		if err == nil {
			out = append(out, ev)
			continue
		}
		if errors.Is(err, ErrUnknownEvent) {
			continue
		}
		return out, err
	}
	return out, nil
}

// Decode decodes one log. It returns ErrUnknownEvent for logs of other contracts or events this
// package does not decode (e.g. the timelock's CallScheduled), and ErrMalformedEvent for a log with
// a known signature whose topics or data do not decode.
func (x *EventDecoder) Decode(l *types.Log) (Event, error) {
	if l == nil || len(l.Topics) == 0 {
		return nil, fmt.Errorf("%w: log without topics", ErrUnknownEvent)
	}
	src, ok := x.sources[l.Address]
	if !ok {
		return nil, fmt.Errorf("%w: log of %s, not a deployment contract", ErrUnknownEvent, l.Address)
	}
	es := eventsBySource[src]
	var ev *abi.Event
	for _, name := range es.events {
		if e := es.abi.Events[name]; e.ID == l.Topics[0] {
			ev = &e
			break
		}
	}
	if ev == nil {
		return nil, fmt.Errorf("%w: topic %s on %s", ErrUnknownEvent, l.Topics[0], l.Address)
	}
	args, err := unpackLog(ev, l)
	if err != nil {
		return nil, fmt.Errorf("%w: %s at block %d tx %s: %w", ErrMalformedEvent, ev.Name, l.BlockNumber, l.TxHash, err)
	}
	out, err := build(src, ev.Name, args, *l)
	if err != nil {
		return nil, fmt.Errorf("%w: %s at block %d tx %s: %w", ErrMalformedEvent, ev.Name, l.BlockNumber, l.TxHash, err)
	}
	return out, nil
}

// unpackLog decodes indexed arguments from the topics and the others from the data, by name.
func unpackLog(ev *abi.Event, l *types.Log) (map[string]any, error) {
	var indexed abi.Arguments
	for _, a := range ev.Inputs {
		if a.Indexed {
			indexed = append(indexed, a)
		}
	}
	if len(l.Topics) != 1+len(indexed) {
		return nil, fmt.Errorf("%d topics, want %d", len(l.Topics), 1+len(indexed))
	}
	args := make(map[string]any, len(ev.Inputs))
	if nonIndexed := ev.Inputs.NonIndexed(); len(nonIndexed) > 0 {
		if err := nonIndexed.UnpackIntoMap(args, l.Data); err != nil {
			return nil, err
		}
	} else if len(l.Data) != 0 {
		return nil, fmt.Errorf("%d bytes of data for an event without data", len(l.Data))
	}
	if err := abi.ParseTopicsIntoMap(args, indexed, l.Topics[1:]); err != nil {
		return nil, err
	}
	return args, nil
}

// field fetches a decoded argument with its expected Go type.
func field[T any](args map[string]any, name string) (T, error) {
	var zero T
	v, ok := args[name]
	if !ok {
		return zero, fmt.Errorf("missing %s", name)
	}
	t, ok := v.(T)
	if !ok {
		return zero, fmt.Errorf("%s has type %T", name, v)
	}
	return t, nil
}

// decoded collects the first error across several field lookups.
type decoded struct {
	args map[string]any
	err  error
}

func get[T any](d *decoded, name string) T {
	v, err := field[T](d.args, name)
	if err != nil && d.err == nil {
		d.err = err
	}
	return v
}

func (d *decoded) bigInt(name string) *big.Int {
	v := get[*big.Int](d, name)
	if v == nil {
		if d.err == nil {
			d.err = fmt.Errorf("%s is nil", name)
		}
		return new(big.Int)
	}
	return new(big.Int).Set(v)
}

// uint64Of converts a uint256 block number or timestamp, rejecting values a real chain cannot have.
func (d *decoded) uint64Of(name string) uint64 {
	v := d.bigInt(name)
	if !v.IsUint64() {
		if d.err == nil {
			d.err = fmt.Errorf("%s = %s does not fit uint64", name, v)
		}
		return 0
	}
	return v.Uint64()
}

func unixTime(s uint64) time.Time {
	if s > 1<<62 {
		s = 1 << 62
	}
	return time.Unix(int64(s), 0).UTC()
}

func build(src source, name string, args map[string]any, raw types.Log) (Event, error) {
	d := &decoded{args: args}
	meta := EventMeta{Raw: raw}
	var ev Event
	switch {
	case src == srcGovernor && name == "ProposalCreated":
		e := &ProposalCreated{EventMeta: meta, Governor: raw.Address}
		e.ProposalID = d.bigInt("proposalId")
		e.Proposer = get[common.Address](d, "proposer")
		e.Targets = get[[]common.Address](d, "targets")
		e.Values = get[[]*big.Int](d, "values")
		e.Calldatas = get[[][]byte](d, "calldatas")
		e.VoteStart = d.uint64Of("voteStart")
		e.VoteEnd = d.uint64Of("voteEnd")
		e.Description = get[string](d, "description")
		if d.err == nil && (len(e.Targets) != len(e.Values) || len(e.Targets) != len(e.Calldatas)) {
			d.err = fmt.Errorf("%d targets, %d values, %d calldatas", len(e.Targets), len(e.Values), len(e.Calldatas))
		}
		for i, v := range e.Values {
			if v == nil {
				e.Values[i] = new(big.Int)
			}
		}
		ev = e
	case src == srcGovernor && (name == "VoteCast" || name == "VoteCastWithParams"):
		e := &VoteCast{EventMeta: meta, Governor: raw.Address}
		e.Voter = get[common.Address](d, "voter")
		e.ProposalID = d.bigInt("proposalId")
		e.Support = Support(get[uint8](d, "support"))
		e.Weight = d.bigInt("weight")
		e.Reason = get[string](d, "reason")
		if name == "VoteCastWithParams" {
			e.Params = get[[]byte](d, "params")
		}
		ev = e
	case src == srcGovernor && name == "ProposalQueued":
		e := &ProposalQueued{EventMeta: meta, Governor: raw.Address}
		e.ProposalID = d.bigInt("proposalId")
		e.ETA = unixTime(d.uint64Of("etaSeconds"))
		ev = e
	case src == srcGovernor && name == "ProposalExecuted":
		ev = &ProposalExecuted{EventMeta: meta, Governor: raw.Address, ProposalID: d.bigInt("proposalId")}
	case src == srcGovernor && name == "ProposalCanceled":
		ev = &ProposalCanceled{EventMeta: meta, Governor: raw.Address, ProposalID: d.bigInt("proposalId")}
	case name == "CharterAmended":
		ev = &CharterAmended{EventMeta: meta, Version: get[uint64](d, "version"),
			DocumentHash: get[[32]byte](d, "documentHash"), CID: get[string](d, "cid")}
	case name == "ExperimentApproved":
		ev = &ExperimentApproved{EventMeta: meta, ExperimentID: get[[32]byte](d, "experimentId"),
			ReportHash: get[[32]byte](d, "reportHash"), ReportCID: get[string](d, "reportCid")}
	case name == "ExperimentAdvanced":
		ev = &ExperimentAdvanced{EventMeta: meta, ExperimentID: get[[32]byte](d, "experimentId"), Stage: get[uint8](d, "stage")}
	case name == "ExperimentHalted":
		ev = &ExperimentHalted{EventMeta: meta, ExperimentID: get[[32]byte](d, "experimentId"), Stage: get[uint8](d, "stage")}
	case name == "GuardianSetUpdated":
		e := &GuardianSetUpdated{EventMeta: meta, Epoch: get[uint64](d, "epoch"), Threshold: get[uint8](d, "threshold")}
		accounts := get[[]common.Address](d, "accounts")
		recipients := get[[][32]byte](d, "recipients")
		if d.err == nil && len(accounts) != len(recipients) {
			d.err = fmt.Errorf("%d accounts, %d recipients", len(accounts), len(recipients))
		}
		if d.err == nil {
			e.Guardians = make([]Guardian, len(accounts))
			for i := range accounts {
				e.Guardians[i] = Guardian{Account: accounts[i], Recipient: recipients[i]}
			}
		}
		ev = e
	case name == "ManifestReleased":
		ev = &ManifestReleased{EventMeta: meta, ManifestID: get[[32]byte](d, "manifestId")}
	case name == "PeerSuspended":
		ev = &PeerSuspended{EventMeta: meta, PeerHash: get[[32]byte](d, "peerHash"), Peer: get[[]byte](d, "peer"),
			Until: unixTime(get[uint64](d, "until")), Reason: get[string](d, "reason")}
	case name == "PeerLifted":
		ev = &PeerLifted{EventMeta: meta, PeerHash: get[[32]byte](d, "peerHash"), Peer: get[[]byte](d, "peer")}
	case name == "RoleGranted" || name == "RoleRevoked":
		ev = &RoleChanged{EventMeta: meta, Contract: raw.Address, Role: get[[32]byte](d, "role"),
			Account: get[common.Address](d, "account"), Sender: get[common.Address](d, "sender"), Granted: name == "RoleGranted"}
	default:
		return nil, fmt.Errorf("%w: %s", ErrUnknownEvent, name)
	}
	if d.err != nil {
		return nil, d.err
	}
	return ev, nil
}
