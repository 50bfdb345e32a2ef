package chain

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/x0tta6bl4/westworld/contracts"
)

// ixWriter applies logs to (and undoes them from) the index inside one Badger transaction.
// Tallies are accumulated in memory and written once by flush, because a batch of thousands of
// votes touches the same few tallies over and over.
type ixWriter struct {
	txn     *badger.Txn
	d       *contracts.Deployment
	dec     *contracts.EventDecoder
	log     *slog.Logger
	tallies map[string]*tallyRecord
	events  []Event
	// skipped counts logs that were malformed and left out.
	skipped int
}

func newIxWriter(txn *badger.Txn, d *contracts.Deployment, dec *contracts.EventDecoder, log *slog.Logger) *ixWriter {
	return &ixWriter{txn: txn, d: d, dec: dec, log: log, tallies: map[string]*tallyRecord{}}
}

// pkOf is the index key of a proposal: a governor tag and the 32-byte ID.
func (w *ixWriter) pkOf(governor common.Address, id *big.Int) []byte {
	return proposalKey(w.d, governor, id)
}

func proposalKey(d *contracts.Deployment, governor common.Address, id *big.Int) []byte {
	tag := tagGovernor
	if governor == d.EmergencyGovernor {
		tag = tagEmergency
	}
	return append([]byte{tag}, id32(id)...)
}

func getValue(txn *badger.Txn, key []byte) ([]byte, bool, error) {
	it, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	v, err := it.ValueCopy(nil)
	return v, err == nil, err
}

func getJSON(txn *badger.Txn, key []byte, v any) (bool, error) {
	b, ok, err := getValue(txn, key)
	if err != nil || !ok {
		return false, err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("%w: %x: %v", ErrCorruptIndex, key, err)
	}
	return true, nil
}

func putJSON(txn *badger.Txn, key []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return txn.Set(key, b)
}

// tally returns the running tally of pk, loading it once per transaction.
func (w *ixWriter) tally(pk []byte) (*tallyRecord, error) {
	if t, ok := w.tallies[string(pk)]; ok {
		return t, nil
	}
	t := newTally()
	if _, err := getJSON(w.txn, kTally(pk), t); err != nil {
		return nil, err
	}
	w.tallies[string(pk)] = t
	return t, nil
}

// flush writes the tallies touched by the transaction.
func (w *ixWriter) flush() error {
	for pk, t := range w.tallies {
		if t.Voters == 0 && t.For.Sign() == 0 && t.Against.Sign() == 0 && t.Abstain.Sign() == 0 {
			if err := w.txn.Delete(kTally([]byte(pk))); err != nil {
				return err
			}
			continue
		}
		if err := putJSON(w.txn, kTally([]byte(pk)), t); err != nil {
			return err
		}
	}
	clear(w.tallies)
	return nil
}

// apply indexes one log. Applying a log already journalled with the same block hash does
// nothing, so replaying a batch after a crash or retry is harmless; a journalled log at the same
// position from another block (a reorg the caller did not rewind) is undone first.
func (w *ixWriter) apply(l *types.Log) error {
	jk := kJournal(l.BlockNumber, l.Index)
	old, ok, err := getValue(w.txn, jk)
	if err != nil {
		return err
	}
	if ok {
		prev, err := decodeLog(old)
		if err != nil {
			return fmt.Errorf("%w: journal %d/%d: %v", ErrCorruptIndex, l.BlockNumber, l.Index, err)
		}
		if prev.BlockHash == l.BlockHash {
			return nil
		}
		if err := w.undo(prev); err != nil {
			return err
		}
	}
	ev, err := w.dec.Decode(l)
	if errors.Is(err, contracts.ErrUnknownEvent) {
		return nil
	}
	if err != nil {
		// A log with a known signature that does not decode can only come from a broken or
		// lying endpoint; index the rest rather than stall forever on it.
		w.skipped++
		w.log.Warn("skipping malformed governance log", "block", l.BlockNumber, "log_index", l.Index, "err", err)
		return nil
	}
	enc, err := encodeLog(l)
	if err != nil {
		return err
	}
	if err := w.txn.Set(jk, enc); err != nil {
		return err
	}
	out := Event{Kind: ev.EventName(), At: refOf(l), Data: ev}
	if err := w.effect(ev, l, &out, false); err != nil {
		return err
	}
	w.events = append(w.events, out)
	return nil
}

// undo reverses what apply did for a journalled log and deletes its journal entry.
func (w *ixWriter) undo(l *types.Log) error {
	ev, err := w.dec.Decode(l)
	if err != nil {
		return fmt.Errorf("%w: journalled log %d/%d no longer decodes: %v", ErrCorruptIndex, l.BlockNumber, l.Index, err)
	}
	out := Event{Kind: ev.EventName(), Removed: true, At: refOf(l), Data: ev}
	if err := w.effect(ev, l, &out, true); err != nil {
		return err
	}
	if err := w.txn.Delete(kJournal(l.BlockNumber, l.Index)); err != nil {
		return err
	}
	w.events = append(w.events, out)
	return nil
}

// effect writes (or, with undo, removes) what one decoded event means for the index.
func (w *ixWriter) effect(ev contracts.Event, l *types.Log, out *Event, undo bool) error {
	at := refOf(l)
	set := func(key []byte, v any) error {
		if undo {
			return w.txn.Delete(key)
		}
		if v == nil {
			return w.txn.Set(key, nil)
		}
		return putJSON(w.txn, key, v)
	}
	switch e := ev.(type) {
	case *contracts.ProposalCreated:
		out.ProposalID, out.Governor = e.ProposalID, e.Governor
		pk := w.pkOf(e.Governor, e.ProposalID)
		rec := proposalRecord{Governor: e.Governor, Proposer: e.Proposer, Kind: w.d.Classify(e.Targets, e.Calldatas),
			Targets: e.Targets, Values: e.Values, Calldatas: e.Calldatas, Description: e.Description,
			VoteStart: e.VoteStart, VoteEnd: e.VoteEnd, Created: at}
		marks := [][]byte{kOpenQuorum(e.VoteStart, pk), kVoteStart(e.VoteStart, pk), kVoteEnd(e.VoteEnd, pk)}
		if undo {
			// Votes, queue and execution come after the creation, so a rewind past the creation
			// has already removed them; the quorum may be left and goes too.
			for _, k := range append(marks, kProposal(pk), kOrder(l.BlockNumber, l.Index), kQuorum(pk)) {
				if err := w.txn.Delete(k); err != nil {
					return err
				}
			}
			return nil
		}
		if err := putJSON(w.txn, kProposal(pk), rec); err != nil {
			return err
		}
		if err := w.txn.Set(kOrder(l.BlockNumber, l.Index), pk); err != nil {
			return err
		}
		for _, k := range marks {
			if err := w.txn.Set(k, nil); err != nil {
				return err
			}
		}
		return nil
	case *contracts.VoteCast:
		out.ProposalID, out.Governor = e.ProposalID, e.Governor
		pk := w.pkOf(e.Governor, e.ProposalID)
		t, err := w.tally(pk)
		if err != nil {
			return err
		}
		b := t.bucket(e.Support)
		if b == nil {
			w.log.Warn("vote with unknown support ignored", "block", l.BlockNumber, "support", e.Support)
			return nil
		}
		if undo {
			b.Sub(b, e.Weight)
			t.Voters--
		} else {
			b.Add(b, e.Weight)
			t.Voters++
		}
		rec := voteRecord{Governor: e.Governor, Voter: e.Voter, Support: e.Support, Weight: e.Weight,
			Reason: e.Reason, Params: e.Params, At: at}
		if err := set(kVote(pk, e.Voter), rec); err != nil {
			return err
		}
		return set(kVoterVote(e.Voter, pk), nil)
	case *contracts.ProposalQueued:
		out.ProposalID, out.Governor = e.ProposalID, e.Governor
		return set(kQueued(w.pkOf(e.Governor, e.ProposalID)), stepRecord{At: at, ETA: e.ETA.Unix()})
	case *contracts.ProposalExecuted:
		out.ProposalID, out.Governor = e.ProposalID, e.Governor
		return set(kExecuted(w.pkOf(e.Governor, e.ProposalID)), stepRecord{At: at})
	case *contracts.ProposalCanceled:
		out.ProposalID, out.Governor = e.ProposalID, e.Governor
		pk := w.pkOf(e.Governor, e.ProposalID)
		return set(kCanceled(pk), stepRecord{At: at})
	case *contracts.CharterAmended:
		return set(kCharter(e.Version), CharterRecord{Version: e.Version, DocumentHash: e.DocumentHash, CID: e.CID, Adopted: at})
	case *contracts.ExperimentApproved:
		return set(kExperiment(e.ExperimentID, l.BlockNumber, l.Index),
			ExperimentStep{Event: "approved", ReportHash: e.ReportHash, ReportCID: e.ReportCID, At: at})
	case *contracts.ExperimentAdvanced:
		return set(kExperiment(e.ExperimentID, l.BlockNumber, l.Index), ExperimentStep{Event: "advanced", Stage: e.Stage, At: at})
	case *contracts.ExperimentHalted:
		return set(kExperiment(e.ExperimentID, l.BlockNumber, l.Index), ExperimentStep{Event: "halted", Stage: e.Stage, At: at})
	case *contracts.GuardianSetUpdated:
		gs := e.Guardians
		if gs == nil {
			gs = []contracts.Guardian{}
		}
		return set(kGuardians(e.Epoch), GuardianSet{Epoch: e.Epoch, Threshold: e.Threshold, Guardians: gs, At: at})
	case *contracts.ManifestReleased:
		return set(kManifest(e.ManifestID), Manifest{ID: e.ManifestID, At: at})
	case *contracts.PeerSuspended:
		return set(kSuspension(e.PeerHash, l.BlockNumber, l.Index),
			SuspensionStep{PeerHash: e.PeerHash, Peer: e.Peer, Suspended: true, Until: e.Until, Reason: e.Reason, At: at})
	case *contracts.PeerLifted:
		return set(kSuspension(e.PeerHash, l.BlockNumber, l.Index), SuspensionStep{PeerHash: e.PeerHash, Peer: e.Peer, At: at})
	case *contracts.RoleChanged:
		return set(kRole(l.BlockNumber, l.Index), RoleChange{Contract: e.Contract, Role: e.Role, Account: e.Account,
			Sender: e.Sender, Granted: e.Granted, At: at})
	}
	return nil
}
