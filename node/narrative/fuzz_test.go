package narrative

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/x0tta6bl4/westworld/node/charter"
	"github.com/x0tta6bl4/westworld/node/refuge"
	rpb "github.com/x0tta6bl4/westworld/node/refuge/pb"
)

// FuzzDecodeMessage: the decoder of westworld/narrative/1 never panics, and
// what it accepts re-encodes to an equivalent message whose items check
// without panicking.
func FuzzDecodeMessage(f *testing.F) {
	ids := idents(f, 9, 2)
	p := DefaultParams()
	// Refuge proofs as a publisher's node sends them: the subject's signed
	// acknowledgements.
	ack, err := refuge.NewPinAck(&rpb.PinRequest{ManifestId: "bafy", CiphertextCid: []byte{1, 0x55, 0x12, 0x20}, CiphertextSize: 1 << 20}, t0, ids[1].key)
	if err != nil {
		f.Fatal(err)
	}
	pinProof, err := PinProof(ack)
	if err != nil {
		f.Fatal(err)
	}
	gack, err := refuge.NewGuardianAck("bafy", 0, t0, ids[1].key)
	if err != nil {
		f.Fatal(err)
	}
	gackProof, err := GuardianAckProof(gack)
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range []Evidence{
		sign(f, ids[0], Evidence{Kind: KindUptime, Subject: ids[1].id, Time: t0, Window: p.WindowOf(t0) - 1}),
		sign(f, ids[0], Evidence{Kind: KindVote, Subject: ids[1].id, Time: t0, Ref: "42", Proof: VoteProof(common.Address{1}, common.Hash{2})}),
		sign(f, ids[0], Evidence{Kind: KindRefugePin, Subject: ids[1].id, Time: t0, Ref: "bafy", Amount: 1 << 20, Proof: pinProof}),
		sign(f, ids[0], Evidence{Kind: KindGuardian, Subject: ids[1].id, Time: t0, Ref: "bafy", Amount: GuardianAcked, Proof: gackProof}),
		sign(f, ids[1], Evidence{Kind: KindCradle, Subject: ids[1].id, Time: t0, Ref: CradleRef(common.Hash{7}, 1)}),
	} {
		data, err := EncodeBatch([]Evidence{e})
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	hb, _ := EncodeHeartbeat(Heartbeat{Window: 7, Time: t0})
	f.Add(hb)
	f.Add([]byte{})
	f.Add([]byte{0x12, 0x00})
	c := charter.Default()
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := DecodeMessage(data)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("decode error %v does not wrap ErrMalformed", err)
			}
			return
		}
		if m.Heartbeat != nil {
			return
		}
		for i := range m.Items {
			e := &m.Items[i]
			if err := Check(e, t0.Add(time.Hour), c, p); err == nil {
				// Without manifests a refuge item is never accepted.
				if err := VerifyRefuge(context.Background(), e, nil); (e.Kind == KindRefugePin || e.Kind == KindGuardian) && ReasonOf(err) == "" {
					t.Fatalf("refuge item accepted without a manifest: %v", err)
				}
			}
			b, err := MarshalEvidence(e)
			if err != nil {
				t.Fatal(err)
			}
			back, err := UnmarshalEvidence(b)
			if err != nil {
				t.Fatalf("stored form does not decode: %v", err)
			}
			if back.ID() != e.ID() {
				t.Fatal("stored form changed the item")
			}
		}
		_ = Compute(m.Items, t0.Add(time.Hour), p)
	})
}

// FuzzParseStoryline: the loader never panics, and every error has a
// position and wraps ErrStoryline.
func FuzzParseStoryline(f *testing.F) {
	def, err := storylineFS.ReadFile(DefaultStorylineFile)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(def)
	if v, err := os.ReadFile("testdata/valid.yaml"); err == nil {
		f.Add(v)
	}
	f.Add([]byte("version: 1\nkind: Storyline\nname: x\ntitle: X\nchapters: [{name: a, title: A, badge: {name: b, title: B}, goals: [{metric: votes_cast, at_least: 1}]}]\n"))
	f.Add([]byte("chapters: !!map [1]\n"))
	f.Add([]byte("- a\n- b\n"))
	c := charter.Default()
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ParseStoryline("fuzz.yaml", data, c)
		if err != nil {
			if !errors.Is(err, ErrStoryline) {
				t.Fatalf("%v does not wrap ErrStoryline", err)
			}
			return
		}
		if len(s.Chapters) == 0 {
			t.Fatal("accepted a storyline without chapters")
		}
		for _, ch := range s.Chapters {
			for _, g := range ch.Goals {
				if g.Target <= 0 {
					t.Fatalf("accepted target %v", g.Target)
				}
			}
		}
		_ = s.Progress(newScore("", DefaultParams()), t0)
	})
}
