package refuge

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"slices"

	"filippo.io/age"
	"github.com/cloudflare/circl/group"
	"github.com/cloudflare/circl/secretsharing"
)

// Sentinel errors of the secret sharing.
var (
	// ErrBelowThreshold is returned when fewer valid shares than the
	// manifest's threshold are known.
	ErrBelowThreshold = errors.New("below threshold")
	// ErrTamperedShare is returned for a share that does not verify against
	// the manifest's commitments.
	ErrTamperedShare = errors.New("share does not match the manifest's commitments")
	// ErrWrongKey is returned when decryption fails because the key is not
	// the document's.
	ErrWrongKey = errors.New("wrong document key")
)

// The secret-sharing group and the document cipher, as the manifest names
// them.
const (
	GroupName  = "ristretto255"
	CipherName = "age-v1+westworld-refuge-key"
)

var shareGroup = group.Ristretto255

// Secret is a document secret: a uniformly random ristretto255 scalar.
// Guardians hold Shamir shares of it (Feldman-verifiable, from
// cloudflare/circl); the document key is derived from it.
type Secret struct{ s group.Scalar }

// NewSecret draws a fresh document secret.
func NewSecret() Secret { return Secret{shareGroup.RandomNonZeroScalar(rand.Reader)} }

// Key derives the 32-byte document key from the secret with HKDF-SHA256.
func (s Secret) Key() []byte {
	b, err := s.s.MarshalBinary()
	if err != nil {
		panic(err) // a ristretto255 scalar always marshals
	}
	k, err := hkdf.Key(sha256.New, b, nil, "westworld/refuge/1 document key", 32)
	if err != nil {
		panic(err)
	}
	return k
}

// Share is one guardian's share: ID is the guardian's position + 1.
type Share struct {
	ID    int
	Value []byte // 32-byte scalar
}

// Split shares the secret t-of-n (any t shares recover it, t-1 learn
// nothing) and returns the shares with IDs 1..n and the Feldman commitments
// (t group elements, 32 bytes each) that let anyone verify a share.
func (s Secret) Split(t, n int) ([]Share, [][]byte, error) {
	if t < 1 || t > n {
		return nil, nil, fmt.Errorf("threshold %d of %d: %w", t, n, ErrBadThreshold)
	}
	// circl's t is the degree of the polynomial: t+1 shares recover.
	ss := secretsharing.New(rand.Reader, uint(t-1), s.s)
	raw := ss.Share(uint(n))
	shares := make([]Share, n)
	for i, sh := range raw {
		v, err := sh.Value.MarshalBinary()
		if err != nil {
			return nil, nil, err
		}
		shares[i] = Share{ID: i + 1, Value: v}
	}
	var comm [][]byte
	for _, c := range ss.CommitSecret() {
		b, err := c.MarshalBinary()
		if err != nil {
			return nil, nil, err
		}
		comm = append(comm, b)
	}
	return shares, comm, nil
}

// ErrBadThreshold is returned for a threshold outside 1..guardians.
var ErrBadThreshold = errors.New("threshold must be between 1 and the number of guardians")

// Commitments are decoded Feldman commitments.
type Commitments []group.Element

// ParseCommitments decodes commitments, rejecting anything that is not a
// canonical ristretto255 element.
func ParseCommitments(raw [][]byte) (Commitments, error) {
	out := make(Commitments, len(raw))
	for i, b := range raw {
		e := shareGroup.NewElement()
		if err := e.UnmarshalBinary(b); err != nil {
			return nil, fmt.Errorf("commitment %d: not a ristretto255 element", i)
		}
		out[i] = e
	}
	return out, nil
}

// Verify checks a share against the commitments (Feldman): g^value equals
// the committed polynomial at the share's ID.
func (c Commitments) Verify(sh Share) error {
	if sh.ID < 1 {
		return fmt.Errorf("share ID %d: %w", sh.ID, ErrTamperedShare)
	}
	v := shareGroup.NewScalar()
	if err := v.UnmarshalBinary(sh.Value); err != nil {
		return fmt.Errorf("share %d: value is not a scalar: %w", sh.ID, ErrTamperedShare)
	}
	id := shareGroup.NewScalar().SetUint64(uint64(sh.ID))
	if !secretsharing.Verify(uint(len(c)-1), secretsharing.Share{ID: id, Value: v}, c) {
		return fmt.Errorf("share %d: %w", sh.ID, ErrTamperedShare)
	}
	return nil
}

// Combine recovers the secret from shares. Every share is verified first; a
// share that fails is excluded and named in the returned error list (the
// recovery still succeeds if enough valid shares remain). Fewer than
// len(c) valid shares is ErrBelowThreshold. The recovered secret is checked
// against the commitment to the secret itself.
func (c Commitments) Combine(shares []Share) (Secret, []error, error) {
	t := len(c)
	var bad []error
	var valid []secretsharing.Share
	seen := map[int]bool{}
	for _, sh := range shares {
		if seen[sh.ID] {
			continue // circl panics on duplicate IDs
		}
		if err := c.Verify(sh); err != nil {
			bad = append(bad, err)
			continue
		}
		seen[sh.ID] = true
		v := shareGroup.NewScalar()
		_ = v.UnmarshalBinary(sh.Value) // verified above
		valid = append(valid, secretsharing.Share{ID: shareGroup.NewScalar().SetUint64(uint64(sh.ID)), Value: v})
	}
	if len(valid) < t {
		return Secret{}, bad, fmt.Errorf("%w: %d valid shares of the %d needed", ErrBelowThreshold, len(valid), t)
	}
	s, err := secretsharing.Recover(uint(t-1), valid[:t])
	if err != nil {
		return Secret{}, bad, fmt.Errorf("recover secret: %w", err)
	}
	if !shareGroup.NewElement().MulGen(s).IsEqual(c[0]) {
		// Unreachable with verified shares; kept as the last line of defence.
		return Secret{}, bad, errors.New("recovered secret does not match its commitment")
	}
	return Secret{s}, bad, nil
}

// stanzaType is the age recipient stanza of a document key.
const stanzaType = "westworld-refuge"

// keyRecipient wraps age's file key with the document key (AES-256-GCM, the
// key used once): age's streaming format with a symmetric key and no scrypt.
type keyRecipient struct{ key []byte }

// Wrap implements age.Recipient.
func (r keyRecipient) Wrap(fileKey []byte) ([]*age.Stanza, error) {
	aead, err := newKeyAEAD(r.key)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize()) // a fresh key per document: a zero nonce is safe
	return []*age.Stanza{{Type: stanzaType, Body: aead.Seal(nil, nonce, fileKey, []byte(stanzaType))}}, nil
}

// WrapWithLabels makes age refuse to add other recipients next to this one:
// only the guardians' threshold may open the document.
func (r keyRecipient) WrapWithLabels(fileKey []byte) ([]*age.Stanza, []string, error) {
	s, err := r.Wrap(fileKey)
	return s, []string{stanzaType}, err
}

// keyIdentity unwraps the file key with the document key.
type keyIdentity struct{ key []byte }

// Unwrap implements age.Identity.
func (id keyIdentity) Unwrap(stanzas []*age.Stanza) ([]byte, error) {
	aead, err := newKeyAEAD(id.key)
	if err != nil {
		return nil, err
	}
	for _, s := range stanzas {
		if s.Type != stanzaType {
			continue
		}
		fk, err := aead.Open(nil, make([]byte, aead.NonceSize()), s.Body, []byte(stanzaType))
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrWrongKey, age.ErrIncorrectIdentity)
		}
		return fk, nil
	}
	return nil, age.ErrIncorrectIdentity
}

func newKeyAEAD(key []byte) (cipher.AEAD, error) {
	if len(key) != 32 {
		return nil, fmt.Errorf("document key of %d bytes, want 32", len(key))
	}
	b, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(b)
}

// Encrypt returns a writer that encrypts what is written to it into dst in
// age's STREAM format (ChaCha20-Poly1305, 64 KiB chunks, each authenticated;
// truncation and reordering are detected) under key. Close flushes the
// last chunk.
func Encrypt(dst io.Writer, key []byte) (io.WriteCloser, error) {
	return age.Encrypt(dst, keyRecipient{key: slices.Clone(key)})
}

// Decrypt returns a reader of the plaintext of the age file src under key.
// A wrong key fails here with ErrWrongKey; tampered data fails the read
// that reaches it.
func Decrypt(src io.Reader, key []byte) (io.Reader, error) {
	r, err := age.Decrypt(src, keyIdentity{key: slices.Clone(key)})
	if err != nil {
		if errors.Is(err, ErrWrongKey) {
			return nil, ErrWrongKey
		}
		return nil, fmt.Errorf("decrypt: %w", err)
	}
	return r, nil
}
