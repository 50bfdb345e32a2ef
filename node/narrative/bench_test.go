package narrative

import (
	"testing"
	"time"

	"github.com/x0tta6bl4/westworld/node/charter"
)

// BenchmarkVerifyAndScore is one evidence item received: decoded, checked
// (signature included) and added to a recompute. Items/s = 1e9 / ns/op.
func BenchmarkVerifyAndScore(b *testing.B) {
	ids := idents(b, 11, 4)
	p := testParams(ids[0], ids[1], ids[2])
	w := p.WindowOf(t0)
	e := sign(b, ids[0], Evidence{Kind: KindUptime, Subject: ids[3].id, Time: p.WindowStart(w + 1), Window: w})
	data, err := EncodeBatch([]Evidence{e})
	if err != nil {
		b.Fatal(err)
	}
	c := charter.Default()
	now := p.WindowStart(w + 2)
	items := make([]Evidence, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		m, err := DecodeMessage(data)
		if err != nil {
			b.Fatal(err)
		}
		if err := Check(&m.Items[0], now, c, p); err != nil {
			b.Fatal(err)
		}
		items = append(items, m.Items[0])
	}
	Compute(items, now, p)
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "items/s")
}

// BenchmarkRecompute1000x100 recomputes every score for 1,000 peers with
// 100 evidence items each (uptime from 3 witnesses, two of them anchors,
// over ~23 windows, plus gossip and pins). The aim: under 1 s.
func BenchmarkRecompute1000x100(b *testing.B) {
	const peers = 1000
	ids := idents(b, 12, peers)
	p := testParams(ids[0], ids[1], ids[2], ids[3], ids[4])
	w0 := p.WindowOf(t0)
	var items []Evidence
	for i, s := range ids {
		n := 0
		for w := w0; n < 100; w++ {
			at := p.WindowStart(w + 1)
			for j := 1; j <= 4 && n < 100; j++ {
				// Two anchors (bootstrap nodes see everyone) and a neighbour.
				a := ids[(i+j)%peers]
				if j <= 2 {
					a = ids[(int(w)+i+j)%5]
				}
				if j == 4 {
					items = append(items, sign(b, a, Evidence{Kind: KindGossip, Subject: s.id, Time: at, Window: w, Amount: 8000}))
				} else {
					items = append(items, sign(b, a, Evidence{Kind: KindUptime, Subject: s.id, Time: at, Window: w}))
				}
				n++
			}
			if n < 100 && w%5 == 0 {
				items = append(items, sign(b, ids[(i+1)%peers], Evidence{Kind: KindRefugePin, Subject: s.id, Time: at, Ref: "m" + at.String(), Amount: 1 << 26}))
				n++
			}
		}
	}
	now := p.WindowStart(w0 + 40)
	b.ReportAllocs()
	b.ResetTimer()
	var r *Result
	for range b.N {
		r = Compute(items, now, p)
	}
	b.StopTimer()
	if len(r.Scores) != peers || len(items) != peers*100 {
		b.Fatalf("%d peers scored from %d items", len(r.Scores), len(items))
	}
	est := 0
	for _, s := range r.Scores {
		if s.Established {
			est++
		}
	}
	if est < peers/2 {
		b.Fatalf("only %d of %d peers established", est, peers)
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/recompute")
	_ = time.Second
}
