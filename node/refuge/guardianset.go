package refuge

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"filippo.io/age"
)

// SetGuardians replaces the guardian set and default threshold of new publishes: what an
// executed GuardianRegistry update decides. Documents already published keep the set their
// manifest names; their shares are where they were.
func (r *Refuge) SetGuardians(gs []GuardianInfo, threshold int) error {
	if len(gs) > MaxGuardians {
		return fmt.Errorf("refuge: %d guardians, at most %d", len(gs), MaxGuardians)
	}
	if threshold < 1 || threshold > len(gs) {
		return fmt.Errorf("refuge: threshold %d with %d guardians: %w", threshold, len(gs), ErrBadThreshold)
	}
	for i, g := range gs {
		if _, err := age.ParseX25519Recipient(g.Recipient); err != nil {
			return fmt.Errorf("refuge: guardian %d: %w", i+1, err)
		}
		if _, err := g.PeerID.ExtractPublicKey(); err != nil {
			return fmt.Errorf("refuge: guardian %d: peer ID %s does not embed its key", i+1, g.PeerID)
		}
	}
	r.mu.Lock()
	r.cfg.Guardians, r.cfg.Threshold = slices.Clone(gs), threshold
	r.mu.Unlock()
	r.log.Info("guardian set replaced", "guardians", len(gs), "threshold", threshold)
	return nil
}

// Guardians is the guardian set and default threshold new publishes use.
func (r *Refuge) Guardians() ([]GuardianInfo, int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.cfg.Guardians), r.cfg.Threshold
}

// RecipientFromKey is the age recipient string (age1...) of an X25519 public key, as the
// GuardianRegistry stores it (bytes32).
func RecipientFromKey(key [32]byte) string { return bech32Encode("age", key[:]) }

// RecipientKey is the X25519 public key of an age recipient string: what goes into the
// GuardianRegistry for it.
func RecipientKey(recipient string) ([32]byte, error) {
	var key [32]byte
	if _, err := age.ParseX25519Recipient(recipient); err != nil {
		return key, err
	}
	hrp, data, err := bech32Decode(recipient)
	if err != nil || hrp != "age" || len(data) != 32 {
		return key, errors.New("not an age X25519 recipient")
	}
	copy(key[:], data)
	return key, nil
}

// BIP-173 bech32, which age uses for its keys (without the 90-character limit, which age
// does not keep either).
const bech32Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

func bech32Polymod(values []byte) uint32 {
	gen := [5]uint32{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3}
	chk := uint32(1)
	for _, v := range values {
		b := chk >> 25
		chk = (chk&0x1ffffff)<<5 ^ uint32(v)
		for i := range 5 {
			if (b>>i)&1 == 1 {
				chk ^= gen[i]
			}
		}
	}
	return chk
}

func bech32HRPExpand(hrp string) []byte {
	out := make([]byte, 0, 2*len(hrp)+1)
	for i := range len(hrp) {
		out = append(out, hrp[i]>>5)
	}
	out = append(out, 0)
	for i := range len(hrp) {
		out = append(out, hrp[i]&31)
	}
	return out
}

// convertBits regroups 8-bit bytes into 5-bit groups (or back, with pad false).
func convertBits(data []byte, from, to uint, pad bool) ([]byte, error) {
	var acc, bits uint
	var out []byte
	maxv := uint(1)<<to - 1
	for _, b := range data {
		if uint(b)>>from != 0 {
			return nil, errors.New("bech32: value out of range")
		}
		acc = acc<<from | uint(b)
		bits += from
		for bits >= to {
			bits -= to
			out = append(out, byte(acc>>bits&maxv))
		}
	}
	if pad {
		if bits > 0 {
			out = append(out, byte(acc<<(to-bits)&maxv))
		}
	} else if bits >= from || acc<<(to-bits)&maxv != 0 {
		return nil, errors.New("bech32: bad padding")
	}
	return out, nil
}

func bech32Encode(hrp string, data []byte) string {
	values, _ := convertBits(data, 8, 5, true) // 8-bit input is always in range
	poly := bech32Polymod(append(append(bech32HRPExpand(hrp), values...), 0, 0, 0, 0, 0, 0)) ^ 1
	var b strings.Builder
	b.WriteString(hrp)
	b.WriteByte('1')
	for _, v := range values {
		b.WriteByte(bech32Charset[v])
	}
	for i := range 6 {
		b.WriteByte(bech32Charset[(poly>>(5*(5-i)))&31])
	}
	return b.String()
}

func bech32Decode(s string) (string, []byte, error) {
	if strings.ToLower(s) != s && strings.ToUpper(s) != s {
		return "", nil, errors.New("bech32: mixed case")
	}
	s = strings.ToLower(s)
	pos := strings.LastIndexByte(s, '1')
	if pos < 1 || pos+7 > len(s) {
		return "", nil, errors.New("bech32: no separator or checksum")
	}
	hrp := s[:pos]
	values := make([]byte, 0, len(s)-pos-1)
	for i := pos + 1; i < len(s); i++ {
		v := strings.IndexByte(bech32Charset, s[i])
		if v < 0 {
			return "", nil, fmt.Errorf("bech32: invalid character %q", s[i])
		}
		values = append(values, byte(v))
	}
	if bech32Polymod(append(bech32HRPExpand(hrp), values...)) != 1 {
		return "", nil, errors.New("bech32: bad checksum")
	}
	data, err := convertBits(values[:len(values)-6], 5, 8, false)
	return hrp, data, err
}
