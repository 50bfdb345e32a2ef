package main

import (
	"encoding/binary"
	"net/netip"
	"os"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/rlimit"
)

// udp4Frame is an Ethernet/IPv4/UDP frame from src.
func udp4Frame(src netip.Addr) []byte {
	f := make([]byte, 60)
	copy(f, []byte{2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2, 0x08, 0x00})
	ip := f[14:]
	ip[0], ip[8], ip[9] = 0x45, 64, 17
	binary.BigEndian.PutUint16(ip[2:], 46)
	s := src.As4()
	copy(ip[12:], s[:])
	copy(ip[16:], []byte{10, 99, 0, 1})
	return f
}

type progs struct{ xdp, tc *ebpf.Program }

// loadBoth loads the full and the bare program with the same blocklist:
// 10.99.0.2/32 plus 10k other /32s.
func loadBoth(tb testing.TB) (full, bare progs) {
	tb.Helper()
	if os.Geteuid() != 0 {
		tb.Skip("skipped: needs root to load eBPF programs")
	}
	if err := rlimit.RemoveMemlock(); err != nil {
		tb.Fatal(err)
	}
	var f fullObjects
	if err := loadFullObjects(&f, nil); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { f.Close() })
	var b bareObjects
	if err := loadBareObjects(&b, nil); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { b.Close() })
	put := func(a netip.Addr) {
		key := bareKeyV4{Prefixlen: 32, Addr: a.As4()}
		val := bareBlockVal{Prefixlen: 32}
		for _, m := range []*ebpf.Map{f.BlockedV4, b.BlockedV4} {
			if err := m.Put(&key, &val); err != nil {
				tb.Fatal(err)
			}
		}
	}
	put(netip.MustParseAddr("10.99.0.2"))
	for i := 0; i < 10000; i++ {
		put(netip.AddrFrom4([4]byte{10, byte(i >> 8), byte(i), 1}))
	}
	return progs{f.XdpFirewall, f.TcxFirewall}, progs{b.XdpFirewall, b.TcxFirewall}
}

// TestBareMatchesFull: the bare build decides blocklist hits exactly like
// the full one, so comparing their speed compares like with like.
func TestBareMatchesFull(t *testing.T) {
	full, bare := loadBoth(t)
	for _, src := range []string{"10.99.0.2", "10.0.5.1", "10.99.0.3", "192.0.2.1"} {
		frame := udp4Frame(netip.MustParseAddr(src))
		for _, p := range [][2]*ebpf.Program{{full.xdp, bare.xdp}, {full.tc, bare.tc}} {
			a, err := p[0].Run(&ebpf.RunOptions{Data: frame})
			if err != nil {
				t.Fatal(err)
			}
			b, err := p[1].Run(&ebpf.RunOptions{Data: frame})
			if err != nil {
				t.Fatal(err)
			}
			if a != b {
				t.Errorf("%s: full returned %d, bare %d", src, a, b)
			}
		}
	}
}

// BenchmarkVerdict times full and bare programs per packet in the kernel.
func BenchmarkVerdict(b *testing.B) {
	full, bare := loadBoth(b)
	for _, c := range []struct {
		name string
		src  string
	}{{"blocked", "10.99.0.2"}, {"pass", "10.99.0.3"}} {
		frame := udp4Frame(netip.MustParseAddr(c.src))
		for _, v := range []struct {
			name string
			p    *ebpf.Program
		}{{"full/xdp", full.xdp}, {"bare/xdp", bare.xdp}, {"full/tc", full.tc}, {"bare/tc", bare.tc}} {
			b.Run(c.name+"/"+v.name, func(b *testing.B) {
				if _, _, err := v.p.Benchmark(frame, b.N, b.ResetTimer); err != nil {
					b.Fatal(err)
				}
			})
		}
	}
}
