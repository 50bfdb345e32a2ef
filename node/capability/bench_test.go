package capability

import (
	"context"
	"net/netip"
	"testing"
	"time"
)

// The cost of Check per API request, against a real Badger store. Target:
// under 20 µs.

func benchCheck(b *testing.B, mac []byte, req Request, e *env) {
	b.Helper()
	ctx := context.Background()
	if _, err := e.svc.Check(ctx, mac, req); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := e.svc.Check(ctx, mac, req); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckAdmin: the admin role macaroon (one ops= caveat listing
// every operation), hex as the Header carries it.
func BenchmarkCheckAdmin(b *testing.B) {
	e := newEnv(b)
	mac := []byte(e.bake(b, BakeRequest{Ops: AllOps()}).Hex())
	benchCheck(b, mac, Request{Op: OpNarrativeWrite}, e)
}

// BenchmarkCheckReadonly: the smallest common case.
func BenchmarkCheckReadonly(b *testing.B) {
	e := newEnv(b)
	ops, _ := RoleOps(RoleReadonly)
	mac := e.bake(b, BakeRequest{Ops: ops}).Macaroon
	benchCheck(b, mac, Request{Op: OpPeersRead}, e)
}

// BenchmarkCheckAttenuated: every local caveat kind, plus two added by a
// holder, from a TCP client.
func BenchmarkCheckAttenuated(b *testing.B) {
	e := newEnv(b)
	e.chain.set("0x01", true)
	mac := e.bake(b, BakeRequest{
		Ops:           []Op{OpPeersRead, OpNodeRead, OpRefugePublish},
		Expires:       t0.Add(24 * time.Hour),
		IP:            netip.MustParsePrefix("10.0.0.0/8"),
		UsesPerMinute: maxUses,
		Proposal:      "0x01",
	}).Macaroon
	mac = attenuate(b, mac, "ops=peers:read", "expires="+t0.Add(time.Hour).Format(time.RFC3339))
	// Move the clock so the uses= budget never runs out: 1 ms a request is
	// 60000 a minute, under maxUses.
	e.svc.cfg.Now = func() time.Time { e.clock.Advance(time.Millisecond); return e.clock.Now() }
	e.clock.t = t0
	benchCheck(b, mac, Request{Op: OpPeersRead, RemoteIP: netip.MustParseAddr("10.1.2.3")}, e)
}

// BenchmarkCheckParallel: the admin macaroon from every core at once.
func BenchmarkCheckParallel(b *testing.B) {
	e := newEnv(b)
	mac := []byte(e.bake(b, BakeRequest{Ops: AllOps()}).Hex())
	req := Request{Op: OpPeersRead}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := e.svc.Check(ctx, mac, req); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// BenchmarkCheckRevoked: refusing a macaroon whose key is gone (what a
// client with a stale file costs).
func BenchmarkCheckRevoked(b *testing.B) {
	e := newEnv(b)
	baked := e.bake(b, BakeRequest{Ops: AllOps()})
	if err := e.svc.Revoke(context.Background(), baked.RootKeyID); err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.svc.Check(ctx, baked.Macaroon, Request{Op: OpPeersRead}); err == nil {
			b.Fatal("revoked macaroon passed")
		}
	}
}

// BenchmarkBake includes creating and syncing a root key to disk.
func BenchmarkBake(b *testing.B) {
	e := newEnv(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.svc.Bake(ctx, BakeRequest{Ops: []Op{OpPeersRead}, Expires: t0.Add(time.Hour)}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseCaveat(b *testing.B) {
	ops := OpsCaveat(AllOps()...).String()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseCaveat(ops); err != nil {
			b.Fatal(err)
		}
	}
}
