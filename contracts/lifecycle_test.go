package contracts

import (
	"bytes"
	"crypto/sha256"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func sha(s string) common.Hash { return sha256.Sum256([]byte(s)) }

// TestProposalLifecycle takes every proposal type through propose -> vote -> queue -> execute on
// the governor it belongs to and checks the registry state and the decoded events.
func TestProposalLifecycle(t *testing.T) {
	expID := crypto.Keccak256Hash([]byte("cradle/latency-tuning"))
	reportHash := sha("signed report")
	peer := []byte("\x00\x24\x08\x01\x12\x20peer-id-bytes-of-a-misbehaving-node")
	guardians := []Guardian{
		{Account: common.HexToAddress("0x1000000000000000000000000000000000000001"), Recipient: sha("g1")},
		{Account: common.HexToAddress("0x1000000000000000000000000000000000000002"), Recipient: sha("g2")},
		{Account: common.HexToAddress("0x1000000000000000000000000000000000000003"), Recipient: sha("g3")},
	}
	approve := func(t *testing.T, e *env) {
		p, err := e.d.ExperimentApproval(expID, "bafyreport", reportHash, "approve latency tuning")
		if err != nil {
			t.Fatal(err)
		}
		e.pass(p, []vote{{e.D, SupportFor}})
	}

	cases := []struct {
		name     string
		setup    func(t *testing.T, e *env)
		build    func(e *env) (Proposal, error)
		kind     Kind
		emerg    bool
		votes    func(e *env) []vote
		check    func(t *testing.T, e *env, lc *lifecycle)
		contract func(e *env) common.Address // emitter of the registry event
	}{
		{
			name: "charter amendment",
			build: func(e *env) (Proposal, error) {
				return e.d.CharterAmendment(1, sha("charter v1"), "bafycharter1", "Adopt charter v1")
			},
			kind:  KindCharterAmendment,
			votes: func(e *env) []vote { return []vote{{e.A, SupportFor}, {e.B, SupportAbstain}, {e.C, SupportAgainst}} },
			check: func(t *testing.T, e *env, lc *lifecycle) {
				ev := one[*CharterAmended](t, lc.events)
				if ev.Version != 1 || ev.DocumentHash != sha("charter v1") || ev.CID != "bafycharter1" {
					t.Fatalf("event %+v", ev)
				}
				reg := NewRegistries(e.d, e.b)
				c, ok, err := reg.Charter(e.ctx)
				if err != nil || !ok {
					t.Fatalf("charter: %v %v", ok, err)
				}
				if c.Version != 1 || c.DocumentHash != sha("charter v1") || c.CID != "bafycharter1" || c.BlockNumber != lc.execute.BlockNumber.Uint64() {
					t.Fatalf("charter record %+v", c)
				}
				if v, _ := reg.CharterVersionOfHash(e.ctx, sha("charter v1")); v != 1 {
					t.Fatalf("versionOfHash = %d, want 1", v)
				}
				if v, _ := reg.CharterVersionOfHash(e.ctx, sha("unknown")); v != 0 {
					t.Fatalf("versionOfHash(unknown) = %d, want 0", v)
				}
			},
			contract: func(e *env) common.Address { return e.d.CharterRegistry },
		},
		{
			name: "experiment approval",
			build: func(e *env) (Proposal, error) {
				return e.d.ExperimentApproval(expID, "bafyreport", reportHash, "approve latency tuning")
			},
			kind:  KindExperimentApproval,
			votes: func(e *env) []vote { return []vote{{e.D, SupportFor}} },
			check: func(t *testing.T, e *env, lc *lifecycle) {
				ev := one[*ExperimentApproved](t, lc.events)
				if ev.ExperimentID != expID || ev.ReportHash != reportHash || ev.ReportCID != "bafyreport" {
					t.Fatalf("event %+v", ev)
				}
				x, err := NewRegistries(e.d, e.b).Experiment(e.ctx, expID)
				if err != nil {
					t.Fatal(err)
				}
				if x.Status != ExperimentStatusApproved || x.Stage != 0 || x.ReportHash != reportHash || x.ApprovedBlock != lc.execute.BlockNumber.Uint64() {
					t.Fatalf("experiment %+v", x)
				}
			},
			contract: func(e *env) common.Address { return e.d.ExperimentRegistry },
		},
		{
			name:  "experiment advance",
			setup: approve,
			build: func(e *env) (Proposal, error) { return e.d.ExperimentAdvance(expID, 2, "advance to stage 2") },
			kind:  KindExperimentAdvance,
			votes: func(e *env) []vote { return []vote{{e.A, SupportFor}} },
			check: func(t *testing.T, e *env, lc *lifecycle) {
				if ev := one[*ExperimentAdvanced](t, lc.events); ev.ExperimentID != expID || ev.Stage != 2 {
					t.Fatalf("event %+v", ev)
				}
				x, _ := NewRegistries(e.d, e.b).Experiment(e.ctx, expID)
				if x.Status != ExperimentStatusApproved || x.Stage != 2 {
					t.Fatalf("experiment %+v", x)
				}
			},
			contract: func(e *env) common.Address { return e.d.ExperimentRegistry },
		},
		{
			name:  "guardian set",
			build: func(e *env) (Proposal, error) { return e.d.GuardianUpdate(guardians, 2, "seat three guardians") },
			kind:  KindGuardianUpdate,
			votes: func(e *env) []vote { return []vote{{e.A, SupportFor}} },
			check: func(t *testing.T, e *env, lc *lifecycle) {
				ev := one[*GuardianSetUpdated](t, lc.events)
				if ev.Epoch != 1 || ev.Threshold != 2 || len(ev.Guardians) != 3 || ev.Guardians[2] != guardians[2] {
					t.Fatalf("event %+v", ev)
				}
				set, err := NewRegistries(e.d, e.b).Guardians(e.ctx)
				if err != nil {
					t.Fatal(err)
				}
				if set.Epoch != 1 || set.Threshold != 2 || len(set.Guardians) != 3 || set.Guardians[0] != guardians[0] {
					t.Fatalf("guardian set %+v", set)
				}
			},
			contract: func(e *env) common.Address { return e.d.GuardianRegistry },
		},
		{
			name:  "emergency halt",
			setup: approve,
			build: func(e *env) (Proposal, error) { return e.d.EmergencyHalt(expID, "halt: rollout is dropping packets") },
			kind:  KindEmergency,
			emerg: true,
			votes: func(e *env) []vote { return []vote{{e.D, SupportFor}} },
			check: func(t *testing.T, e *env, lc *lifecycle) {
				if ev := one[*ExperimentHalted](t, lc.events); ev.ExperimentID != expID {
					t.Fatalf("event %+v", ev)
				}
				x, _ := NewRegistries(e.d, e.b).Experiment(e.ctx, expID)
				if x.Status != ExperimentStatusHalted {
					t.Fatalf("experiment %+v", x)
				}
			},
			contract: func(e *env) common.Address { return e.d.ExperimentRegistry },
		},
		{
			name: "emergency manifest release",
			build: func(e *env) (Proposal, error) {
				return e.d.EmergencyReleaseManifest(sha("manifest"), "release manifest")
			},
			kind:  KindEmergency,
			emerg: true,
			votes: func(e *env) []vote { return []vote{{e.D, SupportFor}} },
			check: func(t *testing.T, e *env, lc *lifecycle) {
				if ev := one[*ManifestReleased](t, lc.events); ev.ManifestID != sha("manifest") {
					t.Fatalf("event %+v", ev)
				}
				at, err := NewRegistries(e.d, e.b).ManifestReleasedAt(e.ctx, sha("manifest"))
				if err != nil || at != lc.execute.BlockNumber.Uint64() {
					t.Fatalf("releasedAt = %d, %v; want %d", at, err, lc.execute.BlockNumber)
				}
			},
			contract: func(e *env) common.Address { return e.d.Emergency },
		},
		{
			name: "emergency suspend",
			build: func(e *env) (Proposal, error) {
				return e.d.EmergencySuspend(peer, e.headTime().Add(30*24*time.Hour), "telemetry exfiltration", "suspend peer")
			},
			kind:  KindEmergency,
			emerg: true,
			votes: func(e *env) []vote { return []vote{{e.D, SupportFor}, {e.A, SupportFor}} },
			check: func(t *testing.T, e *env, lc *lifecycle) {
				ev := one[*PeerSuspended](t, lc.events)
				if !bytes.Equal(ev.Peer, peer) || ev.PeerHash != crypto.Keccak256Hash(peer) || ev.Reason != "telemetry exfiltration" {
					t.Fatalf("event %+v", ev)
				}
				until, err := NewRegistries(e.d, e.b).SuspendedUntil(e.ctx, peer)
				if err != nil || !until.Equal(ev.Until) || !until.After(e.headTime()) {
					t.Fatalf("suspendedUntil = %v, %v; event says %v", until, err, ev.Until)
				}
			},
			contract: func(e *env) common.Address { return e.d.Emergency },
		},
		{
			name: "emergency lift",
			setup: func(t *testing.T, e *env) {
				p, err := e.d.EmergencySuspend(peer, e.headTime().Add(30*24*time.Hour), "abuse", "suspend peer")
				if err != nil {
					t.Fatal(err)
				}
				e.pass(p, []vote{{e.D, SupportFor}})
			},
			build: func(e *env) (Proposal, error) { return e.d.EmergencyLift(peer, "lift suspension") },
			kind:  KindEmergency,
			emerg: true,
			votes: func(e *env) []vote { return []vote{{e.D, SupportFor}} },
			check: func(t *testing.T, e *env, lc *lifecycle) {
				if ev := one[*PeerLifted](t, lc.events); !bytes.Equal(ev.Peer, peer) {
					t.Fatalf("event %+v", ev)
				}
				if until, _ := NewRegistries(e.d, e.b).SuspendedUntil(e.ctx, peer); !until.IsZero() {
					t.Fatalf("suspendedUntil = %v after lift", until)
				}
			},
			contract: func(e *env) common.Address { return e.d.Emergency },
		},
		{
			name: "charter amendment through the emergency governor",
			build: func(e *env) (Proposal, error) {
				p, err := e.d.CharterAmendment(7, sha("charter v7"), "", "emergency charter v7")
				p.Governor = e.d.EmergencyGovernor
				return p, err
			},
			kind:  KindCharterAmendment,
			emerg: true,
			votes: func(e *env) []vote { return []vote{{e.D, SupportFor}} },
			check: func(t *testing.T, e *env, lc *lifecycle) {
				if ev := one[*CharterAmended](t, lc.events); ev.Version != 7 || ev.CID != "" {
					t.Fatalf("event %+v", ev)
				}
			},
			contract: func(e *env) common.Address { return e.d.CharterRegistry },
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, testParams())
			if tc.setup != nil {
				tc.setup(t, e)
			}
			p, err := tc.build(e)
			if err != nil {
				t.Fatal(err)
			}
			if p.Kind != tc.kind || e.d.Classify(p.Targets, p.Calldatas) != tc.kind {
				t.Fatalf("kind %s, classified %s, want %s", p.Kind, e.d.Classify(p.Targets, p.Calldatas), tc.kind)
			}
			if want := map[bool]common.Address{false: e.d.Governor, true: e.d.EmergencyGovernor}[tc.emerg]; p.Governor != want {
				t.Fatalf("governor %s, want %s", p.Governor, want)
			}
			votes := tc.votes(e)
			lc := e.pass(p, votes)

			created := one[*ProposalCreated](t, lc.events)
			if created.ProposalID.Cmp(p.ID()) != 0 || created.Governor != p.Governor || created.Proposer != e.D.addr || created.Description != p.Description {
				t.Fatalf("ProposalCreated %+v, want id %s", created, p.ID())
			}
			if rebuilt := e.d.ProposalFromEvent(created); rebuilt.ID().Cmp(p.ID()) != 0 || rebuilt.Kind != tc.kind {
				t.Fatalf("proposal rebuilt from event: id %s kind %s", rebuilt.ID(), rebuilt.Kind)
			}
			g := e.governorFor(p)
			casts := find[*VoteCast](lc.events)
			if len(casts) != len(votes) {
				t.Fatalf("%d VoteCast events, want %d", len(casts), len(votes))
			}
			tally, err := g.Tally(e.ctx, p.ID())
			if err != nil {
				t.Fatal(err)
			}
			sum := map[Support]*big.Int{SupportAgainst: new(big.Int), SupportFor: new(big.Int), SupportAbstain: new(big.Int)}
			for i, v := range votes {
				bal, _ := e.token.Balance(e.ctx, v.who.addr)
				if c := casts[i]; c.Voter != v.who.addr || c.Support != v.support || c.Weight.Cmp(bal) != 0 || c.ProposalID.Cmp(p.ID()) != 0 {
					t.Fatalf("VoteCast %+v, want %s %s weight %s", c, v.who.name, v.support, bal)
				}
				sum[v.support].Add(sum[v.support], bal)
			}
			if tally.For.Cmp(sum[SupportFor]) != 0 || tally.Against.Cmp(sum[SupportAgainst]) != 0 || tally.Abstain.Cmp(sum[SupportAbstain]) != 0 {
				t.Fatalf("tally %+v, want %v", tally, sum)
			}
			q := one[*ProposalQueued](t, lc.events)
			qb, _ := e.b.HeaderByNumber(e.ctx, lc.queue.BlockNumber)
			if want := time.Unix(int64(qb.Time+e.d.Params.TimelockDelay), 0); !q.ETA.Equal(want) {
				t.Fatalf("ETA %v, want %v", q.ETA, want)
			}
			if ex := one[*ProposalExecuted](t, lc.events); ex.ProposalID.Cmp(p.ID()) != 0 || ex.Governor != p.Governor {
				t.Fatalf("ProposalExecuted %+v", ex)
			}
			// The registry event comes from the registry, in the execute transaction.
			var regEv Event
			for _, ev := range lc.events {
				if ev.Log().Address == tc.contract(e) {
					regEv = ev
				}
			}
			if regEv == nil || regEv.Log().TxHash != lc.execute.TxHash {
				t.Fatalf("no registry event from %s in the execute tx", tc.contract(e))
			}
			tc.check(t, e, lc)
		})
	}
}

// TestDefeated checks that a proposal short of quorum, a tie, and one with more Against than For
// are all Defeated and cannot be queued or executed.
func TestDefeated(t *testing.T) {
	cases := []struct {
		name  string
		votes func(e *env) []vote
	}{
		{"short of quorum", func(e *env) []vote { return []vote{{e.C, SupportFor}} }},                     // 3% < 5%
		{"nobody votes", func(e *env) []vote { return nil }},                                              // 0%
		{"tie", func(e *env) []vote { return []vote{{e.A, SupportFor}, {e.B, SupportAgainst}} }},          // 10% vs 10%
		{"against wins", func(e *env) []vote { return []vote{{e.A, SupportFor}, {e.D, SupportAgainst}} }}, // 10% vs 30%
		{"abstain is quorum not support", func(e *env) []vote { return []vote{{e.D, SupportAbstain}} }},   // 0 vs 0
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, testParams())
			p, err := e.d.CharterAmendment(1, sha("doomed"), "", "doomed amendment "+tc.name)
			if err != nil {
				t.Fatal(err)
			}
			if s := e.proposeAndVote(p, tc.votes(e), &lifecycle{}); s != StateDefeated {
				t.Fatalf("state %s, want defeated", s)
			}
			_, err = e.gov.Queue(e.ctx, e.relayer.auth, p)
			wantRevert(t, err, "GovernorUnexpectedProposalState")
			_, err = e.gov.Execute(e.ctx, e.relayer.auth, p)
			wantRevert(t, err, "GovernorUnexpectedProposalState")
			if v, _ := NewRegistries(e.d, e.b).CharterVersionOfHash(e.ctx, sha("doomed")); v != 0 {
				t.Fatalf("defeated amendment adopted as version %d", v)
			}
		})
	}
}

// TestEmergencyGovernor checks the short period and 20% quorum: D's 30% passes in 5 blocks, A's 10%
// (enough for the regular 5% quorum) does not.
func TestEmergencyGovernor(t *testing.T) {
	e := newEnv(t, testParams())
	p, err := e.d.EmergencyReleaseManifest(sha("m1"), "release m1")
	if err != nil {
		t.Fatal(err)
	}
	lc := e.pass(p, []vote{{e.D, SupportFor}})
	created := one[*ProposalCreated](t, lc.events)
	if period := created.VoteEnd - created.VoteStart; period != uint64(e.d.Params.EmergencyVotingPeriod) {
		t.Fatalf("emergency voting period %d blocks, want %d", period, e.d.Params.EmergencyVotingPeriod)
	}
	if e.d.Params.EmergencyVotingPeriod >= e.d.Params.VotingPeriod {
		t.Fatalf("emergency period %d not shorter than regular %d", e.d.Params.EmergencyVotingPeriod, e.d.Params.VotingPeriod)
	}
	q, err := e.emg.Quorum(e.ctx, created.VoteStart)
	if err != nil {
		t.Fatal(err)
	}
	if q.Cmp(Tokens(200)) != 0 {
		t.Fatalf("emergency quorum %s, want 200 tokens", q)
	}

	// 10% For: above the regular quorum, below the emergency one.
	weak, _ := e.d.EmergencyReleaseManifest(sha("m2"), "release m2")
	if s := e.proposeAndVote(weak, []vote{{e.A, SupportFor}}, &lifecycle{}); s != StateDefeated {
		t.Fatalf("emergency proposal with 10%% For: state %s, want defeated", s)
	}
	_, err = e.emg.Queue(e.ctx, e.relayer.auth, weak)
	wantRevert(t, err, "GovernorUnexpectedProposalState")
	// The same support carries a regular proposal.
	regular, _ := e.d.CharterAmendment(1, sha("c1"), "", "charter with 10%")
	if s := e.proposeAndVote(regular, []vote{{e.A, SupportFor}}, &lifecycle{}); s != StateSucceeded {
		t.Fatalf("regular proposal with 10%% For: state %s, want succeeded", s)
	}
}

// TestCancel has the proposer withdraw a pending proposal: only the proposer may, the state becomes
// canceled, ProposalCanceled decodes, and nobody can vote on it any more.
func TestCancel(t *testing.T) {
	e := newEnv(t, testParams())
	p, _ := e.d.EmergencyHalt(sha("exp"), "halt, then think again")
	e.mine(e.emg.Propose(e.ctx, e.D.auth, p))
	_, err := e.emg.Cancel(e.ctx, e.A.auth, p)
	wantRevert(t, err, "GovernorUnableToCancel")
	r := e.mine(e.emg.Cancel(e.ctx, e.D.auth, p))
	evs, err := NewEventDecoder(e.d).DecodeReceipt(r)
	if err != nil {
		t.Fatal(err)
	}
	if c := one[*ProposalCanceled](t, evs); c.ProposalID.Cmp(p.ID()) != 0 || c.Governor != e.d.EmergencyGovernor {
		t.Fatalf("ProposalCanceled %+v", c)
	}
	if s := e.state(e.emg, p.ID()); s != StateCanceled || !s.Final() {
		t.Fatalf("state %s, want canceled", s)
	}
	snap, _ := e.emg.Snapshot(e.ctx, p.ID())
	e.advanceTo(snap + 1)
	_, err = e.emg.CastVote(e.ctx, e.D.auth, p.ID(), SupportFor, "")
	wantRevert(t, err, "GovernorUnexpectedProposalState")
}
