package capability

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"net/http"
	"net/netip"
	"strings"
	"testing"
	"time"

	macaroon "gopkg.in/macaroon.v2"
)

var errRPC = errors.New("rpc: connection refused")

// TestCheck runs every way a request can be refused, and the ways it can
// pass, each against its own real Badger store.
func TestCheck(t *testing.T) {
	ctx := context.Background()
	peersRead := BakeRequest{Ops: []Op{OpPeersRead, OpNodeRead}}
	tests := []struct {
		name string
		// mac bakes (and maybe spoils) the macaroon and sets up e.
		mac func(t *testing.T, e *env) []byte
		op  Op
		ip  string // "" = unix socket
		// calls is how many times to Check; the last result is judged.
		calls   int
		wantErr error
		// wantIn is a fragment of the error's one-line reason.
		wantIn string
	}{
		{
			name: "ok binary",
			mac:  func(t *testing.T, e *env) []byte { return e.bake(t, peersRead).Macaroon },
			op:   OpPeersRead,
		},
		{
			name: "ok hex with newline",
			mac: func(t *testing.T, e *env) []byte {
				return []byte(e.bake(t, peersRead).Hex() + "\n")
			},
			op: OpNodeRead,
		},
		{
			name:    "none",
			mac:     func(t *testing.T, e *env) []byte { return nil },
			op:      OpPeersRead,
			wantErr: ErrNoMacaroon,
		},
		{
			name:    "only whitespace",
			mac:     func(t *testing.T, e *env) []byte { return []byte(" \r\n\t") },
			op:      OpPeersRead,
			wantErr: ErrNoMacaroon,
		},
		{
			name:    "malformed text",
			mac:     func(t *testing.T, e *env) []byte { return []byte("let me in") },
			op:      OpPeersRead,
			wantErr: ErrMalformed,
		},
		{
			name:    "malformed hex",
			mac:     func(t *testing.T, e *env) []byte { return []byte("02deadbeef") },
			op:      OpPeersRead,
			wantErr: ErrMalformed,
		},
		{
			name: "malformed truncated",
			mac: func(t *testing.T, e *env) []byte {
				m := e.bake(t, peersRead).Macaroon
				return m[:len(m)-5]
			},
			op:      OpPeersRead,
			wantErr: ErrMalformed,
		},
		{
			name: "malformed trailing garbage",
			mac: func(t *testing.T, e *env) []byte {
				return append(e.bake(t, peersRead).Macaroon, 0, 1, 2)
			},
			op:      OpPeersRead,
			wantErr: ErrMalformed,
			wantIn:  "trailing",
		},
		{
			name: "malformed identifier",
			mac: func(t *testing.T, e *env) []byte {
				m, err := macaroon.New([]byte("k"), []byte("not-our-id"), "westworld", macaroon.V2)
				if err != nil {
					t.Fatal(err)
				}
				m.AddFirstPartyCaveat([]byte("ops=peers:read"))
				b, _ := m.MarshalBinary()
				return b
			},
			op:      OpPeersRead,
			wantErr: ErrMalformed,
			wantIn:  "identifier",
		},
		{
			name: "malformed version 1 encoding",
			mac: func(t *testing.T, e *env) []byte {
				m, _ := macaroon.New([]byte("k"), []byte("id"), "westworld", macaroon.V1)
				b, _ := m.MarshalBinary()
				return b
			},
			op:      OpPeersRead,
			wantErr: ErrMalformed,
		},
		{
			name:    "wrong op",
			mac:     func(t *testing.T, e *env) []byte { return e.bake(t, peersRead).Macaroon },
			op:      OpPeersWrite,
			wantErr: ErrOpDenied,
			wantIn:  "peers:write",
		},
		{
			name:    "op that is not an op",
			mac:     func(t *testing.T, e *env) []byte { return e.bake(t, peersRead).Macaroon },
			op:      "peers",
			wantErr: ErrOpDenied,
		},
		{
			name: "expired",
			mac: func(t *testing.T, e *env) []byte {
				b := e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, Expires: t0.Add(time.Hour)})
				e.clock.Advance(time.Hour)
				return b.Macaroon
			},
			op:      OpPeersRead,
			wantErr: ErrExpired,
			wantIn:  "2026-11-26T11:00:00Z",
		},
		{
			name: "not yet expired",
			mac: func(t *testing.T, e *env) []byte {
				b := e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, Expires: t0.Add(time.Hour)})
				e.clock.Advance(time.Hour - time.Second)
				return b.Macaroon
			},
			op: OpPeersRead,
		},
		{
			name: "tampered signature",
			mac: func(t *testing.T, e *env) []byte {
				m := e.bake(t, peersRead).Macaroon
				m[len(m)-1] ^= 1 // the signature is the last field
				return m
			},
			op:      OpPeersRead,
			wantErr: ErrBadSignature,
		},
		{
			name: "tampered caveat",
			mac: func(t *testing.T, e *env) []byte {
				m := e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}}).Macaroon
				// Same length, so the encoding stays valid: only the
				// signature can tell.
				return bytes.Replace(m, []byte("ops=peers:read"), []byte("ops=peers:wrte"), 1)
			},
			op:      OpPeersRead,
			wantErr: ErrBadSignature,
		},
		{
			name: "removed caveat",
			mac: func(t *testing.T, e *env) []byte {
				b := e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, Expires: t0.Add(time.Minute)})
				var m macaroon.Macaroon
				if err := m.UnmarshalBinary(b.Macaroon); err != nil {
					t.Fatal(err)
				}
				// Rebuild with the same ID and signature but without the
				// expiry caveat.
				stripped, _ := macaroon.New([]byte("x"), m.Id(), m.Location(), macaroon.V2)
				stripped.AddFirstPartyCaveat(m.Caveats()[0].Id)
				out, _ := stripped.MarshalBinary()
				copy(out[len(out)-32:], m.Signature())
				return out
			},
			op:      OpPeersRead,
			wantErr: ErrBadSignature,
		},
		{
			name: "forged with another key",
			mac: func(t *testing.T, e *env) []byte {
				b := e.bake(t, peersRead)
				var m macaroon.Macaroon
				m.UnmarshalBinary(b.Macaroon)
				forged, _ := macaroon.New(bytes.Repeat([]byte{7}, 32), m.Id(), "westworld", macaroon.V2)
				forged.AddFirstPartyCaveat([]byte("ops=cap:write"))
				out, _ := forged.MarshalBinary()
				return out
			},
			op:      OpCapWrite,
			wantErr: ErrBadSignature,
		},
		{
			name: "rotated key",
			mac: func(t *testing.T, e *env) []byte {
				b := e.bake(t, peersRead)
				if _, err := e.svc.Rotate(ctx); err != nil {
					t.Fatal(err)
				}
				return b.Macaroon
			},
			op:      OpPeersRead,
			wantErr: ErrUnknownKey,
		},
		{
			name: "revoked key",
			mac: func(t *testing.T, e *env) []byte {
				b := e.bake(t, peersRead)
				if err := e.svc.Revoke(ctx, b.RootKeyID); err != nil {
					t.Fatal(err)
				}
				return b.Macaroon
			},
			op:      OpPeersRead,
			wantErr: ErrUnknownKey,
			wantIn:  "revoked",
		},
		{
			name: "key that never existed",
			mac: func(t *testing.T, e *env) []byte {
				m, _ := macaroon.New([]byte("guess"), encodeID([]byte("AAAAAAAA"), []byte("0123456789abcdef")), "westworld", macaroon.V2)
				m.AddFirstPartyCaveat([]byte("ops=cap:write"))
				b, _ := m.MarshalBinary()
				return b
			},
			op:      OpCapWrite,
			wantErr: ErrUnknownKey,
		},
		{
			name: "ip caveat met",
			mac: func(t *testing.T, e *env) []byte {
				return e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, IP: netip.MustParsePrefix("10.0.0.0/8")}).Macaroon
			},
			op: OpPeersRead,
			ip: "10.20.30.40",
		},
		{
			name: "ip caveat met by mapped address",
			mac: func(t *testing.T, e *env) []byte {
				return e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, IP: netip.MustParsePrefix("10.0.0.0/8")}).Macaroon
			},
			op: OpPeersRead,
			ip: "::ffff:10.1.1.1",
		},
		{
			name: "ip caveat unmet",
			mac: func(t *testing.T, e *env) []byte {
				return e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, IP: netip.MustParsePrefix("10.0.0.0/8")}).Macaroon
			},
			op:      OpPeersRead,
			ip:      "192.168.1.1",
			wantErr: ErrCaveat,
			wantIn:  "only from 10.0.0.0/8",
		},
		{
			name: "ip caveat unmet over unix socket",
			mac: func(t *testing.T, e *env) []byte {
				return e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, IP: netip.MustParsePrefix("10.0.0.0/8")}).Macaroon
			},
			op:      OpPeersRead,
			wantErr: ErrCaveat,
			wantIn:  "unix socket",
		},
		{
			name: "loopback ip caveat met over unix socket",
			mac: func(t *testing.T, e *env) []byte {
				a := netip.MustParseAddr("127.0.0.1")
				return e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, IP: netip.PrefixFrom(a, 32)}).Macaroon
			},
			op: OpPeersRead,
		},
		{
			name: "uses within budget",
			mac: func(t *testing.T, e *env) []byte {
				return e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, UsesPerMinute: 3}).Macaroon
			},
			op:    OpPeersRead,
			calls: 3,
		},
		{
			name: "uses exceeded",
			mac: func(t *testing.T, e *env) []byte {
				return e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, UsesPerMinute: 3}).Macaroon
			},
			op:      OpPeersRead,
			calls:   4,
			wantErr: ErrCaveat,
			wantIn:  "3 requests a minute",
		},
		{
			name: "chain caveat met",
			mac: func(t *testing.T, e *env) []byte {
				e.chain.set("0xab12", true)
				return e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, Proposal: "0xab12"}).Macaroon
			},
			op: OpPeersRead,
		},
		{
			name: "chain caveat unmet",
			mac: func(t *testing.T, e *env) []byte {
				e.chain.set("0xab12", false)
				return e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, Proposal: "0xab12"}).Macaroon
			},
			op:      OpPeersRead,
			wantErr: ErrCaveat,
			wantIn:  "not executed",
		},
		{
			name: "chain unreachable",
			mac: func(t *testing.T, e *env) []byte {
				e.chain.err = errRPC
				return e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, Proposal: "7"}).Macaroon
			},
			op:      OpPeersRead,
			wantErr: errRPC,
			wantIn:  "connection refused",
		},
		{
			name: "chain caveat without chain",
			mac: func(t *testing.T, e *env) []byte {
				e.svc.chain = nil
				return e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, Proposal: "7"}).Macaroon
			},
			op:      OpPeersRead,
			wantErr: ErrCaveat,
			wantIn:  "no chain",
		},
		{
			name: "unknown caveat",
			mac: func(t *testing.T, e *env) []byte {
				return attenuate(t, e.bake(t, peersRead).Macaroon, "time-before 2030-01-01T00:00:00Z")
			},
			op:      OpPeersRead,
			wantErr: ErrCaveat,
			wantIn:  "unknown caveat",
		},
		{
			name: "unknown caveat key",
			mac: func(t *testing.T, e *env) []byte {
				return attenuate(t, e.bake(t, peersRead).Macaroon, "declared=admin")
			},
			op:      OpPeersRead,
			wantErr: ErrCaveat,
		},
		{
			name: "malformed known caveat",
			mac: func(t *testing.T, e *env) []byte {
				return attenuate(t, e.bake(t, peersRead).Macaroon, "uses=0/m")
			},
			op:      OpPeersRead,
			wantErr: ErrCaveat,
			wantIn:  "uses",
		},
		{
			name: "third-party caveat",
			mac: func(t *testing.T, e *env) []byte {
				var m macaroon.Macaroon
				m.UnmarshalBinary(e.bake(t, peersRead).Macaroon)
				if err := m.AddThirdPartyCaveat([]byte("shared"), []byte("is-human"), "https://auth.example"); err != nil {
					t.Fatal(err)
				}
				b, _ := m.MarshalBinary()
				return b
			},
			op:      OpPeersRead,
			wantErr: ErrCaveat,
			wantIn:  "third-party",
		},
		{
			name: "no ops caveat",
			mac: func(t *testing.T, e *env) []byte {
				keyID, rec, err := e.svc.newRootKey(ctx, "test", "")
				if err != nil {
					t.Fatal(err)
				}
				b, err := e.svc.bake(keyID, rec.Key, []string{"expires=2030-01-01T00:00:00Z"})
				if err != nil {
					t.Fatal(err)
				}
				return b.Macaroon
			},
			op:      OpPeersRead,
			wantErr: ErrOpDenied,
			wantIn:  "no operations",
		},
		{
			name: "expired wins over wrong op",
			mac: func(t *testing.T, e *env) []byte {
				b := e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, Expires: t0.Add(time.Minute)})
				e.clock.Advance(time.Hour)
				return b.Macaroon
			},
			op:      OpCapWrite,
			wantErr: ErrExpired,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			mac := tc.mac(t, e)
			calls := max(tc.calls, 1)
			var (
				id  Identity
				err error
			)
			for i := range calls {
				id, err = e.check(mac, tc.op, tc.ip)
				if i < calls-1 && err != nil {
					t.Fatalf("call %d of %d: %v", i+1, calls, err)
				}
			}
			if tc.wantErr == nil {
				if err != nil {
					t.Fatalf("Check: %v", err)
				}
				if !strings.Contains(strings.Join(opStrings(id.Ops), ","), string(tc.op)) {
					t.Errorf("identity ops %v do not include %s", id.Ops, tc.op)
				}
				if len(id.RootKeyID) != 2*keyIDLen || len(id.MacaroonID) != 2*nonceLen {
					t.Errorf("identity %+v: bad IDs", id)
				}
				return
			}
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Check = %v, want %v", err, tc.wantErr)
			}
			msg := err.Error()
			if strings.ContainsAny(msg, "\n\r") {
				t.Errorf("reason is not one line: %q", msg)
			}
			if tc.wantIn != "" && !strings.Contains(msg, tc.wantIn) {
				t.Errorf("reason %q does not mention %q", msg, tc.wantIn)
			}
			if code := StatusCode(err); code != http.StatusUnauthorized && code != http.StatusForbidden {
				t.Errorf("StatusCode(%v) = %d, want 401 or 403", err, code)
			}
		})
	}
}

func opStrings(ops []Op) []string {
	s := make([]string, len(ops))
	for i, o := range ops {
		s[i] = string(o)
	}
	return s
}

func TestStatusCode(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{nil, 200},
		{deny(ErrNoMacaroon, "x"), 401},
		{deny(ErrMalformed, "x"), 401},
		{deny(ErrBadSignature, "x"), 401},
		{deny(ErrUnknownKey, "x"), 401},
		{deny(ErrExpired, "x"), 403},
		{deny(ErrOpDenied, "x"), 403},
		{deny(ErrCaveat, "x"), 403},
		{deny(ErrBadRequest, "x"), 400},
		{deny(ErrUnknownRole, "x"), 400},
		{deny(ErrNoSuchKey, "x"), 404},
		{errors.New("disk on fire"), 500},
	}
	for _, tc := range tests {
		if got := StatusCode(tc.err); got != tc.want {
			t.Errorf("StatusCode(%v) = %d, want %d", tc.err, got, tc.want)
		}
	}
}

// TestUsesWindow: the budget is a sliding minute, and refused requests do
// not spend it.
func TestUsesWindow(t *testing.T) {
	e := newEnv(t)
	mac := e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, UsesPerMinute: 2}).Macaroon
	step := func(op Op, want error) {
		t.Helper()
		if _, err := e.check(mac, op, ""); !errors.Is(err, want) {
			t.Fatalf("at +%s %s: Check = %v, want %v", e.clock.Now().Sub(t0), op, err, want)
		}
	}
	step(OpPeersRead, nil) // t=0
	step(OpPeersWrite, ErrOpDenied)
	e.clock.Advance(30 * time.Second)
	step(OpPeersRead, nil) // t=30
	step(OpPeersRead, ErrCaveat)
	e.clock.Advance(30 * time.Second) // t=60: the first use leaves the window
	step(OpPeersRead, nil)
	step(OpPeersRead, ErrCaveat)
	e.clock.Advance(30 * time.Second) // t=90: the second leaves
	step(OpPeersRead, nil)

	// A second macaroon has its own budget.
	other := e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, UsesPerMinute: 2}).Macaroon
	if _, err := e.check(other, OpPeersRead, ""); err != nil {
		t.Fatalf("second macaroon: %v", err)
	}

	// Idle counters are swept.
	e.clock.Advance(2 * time.Minute)
	step(OpPeersRead, nil)
	if n := e.svc.uses.len(); n != 1 {
		t.Errorf("%d counters after sweep, want 1", n)
	}
}

// TestUsesConcurrent: under concurrent use exactly the budget passes.
func TestUsesConcurrent(t *testing.T) {
	e := newEnv(t)
	mac := e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, UsesPerMinute: 50}).Macaroon
	const workers, each = 8, 20
	results := make(chan error, workers*each)
	done := make(chan struct{})
	for range workers {
		go func() {
			defer func() { done <- struct{}{} }()
			for range each {
				_, err := e.check(mac, OpPeersRead, "")
				results <- err
			}
		}()
	}
	for range workers {
		<-done
	}
	close(results)
	ok, capped := 0, 0
	for err := range results {
		switch {
		case err == nil:
			ok++
		case errors.Is(err, ErrCaveat):
			capped++
		default:
			t.Fatalf("unexpected error: %v", err)
		}
	}
	if ok != 50 || capped != workers*each-50 {
		t.Fatalf("ok=%d capped=%d, want 50 and %d", ok, capped, workers*each-50)
	}
}

// TestChainAskedLast: a request refused locally never reaches the chain.
func TestChainAskedLast(t *testing.T) {
	e := newEnv(t)
	e.chain.set("9", true)
	mac := e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, Proposal: "9"}).Macaroon
	if _, err := e.check(mac, OpPeersWrite, ""); !errors.Is(err, ErrOpDenied) {
		t.Fatalf("Check = %v, want ErrOpDenied", err)
	}
	if e.chain.calls != 0 {
		t.Fatalf("chain asked %d times for a locally refused request", e.chain.calls)
	}
	if _, err := e.check(mac, OpPeersRead, ""); err != nil {
		t.Fatal(err)
	}
	if e.chain.calls != 1 {
		t.Fatalf("chain asked %d times, want 1", e.chain.calls)
	}
	// The proposal is later reverted / superseded: the macaroon stops.
	e.chain.set("9", false)
	if _, err := e.check(mac, OpPeersRead, ""); !errors.Is(err, ErrCaveat) {
		t.Fatalf("Check = %v, want ErrCaveat", err)
	}
}

// TestCaveatSigsMatchLibrary: our recomputation of the signature chain (used
// to key uses= counters) is macaroon.v2's.
func TestCaveatSigsMatchLibrary(t *testing.T) {
	e := newEnv(t)
	b := e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, UsesPerMinute: 5, Expires: t0.Add(time.Hour)})
	for n := range 4 {
		conds := make([]string, n)
		for i := range conds {
			conds[i] = "ops=peers:read"
		}
		mac := attenuate(t, b.Macaroon, conds...)
		var m macaroon.Macaroon
		if err := m.UnmarshalBinary(mac); err != nil {
			t.Fatal(err)
		}
		keyID, _ := hex.DecodeString(b.RootKeyID)
		rec, err := e.svc.loadKey(keyID)
		if err != nil {
			t.Fatal(err)
		}
		sigs := caveatSigs(rec.Key, m.Id(), m.Caveats())
		if got := sigs[len(sigs)-1]; !bytes.Equal(got[:], m.Signature()) {
			t.Fatalf("%d extra caveats: recomputed signature %x, library %x", n, got, m.Signature())
		}
	}
}

// TestBinaryEndingInSpace: a binary macaroon whose signature ends in a byte
// that looks like whitespace must not be trimmed (it once was), while hex
// with a trailing newline is.
func TestBinaryEndingInSpace(t *testing.T) {
	e := newEnv(t)
	keyID, rec, err := e.svc.newRootKey(context.Background(), "test", "")
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for i := 0; i < 10000 && found < 3; i++ {
		b, err := e.svc.bake(keyID, rec.Key, []string{"ops=peers:read"})
		if err != nil {
			t.Fatal(err)
		}
		last := b.Macaroon[len(b.Macaroon)-1]
		if !bytes.ContainsRune([]byte(" \t\n\v\f\r"), rune(last)) {
			continue
		}
		found++
		if _, err := e.check(b.Macaroon, OpPeersRead, ""); err != nil {
			t.Fatalf("binary ending in %q: %v", last, err)
		}
		if _, err := e.check([]byte(b.Hex()+"\r\n"), OpPeersRead, ""); err != nil {
			t.Fatalf("hex with CRLF: %v", err)
		}
	}
	if found == 0 {
		t.Fatal("no macaroon ending in whitespace in 10000 bakes")
	}
}
