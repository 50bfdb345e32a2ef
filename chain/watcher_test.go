package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node/capability"
	"github.com/x0tta6bl4/westworld/storage"
)

// startWatcher starts a watcher over dial with fast polling and backoff.
func startWatcher(t testing.TB, st *storage.Store, d *contracts.Deployment, dial Dialer, confirmations uint64) *Watcher {
	t.Helper()
	w, err := NewWatcher(WatcherConfig{Deployment: d, Confirmations: confirmations, PollInterval: 20 * time.Millisecond,
		RetryMin: 20 * time.Millisecond, RetryMax: 200 * time.Millisecond, Logger: testLogger(t)}, st, dial)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	return w
}

// waitSynced waits until the watcher has indexed block n.
func waitSynced(t testing.TB, w *Watcher, n uint64) {
	t.Helper()
	w.Kick()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := w.WaitIndexed(ctx, n); err != nil {
		t.Fatalf("watcher did not index block %d: %v (status %+v)", n, err, w.Status())
	}
}

// journal lists what the index holds as "block/logindex/blockhash/event" lines.
func journal(t testing.TB, st *storage.Store, d *contracts.Deployment) []string {
	t.Helper()
	dec := contracts.NewEventDecoder(d)
	var out []string
	err := st.DB().View(func(txn *badger.Txn) error {
		return iterate(txn, ixKey(segJournal), false, func(_, v []byte) error {
			l, err := decodeLog(v)
			if err != nil {
				return err
			}
			ev, err := dec.Decode(l)
			if err != nil {
				return err
			}
			out = append(out, fmt.Sprintf("%d/%d/%s/%s", l.BlockNumber, l.Index, l.BlockHash.Hex()[:10], ev.EventName()))
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// canonical lists the deployment's logs on the canonical chain up to block `to`, in the
// journal's format.
func canonical(t testing.TB, b Backend, d *contracts.Deployment, to uint64) []string {
	t.Helper()
	dec := contracts.NewEventDecoder(d)
	logs, err := b.FilterLogs(context.Background(), dec.FilterQuery(d.StartBlock, bigU(to)))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for i := range logs {
		l := &logs[i]
		ev, err := dec.Decode(l)
		if err != nil {
			continue
		}
		out = append(out, fmt.Sprintf("%d/%d/%s/%s", l.BlockNumber, l.Index, l.BlockHash.Hex()[:10], ev.EventName()))
	}
	return out
}

func equalLines(t testing.TB, what string, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d entries, want %d\ngot  %v\nwant %v", what, len(got), len(want), got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("%s: entry %d is %s, want %s\ngot  %v\nwant %v", what, i, got[i], want[i], got, want)
		}
	}
}

// lifecycle runs proposals of every kind through the governors on the simulated chain.
type lifecycle struct {
	charter, guardians, experiment, defeated, canceled, emergency contracts.Proposal
	peer                                                          []byte
	experimentID                                                  common.Hash
}

func runLifecycle(t *testing.T, s *simChain) lifecycle {
	t.Helper()
	v0, v1, v2 := s.voters[0], s.voters[1], s.voters[2]
	var lc lifecycle
	var err error
	lc.charter, _ = s.charterProposal(v0, 2, "charter v2: forbid device_imei")
	lc.guardians, err = s.d.GuardianUpdate([]contracts.Guardian{
		{Account: addr(testKey(50)), Recipient: crypto.Keccak256Hash([]byte("g1"))},
		{Account: addr(testKey(51)), Recipient: crypto.Keccak256Hash([]byte("g2"))},
	}, 2, "two guardians")
	s.must(err)
	s.mined(s.gov.Propose(s.ctx, auth(v1), lc.guardians))
	lc.experimentID = crypto.Keccak256Hash([]byte("exp-1"))
	lc.experiment, err = s.d.ExperimentApproval(lc.experimentID, "bafy-report", crypto.Keccak256Hash([]byte("report")), "approve exp-1")
	s.must(err)
	s.mined(s.gov.Propose(s.ctx, auth(v2), lc.experiment))
	lc.defeated, _ = s.charterProposal(v2, 3, "charter v3: collect user_location")
	lc.peer = []byte("12D3KooWRoguePeer")
	lc.emergency, err = s.d.EmergencySuspend(lc.peer, time.Now().Add(30*24*time.Hour), "flooding", "suspend the rogue peer")
	s.must(err)
	s.mined(s.emg.Propose(s.ctx, auth(v0), lc.emergency))
	// Canceled while pending: in the very next block.
	lc.canceled, _ = s.charterProposal(v1, 4, "charter v4: withdrawn")
	s.mined(s.gov.Cancel(s.ctx, auth(v1), lc.canceled))

	// Vote once every proposal's vote is open.
	snap, err := s.gov.Snapshot(s.ctx, lc.defeated.ID())
	s.must(err)
	s.advanceTo(snap + 1)
	for _, v := range []struct {
		g   *contracts.Governor
		p   contracts.Proposal
		k   *ecdsa.PrivateKey
		s   contracts.Support
		why string
	}{
		{s.emg, lc.emergency, v0, contracts.SupportFor, ""}, // first: its vote lasts 5 blocks
		{s.gov, lc.charter, v0, contracts.SupportFor, ""},
		{s.gov, lc.charter, v1, contracts.SupportFor, "device IDs are personal data"},
		{s.gov, lc.charter, v2, contracts.SupportAgainst, ""},
		{s.gov, lc.guardians, v0, contracts.SupportFor, ""},
		{s.gov, lc.guardians, v2, contracts.SupportAbstain, ""},
		{s.gov, lc.experiment, v1, contracts.SupportFor, ""},
		{s.gov, lc.defeated, v0, contracts.SupportAgainst, "no tracking"},
		{s.gov, lc.defeated, v1, contracts.SupportAgainst, ""},
		{s.gov, lc.defeated, v2, contracts.SupportFor, ""},
	} {
		s.mined(v.g.CastVote(s.ctx, auth(v.k), v.p.ID(), v.s, v.why))
	}
	// Queue and execute what passed.
	end, err := s.gov.Deadline(s.ctx, lc.defeated.ID())
	s.must(err)
	s.advanceTo(end + 1)
	for _, p := range []contracts.Proposal{lc.charter, lc.guardians, lc.experiment} {
		s.mined(s.gov.Queue(s.ctx, auth(v0), p))
	}
	s.mined(s.emg.Queue(s.ctx, auth(v0), lc.emergency))
	s.must(s.sim.AdjustTime(time.Duration(s.d.Params.TimelockDelay+1) * time.Second))
	for _, p := range []contracts.Proposal{lc.charter, lc.guardians, lc.experiment} {
		s.mined(s.gov.Execute(s.ctx, auth(v0), p))
	}
	s.mined(s.emg.Execute(s.ctx, auth(v0), lc.emergency))
	return lc
}

func TestWatcherIndexesLifecycle(t *testing.T) {
	ctx := context.Background()
	s := newSimChain(t, contracts.DevParams(), 3)
	st := newStore(t)
	w := startWatcher(t, st, s.d, s.dialer(), 0)
	sub := w.Subscribe(ctx, 4096)
	lc := runLifecycle(t, s)
	head := s.head()
	waitSynced(t, w, head)

	// The index holds exactly the canonical chain's events.
	equalLines(t, "journal", journal(t, st, s.d), canonical(t, simSource{s.client}, s.d, head))

	x := w.Index()
	want := map[string]contracts.ProposalState{
		"charter": contracts.StateExecuted, "guardians": contracts.StateExecuted, "experiment": contracts.StateExecuted,
		"defeated": contracts.StateDefeated, "canceled": contracts.StateCanceled, "emergency": contracts.StateExecuted,
	}
	props := map[string]contracts.Proposal{"charter": lc.charter, "guardians": lc.guardians, "experiment": lc.experiment,
		"defeated": lc.defeated, "canceled": lc.canceled, "emergency": lc.emergency}
	for name, p := range props {
		got, err := x.Proposal(ctx, p.ID())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got.State != want[name] {
			t.Errorf("%s: state %s, want %s", name, got.State, want[name])
		}
		g := s.gov
		if name == "emergency" {
			g = s.emg
			if !got.Emergency || got.Governor != s.d.EmergencyGovernor {
				t.Errorf("emergency proposal indexed on governor %s", got.Governor)
			}
		}
		onChain, err := g.State(ctx, p.ID())
		s.must(err)
		if onChain != got.State {
			t.Errorf("%s: index says %s, governor.state() says %s", name, got.State, onChain)
		}
		tally, err := g.Tally(ctx, p.ID())
		s.must(err)
		if tally.For.Cmp(got.Tally.For) != 0 || tally.Against.Cmp(got.Tally.Against) != 0 || tally.Abstain.Cmp(got.Tally.Abstain) != 0 {
			t.Errorf("%s: index tally %+v, chain %+v", name, got.Tally, tally)
		}
		if got.Description != p.Description || got.Kind != p.Kind || got.Contract().ID().Cmp(p.ID()) != 0 {
			t.Errorf("%s: indexed %q kind %s, want %q kind %s", name, got.Description, got.Kind, p.Description, p.Kind)
		}
		if name != "canceled" {
			q, err := g.Quorum(ctx, got.VoteStart)
			s.must(err)
			if got.Quorum == nil || got.Quorum.Cmp(q) != 0 {
				t.Errorf("%s: quorum %v, governor says %v", name, got.Quorum, q)
			}
		}
		// Found by short ID, full hex and decimal.
		for _, ref := range []string{got.ShortID, got.IDHex, p.ID().String()} {
			byRef, err := x.Lookup(ctx, ref)
			if err != nil || byRef.ID.Cmp(p.ID()) != 0 {
				t.Errorf("%s: lookup %q: %v", name, ref, err)
			}
		}
		live, err := w.OnChainState(ctx, got.Governor, p.ID())
		if err != nil || live != onChain {
			t.Errorf("%s: OnChainState = %s, %v; want %s", name, live, err, onChain)
		}
		exec, err := x.ProposalExecuted(ctx, got.ShortID)
		s.must(err)
		if exec != (want[name] == contracts.StateExecuted) {
			t.Errorf("%s: ProposalExecuted = %v", name, exec)
		}
	}
	if exec, err := x.ProposalExecuted(ctx, "0x"+fmt.Sprintf("%064x", 12345)); err != nil || exec {
		t.Errorf("unknown proposal executed = %v, %v", exec, err)
	}
	list, err := x.Proposals(ctx, ListOptions{})
	s.must(err)
	if len(list) != len(props) {
		t.Fatalf("listed %d proposals, want %d", len(list), len(props))
	}
	if list[0].ID.Cmp(lc.canceled.ID()) != 0 {
		t.Errorf("newest proposal listed first is %s, want the canceled one", list[0].ShortID)
	}
	executed, err := x.Proposals(ctx, ListOptions{States: []contracts.ProposalState{contracts.StateExecuted}, Oldest: true})
	s.must(err)
	if len(executed) != 4 || executed[0].ID.Cmp(lc.charter.ID()) != 0 {
		t.Errorf("executed proposals: %d, first %v", len(executed), executed)
	}

	votes, err := x.Votes(ctx, lc.charter.ID())
	s.must(err)
	if len(votes) != 3 {
		t.Fatalf("charter proposal has %d votes, want 3", len(votes))
	}
	reasons := map[common.Address]string{}
	for _, v := range votes {
		reasons[v.Voter] = v.Reason
	}
	if reasons[addr(s.voters[1])] != "device IDs are personal data" {
		t.Errorf("vote reasons %v", reasons)
	}
	byVoter, err := x.VotesBy(ctx, addr(s.voters[0]))
	s.must(err)
	if len(byVoter) != 4 {
		t.Errorf("voter 0 cast %d votes, want 4", len(byVoter))
	}
	voted, err := x.HasVoted(ctx, s.d.Governor, lc.charter.ID(), addr(s.voters[2]))
	if err != nil || !voted {
		t.Errorf("HasVoted = %v, %v", voted, err)
	}

	// Registries.
	reg := contracts.NewRegistries(s.d, s.client)
	ch, ok, err := x.Charter(ctx)
	s.must(err)
	onChain, _, err := reg.Charter(ctx)
	s.must(err)
	if !ok || ch.Version != 2 || ch.DocumentHash != onChain.DocumentHash || ch.CID != onChain.CID {
		t.Errorf("charter %+v, chain %+v", ch, onChain)
	}
	if v, _ := x.CharterVersionOfHash(ctx, onChain.DocumentHash); v != 2 {
		t.Errorf("CharterVersionOfHash = %d", v)
	}
	gs, ok, err := x.Guardians(ctx)
	s.must(err)
	gsChain, err := reg.Guardians(ctx)
	s.must(err)
	if !ok || gs.Epoch != gsChain.Epoch || gs.Threshold != 2 || len(gs.Guardians) != 2 || gs.Guardians[1] != gsChain.Guardians[1] {
		t.Errorf("guardians %+v, chain %+v", gs, gsChain)
	}
	exp, ok, err := x.Experiment(ctx, lc.experimentID)
	s.must(err)
	if !ok || exp.Status != contracts.ExperimentStatusApproved || exp.ReportCID != "bafy-report" {
		t.Errorf("experiment %+v", exp)
	}
	sus, err := x.Suspensions(ctx)
	s.must(err)
	if len(sus) != 1 || string(sus[0].Peer) != string(lc.peer) || sus[0].Reason != "flooding" {
		t.Errorf("suspensions %+v", sus)
	}
	if _, ok, _ := x.Suspension(ctx, crypto.Keccak256Hash(lc.peer)); !ok {
		t.Error("suspension not found by peer hash")
	}

	// Every event reached the subscriber once, in order, and the vote closings were announced.
	seen := map[string]int{}
	closed := map[string]bool{}
	n := len(journal(t, st, s.d))
	deadline := time.After(5 * time.Second)
	for count := 0; count < n; {
		select {
		case e := <-sub:
			if e.Missed != 0 || e.Removed {
				t.Fatalf("event %+v", e)
			}
			if e.Kind == KindVoteClosed {
				closed[ShortID(e.ProposalID)] = true
				continue
			}
			seen[fmt.Sprintf("%d/%d", e.At.Block, e.At.LogIndex)]++
			count++
		case <-deadline:
			t.Fatalf("got %d of %d events", len(seen), n)
		}
	}
	for k, c := range seen {
		if c != 1 {
			t.Errorf("event %s delivered %d times", k, c)
		}
	}
	for name, p := range props {
		if name != "canceled" && !closed[ShortID(p.ID())] {
			// Closings come after the event that crossed the deadline; drain a little more.
			select {
			case e := <-sub:
				if e.Kind == KindVoteClosed {
					closed[ShortID(e.ProposalID)] = true
				}
			case <-time.After(time.Second):
			}
		}
	}
	for name, p := range props {
		if name != "canceled" && !closed[ShortID(p.ID())] {
			t.Errorf("no VoteClosed for %s", name)
		}
	}

	st2 := w.Status()
	if !st2.Connected || !st2.Synced || st2.Cursor != head || st2.Indexed != uint64(n) || st2.LastError != "" {
		t.Errorf("status %+v", st2)
	}
}

// TestWatcherRestartResumes stops the watcher half way and starts a new one on the same store:
// it resumes from the cursor, repeating and missing nothing.
func TestWatcherRestartResumes(t *testing.T) {
	ctx := context.Background()
	s := newSimChain(t, contracts.DevParams(), 3)
	st := newStore(t)
	w := startWatcher(t, st, s.d, s.dialer(), 0)
	p1, _ := s.charterProposal(s.voters[0], 2, "first")
	waitSynced(t, w, s.head())
	w.Close()

	snap, err := s.gov.Snapshot(ctx, p1.ID())
	s.must(err)
	s.advanceTo(snap + 1)
	s.mined(s.gov.CastVote(ctx, auth(s.voters[0]), p1.ID(), contracts.SupportFor, ""))
	s.charterProposal(s.voters[1], 3, "second")

	w2 := startWatcher(t, st, s.d, s.dialer(), 0)
	sub := w2.Subscribe(ctx, 64)
	waitSynced(t, w2, s.head())
	equalLines(t, "journal", journal(t, st, s.d), canonical(t, simSource{s.client}, s.d, s.head()))
	// Only the two new events are announced.
	var kinds []string
	for len(kinds) < 2 {
		select {
		case e := <-sub:
			if e.Kind != KindVoteClosed {
				kinds = append(kinds, e.Kind)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("events after restart: %v", kinds)
		}
	}
	sort.Strings(kinds)
	if kinds[0] != "ProposalCreated" || kinds[1] != "VoteCast" {
		t.Fatalf("events after restart: %v", kinds)
	}
	p, err := w2.Index().Proposal(ctx, p1.ID())
	s.must(err)
	if p.Voters != 1 || p.Tally.For.Sign() <= 0 {
		t.Fatalf("proposal after restart: %+v", p)
	}
}

// The index is the capability package's ChainState.
var _ capability.ChainState = (*Index)(nil)

// TestIndexLookupPrefixes: a short prefix shared by two proposals is ambiguous, a longer one
// (odd length included) is not.
func TestIndexLookupPrefixes(t *testing.T) {
	ctx := context.Background()
	s := newSimChain(t, contracts.DevParams(), 1)
	// Find two descriptions whose proposal IDs share their first four hex digits.
	seen := map[string]string{}
	var a, b string
	for i := 0; a == ""; i++ {
		desc := fmt.Sprintf("ambiguous %d", i)
		p, err := s.d.CharterAmendment(2, crypto.Keccak256Hash([]byte("doc")), "", desc)
		s.must(err)
		pre := ShortID(p.ID())[:4]
		if other, ok := seen[pre]; ok {
			a, b = other, desc
		}
		seen[pre] = desc
	}
	var ids []contracts.Proposal
	for _, desc := range []string{a, b} {
		p, err := s.d.CharterAmendment(2, crypto.Keccak256Hash([]byte("doc")), "", desc)
		s.must(err)
		s.mined(s.gov.Propose(ctx, auth(s.voters[0]), p))
		ids = append(ids, p)
	}
	st := newStore(t)
	w := startWatcher(t, st, s.d, s.dialer(), 0)
	waitSynced(t, w, s.head())
	x := w.Index()
	short0, short1 := ShortID(ids[0].ID()), ShortID(ids[1].ID())
	if _, err := x.Lookup(ctx, short0[:4]); !errors.Is(err, ErrAmbiguousProposal) {
		t.Fatalf("lookup %s: %v", short0[:4], err)
	}
	for i, short := range []string{short0, short1} {
		p, err := x.Lookup(ctx, short)
		if err != nil || p.ID.Cmp(ids[i].ID()) != 0 {
			t.Fatalf("lookup %s: %v", short, err)
		}
	}
	// The first digit where they differ decides, even at an odd length.
	n := 4
	for short0[n] == short1[n] {
		n++
	}
	if p, err := x.Lookup(ctx, "0x"+short0[:n+1]); err != nil || p.ID.Cmp(ids[0].ID()) != 0 {
		t.Fatalf("lookup %s: %v", short0[:n+1], err)
	}
	if _, err := x.Lookup(ctx, "ffff"+short0[4:]); !errors.Is(err, ErrUnknownProposal) && !strings.HasPrefix(short0, "ffff") {
		t.Fatalf("lookup of a missing prefix: %v", err)
	}
	if _, err := x.Lookup(ctx, "nope"); !errors.Is(err, ErrBadProposalRef) {
		t.Fatalf("lookup of garbage: %v", err)
	}
	if _, err := x.ProposalExecuted(ctx, short0[:4]); !errors.Is(err, ErrAmbiguousProposal) {
		t.Fatalf("ProposalExecuted with an ambiguous prefix: %v", err)
	}
}

// TestWatcherWrongDeployment: a deployment file whose contracts are not on the endpoint's chain
// (same chain ID, another chain) is reported, not indexed as an empty chain.
func TestWatcherWrongDeployment(t *testing.T) {
	s := newSimChain(t, contracts.DevParams(), 0)
	wrong := *s.d
	wrong.Governor = common.HexToAddress("0x000000000000000000000000000000000000dead")
	w := startWatcher(t, newStore(t), &wrong, s.dialer(), 0)
	eventually(t, 5*time.Second, "the error in the status", func() bool {
		st := w.Status()
		return !st.Connected && strings.Contains(st.LastError, "no governor at 0x000000000000000000000000000000000000dEaD")
	})
	if st := w.Status(); st.Synced || st.Indexed != 0 {
		t.Fatalf("status %+v", st)
	}
}

// TestWatcherSmallBatches catches up from far behind with tiny batches and transactions: many
// eth_getLogs ranges, blocks whose logs exceed a transaction (never split), and batches below
// the hash window. The index ends the same as with the defaults.
func TestWatcherSmallBatches(t *testing.T) {
	ctx := context.Background()
	s := newSimChain(t, contracts.DevParams(), 3)
	lc := runLifecycle(t, s)
	for i := 0; i < 20; i++ {
		s.sim.Commit()
	}
	st := newStore(t)
	w, err := NewWatcher(WatcherConfig{Deployment: s.d, BatchBlocks: 3, MaxLogsPerTxn: 2, ReorgWindow: 1,
		PollInterval: 20 * time.Millisecond, Logger: testLogger(t)}, st, s.dialer())
	s.must(err)
	s.must(w.Start(ctx))
	defer w.Close()
	waitSynced(t, w, s.head())
	equalLines(t, "journal", journal(t, st, s.d), canonical(t, simSource{s.client}, s.d, s.head()))
	p, err := w.Index().Proposal(ctx, lc.charter.ID())
	s.must(err)
	if p.State != contracts.StateExecuted || p.Voters != 3 || p.Quorum == nil {
		t.Fatalf("charter proposal %+v", p)
	}
	// Only the window's worth of block hashes is kept.
	n, err := st.Namespace(storage.PrefixChain).Count([]byte("watch/h/"))
	s.must(err)
	if n == 0 || n > 16 {
		t.Fatalf("%d block hashes kept, want 1..16", n)
	}
}
