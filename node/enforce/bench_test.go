package enforce_test

import (
	"context"
	"fmt"
	"net/netip"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/x0tta6bl4/westworld/node/enforce"
)

// BenchmarkAllowMessage is the gossip hot path: every message's sender is
// checked before validation.
func BenchmarkAllowMessage(b *testing.B) {
	e := newEnv(b, withSweep(time.Hour))
	s, l, ok := randomPeer(b), randomPeer(b), randomPeer(b)
	until := e.clock.Now().Add(time.Hour)
	mustApply(b, e.m, enforce.Penalty{Target: enforce.Target{Peer: s}, Kind: enforce.KindSuspend, Until: until, Source: violation("v")})
	mustApply(b, e.m, enforce.Penalty{Target: enforce.Target{Peer: l}, Kind: enforce.KindRateLimit, PPS: 1_000_000, Until: until, Source: violation("v")})
	for _, c := range []struct {
		name string
		p    peer.ID
	}{{"unpunished", ok}, {"suspended", s}, {"rate_limited", l}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				e.m.AllowMessage(c.p)
			}
		})
	}
}

// BenchmarkApplyLift is one operator suspension and its lift: two synced
// Badger writes, the gater, and (as root) four kernel map updates for a
// peer known at four addresses, with `others` entries already in force.
func BenchmarkApplyLift(b *testing.B) {
	for _, kernel := range []bool{false, true} {
		for _, others := range []int{0, 1000} {
			name := fmt.Sprintf("userspace/others=%d", others)
			if kernel {
				name = fmt.Sprintf("kernel/others=%d", others)
			}
			b.Run(name, func(b *testing.B) {
				opts := []envOpt{withSweep(time.Hour)}
				if kernel {
					opts = append(opts, withKernel())
				}
				e := newEnv(b, opts...)
				until := e.clock.Now().Add(time.Hour)
				for i := range others {
					pfx := netip.PrefixFrom(netip.AddrFrom4([4]byte{10, 200, byte(i >> 8), byte(i)}), 32)
					mustApply(b, e.m, enforce.Penalty{Target: enforce.Target{Prefix: pfx}, Kind: enforce.KindSuspend, Until: until, Source: violation("v")})
				}
				p := randomPeer(b)
				e.announce(p, "/ip4/10.77.1.1/tcp/1", "/ip4/10.77.1.2/tcp/1", "/ip6/fd00:77::1/tcp/1", "/ip6/fd00:77::2/udp/1/quic-v1")
				target := enforce.Target{Peer: p}
				ctx := context.Background()
				for b.Loop() {
					if err := e.m.Apply(ctx, enforce.Penalty{Target: target, Kind: enforce.KindSuspend, Until: until, Source: violation("v")}); err != nil {
						b.Fatal(err)
					}
					if err := e.m.Lift(ctx, target); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
