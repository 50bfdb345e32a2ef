package capability

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	macaroon "gopkg.in/macaroon.v2"
)

// A macaroon's identifier is
//
//	version (1 byte, = idVersion) | key ID length (1 byte, 8..16) | key ID | nonce (16 bytes)
//
// so that Check knows which root key to verify it with, and two macaroons
// baked under one key still differ.
const (
	idVersion   = 1
	keyIDLen    = 8 // what New keys get; decode accepts minKeyIDLen..maxKeyIDLen
	minKeyIDLen = 8
	maxKeyIDLen = 16
	nonceLen    = 16
)

// Limits on what Check will decode.
const (
	maxMacaroonSize = 16 << 10 // binary bytes; hex may be twice this
	maxCaveats      = 64
)

// macID is a decoded identifier.
type macID struct {
	keyID []byte
	nonce []byte
}

func encodeID(keyID, nonce []byte) []byte {
	b := make([]byte, 0, 2+len(keyID)+len(nonce))
	b = append(b, idVersion, byte(len(keyID)))
	b = append(b, keyID...)
	return append(b, nonce...)
}

func decodeID(b []byte) (macID, error) {
	if len(b) < 2 {
		return macID{}, fmt.Errorf("identifier of %d bytes is too short", len(b))
	}
	if b[0] != idVersion {
		return macID{}, fmt.Errorf("identifier version %d is not %d", b[0], idVersion)
	}
	n := int(b[1])
	if n < minKeyIDLen || n > maxKeyIDLen {
		return macID{}, fmt.Errorf("root key ID of %d bytes (want %d to %d)", n, minKeyIDLen, maxKeyIDLen)
	}
	if len(b) != 2+n+nonceLen {
		return macID{}, fmt.Errorf("identifier of %d bytes (want %d)", len(b), 2+n+nonceLen)
	}
	return macID{keyID: b[2 : 2+n], nonce: b[2+n:]}, nil
}

// decode turns what a client sent (binary, or hex as in the Header) into a
// macaroon and its identifier. It accepts only the canonical V2 binary
// encoding: trailing bytes or a re-encoding that differs are refused, so
// garbage glued to a valid macaroon never passes.
func decode(raw []byte) (*macaroon.Macaroon, macID, error) {
	// Hex may come with a newline (a file, a shell); binary must not be
	// trimmed: its signature can end in a byte that looks like a space.
	trimmed := bytes.TrimSpace(raw)
	if len(trimmed) == 0 {
		return nil, macID{}, deny(ErrNoMacaroon, "the request carries no macaroon")
	}
	if len(raw) > 2*maxMacaroonSize+2 {
		return nil, macID{}, deny(ErrMalformed, "%d bytes is larger than any macaroon this node bakes", len(raw))
	}
	bin := raw
	if isHex(trimmed) {
		bin = make([]byte, len(trimmed)/2)
		if _, err := hex.Decode(bin, trimmed); err != nil {
			return nil, macID{}, deny(ErrMalformed, "bad hex: %v", err)
		}
	}
	if len(bin) > maxMacaroonSize {
		return nil, macID{}, deny(ErrMalformed, "%d bytes is larger than any macaroon this node bakes", len(bin))
	}
	if bin[0] != byte(macaroon.V2) {
		return nil, macID{}, deny(ErrMalformed, "not a version 2 binary macaroon (hex or binary)")
	}
	m := new(macaroon.Macaroon)
	if err := m.UnmarshalBinary(bin); err != nil {
		return nil, macID{}, deny(ErrMalformed, "%v", err)
	}
	re, err := m.MarshalBinary()
	if err != nil || !bytes.Equal(re, bin) {
		return nil, macID{}, deny(ErrMalformed, "trailing or non-canonical bytes")
	}
	if n := len(m.Caveats()); n > maxCaveats {
		return nil, macID{}, deny(ErrMalformed, "%d caveats is more than %d", n, maxCaveats)
	}
	id, err := decodeID(m.Id())
	if err != nil {
		return nil, macID{}, deny(ErrMalformed, "%v", err)
	}
	return m, id, nil
}

func isHex(b []byte) bool {
	if len(b)%2 != 0 {
		return false
	}
	for _, c := range b {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') && (c < 'A' || c > 'F') {
			return false
		}
	}
	return true
}

// caveatSigs recomputes the macaroon signature chain for first-party
// caveats (sig_0 = HMAC(derive(rootKey), id), sig_i = HMAC(sig_i-1,
// caveat_i)) and returns sig_i for every caveat, as macaroon.v2 computes
// it. sig_i is shared by every macaroon attenuated from one that ends at
// caveat i, which is what the uses= counter is keyed by: adding caveats
// does not buy a holder a fresh request budget.
func caveatSigs(rootKey, id []byte, cavs []macaroon.Caveat) [][sha256.Size]byte {
	h := hmac.New(sha256.New, []byte("macaroons-key-generator"))
	h.Write(rootKey)
	var sig [sha256.Size]byte
	h.Sum(sig[:0])
	sig = keyedHash(sig, id)
	out := make([][sha256.Size]byte, len(cavs))
	for i, c := range cavs {
		sig = keyedHash(sig, c.Id)
		out[i] = sig
	}
	return out
}

func keyedHash(key [sha256.Size]byte, text []byte) [sha256.Size]byte {
	h := hmac.New(sha256.New, key[:])
	h.Write(text)
	var out [sha256.Size]byte
	h.Sum(out[:0])
	return out
}
