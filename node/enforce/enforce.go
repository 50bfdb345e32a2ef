// Package enforce turns penalties into effect: a punished peer is refused
// and dropped (suspension) or has its traffic capped (rate limit), in the
// kernel with the eBPF firewall where it loads and in userspace (the libp2p
// connection gater and a per-peer message limiter) always. Every entry is
// stored in Badger with why it exists and when it ends, survives a restart,
// and expires by itself.
//
// The kernel knows addresses, not peers. A punished peer is mapped to the
// IP addresses it connects from and those it announces (identify, the
// peerstore); relayed (/p2p-circuit) and DNS addresses are skipped, and
// addresses of this host (loopback included) are never blocked on a peer's
// behalf. The mapping only grows while the entry lives: addresses seen
// later (a new connection, an identify round, the periodic peerstore
// re-read) are added, so moving does not shed a penalty. A peer with no
// known address is still refused by the gater at once; its kernel part
// waits for an address. Operators, who may mistype a peer ID, are told
// (ErrNoAddress) instead.
package enforce

import (
	"context"
	"errors"
	"net/netip"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

// Kind is what an entry does.
type Kind string

// The kinds of entries.
const (
	KindSuspend   Kind = "suspend"
	KindRateLimit Kind = "rate_limit"
)

// Target is what an entry applies to: a peer (and every address it uses),
// or an address prefix.
type Target struct {
	Peer   peer.ID      `json:"peer,omitempty"`
	Prefix netip.Prefix `json:"prefix,omitzero"`
}

// String renders the target as the CLI takes it.
func (t Target) String() string {
	if t.Peer != "" {
		return t.Peer.String()
	}
	return t.Prefix.String()
}

// The kinds of Source.
const (
	SourceViolation = "violation" // the charter auditor
	SourceOperator  = "operator"  // westworld enforce suspend/limit
	SourceProposal  = "proposal"  // an executed emergency proposal
)

// Source says why an entry exists.
type Source struct {
	// Kind is SourceViolation, SourceOperator or SourceProposal.
	Kind string `json:"kind"`
	// Ref identifies the cause: the violation (type, metric, report seq),
	// the operator's reason, or the proposal ID.
	Ref    string `json:"ref"`
	Reason string `json:"reason"`
}

// Penalty is one decision to enforce.
type Penalty struct {
	Target Target
	Kind   Kind
	// Until is when the entry ends; it is required (no penalty is forever).
	Until time.Time
	// PPS caps messages (userspace) and packets (kernel) per second for
	// KindRateLimit.
	PPS    uint32
	Source Source
	// Force allows suspending our own addresses or a bootstrap peer.
	Force bool
	// RequireAddress refuses (ErrNoAddress) a peer target this node knows
	// no address for: an operator naming a peer that never connected and
	// that nothing announced has most likely mistyped it. Penalties from
	// violations leave it false: the gater applies at once and the kernel
	// part follows when an address is learnt.
	RequireAddress bool
}

// Sentinel errors the CLI and API branch on.
var (
	ErrNoAddress   = errors.New("no known address for the peer")
	ErrProtected   = errors.New("protected target: use --force to override")
	ErrNotFound    = errors.New("no such enforcement entry")
	ErrInvalid     = errors.New("invalid enforcement request")
	ErrUnsupported = errors.New("kernel enforcement unavailable")
)

// Enforcer applies penalties. The charter auditor, the operator CLI and
// executed proposals all go through it.
type Enforcer interface {
	// Apply enforces p, replacing an entry for the same target and kind.
	Apply(ctx context.Context, p Penalty) error
	// Lift removes every entry for the target.
	Lift(ctx context.Context, t Target) error
	// AllowMessage reports whether one more gossip message from p is
	// accepted now (false while p is suspended or over its rate limit).
	AllowMessage(p peer.ID) bool
}
