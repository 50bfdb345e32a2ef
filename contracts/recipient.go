package contracts

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// GuardianRegistry stores each guardian's X25519 public key as bytes32. Operators and the refuge
// code handle the same key as an age recipient string, "age1" followed by the bech32 (BIP 173)
// encoding of the 32 bytes. These two functions convert between the forms.

const (
	ageHRP         = "age"
	bech32Charset  = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
	bech32Checksum = 6
	// ageRecipientLength is len("age1") + 52 data characters + 6 checksum characters.
	ageRecipientLength = len(ageHRP) + 1 + 52 + bech32Checksum
)

var bech32Rev = func() [128]int8 {
	var t [128]int8
	for i := range t {
		t[i] = -1
	}
	for i, c := range bech32Charset {
		t[c] = int8(i)
	}
	return t
}()

func bech32Polymod(values []byte) uint32 {
	gen := [5]uint32{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3}
	chk := uint32(1)
	for _, v := range values {
		top := chk >> 25
		chk = (chk&0x1ffffff)<<5 ^ uint32(v)
		for i := 0; i < 5; i++ {
			if (top>>i)&1 == 1 {
				chk ^= gen[i]
			}
		}
	}
	return chk
}

func hrpExpand(hrp string) []byte {
	out := make([]byte, 0, len(hrp)*2+1)
	for i := 0; i < len(hrp); i++ {
		out = append(out, hrp[i]>>5)
	}
	out = append(out, 0)
	for i := 0; i < len(hrp); i++ {
		out = append(out, hrp[i]&31)
	}
	return out
}

// convertBits regroups bits (8 -> 5 with padding, or 5 -> 8 rejecting non-zero padding).
func convertBits(data []byte, from, to uint, pad bool) ([]byte, error) {
	var acc, bits uint
	maxv := uint(1)<<to - 1
	out := make([]byte, 0, len(data)*int(from)/int(to)+1)
	for _, v := range data {
		if uint(v)>>from != 0 {
			return nil, fmt.Errorf("value %d out of range", v)
		}
		acc = acc<<from | uint(v)
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
		return nil, fmt.Errorf("non-zero padding")
	}
	return out, nil
}

// FormatAgeRecipient returns the age recipient string ("age1...") of an X25519 public key.
func FormatAgeRecipient(key common.Hash) string {
	data, _ := convertBits(key[:], 8, 5, true) // 8 -> 5 with padding cannot fail
	values := append(hrpExpand(ageHRP), data...)
	mod := bech32Polymod(append(values, make([]byte, bech32Checksum)...)) ^ 1
	var b strings.Builder
	b.Grow(ageRecipientLength)
	b.WriteString(ageHRP)
	b.WriteByte('1')
	for _, v := range data {
		b.WriteByte(bech32Charset[v])
	}
	for i := 0; i < bech32Checksum; i++ {
		b.WriteByte(bech32Charset[(mod>>(5*(5-i)))&31])
	}
	return b.String()
}

// ParseAgeRecipient decodes an age X25519 recipient string to the 32-byte public key stored in
// GuardianRegistry. It accepts exactly the strings age.ParseX25519Recipient accepts (lower case,
// valid checksum, 32-byte key), except the all-zero key, which the registry refuses.
func ParseAgeRecipient(s string) (common.Hash, error) {
	bad := func(why string) (common.Hash, error) {
		return common.Hash{}, fmt.Errorf("%w: %s", ErrInvalidRecipient, why)
	}
	if len(s) != ageRecipientLength {
		return bad(fmt.Sprintf("%d characters, want %d", len(s), ageRecipientLength))
	}
	if s != strings.ToLower(s) {
		return bad("not lower case")
	}
	if !strings.HasPrefix(s, ageHRP+"1") {
		return bad(`does not start with "age1"`)
	}
	enc := s[len(ageHRP)+1:]
	values := make([]byte, len(enc))
	for i := 0; i < len(enc); i++ {
		c := enc[i]
		if c >= 128 || bech32Rev[c] < 0 {
			return bad(fmt.Sprintf("invalid character %q", c))
		}
		values[i] = byte(bech32Rev[c])
	}
	if bech32Polymod(append(hrpExpand(ageHRP), values...)) != 1 {
		return bad("checksum mismatch")
	}
	key, err := convertBits(values[:len(values)-bech32Checksum], 5, 8, false)
	if err != nil {
		return bad(err.Error())
	}
	if len(key) != common.HashLength {
		return bad(fmt.Sprintf("%d-byte key, want 32", len(key)))
	}
	var out common.Hash
	copy(out[:], key)
	if out == (common.Hash{}) {
		return bad("all-zero key")
	}
	return out, nil
}
