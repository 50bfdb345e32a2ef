package bpf

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/netip"
	"os/exec"
	"regexp"
	"strconv"
	"sync"
	"testing"
	"time"
)

const (
	udpPayload = 32
	udpCount   = 5
	pingCount  = 3
	// ping's default payload is 56 bytes.
	icmpFrame4 = 14 + 20 + 8 + 56
	icmpFrame6 = 14 + 40 + 8 + 56
	udpFrame4  = 14 + 20 + 8 + udpPayload
	udpFrame6  = 14 + 40 + 8 + udpPayload
)

// harness drives traffic from the sender namespace to the receiver, where
// fw is attached, and checks both what arrives and what the counters say.
type harness struct {
	tn  *testNet
	fw  *Firewall
	udp map[netip.Addr]*udpReceiver // by receiver address
	tcp map[netip.Addr]netip.AddrPort
}

func newHarness(t *testing.T, mode Mode) *harness {
	t.Helper()
	tn := newTestNet(t)
	h := &harness{tn: tn, fw: tn.firewall(t, mode), udp: map[netip.Addr]*udpReceiver{}, tcp: map[netip.Addr]netip.AddrPort{}}
	for _, r := range []netip.Addr{tn.r4, tn.r6} {
		h.udp[r] = tn.udpReceiver(t, r)
		var ln net.Listener
		mustInNetns(t, tn.rNS, func() error {
			var err error
			ln, err = net.Listen("tcp", netip.AddrPortFrom(r, 0).String())
			return err
		})
		h.tcp[r] = ln.Addr().(*net.TCPAddr).AddrPort()
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				c, err := ln.Accept()
				if err != nil {
					return
				}
				go func() { // echo until the client closes
					defer c.Close()
					io.Copy(c, c)
				}()
			}
		}()
		t.Cleanup(func() { ln.Close(); wg.Wait() })
	}
	return h
}

func (h *harness) dst(src netip.Addr) netip.Addr {
	if src.Is4() {
		return h.tn.r4
	}
	return h.tn.r6
}

// settle waits until no packet has been judged for 30ms, so that TCP
// teardown and other trailing packets of a previous step are counted
// before the next step takes its baseline.
func (h *harness) settle(t *testing.T) Stats {
	t.Helper()
	prev, err := h.fw.Stats()
	if err != nil {
		t.Fatal(err)
	}
	stable := 0
	for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
		s, err := h.fw.Stats()
		if err != nil {
			t.Fatal(err)
		}
		if s == prev {
			if stable++; stable == 3 {
				return s
			}
		} else {
			stable, prev = 0, s
		}
	}
	t.Fatalf("counters never settled: %+v", prev)
	return prev
}

// expectUDP sends udpCount datagrams from src and checks they all arrive
// (pass) or none does (drop), and that the counters moved by exactly that.
func (h *harness) expectUDP(t *testing.T, src netip.Addr, pass bool) {
	t.Helper()
	before := h.settle(t)
	rcv := h.udp[h.dst(src)]
	conn := h.tn.udpSender(t, src, rcv.addr)
	payload := make([]byte, udpPayload)
	for i := 0; i < udpCount; i++ {
		if _, err := conn.Write(payload); err != nil {
			t.Fatalf("udp send from %s: %v", src, err)
		}
	}
	conn.Close()
	frame := uint64(udpFrame4)
	if src.Is6() {
		frame = udpFrame6
	}
	d := waitStats(t, h.fw, func(s Stats) bool { return s.total()-before.total() >= udpCount }).sub(before)
	want := Stats{Passed: udpCount, PassedBytes: udpCount * frame}
	idle := time.Second
	if !pass {
		want = Stats{DroppedBlocked: udpCount, DroppedBlockedBytes: udpCount * frame}
		idle = 30 * time.Millisecond
	}
	if d != want {
		t.Errorf("udp from %s (pass=%v): counter delta %+v, want %+v", src, pass, d, want)
	}
	got := rcv.receive(src, udpCount, idle)
	if pass && got != udpCount {
		t.Errorf("udp from %s: %d of %d datagrams arrived, want all", src, got, udpCount)
	}
	if !pass && got != 0 {
		t.Errorf("udp from %s: %d datagrams arrived while blocked", src, got)
	}
}

// receive reads until n datagrams from src arrived or none came for idle.
func (u *udpReceiver) receive(src netip.Addr, n int, idle time.Duration) int {
	buf := make([]byte, 2048)
	got := 0
	for got < n {
		u.conn.SetReadDeadline(time.Now().Add(idle))
		_, from, err := u.conn.ReadFromUDPAddrPort(buf)
		if err != nil {
			break
		}
		if from.Addr().Unmap() == src {
			got++
		}
	}
	if n == 0 || got == n {
		// Also catch datagrams that should not have arrived.
		u.conn.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
		for {
			_, from, err := u.conn.ReadFromUDPAddrPort(buf)
			if err != nil {
				break
			}
			if from.Addr().Unmap() == src {
				got++
			}
		}
	}
	return got
}

var pingReceived = regexp.MustCompile(`(\d+) received`)

// expectICMP pings the receiver from src with the real ping tool.
func (h *harness) expectICMP(t *testing.T, src netip.Addr, pass bool) {
	t.Helper()
	before := h.settle(t)
	out, _ := exec.Command("ip", "netns", "exec", h.tn.sNS, "ping", "-n", "-c", strconv.Itoa(pingCount),
		"-i", "0.01", "-W", "0.3", "-I", src.String(), h.dst(src).String()).CombinedOutput()
	m := pingReceived.FindSubmatch(out)
	if m == nil {
		t.Fatalf("ping from %s: unexpected output:\n%s", src, out)
	}
	received, _ := strconv.Atoi(string(m[1]))
	frame := uint64(icmpFrame4)
	if src.Is6() {
		frame = icmpFrame6
	}
	d := waitStats(t, h.fw, func(s Stats) bool { return s.total()-before.total() >= pingCount }).sub(before)
	want := Stats{Passed: pingCount, PassedBytes: pingCount * frame}
	wantRecv := pingCount
	if !pass {
		want = Stats{DroppedBlocked: pingCount, DroppedBlockedBytes: pingCount * frame}
		wantRecv = 0
	}
	if received != wantRecv {
		t.Errorf("ping from %s: %d replies, want %d\n%s", src, received, wantRecv, out)
	}
	if d != want {
		t.Errorf("ping from %s (pass=%v): counter delta %+v, want %+v", src, pass, d, want)
	}
}

// expectTCP connects from src to the echo server. Through, a round trip
// must work; blocked, the connect must time out having lost exactly its
// one SYN (the first retransmission comes after 1s).
func (h *harness) expectTCP(t *testing.T, src netip.Addr, pass bool) {
	t.Helper()
	before := h.settle(t)
	timeout := 2 * time.Second
	if !pass {
		timeout = 300 * time.Millisecond
	}
	var conn net.Conn
	dialErr := inNetns(h.tn.sNS, func() error {
		d := net.Dialer{Timeout: timeout, LocalAddr: net.TCPAddrFromAddrPort(netip.AddrPortFrom(src, 0))}
		var err error
		conn, err = d.Dial("tcp", h.tcp[h.dst(src)].String())
		return err
	})
	if !pass {
		if dialErr == nil {
			conn.Close()
			t.Fatalf("tcp from %s connected while blocked", src)
		}
		var ne net.Error
		if !errors.As(dialErr, &ne) || !ne.Timeout() {
			t.Fatalf("tcp from %s: want a connect timeout, got %v", src, dialErr)
		}
		d := waitStats(t, h.fw, func(s Stats) bool { return s.DroppedBlocked > before.DroppedBlocked }).sub(before)
		if d.DroppedBlocked != 1 || d.Passed != 0 {
			t.Errorf("tcp from %s: counter delta %+v, want exactly one dropped SYN", src, d)
		}
		return
	}
	if dialErr != nil {
		t.Fatalf("tcp from %s: %v", src, dialErr)
	}
	conn.SetDeadline(time.Now().Add(2 * time.Second))
	msg := []byte("westworld\n")
	if _, err := conn.Write(msg); err != nil {
		t.Fatalf("tcp write from %s: %v", src, err)
	}
	line, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil || line != string(msg) {
		t.Fatalf("tcp echo from %s: %q, %v", src, line, err)
	}
	conn.Close()
	d := h.settle(t).sub(before)
	// SYN, ACK, data, FIN and ACKs: at least four, all passed.
	if d.Passed < 4 || d.DroppedBlocked != 0 || d.DroppedRateLimited != 0 {
		t.Errorf("tcp from %s: counter delta %+v, want >= 4 passed and nothing dropped", src, d)
	}
}

func (h *harness) expectAll(t *testing.T, src netip.Addr, pass bool) {
	t.Helper()
	h.expectUDP(t, src, pass)
	h.expectICMP(t, src, pass)
	h.expectTCP(t, src, pass)
}

func host(a netip.Addr) netip.Prefix { return netip.PrefixFrom(a, a.BitLen()) }

func TestFirewallBlockLiftExpire(t *testing.T) {
	requireRoot(t)
	for _, mode := range []Mode{ModeTCX, ModeXDP} {
		t.Run(string(mode), func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, mode)
			atts := h.fw.Attachments()
			if len(atts) != 1 || atts[0].Mode != mode || atts[0].Interface != h.tn.rIf {
				t.Fatalf("attachments %+v, want one %s on %s", atts, mode, h.tn.rIf)
			}
			for _, src := range []netip.Addr{h.tn.s4, h.tn.s6} {
				t.Run(fmt.Sprintf("ipv%d", map[bool]int{true: 4, false: 6}[src.Is4()]), func(t *testing.T) {
					h.expectAll(t, src, true)

					if err := h.fw.Block(host(src), time.Time{}); err != nil {
						t.Fatal(err)
					}
					ents, err := h.fw.Entries()
					if err != nil {
						t.Fatal(err)
					}
					if len(ents) != 1 || ents[0] != (Entry{Prefix: host(src), Kind: KindBlock}) {
						t.Fatalf("entries %+v, want one block of %s", ents, host(src))
					}
					h.expectAll(t, src, false)
					// The other family and other addresses are untouched.
					h.expectUDP(t, h.tn.sExtra4[4], true)
					h.expectUDP(t, h.tn.sExtra6[4], true)

					if err := h.fw.Lift(host(src)); err != nil {
						t.Fatal(err)
					}
					if err := h.fw.Lift(host(src)); !errors.Is(err, ErrNotFound) {
						t.Fatalf("second lift: %v, want ErrNotFound", err)
					}
					h.expectAll(t, src, true)

					until := time.Now().Add(300 * time.Millisecond)
					if err := h.fw.Block(host(src), until); err != nil {
						t.Fatal(err)
					}
					ents, _ = h.fw.Entries()
					if len(ents) != 1 || ents[0].Until.Sub(until).Abs() > 5*time.Millisecond {
						t.Fatalf("entries %+v, want one block until %s", ents, until)
					}
					h.expectUDP(t, src, false)
					time.Sleep(time.Until(until) + 20*time.Millisecond)
					h.expectUDP(t, src, true)
					h.expectICMP(t, src, true)
					if ents, _ := h.fw.Entries(); len(ents) != 0 {
						t.Fatalf("entries after expiry %+v, want none", ents)
					}
					if n, err := h.fw.Prune(); err != nil || n != 1 {
						t.Fatalf("prune: %d, %v; want 1 expired entry removed", n, err)
					}
				})
			}
		})
	}
}

func TestFirewallCIDR(t *testing.T) {
	requireRoot(t)
	for _, mode := range []Mode{ModeTCX, ModeXDP} {
		t.Run(string(mode), func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, mode)
			for _, tc := range []struct {
				name    string
				prefix  netip.Prefix
				inside  []netip.Addr
				outside []netip.Addr
			}{
				{"ipv4", netip.MustParsePrefix("10.77.0.16/30"), h.tn.sExtra4[:4], []netip.Addr{h.tn.sExtra4[4], h.tn.s4}},
				{"ipv6", netip.MustParsePrefix("fd00:77::10/126"), h.tn.sExtra6[:4], []netip.Addr{h.tn.sExtra6[4], h.tn.s6}},
			} {
				t.Run(tc.name, func(t *testing.T) {
					if err := h.fw.Block(tc.prefix, time.Time{}); err != nil {
						t.Fatal(err)
					}
					for _, a := range tc.inside {
						h.expectUDP(t, a, false)
					}
					for _, a := range tc.outside {
						h.expectUDP(t, a, true)
					}
					h.expectICMP(t, tc.inside[1], false)

					// A more specific entry that expires must not
					// shadow the prefix around it once it has expired.
					inner := host(tc.inside[1])
					until := time.Now().Add(100 * time.Millisecond)
					if err := h.fw.Block(inner, until); err != nil {
						t.Fatal(err)
					}
					time.Sleep(time.Until(until) + 20*time.Millisecond)
					h.expectUDP(t, tc.inside[1], false)

					if err := h.fw.Lift(tc.prefix); err != nil {
						t.Fatal(err)
					}
					for _, a := range tc.inside {
						h.expectUDP(t, a, true)
					}
					if n, err := h.fw.Prune(); err != nil || n != 1 {
						t.Fatalf("prune: %d, %v; want the expired %s removed", n, err, inner)
					}
				})
			}
		})
	}
}

// TestFirewallRateLimit floods at many times the configured rate from two
// threads at once and checks that the receiver gets close to rate*window
// plus the burst, and that every packet is accounted for.
func TestFirewallRateLimit(t *testing.T) {
	const (
		pps    = 1000
		burst  = 100
		window = 700 * time.Millisecond
	)
	requireRoot(t)
	for _, tc := range []struct {
		mode Mode
		ipv6 bool
	}{{ModeTCX, false}, {ModeXDP, false}, {ModeTCX, true}} {
		name := string(tc.mode) + map[bool]string{false: "/ipv4", true: "/ipv6"}[tc.ipv6]
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, tc.mode)
			src := h.tn.s4
			if tc.ipv6 {
				src = h.tn.s6
			}
			rcv := h.udp[h.dst(src)]
			if err := h.fw.Limit(host(src), pps, burst, time.Time{}); err != nil {
				t.Fatal(err)
			}
			ents, _ := h.fw.Entries()
			if len(ents) != 1 || ents[0] != (Entry{Prefix: host(src), Kind: KindLimit, PPS: pps, Burst: burst}) {
				t.Fatalf("entries %+v", ents)
			}
			before := h.settle(t)

			var received int
			done := make(chan struct{})
			go func() {
				defer close(done)
				buf := make([]byte, 2048)
				for {
					rcv.conn.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
					if _, _, err := rcv.conn.ReadFromUDPAddrPort(buf); err != nil {
						return
					}
					received++
				}
			}()

			ctx, cancel := context.WithTimeout(context.Background(), window)
			defer cancel()
			var sent [2]int
			var wg sync.WaitGroup
			start := time.Now()
			for i := range sent {
				conn := h.tn.udpSender(t, src, rcv.addr)
				wg.Add(1)
				go func() {
					defer wg.Done()
					payload := make([]byte, udpPayload)
					for ctx.Err() == nil {
						if _, err := conn.Write(payload); err == nil {
							sent[i]++
						}
					}
				}()
			}
			wg.Wait()
			elapsed := time.Since(start)
			<-done
			total := sent[0] + sent[1]
			d := h.settle(t).sub(before)

			expected := burst + pps*elapsed.Seconds()
			t.Logf("sent %d in %v (%.0f pps), received %d, expected %.0f; counters %+v",
				total, elapsed, float64(total)/elapsed.Seconds(), received, expected, d)
			if float64(total) < 10*expected {
				t.Fatalf("flood too slow to test the limit: %d packets sent, want >= %.0f", total, 10*expected)
			}
			// Upper bound: GCRA never admits more than burst + rate*time.
			// Lower bound: a sender stalled for longer than burst/pps
			// (100ms) on a loaded machine loses credit, so allow 15%.
			if float64(received) > expected*1.02+2 || float64(received) < expected*0.85 {
				t.Errorf("received %d, want within [0.85, 1.02] of %.0f", received, expected)
			}
			if d.Passed+d.DroppedRateLimited != uint64(total) || d.DroppedBlocked != 0 {
				t.Errorf("counters %+v do not account for %d sent packets", d, total)
			}
			if d.Passed != uint64(received) {
				t.Errorf("passed counter %d, receiver got %d", d.Passed, received)
			}

			// A block overrides the limit; lifting removes both.
			if err := h.fw.Block(host(src), time.Time{}); err != nil {
				t.Fatal(err)
			}
			h.expectUDP(t, src, false)
			if err := h.fw.Lift(host(src)); err != nil {
				t.Fatal(err)
			}
			if ents, _ := h.fw.Entries(); len(ents) != 0 {
				t.Fatalf("entries after lift %+v", ents)
			}
			h.expectUDP(t, src, true)
		})
	}
}

func TestFirewallAutoMode(t *testing.T) {
	tn := newTestNet(t)
	// This kernel has no dummy driver; a bridge and a tap are software
	// interfaces just the same.
	run(t, "ip", "-n", tn.rNS, "link", "add", "wwbr0", "type", "bridge")
	run(t, "ip", "-n", tn.rNS, "tuntap", "add", "wwtap0", "mode", "tap")
	var fw *Firewall
	mustInNetns(t, tn.rNS, func() error {
		var err error
		fw, err = New(Config{Interfaces: []string{tn.rIf, "wwbr0", "wwtap0", "lo"}, Logger: slog.New(slog.NewTextHandler(t.Output(), nil))})
		return err
	})
	defer fw.Close()
	atts := fw.Attachments()
	want := []struct{ iface, driver string }{{tn.rIf, "veth"}, {"wwbr0", "bridge"}, {"wwtap0", "tun"}, {"lo", "loopback"}}
	if len(atts) != len(want) {
		t.Fatalf("attachments %+v", atts)
	}
	for i, w := range want {
		a := atts[i]
		if a.Interface != w.iface || a.Mode != ModeTCX || !regexp.MustCompile(`virtual interface \(driver `+w.driver+`\)`).MatchString(a.Reason) {
			t.Errorf("attachment %+v, want tcx on %s because it is a %s", a, w.iface, w.driver)
		}
	}
	h := &harness{tn: tn, fw: fw, udp: map[netip.Addr]*udpReceiver{tn.r4: tn.udpReceiver(t, tn.r4)}}
	if err := fw.Block(host(tn.s4), time.Time{}); err != nil {
		t.Fatal(err)
	}
	h.expectUDP(t, tn.s4, false)
}

func TestNewErrors(t *testing.T) {
	requireRoot(t)
	if _, err := New(Config{Interfaces: []string{"ww-no-such0"}, Mode: ModeTCX}); !errors.Is(err, ErrNoInterface) {
		t.Errorf("missing interface: %v, want ErrNoInterface", err)
	}
	if _, err := New(Config{Mode: "ebpf"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("bad mode: %v, want ErrInvalid", err)
	}
	// lo has no native XDP: an explicit xdp mode must fail, not fall back.
	tn := newTestNet(t)
	err := inNetns(tn.rNS, func() error {
		fw, err := New(Config{Interfaces: []string{"lo"}, Mode: ModeXDP})
		if err == nil {
			fw.Close()
		}
		return err
	})
	if err == nil || errors.Is(err, ErrUnsupported) {
		t.Errorf("native xdp on lo: %v, want a plain attach error", err)
	}
}

func TestArgumentErrors(t *testing.T) {
	requireRoot(t)
	fw, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	p := netip.MustParsePrefix("192.0.2.0/24")
	for _, tc := range []struct {
		name string
		err  error
		want error
	}{
		{"block in the past", fw.Block(p, time.Now().Add(-time.Second)), ErrExpired},
		{"limit in the past", fw.Limit(p, 10, 1, time.Now().Add(-time.Second)), ErrExpired},
		{"zero rate", fw.Limit(p, 0, 1, time.Time{}), ErrInvalid},
		{"invalid prefix", fw.Block(netip.Prefix{}, time.Time{}), ErrInvalid},
		{"mapped prefix too short", fw.Block(netip.MustParsePrefix("::ffff:0:0/80"), time.Time{}), ErrInvalid},
		{"lift unknown", fw.Lift(p), ErrNotFound},
	} {
		if !errors.Is(tc.err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, tc.err, tc.want)
		}
	}
	// An IPv4-mapped prefix is stored as IPv4; host bits are cleared.
	if err := fw.Block(netip.MustParsePrefix("::ffff:198.51.100.77/120"), time.Time{}); err != nil {
		t.Fatal(err)
	}
	if err := fw.Limit(netip.MustParsePrefix("2001:db8::1/64"), 50, 0, time.Time{}); err != nil {
		t.Fatal(err)
	}
	ents, err := fw.Entries()
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{Prefix: netip.MustParsePrefix("198.51.100.0/24"), Kind: KindBlock},
		{Prefix: netip.MustParsePrefix("2001:db8::/64"), Kind: KindLimit, PPS: 50, Burst: 50},
	}
	if fmt.Sprint(ents) != fmt.Sprint(want) {
		t.Errorf("entries %+v, want %+v", ents, want)
	}
	if err := fw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := fw.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
	if err := fw.Block(p, time.Time{}); !errors.Is(err, ErrClosed) {
		t.Errorf("block after close: %v, want ErrClosed", err)
	}
	if _, err := fw.Stats(); !errors.Is(err, ErrClosed) {
		t.Errorf("stats after close: %v, want ErrClosed", err)
	}
}
