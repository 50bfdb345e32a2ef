package refuge

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"strings"
	"time"

	"filippo.io/age"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"
	mh "github.com/multiformats/go-multihash"
	"google.golang.org/protobuf/proto"

	"github.com/x0tta6bl4/westworld/node/refuge/pb"
)

// ErrBadManifest wraps every reason a manifest is refused: a bad signature,
// a malformed field, commitments that do not match the threshold.
var ErrBadManifest = errors.New("invalid manifest")

// Limits on what a manifest may hold, so that an announcement fits the
// topic's 64 KiB cap with room to spare.
const (
	// MaxGuardians bounds the guardian set.
	MaxGuardians = 64
	// MaxManifestSize bounds a signed manifest.
	MaxManifestSize = 48 << 10
	// ManifestVersion is the manifest layout this node writes and reads.
	ManifestVersion = 1
	// maxClockSkew is how far in the future a signed time may lie.
	maxClockSkew = 5 * time.Minute
)

// GuardianInfo is a guardian as configured (until the on-chain registry
// exists): its peer ID, its age X25519 recipient, and optionally its
// Ethereum address.
type GuardianInfo struct {
	PeerID    peer.ID
	Recipient string
	// EthAddress is 20 bytes or empty.
	EthAddress []byte
}

// Guardian is one entry of a manifest's guardian set.
type Guardian struct {
	GuardianInfo
	// ShareCID is the guardian's encrypted share in IPFS.
	ShareCID cid.Cid
}

// Manifest is a verified, decoded manifest.
type Manifest struct {
	// ID is the CID of the signed manifest block (CIDv1, raw, sha2-256).
	ID string
	// Signed is the SignedManifest as stored in IPFS and gossiped.
	Signed []byte

	Ciphertext     cid.Cid
	CiphertextSize int64
	PlaintextSize  int64
	Threshold      int
	Guardians      []Guardian
	Commitments    Commitments
	RawCommitments [][]byte
	DeadMan        time.Duration
	Emergency      bool
	Created        time.Time
	CheckinKey     ed25519.PublicKey
}

// GuardianIndex returns the position of p in the guardian set, or -1.
func (m *Manifest) GuardianIndex(p peer.ID) int {
	for i, g := range m.Guardians {
		if g.PeerID == p {
			return i
		}
	}
	return -1
}

// manifestSigContext separates manifest signatures from every other use of
// a check-in key.
const manifestSigContext = "manifest"

// ManifestID computes the ID of a signed manifest: the CID of its bytes as
// one raw IPFS block, which is what storage/ipfs makes of a file this small.
func ManifestID(signed []byte) (string, error) {
	h, err := mh.Sum(signed, mh.SHA2_256, -1)
	if err != nil {
		return "", err
	}
	return cid.NewCidV1(cid.Raw, h).String(), nil
}

// ErrBadManifestID is returned for a string that is not a manifest ID.
var ErrBadManifestID = errors.New("not a manifest ID")

// ParseManifestID checks that s is a manifest ID (a CIDv1 raw sha2-256) and
// returns its canonical string.
func ParseManifestID(s string) (cid.Cid, error) {
	c, err := cid.Decode(strings.TrimSpace(s))
	if err != nil {
		return cid.Undef, fmt.Errorf("manifest ID %q: %w: %v", s, ErrBadManifestID, err)
	}
	p := c.Prefix()
	if p.Version != 1 || p.Codec != cid.Raw || p.MhType != mh.SHA2_256 {
		return cid.Undef, fmt.Errorf("manifest ID %q: %w: not a refuge manifest CID (want CIDv1, raw, sha2-256)", s, ErrBadManifestID)
	}
	return c, nil
}

// signManifest serialises m and signs it with the check-in key.
func signManifest(m *pb.Manifest, key ed25519.PrivateKey) ([]byte, error) {
	body, err := proto.MarshalOptions{Deterministic: true}.Marshal(m)
	if err != nil {
		return nil, err
	}
	sig := ed25519.Sign(key, sigPayload(manifestSigContext, body))
	return proto.MarshalOptions{Deterministic: true}.Marshal(&pb.SignedManifest{Manifest: body, Signature: sig})
}

// DecodeManifest parses and verifies a signed manifest: size, layout,
// signature by its own check-in key, guardian set, commitments (one per
// threshold, each a valid group element), times and sizes. Anything wrong is
// an error wrapping ErrBadManifest. now bounds the creation time (a
// manifest from the future is refused).
func DecodeManifest(signed []byte, now time.Time) (*Manifest, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrBadManifest, fmt.Sprintf(format, args...))
	}
	if len(signed) > MaxManifestSize {
		return nil, bad("%d bytes, over the %d limit", len(signed), MaxManifestSize)
	}
	var sm pb.SignedManifest
	if err := proto.Unmarshal(signed, &sm); err != nil {
		return nil, bad("decode: %v", err)
	}
	// One manifest, one ID: the envelope must be the canonical encoding, so
	// nobody can re-wrap a signed manifest under another CID.
	if len(sm.ProtoReflect().GetUnknown()) > 0 {
		return nil, bad("unknown fields in the envelope")
	}
	if canon, err := (proto.MarshalOptions{Deterministic: true}).Marshal(&sm); err != nil || string(canon) != string(signed) {
		return nil, bad("not canonically encoded")
	}
	var pm pb.Manifest
	if err := proto.Unmarshal(sm.Manifest, &pm); err != nil {
		return nil, bad("decode body: %v", err)
	}
	return verifyManifest(signed, &sm, &pm, now)
}

func verifyManifest(signed []byte, sm *pb.SignedManifest, pm *pb.Manifest, now time.Time) (*Manifest, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrBadManifest, fmt.Sprintf(format, args...))
	}
	if pm.Version != ManifestVersion {
		return nil, bad("version %d, this node reads version %d", pm.Version, ManifestVersion)
	}
	if len(pm.CheckinKey) != ed25519.PublicKeySize {
		return nil, bad("check-in key of %d bytes", len(pm.CheckinKey))
	}
	if len(sm.Signature) != ed25519.SignatureSize || !ed25519.Verify(pm.CheckinKey, sigPayload(manifestSigContext, sm.Manifest), sm.Signature) {
		return nil, bad("signature does not verify with the manifest's check-in key (forged or tampered)")
	}
	if pm.Group != GroupName || pm.Cipher != CipherName {
		return nil, bad("group %q / cipher %q not supported (want %s / %s)", pm.Group, pm.Cipher, GroupName, CipherName)
	}
	ct, err := cid.Cast(pm.CiphertextCid)
	if err != nil {
		return nil, bad("ciphertext CID: %v", err)
	}
	if pm.CiphertextSize > 1<<50 || pm.PlaintextSize > pm.CiphertextSize {
		return nil, bad("sizes %d (ciphertext) / %d (plaintext) are inconsistent", pm.CiphertextSize, pm.PlaintextSize)
	}
	n := len(pm.Guardians)
	if n == 0 || n > MaxGuardians {
		return nil, bad("%d guardians (want 1..%d)", n, MaxGuardians)
	}
	if pm.Threshold < 1 || int(pm.Threshold) > n {
		return nil, bad("threshold %d of %d guardians", pm.Threshold, n)
	}
	if len(pm.Commitments) != int(pm.Threshold) {
		return nil, bad("%d commitments for threshold %d", len(pm.Commitments), pm.Threshold)
	}
	comm, err := ParseCommitments(pm.Commitments)
	if err != nil {
		return nil, bad("%v", err)
	}
	if comm[0].IsIdentity() {
		return nil, bad("commitment to the secret is the identity")
	}
	m := &Manifest{
		Signed:         signed,
		Ciphertext:     ct,
		CiphertextSize: int64(pm.CiphertextSize),
		PlaintextSize:  int64(pm.PlaintextSize),
		Threshold:      int(pm.Threshold),
		Commitments:    comm,
		RawCommitments: pm.Commitments,
		Created:        time.UnixMilli(pm.CreatedUnixMs),
		CheckinKey:     ed25519.PublicKey(pm.CheckinKey),
	}
	if pm.Policy != nil {
		if pm.Policy.DeadManMs < 0 {
			return nil, bad("negative dead-man duration")
		}
		m.DeadMan = time.Duration(pm.Policy.DeadManMs) * time.Millisecond
		m.Emergency = pm.Policy.Emergency
	}
	if pm.CreatedUnixMs <= 0 || m.Created.After(now.Add(maxClockSkew)) {
		return nil, bad("creation time %s is in the future or unset", m.Created.UTC().Format(time.RFC3339))
	}
	seen := map[peer.ID]bool{}
	for i, g := range pm.Guardians {
		id, err := peer.IDFromBytes(g.PeerId)
		if err != nil {
			return nil, bad("guardian %d: peer ID: %v", i+1, err)
		}
		if seen[id] {
			return nil, bad("guardian %s listed twice", id)
		}
		seen[id] = true
		if _, err := id.ExtractPublicKey(); err != nil {
			return nil, bad("guardian %d: peer ID %s does not embed its public key", i+1, id)
		}
		if _, err := age.ParseX25519Recipient(g.Recipient); err != nil {
			return nil, bad("guardian %d: recipient: %v", i+1, err)
		}
		if len(g.EthAddress) != 0 && len(g.EthAddress) != 20 {
			return nil, bad("guardian %d: Ethereum address of %d bytes", i+1, len(g.EthAddress))
		}
		sc, err := cid.Cast(g.ShareCid)
		if err != nil {
			return nil, bad("guardian %d: share CID: %v", i+1, err)
		}
		m.Guardians = append(m.Guardians, Guardian{
			GuardianInfo: GuardianInfo{PeerID: id, Recipient: g.Recipient, EthAddress: g.EthAddress},
			ShareCID:     sc,
		})
	}
	id, err := ManifestID(signed)
	if err != nil {
		return nil, err
	}
	m.ID = id
	return m, nil
}
