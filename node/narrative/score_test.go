package narrative

import (
	"math"
	"math/rand"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestComputeTable(t *testing.T) {
	ids := idents(t, 1, 8)
	a, b, c, d := ids[0], ids[1], ids[2], ids[3]
	p := testParams(a, b, c)
	w0 := p.WindowOf(t0)
	voteAt := p.WindowStart(w0 + 1)
	vote := func(by, about ident, ref string, at time.Time) Evidence {
		return sign(t, by, Evidence{Kind: KindVote, Subject: about.id, Time: at, Ref: ref,
			Proof: VoteProof(common.Address{1}, common.Hash{2})})
	}
	end := p.WindowStart(w0 + 10)

	tests := []struct {
		name  string
		items []Evidence
		now   time.Time
		check func(t *testing.T, r *Result)
	}{
		{
			name:  "witnessed uptime accrues and establishes",
			items: witness(t, p, []ident{a, b, c}, []ident{d}, w0, w0+5),
			now:   end,
			check: func(t *testing.T, r *Result) {
				s := r.Score(d.id)
				up := s.Kind(KindUptime)
				if up.Total != 5*3600 || up.Items != 15 {
					t.Fatalf("uptime total %v items %d, want 18000s from 15 attestations", up.Total, up.Items)
				}
				if !s.Established || !s.EstablishedSince.Equal(p.WindowStart(w0+3)) {
					t.Fatalf("established %v since %v, want from window %d", s.Established, s.EstablishedSince, w0+3)
				}
				if up.Points <= 0 || up.Points > p.Caps[KindUptime] {
					t.Fatalf("uptime points %v", up.Points)
				}
			},
		},
		{
			name:  "one witness is not enough when two are required",
			items: witness(t, p, []ident{a}, []ident{d}, w0, w0+5),
			now:   end,
			check: func(t *testing.T, r *Result) {
				if s := r.Score(d.id); s.Total != 0 || s.Established {
					t.Fatalf("score %v established %v from one witness", s.Total, s.Established)
				}
			},
		},
		{
			name: "a ring of fresh identities earns nothing",
			items: append(witness(t, p, ids[5:8], ids[5:8], w0, w0+9),
				vote(ids[5], ids[6], "p1", voteAt), vote(ids[6], ids[7], "p1", voteAt)),
			now: end,
			check: func(t *testing.T, r *Result) {
				for _, x := range ids[5:8] {
					if s := r.Score(x.id); s.Total != 0 || s.Established {
						t.Fatalf("ring member %s scored %v (established %v)", x.id, s.Total, s.Established)
					}
				}
			},
		},
		{
			name:  "self-attestation is ignored",
			items: []Evidence{sign(t, d, Evidence{Kind: KindVote, Subject: d.id, Time: voteAt, Ref: "p1", Proof: VoteProof(common.Address{1}, common.Hash{})})},
			now:   end,
			check: func(t *testing.T, r *Result) {
				if s := r.Score(d.id); s.Total != 0 {
					t.Fatalf("self-attested vote scored %v", s.Total)
				}
			},
		},
		{
			name:  "decay halves a contribution each half-life",
			items: []Evidence{vote(a, d, "p1", voteAt)},
			now:   voteAt.Add(p.HalfLife),
			check: func(t *testing.T, r *Result) {
				v := r.Score(d.id).Kind(KindVote)
				if !near(v.Units, 0.5) || !near(v.Points, 0.5*p.Rates[KindVote]) || v.Total != 1 {
					t.Fatalf("vote after one half-life: units %v points %v total %v", v.Units, v.Points, v.Total)
				}
			},
		},
		{
			name: "each kind is capped",
			items: func() []Evidence {
				var out []Evidence
				for i := range 40 {
					out = append(out, vote(a, d, "p"+string(rune('A'+i)), voteAt))
				}
				return out
			}(),
			now: voteAt,
			check: func(t *testing.T, r *Result) {
				s := r.Score(d.id)
				if v := s.Kind(KindVote); v.Points != p.Caps[KindVote] || v.Total != 40 || s.Total != p.Caps[KindVote] {
					t.Fatalf("40 votes: points %v total %v score %v, want the cap %v", v.Points, v.Total, s.Total, p.Caps[KindVote])
				}
			},
		},
		{
			name:  "the same vote attested twice counts once",
			items: []Evidence{vote(a, d, "p1", voteAt), vote(b, d, "p1", voteAt.Add(time.Minute))},
			now:   end,
			check: func(t *testing.T, r *Result) {
				if v := r.Score(d.id).Kind(KindVote); v.Total != 1 || v.Items != 1 {
					t.Fatalf("votes %v items %d, want 1", v.Total, v.Items)
				}
			},
		},
		{
			name: "gossip standing is the lower median of witnesses",
			items: []Evidence{
				sign(t, a, Evidence{Kind: KindGossip, Subject: d.id, Time: voteAt, Window: w0, Amount: 5000}),
				sign(t, b, Evidence{Kind: KindGossip, Subject: d.id, Time: voteAt, Window: w0, Amount: 10000}),
				sign(t, c, Evidence{Kind: KindGossip, Subject: d.id, Time: voteAt, Window: w0, Amount: 900000}),
			},
			now: end,
			check: func(t *testing.T, r *Result) {
				g := r.Score(d.id).Kind(KindGossip)
				if g.Total != 3600 {
					t.Fatalf("gossip total %v, want a full window (lower median 10 = full standing)", g.Total)
				}
			},
		},
		{
			name: "pins count bytes and their holding time",
			items: []Evidence{
				sign(t, a, Evidence{Kind: KindRefugePin, Subject: d.id, Time: voteAt, Ref: "m1", Amount: 1 << 30}),
				sign(t, b, Evidence{Kind: KindRefugePin, Subject: d.id, Time: voteAt.Add(48 * time.Hour), Ref: "m2", Amount: 1 << 29}),
			},
			now: voteAt.Add(72 * time.Hour),
			check: func(t *testing.T, r *Result) {
				s := r.Score(d.id)
				if got := s.PinnedFor(r.At, 60*time.Hour); got != 1<<30 {
					t.Fatalf("pinned for 60h: %d", got)
				}
				if got := s.Kind(KindRefugePin).Total; got != 1<<30+1<<29 {
					t.Fatalf("pinned total %v", got)
				}
			},
		},
		{
			name:  "evidence after now or older than MaxAge is ignored",
			items: []Evidence{vote(a, d, "p1", voteAt), vote(a, d, "p2", voteAt.Add(time.Hour))},
			now:   voteAt.Add(30 * time.Minute),
			check: func(t *testing.T, r *Result) {
				if v := r.Score(d.id).Kind(KindVote); v.Total != 1 {
					t.Fatalf("votes %v, want only the one before now", v.Total)
				}
				r2 := Compute([]Evidence{vote(a, d, "p1", voteAt)}, voteAt.Add(p.MaxAge+time.Hour), p)
				if r2.Score(d.id).Total != 0 {
					t.Fatal("expired vote scored")
				}
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			all := append(witness(t, p, []ident{a, b, c}, []ident{a, b, c}, w0, w0+9), tc.items...)
			tc.check(t, Compute(all, tc.now, p))
		})
	}
}

// Every ordering of the same evidence, with duplicates, gives the same
// result bit for bit.
func TestComputeDeterministic(t *testing.T) {
	ids := idents(t, 2, 12)
	p := testParams(ids[0], ids[1], ids[2])
	w0 := p.WindowOf(t0)
	items := witness(t, p, ids[:6], ids, w0, w0+8)
	for i, x := range ids[3:] {
		items = append(items,
			sign(t, ids[i%3], Evidence{Kind: KindVote, Subject: x.id, Time: p.WindowStart(w0 + 5), Ref: "p", Proof: VoteProof(common.Address{}, common.Hash{})}),
			sign(t, ids[(i+1)%6], Evidence{Kind: KindGossip, Subject: x.id, Time: p.WindowStart(w0 + 3), Window: w0 + 2, Amount: int64(i * 1700)}),
			sign(t, ids[(i+2)%6], Evidence{Kind: KindRefugePin, Subject: x.id, Time: p.WindowStart(w0 + 6), Ref: "m", Amount: int64(i) << 24}))
	}
	now := p.WindowStart(w0 + 9)
	want := Compute(items, now, p)
	if len(want.Scores) < 10 {
		t.Fatalf("only %d peers scored", len(want.Scores))
	}
	r := rand.New(rand.NewSource(7))
	for range 20 {
		shuffled := append([]Evidence(nil), items...)
		shuffled = append(shuffled, items[:r.Intn(len(items))]...)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		got := Compute(shuffled, now, p)
		if !reflect.DeepEqual(got, want) {
			t.Fatal("a reordering with duplicates changed the result")
		}
	}
	rank := want.Ranking()
	for i := 1; i < len(rank); i++ {
		if rank[i].Total > rank[i-1].Total {
			t.Fatal("ranking is not best first")
		}
	}
}
