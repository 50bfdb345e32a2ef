package chain

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
)

// Proposal IDs are uint256 hashes: 78 decimal digits, which nobody types. The index, the CLI and
// gossip show them in full as 0x-prefixed 64-digit hex (ProposalHex) and in short as the first
// ShortIDLength hex digits (ShortID); anything that takes an ID also takes an unambiguous prefix.
const (
	// ShortIDLength is the number of hex digits in a short proposal ID.
	ShortIDLength = 8
	// MinPrefixLength is the shortest prefix ParseProposalRef accepts, so a typo does not match
	// half the index.
	MinPrefixLength = 4
	// maxRefLength bounds the input ParseProposalRef looks at (a uint256 has 78 decimal digits).
	maxRefLength = 80
)

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// ProposalHex is the full 64-digit hex form of a proposal ID, with 0x.
func ProposalHex(id *big.Int) string {
	return "0x" + hex.EncodeToString(id32(id))
}

// ShortID is the short human form of a proposal ID: its first ShortIDLength hex digits.
func ShortID(id *big.Int) string {
	return hex.EncodeToString(id32(id))[:ShortIDLength]
}

// id32 is the proposal ID as 32 big-endian bytes, the form index keys use. IDs wider than 256
// bits cannot exist on chain; they are truncated to their low 256 bits.
func id32(id *big.Int) []byte {
	b := make([]byte, 32)
	if id != nil {
		new(big.Int).And(id, maxUint256).FillBytes(b)
	}
	return b
}

// ProposalRef is a parsed reference to a proposal: a full ID, or a hex prefix of one.
type ProposalRef struct {
	// ID is set for a full ID.
	ID *big.Int
	// Prefix is set for a short ID: lower-case hex digits of the 64-digit form, without 0x.
	Prefix string
}

// String is the ref as the user would recognise it.
func (r ProposalRef) String() string {
	if r.ID != nil {
		return ProposalHex(r.ID)
	}
	return r.Prefix
}

// ParseProposalRef reads what a user or a capability caveat writes for a proposal:
//
//   - 0x and 64 hex digits: the full ID;
//   - more than 16 decimal digits: the full ID in decimal, as OpenZeppelin tools print it;
//   - 4 to 63 hex digits (0x optional): a prefix of the 64-digit hex form, such as the
//     8-digit ShortID.
//
// A string of at most 16 decimal digits is taken as a hex prefix, which is what short IDs look
// like; a real proposal ID is never that small.
func ParseProposalRef(s string) (ProposalRef, error) {
	s = strings.TrimSpace(s)
	if len(s) == 0 || len(s) > maxRefLength {
		return ProposalRef{}, fmt.Errorf("%w: %q", ErrBadProposalRef, clip(s))
	}
	h, hadPrefix := strings.CutPrefix(strings.ToLower(s), "0x")
	if !hadPrefix && len(s) > 16 && isDigits(s) {
		id, ok := new(big.Int).SetString(s, 10)
		if !ok || id.Cmp(maxUint256) > 0 {
			return ProposalRef{}, fmt.Errorf("%w: %q is larger than a uint256", ErrBadProposalRef, clip(s))
		}
		return ProposalRef{ID: id}, nil
	}
	if !isHex(h) {
		return ProposalRef{}, fmt.Errorf("%w: %q is neither hex nor a decimal ID", ErrBadProposalRef, clip(s))
	}
	switch {
	case len(h) == 64:
		id, _ := new(big.Int).SetString(h, 16)
		return ProposalRef{ID: id}, nil
	case len(h) > 64:
		return ProposalRef{}, fmt.Errorf("%w: %d hex digits, a proposal ID has 64", ErrBadProposalRef, len(h))
	case len(h) < MinPrefixLength:
		return ProposalRef{}, fmt.Errorf("%w: %q is too short, give at least %d hex digits", ErrBadProposalRef, s, MinPrefixLength)
	}
	return ProposalRef{Prefix: h}, nil
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return s != ""
}

func clip(s string) string {
	if len(s) > 20 {
		return s[:20] + "…"
	}
	return s
}
