package bpf

import (
	"encoding/binary"
	"errors"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/cilium/ebpf"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"golang.org/x/sys/unix"
)

// These tests run the loaded programs on crafted frames with
// BPF_PROG_TEST_RUN: no interface is needed, and frames that are awkward to
// produce through a veth (QinQ, runts, three VLAN tags) are easy.

const (
	xdpDrop = 1
	xdpPass = 2
	tcxDrop = 2
	tcxNext = 0xffffffff // -1
)

const (
	etherIPv4   = 0x0800
	etherIPv6   = 0x86dd
	etherARP    = 0x0806
	ether8021Q  = 0x8100
	ether8021AD = 0x88a8
)

// frame builds an Ethernet frame with the given VLAN tag protocol IDs
// (outermost first) around an L3 payload.
func frame(etherType uint16, tpids []uint16, l3 []byte) []byte {
	b := []byte{2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2}
	for i, tpid := range tpids {
		b = binary.BigEndian.AppendUint16(b, tpid)
		b = binary.BigEndian.AppendUint16(b, uint16(100+i)) // TCI: VLAN id
	}
	b = binary.BigEndian.AppendUint16(b, etherType)
	return append(b, l3...)
}

// ipv4Packet is a minimal IPv4/UDP packet with a valid header checksum.
func ipv4Packet(src, dst netip.Addr) []byte {
	h := make([]byte, 20, 28+8)
	h[0] = 0x45
	binary.BigEndian.PutUint16(h[2:], 20+8+8)
	h[8] = 64
	h[9] = 17
	s, d := src.As4(), dst.As4()
	copy(h[12:], s[:])
	copy(h[16:], d[:])
	var sum uint32
	for i := 0; i < 20; i += 2 {
		sum += uint32(binary.BigEndian.Uint16(h[i:]))
	}
	for sum > 0xffff {
		sum = sum&0xffff + sum>>16
	}
	binary.BigEndian.PutUint16(h[10:], ^uint16(sum))
	udp := []byte{0x30, 0x39, 0x00, 0x35, 0, 16, 0, 0}
	return append(append(h, udp...), make([]byte, 8)...)
}

func ipv6Packet(src, dst netip.Addr) []byte {
	h := make([]byte, 40, 40+16)
	h[0] = 0x60
	binary.BigEndian.PutUint16(h[4:], 16)
	h[6] = 17
	h[7] = 64
	s, d := src.As16(), dst.As16()
	copy(h[8:], s[:])
	copy(h[24:], d[:])
	udp := []byte{0x30, 0x39, 0x00, 0x35, 0, 16, 0, 0}
	return append(append(h, udp...), make([]byte, 8)...)
}

var (
	blockedNet4  = netip.MustParsePrefix("198.51.100.0/24")
	blockedNet6  = netip.MustParsePrefix("2001:db8:bad::/48")
	limitedHost4 = netip.MustParseAddr("203.0.113.5")
	okSrc4       = netip.MustParseAddr("192.0.2.10")
	okSrc6       = netip.MustParseAddr("2001:db8:1::10")
	dst4         = netip.MustParseAddr("192.0.2.1")
	dst6         = netip.MustParseAddr("2001:db8:1::1")
)

// loadedFirewall is a Firewall attached nowhere, with the fixture blocks.
func loadedFirewall(t testing.TB) *Firewall {
	t.Helper()
	requireRoot(t)
	fw, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { fw.Close() })
	for _, p := range []netip.Prefix{blockedNet4, blockedNet6} {
		if err := fw.Block(p, time.Time{}); err != nil {
			t.Fatal(err)
		}
	}
	return fw
}

// tcRefuses reports whether the kernel refuses an skb test run of data:
// it rejects frames whose EtherType is IPv4 or IPv6 but whose L3 header is
// cut short (such a frame never reaches tc in real life either; the
// driver's skb would have been dropped by the IP layer after us).
func tcRefuses(data []byte) bool {
	switch binary.BigEndian.Uint16(data[12:]) {
	case etherIPv4:
		return len(data) < 14+20
	case etherIPv6:
		return len(data) < 14+40
	}
	return false
}

// verdicts runs both programs on data and reports whether each dropped it.
// Where the kernel refuses the tc test run, the XDP verdict stands for both.
func verdicts(t testing.TB, fw *Firewall, data []byte) (xdpDropped, tcDropped bool) {
	t.Helper()
	xr, err := fw.objs.XdpFirewall.Run(&ebpf.RunOptions{Data: data})
	if err != nil {
		t.Fatalf("xdp test run: %v", err)
	}
	tr, err := fw.objs.TcxFirewall.Run(&ebpf.RunOptions{Data: data})
	if errors.Is(err, unix.EINVAL) && tcRefuses(data) {
		tr, err = tcxNext, nil
		if xr == xdpDrop {
			tr = tcxDrop
		}
	}
	if err != nil {
		t.Fatalf("tc test run: %v", err)
	}
	if xr != xdpDrop && xr != xdpPass {
		t.Fatalf("xdp returned %d", xr)
	}
	if tr != tcxDrop && tr != tcxNext {
		t.Fatalf("tc returned %#x", tr)
	}
	return xr == xdpDrop, tr == tcxDrop
}

func TestProgramParsing(t *testing.T) {
	fw := loadedFirewall(t)
	bad4 := netip.MustParseAddr("198.51.100.7")
	bad6 := netip.MustParseAddr("2001:db8:bad::7")
	v4 := func(src netip.Addr) []byte { return ipv4Packet(src, dst4) }
	v6 := func(src netip.Addr) []byte { return ipv6Packet(src, dst6) }
	for _, tc := range []struct {
		name string
		data []byte
		drop bool
	}{
		{"ipv4 blocked", frame(etherIPv4, nil, v4(bad4)), true},
		{"ipv4 allowed", frame(etherIPv4, nil, v4(okSrc4)), false},
		{"ipv4 blocked as destination only", frame(etherIPv4, nil, ipv4Packet(okSrc4, bad4)), false},
		{"ipv4 802.1Q blocked", frame(etherIPv4, []uint16{ether8021Q}, v4(bad4)), true},
		{"ipv4 802.1Q allowed", frame(etherIPv4, []uint16{ether8021Q}, v4(okSrc4)), false},
		{"ipv4 QinQ 802.1ad blocked", frame(etherIPv4, []uint16{ether8021AD, ether8021Q}, v4(bad4)), true},
		{"ipv4 QinQ double 802.1Q blocked", frame(etherIPv4, []uint16{ether8021Q, ether8021Q}, v4(bad4)), true},
		{"ipv4 three tags not judged", frame(etherIPv4, []uint16{ether8021AD, ether8021Q, ether8021Q}, v4(bad4)), false},
		{"ipv6 blocked", frame(etherIPv6, nil, v6(bad6)), true},
		{"ipv6 allowed", frame(etherIPv6, nil, v6(okSrc6)), false},
		{"ipv6 802.1Q blocked", frame(etherIPv6, []uint16{ether8021Q}, v6(bad6)), true},
		{"ipv6 QinQ blocked", frame(etherIPv6, []uint16{ether8021AD, ether8021Q}, v6(bad6)), true},
		{"ipv4-mapped ipv6 source is not ipv4", frame(etherIPv6, nil, v6(netip.AddrFrom16(bad4.As16()))), false},
		{"arp passes", frame(etherARP, nil, make([]byte, 28)), false},
		{"truncated ipv4 passes", frame(etherIPv4, nil, v4(bad4)[:12]), false},
		{"truncated ipv6 passes", frame(etherIPv6, nil, v6(bad6)[:39]), false},
		{"truncated vlan tag passes", frame(etherIPv4, []uint16{ether8021Q}, nil)[:16], false},
		{"bare ethernet header passes", frame(etherIPv4, nil, nil), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			xd, td := verdicts(t, fw, tc.data)
			if xd != tc.drop || td != tc.drop {
				t.Errorf("xdp dropped=%v, tc dropped=%v; want %v", xd, td, tc.drop)
			}
		})
	}
}

func TestProgramCounters(t *testing.T) {
	fw := loadedFirewall(t)
	blocked := frame(etherIPv4, nil, ipv4Packet(netip.MustParseAddr("198.51.100.9"), dst4))
	allowed := frame(etherIPv6, nil, ipv6Packet(okSrc6, dst6))
	for i := 0; i < 3; i++ {
		verdicts(t, fw, blocked) // 2 drops per call: xdp and tc
	}
	verdicts(t, fw, allowed)
	s, err := fw.Stats()
	if err != nil {
		t.Fatal(err)
	}
	want := Stats{
		Passed: 2, PassedBytes: 2 * uint64(len(allowed)),
		DroppedBlocked: 6, DroppedBlockedBytes: 6 * uint64(len(blocked)),
	}
	if s != want {
		t.Fatalf("stats %+v, want %+v", s, want)
	}

	expected := `
# HELP westworld_bpf_packets_total Packets judged by the eBPF firewall, by result.
# TYPE westworld_bpf_packets_total counter
westworld_bpf_packets_total{result="dropped_blocked"} 6
westworld_bpf_packets_total{result="dropped_rate_limited"} 0
westworld_bpf_packets_total{result="passed"} 2
`
	if err := testutil.CollectAndCompare(NewCollector(fw), strings.NewReader(expected), "westworld_bpf_packets_total"); err != nil {
		t.Fatal(err)
	}
	if n := testutil.CollectAndCount(NewCollector(fw)); n != 6 {
		t.Fatalf("collector exports %d series, want 6", n)
	}
	fw.Close()
	if err := testutil.CollectAndCompare(NewCollector(fw), strings.NewReader(expected)); err == nil {
		t.Fatal("collector on a closed firewall reported no error")
	}
}

// TestProgramRateLimit checks the GCRA bucket exactly: burst packets pass
// back to back, the next is dropped, and credit comes back with time but
// never beyond the burst.
func TestProgramRateLimit(t *testing.T) {
	fw := loadedFirewall(t)
	if err := fw.Limit(host(limitedHost4), 100, 3, time.Time{}); err != nil {
		t.Fatal(err)
	}
	pkt := frame(etherIPv4, nil, ipv4Packet(limitedHost4, dst4))
	run := func() bool {
		r, err := fw.objs.XdpFirewall.Run(&ebpf.RunOptions{Data: pkt})
		if err != nil {
			t.Fatal(err)
		}
		return r == xdpDrop
	}
	var got []bool
	for i := 0; i < 5; i++ {
		got = append(got, run())
	}
	if want := []bool{false, false, false, true, true}; !equalBools(got, want) {
		t.Fatalf("drops %v, want %v (burst 3)", got, want)
	}
	// 100 pps: 10ms buys one packet; 200ms buys many, capped at the burst.
	time.Sleep(200 * time.Millisecond)
	got = got[:0]
	for i := 0; i < 5; i++ {
		got = append(got, run())
	}
	if want := []bool{false, false, false, true, true}; !equalBools(got, want) {
		t.Fatalf("after idling, drops %v, want %v (burst caps the credit)", got, want)
	}
	s, _ := fw.Stats()
	if s.DroppedRateLimited != 4 || s.Passed != 6 {
		t.Fatalf("stats %+v, want 6 passed and 4 rate-limited", s)
	}
	// Other sources are not limited, blocks still win over limits.
	if xd, _ := verdicts(t, fw, frame(etherIPv4, nil, ipv4Packet(okSrc4, dst4))); xd {
		t.Fatal("unlimited source dropped")
	}
	if err := fw.Block(host(limitedHost4), time.Time{}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond)
	if xd, _ := verdicts(t, fw, pkt); !xd {
		t.Fatal("blocked and limited source passed")
	}
	before, _ := fw.Stats()
	if err := fw.Lift(host(limitedHost4)); err != nil {
		t.Fatal(err)
	}
	// Lift forgot the bucket: a new limit starts with a full burst.
	if err := fw.Limit(host(limitedHost4), 1, 2, time.Time{}); err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	for i := 0; i < 3; i++ {
		got = append(got, run())
	}
	if want := []bool{false, false, true}; !equalBools(got, want) {
		t.Fatalf("after lift and new limit, drops %v, want %v", got, want)
	}
	after, _ := fw.Stats()
	if d := after.sub(before); d.Passed != 2 || d.DroppedRateLimited != 1 {
		t.Fatalf("delta %+v", d)
	}

	// A prefix limit gives each address its own bucket; lifting the
	// prefix forgets all of them (the walk over the bucket table).
	if err := fw.Lift(host(limitedHost4)); err != nil {
		t.Fatal(err)
	}
	net24 := netip.PrefixFrom(limitedHost4, 24).Masked()
	if err := fw.Limit(net24, 1, 1, time.Time{}); err != nil {
		t.Fatal(err)
	}
	neighbour := frame(etherIPv4, nil, ipv4Packet(limitedHost4.Next(), dst4))
	runOn := func(data []byte) bool {
		r, err := fw.objs.XdpFirewall.Run(&ebpf.RunOptions{Data: data})
		if err != nil {
			t.Fatal(err)
		}
		return r == xdpDrop
	}
	if got := []bool{runOn(pkt), runOn(pkt), runOn(neighbour), runOn(neighbour)}; !equalBools(got, []bool{false, true, false, true}) {
		t.Fatalf("per-address buckets under a /24 limit: drops %v", got)
	}
	if err := fw.Lift(net24); err != nil {
		t.Fatal(err)
	}
	if err := fw.Limit(net24, 1, 1, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if runOn(pkt) || runOn(neighbour) {
		t.Fatal("buckets survived lifting the /24")
	}
}

func equalBools(a, b []bool) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// refDrop is the Go model of the program's blocklist decision: Ethernet,
// up to two 802.1Q/802.1ad tags, then the IPv4 or IPv6 source address.
func refDrop(data []byte, blocked []netip.Prefix) bool {
	if len(data) < 14 {
		return false
	}
	proto := binary.BigEndian.Uint16(data[12:])
	pos := 14
	for i := 0; i < 2 && (proto == ether8021Q || proto == ether8021AD); i++ {
		if len(data) < pos+4 {
			return false
		}
		proto = binary.BigEndian.Uint16(data[pos+2:])
		pos += 4
	}
	var src netip.Addr
	switch proto {
	case etherIPv4:
		if len(data) < pos+20 {
			return false
		}
		src = netip.AddrFrom4([4]byte(data[pos+12 : pos+16]))
	case etherIPv6:
		if len(data) < pos+40 {
			return false
		}
		src = netip.AddrFrom16([16]byte(data[pos+8 : pos+24]))
	default:
		return false
	}
	for _, p := range blocked {
		if p.Contains(src) {
			return true
		}
	}
	return false
}

// FuzzProgramVerdict feeds arbitrary frames to both programs in the kernel
// and checks them against the Go model: the parser must never drop what it
// should pass or pass what it should drop, and XDP and tc must agree.
func FuzzProgramVerdict(f *testing.F) {
	bad4 := netip.MustParseAddr("198.51.100.7")
	bad6 := netip.MustParseAddr("2001:db8:bad::7")
	for _, seed := range [][]byte{
		frame(etherIPv4, nil, ipv4Packet(bad4, dst4)),
		frame(etherIPv4, nil, ipv4Packet(okSrc4, dst4)),
		frame(etherIPv4, []uint16{ether8021Q}, ipv4Packet(bad4, dst4)),
		frame(etherIPv4, []uint16{ether8021AD, ether8021Q}, ipv4Packet(bad4, dst4)),
		frame(etherIPv4, []uint16{ether8021AD, ether8021Q, ether8021Q}, ipv4Packet(bad4, dst4)),
		frame(etherIPv6, nil, ipv6Packet(bad6, dst6)),
		frame(etherIPv6, []uint16{ether8021Q}, ipv6Packet(okSrc6, dst6)),
		frame(etherARP, nil, make([]byte, 28)),
		frame(etherIPv4, nil, ipv4Packet(bad4, dst4))[:20],
	} {
		f.Add(seed)
	}
	fw := loadedFirewall(f)
	blocked := []netip.Prefix{blockedNet4, blockedNet6}
	f.Fuzz(func(t *testing.T, data []byte) {
		// The kernel refuses test runs shorter than an Ethernet header;
		// beyond a page the frame no longer fits a test-run buffer.
		if len(data) < 14 || len(data) > 1500 {
			t.Skip()
		}
		xd, td := verdicts(t, fw, data)
		want := refDrop(data, blocked)
		if xd != want || td != want {
			t.Fatalf("xdp dropped=%v tc dropped=%v, model says %v for %x", xd, td, want, data)
		}
	})
}
