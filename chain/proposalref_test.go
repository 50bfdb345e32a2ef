package chain

import (
	"errors"
	"math/big"
	"strings"
	"testing"
)

func TestParseProposalRef(t *testing.T) {
	full := new(big.Int).Lsh(big.NewInt(0xab12cd), 232) // 0xab12cd followed by 58 zero digits
	hex64 := "0xab12cd" + strings.Repeat("0", 58)
	for _, tc := range []struct {
		in     string
		id     *big.Int
		prefix string
		err    bool
	}{
		{in: hex64, id: full},
		{in: strings.ToUpper(hex64[2:]), id: full},
		{in: full.String(), id: full},
		{in: "ab12cd", prefix: "ab12cd"},
		{in: "0xAB12CD", prefix: "ab12cd"},
		{in: "ab12c", prefix: "ab12c"},
		{in: "12345678", prefix: "12345678"}, // short IDs are hex, even when all digits
		{in: "abc", err: true},
		{in: "", err: true},
		{in: "0x", err: true},
		{in: "xyz12345", err: true},
		{in: hex64 + "0", err: true},
		{in: strings.Repeat("9", 79), err: true},  // > uint256
		{in: strings.Repeat("9", 100), err: true}, // too long
		{in: "proposal-1", err: true},
	} {
		r, err := ParseProposalRef(tc.in)
		if tc.err {
			if !errors.Is(err, ErrBadProposalRef) {
				t.Errorf("%q: got %+v, %v; want ErrBadProposalRef", tc.in, r, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if tc.id != nil && (r.ID == nil || r.ID.Cmp(tc.id) != 0) || tc.prefix != r.Prefix {
			t.Errorf("%q: got %+v", tc.in, r)
		}
	}
	if got := ShortID(full); got != "ab12cd00" {
		t.Errorf("ShortID = %s", got)
	}
	if got := ProposalHex(big.NewInt(1)); got != "0x"+strings.Repeat("0", 63)+"1" {
		t.Errorf("ProposalHex(1) = %s", got)
	}
}

func TestRedactURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://mainnet.infura.io/v3/SECRETKEY": "https://mainnet.infura.io/…",
		"http://127.0.0.1:8545":                  "http://127.0.0.1:8545",
		"http://127.0.0.1:8545/":                 "http://127.0.0.1:8545",
		"wss://user:pass@node.example:8546":      "wss://node.example:8546/…",
		"https://rpc.example/?apikey=SECRET":     "https://rpc.example/…",
		"not a url":                              "<unparsable URL>",
	} {
		if got := RedactURL(in); got != want || strings.Contains(got, "SECRET") {
			t.Errorf("RedactURL(%q) = %q, want %q", in, got, want)
		}
	}
}
