package governance

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	pubsub "github.com/libp2p/go-libp2p-pubsub"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/p2p"
)

// publishProposal gossips this node's reading of a proposal, read from the index right after
// the watcher committed the event, so nodes without RPC see it within a second.
func (s *Service) publishProposal(ctx context.Context, id *big.Int) {
	ix := s.d.Chain.Index()
	var (
		p   chain.Proposal
		cur chain.Cursor
		err error
	)
	// The proposal and the cursor are read separately; a batch committed in between would pair
	// a state with the wrong block, so read until they agree (a new block every few hundred ms
	// at most makes a second try enough).
	for range 3 {
		if cur, err = ix.Cursor(ctx); err != nil || cur.Next == 0 {
			return
		}
		if p, err = ix.Proposal(ctx, id); err != nil {
			s.log.Debug("read proposal to gossip", "id", chain.ShortID(id), "err", err)
			return
		}
		if p.AsOfBlock == cur.Next-1 {
			break
		}
	}
	st := ProposalState{Governor: p.Governor, ID: p.ID, Kind: string(p.Kind), State: p.State, Tally: p.Tally,
		BlockNumber: p.AsOfBlock, Description: p.Description}
	if p.AsOfBlock == cur.Next-1 {
		st.BlockHash = cur.Hash // else unknown: receivers then skip the hash check
	}
	data, err := EncodeProposal(st)
	if err != nil {
		s.log.Warn("encode proposal state", "id", p.ShortID, "err", err)
		return
	}
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := s.d.Gossip.Publish(pctx, p2p.TopicProposals, data, 0); err != nil && ctx.Err() == nil {
		s.log.Debug("publish proposal state", "id", p.ShortID, "err", err)
	}
}

// stateRank orders the proposal lifecycle; a state may only move to a higher rank.
func stateRank(st contracts.ProposalState) int {
	switch st {
	case contracts.StatePending:
		return 0
	case contracts.StateActive:
		return 1
	case contracts.StateSucceeded, contracts.StateDefeated:
		return 2
	case contracts.StateQueued:
		return 3
	default: // executed, expired, canceled
		return 4
	}
}

func tallyLE(a, b contracts.Tally) bool {
	le := func(x, y *big.Int) bool {
		if x == nil {
			x = new(big.Int)
		}
		if y == nil {
			y = new(big.Int)
		}
		return x.Cmp(y) <= 0
	}
	return le(a.For, b.For) && le(a.Against, b.Against) && le(a.Abstain, b.Abstain)
}

func tallyEq(a, b contracts.Tally) bool { return tallyLE(a, b) && tallyLE(b, a) }

// checkProposalState judges a gossiped state against this node's index reading of the same
// proposal: at the same block it must be identical; from an earlier block it must be a state
// the proposal could have passed through (no higher lifecycle rank, no larger tally, and a
// final state only if it is ours).
func checkProposalState(got ProposalState, own chain.Proposal, ownBlock uint64) error {
	if got.Governor != own.Governor {
		return fmt.Errorf("%w: governor %s, the index has %s", ErrLie, got.Governor, own.Governor)
	}
	switch {
	case got.BlockNumber == ownBlock:
		if got.State != own.State || !tallyEq(got.Tally, own.Tally) {
			return fmt.Errorf("%w: at block %d state %s (tally %v), the index has %s (tally %v)", ErrLie,
				got.BlockNumber, got.State, got.Tally, own.State, own.Tally)
		}
	case got.BlockNumber < ownBlock:
		if stateRank(got.State) > stateRank(own.State) || !tallyLE(got.Tally, own.Tally) ||
			(got.State.Final() && got.State != own.State) ||
			(got.State == contracts.StateSucceeded && own.State == contracts.StateDefeated) {
			return fmt.Errorf("%w: state %s at block %d is not on the way to %s at block %d", ErrLie,
				got.State, got.BlockNumber, own.State, ownBlock)
		}
	default:
		return fmt.Errorf("block %d is beyond the index (%d)", got.BlockNumber, ownBlock)
	}
	return nil
}

// validateProposal verifies a gossiped proposal state against the index (waiting briefly for
// the index to reach the block it was read at). Without a chain it is kept as unverified.
func (s *Service) validateProposal(ctx context.Context, msg *pubsub.Message) error {
	st, err := DecodeProposal(msg.Data)
	if err != nil {
		return err
	}
	msg.ValidatorData = st
	if s.d.Chain == nil {
		return nil // forwarded and shown, marked unverified
	}
	d := s.cfg.Deployment
	if st.Governor != d.Governor && st.Governor != d.EmergencyGovernor {
		return fmt.Errorf("%w: governor %s", ErrNotOurChain, st.Governor)
	}
	if s.isLocal(msg) {
		return nil
	}
	wctx, cancel := context.WithTimeout(ctx, s.cfg.ValidateWait)
	err = s.d.Chain.WaitIndexed(wctx, st.BlockNumber)
	cancel()
	if err != nil {
		return ignore("index has not reached block %d", st.BlockNumber)
	}
	ix := s.d.Chain.Index()
	// Read the cursor before the proposal: the proposal is then at least as new as ownBlock.
	cur, err := ix.Cursor(ctx)
	if err != nil {
		return ignore("read the index: %v", err)
	}
	own, err := ix.Proposal(ctx, st.ID)
	if errors.Is(err, chain.ErrUnknownProposal) {
		return fmt.Errorf("%w: proposal %s is unknown on chain at block %d", ErrLie, chain.ShortID(st.ID), cur.Next-1)
	}
	if err != nil {
		return ignore("read the index: %v", err)
	}
	ownBlock := own.AsOfBlock
	if cur.Next > 0 && cur.Next-1 == st.BlockNumber && st.BlockHash != (common.Hash{}) && cur.Hash != st.BlockHash {
		return ignore("block %d hash differs (a reorg?)", st.BlockNumber)
	}
	return checkProposalState(st, own, ownBlock)
}

// UnverifiedState is a proposal state gossiped to a node without chain access.
type UnverifiedState struct {
	ID          string    `json:"id"`
	ShortID     string    `json:"short_id"`
	Governor    string    `json:"governor"`
	Kind        string    `json:"kind"`
	State       string    `json:"state"`
	Tally       any       `json:"tally"`
	BlockNumber uint64    `json:"block_number"`
	Description string    `json:"description"`
	From        string    `json:"from"`
	ReceivedAt  time.Time `json:"received_at"`
	Unverified  bool      `json:"unverified"`
}

// handleProposal stores what a node without chain hears, newest block first wins.
func (s *Service) handleProposal(msg *pubsub.Message) {
	st, ok := msg.ValidatorData.(ProposalState)
	if !ok || s.d.Chain != nil {
		return
	}
	k := key(keyState, st.ID.Bytes())
	if raw, err := s.d.Store.Get(k); err == nil {
		var old UnverifiedState
		if json.Unmarshal(raw, &old) == nil && old.BlockNumber > st.BlockNumber {
			return
		}
	}
	u := UnverifiedState{ID: chain.ProposalHex(st.ID), ShortID: chain.ShortID(st.ID), Governor: st.Governor.Hex(),
		Kind: st.Kind, State: st.State.String(), Tally: st.Tally, BlockNumber: st.BlockNumber, Description: st.Description,
		From: msg.GetFrom().String(), ReceivedAt: s.cfg.Now(), Unverified: true}
	raw, err := json.Marshal(u)
	if err != nil {
		return
	}
	if err := s.d.Store.Put(k, raw); err != nil {
		s.log.Warn("store gossiped proposal state", "err", err)
	}
}

// UnverifiedStates lists what a node without chain heard on westworld/proposals/1.
func (s *Service) UnverifiedStates() ([]UnverifiedState, error) {
	out := []UnverifiedState{}
	err := s.d.Store.Iterate(keyState, func(_, v []byte) error {
		var u UnverifiedState
		if err := json.Unmarshal(v, &u); err != nil {
			return err
		}
		out = append(out, u)
		return nil
	})
	return out, err
}
