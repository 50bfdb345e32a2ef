package bpf

import (
	"math/rand/v2"
	"net/netip"
	"testing"
	"time"

	"github.com/cilium/ebpf"
)

// fillBlocklist adds n blocks of random /32 and /24 IPv4 prefixes in
// 10.0.0.0/8, so lookups walk a trie of realistic size.
func fillBlocklist(b *testing.B, fw *Firewall, n int) {
	b.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < n; i++ {
		a := netip.AddrFrom4([4]byte{10, byte(r.IntN(256)), byte(r.IntN(256)), byte(r.IntN(256))})
		bits := 32
		if i%4 == 0 {
			bits = 24
		}
		if err := fw.Block(netip.PrefixFrom(a, bits), time.Time{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProgram measures the per-packet cost of the programs in the
// kernel (BPF_PROG_TEST_RUN repeats the program b.N times in one call).
func BenchmarkProgram(b *testing.B) {
	fw := loadedFirewall(b)
	fillBlocklist(b, fw, 10000)
	limited := netip.MustParseAddr("203.0.113.77")
	if err := fw.Limit(host(limited), 1, 1, time.Time{}); err != nil {
		b.Fatal(err)
	}
	cases := []struct {
		name string
		data []byte
	}{
		{"pass-ipv4", frame(etherIPv4, nil, ipv4Packet(okSrc4, dst4))},
		{"pass-ipv6", frame(etherIPv6, nil, ipv6Packet(okSrc6, dst6))},
		{"blocked-ipv4", frame(etherIPv4, nil, ipv4Packet(netip.MustParseAddr("198.51.100.7"), dst4))},
		{"blocked-ipv4-qinq", frame(etherIPv4, []uint16{ether8021AD, ether8021Q}, ipv4Packet(netip.MustParseAddr("198.51.100.7"), dst4))},
		{"rate-limited-ipv4", frame(etherIPv4, nil, ipv4Packet(limited, dst4))},
		{"non-ip", frame(etherARP, nil, make([]byte, 28))},
	}
	for _, prog := range []struct {
		name string
		p    *ebpf.Program
	}{{"xdp", fw.objs.XdpFirewall}, {"tc", fw.objs.TcxFirewall}} {
		for _, c := range cases {
			b.Run(prog.name+"/"+c.name, func(b *testing.B) {
				if _, _, err := prog.p.Benchmark(c.data, b.N, b.ResetTimer); err != nil {
					b.Fatal(err)
				}
			})
		}
	}
}

// BenchmarkBlockLift measures a map update and a delete, as the enforcer
// issues them, against a blocklist of 10k entries.
func BenchmarkBlockLift(b *testing.B) {
	fw := loadedFirewall(b)
	fillBlocklist(b, fw, 10000)
	p := netip.MustParsePrefix("192.0.2.77/32")
	until := time.Now().Add(time.Hour)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := fw.Block(p, until); err != nil {
			b.Fatal(err)
		}
		if err := fw.Lift(p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStats(b *testing.B) {
	fw := loadedFirewall(b)
	for i := 0; i < b.N; i++ {
		if _, err := fw.Stats(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEntries(b *testing.B) {
	fw := loadedFirewall(b)
	fillBlocklist(b, fw, 1000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := fw.Entries(); err != nil {
			b.Fatal(err)
		}
	}
}
