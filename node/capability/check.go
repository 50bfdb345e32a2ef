package capability

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"net/netip"
	"slices"
	"strings"
	"time"

	macaroon "gopkg.in/macaroon.v2"

	"github.com/x0tta6bl4/westworld/storage"
)

// Request is what one API call asks for.
type Request struct {
	// Op is the operation the route performs.
	Op Op
	// RemoteIP is the client address for TCP; the zero Addr for the unix
	// socket, which counts as a loopback client: it meets an ip= caveat
	// only if that caveat's prefix holds 127.0.0.1 or ::1.
	RemoteIP netip.Addr
}

// Identity is who a checked macaroon speaks for, for audit logs.
type Identity struct {
	// RootKeyID is the key the macaroon was baked with (hex).
	RootKeyID string `json:"root_key_id"`
	// Label and Role are the root key's.
	Label string `json:"label"`
	Role  string `json:"role,omitempty"`
	// MacaroonID is the identifier nonce (hex): the same for a baked
	// macaroon and every macaroon a holder attenuated from it.
	MacaroonID string `json:"macaroon_id"`
	// Ops is what the macaroon grants: the intersection of its ops=
	// caveats, sorted.
	Ops []Op `json:"ops"`
	// Expires is the earliest expires= caveat; zero if none.
	Expires time.Time `json:"expires,omitzero"`
}

// parsed is a macaroon whose caveats have all parsed.
type parsed struct {
	cavs    []Caveat
	ops     []Op // intersection of ops caveats; nil if none
	hasOps  bool
	expires time.Time
}

// narrowOps folds one ops= caveat into the running intersection (sorted,
// without duplicates); first says it is the first ops= caveat.
func narrowOps(cur []Op, first bool, next []Op) []Op {
	if first {
		out := slices.Clone(next)
		slices.Sort(out)
		return slices.Compact(out)
	}
	return slices.DeleteFunc(cur, func(o Op) bool { return !slices.Contains(next, o) })
}

func parseConditions(m *macaroon.Macaroon) (parsed, error) {
	var p parsed
	for i, c := range m.Caveats() {
		cv, err := ParseCaveat(string(c.Id))
		if err != nil {
			return parsed{}, fmt.Errorf("caveat %d: %w", i+1, err)
		}
		p.cavs = append(p.cavs, cv)
		switch cv.Kind {
		case KindOps:
			p.ops = narrowOps(p.ops, !p.hasOps, cv.Ops)
			p.hasOps = true
		case KindExpires:
			if p.expires.IsZero() || cv.Expires.Before(p.expires) {
				p.expires = cv.Expires
			}
		}
	}
	return p, nil
}

// Check decides whether the macaroon mac (binary, or hex as in Header) may
// perform req now. It returns the macaroon's Identity, or an error that
// wraps one of ErrNoMacaroon, ErrMalformed, ErrBadSignature, ErrUnknownKey
// (401) or ErrExpired, ErrOpDenied, ErrCaveat (403) with a one-line
// reason; anything else is an internal failure (500). See StatusCode.
// When the refusal is a 403 the Identity is filled in as well, so the
// caller can log whose macaroon was refused. When the chain cannot be
// asked about a proposal-executed= caveat the error wraps ErrCaveat and
// the chain's own error, so a caller may answer 503 instead of 403.
//
// The signature is verified before any caveat is looked at, caveats are
// all parsed before any is evaluated, and the chain is asked only after
// every local caveat has passed.
func (s *Service) Check(ctx context.Context, mac []byte, req Request) (Identity, error) {
	if err := ctx.Err(); err != nil {
		return Identity{}, err
	}
	m, id, err := decode(mac)
	if err != nil {
		return Identity{}, err
	}
	rec, err := s.loadKey(id.keyID)
	if errors.Is(err, storage.ErrNotFound) {
		return Identity{}, deny(ErrUnknownKey, "root key %x is revoked or rotated", id.keyID)
	}
	if err != nil {
		return Identity{}, fmt.Errorf("check macaroon: %w", err)
	}
	// Third-party caveats cannot be verified without discharges; refuse
	// them before VerifySignature, which would only say "no discharge".
	for i, c := range m.Caveats() {
		if len(c.VerificationId) > 0 {
			return Identity{}, deny(ErrCaveat, "caveat %d is a third-party caveat (location %s); this node takes no discharges", i+1, quote(c.Location))
		}
	}
	if _, err := m.VerifySignature(rec.Key, nil); err != nil {
		return Identity{}, deny(ErrBadSignature, "signature does not match root key %x (tampered or forged)", id.keyID)
	}
	p, err := parseConditions(m)
	if err != nil {
		return Identity{}, err
	}
	ident := Identity{
		RootKeyID:  hex.EncodeToString(id.keyID),
		Label:      rec.Label,
		Role:       rec.Role,
		MacaroonID: hex.EncodeToString(id.nonce),
		Ops:        p.ops,
		Expires:    p.expires,
	}
	if err := s.evaluate(ctx, m, rec.Key, p, req); err != nil {
		return ident, err
	}
	return ident, nil
}

// evaluate applies every caveat to req: cheap local ones first, the chain
// next, and the uses= budget last so that a refused request never spends it.
func (s *Service) evaluate(ctx context.Context, m *macaroon.Macaroon, rootKey []byte, p parsed, req Request) error {
	now := s.cfg.Now()
	if !p.hasOps {
		return deny(ErrOpDenied, "the macaroon names no operations")
	}
	if !p.expires.IsZero() && !now.Before(p.expires) {
		return deny(ErrExpired, "expired at %s", p.expires.UTC().Format(time.RFC3339))
	}
	if _, err := ParseOp(string(req.Op)); err != nil {
		return deny(ErrOpDenied, "%v", err)
	}
	if !slices.Contains(p.ops, req.Op) {
		return deny(ErrOpDenied, "%s is not among the macaroon's operations", req.Op)
	}
	var uses []int // caveat indexes
	var proposals []string
	for i, c := range p.cavs {
		switch c.Kind {
		case KindIP:
			if !ipAllowed(c.IP, req.RemoteIP) {
				from := "the unix socket"
				if req.RemoteIP.IsValid() {
					from = req.RemoteIP.String()
				}
				return deny(ErrCaveat, "request from %s; the macaroon is %s", from, c.Describe(now))
			}
		case KindUses:
			uses = append(uses, i)
		case KindProposal:
			if !slices.Contains(proposals, c.Proposal) {
				proposals = append(proposals, c.Proposal)
			}
		}
	}
	for _, id := range proposals {
		if s.chain == nil {
			return deny(ErrCaveat, "proposal-executed=%s: this node has no chain to ask", id)
		}
		ok, err := s.chain.ProposalExecuted(ctx, id)
		if err != nil {
			return fmt.Errorf("%w: proposal-executed=%s: cannot ask the chain: %w", ErrCaveat, id, err)
		}
		if !ok {
			return deny(ErrCaveat, "proposal %s is not executed on chain", id)
		}
	}
	if len(uses) > 0 {
		// The chain is needed only up to the last uses= caveat.
		sigs := caveatSigs(rootKey, m.Id(), m.Caveats()[:uses[len(uses)-1]+1])
		keys := make([]useKey, len(uses))
		for j, i := range uses {
			keys[j] = useKey{key: string(m.Id()) + string(sigs[i][:]), limit: p.cavs[i].Uses}
		}
		if full := s.uses.allow(keys, now); full >= 0 {
			return deny(ErrCaveat, "the macaroon allows %s, and they are used up", strings.TrimPrefix(p.cavs[uses[full]].Describe(now), "at most "))
		}
	}
	return nil
}

var (
	loopback4 = netip.MustParseAddr("127.0.0.1")
	loopback6 = netip.IPv6Loopback()
)

func ipAllowed(p netip.Prefix, remote netip.Addr) bool {
	if !remote.IsValid() {
		return p.Contains(loopback4) || p.Contains(loopback6)
	}
	return p.Contains(remote.Unmap().WithZone(""))
}

// CaveatText is one caveat of a Description.
type CaveatText struct {
	// Condition is the caveat as baked ("uses=30/m").
	Condition string `json:"condition"`
	// Text says it in plain words ("at most 30 requests a minute").
	Text string `json:"text"`
	// Known is false for caveats this node cannot evaluate; a macaroon
	// with any of them is refused.
	Known bool `json:"known"`
}

// Description is what Inspect says about a macaroon.
type Description struct {
	RootKeyID string `json:"root_key_id"`
	// KeyExists is false once the root key is revoked or rotated.
	KeyExists bool   `json:"key_exists"`
	KeyLabel  string `json:"key_label,omitempty"`
	KeyRole   string `json:"key_role,omitempty"`
	// SignatureValid: the root key exists and the signature matches it.
	SignatureValid bool         `json:"signature_valid"`
	MacaroonID     string       `json:"macaroon_id"`
	Location       string       `json:"location"`
	Caveats        []CaveatText `json:"caveats"`
	// Ops is the intersection of the ops= caveats, sorted.
	Ops []Op `json:"ops"`
	// Expires is the earliest expiry; zero if none.
	Expires time.Time `json:"expires,omitzero"`
}

// String is the description as lines of plain words.
func (d Description) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "root key %s", d.RootKeyID)
	if d.KeyExists {
		fmt.Fprintf(&b, " (%s)\n", d.KeyLabel)
	} else {
		b.WriteString(": gone (revoked or rotated); this macaroon no longer works\n")
	}
	if d.KeyExists && !d.SignatureValid {
		b.WriteString("signature INVALID: tampered with or forged\n")
	}
	opsCaveats := 0
	for _, c := range d.Caveats {
		b.WriteString(c.Text)
		b.WriteByte('\n')
		if strings.HasPrefix(c.Condition, CondOps+"=") {
			opsCaveats++
		}
	}
	// Several ops= caveats narrow each other; say what is left.
	if opsCaveats > 1 {
		if len(d.Ops) == 0 {
			b.WriteString("together: may do nothing\n")
		} else {
			b.WriteString("together: may: " + describeOps(d.Ops) + "\n")
		}
	}
	return b.String()
}

// Inspect describes a macaroon in plain words. It does not need the
// macaroon to be valid, only well formed: a revoked one is described with
// KeyExists false, a tampered one with SignatureValid false.
func (s *Service) Inspect(ctx context.Context, mac []byte) (Description, error) {
	if err := ctx.Err(); err != nil {
		return Description{}, err
	}
	m, id, err := decode(mac)
	if err != nil {
		return Description{}, err
	}
	d := Description{
		RootKeyID:  hex.EncodeToString(id.keyID),
		MacaroonID: hex.EncodeToString(id.nonce),
		Location:   m.Location(),
	}
	rec, err := s.loadKey(id.keyID)
	switch {
	case err == nil:
		d.KeyExists, d.KeyLabel, d.KeyRole = true, rec.Label, rec.Role
		thirdParty := slices.ContainsFunc(m.Caveats(), func(c macaroon.Caveat) bool { return len(c.VerificationId) > 0 })
		if !thirdParty {
			_, verr := m.VerifySignature(rec.Key, nil)
			d.SignatureValid = verr == nil
		}
	case !errors.Is(err, storage.ErrNotFound):
		return Description{}, fmt.Errorf("inspect macaroon: %w", err)
	}
	now := s.cfg.Now()
	hasOps := false
	for _, c := range m.Caveats() {
		if len(c.VerificationId) > 0 {
			d.Caveats = append(d.Caveats, CaveatText{
				Condition: fmt.Sprintf("third-party %x", c.Id),
				Text:      fmt.Sprintf("needs a discharge from %s (not supported here: refused)", quote(c.Location)),
			})
			continue
		}
		cv, err := ParseCaveat(string(c.Id))
		if err != nil {
			d.Caveats = append(d.Caveats, CaveatText{
				Condition: string(c.Id),
				Text:      fmt.Sprintf("unknown caveat %s (refused)", quote(string(c.Id))),
			})
			continue
		}
		d.Caveats = append(d.Caveats, CaveatText{Condition: cv.String(), Text: cv.Describe(now), Known: true})
		switch cv.Kind {
		case KindOps:
			d.Ops = narrowOps(d.Ops, !hasOps, cv.Ops)
			hasOps = true
		case KindExpires:
			if d.Expires.IsZero() || cv.Expires.Before(d.Expires) {
				d.Expires = cv.Expires
			}
		}
	}
	return d, nil
}
