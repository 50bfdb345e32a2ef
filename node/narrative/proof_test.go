package narrative

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node/refuge"
	rpb "github.com/x0tta6bl4/westworld/node/refuge/pb"
)

// testManifest is a manifest with guardians g (in order) and real Feldman
// commitments; it returns the guardians' shares too.
func testManifest(t testing.TB, size int64, g ...ident) (*refuge.Manifest, []refuge.Share) {
	t.Helper()
	id, err := refuge.ManifestID([]byte("signed manifest " + fmt.Sprint(size)))
	if err != nil {
		t.Fatal(err)
	}
	ctID, err := refuge.ManifestID([]byte("ciphertext"))
	if err != nil {
		t.Fatal(err)
	}
	ct, err := cid.Decode(ctID)
	if err != nil {
		t.Fatal(err)
	}
	shares, raw, err := refuge.NewSecret().Split(len(g), len(g))
	if err != nil {
		t.Fatal(err)
	}
	comm, err := refuge.ParseCommitments(raw)
	if err != nil {
		t.Fatal(err)
	}
	m := &refuge.Manifest{ID: id, Ciphertext: ct, CiphertextSize: size, Threshold: len(g), Commitments: comm, RawCommitments: raw}
	for _, x := range g {
		m.Guardians = append(m.Guardians, refuge.Guardian{GuardianInfo: refuge.GuardianInfo{PeerID: x.id}})
	}
	return m, shares
}

// TestRefugeProof checks pin and guardian evidence the way a receiver does:
// through the wire, Check, then VerifyRefuge against the manifest.
func TestRefugeProof(t *testing.T) {
	ids := idents(t, 11, 4)
	pub, rep, other, g2 := ids[0], ids[1], ids[2], ids[3]
	p := testParams()
	now := t0.Add(10 * time.Hour)
	at := now.Add(-time.Hour)
	m, shares := testManifest(t, 3<<20, rep, g2)
	unknown, _ := testManifest(t, 1<<20, rep, g2)
	manifests := func(_ context.Context, id string) (*refuge.Manifest, error) {
		if id == m.ID {
			return m, nil
		}
		return nil, fmt.Errorf("%w %s", refuge.ErrUnknownManifest, id)
	}
	req := func(mm *refuge.Manifest, size uint64) *rpb.PinRequest {
		return &rpb.PinRequest{ManifestId: mm.ID, CiphertextCid: mm.Ciphertext.Bytes(), CiphertextSize: size}
	}
	pinAck := func(by ident, r *rpb.PinRequest) *rpb.PinAck {
		a, err := refuge.NewPinAck(r, at, by.key)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	proof := func(b []byte, err error) []byte {
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	pin := func(subject ident, a *rpb.PinAck, amount int64) Evidence {
		return sign(t, pub, Evidence{Kind: KindRefugePin, Subject: subject.id, Time: at, Ref: m.ID, Amount: amount, Proof: proof(PinProof(a))})
	}
	good := pinAck(rep, req(m, 3<<20))
	gAck := func(by ident, index int) *rpb.GuardianAck {
		a, err := refuge.NewGuardianAck(m.ID, index, at, by.key)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	duty := func(subject ident, amount int64, pr []byte) Evidence {
		return sign(t, pub, Evidence{Kind: KindGuardian, Subject: subject.id, Time: at, Ref: m.ID, Amount: amount, Proof: pr})
	}
	share := func(by ident, sh refuge.Share) []byte {
		s, err := refuge.NewReleaseShare(m.ID, sh, rpb.Reason_REASON_DEAD_MAN, "", at, by.key)
		if err != nil {
			t.Fatal(err)
		}
		return proof(ReleaseProof(s))
	}

	tests := []struct {
		name      string
		ev        func() Evidence
		manifests Manifests
		// check is the reason Check gives (no manifest needed), verify the
		// one VerifyRefuge gives.
		check, verify Reason
	}{
		{"pin", func() Evidence { return pin(rep, good, 3<<20) }, manifests, "", ""},
		{"pin acknowledged by someone else", func() Evidence { return pin(rep, pinAck(other, req(m, 3<<20)), 3<<20) }, manifests, ReasonForged, ReasonForged},
		{"pin acknowledgement naming the subject, signed by someone else", func() Evidence {
			a := pinAck(other, req(m, 3<<20))
			a.Replica = []byte(rep.id)
			return pin(rep, a, 3<<20)
		}, manifests, ReasonForged, ReasonForged},
		{"pin size inflated by the attester", func() Evidence { return pin(rep, good, 3<<21) }, manifests, ReasonForged, ReasonForged},
		{"pin size inflated by the replica", func() Evidence { return pin(rep, pinAck(rep, req(m, 3<<21)), 3<<21) }, manifests, "", ReasonForged},
		{"pin of another ciphertext", func() Evidence {
			r := req(m, 3<<20)
			r.CiphertextCid = unknown.Ciphertext.Bytes()[:len(r.CiphertextCid)-1]
			return pin(rep, pinAck(rep, r), 3<<20)
		}, manifests, "", ReasonForged},
		{"pin proof about another manifest", func() Evidence { return pin(rep, pinAck(rep, req(unknown, 3<<20)), 3<<20) }, manifests, ReasonForged, ReasonForged},
		{"pin redated by the attester", func() Evidence {
			return sign(t, pub, Evidence{Kind: KindRefugePin, Subject: rep.id, Time: now, Ref: m.ID, Amount: 3 << 20, Proof: proof(PinProof(good))})
		}, manifests, ReasonForged, ReasonForged},
		{"pin without proof", func() Evidence {
			return sign(t, pub, Evidence{Kind: KindRefugePin, Subject: rep.id, Time: at, Ref: m.ID, Amount: 3 << 20})
		}, manifests, ReasonMalformed, ReasonMalformed},
		{"pin with a garbage proof", func() Evidence {
			return sign(t, pub, Evidence{Kind: KindRefugePin, Subject: rep.id, Time: at, Ref: m.ID, Amount: 3 << 20, Proof: []byte{0xff, 0xff, 0xff}})
		}, manifests, ReasonMalformed, ReasonMalformed},
		{"pin of a manifest this node cannot find", func() Evidence {
			a := pinAck(rep, req(unknown, 1<<20))
			return sign(t, pub, Evidence{Kind: KindRefugePin, Subject: rep.id, Time: at, Ref: unknown.ID, Amount: 1 << 20, Proof: proof(PinProof(a))})
		}, manifests, "", ReasonNotVerifiable},
		{"pin on a node without refuge", func() Evidence { return pin(rep, good, 3<<20) }, nil, "", ReasonNotVerifiable},
		{"guardian acknowledgement", func() Evidence { return duty(rep, GuardianAcked, proof(GuardianAckProof(gAck(rep, 0)))) }, manifests, "", ""},
		{"guardian acknowledgement at another's position", func() Evidence {
			return duty(rep, GuardianAcked, proof(GuardianAckProof(gAck(rep, 1))))
		}, manifests, "", ReasonForged},
		{"guardian acknowledgement by a non-guardian", func() Evidence {
			return duty(other, GuardianAcked, proof(GuardianAckProof(gAck(other, 0))))
		}, manifests, "", ReasonForged},
		{"guardian acknowledgement credited to another guardian", func() Evidence {
			return duty(g2, GuardianAcked, proof(GuardianAckProof(gAck(rep, 0))))
		}, manifests, "", ReasonForged},
		{"guardian acknowledgement beyond the set", func() Evidence {
			return duty(rep, GuardianAcked, proof(GuardianAckProof(gAck(rep, 7))))
		}, manifests, "", ReasonForged},
		{"released share", func() Evidence { return duty(g2, GuardianReleased, share(g2, shares[1])) }, manifests, "", ""},
		{"released share that does not match the commitments", func() Evidence {
			return duty(g2, GuardianReleased, share(g2, refuge.Share{ID: 2, Value: shares[0].Value}))
		}, manifests, "", ReasonForged},
		{"released share given as an acknowledgement", func() Evidence { return duty(g2, GuardianAcked, share(g2, shares[1])) }, manifests, ReasonForged, ReasonForged},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := tc.ev()
			data, err := EncodeBatch([]Evidence{e})
			if err != nil {
				t.Fatal(err)
			}
			msg, err := DecodeMessage(data)
			if err != nil {
				t.Fatal(err)
			}
			got := &msg.Items[0]
			err = Check(got, now, nil, p)
			if r := ReasonOf(err); r != tc.check {
				t.Fatalf("Check: reason %q (%v), want %q", r, err, tc.check)
			}
			err = VerifyRefuge(context.Background(), got, tc.manifests)
			if r := ReasonOf(err); r != tc.verify {
				t.Fatalf("VerifyRefuge: reason %q (%v), want %q", r, err, tc.verify)
			}
			if tc.verify != "" && !errors.Is(err, ErrRejected) {
				t.Fatalf("%v is not ErrRejected", err)
			}
		})
	}
}

// experiments is an experiment registry as the chain index folds it.
type experiments map[common.Hash]chain.Experiment

func (x experiments) Experiment(_ context.Context, id common.Hash) (chain.Experiment, bool, error) {
	if id == (common.Hash{0xee}) {
		return chain.Experiment{}, false, errors.New("index closed")
	}
	e, ok := x[id]
	return e, ok, nil
}

// TestCradleCheck checks completed-stage evidence: Check (signed by the
// cohort member itself, a canonical ref) and then the chain.
func TestCradleCheck(t *testing.T) {
	ids := idents(t, 12, 2)
	member, other := ids[0], ids[1]
	p := testParams()
	now := t0.Add(10 * time.Hour)
	approved, halted, missing := common.Hash{0xab, 1}, common.Hash{2}, common.Hash{3}
	reg := experiments{
		approved: {ID: approved, Status: contracts.ExperimentStatusApproved, Stage: 0},
		halted:   {ID: halted, Status: contracts.ExperimentStatusHalted, Stage: 1},
	}
	// The approved spec's cohorts: member is in stages 0-2 of approved; stage 3 is not
	// known to this node yet.
	cohort := func(_ context.Context, x common.Hash, st int, p peer.ID) (bool, error) {
		if st == 3 {
			return false, errors.New("spec not fetched yet")
		}
		return p == member.id && st <= 2, nil
	}
	stage := func(by ident, ref string) func() Evidence {
		return func() Evidence {
			return sign(t, by, Evidence{Kind: KindCradle, Subject: member.id, Time: now, Ref: ref})
		}
	}
	tests := []struct {
		name          string
		ev            func() Evidence
		verifier      CradleVerifier
		check, verify Reason
		// ignore: the chain could not be read, not a verdict.
		ignore bool
	}{
		{"stage of an approved experiment", stage(member, CradleRef(approved, 2)), ChainCradleVerifier(reg, cohort), "", "", false},
		{"stage the member was not in", stage(member, CradleRef(approved, 4)), ChainCradleVerifier(reg, cohort), "", ReasonNotInCohort, false},
		{"cohort not known here yet", stage(member, CradleRef(approved, 3)), ChainCradleVerifier(reg, cohort), "", ReasonNotVerifiable, false},
		{"node without a rollout engine", stage(member, CradleRef(approved, 1)), ChainCradleVerifier(reg, nil), "", ReasonNotVerifiable, false},
		{"stage attested by another peer", stage(other, CradleRef(approved, 2)), ChainCradleVerifier(reg, cohort), ReasonForged, "", false},
		{"experiment the chain does not know", stage(member, CradleRef(missing, 0)), ChainCradleVerifier(reg, cohort), "", ReasonNotOnChain, false},
		{"halted experiment", stage(member, CradleRef(halted, 0)), ChainCradleVerifier(reg, cohort), "", ReasonHalted, false},
		{"index error", stage(member, CradleRef(common.Hash{0xee}, 0)), ChainCradleVerifier(reg, cohort), "", "", true},
		{"ref without a stage", stage(member, approved.Hex()), ChainCradleVerifier(reg, cohort), ReasonMalformed, "", false},
		{"ref in upper case", stage(member, "0x"+strings.ToUpper(approved.Hex()[2:])+"/1"), ChainCradleVerifier(reg, cohort), ReasonMalformed, "", false},
		{"stage beyond a uint8", stage(member, CradleRef(approved, 256)), ChainCradleVerifier(reg, cohort), ReasonMalformed, "", false},
		{"stage with a proof", func() Evidence {
			return sign(t, member, Evidence{Kind: KindCradle, Subject: member.id, Time: now, Ref: CradleRef(approved, 0), Proof: []byte{1}})
		}, ChainCradleVerifier(reg, cohort), ReasonMalformed, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := tc.ev()
			data, err := EncodeBatch([]Evidence{e})
			if err != nil {
				t.Fatal(err)
			}
			msg, err := DecodeMessage(data)
			if err != nil {
				t.Fatal(err)
			}
			got := &msg.Items[0]
			err = Check(got, now, nil, p)
			if r := ReasonOf(err); r != tc.check {
				t.Fatalf("Check: reason %q (%v), want %q", r, err, tc.check)
			}
			if err != nil {
				return
			}
			x, st, err := ParseCradleRef(got.Ref)
			if err != nil {
				t.Fatal(err)
			}
			err = tc.verifier(context.Background(), x, st, got.Subject)
			if r := ReasonOf(err); r != tc.verify {
				t.Fatalf("verify: reason %q (%v), want %q", r, err, tc.verify)
			}
			if tc.ignore != (err != nil && ReasonOf(err) == "") {
				t.Fatalf("verify: %v, want a read error %v", err, tc.ignore)
			}
		})
	}
}

// TestCradleScoresOnlySelfSigned: a completed stage earns reputation when
// its established member signed it, never when another peer claims it.
func TestCradleScoresOnlySelfSigned(t *testing.T) {
	ids := idents(t, 13, 4)
	p := testParams(ids[0], ids[1])
	var items []Evidence
	items = append(items, witness(t, p, ids[:3], ids, 0, 6)...)
	at := p.WindowStart(6).Add(time.Minute)
	x := common.Hash{9}
	items = append(items,
		sign(t, ids[2], Evidence{Kind: KindCradle, Subject: ids[2].id, Time: at, Ref: CradleRef(x, 0)}),
		sign(t, ids[0], Evidence{Kind: KindCradle, Subject: ids[3].id, Time: at, Ref: CradleRef(x, 0)}))
	res := Compute(items, at.Add(time.Minute), p)
	if got := res.Score(ids[2].id).Kind(KindCradle).Items; got != 1 {
		t.Fatalf("self-signed stage counted %d times, want 1", got)
	}
	if got := res.Score(ids[3].id).Kind(KindCradle).Items; got != 0 {
		t.Fatalf("stage claimed by another peer counted %d times, want 0", got)
	}
}

// BenchmarkVerifyPin is one received pin checked completely: decoded, its
// signature and the replica's acknowledgement verified, then matched
// against the manifest (already known here).
func BenchmarkVerifyPin(b *testing.B) {
	ids := idents(b, 14, 2)
	m, _ := testManifest(b, 3<<20, ids[1])
	ack, err := refuge.NewPinAck(&rpb.PinRequest{ManifestId: m.ID, CiphertextCid: m.Ciphertext.Bytes(), CiphertextSize: 3 << 20}, t0, ids[1].key)
	if err != nil {
		b.Fatal(err)
	}
	pr, err := PinProof(ack)
	if err != nil {
		b.Fatal(err)
	}
	data, err := EncodeBatch([]Evidence{sign(b, ids[0], Evidence{Kind: KindRefugePin, Subject: ids[1].id, Time: t0, Ref: m.ID, Amount: 3 << 20, Proof: pr})})
	if err != nil {
		b.Fatal(err)
	}
	manifests := func(context.Context, string) (*refuge.Manifest, error) { return m, nil }
	p := testParams()
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		msg, err := DecodeMessage(data)
		if err != nil {
			b.Fatal(err)
		}
		if err := Check(&msg.Items[0], t0, nil, p); err != nil {
			b.Fatal(err)
		}
		if err := VerifyRefuge(ctx, &msg.Items[0], manifests); err != nil {
			b.Fatal(err)
		}
	}
}
