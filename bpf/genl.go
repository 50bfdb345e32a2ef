package bpf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sys/unix"
)

// Constants of the "netdev" generic netlink family (include/uapi/linux/netdev.h,
// kernel 6.3+), which reports what XDP actions a driver implements natively.
const (
	netdevCmdDevGet       = 1
	netdevAttrIfindex     = 1
	netdevAttrXDPFeatures = 3
	// netdevXDPActBasic: the driver runs XDP programs itself (DROP, PASS,
	// TX, ABORTED) rather than through the generic skb path.
	netdevXDPActBasic = 1

	// genlHdrLen is sizeof(struct genlmsghdr).
	genlHdrLen = 4
)

// errNoNetdevFamily means the kernel predates the netdev family, so a
// driver's native XDP support cannot be asked for.
var errNoNetdevFamily = errors.New("kernel has no netdev generic netlink family")

// netdevXDPFeatures asks the kernel for the NETDEV_XDP_ACT_* bits of the
// interface with the given index, in the calling thread's network namespace.
func netdevXDPFeatures(ifindex int) (uint64, error) {
	fd, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_RAW|unix.SOCK_CLOEXEC, unix.NETLINK_GENERIC)
	if err != nil {
		return 0, fmt.Errorf("generic netlink socket: %w", err)
	}
	defer unix.Close(fd)
	tv := unix.NsecToTimeval(int64(2 * time.Second))
	if err := unix.SetsockoptTimeval(fd, unix.SOL_SOCKET, unix.SO_RCVTIMEO, &tv); err != nil {
		return 0, fmt.Errorf("generic netlink timeout: %w", err)
	}
	if err := unix.Bind(fd, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		return 0, fmt.Errorf("bind generic netlink: %w", err)
	}

	name := append([]byte("netdev"), 0)
	attrs, err := genlRequest(fd, 1, unix.GENL_ID_CTRL, unix.CTRL_CMD_GETFAMILY,
		nlAttr(unix.CTRL_ATTR_FAMILY_NAME, name))
	if errors.Is(err, unix.ENOENT) {
		return 0, errNoNetdevFamily
	}
	if err != nil {
		return 0, fmt.Errorf("resolve netdev family: %w", err)
	}
	idAttr, ok := attrs[unix.CTRL_ATTR_FAMILY_ID]
	if !ok || len(idAttr) < 2 {
		return 0, fmt.Errorf("resolve netdev family: reply without family id")
	}
	family := binary.NativeEndian.Uint16(idAttr)

	idx := make([]byte, 4)
	binary.NativeEndian.PutUint32(idx, uint32(ifindex))
	attrs, err = genlRequest(fd, 2, family, netdevCmdDevGet, nlAttr(netdevAttrIfindex, idx))
	if err != nil {
		return 0, fmt.Errorf("netdev dev-get ifindex %d: %w", ifindex, err)
	}
	feat, ok := attrs[netdevAttrXDPFeatures]
	if !ok || len(feat) < 8 {
		return 0, fmt.Errorf("netdev dev-get ifindex %d: reply without xdp-features", ifindex)
	}
	return binary.NativeEndian.Uint64(feat), nil
}

// nlAttr encodes one netlink attribute, padded to 4 bytes.
func nlAttr(typ uint16, payload []byte) []byte {
	l := unix.SizeofNlAttr + len(payload)
	b := make([]byte, nlAlign(l))
	binary.NativeEndian.PutUint16(b[0:2], uint16(l))
	binary.NativeEndian.PutUint16(b[2:4], typ)
	copy(b[unix.SizeofNlAttr:], payload)
	return b
}

func nlAlign(n int) int { return (n + unix.NLMSG_ALIGNTO - 1) &^ (unix.NLMSG_ALIGNTO - 1) }

// genlRequest sends one generic netlink request and returns the top-level
// attributes of its single reply.
func genlRequest(fd int, seq uint32, family uint16, cmd uint8, attrs ...[]byte) (map[uint16][]byte, error) {
	body := []byte{cmd, 1, 0, 0} // genlmsghdr: cmd, version, reserved
	for _, a := range attrs {
		body = append(body, a...)
	}
	msg := make([]byte, unix.NLMSG_HDRLEN, unix.NLMSG_HDRLEN+len(body))
	binary.NativeEndian.PutUint32(msg[0:4], uint32(unix.NLMSG_HDRLEN+len(body)))
	binary.NativeEndian.PutUint16(msg[4:6], family)
	binary.NativeEndian.PutUint16(msg[6:8], unix.NLM_F_REQUEST)
	binary.NativeEndian.PutUint32(msg[8:12], seq)
	msg = append(msg, body...)
	if err := unix.Sendto(fd, msg, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		return nil, fmt.Errorf("send: %w", err)
	}

	buf := make([]byte, 16384)
	for {
		n, _, err := unix.Recvfrom(fd, buf, 0)
		if err != nil {
			return nil, fmt.Errorf("receive: %w", err)
		}
		msgs, err := parseNetlink(buf[:n])
		if err != nil {
			return nil, err
		}
		for _, m := range msgs {
			if m.seq != seq {
				continue
			}
			if m.typ == unix.NLMSG_ERROR {
				if len(m.data) < 4 {
					return nil, fmt.Errorf("truncated netlink error")
				}
				if code := int32(binary.NativeEndian.Uint32(m.data[:4])); code != 0 {
					return nil, unix.Errno(-code)
				}
				continue
			}
			if len(m.data) < genlHdrLen {
				return nil, fmt.Errorf("truncated generic netlink reply")
			}
			return parseAttrs(m.data[genlHdrLen:])
		}
	}
}

type nlMessage struct {
	typ  uint16
	seq  uint32
	data []byte
}

// parseNetlink splits a datagram into netlink messages. The kernel is the
// only peer of this socket, but lengths are still checked.
func parseNetlink(b []byte) ([]nlMessage, error) {
	var out []nlMessage
	for len(b) >= unix.NLMSG_HDRLEN {
		l := int(binary.NativeEndian.Uint32(b[0:4]))
		if l < unix.NLMSG_HDRLEN || l > len(b) {
			return nil, fmt.Errorf("bad netlink message length %d", l)
		}
		out = append(out, nlMessage{
			typ:  binary.NativeEndian.Uint16(b[4:6]),
			seq:  binary.NativeEndian.Uint32(b[8:12]),
			data: b[unix.NLMSG_HDRLEN:l],
		})
		if nlAlign(l) >= len(b) {
			break
		}
		b = b[nlAlign(l):]
	}
	return out, nil
}

// parseAttrs decodes a run of netlink attributes; a type seen twice keeps
// the first value.
func parseAttrs(b []byte) (map[uint16][]byte, error) {
	out := make(map[uint16][]byte)
	for len(b) >= unix.SizeofNlAttr {
		l := int(binary.NativeEndian.Uint16(b[0:2]))
		typ := binary.NativeEndian.Uint16(b[2:4]) &^ (unix.NLA_F_NESTED | unix.NLA_F_NET_BYTEORDER)
		if l < unix.SizeofNlAttr || l > len(b) {
			return nil, fmt.Errorf("bad netlink attribute length %d", l)
		}
		if _, dup := out[typ]; !dup {
			out[typ] = b[unix.SizeofNlAttr:l]
		}
		if nlAlign(l) >= len(b) {
			break
		}
		b = b[nlAlign(l):]
	}
	return out, nil
}
