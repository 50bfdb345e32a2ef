package contracts

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"log/slog"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// simBackend is the simulated chain's RPC client plus Commit, so Deploy and WaitMined mine the
// blocks they wait for.
type simBackend struct {
	simulated.Client
	sim *simulated.Backend
}

func (s *simBackend) Commit() common.Hash { return s.sim.Commit() }

// account is a funded externally owned account.
type account struct {
	name string
	key  *ecdsa.PrivateKey
	addr common.Address
	auth *bind.TransactOpts
}

func newAccount(tb testing.TB, name string) *account {
	tb.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		tb.Fatal(err)
	}
	return &account{name: name, key: key, addr: crypto.PubkeyToAddress(key.PublicKey),
		auth: bind.NewKeyedTransactor(key, big.NewInt(1337))}
}

// env is a simulated chain with the contract set deployed and four delegated voters holding
// A 10%, B 10%, C 3% and D 30% of the 1000-token supply; the deployer keeps 47% undelegated, so
// it has no votes. Regular quorum (5%) is 50 tokens, emergency quorum (20%) 200.
type env struct {
	tb       testing.TB
	ctx      context.Context
	sim      *simulated.Backend
	b        *simBackend
	deployer *account
	relayer  *account
	A, B, C  *account
	D        *account
	d        *Deployment
	gov      *Governor
	emg      *Governor
	token    *Token
}

// testParams are DevParams with a 1000-token supply.
func testParams() Params {
	p := DevParams()
	p.InitialSupply = Tokens(1000)
	return p
}

func newSim(tb testing.TB, accounts ...*account) (*simulated.Backend, *simBackend) {
	tb.Helper()
	alloc := types.GenesisAlloc{}
	for _, a := range accounts {
		alloc[a.addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), ether)}
	}
	sim := simulated.NewBackend(alloc)
	tb.Cleanup(func() { _ = sim.Close() })
	return sim, &simBackend{Client: sim.Client(), sim: sim}
}

func newEnv(tb testing.TB, p Params) *env {
	tb.Helper()
	e := &env{tb: tb, ctx: context.Background(),
		deployer: newAccount(tb, "deployer"), relayer: newAccount(tb, "relayer"),
		A: newAccount(tb, "A"), B: newAccount(tb, "B"), C: newAccount(tb, "C"), D: newAccount(tb, "D")}
	e.sim, e.b = newSim(tb, e.deployer, e.relayer, e.A, e.B, e.C, e.D)
	d, err := Deploy(e.ctx, e.b, e.deployer.auth, p)
	if err != nil {
		tb.Fatalf("deploy: %v", err)
	}
	e.d = d
	e.gov = NewGovernor(d.Governor, e.b)
	e.emg = NewGovernor(d.EmergencyGovernor, e.b)
	e.token = NewToken(d.Token, e.b)
	for _, h := range []struct {
		a      *account
		tokens int64
	}{{e.A, 100}, {e.B, 100}, {e.C, 30}, {e.D, 300}} {
		e.mine(e.token.Transfer(e.ctx, e.deployer.auth, h.a.addr, Tokens(h.tokens)))
		e.mine(e.token.Delegate(e.ctx, h.a.auth, h.a.addr))
	}
	return e
}

// mine commits a block with tx and fails the test unless it succeeded.
func (e *env) mine(tx *types.Transaction, err error) *types.Receipt {
	e.tb.Helper()
	if err != nil {
		e.tb.Fatalf("send: %v", err)
	}
	r, err := WaitMined(e.ctx, e.b, tx)
	if err != nil {
		e.tb.Fatalf("mine: %v", err)
	}
	return r
}

func (e *env) head() uint64 {
	e.tb.Helper()
	n, err := e.b.BlockNumber(e.ctx)
	if err != nil {
		e.tb.Fatal(err)
	}
	return n
}

// advanceTo commits empty blocks until the head is at least n. Calls and gas estimates run
// against the head, so a vote needs head > snapshot and a queue needs head > deadline.
func (e *env) advanceTo(n uint64) {
	for e.head() < n {
		e.sim.Commit()
	}
}

// advanceTime seals one block d after the head.
func (e *env) advanceTime(d time.Duration) {
	e.tb.Helper()
	if err := e.sim.AdjustTime(d); err != nil {
		e.tb.Fatal(err)
	}
}

func (e *env) headTime() time.Time {
	e.tb.Helper()
	h, err := e.b.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.tb.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0)
}

func (e *env) governorFor(p Proposal) *Governor {
	if p.Governor == e.d.EmergencyGovernor {
		return e.emg
	}
	return e.gov
}

func (e *env) state(g *Governor, id *big.Int) ProposalState {
	e.tb.Helper()
	s, err := g.State(e.ctx, id)
	if err != nil {
		e.tb.Fatal(err)
	}
	return s
}

// vote is one voter's choice in a scenario.
type vote struct {
	who     *account
	support Support
}

// lifecycle records the receipts and decoded events of a proposal's path.
type lifecycle struct {
	propose, queue, execute *types.Receipt
	votes                   []*types.Receipt
	events                  []Event
}

// proposeAndVote proposes p from D, waits for the vote to open, casts votes, and waits for it to
// close. It returns the state after the deadline.
func (e *env) proposeAndVote(p Proposal, votes []vote, lc *lifecycle) ProposalState {
	e.tb.Helper()
	g := e.governorFor(p)
	id := p.ID()
	lc.propose = e.mine(g.Propose(e.ctx, e.D.auth, p))
	if s := e.state(g, id); s != StatePending {
		e.tb.Fatalf("after propose: state %s, want pending", s)
	}
	snapshot, err := g.Snapshot(e.ctx, id)
	if err != nil {
		e.tb.Fatal(err)
	}
	deadline, err := g.Deadline(e.ctx, id)
	if err != nil {
		e.tb.Fatal(err)
	}
	e.advanceTo(snapshot + 1)
	if s := e.state(g, id); s != StateActive {
		e.tb.Fatalf("after voting delay: state %s, want active", s)
	}
	for _, v := range votes {
		lc.votes = append(lc.votes, e.mine(g.CastVote(e.ctx, v.who.auth, id, v.support, "")))
	}
	e.advanceTo(deadline + 1)
	return e.state(g, id)
}

// pass takes p through propose, vote, queue and execute, checking the state at each step and
// decoding every event on the way.
func (e *env) pass(p Proposal, votes []vote) *lifecycle {
	e.tb.Helper()
	lc := &lifecycle{}
	g := e.governorFor(p)
	id := p.ID()
	if s := e.proposeAndVote(p, votes, lc); s != StateSucceeded {
		t, _ := g.Tally(e.ctx, id)
		e.tb.Fatalf("after vote: state %s, want succeeded (tally %+v)", s, t)
	}
	lc.queue = e.mine(g.Queue(e.ctx, e.relayer.auth, p))
	if s := e.state(g, id); s != StateQueued {
		e.tb.Fatalf("after queue: state %s, want queued", s)
	}
	// Executing before the delay fails.
	if _, err := g.Execute(e.ctx, e.relayer.auth, p); !IsRevert(err, "TimelockUnexpectedOperationState") {
		e.tb.Fatalf("execute before the timelock delay: err %v, want TimelockUnexpectedOperationState", err)
	}
	e.advanceTime(time.Duration(e.d.Params.TimelockDelay) * time.Second)
	lc.execute = e.mine(g.Execute(e.ctx, e.relayer.auth, p))
	if s := e.state(g, id); s != StateExecuted {
		e.tb.Fatalf("after execute: state %s, want executed", s)
	}
	dec := NewEventDecoder(e.d)
	for _, r := range append(append([]*types.Receipt{lc.propose}, lc.votes...), lc.queue, lc.execute) {
		evs, err := dec.DecodeReceipt(r)
		if err != nil {
			e.tb.Fatalf("decode receipt %s: %v", r.TxHash, err)
		}
		lc.events = append(lc.events, evs...)
	}
	return lc
}

// find returns the events of type T in evs.
func find[T Event](evs []Event) []T {
	var out []T
	for _, ev := range evs {
		if t, ok := ev.(T); ok {
			out = append(out, t)
		}
	}
	return out
}

// one returns the single event of type T in evs, failing the test otherwise.
func one[T Event](tb testing.TB, evs []Event) T {
	tb.Helper()
	got := find[T](evs)
	if len(got) != 1 {
		var zero T
		tb.Fatalf("%d %T events, want 1", len(got), zero)
	}
	return got[0]
}

// send submits a raw call from a and returns the transaction error (nil if it was accepted).
func (e *env) send(a *account, to common.Address, data []byte) error {
	c := bind.NewBoundContract(to, governorABI.GetABI(), e.b, e.b, e.b)
	o := *a.auth
	o.Context = e.ctx
	tx, err := bind.Transact(c, &o, data)
	if err != nil {
		return DecodeRevert(err)
	}
	_, err = WaitMined(e.ctx, e.b, tx)
	return err
}

func wantRevert(tb testing.TB, err error, name string) {
	tb.Helper()
	var re *RevertError
	if !errors.As(err, &re) {
		tb.Fatalf("err = %v, want revert %s", err, name)
	}
	if re.Name != name {
		tb.Fatalf("reverted with %s, want %s", re, name)
	}
}

// The deployment backend interface is satisfied by a real RPC client and by the simulated one.
var (
	_ Backend = (*ethclient.Client)(nil)
	_ Backend = simulated.Client(nil)
	_ Miner   = (*simBackend)(nil)
)

// TestMain keeps Deploy's info logs out of test and benchmark output.
func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	os.Exit(m.Run())
}
