package chain

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/x0tta6bl4/westworld/contracts"
)

// logBuffer collects log output so a test can check what was logged.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// branch replaces the canonical chain above block `at` with a new branch in which voter 0's next
// transaction (which on the old branch proposed `old`) proposes `desc` instead, with a higher fee
// so the old transaction cannot come back from the pool; then it grows the new branch by `grow`
// more blocks. Extra replacements run right after the fork.
func (s *simChain) branch(at uint64, oldNonce uint64, version uint64, desc string, grow int, replace ...func()) contracts.Proposal {
	s.t.Helper()
	b, err := s.client.HeaderByNumber(s.ctx, bigU(at))
	s.must(err)
	s.must(s.sim.Fork(b.Hash()))
	for _, r := range replace {
		r()
	}
	p, err := s.d.CharterAmendment(version, common.BytesToHash([]byte(desc)), "", desc)
	s.must(err)
	o := auth(s.voters[0])
	o.Nonce = new(big.Int).SetUint64(oldNonce)
	o.GasTipCap = big.NewInt(50 * params.GWei)
	o.GasFeeCap = big.NewInt(500 * params.GWei)
	s.mined(s.gov.Propose(s.ctx, o, p))
	for i := 0; i < grow; i++ {
		s.sim.Commit()
	}
	return p
}

// TestWatcherShallowReorg: a reorg shallower than the confirmations replaces blocks the watcher
// has not indexed yet; it never notices, and the index ends equal to the canonical chain.
func TestWatcherShallowReorg(t *testing.T) {
	ctx := context.Background()
	s := newSimChain(t, contracts.DevParams(), 3)
	st := newStore(t)
	const conf = 4
	w := startWatcher(t, st, s.d, s.dialer(), conf)
	sub := w.Subscribe(ctx, 1024)

	base := s.head()
	nonce, err := s.client.PendingNonceAt(ctx, addr(s.voters[0]))
	s.must(err)
	old, _ := s.charterProposal(s.voters[0], 2, "old branch")
	s.sim.Commit() // the old branch is two blocks above base
	waitSynced(t, w, s.head()-conf)

	nw := s.branch(base, nonce, 2, "new branch", conf+2)
	waitSynced(t, w, s.head()-conf)
	equalLines(t, "journal", journal(t, st, s.d), canonical(t, simSource{s.client}, s.d, s.head()-conf))

	if _, err := w.Index().Proposal(ctx, old.ID()); !errors.Is(err, ErrUnknownProposal) {
		t.Errorf("the abandoned branch's proposal is indexed: %v", err)
	}
	if _, err := w.Index().Proposal(ctx, nw.ID()); err != nil {
		t.Errorf("the new branch's proposal is not indexed: %v", err)
	}
	if st := w.Status(); st.Reorgs != 0 || st.Removed != 0 {
		t.Errorf("a reorg within the confirmations was seen: %+v", st)
	}
	for {
		select {
		case e := <-sub:
			if e.Removed {
				t.Fatalf("event removed in a shallow reorg: %+v", e)
			}
			continue
		default:
		}
		break
	}
}

// TestWatcherDeepReorg: a reorg deeper than the confirmations replaces indexed blocks; the
// watcher rewinds to the common ancestor, un-indexes what the abandoned blocks held (telling
// subscribers), reindexes the new branch and logs the reorg as deep.
func TestWatcherDeepReorg(t *testing.T) {
	ctx := context.Background()
	s := newSimChain(t, contracts.DevParams(), 3)
	st := newStore(t)
	var logs logBuffer
	const conf = 2
	w, err := NewWatcher(WatcherConfig{Deployment: s.d, Confirmations: conf, PollInterval: 20 * time.Millisecond,
		RetryMin: 20 * time.Millisecond, RetryMax: 200 * time.Millisecond,
		Logger: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelInfo}))}, st, s.dialer())
	s.must(err)
	s.must(w.Start(ctx))
	t.Cleanup(func() { w.Close() })
	sub := w.Subscribe(ctx, 1024)

	// A proposal voted on before the fork point stays; its tally must survive the rewind of a
	// later vote.
	keep, _ := s.charterProposal(s.voters[1], 5, "kept across the reorg")
	snap, err := s.gov.Snapshot(ctx, keep.ID())
	s.must(err)
	s.advanceTo(snap + 1)
	s.mined(s.gov.CastVote(ctx, auth(s.voters[1]), keep.ID(), contracts.SupportFor, ""))
	base := s.head()
	nonce, err := s.client.PendingNonceAt(ctx, addr(s.voters[0]))
	s.must(err)
	nonce2, err := s.client.PendingNonceAt(ctx, addr(s.voters[2]))
	s.must(err)
	old, _ := s.charterProposal(s.voters[0], 2, "old branch")
	s.mined(s.gov.CastVote(ctx, auth(s.voters[2]), keep.ID(), contracts.SupportAgainst, "only on the old branch"))
	for i := 0; i < 4; i++ {
		s.sim.Commit()
	}
	waitSynced(t, w, s.head()-conf)
	if _, err := w.Index().Proposal(ctx, old.ID()); err != nil {
		t.Fatalf("old branch not indexed before the reorg: %v", err)
	}
	before, err := w.Index().Proposal(ctx, keep.ID())
	s.must(err)
	if before.Voters != 2 {
		t.Fatalf("kept proposal has %d voters before the reorg", before.Voters)
	}
	oldHead := s.head()

	// On the new branch voter 2 votes For instead (same nonce, higher fee, so the old vote
	// cannot return from the pool).
	nw := s.branch(base, nonce, 2, "new branch", int(oldHead-base)+conf, func() {
		o := auth(s.voters[2])
		o.Nonce = new(big.Int).SetUint64(nonce2)
		o.GasTipCap = big.NewInt(50 * params.GWei)
		o.GasFeeCap = big.NewInt(500 * params.GWei)
		_, err := s.gov.CastVote(ctx, o, keep.ID(), contracts.SupportFor, "on the new branch")
		s.must(err)
	})
	waitSynced(t, w, s.head()-conf)
	equalLines(t, "journal", journal(t, st, s.d), canonical(t, simSource{s.client}, s.d, s.head()-conf))

	x := w.Index()
	if _, err := x.Proposal(ctx, old.ID()); !errors.Is(err, ErrUnknownProposal) {
		t.Errorf("the abandoned branch's proposal is still indexed: %v", err)
	}
	if _, err := x.Proposal(ctx, nw.ID()); err != nil {
		t.Errorf("the new branch's proposal is not indexed: %v", err)
	}
	after, err := x.Proposal(ctx, keep.ID())
	s.must(err)
	tally, err := s.gov.Tally(ctx, keep.ID())
	s.must(err)
	if after.Voters != 2 || after.Tally.Against.Sign() != 0 || after.Tally.For.Cmp(tally.For) != 0 ||
		after.Tally.For.Cmp(new(big.Int).Mul(before.Tally.For, big.NewInt(2))) != 0 {
		t.Errorf("kept proposal after the reorg: %d voters, tally %+v; chain tally %+v", after.Voters, after.Tally, tally)
	}
	votes, err := x.VotesBy(ctx, addr(s.voters[2]))
	s.must(err)
	if len(votes) != 1 || votes[0].Reason != "on the new branch" || votes[0].Support != contracts.SupportFor {
		t.Errorf("voter 2's votes after the reorg: %+v", votes)
	}

	status := w.Status()
	if status.Reorgs == 0 || status.DeepReorgs == 0 || status.LastReorg == nil || !status.LastReorg.Deep ||
		status.LastReorg.Ancestor != base || status.Removed == 0 {
		t.Errorf("status after a deep reorg: %+v (last %+v)", status, status.LastReorg)
	}
	if !strings.Contains(logs.String(), "reorg deeper than the confirmations") {
		t.Errorf("deep reorg not logged as such:\n%s", logs.String())
	}
	// Subscribers were told what went away.
	removed := map[string]bool{}
	drain := time.After(5 * time.Second)
loop:
	for !removed["ProposalCreated"] || !removed["VoteCast"] {
		select {
		case e := <-sub:
			if e.Removed {
				removed[e.Kind] = true
			}
		case <-drain:
			break loop
		}
	}
	if !removed["ProposalCreated"] || !removed["VoteCast"] {
		t.Errorf("removed events seen: %v", removed)
	}
}

// TestWatcherReorgBelowWindow: a reorg that replaces blocks older than the hash window is
// found through the journal's block hashes, and the index still ends equal to the chain.
func TestWatcherReorgBelowWindow(t *testing.T) {
	ctx := context.Background()
	s := newSimChain(t, contracts.DevParams(), 3)
	st := newStore(t)
	w, err := NewWatcher(WatcherConfig{Deployment: s.d, Confirmations: 0, ReorgWindow: 1, PollInterval: 20 * time.Millisecond,
		RetryMin: 20 * time.Millisecond, Logger: testLogger(t)}, st, s.dialer())
	s.must(err)
	if w.cfg.ReorgWindow != 16 {
		t.Fatalf("reorg window %d, want the minimum 16", w.cfg.ReorgWindow)
	}
	s.must(w.Start(ctx))
	t.Cleanup(func() { w.Close() })

	base := s.head()
	nonce, err := s.client.PendingNonceAt(ctx, addr(s.voters[0]))
	s.must(err)
	old, _ := s.charterProposal(s.voters[0], 2, "old branch, deep")
	for i := 0; i < 40; i++ {
		s.sim.Commit()
	}
	waitSynced(t, w, s.head())
	nw := s.branch(base, nonce, 2, "new branch, deep", 45)
	waitSynced(t, w, s.head())
	equalLines(t, "journal", journal(t, st, s.d), canonical(t, simSource{s.client}, s.d, s.head()))
	if _, err := w.Index().Proposal(ctx, old.ID()); !errors.Is(err, ErrUnknownProposal) {
		t.Errorf("old proposal still indexed: %v", err)
	}
	if _, err := w.Index().Proposal(ctx, nw.ID()); err != nil {
		t.Errorf("new proposal not indexed: %v", err)
	}
	if r := w.Status().LastReorg; r == nil || r.Ancestor > base {
		t.Errorf("last reorg %+v, want an ancestor at or below %d", r, base)
	}
}
