package enforce_test

import (
	"context"
	"net/netip"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/x0tta6bl4/westworld/bpf"
	"github.com/x0tta6bl4/westworld/node/enforce"
	"github.com/x0tta6bl4/westworld/p2p"
	"github.com/x0tta6bl4/westworld/storage"
)

func violation(ref string) enforce.Source {
	return enforce.Source{Kind: enforce.SourceViolation, Ref: ref, Reason: "critical forbidden_metric (charter v1)"}
}

// A suspended peer is blocked in the kernel at every address it is known
// by, except relayed, DNS, loopback and this host's own addresses; an
// address it is seen at later is added; Lift removes them all.
func TestSuspendedPeerBlockedAtEveryAddress(t *testing.T) {
	e := newEnv(t, withKernel())
	bad := randomPeer(t)
	relay := randomPeer(t)
	e.announce(bad,
		"/ip4/10.9.8.7/tcp/4001",
		"/ip6/fd00:9::7/udp/4001/quic-v1",
		"/ip4/192.0.2.1/tcp/4001",                                      // this host's own address
		"/ip4/127.0.0.1/tcp/4001",                                      // loopback
		"/ip4/203.0.113.9/tcp/4001/p2p/"+relay.String()+"/p2p-circuit", // the relay's IP
		"/dns4/bad.example/tcp/4001",
	)
	until := e.clock.Now().Add(24 * time.Hour)
	target := enforce.Target{Peer: bad}
	mustApply(t, e.m, enforce.Penalty{Target: target, Kind: enforce.KindSuspend, Until: until, Source: violation("forbidden_metric:user_location:1")})

	if !e.host.Gater().PeerBlocked(bad) {
		t.Fatal("gater does not refuse the suspended peer")
	}
	want := []netip.Prefix{netip.MustParsePrefix("10.9.8.7/32"), netip.MustParsePrefix("fd00:9::7/128")}
	got := e.kernel()
	if len(got) != 2 {
		t.Fatalf("kernel entries %+v, want blocks on %v", got, want)
	}
	for _, p := range want {
		ke, ok := e.kernelHas(p.String(), bpf.KindBlock)
		if !ok {
			t.Fatalf("no kernel block on %s: %+v", p, got)
		}
		if d := ke.Until.Sub(until); d < -time.Second || d > time.Second {
			t.Fatalf("kernel block on %s ends %s, entry ends %s", p, ke.Until, until)
		}
	}
	st, ok := entryFor(e.m, target, enforce.KindSuspend)
	if !ok {
		t.Fatal("no entry in status")
	}
	wantAddrs := []netip.Addr{netip.MustParseAddr("10.9.8.7"), netip.MustParseAddr("127.0.0.1"), netip.MustParseAddr("192.0.2.1"), netip.MustParseAddr("fd00:9::7")}
	if !slices.Equal(st.Addrs, wantAddrs) {
		t.Fatalf("entry addresses %v, want %v", st.Addrs, wantAddrs)
	}
	if !slices.Equal(st.Kernel, want) {
		t.Fatalf("entry kernel prefixes %v, want %v", st.Kernel, want)
	}
	if !strings.Contains(st.Note, "127.0.0.1 (loopback)") || !strings.Contains(st.Note, "192.0.2.1 (this host's own address)") {
		t.Fatalf("note %q does not say which addresses stay out of the kernel", st.Note)
	}
	if st.Source.Kind != enforce.SourceViolation || st.Source.Ref != "forbidden_metric:user_location:1" {
		t.Fatalf("entry does not record why it exists: %+v", st.Source)
	}

	// The peer shows up at a new address: it is blocked there too, and the
	// stored entry remembers it.
	e.announce(bad, "/ip4/10.9.8.8/tcp/4001")
	eventually(t, 5*time.Second, "new address blocked in the kernel", func() bool {
		_, ok := e.kernelHas("10.9.8.8/32", bpf.KindBlock)
		return ok
	})

	if err := e.m.Lift(context.Background(), target); err != nil {
		t.Fatal(err)
	}
	if got := e.kernel(); len(got) != 0 {
		t.Fatalf("kernel entries after lift: %+v", got)
	}
	if e.host.Gater().PeerBlocked(bad) {
		t.Fatal("gater still refuses the peer after lift")
	}
	if err := e.m.Lift(context.Background(), target); !isErr(err, enforce.ErrNotFound) {
		t.Fatalf("second lift: %v, want ErrNotFound", err)
	}
}

// A prefix suspension is one kernel entry on the prefix; it is refused in
// the gater for every address inside.
func TestSuspendPrefix(t *testing.T) {
	e := newEnv(t, withKernel())
	pfx := netip.MustParsePrefix("198.18.0.0/15")
	mustApply(t, e.m, enforce.Penalty{Target: enforce.Target{Prefix: pfx}, Kind: enforce.KindSuspend,
		Until: e.clock.Now().Add(time.Hour), Source: enforce.Source{Kind: enforce.SourceOperator, Reason: "scanner"}})
	if _, ok := e.kernelHas("198.18.0.0/15", bpf.KindBlock); !ok {
		t.Fatalf("kernel entries %+v", e.kernel())
	}
	if !e.host.Gater().AddrBlocked(netip.MustParseAddr("198.19.255.254")) || e.host.Gater().AddrBlocked(netip.MustParseAddr("198.20.0.1")) {
		t.Fatal("gater prefix block wrong")
	}
}

// A rate-limited peer gets kernel limits at its rate; suspension and limit
// on the same peer coexist, and when the suspension ends first the limit
// stays in the kernel.
func TestRateLimitAndSuspensionOnOnePeer(t *testing.T) {
	e := newEnv(t, withKernel())
	p := randomPeer(t)
	e.announce(p, "/ip4/10.20.30.40/tcp/1", "/ip6/2001:db8::40/tcp/1")
	target := enforce.Target{Peer: p}
	now := e.clock.Now()
	mustApply(t, e.m, enforce.Penalty{Target: target, Kind: enforce.KindRateLimit, PPS: 7, Until: now.Add(2 * time.Hour), Source: violation("metric_over_collection_rate:peer_count_seen:3")})
	for _, pfx := range []string{"10.20.30.40/32", "2001:db8::40/128"} {
		ke, ok := e.kernelHas(pfx, bpf.KindLimit)
		if !ok || ke.PPS != 7 {
			t.Fatalf("kernel limit on %s: %+v", pfx, e.kernel())
		}
	}
	mustApply(t, e.m, enforce.Penalty{Target: target, Kind: enforce.KindSuspend, Until: now.Add(time.Hour), Source: violation("forbidden_metric:device_mac:4")})
	if _, ok := e.kernelHas("10.20.30.40/32", bpf.KindBlock); !ok {
		t.Fatalf("no block next to the limit: %+v", e.kernel())
	}
	if _, ok := e.kernelHas("10.20.30.40/32", bpf.KindLimit); !ok {
		t.Fatalf("the block replaced the limit: %+v", e.kernel())
	}

	e.clock.Advance(time.Hour + time.Second)
	eventually(t, 5*time.Second, "suspension swept, limit kept", func() bool {
		_, blocked := e.kernelHas("10.20.30.40/32", bpf.KindBlock)
		_, limited := e.kernelHas("10.20.30.40/32", bpf.KindLimit)
		return !blocked && limited && !e.m.Active(target, enforce.KindSuspend) && e.m.Active(target, enforce.KindRateLimit)
	})
	e.clock.Advance(time.Hour)
	eventually(t, 5*time.Second, "limit swept from the kernel", func() bool { return len(e.kernel()) == 0 })
}

// A restarted node re-fills a fresh kernel from Badger, and drops what
// expired while it was down.
func TestRestartRefillsKernel(t *testing.T) {
	e := newEnv(t, withKernel())
	p := randomPeer(t)
	e.announce(p, "/ip4/10.44.0.9/tcp/1")
	now := e.clock.Now()
	mustApply(t, e.m, enforce.Penalty{Target: enforce.Target{Peer: p}, Kind: enforce.KindSuspend, Until: now.Add(24 * time.Hour), Source: violation("v")})
	mustApply(t, e.m, enforce.Penalty{Target: enforce.Target{Prefix: netip.MustParsePrefix("10.45.0.0/16")}, Kind: enforce.KindSuspend, Until: now.Add(2 * time.Hour), Source: enforce.Source{Kind: enforce.SourceOperator, Reason: "r"}})
	e.m.Close()
	e.fw.Close()

	// A new process: a fresh firewall (empty maps), a fresh peerstore that
	// knows nothing of the peer.
	e.clock.Advance(time.Hour)
	e.fw = newFirewall(t)
	e.host = newHost(t, p2p.NewGater(e.clock.Now))
	e.m = e.open()
	if _, ok := e.kernelHas("10.44.0.9/32", bpf.KindBlock); !ok {
		t.Fatalf("peer block not restored from the stored addresses: %+v", e.kernel())
	}
	if _, ok := e.kernelHas("10.45.0.0/16", bpf.KindBlock); !ok {
		t.Fatalf("prefix block not restored: %+v", e.kernel())
	}
	e.m.Close()
	e.fw.Close()

	e.clock.Advance(2 * time.Hour)
	e.fw = newFirewall(t)
	e.m = e.open()
	if got := e.kernel(); len(got) != 1 || got[0].Prefix != netip.MustParsePrefix("10.44.0.9/32") {
		t.Fatalf("after the prefix block expired: %+v", got)
	}
	if n, err := e.store.Namespace(storage.PrefixEnforce).Count([]byte("entry/")); err != nil || n != 1 {
		t.Fatalf("stored entries after the expired one was dropped: %d %v", n, err)
	}
}

// Protected targets need Force: this node, a bootstrap peer, and a prefix
// holding this host's or a bootstrap peer's address.
func TestProtectedTargetsNeedForce(t *testing.T) {
	boot := peer.AddrInfo{ID: randomPeer(t), Addrs: []ma.Multiaddr{ma.StringCast("/ip4/198.51.100.7/tcp/4001")}}
	e := newEnv(t, withBootstrap(boot))
	until := e.clock.Now().Add(time.Hour)
	op := enforce.Source{Kind: enforce.SourceOperator, Reason: "test"}
	cases := []struct {
		name   string
		target enforce.Target
		want   string
	}{
		{"self", enforce.Target{Peer: e.host.ID()}, "is this node"},
		{"bootstrap peer", enforce.Target{Peer: boot.ID}, "is a bootstrap peer"},
		{"own address", enforce.Target{Prefix: netip.MustParsePrefix("192.0.2.0/24")}, "192.0.2.1 (this node's address)"},
		{"loopback", enforce.Target{Prefix: netip.MustParsePrefix("127.0.0.0/8")}, "127.0.0.1 (this node's address)"},
		{"bootstrap address", enforce.Target{Prefix: netip.MustParsePrefix("198.51.100.0/24")}, "198.51.100.7 (bootstrap peer " + boot.ID.String() + ")"},
		{"everything", enforce.Target{Prefix: netip.MustParsePrefix("0.0.0.0/0")}, "this node's address"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := enforce.Penalty{Target: c.target, Kind: enforce.KindSuspend, Until: until, Source: op}
			err := e.m.Apply(context.Background(), p)
			if !isErr(err, enforce.ErrProtected) || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "--force") {
				t.Fatalf("got %v, want ErrProtected naming %q", err, c.want)
			}
			p.Force = true
			mustApply(t, e.m, p)
			if !e.m.Active(c.target, enforce.KindSuspend) {
				t.Fatal("forced entry not active")
			}
			if err := e.m.Lift(context.Background(), c.target); err != nil {
				t.Fatal(err)
			}
		})
	}
	// Unprotected prefixes pass without Force.
	mustApply(t, e.m, enforce.Penalty{Target: enforce.Target{Prefix: netip.MustParsePrefix("198.51.101.0/24")}, Kind: enforce.KindSuspend, Until: until, Source: op})
}

func TestInvalidPenalties(t *testing.T) {
	e := newEnv(t)
	p := randomPeer(t)
	e.announce(p, "/ip4/10.1.1.1/tcp/1")
	now := e.clock.Now()
	cases := []struct {
		name string
		p    enforce.Penalty
		want error
	}{
		{"no target", enforce.Penalty{Kind: enforce.KindSuspend, Until: now.Add(time.Hour)}, enforce.ErrInvalid},
		{"both", enforce.Penalty{Target: enforce.Target{Peer: p, Prefix: netip.MustParsePrefix("10.0.0.0/8")}, Kind: enforce.KindSuspend, Until: now.Add(time.Hour)}, enforce.ErrInvalid},
		{"host bits", enforce.Penalty{Target: enforce.Target{Prefix: netip.MustParsePrefix("10.0.0.1/8")}, Kind: enforce.KindSuspend, Until: now.Add(time.Hour)}, enforce.ErrInvalid},
		{"past", enforce.Penalty{Target: enforce.Target{Peer: p}, Kind: enforce.KindSuspend, Until: now.Add(-time.Second)}, enforce.ErrInvalid},
		{"zero rate", enforce.Penalty{Target: enforce.Target{Peer: p}, Kind: enforce.KindRateLimit, Until: now.Add(time.Hour)}, enforce.ErrInvalid},
		{"prefix rate", enforce.Penalty{Target: enforce.Target{Prefix: netip.MustParsePrefix("10.0.0.0/8")}, Kind: enforce.KindRateLimit, PPS: 3, Until: now.Add(time.Hour)}, enforce.ErrInvalid},
		{"kind", enforce.Penalty{Target: enforce.Target{Peer: p}, Kind: "ban", Until: now.Add(time.Hour)}, enforce.ErrInvalid},
		{"unknown peer", enforce.Penalty{Target: enforce.Target{Peer: randomPeer(t)}, Kind: enforce.KindSuspend, Until: now.Add(time.Hour), RequireAddress: true}, enforce.ErrNoAddress},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := e.m.Apply(context.Background(), c.p); !isErr(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
	if n := len(e.m.Entries()); n != 0 {
		t.Fatalf("%d entries after refused penalties", n)
	}
}

// A violation by a peer with no known address still suspends it (the
// gater applies); the status says the kernel part waits; the address is
// picked up from its next connection attempt's identify or the peerstore.
func TestNoAddressYetWaitsForOne(t *testing.T) {
	e := newEnv(t, withKernel())
	p := randomPeer(t)
	target := enforce.Target{Peer: p}
	mustApply(t, e.m, enforce.Penalty{Target: target, Kind: enforce.KindSuspend, Until: e.clock.Now().Add(time.Hour), Source: violation("v")})
	st, _ := entryFor(e.m, target, enforce.KindSuspend)
	if len(st.Addrs) != 0 || !strings.Contains(st.Note, "no known address yet") {
		t.Fatalf("status %+v", st)
	}
	if !e.host.Gater().PeerBlocked(p) {
		t.Fatal("gater does not refuse the peer")
	}
	e.announce(p, "/ip4/10.55.0.1/tcp/9")
	eventually(t, 5*time.Second, "kernel block once an address is known", func() bool {
		_, ok := e.kernelHas("10.55.0.1/32", bpf.KindBlock)
		return ok
	})
}

// A rate-limited peer stays connected; the address of a new connection is
// learnt from the network's notifications, without waiting for the
// periodic refresh.
func TestNewConnectionAddressLearnt(t *testing.T) {
	e := newEnv(t, withSweep(time.Hour))
	other := newHost(t, p2p.NewGater(nil))
	target := enforce.Target{Peer: other.ID()}
	mustApply(t, e.m, enforce.Penalty{Target: target, Kind: enforce.KindRateLimit, PPS: 50, Until: e.clock.Now().Add(time.Hour), Source: violation("v")})
	if st, _ := entryFor(e.m, target, enforce.KindRateLimit); len(st.Addrs) != 0 {
		t.Fatalf("addresses before any contact: %v", st.Addrs)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := other.Connect(ctx, peer.AddrInfo{ID: e.host.ID(), Addrs: e.host.Addrs()}); err != nil {
		t.Fatal(err)
	}
	eventually(t, 5*time.Second, "connection address learnt", func() bool {
		st, _ := entryFor(e.m, target, enforce.KindRateLimit)
		return slices.Contains(st.Addrs, netip.MustParseAddr("127.0.0.1"))
	})
	if e.host.Network().Connectedness(other.ID()) != network.Connected {
		t.Fatal("a rate-limited peer must stay connected")
	}
	st, _ := entryFor(e.m, target, enforce.KindRateLimit)
	if !strings.Contains(st.Note, "userspace only") {
		t.Fatalf("without a firewall the note says so: %q", st.Note)
	}
}

// Messages: a suspended peer's are refused, a limited peer's pass at its
// rate, and both are counted.
func TestAllowMessageCounts(t *testing.T) {
	e := newEnv(t)
	s, l, ok := randomPeer(t), randomPeer(t), randomPeer(t)
	now := e.clock.Now()
	mustApply(t, e.m, enforce.Penalty{Target: enforce.Target{Peer: s}, Kind: enforce.KindSuspend, Until: now.Add(time.Hour), Source: violation("v")})
	mustApply(t, e.m, enforce.Penalty{Target: enforce.Target{Peer: l}, Kind: enforce.KindRateLimit, PPS: 3, Until: now.Add(time.Hour), Source: violation("v")})
	accepted := map[peer.ID]int{}
	for range 10 {
		for _, p := range []peer.ID{s, l, ok} {
			if e.m.AllowMessage(p) {
				accepted[p]++
			}
		}
	}
	if accepted[s] != 0 || accepted[l] != 3 || accepted[ok] != 10 {
		t.Fatalf("accepted %v (frozen clock: the limited peer keeps its burst of 3)", accepted)
	}
	_, c := e.m.Status()
	if c.MessagesDropped[enforce.KindSuspend] != 10 || c.MessagesDropped[enforce.KindRateLimit] != 7 {
		t.Fatalf("counters %+v", c)
	}
}

// A repeated violation never shortens a running penalty, in memory or in
// the store.
func TestRepeatedViolationKeepsLongerPenalty(t *testing.T) {
	e := newEnv(t)
	p := randomPeer(t)
	now := e.clock.Now()
	target := enforce.Target{Peer: p}
	mustApply(t, e.m, enforce.Penalty{Target: target, Kind: enforce.KindSuspend, Until: now.Add(24 * time.Hour), Source: violation("a")})
	mustApply(t, e.m, enforce.Penalty{Target: target, Kind: enforce.KindSuspend, Until: now.Add(time.Hour), Source: violation("b")})
	e.m.Close()
	m := e.open()
	es := m.Entries()
	if len(es) != 1 || !es[0].Until.Equal(now.Add(24*time.Hour)) {
		t.Fatalf("stored entry %+v", es)
	}
	// An operator may shorten it.
	mustApply(t, m, enforce.Penalty{Target: target, Kind: enforce.KindSuspend, Until: now.Add(time.Hour), Source: enforce.Source{Kind: enforce.SourceOperator, Reason: "appeal"}})
	if es := m.Entries(); !es[0].Until.Equal(now.Add(time.Hour)) {
		t.Fatalf("operator change %+v", es)
	}
}

func TestParseTarget(t *testing.T) {
	id := "12D3KooWPjceQrSwdWXPyLLeABRXmuqt69Rg3sBYbU1Nft9HyQ6X"
	cases := []struct {
		in, want, err string
	}{
		{id, id, ""},
		{"10.0.0.0/24", "10.0.0.0/24", ""},
		{" 10.0.0.7 ", "10.0.0.7/32", ""},
		{"2001:db8::/48", "2001:db8::/48", ""},
		{"2001:db8::1", "2001:db8::1/128", ""},
		{"10.0.0.300/24", "", "malformed CIDR"},
		{"10.0.0.0/33", "", "malformed CIDR"},
		{"10.0.0.1/24", "", "did you mean 10.0.0.0/24"},
		{"::ffff:10.0.0.0/104", "", "IPv4-mapped"},
		{"fe80::1%eth0", "", "zone"},
		{"", "", "empty target"},
		{"not-a-peer", "", "neither a peer ID nor a CIDR"},
	}
	for _, c := range cases {
		got, err := enforce.ParseTarget(c.in)
		if c.err != "" {
			if !isErr(err, enforce.ErrInvalid) || !strings.Contains(err.Error(), c.err) {
				t.Errorf("ParseTarget(%q) = %v, %v; want error containing %q", c.in, got, err, c.err)
			}
			continue
		}
		if err != nil || got.String() != c.want {
			t.Errorf("ParseTarget(%q) = %v, %v; want %s", c.in, got, err, c.want)
		}
	}
}

func FuzzParseTarget(f *testing.F) {
	for _, s := range []string{"12D3KooWPjceQrSwdWXPyLLeABRXmuqt69Rg3sBYbU1Nft9HyQ6X", "10.0.0.0/8", "::/0", "1.2.3.4", "fe80::1%lo/64", "/", "..", "QmYyQSo1c1Ym7orWxLYvCrM2EmxFTANf8wXmmE7DWjhx5N"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tg, err := enforce.ParseTarget(s)
		if err != nil {
			if !isErr(err, enforce.ErrInvalid) {
				t.Fatalf("error %v does not wrap ErrInvalid", err)
			}
			return
		}
		if (tg.Peer == "") == !tg.Prefix.IsValid() {
			t.Fatalf("target %+v has not exactly one of peer and prefix", tg)
		}
		// What it prints, it reads back the same.
		again, err := enforce.ParseTarget(tg.String())
		if err != nil || again != tg {
			t.Fatalf("round trip %q -> %v -> %v, %v", s, tg, again, err)
		}
	})
}

// A rate limit that took the configured rate follows SetRateLimitPPS while
// the node runs (limiter, kernel and store); one with its own PPS does not.
func TestSetRateLimitPPSRetunesConfiguredLimits(t *testing.T) {
	var opts []envOpt
	if os.Geteuid() == 0 {
		opts = append(opts, withKernel())
	}
	e := newEnv(t, opts...)
	cfgd, own := randomPeer(t), randomPeer(t)
	e.announce(cfgd, "/ip4/10.60.0.1/tcp/1")
	e.announce(own, "/ip4/10.60.0.2/tcp/1")
	now := e.clock.Now()
	if err := e.m.Apply(context.Background(), enforce.Penalty{Target: enforce.Target{Peer: cfgd}, Kind: enforce.KindRateLimit, Until: now.Add(time.Hour), Source: violation("v")}); !isErr(err, enforce.ErrInvalid) {
		t.Fatalf("a rate limit without PPS and no configured rate: %v, want ErrInvalid", err)
	}
	if err := e.m.SetRateLimitPPS(0); !isErr(err, enforce.ErrInvalid) {
		t.Fatalf("SetRateLimitPPS(0) = %v, want ErrInvalid", err)
	}
	if err := e.m.SetRateLimitPPS(4); err != nil {
		t.Fatal(err)
	}
	mustApply(t, e.m, enforce.Penalty{Target: enforce.Target{Peer: cfgd}, Kind: enforce.KindRateLimit, Until: now.Add(time.Hour), Source: violation("v")})
	mustApply(t, e.m, enforce.Penalty{Target: enforce.Target{Peer: own}, Kind: enforce.KindRateLimit, PPS: 9, Until: now.Add(time.Hour), Source: enforce.Source{Kind: enforce.SourceOperator, Reason: "r"}})
	accepted := func(p peer.ID) int {
		n := 0
		for range 20 {
			if e.m.AllowMessage(p) {
				n++
			}
		}
		return n
	}
	pps := func(p peer.ID) uint32 {
		st, ok := entryFor(e.m, enforce.Target{Peer: p}, enforce.KindRateLimit)
		if !ok {
			t.Fatalf("no rate limit entry for %s", p)
		}
		return st.PPS
	}
	if a, b := accepted(cfgd), accepted(own); a != 4 || b != 9 {
		t.Fatalf("accepted %d and %d of 20 (frozen clock), want the bursts 4 and 9", a, b)
	}

	if err := e.m.SetRateLimitPPS(2); err != nil {
		t.Fatal(err)
	}
	if got := e.m.RateLimitPPS(); got != 2 {
		t.Fatalf("RateLimitPPS() = %d after SetRateLimitPPS(2)", got)
	}
	if a, b := pps(cfgd), pps(own); a != 2 || b != 9 {
		t.Fatalf("entries have pps %d and %d after SetRateLimitPPS(2), want 2 (configured) and 9 (its own)", a, b)
	}
	e.clock.Advance(10 * time.Second) // refills every bucket to its burst
	if a, b := accepted(cfgd), accepted(own); a != 2 || b != 9 {
		t.Fatalf("after the change and a refill accepted %d and %d of 20, want 2 and 9", a, b)
	}
	if e.fw != nil {
		if ke, ok := e.kernelHas("10.60.0.1/32", bpf.KindLimit); !ok || ke.PPS != 2 {
			t.Fatalf("kernel limit of the configured-rate peer: %+v", e.kernel())
		}
		if ke, ok := e.kernelHas("10.60.0.2/32", bpf.KindLimit); !ok || ke.PPS != 9 {
			t.Fatalf("kernel limit of the own-rate peer: %+v", e.kernel())
		}
	}

	// The retuned rate is stored: a restarted manager keeps it.
	e.m.Close()
	e.m = e.open()
	if a := pps(cfgd); a != 2 {
		t.Fatalf("after a restart the configured-rate entry has pps %d, want 2", a)
	}
}
