package narrative

import (
	"math/rand"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// ident is a test identity: a libp2p key and its peer ID.
type ident struct {
	key crypto.PrivKey
	id  peer.ID
}

func idents(t testing.TB, seed int64, n int) []ident {
	t.Helper()
	r := rand.New(rand.NewSource(seed))
	out := make([]ident, n)
	for i := range out {
		k, _, err := crypto.GenerateEd25519Key(r)
		if err != nil {
			t.Fatal(err)
		}
		id, err := peer.IDFromPrivateKey(k)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = ident{k, id}
	}
	return out
}

// testParams are small numbers so tables stay readable: 1-hour windows,
// 2 witnesses, established after 3 windows.
func testParams(anchors ...ident) Params {
	p := DefaultParams()
	p.K = 2
	p.AgeWindows = 3
	for _, a := range anchors {
		p.Anchors = append(p.Anchors, a.id)
	}
	return p
}

var t0 = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func sign(t testing.TB, by ident, e Evidence) Evidence {
	t.Helper()
	if err := e.Sign(by.key); err != nil {
		t.Fatal(err)
	}
	return e
}

// witness has every attester attest every subject's uptime in windows
// [from, to) of p, dated just after each window closes.
func witness(t testing.TB, p Params, attesters, subjects []ident, from, to uint64) []Evidence {
	t.Helper()
	var out []Evidence
	for w := from; w < to; w++ {
		at := p.WindowStart(w + 1).Add(time.Second)
		for _, a := range attesters {
			for _, s := range subjects {
				if a.id == s.id {
					continue
				}
				out = append(out, sign(t, a, Evidence{Kind: KindUptime, Subject: s.id, Time: at, Window: w}))
			}
		}
	}
	return out
}
