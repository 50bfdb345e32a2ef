package enforce

import (
	"fmt"
	"net/netip"
	"strings"

	"github.com/libp2p/go-libp2p/core/peer"
)

// ParseTarget reads a target as the CLI takes it: a peer ID, a CIDR prefix
// (10.0.0.0/24, 2001:db8::/48), or a single address (a host prefix). A
// prefix with host bits set is refused rather than silently widened.
func ParseTarget(s string) (Target, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Target{}, fmt.Errorf("%w: empty target (want a peer ID or a CIDR prefix)", ErrInvalid)
	}
	if strings.ContainsAny(s, "/.:") {
		var pfx netip.Prefix
		var err error
		if strings.Contains(s, "/") {
			pfx, err = netip.ParsePrefix(s)
		} else {
			var a netip.Addr
			a, err = netip.ParseAddr(s)
			if err == nil && a.Zone() != "" {
				return Target{}, fmt.Errorf("%w: %q has a zone; blocks apply on every interface", ErrInvalid, s)
			}
			if err == nil {
				pfx = netip.PrefixFrom(a, a.BitLen())
			}
		}
		if err != nil {
			return Target{}, fmt.Errorf("%w: malformed CIDR %q (want a peer ID, an address, or a prefix like 10.0.0.0/24 or 2001:db8::/48)", ErrInvalid, s)
		}
		if pfx.Addr().Is4In6() {
			return Target{}, fmt.Errorf("%w: %q is IPv4-mapped; write the IPv4 prefix", ErrInvalid, s)
		}
		if pfx != pfx.Masked() {
			return Target{}, fmt.Errorf("%w: prefix %s has host bits set (did you mean %s?)", ErrInvalid, pfx, pfx.Masked())
		}
		return Target{Prefix: pfx}, nil
	}
	id, err := peer.Decode(s)
	if err != nil {
		return Target{}, fmt.Errorf("%w: %q is neither a peer ID nor a CIDR prefix", ErrInvalid, s)
	}
	return Target{Peer: id}, nil
}
