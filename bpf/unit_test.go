package bpf

import (
	"encoding/binary"
	"errors"
	"net/netip"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

func TestChooseMode(t *testing.T) {
	noGenl := errors.New("kernel has no netdev generic netlink family")
	for _, tc := range []struct {
		name   string
		info   ifaceInfo
		want   Mode
		reason string
	}{
		{"veth", ifaceInfo{Driver: "veth", XDPFeatures: 0x23, FeaturesKnown: true}, ModeTCX, "virtual interface (driver veth)"},
		{"bridge", ifaceInfo{Driver: "bridge", BusInfo: "N/A", FeaturesKnown: true}, ModeTCX, "virtual interface (driver bridge)"},
		{"tap", ifaceInfo{Driver: "tun", BusInfo: "tap", XDPFeatures: 0x7, FeaturesKnown: true}, ModeTCX, "virtual interface (driver tun)"},
		{"loopback", ifaceInfo{Loopback: true, Driver: "loopback", FeaturesKnown: true}, ModeTCX, "virtual interface (driver loopback)"},
		{"bond with native xdp", ifaceInfo{Driver: "bonding", XDPFeatures: 0x1, FeaturesKnown: true}, ModeTCX, "virtual interface"},
		{"no ethtool answer", ifaceInfo{}, ModeTCX, "virtual interface (driver unknown)"},
		{"virtio with xdp", ifaceInfo{Driver: "virtio_net", BusInfo: "0000:00:03.0", XDPFeatures: 0x2b, FeaturesKnown: true}, ModeXDP, "reports native XDP (xdp_features 0x2b)"},
		{"nic without xdp", ifaceInfo{Driver: "r8169", BusInfo: "0000:02:00.0", XDPFeatures: 0, FeaturesKnown: true}, ModeTCX, "has no native XDP"},
		{"old kernel, known driver", ifaceInfo{Driver: "ixgbe", BusInfo: "0000:01:00.0", FeaturesErr: noGenl}, ModeXDP, "known to support native XDP"},
		{"old kernel, unknown driver", ifaceInfo{Driver: "r8169", BusInfo: "0000:02:00.0", FeaturesErr: noGenl}, ModeTCX, "not known to support native XDP"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, reason := chooseMode(tc.info)
			if got != tc.want || !strings.Contains(reason, tc.reason) {
				t.Errorf("chooseMode = %s, %q; want %s with %q", got, reason, tc.want, tc.reason)
			}
		})
	}
}

func TestMonoConversion(t *testing.T) {
	now := time.Date(2030, 1, 1, 12, 0, 0, 0, time.UTC)
	const mono = 5_000_000_000
	for _, tc := range []struct {
		name  string
		until time.Time
		want  uint64
		err   error
	}{
		{"zero means no expiry", time.Time{}, 0, nil},
		{"300ms ahead", now.Add(300 * time.Millisecond), mono + 300_000_000, nil},
		{"a year ahead", now.Add(365 * 24 * time.Hour), mono + uint64(365*24*time.Hour), nil},
		{"now is already past", now, 0, ErrExpired},
		{"past", now.Add(-time.Second), 0, ErrExpired},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := toMono(tc.until, now, mono)
			if !errors.Is(err, tc.err) || got != tc.want {
				t.Fatalf("toMono = %d, %v; want %d, %v", got, err, tc.want, tc.err)
			}
			if err == nil && got != 0 {
				if back := fromMono(got, now, mono); !back.Equal(tc.until) {
					t.Fatalf("fromMono = %s, want %s", back, tc.until)
				}
			}
		})
	}
	if got := fromMono(mono-1_000_000_000, now, mono); !got.Equal(now.Add(-time.Second)) {
		t.Fatalf("fromMono of the past = %s", got)
	}
	// The kernel clock and ours agree.
	a := monoNow()
	time.Sleep(time.Millisecond)
	if b := monoNow(); b <= a || b-a > uint64(time.Second) {
		t.Fatalf("monoNow not monotonic: %d then %d", a, b)
	}
}

func TestNormalize(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		err      error
	}{
		{"10.1.2.3/32", "10.1.2.3/32", nil},
		{"10.1.2.3/8", "10.0.0.0/8", nil},
		{"::ffff:10.1.2.3/128", "10.1.2.3/32", nil},
		{"::ffff:10.1.2.3/104", "10.0.0.0/8", nil},
		{"::ffff:0.0.0.0/96", "0.0.0.0/0", nil},
		{"::ffff:0:0/95", "", ErrInvalid},
		{"fe80::1%eth0/128", "fe80::1/128", nil},
		{"2001:db8::1/48", "2001:db8::/48", nil},
		{"0.0.0.0/0", "0.0.0.0/0", nil},
	} {
		var in netip.Prefix
		if a, bits, ok := strings.Cut(tc.in, "/"); ok {
			// ParsePrefix rejects zones; build the prefix by hand.
			addr := netip.MustParseAddr(a)
			n := 0
			for _, c := range bits {
				n = n*10 + int(c-'0')
			}
			in = netip.PrefixFrom(addr, n)
		}
		got, err := normalize(in)
		if !errors.Is(err, tc.err) {
			t.Errorf("normalize(%s) error %v, want %v", tc.in, err, tc.err)
			continue
		}
		if err == nil && got.String() != tc.want {
			t.Errorf("normalize(%s) = %s, want %s", tc.in, got, tc.want)
		}
	}
	if _, err := normalize(netip.Prefix{}); !errors.Is(err, ErrInvalid) {
		t.Errorf("zero prefix: %v", err)
	}
}

func TestNetdevXDPFeatures(t *testing.T) {
	requireRoot(t)
	tn := newTestNet(t)
	err := inNetns(tn.rNS, func() error {
		feat, err := netdevXDPFeatures(1) // lo
		if err != nil {
			return err
		}
		if feat&netdevXDPActBasic != 0 {
			t.Errorf("lo reports native XDP: %#x", feat)
		}
		ifc, err := lookupInterface(tn.rIf)
		if err != nil {
			return err
		}
		info := probeInterface(ifc)
		if info.Driver != "veth" || !info.FeaturesKnown || info.XDPFeatures&netdevXDPActBasic == 0 {
			t.Errorf("veth probe %+v: want driver veth with native XDP reported", info)
		}
		if _, err := netdevXDPFeatures(99999); !errors.Is(err, unix.ENODEV) {
			t.Errorf("missing ifindex: %v, want ENODEV", err)
		}
		return nil
	})
	if errors.Is(err, errNoNetdevFamily) {
		t.Skip("skipped: kernel predates the netdev netlink family (6.3)")
	}
	if err != nil {
		t.Fatal(err)
	}
}

func TestInterfacesFor(t *testing.T) {
	requireRoot(t)
	tn := newTestNet(t)
	run(t, "ip", "-n", tn.sNS, "link", "add", "wwdown0", "type", "bridge") // stays down
	run(t, "ip", "-n", tn.sNS, "link", "add", "wwup0", "type", "bridge")
	run(t, "ip", "-n", tn.sNS, "addr", "add", "192.0.2.50/24", "dev", "wwup0")
	run(t, "ip", "-n", tn.sNS, "link", "set", "wwup0", "up")
	a := netip.MustParseAddr
	for _, tc := range []struct {
		name  string
		addrs []netip.Addr
		want  []string
		err   error
	}{
		{"ipv4 any: all up, no loopback", []netip.Addr{a("0.0.0.0")}, []string{tn.sIf, "wwup0"}, nil},
		{"ipv6 any", []netip.Addr{a("::")}, []string{tn.sIf, "wwup0"}, nil},
		{"loopback asked", []netip.Addr{a("127.0.0.1")}, []string{"lo"}, nil},
		{"any plus loopback", []netip.Addr{a("::1"), a("0.0.0.0")}, []string{"lo", tn.sIf, "wwup0"}, nil},
		{"specific ipv4", []netip.Addr{a("10.77.0.17")}, []string{tn.sIf}, nil},
		{"specific mapped ipv4", []netip.Addr{a("::ffff:192.0.2.50")}, []string{"wwup0"}, nil},
		{"specific ipv6", []netip.Addr{a("fd00:77::12")}, []string{tn.sIf}, nil},
		{"two on one interface", []netip.Addr{a("10.77.0.2"), a("fd00:77::2")}, []string{tn.sIf}, nil},
		{"not carried", []netip.Addr{a("203.0.113.9")}, nil, ErrNoInterface},
		{"invalid", []netip.Addr{{}}, nil, ErrInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			var err error
			mustInNetns(t, tn.sNS, func() error {
				got, err = InterfacesFor(tc.addrs)
				return nil
			})
			if !errors.Is(err, tc.err) || !slices.Equal(got, tc.want) {
				t.Errorf("InterfacesFor(%v) = %v, %v; want %v, %v", tc.addrs, got, err, tc.want, tc.err)
			}
		})
	}
}

// FuzzParseNetlink checks the netlink decoders never panic or read out of
// bounds, whatever the bytes.
func FuzzParseNetlink(f *testing.F) {
	attr := nlAttr(unix.CTRL_ATTR_FAMILY_ID, []byte{0x1d, 0})
	msg := make([]byte, 16)
	binary.NativeEndian.PutUint32(msg, uint32(16+4+len(attr)))
	binary.NativeEndian.PutUint32(msg[8:], 1)
	msg = append(append(msg, 3, 1, 0, 0), attr...)
	f.Add(msg)
	f.Add(append(msg, msg...))
	f.Add([]byte{4, 0, 1, 0})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		msgs, err := parseNetlink(b)
		if err != nil {
			return
		}
		for _, m := range msgs {
			if len(m.data) > len(b) {
				t.Fatalf("message longer than input")
			}
			if attrs, err := parseAttrs(m.data); err == nil {
				for _, v := range attrs {
					if len(v) > len(m.data) {
						t.Fatalf("attribute longer than message")
					}
				}
			}
		}
		if attrs, err := parseAttrs(b); err == nil {
			for _, v := range attrs {
				if len(v) > len(b) {
					t.Fatalf("attribute longer than input")
				}
			}
		}
	})
}
