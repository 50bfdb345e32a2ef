// Package enforce turns penalties into effect: a punished peer is refused
// and dropped (suspension) or has its traffic capped (rate limit), in the
// kernel with the eBPF firewall where it loads and in userspace (the libp2p
// connection gater and a per-peer message limiter) always. Every entry is
// stored in Badger with why it exists and when it ends, survives a restart,
// and expires by itself.
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

// Source says why an entry exists.
type Source struct {
	// Kind is "violation", "operator" or "proposal".
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
}

// Sentinel errors the CLI and API branch on.
var (
	ErrNoAddress   = errors.New("no known address for the peer")
	ErrProtected   = errors.New("target is this node or a bootstrap peer (use --force)")
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
