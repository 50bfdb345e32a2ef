package capability

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"net/netip"
	"slices"
	"strings"
	"testing"
	"time"

	macaroon "gopkg.in/macaroon.v2"
)

// FuzzCaveat: parsing never panics; what parses prints back to the same
// caveat; what does not is ErrCaveat with a one-line reason.
func FuzzCaveat(f *testing.F) {
	for _, s := range []string{
		"ops=peers:read,refuge:publish", "expires=2026-12-01T10:00:00Z",
		"expires=2026-12-01T12:00:00.5+02:00", "ip=10.0.0.0/8", "ip=::1", "ip=fe80::1%eth0",
		"uses=30/m", "uses=0/m", "proposal-executed=0xab12cd", "time-before 2030", "=", "",
		"ops=" + strings.Repeat("a:b,", 300),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCaveat(s)
		if err != nil {
			if !errors.Is(err, ErrCaveat) {
				t.Fatalf("ParseCaveat(%q) = %v, not ErrCaveat", s, err)
			}
			if strings.ContainsAny(err.Error(), "\r\n") {
				t.Fatalf("reason not one line: %q", err)
			}
			return
		}
		text := c.String()
		back, err := ParseCaveat(text)
		if err != nil {
			t.Fatalf("%q parsed, but its String %q does not: %v", s, text, err)
		}
		if !caveatEqual(back, c) || back.String() != text {
			t.Fatalf("%q -> %+v -> %q -> %+v", s, c, text, back)
		}
		if c.Describe(t0) == "" {
			t.Fatalf("%q: empty description", s)
		}
	})
}

// FuzzDecode: the decoder never panics; what it accepts is a canonical V2
// macaroon with one of our identifiers; what it refuses is ErrNoMacaroon
// or ErrMalformed.
func FuzzDecode(f *testing.F) {
	e := newEnv(f)
	b := e.bake(f, BakeRequest{Ops: []Op{OpPeersRead}, Expires: t0.Add(time.Hour), UsesPerMinute: 3})
	f.Add(b.Macaroon)
	f.Add([]byte(b.Hex()))
	f.Add(attenuate(f, b.Macaroon, "ops=node:read"))
	f.Add([]byte{2})
	f.Add([]byte("0201"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, id, err := decode(data)
		if err != nil {
			if !errors.Is(err, ErrNoMacaroon) && !errors.Is(err, ErrMalformed) {
				t.Fatalf("decode error %v is neither ErrNoMacaroon nor ErrMalformed", err)
			}
			return
		}
		bin := data
		if t := bytes.TrimSpace(data); isHex(t) {
			bin, _ = hex.DecodeString(string(t))
		}
		re, err := m.MarshalBinary()
		if err != nil || !bytes.Equal(re, bin) {
			t.Fatalf("accepted non-canonical input %x", data)
		}
		if len(id.keyID) < minKeyIDLen || len(id.keyID) > maxKeyIDLen || len(id.nonce) != nonceLen {
			t.Fatalf("accepted identifier %x", m.Id())
		}
	})
}

// FuzzCheck: Check given arbitrary bytes never panics and never succeeds
// unless the bytes are, exactly, a macaroon this node baked; every refusal
// is one of the sentinel errors with a one-line reason.
func FuzzCheck(f *testing.F) {
	e := newEnv(f)
	e.chain.set("1", true)
	var baked [][]byte
	for _, r := range []BakeRequest{
		{Ops: []Op{OpPeersRead}},
		{Ops: AllOps(), Expires: t0.Add(time.Hour), IP: netip.MustParsePrefix("127.0.0.0/8"), Proposal: "1"},
		{Ops: []Op{OpPeersRead, OpNodeRead}, UsesPerMinute: 1_000},
	} {
		b := e.bake(f, r)
		baked = append(baked, b.Macaroon)
		f.Add(b.Macaroon)
		f.Add([]byte(b.Hex()))
	}
	f.Add([]byte("02"))
	f.Add([]byte("not a macaroon at all"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := e.svc.Check(context.Background(), data, Request{Op: OpPeersRead})
		if err == nil {
			bin := data
			if t := bytes.TrimSpace(data); isHex(t) {
				bin, _ = hex.DecodeString(string(t))
			}
			if !slices.ContainsFunc(baked, func(b []byte) bool { return bytes.Equal(b, bin) }) {
				t.Fatalf("Check accepted bytes it never baked: %x", data)
			}
			return
		}
		if code := StatusCode(err); code != 401 && code != 403 {
			t.Fatalf("Check(%x) = %v (status %d), not a sentinel", data, err, code)
		}
		if strings.ContainsAny(err.Error(), "\r\n") {
			t.Fatalf("reason not one line: %q", err)
		}
	})
}

// FuzzAttenuate: arbitrary caveats added offline to a valid macaroon. The
// signature holds, so this reaches the caveat evaluator; Check must agree
// with a plain reading of the caveats: it passes only if every caveat is
// known and met.
func FuzzAttenuate(f *testing.F) {
	e := newEnv(f)
	e.chain.set("7", true)
	base := e.bake(f, BakeRequest{Ops: []Op{OpPeersRead, OpPeersWrite, OpNodeRead}}).Macaroon
	f.Add("ops=peers:read", "peers:read", []byte{10, 0, 0, 1})
	f.Add("ops=peers:read\nexpires=2026-11-26T10:00:01Z\nip=10.0.0.0/8", "peers:read", []byte{10, 1, 2, 3})
	f.Add("ip=10.0.0.0/8", "node:read", []byte{})
	f.Add("proposal-executed=7\nuses=5/m", "peers:write", []byte{127, 0, 0, 1})
	f.Add("ops=cap:write", "cap:write", []byte{})
	f.Add("time-before 2030", "peers:read", []byte{})
	f.Fuzz(func(t *testing.T, conds, op string, ip []byte) {
		lines := strings.Split(conds, "\n")
		if len(lines) > maxCaveats-1 {
			return
		}
		var m macaroon.Macaroon
		if err := m.UnmarshalBinary(base); err != nil {
			t.Fatal(err)
		}
		for _, c := range lines {
			m.AddFirstPartyCaveat([]byte(c))
		}
		mac, _ := m.MarshalBinary()
		remote, _ := netip.AddrFromSlice(ip)
		_, err := e.svc.Check(context.Background(), mac, Request{Op: Op(op), RemoteIP: remote})
		if err != nil {
			if code := StatusCode(err); code != 403 {
				t.Fatalf("signed macaroon refused with %v (status %d), want a 403", err, code)
			}
			return
		}
		// Passed: confirm every caveat by hand.
		if !slices.Contains([]Op{OpPeersRead, OpPeersWrite, OpNodeRead}, Op(op)) {
			t.Fatalf("passed op %q the base macaroon does not grant", op)
		}
		for _, s := range lines {
			c, err := ParseCaveat(s)
			if err != nil {
				t.Fatalf("passed with unparsable caveat %q", s)
			}
			switch c.Kind {
			case KindOps:
				if !slices.Contains(c.Ops, Op(op)) {
					t.Fatalf("passed op %q outside %q", op, s)
				}
			case KindExpires:
				if !t0.Before(c.Expires) {
					t.Fatalf("passed after %q", s)
				}
			case KindIP:
				if !ipAllowed(c.IP, remote) {
					t.Fatalf("passed from %v outside %q", remote, s)
				}
			case KindProposal:
				if c.Proposal != "7" {
					t.Fatalf("passed %q, which the chain does not have", s)
				}
			}
		}
	})
}
