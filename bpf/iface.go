package bpf

import (
	"fmt"
	"net"
	"net/netip"
	"slices"
	"strings"

	"golang.org/x/sys/unix"
)

// ifaceInfo is what mode selection knows about an interface.
type ifaceInfo struct {
	Name     string
	Index    int
	Loopback bool
	// Driver and BusInfo come from the ethtool GDRVINFO ioctl; empty when the
	// device does not answer it.
	Driver  string
	BusInfo string
	// XDPFeatures holds the NETDEV_XDP_ACT_* bits when FeaturesKnown (kernel
	// 6.3+ reports them over the netdev generic netlink family).
	XDPFeatures   uint64
	FeaturesKnown bool
	FeaturesErr   error
}

// virtualDrivers are drivers of software interfaces. Several of them (veth,
// tun, bonding) implement native XDP, but for packets that software made the
// XDP path first copies every packet into a page, which makes it slower than
// tcx ingress; so auto mode attaches tcx to all of them.
var virtualDrivers = map[string]bool{
	"veth": true, "bridge": true, "tun": true, "dummy": true, "loopback": true,
	"macvlan": true, "macvtap": true, "ipvlan": true, "ipvtap": true, "vxlan": true,
	"geneve": true, "wireguard": true, "bonding": true, "team": true,
	"openvswitch": true, "vrf": true, "ifb": true, "netkit": true, "nlmon": true,
	"ip_gre": true, "ip6_gre": true, "ipip": true, "sit": true, "ip6_tunnel": true,
	"ip_vti": true, "ip6_vti": true, "xfrm": true, "gtp": true, "bareudp": true,
	"batman-adv": true, "hsr": true, "ppp": true, "vcan": true, "vxcan": true,
}

// nativeXDPDrivers are NIC drivers with native XDP, used only when the
// kernel is too old to report xdp_features.
var nativeXDPDrivers = map[string]bool{
	"virtio_net": true, "ixgbe": true, "ixgbevf": true, "i40e": true, "ice": true,
	"igb": true, "igc": true, "idpf": true, "mlx4_en": true, "mlx5_core": true,
	"bnxt_en": true, "nfp": true, "ena": true, "qede": true, "thunder-nicvf": true,
	"hv_netvsc": true, "gve": true, "sfc": true, "dpaa2-eth": true, "mvneta": true,
	"mvpp2": true, "stmmac": true, "atlantic": true, "fec": true, "enetc": true,
	"octeontx2-nicpf": true, "tsnep": true, "txgbe": true, "ngbe": true,
	"lan966x-switch": true, "netsec": true,
}

// probeInterface collects the driver facts of one interface in the calling
// thread's network namespace. Failures leave fields empty rather than fail:
// mode selection then falls back to tcx, which works everywhere.
func probeInterface(ifc net.Interface) ifaceInfo {
	info := ifaceInfo{Name: ifc.Name, Index: ifc.Index, Loopback: ifc.Flags&net.FlagLoopback != 0}
	if fd, err := unix.Socket(unix.AF_INET, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0); err == nil {
		if drv, err := unix.IoctlGetEthtoolDrvinfo(fd, ifc.Name); err == nil {
			info.Driver = cString(drv.Driver[:])
			info.BusInfo = cString(drv.Bus_info[:])
		}
		unix.Close(fd)
	}
	if info.Loopback && info.Driver == "" {
		info.Driver = "loopback"
	}
	feat, err := netdevXDPFeatures(ifc.Index)
	if err == nil {
		info.XDPFeatures, info.FeaturesKnown = feat, true
	} else {
		info.FeaturesErr = err
	}
	return info
}

func cString(b []byte) string {
	if i := slices.Index(b, 0); i >= 0 {
		b = b[:i]
	}
	return string(b)
}

// physical reports whether the interface is backed by a device on a bus
// (PCI, virtio, platform) rather than made in software.
func (i ifaceInfo) physical() bool {
	if i.Loopback || i.Driver == "" || virtualDrivers[i.Driver] {
		return false
	}
	return i.BusInfo != "" && i.BusInfo != "N/A" && i.BusInfo != "tun" && i.BusInfo != "tap"
}

// chooseMode is auto mode's policy: native XDP on a physical NIC whose
// driver implements it, tcx everywhere else. The reason is kept in the
// Attachment so an operator can see why.
func chooseMode(i ifaceInfo) (Mode, string) {
	drv := i.Driver
	if drv == "" {
		drv = "unknown"
	}
	if !i.physical() {
		return ModeTCX, fmt.Sprintf("virtual interface (driver %s): tcx ingress", drv)
	}
	if i.FeaturesKnown {
		if i.XDPFeatures&netdevXDPActBasic != 0 {
			return ModeXDP, fmt.Sprintf("driver %s (bus %s) reports native XDP (xdp_features %#x)", drv, i.BusInfo, i.XDPFeatures)
		}
		return ModeTCX, fmt.Sprintf("driver %s (bus %s) has no native XDP (xdp_features %#x): tcx ingress", drv, i.BusInfo, i.XDPFeatures)
	}
	if nativeXDPDrivers[drv] {
		return ModeXDP, fmt.Sprintf("driver %s (bus %s) is known to support native XDP (xdp_features unavailable: %v)", drv, i.BusInfo, i.FeaturesErr)
	}
	return ModeTCX, fmt.Sprintf("driver %s (bus %s) is not known to support native XDP (xdp_features unavailable: %v): tcx ingress", drv, i.BusInfo, i.FeaturesErr)
}

// InterfacesFor returns the names of the interfaces that carry the given
// listen addresses, in interface index order: an unspecified address
// (0.0.0.0 or ::) stands for every interface that is up, except loopback; a
// loopback address (127.0.0.0/8, ::1) for the loopback interface; any other
// address for the interface it is assigned to. An address no interface
// carries is an error wrapping ErrNoInterface.
func InterfacesFor(addrs []netip.Addr) ([]string, error) {
	ifaces, err := net.Interfaces()
	if err != nil {
		return nil, fmt.Errorf("list interfaces: %w", err)
	}
	want := make(map[int]bool)
	for _, a := range addrs {
		a = a.Unmap()
		switch {
		case !a.IsValid():
			return nil, fmt.Errorf("%w: invalid address", ErrInvalid)
		case a.IsUnspecified():
			for _, ifc := range ifaces {
				if ifc.Flags&net.FlagUp != 0 && ifc.Flags&net.FlagLoopback == 0 {
					want[ifc.Index] = true
				}
			}
		case a.IsLoopback():
			found := false
			for _, ifc := range ifaces {
				if ifc.Flags&net.FlagLoopback != 0 {
					want[ifc.Index], found = true, true
				}
			}
			if !found {
				return nil, fmt.Errorf("%w: no loopback interface for %s", ErrNoInterface, a)
			}
		default:
			found := false
			for _, ifc := range ifaces {
				ok, err := carries(ifc, a)
				if err != nil {
					return nil, err
				}
				if ok {
					want[ifc.Index], found = true, true
				}
			}
			if !found {
				return nil, fmt.Errorf("%w: no interface carries %s", ErrNoInterface, a)
			}
		}
	}
	var names []string
	for _, ifc := range ifaces { // net.Interfaces is in index order
		if want[ifc.Index] {
			names = append(names, ifc.Name)
		}
	}
	return names, nil
}

func carries(ifc net.Interface, a netip.Addr) (bool, error) {
	addrs, err := ifc.Addrs()
	if err != nil {
		return false, fmt.Errorf("addresses of %s: %w", ifc.Name, err)
	}
	for _, ad := range addrs {
		ipn, ok := ad.(*net.IPNet)
		if !ok {
			continue
		}
		ip, ok := netip.AddrFromSlice(ipn.IP)
		if !ok {
			continue
		}
		ip = ip.Unmap()
		// Link-local addresses carry a zone; compare without it.
		if ip == a.WithZone("") {
			return true, nil
		}
	}
	return false, nil
}

// lookupInterface resolves a name in the calling thread's namespace.
func lookupInterface(name string) (net.Interface, error) {
	ifc, err := net.InterfaceByName(name)
	if err != nil {
		// The net package does not export its "no such network interface"
		// error; everything else here is a netlink failure.
		if strings.Contains(err.Error(), "no such network interface") {
			return net.Interface{}, fmt.Errorf("%w: %s", ErrNoInterface, name)
		}
		return net.Interface{}, fmt.Errorf("interface %s: %w", name, err)
	}
	return *ifc, nil
}
