package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/storage"
)

// Index answers governance queries from what the Watcher indexed into Badger. Every method is a
// local read: it works, and is fast, while the chain is unreachable. Results are as of the last
// block the watcher indexed (Proposal.AsOfBlock).
type Index struct {
	db *badger.DB
	d  *contracts.Deployment
}

// NewIndex reads the index of deployment d in the store (what a Watcher built, possibly in an
// earlier run). The Watcher writes it; any number of Index values may read it concurrently.
func NewIndex(st *storage.Store, d *contracts.Deployment) *Index {
	return &Index{db: st.DB(), d: d}
}

// Deployment is the deployment the index follows.
func (x *Index) Deployment() *contracts.Deployment { return x.d }

func (x *Index) view(ctx context.Context, fn func(txn *badger.Txn) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return x.db.View(fn)
}

// iterate calls fn for every key under prefix (full key), in order or reversed.
func iterate(txn *badger.Txn, prefix []byte, reverse bool, fn func(key, val []byte) error) error {
	opts := badger.DefaultIteratorOptions
	opts.Prefix = prefix
	opts.Reverse = reverse
	it := txn.NewIterator(opts)
	defer it.Close()
	seek := prefix
	if reverse {
		// Reverse Seek finds the last key <= seek; no key under prefix is 80 bytes longer.
		seek = append(append([]byte(nil), prefix...), bytes.Repeat([]byte{0xff}, 80)...)
	}
	for it.Seek(seek); it.ValidForPrefix(prefix); it.Next() {
		item := it.Item()
		if err := item.Value(func(v []byte) error { return fn(item.Key(), v) }); err != nil {
			return err
		}
	}
	return nil
}

// asOf is the last block indexed (the cursor's next block minus one).
func asOf(txn *badger.Txn) (uint64, error) {
	var c Cursor
	ok, err := getJSON(txn, kCursor(), &c)
	if err != nil || !ok || c.Next == 0 {
		return 0, err
	}
	return c.Next - 1, nil
}

// loadProposal assembles a proposal from its records; ok is false if pk is unknown.
func (x *Index) loadProposal(txn *badger.Txn, pk []byte, head uint64) (Proposal, bool, error) {
	var rec proposalRecord
	ok, err := getJSON(txn, kProposal(pk), &rec)
	if err != nil || !ok {
		return Proposal{}, false, err
	}
	id := new(big.Int).SetBytes(pk[1:])
	p := Proposal{ID: id, IDHex: ProposalHex(id), ShortID: ShortID(id), Governor: rec.Governor,
		Emergency: pk[0] == tagEmergency, Kind: rec.Kind, Proposer: rec.Proposer, Targets: rec.Targets,
		Values: rec.Values, Description: rec.Description, VoteStart: rec.VoteStart, VoteEnd: rec.VoteEnd,
		Created: rec.Created, AsOfBlock: head}
	p.Calldatas = make([]hexutil.Bytes, len(rec.Calldatas))
	for i, c := range rec.Calldatas {
		p.Calldatas[i] = c
	}
	t := newTally()
	if _, err := getJSON(txn, kTally(pk), t); err != nil {
		return Proposal{}, false, err
	}
	p.Tally = contracts.Tally{Against: t.Against, For: t.For, Abstain: t.Abstain}
	p.Voters = t.Voters
	if q, ok, err := getValue(txn, kQuorum(pk)); err != nil {
		return Proposal{}, false, err
	} else if ok {
		p.Quorum = new(big.Int).SetBytes(q)
	}
	for _, s := range []struct {
		key []byte
		dst **EventRef
	}{{kQueued(pk), &p.Queued}, {kExecuted(pk), &p.Executed}, {kCanceled(pk), &p.Canceled}} {
		var r stepRecord
		ok, err := getJSON(txn, s.key, &r)
		if err != nil {
			return Proposal{}, false, err
		}
		if ok {
			at := r.At
			*s.dst = &at
			if s.dst == &p.Queued {
				eta := time.Unix(r.ETA, 0).UTC()
				p.ETA = &eta
			}
		}
	}
	p.State, p.Tentative = deriveState(&p)
	p.StateName = p.State.String()
	return p, true, nil
}

// deriveState is the Governor's state() computed from the indexed events at p.AsOfBlock, the way
// OpenZeppelin's Governor and GovernorCountingSimple compute it at that block: pending until the
// snapshot, active through the deadline, then succeeded when For > Against and For+Abstain
// reaches the quorum, else defeated; queued, executed and canceled follow their events.
func deriveState(p *Proposal) (contracts.ProposalState, bool) {
	switch {
	case p.Executed != nil:
		return contracts.StateExecuted, false
	case p.Canceled != nil:
		return contracts.StateCanceled, false
	case p.Queued != nil:
		return contracts.StateQueued, false
	case p.VoteStart >= p.AsOfBlock:
		return contracts.StatePending, false
	case p.VoteEnd >= p.AsOfBlock:
		return contracts.StateActive, false
	}
	if p.Tally.For.Cmp(p.Tally.Against) <= 0 {
		return contracts.StateDefeated, false
	}
	if p.Quorum == nil {
		return contracts.StateSucceeded, true
	}
	if new(big.Int).Add(p.Tally.For, p.Tally.Abstain).Cmp(p.Quorum) < 0 {
		return contracts.StateDefeated, false
	}
	return contracts.StateSucceeded, false
}

// ListOptions selects proposals.
type ListOptions struct {
	// Limit caps the number returned (0: all).
	Limit int
	// Oldest lists in creation order; the default is newest first.
	Oldest bool
	// States keeps only proposals in these states (empty: all).
	States []contracts.ProposalState
}

// Proposals lists proposals, newest first unless opts.Oldest.
func (x *Index) Proposals(ctx context.Context, opts ListOptions) ([]Proposal, error) {
	var out []Proposal
	err := x.view(ctx, func(txn *badger.Txn) error {
		head, err := asOf(txn)
		if err != nil {
			return err
		}
		return iterate(txn, ixKey(segOrder), !opts.Oldest, func(_, pk []byte) error {
			if opts.Limit > 0 && len(out) >= opts.Limit {
				return errStop
			}
			p, ok, err := x.loadProposal(txn, pk, head)
			if err != nil || !ok {
				return err
			}
			if len(opts.States) > 0 && !containsState(opts.States, p.State) {
				return nil
			}
			out = append(out, p)
			return nil
		})
	})
	if errors.Is(err, errStop) {
		err = nil
	}
	if err != nil {
		return nil, fmt.Errorf("list proposals: %w", err)
	}
	return out, nil
}

var errStop = errors.New("stop iteration")

func containsState(ss []contracts.ProposalState, s contracts.ProposalState) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// Proposal returns the proposal with this ID on either governor (the regular one first if both
// have one), or ErrUnknownProposal.
func (x *Index) Proposal(ctx context.Context, id *big.Int) (Proposal, error) {
	var out Proposal
	err := x.view(ctx, func(txn *badger.Txn) error {
		head, err := asOf(txn)
		if err != nil {
			return err
		}
		for _, g := range []common.Address{x.d.Governor, x.d.EmergencyGovernor} {
			p, ok, err := x.loadProposal(txn, proposalKey(x.d, g, id), head)
			if err != nil {
				return err
			}
			if ok {
				out = p
				return nil
			}
		}
		return fmt.Errorf("%w: %s", ErrUnknownProposal, ShortID(id))
	})
	return out, err
}

// Lookup finds a proposal by what a user typed: a full ID (hex or decimal) or a unique prefix of
// its hex form such as the short ID. No match is ErrUnknownProposal; several are
// ErrAmbiguousProposal.
func (x *Index) Lookup(ctx context.Context, ref string) (Proposal, error) {
	r, err := ParseProposalRef(ref)
	if err != nil {
		return Proposal{}, err
	}
	if r.ID != nil {
		return x.Proposal(ctx, r.ID)
	}
	prefix, odd := prefixBytes(r.Prefix)
	var matches []Proposal
	err = x.view(ctx, func(txn *badger.Txn) error {
		head, err := asOf(txn)
		if err != nil {
			return err
		}
		for _, tag := range []byte{tagGovernor, tagEmergency} {
			kp := ixKey(segProposal, []byte{tag}, prefix)
			err := iterate(txn, kp, false, func(key, _ []byte) error {
				pk := append([]byte(nil), key[len(ixKey(segProposal)):]...)
				if odd >= 0 && pk[1+len(prefix)]>>4 != byte(odd) {
					return nil
				}
				if len(matches) > 8 {
					return errStop
				}
				p, ok, err := x.loadProposal(txn, pk, head)
				if err == nil && ok {
					matches = append(matches, p)
				}
				return err
			})
			if err != nil && !errors.Is(err, errStop) {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Proposal{}, err
	}
	switch len(matches) {
	case 0:
		return Proposal{}, fmt.Errorf("%w: no proposal starts with %s", ErrUnknownProposal, r.Prefix)
	case 1:
		return matches[0], nil
	}
	if len(matches) == 2 && matches[0].ID.Cmp(matches[1].ID) == 0 {
		return matches[0], nil // the same ID on both governors: the regular one
	}
	return Proposal{}, fmt.Errorf("%w: %s matches %d proposals, give more digits", ErrAmbiguousProposal, r.Prefix, len(matches))
}

// prefixBytes turns a hex prefix into whole bytes plus the odd trailing nibble (-1 if none).
func prefixBytes(h string) ([]byte, int) {
	odd := -1
	if len(h)%2 == 1 {
		var n byte
		c := h[len(h)-1]
		switch {
		case c >= '0' && c <= '9':
			n = c - '0'
		default:
			n = c - 'a' + 10
		}
		odd = int(n)
		h = h[:len(h)-1]
	}
	b := make([]byte, len(h)/2)
	for i := range b {
		hi, lo := unhex(h[2*i]), unhex(h[2*i+1])
		b[i] = hi<<4 | lo
	}
	return b, odd
}

func unhex(c byte) byte {
	if c >= '0' && c <= '9' {
		return c - '0'
	}
	return c - 'a' + 10
}

// ProposalExecuted reports whether the proposal written as in a proposal-executed= caveat (full
// hex or decimal ID, or a unique prefix) has been executed on chain, by either governor. An
// unknown proposal is not executed. It implements the capability package's ChainState.
func (x *Index) ProposalExecuted(ctx context.Context, proposalID string) (bool, error) {
	p, err := x.Lookup(ctx, proposalID)
	if errors.Is(err, ErrUnknownProposal) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if p.Executed != nil {
		return true, nil
	}
	if p.Emergency {
		return false, nil
	}
	// The same ID may also exist on the emergency governor and have executed there.
	other, ok, err := x.proposalOn(ctx, x.d.EmergencyGovernor, p.ID)
	return ok && other.Executed != nil, err
}

func (x *Index) proposalOn(ctx context.Context, governor common.Address, id *big.Int) (Proposal, bool, error) {
	var p Proposal
	var ok bool
	err := x.view(ctx, func(txn *badger.Txn) error {
		head, err := asOf(txn)
		if err != nil {
			return err
		}
		p, ok, err = x.loadProposal(txn, proposalKey(x.d, governor, id), head)
		return err
	})
	return p, ok, err
}

// Votes lists the votes on a proposal (either governor) in voter order.
func (x *Index) Votes(ctx context.Context, id *big.Int) ([]Vote, error) {
	var out []Vote
	err := x.view(ctx, func(txn *badger.Txn) error {
		for _, g := range []common.Address{x.d.Governor, x.d.EmergencyGovernor} {
			pk := proposalKey(x.d, g, id)
			err := iterate(txn, ixKey(segVote, pk), false, func(_, v []byte) error {
				vt, err := decodeVote(id, v)
				if err == nil {
					out = append(out, vt)
				}
				return err
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}

// VotesBy lists the votes an account cast, oldest first.
func (x *Index) VotesBy(ctx context.Context, voter common.Address) ([]Vote, error) {
	var out []Vote
	err := x.view(ctx, func(txn *badger.Txn) error {
		return iterate(txn, ixKey(segVoterVote, voter[:]), false, func(key, _ []byte) error {
			pk := key[len(key)-pkLen:]
			v, ok, err := getValue(txn, kVote(pk, voter))
			if err != nil || !ok {
				return err
			}
			vt, err := decodeVote(new(big.Int).SetBytes(pk[1:]), v)
			if err == nil {
				out = append(out, vt)
			}
			return err
		})
	})
	sort.Slice(out, func(i, j int) bool {
		if out[i].At.Block != out[j].At.Block {
			return out[i].At.Block < out[j].At.Block
		}
		return out[i].At.LogIndex < out[j].At.LogIndex
	})
	return out, err
}

func decodeVote(id *big.Int, b []byte) (Vote, error) {
	var r voteRecord
	if err := json.Unmarshal(b, &r); err != nil {
		return Vote{}, fmt.Errorf("%w: vote: %v", ErrCorruptIndex, err)
	}
	return Vote{ProposalID: id, Proposal: ProposalHex(id), Governor: r.Governor, Voter: r.Voter, Support: r.Support,
		SupportName: r.Support.String(), Weight: r.Weight, Reason: r.Reason, Params: r.Params, At: r.At}, nil
}

// HasVoted reports whether voter has a vote on the proposal in the index.
func (x *Index) HasVoted(ctx context.Context, governor common.Address, id *big.Int, voter common.Address) (bool, error) {
	var ok bool
	err := x.view(ctx, func(txn *badger.Txn) error {
		var err error
		_, ok, err = getValue(txn, kVote(proposalKey(x.d, governor, id), voter))
		return err
	})
	return ok, err
}

// Charter is the charter in force: the record with the highest version. ok is false before any.
func (x *Index) Charter(ctx context.Context) (CharterRecord, bool, error) {
	var out CharterRecord
	var ok bool
	err := x.view(ctx, func(txn *badger.Txn) error {
		return iterate(txn, ixKey(segCharter), true, func(_, v []byte) error {
			ok = true
			if err := json.Unmarshal(v, &out); err != nil {
				return fmt.Errorf("%w: charter: %v", ErrCorruptIndex, err)
			}
			return errStop
		})
	})
	if errors.Is(err, errStop) {
		err = nil
	}
	return out, ok, err
}

// CharterHistory lists every adopted charter, oldest first.
func (x *Index) CharterHistory(ctx context.Context) ([]CharterRecord, error) {
	var out []CharterRecord
	err := x.view(ctx, func(txn *badger.Txn) error {
		return iterate(txn, ixKey(segCharter), false, func(_, v []byte) error {
			var r CharterRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("%w: charter: %v", ErrCorruptIndex, err)
			}
			out = append(out, r)
			return nil
		})
	})
	return out, err
}

// CharterVersionOfHash is the latest version adopted with this document hash, 0 if none: what a
// gossip validator checks a charter announcement against.
func (x *Index) CharterVersionOfHash(ctx context.Context, hash common.Hash) (uint64, error) {
	hist, err := x.CharterHistory(ctx)
	if err != nil {
		return 0, err
	}
	var v uint64
	for _, r := range hist {
		if r.DocumentHash == hash {
			v = r.Version
		}
	}
	return v, nil
}

// Experiments lists every experiment the registry has an event for, by ID.
func (x *Index) Experiments(ctx context.Context) ([]Experiment, error) {
	var out []Experiment
	err := x.view(ctx, func(txn *badger.Txn) error {
		var cur common.Hash
		var steps []ExperimentStep
		flush := func() {
			if len(steps) > 0 {
				out = append(out, foldExperiment(cur, steps))
			}
			steps = nil
		}
		p := ixKey(segExperiment)
		err := iterate(txn, p, false, func(key, v []byte) error {
			id := common.BytesToHash(key[len(p) : len(p)+32])
			if id != cur {
				flush()
				cur = id
			}
			var s ExperimentStep
			if err := json.Unmarshal(v, &s); err != nil {
				return fmt.Errorf("%w: experiment: %v", ErrCorruptIndex, err)
			}
			steps = append(steps, s)
			return nil
		})
		flush()
		return err
	})
	return out, err
}

// Experiment is one experiment's state; ok is false if the registry has no event for it.
func (x *Index) Experiment(ctx context.Context, id common.Hash) (Experiment, bool, error) {
	var steps []ExperimentStep
	err := x.view(ctx, func(txn *badger.Txn) error {
		return iterate(txn, ixKey(segExperiment, id[:]), false, func(_, v []byte) error {
			var s ExperimentStep
			if err := json.Unmarshal(v, &s); err != nil {
				return fmt.Errorf("%w: experiment: %v", ErrCorruptIndex, err)
			}
			steps = append(steps, s)
			return nil
		})
	})
	if err != nil || len(steps) == 0 {
		return Experiment{ID: id, StatusName: contracts.ExperimentStatusNone.String()}, false, err
	}
	return foldExperiment(id, steps), true, nil
}

// Guardians is the current guardian set (highest epoch); ok is false before any.
func (x *Index) Guardians(ctx context.Context) (GuardianSet, bool, error) {
	var out GuardianSet
	var ok bool
	err := x.view(ctx, func(txn *badger.Txn) error {
		return iterate(txn, ixKey(segGuardians), true, func(_, v []byte) error {
			ok = true
			if err := json.Unmarshal(v, &out); err != nil {
				return fmt.Errorf("%w: guardians: %v", ErrCorruptIndex, err)
			}
			return errStop
		})
	})
	if errors.Is(err, errStop) {
		err = nil
	}
	return out, ok, err
}

// Manifests lists released refuge manifests.
func (x *Index) Manifests(ctx context.Context) ([]Manifest, error) {
	var out []Manifest
	err := x.view(ctx, func(txn *badger.Txn) error {
		return iterate(txn, ixKey(segManifest), false, func(_, v []byte) error {
			var m Manifest
			if err := json.Unmarshal(v, &m); err != nil {
				return fmt.Errorf("%w: manifest: %v", ErrCorruptIndex, err)
			}
			out = append(out, m)
			return nil
		})
	})
	return out, err
}

// ManifestReleased reports whether an emergency decision released the manifest, and where.
func (x *Index) ManifestReleased(ctx context.Context, id common.Hash) (Manifest, bool, error) {
	var m Manifest
	var ok bool
	err := x.view(ctx, func(txn *badger.Txn) error {
		var err error
		ok, err = getJSON(txn, kManifest(id), &m)
		return err
	})
	return m, ok, err
}

// Suspensions lists every peer whose latest emergency event is a suspension (lifted ones are
// left out); whether Until has passed is the caller's judgement.
func (x *Index) Suspensions(ctx context.Context) ([]SuspensionStep, error) {
	var out []SuspensionStep
	err := x.view(ctx, func(txn *badger.Txn) error {
		p := ixKey(segSuspension)
		var last *SuspensionStep
		var cur []byte
		err := iterate(txn, p, false, func(key, v []byte) error {
			peer := key[len(p) : len(p)+32]
			if last != nil && !bytes.Equal(peer, cur) && last.Suspended {
				out = append(out, *last)
			}
			cur = append(cur[:0], peer...)
			var s SuspensionStep
			if err := json.Unmarshal(v, &s); err != nil {
				return fmt.Errorf("%w: suspension: %v", ErrCorruptIndex, err)
			}
			last = &s
			return nil
		})
		if last != nil && last.Suspended {
			out = append(out, *last)
		}
		return err
	})
	return out, err
}

// Suspension is the latest emergency event for a peer (by the keccak256 of its ID bytes, as the
// Emergency contract keys it); ok is false if there is none.
func (x *Index) Suspension(ctx context.Context, peerHash common.Hash) (SuspensionStep, bool, error) {
	var s SuspensionStep
	var ok bool
	err := x.view(ctx, func(txn *badger.Txn) error {
		return iterate(txn, ixKey(segSuspension, peerHash[:]), true, func(_, v []byte) error {
			ok = true
			if err := json.Unmarshal(v, &s); err != nil {
				return fmt.Errorf("%w: suspension: %v", ErrCorruptIndex, err)
			}
			return errStop
		})
	})
	if errors.Is(err, errStop) {
		err = nil
	}
	return s, ok, err
}

// RoleChanges lists role grants and revocations on the timelock and registries, oldest first.
func (x *Index) RoleChanges(ctx context.Context) ([]RoleChange, error) {
	var out []RoleChange
	err := x.view(ctx, func(txn *badger.Txn) error {
		return iterate(txn, ixKey(segRole), false, func(_, v []byte) error {
			var r RoleChange
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("%w: role change: %v", ErrCorruptIndex, err)
			}
			out = append(out, r)
			return nil
		})
	})
	return out, err
}

// Cursor is where the index stands.
func (x *Index) Cursor(ctx context.Context) (Cursor, error) {
	var c Cursor
	err := x.view(ctx, func(txn *badger.Txn) error {
		_, err := getJSON(txn, kCursor(), &c)
		return err
	})
	return c, err
}

// Cursor is the watcher's position: Next is the next block to scan, Hash the hash of block
// Next-1 as scanned (zero before the first batch). RewindTo is set while a rewind after a reorg
// is in progress (it survives a crash half way).
type Cursor struct {
	Next     uint64      `json:"next"`
	Hash     common.Hash `json:"hash"`
	RewindTo *uint64     `json:"rewind_to,omitempty"`
}
