package narrative

import (
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/x0tta6bl4/westworld/node/charter"
)

func TestCheckRejects(t *testing.T) {
	ids := idents(t, 3, 3)
	a, b, c := ids[0], ids[1], ids[2]
	p := testParams()
	now := t0.Add(10 * time.Hour)
	w := p.WindowOf(now) - 1
	good := func() Evidence { return sign(t, a, Evidence{Kind: KindUptime, Subject: b.id, Time: now, Window: w}) }

	wallet, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	bindSig := func(p ident) []byte {
		sig, err := ethcrypto.Sign(accounts.TextHash(BindingMessage(p.id)), wallet)
		if err != nil {
			t.Fatal(err)
		}
		return sig
	}
	addr := ethcrypto.PubkeyToAddress(wallet.PublicKey)

	noUptime, err := charter.Parse("no-uptime.yaml", []byte(`version: 1
description: a charter without uptime
allowed_metrics:
  latency: [latency_p50]
forbidden_metrics: [votes_cast, user_location]
max_collection_rate_hz: 1
violations:
  - {type: forbidden_metric, severity: critical, penalty: node_suspended_24h}
  - {type: silent_collection, severity: critical, penalty: node_suspended_7d}
  - {type: unlisted_metric, severity: medium, penalty: warn}
  - {type: metric_over_collection_rate, severity: high, penalty: rate_limited_1h}
`))
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name   string
		ev     func() Evidence
		policy Policy
		want   Reason
	}{
		{"valid", good, charter.Default(), ""},
		{"forged: signed by another key", func() Evidence {
			e := good()
			f := sign(t, c, e)
			e.Signature = f.Signature
			return e
		}, nil, ReasonForged},
		{"forged: field changed after signing", func() Evidence { e := good(); e.Window--; return e }, nil, ReasonForged},
		{"self-signed", func() Evidence { return sign(t, b, Evidence{Kind: KindUptime, Subject: b.id, Time: now, Window: w}) }, nil, ReasonSelfSigned},
		{"expired", func() Evidence {
			old := now.Add(-p.MaxAge - time.Hour)
			return sign(t, a, Evidence{Kind: KindUptime, Subject: b.id, Time: old, Window: p.WindowOf(old) - 1})
		}, nil, ReasonExpired},
		{"from the future", func() Evidence {
			return sign(t, a, Evidence{Kind: KindVote, Subject: b.id, Time: now.Add(time.Hour), Ref: "1", Proof: VoteProof(addr, common.Hash{})})
		}, nil, ReasonFuture},
		{"window attested before it closed", func() Evidence {
			return sign(t, a, Evidence{Kind: KindUptime, Subject: b.id, Time: now, Window: w + 1})
		}, nil, ReasonPrematureWind},
		{"window attested long after it closed", func() Evidence {
			return sign(t, a, Evidence{Kind: KindUptime, Subject: b.id, Time: now, Window: w - 3})
		}, nil, ReasonLate},
		{"metric the charter forbids", func() Evidence {
			return sign(t, a, Evidence{Kind: KindVote, Subject: b.id, Time: now, Ref: "1", Metric: "user_location", Proof: VoteProof(addr, common.Hash{})})
		}, charter.Default(), ReasonForbidden},
		{"kind the charter forbids", func() Evidence {
			return sign(t, a, Evidence{Kind: KindVote, Subject: b.id, Time: now, Ref: "1", Proof: VoteProof(addr, common.Hash{})})
		}, noUptime, ReasonForbidden},
		{"uptime when the charter does not allow uptime telemetry", good, noUptime, ReasonNotAllowed},
		{"wrong metric for its kind", func() Evidence {
			return sign(t, a, Evidence{Kind: KindUptime, Subject: b.id, Time: now, Window: w, Metric: MetricVote})
		}, nil, ReasonWrongMetric},
		{"vote without proof", func() Evidence {
			return sign(t, a, Evidence{Kind: KindVote, Subject: b.id, Time: now, Ref: "1"})
		}, nil, ReasonMalformed},
		{"wallet binding", func() Evidence {
			return sign(t, b, Evidence{Kind: KindWallet, Subject: b.id, Time: now, Proof: WalletProof(addr, bindSig(b))})
		}, nil, ""},
		{"wallet binding signed for another peer", func() Evidence {
			return sign(t, b, Evidence{Kind: KindWallet, Subject: b.id, Time: now, Proof: WalletProof(addr, bindSig(c))})
		}, nil, ReasonForged},
		{"wallet binding by someone else", func() Evidence {
			return sign(t, a, Evidence{Kind: KindWallet, Subject: b.id, Time: now, Proof: WalletProof(addr, bindSig(b))})
		}, nil, ReasonForged},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := tc.ev()
			// Through the wire, as a receiver sees it.
			data, err := EncodeBatch([]Evidence{e})
			if err != nil {
				t.Fatal(err)
			}
			m, err := DecodeMessage(data)
			if err != nil {
				t.Fatal(err)
			}
			err = Check(&m.Items[0], now, tc.policy, p)
			if got := ReasonOf(err); got != tc.want {
				t.Fatalf("reason %q (%v), want %q", got, err, tc.want)
			}
			if tc.want != "" && !errors.Is(err, ErrRejected) {
				t.Fatalf("%v is not ErrRejected", err)
			}
		})
	}
}

func TestDecodeMalformed(t *testing.T) {
	ids := idents(t, 4, 2)
	e := sign(t, ids[0], Evidence{Kind: KindCradle, Subject: ids[1].id, Time: t0, Ref: "x"})
	good, err := EncodeBatch([]Evidence{e})
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"empty":     {},
		"garbage":   []byte("\xff\xff\xff"),
		"truncated": good[:len(good)-3],
		"too large": make([]byte, MaxMessageSize+1),
	} {
		if _, err := DecodeMessage(data); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: %v, want ErrMalformed", name, err)
		}
	}
	m, err := DecodeMessage(good)
	if err != nil || len(m.Items) != 1 || m.Items[0].ID() != e.ID() {
		t.Fatalf("round trip: %v", err)
	}
	if err := m.Items[0].VerifySignature(); err != nil {
		t.Fatal(err)
	}
}
