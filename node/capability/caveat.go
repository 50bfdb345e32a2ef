package capability

import (
	"fmt"
	"net/netip"
	"strconv"
	"strings"
	"time"
)

// Caveat conditions are plain text "key=value", one per first-party caveat:
//
//	ops=peers:read,refuge:publish    the request's operation is one of these
//	expires=2026-12-01T10:00:00Z     the request comes before this time (RFC 3339)
//	ip=10.0.0.0/8                    the client address is in this prefix (or is this address)
//	uses=30/m                        at most 30 requests a minute with this macaroon
//	proposal-executed=0xab12cd       governance proposal 0xab12cd is executed on chain
//
// A macaroon may carry any number of them, and a holder can add more offline
// with any macaroon library: every caveat must hold, so adding one only
// ever narrows what the macaroon can do. A condition this node does not
// know, or cannot parse, denies the request: it is never skipped.
const (
	CondOps      = "ops"
	CondExpires  = "expires"
	CondIP       = "ip"
	CondUses     = "uses"
	CondProposal = "proposal-executed"
)

// CaveatKind says which condition a Caveat holds.
type CaveatKind int

// The caveat kinds, one per condition key.
const (
	KindOps CaveatKind = iota + 1
	KindExpires
	KindIP
	KindUses
	KindProposal
)

// Limits on caveat values, so that a hostile macaroon cannot make the
// checker do unbounded work.
const (
	maxCaveatLen   = 4096
	maxCaveatOps   = 256
	maxUses        = 100_000
	maxProposalLen = 128
)

// Caveat is one parsed first-party caveat. Only the field its Kind names
// is set.
type Caveat struct {
	Kind     CaveatKind
	Ops      []Op         // KindOps
	Expires  time.Time    // KindExpires
	IP       netip.Prefix // KindIP; a single address is a full-length prefix
	Uses     int          // KindUses: requests per minute
	Proposal string       // KindProposal: proposal ID as the chain names it
}

// OpsCaveat allows only ops.
func OpsCaveat(ops ...Op) Caveat { return Caveat{Kind: KindOps, Ops: ops} }

// ExpiresCaveat allows requests only before t.
func ExpiresCaveat(t time.Time) Caveat { return Caveat{Kind: KindExpires, Expires: t} }

// IPCaveat allows requests only from addresses in p.
func IPCaveat(p netip.Prefix) Caveat { return Caveat{Kind: KindIP, IP: p} }

// UsesCaveat allows at most n requests a minute.
func UsesCaveat(n int) Caveat { return Caveat{Kind: KindUses, Uses: n} }

// ProposalCaveat allows requests only while proposal id is executed.
func ProposalCaveat(id string) Caveat { return Caveat{Kind: KindProposal, Proposal: id} }

// String is the caveat's condition text, the bytes that go into the
// macaroon; ParseCaveat(c.String()) gives c back.
func (c Caveat) String() string {
	switch c.Kind {
	case KindOps:
		s := make([]string, len(c.Ops))
		for i, o := range c.Ops {
			s[i] = string(o)
		}
		return CondOps + "=" + strings.Join(s, ",")
	case KindExpires:
		return CondExpires + "=" + c.Expires.UTC().Format(time.RFC3339Nano)
	case KindIP:
		if c.IP.IsValid() && c.IP.IsSingleIP() {
			return CondIP + "=" + c.IP.Addr().String()
		}
		return CondIP + "=" + c.IP.String()
	case KindUses:
		return CondUses + "=" + strconv.Itoa(c.Uses) + "/m"
	case KindProposal:
		return CondProposal + "=" + c.Proposal
	}
	return fmt.Sprintf("invalid-caveat-kind=%d", int(c.Kind))
}

// ParseCaveat parses one condition. Errors wrap ErrCaveat and say which
// caveat is wrong and why.
func ParseCaveat(s string) (Caveat, error) {
	if len(s) > maxCaveatLen {
		return Caveat{}, deny(ErrCaveat, "caveat of %d bytes is longer than %d", len(s), maxCaveatLen)
	}
	key, val, ok := strings.Cut(s, "=")
	if !ok {
		return Caveat{}, deny(ErrCaveat, "unknown caveat %s (want key=value)", quote(s))
	}
	if val == "" {
		return Caveat{}, deny(ErrCaveat, "caveat %s has no value", quote(s))
	}
	switch key {
	case CondOps:
		return parseOps(val)
	case CondExpires:
		return parseExpires(val)
	case CondIP:
		return parseIP(val)
	case CondUses:
		return parseUses(val)
	case CondProposal:
		if !validProposalID(val) {
			return Caveat{}, deny(ErrCaveat, "proposal-executed caveat: bad proposal ID %s", quote(val))
		}
		return ProposalCaveat(val), nil
	}
	return Caveat{}, deny(ErrCaveat, "unknown caveat %s", quote(s))
}

func parseOps(val string) (Caveat, error) {
	parts := strings.Split(val, ",")
	if len(parts) > maxCaveatOps {
		return Caveat{}, deny(ErrCaveat, "ops caveat lists %d operations, more than %d", len(parts), maxCaveatOps)
	}
	ops := make([]Op, len(parts))
	for i, p := range parts {
		o, err := ParseOp(p)
		if err != nil {
			return Caveat{}, deny(ErrCaveat, "ops caveat: %v", err)
		}
		ops[i] = o
	}
	return OpsCaveat(ops...), nil
}

func parseExpires(val string) (Caveat, error) {
	t, err := time.Parse(time.RFC3339, val)
	if err != nil {
		return Caveat{}, deny(ErrCaveat, "expires caveat: %s is not an RFC 3339 time", quote(val))
	}
	// Outside these years the time does not print back as RFC 3339.
	if y := t.UTC().Year(); y < 1970 || y > 9999 {
		return Caveat{}, deny(ErrCaveat, "expires caveat: year %d out of range", y)
	}
	return ExpiresCaveat(t.UTC()), nil
}

func parseIP(val string) (Caveat, error) {
	var p netip.Prefix
	if strings.Contains(val, "/") {
		var err error
		p, err = netip.ParsePrefix(val)
		if err != nil {
			return Caveat{}, deny(ErrCaveat, "ip caveat: %s is not an address or prefix", quote(val))
		}
	} else {
		a, err := netip.ParseAddr(val)
		if err != nil {
			return Caveat{}, deny(ErrCaveat, "ip caveat: %s is not an address or prefix", quote(val))
		}
		if a.Zone() != "" {
			return Caveat{}, deny(ErrCaveat, "ip caveat: %s has a zone", quote(val))
		}
		p = netip.PrefixFrom(a, a.BitLen())
	}
	if p.Addr().Is4In6() {
		return Caveat{}, deny(ErrCaveat, "ip caveat: %s is IPv4-mapped; write the IPv4 form", quote(val))
	}
	return IPCaveat(p.Masked()), nil
}

func parseUses(val string) (Caveat, error) {
	num, ok := strings.CutSuffix(val, "/m")
	if !ok || num == "" || len(num) > 6 || num[0] == '0' {
		return Caveat{}, deny(ErrCaveat, "uses caveat: %s (want N/m, N from 1 to %d)", quote(val), maxUses)
	}
	n := 0
	for i := 0; i < len(num); i++ {
		if num[i] < '0' || num[i] > '9' {
			return Caveat{}, deny(ErrCaveat, "uses caveat: %s (want N/m, N from 1 to %d)", quote(val), maxUses)
		}
		n = n*10 + int(num[i]-'0')
	}
	if n > maxUses {
		return Caveat{}, deny(ErrCaveat, "uses caveat: %d requests a minute is more than %d", n, maxUses)
	}
	return UsesCaveat(n), nil
}

// validProposalID accepts the IDs the chain side prints: decimal or 0x hex
// uint256, or a label of letters, digits, '_', '-', '.', ':'.
func validProposalID(s string) bool {
	if len(s) == 0 || len(s) > maxProposalLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') && (c < '0' || c > '9') &&
			c != '_' && c != '-' && c != '.' && c != ':' {
			return false
		}
	}
	return true
}

// Describe says what the caveat allows in plain words; now anchors
// relative times ("in 5 days").
func (c Caveat) Describe(now time.Time) string {
	switch c.Kind {
	case KindOps:
		return "may: " + describeOps(c.Ops)
	case KindExpires:
		at := c.Expires.UTC().Format("2006-01-02 15:04 UTC")
		if !now.Before(c.Expires) {
			return fmt.Sprintf("expired %s (%s ago)", at, humanDuration(now.Sub(c.Expires)))
		}
		return fmt.Sprintf("expires %s (in %s)", at, humanDuration(c.Expires.Sub(now)))
	case KindIP:
		if c.IP.IsSingleIP() {
			return "only from " + c.IP.Addr().String()
		}
		return "only from " + c.IP.String()
	case KindUses:
		if c.Uses == 1 {
			return "at most 1 request a minute"
		}
		return fmt.Sprintf("at most %d requests a minute", c.Uses)
	case KindProposal:
		return fmt.Sprintf("only while proposal %s is executed on chain", shortID(c.Proposal))
	}
	return "invalid caveat"
}

// describeOps writes "read peers, publish refuge"; the full set of the
// node's operations is "everything".
func describeOps(ops []Op) string {
	if len(ops) >= len(allOps) {
		all := true
		for _, o := range allOps {
			if !containsOp(ops, o) {
				all = false
				break
			}
		}
		if all {
			return "everything"
		}
	}
	s := make([]string, len(ops))
	for i, o := range ops {
		s[i] = o.Action() + " " + o.Entity()
	}
	return strings.Join(s, ", ")
}

func containsOp(ops []Op, o Op) bool {
	for _, x := range ops {
		if x == o {
			return true
		}
	}
	return false
}

// shortID abbreviates long proposal IDs the way wallets show hashes:
// 0xab12...cd.
func shortID(id string) string {
	if len(id) <= 12 {
		return id
	}
	return id[:6] + "..." + id[len(id)-2:]
}

// humanDuration rounds d to the nearest whole unit of the largest unit
// that fits: "5 days", "3 hours", "1 minute".
func humanDuration(d time.Duration) string {
	unit := func(n int64, one string) string {
		if n == 1 {
			return "1 " + one
		}
		return fmt.Sprintf("%d %ss", n, one)
	}
	round := func(u time.Duration) int64 { return int64((d + u/2) / u) }
	if d < 30*time.Second {
		return "under a minute"
	}
	if m := round(time.Minute); m < 60 {
		return unit(m, "minute")
	}
	if h := round(time.Hour); h < 24 {
		return unit(h, "hour")
	}
	return unit(round(24*time.Hour), "day")
}

// quote shows untrusted caveat text in a one-line error, cut short.
func quote(s string) string {
	const max = 64
	if len(s) > max {
		return strconv.Quote(s[:max]) + "..."
	}
	return strconv.Quote(s)
}
