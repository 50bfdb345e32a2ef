package contracts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ProposalState is IGovernor.ProposalState.
type ProposalState uint8

// Governor proposal states, in the contract's order.
const (
	StatePending ProposalState = iota
	StateActive
	StateCanceled
	StateDefeated
	StateSucceeded
	StateQueued
	StateExpired
	StateExecuted
)

var stateNames = [...]string{"pending", "active", "canceled", "defeated", "succeeded", "queued", "expired", "executed"}

// String returns the lower-case state name the CLI and gossip use.
func (s ProposalState) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("state(%d)", uint8(s))
}

// Final reports whether the state can no longer change.
func (s ProposalState) Final() bool {
	return s == StateCanceled || s == StateDefeated || s == StateExpired || s == StateExecuted
}

// Tally is a proposal's vote count, in token base units.
type Tally struct {
	Against *big.Int `json:"against"`
	For     *big.Int `json:"for"`
	Abstain *big.Int `json:"abstain"`
}

// Governor drives one governor contract (WestGovernor or WestEmergencyGovernor; both share the
// OpenZeppelin Governor interface). Transaction methods return the sent transaction; wait for it
// with WaitMined.
type Governor struct {
	addr    common.Address
	backend Backend
	c       *bind.BoundContract
}

// NewGovernor binds the governor at addr.
func NewGovernor(addr common.Address, backend Backend) *Governor {
	return &Governor{addr: addr, backend: backend, c: governorABI.Instance(backend, addr)}
}

// Address is the governor's address.
func (g *Governor) Address() common.Address { return g.addr }

func (g *Governor) opts(ctx context.Context, auth *bind.TransactOpts) *bind.TransactOpts {
	o := *auth
	o.Context = ctx
	return &o
}

func (g *Governor) call(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

func (g *Governor) check(p Proposal) error {
	if p.Governor != (common.Address{}) && p.Governor != g.addr {
		return fmt.Errorf("%w: proposal is for governor %s, not %s", ErrInvalidProposal, p.Governor, g.addr)
	}
	return p.Validate()
}

// Propose submits p. The proposer needs ProposalThreshold voting power at the previous block.
func (g *Governor) Propose(ctx context.Context, auth *bind.TransactOpts, p Proposal) (*types.Transaction, error) {
	if err := g.check(p); err != nil {
		return nil, err
	}
	tx, err := bind.Transact(g.c, g.opts(ctx, auth), governorABI.PackPropose(p.Targets, p.Values, p.Calldatas, p.Description))
	if err != nil {
		return nil, fmt.Errorf("propose %s: %w", p.ID(), DecodeRevert(err))
	}
	return tx, nil
}

// Queue schedules a succeeded proposal in the timelock.
func (g *Governor) Queue(ctx context.Context, auth *bind.TransactOpts, p Proposal) (*types.Transaction, error) {
	if err := g.check(p); err != nil {
		return nil, err
	}
	tx, err := bind.Transact(g.c, g.opts(ctx, auth), governorABI.PackQueue(p.Targets, p.Values, p.Calldatas, p.DescriptionHash()))
	if err != nil {
		return nil, fmt.Errorf("queue %s: %w", p.ID(), DecodeRevert(err))
	}
	return tx, nil
}

// Execute executes a queued proposal whose timelock delay has passed.
func (g *Governor) Execute(ctx context.Context, auth *bind.TransactOpts, p Proposal) (*types.Transaction, error) {
	if err := g.check(p); err != nil {
		return nil, err
	}
	tx, err := bind.Transact(g.c, g.opts(ctx, auth), governorABI.PackExecute(p.Targets, p.Values, p.Calldatas, p.DescriptionHash()))
	if err != nil {
		return nil, fmt.Errorf("execute %s: %w", p.ID(), DecodeRevert(err))
	}
	return tx, nil
}

// Cancel withdraws a proposal; OpenZeppelin 5 lets only its proposer do so, and only while it is
// still pending (before voting starts).
func (g *Governor) Cancel(ctx context.Context, auth *bind.TransactOpts, p Proposal) (*types.Transaction, error) {
	if err := g.check(p); err != nil {
		return nil, err
	}
	tx, err := bind.Transact(g.c, g.opts(ctx, auth), governorABI.PackCancel(p.Targets, p.Values, p.Calldatas, p.DescriptionHash()))
	if err != nil {
		return nil, fmt.Errorf("cancel %s: %w", p.ID(), DecodeRevert(err))
	}
	return tx, nil
}

// CastVote votes from auth's account; a non-empty reason uses castVoteWithReason.
func (g *Governor) CastVote(ctx context.Context, auth *bind.TransactOpts, proposalID *big.Int, support Support, reason string) (*types.Transaction, error) {
	data := governorABI.PackCastVote(proposalID, uint8(support))
	if reason != "" {
		data = governorABI.PackCastVoteWithReason(proposalID, uint8(support), reason)
	}
	tx, err := bind.Transact(g.c, g.opts(ctx, auth), data)
	if err != nil {
		return nil, fmt.Errorf("vote %s on %s: %w", support, proposalID, DecodeRevert(err))
	}
	return tx, nil
}

// CastVoteBySig relays a signed ballot; auth pays the gas, the vote counts for b.Voter.
func (g *Governor) CastVoteBySig(ctx context.Context, auth *bind.TransactOpts, b Ballot, sig []byte) (*types.Transaction, error) {
	tx, err := bind.Transact(g.c, g.opts(ctx, auth), governorABI.PackCastVoteBySig(b.ProposalID, uint8(b.Support), b.Voter, sig))
	if err != nil {
		return nil, fmt.Errorf("relay ballot of %s on %s: %w", b.Voter, b.ProposalID, DecodeRevert(err))
	}
	return tx, nil
}

// State is the proposal's current state.
func (g *Governor) State(ctx context.Context, proposalID *big.Int) (ProposalState, error) {
	s, err := bind.Call(g.c, g.call(ctx), governorABI.PackState(proposalID), governorABI.UnpackState)
	if err != nil {
		return 0, fmt.Errorf("state of %s: %w", proposalID, DecodeRevert(err))
	}
	return ProposalState(s), nil
}

// Tally is the proposal's vote count so far.
func (g *Governor) Tally(ctx context.Context, proposalID *big.Int) (Tally, error) {
	v, err := bind.Call(g.c, g.call(ctx), governorABI.PackProposalVotes(proposalID), governorABI.UnpackProposalVotes)
	if err != nil {
		return Tally{}, fmt.Errorf("votes of %s: %w", proposalID, DecodeRevert(err))
	}
	return Tally{Against: v.AgainstVotes, For: v.ForVotes, Abstain: v.AbstainVotes}, nil
}

// HasVoted reports whether voter has voted on the proposal.
func (g *Governor) HasVoted(ctx context.Context, proposalID *big.Int, voter common.Address) (bool, error) {
	v, err := bind.Call(g.c, g.call(ctx), governorABI.PackHasVoted(proposalID, voter), governorABI.UnpackHasVoted)
	if err != nil {
		return false, fmt.Errorf("hasVoted %s: %w", voter, err)
	}
	return v, nil
}

// Snapshot is the block whose voting power counts for the proposal.
func (g *Governor) Snapshot(ctx context.Context, proposalID *big.Int) (uint64, error) {
	v, err := bind.Call(g.c, g.call(ctx), governorABI.PackProposalSnapshot(proposalID), governorABI.UnpackProposalSnapshot)
	if err != nil {
		return 0, fmt.Errorf("snapshot of %s: %w", proposalID, err)
	}
	return v.Uint64(), nil
}

// Deadline is the last block of the proposal's vote.
func (g *Governor) Deadline(ctx context.Context, proposalID *big.Int) (uint64, error) {
	v, err := bind.Call(g.c, g.call(ctx), governorABI.PackProposalDeadline(proposalID), governorABI.UnpackProposalDeadline)
	if err != nil {
		return 0, fmt.Errorf("deadline of %s: %w", proposalID, err)
	}
	return v.Uint64(), nil
}

// Quorum is the For+Abstain votes needed for a proposal snapshotted at block.
func (g *Governor) Quorum(ctx context.Context, block uint64) (*big.Int, error) {
	v, err := bind.Call(g.c, g.call(ctx), governorABI.PackQuorum(new(big.Int).SetUint64(block)), governorABI.UnpackQuorum)
	if err != nil {
		return nil, fmt.Errorf("quorum at %d: %w", block, DecodeRevert(err))
	}
	return v, nil
}

// VotesAt is account's voting power at block, as the governor counts it.
func (g *Governor) VotesAt(ctx context.Context, account common.Address, block uint64) (*big.Int, error) {
	v, err := bind.Call(g.c, g.call(ctx), governorABI.PackGetVotes(account, new(big.Int).SetUint64(block)), governorABI.UnpackGetVotes)
	if err != nil {
		return nil, fmt.Errorf("votes of %s at %d: %w", account, block, DecodeRevert(err))
	}
	return v, nil
}

// Nonce is voter's next ballot nonce.
func (g *Governor) Nonce(ctx context.Context, voter common.Address) (*big.Int, error) {
	v, err := bind.Call(g.c, g.call(ctx), governorABI.PackNonces(voter), governorABI.UnpackNonces)
	if err != nil {
		return nil, fmt.Errorf("nonce of %s: %w", voter, err)
	}
	return v, nil
}

// Domain reads the governor's EIP-712 domain (ERC-5267 eip712Domain).
func (g *Governor) Domain(ctx context.Context) (Domain, error) {
	v, err := bind.Call(g.c, g.call(ctx), governorABI.PackEip712Domain(), governorABI.UnpackEip712Domain)
	if err != nil {
		return Domain{}, fmt.Errorf("eip712Domain of %s: %w", g.addr, err)
	}
	if v.Fields[0] != 0x0f {
		return Domain{}, fmt.Errorf("eip712Domain of %s: fields %#x, want name, version, chainId, verifyingContract", g.addr, v.Fields[0])
	}
	return Domain{Name: v.Name, Version: v.Version, ChainID: v.ChainId, VerifyingContract: v.VerifyingContract}, nil
}

// NewBallot prepares voter's ballot with the governor's domain and the voter's current nonce, ready
// for SignBallot.
func (g *Governor) NewBallot(ctx context.Context, proposalID *big.Int, support Support, voter common.Address) (Ballot, Domain, error) {
	d, err := g.Domain(ctx)
	if err != nil {
		return Ballot{}, Domain{}, err
	}
	nonce, err := g.Nonce(ctx, voter)
	if err != nil {
		return Ballot{}, Domain{}, err
	}
	return Ballot{ProposalID: proposalID, Support: support, Voter: voter, Nonce: nonce}, d, nil
}

// Token drives the WEST votes token: the operations the CLI offers.
type Token struct {
	c *bind.BoundContract
}

// NewToken binds the token at addr.
func NewToken(addr common.Address, backend Backend) *Token {
	return &Token{c: tokenABI.Instance(backend, addr)}
}

// Delegate gives auth's voting power to delegatee (itself to vote directly). Tokens carry no voting
// power until delegated.
func (t *Token) Delegate(ctx context.Context, auth *bind.TransactOpts, delegatee common.Address) (*types.Transaction, error) {
	o := *auth
	o.Context = ctx
	tx, err := bind.Transact(t.c, &o, tokenABI.PackDelegate(delegatee))
	if err != nil {
		return nil, fmt.Errorf("delegate to %s: %w", delegatee, DecodeRevert(err))
	}
	return tx, nil
}

// Transfer sends amount base units from auth's account to to.
func (t *Token) Transfer(ctx context.Context, auth *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	o := *auth
	o.Context = ctx
	tx, err := bind.Transact(t.c, &o, tokenABI.PackTransfer(to, amount))
	if err != nil {
		return nil, fmt.Errorf("transfer to %s: %w", to, DecodeRevert(err))
	}
	return tx, nil
}

// Balance is account's token balance.
func (t *Token) Balance(ctx context.Context, account common.Address) (*big.Int, error) {
	v, err := bind.Call(t.c, &bind.CallOpts{Context: ctx}, tokenABI.PackBalanceOf(account), tokenABI.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("balance of %s: %w", account, err)
	}
	return v, nil
}

// Votes is account's current voting power.
func (t *Token) Votes(ctx context.Context, account common.Address) (*big.Int, error) {
	v, err := bind.Call(t.c, &bind.CallOpts{Context: ctx}, tokenABI.PackGetVotes(account), tokenABI.UnpackGetVotes)
	if err != nil {
		return nil, fmt.Errorf("votes of %s: %w", account, err)
	}
	return v, nil
}

// Delegates is the account account has delegated to (zero if none).
func (t *Token) Delegates(ctx context.Context, account common.Address) (common.Address, error) {
	v, err := bind.Call(t.c, &bind.CallOpts{Context: ctx}, tokenABI.PackDelegates(account), tokenABI.UnpackDelegates)
	if err != nil {
		return common.Address{}, fmt.Errorf("delegates of %s: %w", account, err)
	}
	return v, nil
}
