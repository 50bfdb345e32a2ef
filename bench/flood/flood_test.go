package main

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"runtime"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

func TestBuildFrames(t *testing.T) {
	mac, _ := net.ParseMAC("02:99:00:00:00:01")
	smac, _ := net.ParseMAC("02:99:00:00:00:02")
	for _, tc := range []struct {
		name     string
		size     int
		srcCount int
	}{{"minimum", 42, 1}, {"64-byte wire frame", 60, 1}, {"rotating sources", 60, 4}, {"large", 1514, 2}} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := config{
				src: netip.MustParseAddr("10.99.0.2"), srcCount: tc.srcCount,
				dst: netip.MustParseAddr("10.99.0.1"), dstMAC: mac, dport: 9, size: tc.size, batch: 8,
			}
			frames := buildFrames(cfg, smac, 1)
			if len(frames) != 8 {
				t.Fatalf("%d frames", len(frames))
			}
			ports := map[uint16]bool{}
			for i, f := range frames {
				if len(f) != tc.size {
					t.Fatalf("frame %d: %d bytes, want %d", i, len(f), tc.size)
				}
				if net.HardwareAddr(f[0:6]).String() != mac.String() || net.HardwareAddr(f[6:12]).String() != smac.String() {
					t.Fatalf("frame %d: bad MACs %x", i, f[:12])
				}
				ip := f[14:34]
				if ipChecksum(ip) != 0 { // a valid header sums to 0xffff
					t.Fatalf("frame %d: bad IPv4 checksum", i)
				}
				if got := int(binary.BigEndian.Uint16(ip[2:])); got != tc.size-14 {
					t.Fatalf("frame %d: IP total length %d", i, got)
				}
				src := netip.AddrFrom4([4]byte(ip[12:16]))
				want := netip.AddrFrom4([4]byte{10, 99, 0, byte(2 + i%tc.srcCount)})
				if src != want {
					t.Fatalf("frame %d: source %s, want %s", i, src, want)
				}
				if got := int(binary.BigEndian.Uint16(f[38:])); got != tc.size-34 {
					t.Fatalf("frame %d: UDP length %d", i, got)
				}
				ports[binary.BigEndian.Uint16(f[34:])] = true
			}
			if len(ports) != 8 {
				t.Fatalf("source ports not distinct: %v", ports)
			}
		})
	}
}

// TestFloodVeth floods one end of a veth pair for 300ms and checks that
// the frames arrive at the other end as valid UDP datagrams, and that the
// count flood reports matches what the receiving interface saw.
func TestFloodVeth(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("skipped: needs root for network namespaces and AF_PACKET")
	}
	ns := fmt.Sprintf("wwflood-%d", os.Getpid())
	run := func(args ...string) {
		t.Helper()
		if out, err := exec.Command("ip", args...).CombinedOutput(); err != nil {
			t.Fatalf("ip %v: %v\n%s", args, err, out)
		}
	}
	run("netns", "add", ns)
	t.Cleanup(func() { exec.Command("ip", "netns", "del", ns).Run() })
	run("-n", ns, "link", "add", "fa", "address", "02:99:00:00:00:02", "type", "veth", "peer", "name", "fb", "address", "02:99:00:00:00:01")
	run("-n", ns, "addr", "add", "10.99.0.1/24", "dev", "fb")
	run("-n", ns, "link", "set", "fa", "up")
	run("-n", ns, "link", "set", "fb", "up")

	var conn *net.UDPConn
	var res Result
	var err error
	errc := make(chan error, 1)
	go func() {
		runtime.LockOSThread() // this thread ends in the namespace and is discarded
		f, err := os.Open("/run/netns/" + ns)
		if err != nil {
			errc <- err
			return
		}
		defer f.Close()
		if err := unix.Setns(int(f.Fd()), unix.CLONE_NEWNET); err != nil {
			errc <- err
			return
		}
		if conn, err = net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(10, 99, 0, 1), Port: 9999}); err != nil {
			errc <- err
			return
		}
		mac, _ := net.ParseMAC("02:99:00:00:00:01")
		res, err = flood(config{
			iface: "fa", src: netip.MustParseAddr("10.99.0.2"), srcCount: 1, dst: netip.MustParseAddr("10.99.0.1"),
			dstMAC: mac, dport: 9999, size: 60, threads: 2, batch: 64, duration: 300 * time.Millisecond,
		})
		errc <- err
	}()
	if err = <-errc; err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	t.Logf("sent %d in %.2fs: %.0f pps", res.Sent, res.Seconds, res.PPS)
	if res.Sent < 1000 || res.Threads != 2 {
		t.Fatalf("result %+v: too few packets", res)
	}
	buf := make([]byte, 2048)
	conn.SetReadDeadline(time.Now().Add(time.Second))
	n, from, err := conn.ReadFromUDPAddrPort(buf)
	if err != nil {
		t.Fatalf("no datagram arrived: %v", err)
	}
	if n != 60-42 || from.Addr().Unmap() != netip.MustParseAddr("10.99.0.2") {
		t.Fatalf("datagram of %d bytes from %s", n, from)
	}
	out, err := exec.Command("ip", "-n", ns, "-s", "-j", "link", "show", "fb").Output()
	if err != nil {
		t.Fatal(err)
	}
	var links []struct {
		Stats struct {
			RX struct{ Packets uint64 } `json:"rx"`
		} `json:"stats64"`
	}
	if err := json.Unmarshal(out, &links); err != nil || len(links) != 1 {
		t.Fatalf("ip -s link: %v %s", err, out)
	}
	if rx := links[0].Stats.RX.Packets; rx < res.Sent {
		t.Fatalf("receiver saw %d packets, flood reported %d", rx, res.Sent)
	}
}
