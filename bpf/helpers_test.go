package bpf

import (
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/x0tta6bl4/westworld/bpf/netns"
)

// Test namespaces are named wwt-<pid>-<n>-{s,r}; TestMain removes those a
// killed earlier run left behind.
const nsPrefix = "wwt-"

func TestMain(m *testing.M) {
	if os.Getenv(helperEnv) != "" {
		os.Exit(runHelper())
	}
	if os.Geteuid() == 0 {
		sweepStaleNamespaces()
	}
	os.Exit(m.Run())
}

func sweepStaleNamespaces() {
	ents, err := os.ReadDir("/run/netns")
	if err != nil {
		return
	}
	for _, e := range ents {
		rest, ok := strings.CutPrefix(e.Name(), nsPrefix)
		if !ok {
			continue
		}
		pidStr, _, _ := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidStr)
		if err != nil || pid == os.Getpid() {
			continue
		}
		if unix.Kill(pid, 0) == unix.ESRCH {
			exec.Command("ip", "netns", "del", e.Name()).Run()
		}
	}
}

func requireRoot(t testing.TB) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("skipped: needs root to load eBPF programs and create network namespaces (run the bpf tests as root)")
	}
}

// run executes a command and fails the test with its output on error.
func run(t testing.TB, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// inNetns runs fn inside the named network namespace (see netns.Do).
func inNetns(name string, fn func() error) error { return netns.Do(netns.Path(name), fn) }

func mustInNetns(t testing.TB, name string, fn func() error) {
	t.Helper()
	if err := inNetns(name, fn); err != nil {
		t.Fatalf("in netns %s: %v", name, err)
	}
}

var nsCounter atomic.Int32

// testNet is two network namespaces joined by a veth pair: the sender side
// (s) has several addresses, the receiver side (r), where the firewall
// attaches, has one of each family. Neighbours are static and IPv6 has no
// link-local addresses, DAD or router solicitations, so the only packets
// that reach the receiver are the ones a test sends.
type testNet struct {
	sNS, rNS     string
	sIf, rIf     string
	sMAC, rMAC   string
	s4, r4       netip.Addr   // main addresses
	s6, r6       netip.Addr   //
	sExtra4      []netip.Addr // 10.77.0.16-.19 (inside 10.77.0.16/30) and .20 (outside)
	sExtra6      []netip.Addr // fd00:77::10-13 (inside fd00:77::10/126) and ::20 (outside)
	sAllAddrList []netip.Addr
}

func newTestNet(t testing.TB) *testNet {
	t.Helper()
	requireRoot(t)
	n := nsCounter.Add(1)
	pid := os.Getpid()
	tn := &testNet{
		sNS:  fmt.Sprintf("%s%d-%d-s", nsPrefix, pid, n),
		rNS:  fmt.Sprintf("%s%d-%d-r", nsPrefix, pid, n),
		sIf:  fmt.Sprintf("w%ds%d", pid, n),
		rIf:  fmt.Sprintf("w%dr%d", pid, n),
		sMAC: "02:77:00:00:00:02",
		rMAC: "02:77:00:00:00:01",
		s4:   netip.MustParseAddr("10.77.0.2"),
		r4:   netip.MustParseAddr("10.77.0.1"),
		s6:   netip.MustParseAddr("fd00:77::2"),
		r6:   netip.MustParseAddr("fd00:77::1"),
	}
	for _, a := range []string{"10.77.0.16", "10.77.0.17", "10.77.0.18", "10.77.0.19", "10.77.0.20"} {
		tn.sExtra4 = append(tn.sExtra4, netip.MustParseAddr(a))
	}
	for _, a := range []string{"fd00:77::10", "fd00:77::11", "fd00:77::12", "fd00:77::13", "fd00:77::20"} {
		tn.sExtra6 = append(tn.sExtra6, netip.MustParseAddr(a))
	}
	tn.sAllAddrList = append(append([]netip.Addr{tn.s4, tn.s6}, tn.sExtra4...), tn.sExtra6...)

	t.Cleanup(func() {
		exec.Command("ip", "netns", "del", tn.sNS).Run()
		exec.Command("ip", "netns", "del", tn.rNS).Run()
	})
	run(t, "ip", "netns", "add", tn.sNS)
	run(t, "ip", "netns", "add", tn.rNS)
	run(t, "ip", "link", "add", tn.sIf, "address", tn.sMAC, "netns", tn.sNS, "type", "veth",
		"peer", "name", tn.rIf, "address", tn.rMAC, "netns", tn.rNS)

	quiet := func(ifname string) func() error {
		return func() error {
			for _, kv := range [][2]string{
				{"ipv6/conf/all/accept_ra", "0"},
				{"ipv6/conf/default/accept_ra", "0"},
				{"ipv6/conf/" + ifname + "/accept_ra", "0"},
				{"ipv6/conf/" + ifname + "/addr_gen_mode", "1"}, // no link-local address
				{"ipv6/conf/" + ifname + "/router_solicitations", "0"},
				{"ipv6/conf/" + ifname + "/dad_transmits", "0"},
				{"ipv6/conf/" + ifname + "/mldv1_unsolicited_report_interval", "1"},
				{"ipv6/conf/" + ifname + "/mldv2_unsolicited_report_interval", "1"},
				{"ipv4/conf/" + ifname + "/igmpv2_unsolicited_report_interval", "1"},
				{"ipv4/conf/" + ifname + "/igmpv3_unsolicited_report_interval", "1"},
				{"ipv4/conf/all/rp_filter", "0"},
				{"ipv4/conf/" + ifname + "/rp_filter", "0"},
			} {
				if err := os.WriteFile("/proc/sys/net/"+kv[0], []byte(kv[1]), 0); err != nil {
					return fmt.Errorf("sysctl %s: %w", kv[0], err)
				}
			}
			return nil
		}
	}
	mustInNetns(t, tn.sNS, quiet(tn.sIf))
	mustInNetns(t, tn.rNS, quiet(tn.rIf))

	batch := func(ns string, lines []string) {
		t.Helper()
		cmd := exec.Command("ip", "-n", ns, "-batch", "-")
		cmd.Stdin = strings.NewReader(strings.Join(lines, "\n") + "\n")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("ip -n %s -batch: %v\n%s", ns, err, out)
		}
	}
	var sLines, rLines []string
	for _, a := range append([]netip.Addr{tn.s4}, tn.sExtra4...) {
		sLines = append(sLines, fmt.Sprintf("addr add %s/24 dev %s", a, tn.sIf))
		rLines = append(rLines, fmt.Sprintf("neigh replace %s lladdr %s dev %s nud permanent", a, tn.sMAC, tn.rIf))
	}
	for _, a := range append([]netip.Addr{tn.s6}, tn.sExtra6...) {
		sLines = append(sLines, fmt.Sprintf("addr add %s/64 dev %s nodad", a, tn.sIf))
		rLines = append(rLines, fmt.Sprintf("neigh replace %s lladdr %s dev %s nud permanent", a, tn.sMAC, tn.rIf))
	}
	sLines = append(sLines,
		fmt.Sprintf("link set %s arp off up", tn.sIf),
		"link set lo up",
		fmt.Sprintf("neigh replace %s lladdr %s dev %s nud permanent", tn.r4, tn.rMAC, tn.sIf),
		fmt.Sprintf("neigh replace %s lladdr %s dev %s nud permanent", tn.r6, tn.rMAC, tn.sIf),
	)
	rLines = append([]string{
		fmt.Sprintf("addr add %s/24 dev %s", tn.r4, tn.rIf),
		fmt.Sprintf("addr add %s/64 dev %s nodad", tn.r6, tn.rIf),
		fmt.Sprintf("link set %s up", tn.rIf),
		"link set lo up",
	}, rLines...)
	// The sender still joins solicited-node groups and reports them with
	// MLD about a second after its link comes up; drop those reports on
	// the way out so they cannot land in the receiver's counters.
	nft := exec.Command("ip", "netns", "exec", tn.sNS, "nft", "-f", "-")
	nft.Stdin = strings.NewReader(`table ip6 wwquiet {
	chain out {
		type filter hook output priority 0; policy accept;
		icmpv6 type { mld-listener-report, mld2-listener-report } drop
	}
}
`)
	if out, err := nft.CombinedOutput(); err != nil {
		t.Fatalf("nft in %s: %v\n%s", tn.sNS, err, out)
	}
	batch(tn.rNS, rLines)
	batch(tn.sNS, sLines)
	return tn
}

// firewall loads a Firewall attached to the receiver's interface.
func (tn *testNet) firewall(t testing.TB, mode Mode) *Firewall {
	t.Helper()
	var fw *Firewall
	mustInNetns(t, tn.rNS, func() error {
		var err error
		fw, err = New(Config{Interfaces: []string{tn.rIf}, Mode: mode, Logger: slog.New(slog.NewTextHandler(t.Output(), nil))})
		return err
	})
	t.Cleanup(func() { fw.Close() })
	return fw
}

// udpReceiver is a UDP socket in the receiver namespace.
type udpReceiver struct {
	conn *net.UDPConn
	addr netip.AddrPort
}

func (tn *testNet) udpReceiver(t testing.TB, local netip.Addr) *udpReceiver {
	t.Helper()
	var conn *net.UDPConn
	mustInNetns(t, tn.rNS, func() error {
		var err error
		conn, err = net.ListenUDP("udp", net.UDPAddrFromAddrPort(netip.AddrPortFrom(local, 0)))
		return err
	})
	t.Cleanup(func() { conn.Close() })
	return &udpReceiver{conn: conn, addr: conn.LocalAddr().(*net.UDPAddr).AddrPort()}
}

// drain reads datagrams until none arrives for idle and returns how many
// came from each source.
func (u *udpReceiver) drain(idle time.Duration) map[netip.Addr]int {
	got := make(map[netip.Addr]int)
	buf := make([]byte, 2048)
	for {
		u.conn.SetReadDeadline(time.Now().Add(idle))
		_, from, err := u.conn.ReadFromUDPAddrPort(buf)
		if err != nil {
			return got
		}
		got[from.Addr().Unmap()]++
	}
}

// udpSender is a UDP socket in the sender namespace bound to one source.
func (tn *testNet) udpSender(t testing.TB, src netip.Addr, dst netip.AddrPort) *net.UDPConn {
	t.Helper()
	var conn *net.UDPConn
	mustInNetns(t, tn.sNS, func() error {
		var err error
		conn, err = net.DialUDP("udp", net.UDPAddrFromAddrPort(netip.AddrPortFrom(src, 0)), net.UDPAddrFromAddrPort(dst))
		return err
	})
	t.Cleanup(func() { conn.Close() })
	return conn
}

// waitStats polls the counters until cond holds or the deadline passes;
// packets on veth are judged in the sender's softirq, usually before the
// send call returns, but not always.
func waitStats(t testing.TB, fw *Firewall, cond func(Stats) bool) Stats {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for {
		s, err := fw.Stats()
		if err != nil {
			t.Fatalf("stats: %v", err)
		}
		if cond(s) || time.Now().After(deadline) {
			return s
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (s Stats) total() uint64 { return s.Passed + s.DroppedBlocked + s.DroppedRateLimited }

func (s Stats) sub(o Stats) Stats {
	return Stats{
		Passed:                  s.Passed - o.Passed,
		PassedBytes:             s.PassedBytes - o.PassedBytes,
		DroppedBlocked:          s.DroppedBlocked - o.DroppedBlocked,
		DroppedBlockedBytes:     s.DroppedBlockedBytes - o.DroppedBlockedBytes,
		DroppedRateLimited:      s.DroppedRateLimited - o.DroppedRateLimited,
		DroppedRateLimitedBytes: s.DroppedRateLimitedBytes - o.DroppedRateLimitedBytes,
	}
}
