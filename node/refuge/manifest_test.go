package refuge

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"strings"
	"testing"
	"time"

	"filippo.io/age"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	mh "github.com/multiformats/go-multihash"
	"google.golang.org/protobuf/proto"

	"github.com/x0tta6bl4/westworld/node/refuge/pb"
)

// fixture is a complete, validly signed manifest with its secrets: the
// guardians' libp2p and age keys, the shares, the check-in key.
type fixture struct {
	signed    []byte
	m         *Manifest
	pm        *pb.Manifest
	checkin   ed25519.PrivateKey
	peerKeys  []crypto.PrivKey
	ageIDs    []*age.X25519Identity
	shares    []Share
	secret    Secret
	encShares [][]byte
}

func fakeCID(data string) cid.Cid {
	h, _ := mh.Sum([]byte(data), mh.SHA2_256, -1)
	return cid.NewCidV1(cid.Raw, h)
}

func newFixture(t testing.TB, n, threshold int, now time.Time) *fixture {
	t.Helper()
	f := &fixture{secret: NewSecret()}
	shares, comm, err := f.secret.Split(threshold, n)
	if err != nil {
		t.Fatal(err)
	}
	f.shares = shares
	pm := &pb.Manifest{
		Version: ManifestVersion, CiphertextCid: fakeCID("ciphertext").Bytes(), CiphertextSize: 1000, PlaintextSize: 900,
		Threshold: uint32(threshold), Commitments: comm, CreatedUnixMs: now.UnixMilli(),
		Policy: &pb.ReleasePolicy{DeadManMs: time.Hour.Milliseconds(), Emergency: true},
		Group:  GroupName, Cipher: CipherName,
	}
	for i := range n {
		sk, _, err := crypto.GenerateEd25519Key(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		id, _ := peer.IDFromPrivateKey(sk)
		aid, err := age.GenerateX25519Identity()
		if err != nil {
			t.Fatal(err)
		}
		enc, err := encryptShare(shares[i], aid.Recipient().String())
		if err != nil {
			t.Fatal(err)
		}
		f.peerKeys = append(f.peerKeys, sk)
		f.ageIDs = append(f.ageIDs, aid)
		f.encShares = append(f.encShares, enc)
		pm.Guardians = append(pm.Guardians, &pb.Guardian{PeerId: []byte(id), Recipient: aid.Recipient().String(),
			EthAddress: bytes.Repeat([]byte{byte(i)}, 20), ShareCid: fakeCID(string(enc)).Bytes()})
	}
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	pm.CheckinKey = pub
	f.pm, f.checkin = pm, priv
	f.signed, err = signManifest(pm, priv)
	if err != nil {
		t.Fatal(err)
	}
	f.m, err = DecodeManifest(f.signed, now)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// resign signs a modified copy of the fixture's manifest with key.
func (f *fixture) resign(t testing.TB, mod func(*pb.Manifest), key ed25519.PrivateKey) []byte {
	t.Helper()
	pm := proto.Clone(f.pm).(*pb.Manifest)
	mod(pm)
	b, err := signManifest(pm, key)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestManifestDecodes(t *testing.T) {
	now := time.Now()
	f := newFixture(t, 10, 3, now)
	m := f.m
	if m.Threshold != 3 || len(m.Guardians) != 10 || len(m.Commitments) != 3 || m.DeadMan != time.Hour || !m.Emergency {
		t.Fatalf("decoded %+v", m)
	}
	if m.Created.UnixMilli() != now.UnixMilli() || m.CiphertextSize != 1000 || m.PlaintextSize != 900 {
		t.Fatalf("times/sizes %v %d %d", m.Created, m.CiphertextSize, m.PlaintextSize)
	}
	id, err := ManifestID(f.signed)
	if err != nil || m.ID != id {
		t.Fatalf("ID %s vs %s (%v)", m.ID, id, err)
	}
	if _, err := ParseManifestID(m.ID); err != nil {
		t.Fatal(err)
	}
	if len(f.signed) > MaxManifestSize {
		t.Fatalf("a 10-guardian manifest is %d bytes", len(f.signed))
	}
	// Each guardian can open its own share, which verifies.
	for i, id := range f.ageIDs {
		sh, err := decryptShare(f.encShares[i], id)
		if err != nil || sh.ID != i+1 {
			t.Fatalf("guardian %d: share %d, %v", i+1, sh.ID, err)
		}
		if err := m.Commitments.Verify(sh); err != nil {
			t.Fatalf("guardian %d: %v", i+1, err)
		}
		if i > 0 {
			if _, err := decryptShare(f.encShares[i], f.ageIDs[i-1]); err == nil {
				t.Fatalf("guardian %d opened guardian %d's share", i, i+1)
			}
		}
	}
}

func TestManifestRefused(t *testing.T) {
	now := time.Now()
	f := newFixture(t, 5, 3, now)
	_, otherKey, _ := ed25519.GenerateKey(rand.Reader)
	flip := func(b []byte, at int) []byte {
		c := bytes.Clone(b)
		c[at] ^= 1
		return c
	}
	var sm pb.SignedManifest
	proto.Unmarshal(f.signed, &sm)
	withUnknown := append(bytes.Clone(f.signed), 0xF8, 0x01, 0x01) // field 31, varint 1
	tests := []struct {
		name   string
		signed []byte
		want   string
	}{
		{"tampered body", flip(f.signed, 40), "signature does not verify"},
		{"tampered signature", flip(f.signed, len(f.signed)-3), "signature does not verify"},
		{"signed with another key", f.resign(t, func(*pb.Manifest) {}, otherKey), "signature does not verify"},
		{"threshold above guardians", f.resign(t, func(m *pb.Manifest) { m.Threshold = 6 }, f.checkin), "threshold 6 of 5"},
		{"threshold zero", f.resign(t, func(m *pb.Manifest) { m.Threshold = 0 }, f.checkin), "threshold 0 of 5"},
		{"commitments short", f.resign(t, func(m *pb.Manifest) { m.Commitments = m.Commitments[:2] }, f.checkin), "2 commitments for threshold 3"},
		{"commitment not a point", f.resign(t, func(m *pb.Manifest) { m.Commitments[1] = bytes.Repeat([]byte{0xFF}, 32) }, f.checkin), "not a ristretto255 element"},
		{"guardian twice", f.resign(t, func(m *pb.Manifest) { m.Guardians[1].PeerId = m.Guardians[0].PeerId }, f.checkin), "listed twice"},
		{"bad recipient", f.resign(t, func(m *pb.Manifest) { m.Guardians[2].Recipient = "age1nope" }, f.checkin), "guardian 3: recipient"},
		{"bad share CID", f.resign(t, func(m *pb.Manifest) { m.Guardians[0].ShareCid = []byte{1, 2} }, f.checkin), "share CID"},
		{"from the future", f.resign(t, func(m *pb.Manifest) { m.CreatedUnixMs = now.Add(time.Hour).UnixMilli() }, f.checkin), "in the future"},
		{"version 2", f.resign(t, func(m *pb.Manifest) { m.Version = 2 }, f.checkin), "version 2"},
		{"other group", f.resign(t, func(m *pb.Manifest) { m.Group = "P256" }, f.checkin), "not supported"},
		{"no guardians", f.resign(t, func(m *pb.Manifest) { m.Guardians = nil; m.Threshold = 0; m.Commitments = nil }, f.checkin), "0 guardians"},
		{"plaintext above ciphertext", f.resign(t, func(m *pb.Manifest) { m.PlaintextSize = 5000 }, f.checkin), "inconsistent"},
		{"unknown envelope field", withUnknown, "unknown fields"},
		{"garbage", []byte("not a manifest"), "decode"},
		{"too large", make([]byte, MaxManifestSize+1), "over the"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeManifest(tt.signed, now)
			if !errors.Is(err, ErrBadManifest) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err %v, want ErrBadManifest with %q", err, tt.want)
			}
		})
	}
}

func TestMessagesSignedAndVerified(t *testing.T) {
	now := time.Now()
	f := newFixture(t, 4, 2, now)
	m := f.m
	_, wrongKey, _ := ed25519.GenerateKey(rand.Reader)

	// Check-ins and release requests: only the manifest's key.
	if err := VerifyCheckin(m, NewCheckin(m.ID, now, f.checkin), now); err != nil {
		t.Fatal(err)
	}
	if err := VerifyCheckin(m, NewCheckin(m.ID, now, wrongKey), now); !errors.Is(err, ErrBadSignature) ||
		!strings.Contains(err.Error(), "not signed with the manifest's check-in key") {
		t.Fatalf("check-in with the wrong key: %v", err)
	}
	if err := VerifyCheckin(m, NewCheckin(m.ID, now.Add(time.Hour), f.checkin), now); err == nil {
		t.Fatal("check-in from the future accepted")
	}
	c := NewCheckin(m.ID, now, f.checkin)
	c.TimeUnixMs += 1000 // replayed with a later time
	if err := VerifyCheckin(m, c, now); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("altered check-in: %v", err)
	}
	if err := VerifyRelease(m, NewReleaseRequest(m.ID, now, f.checkin), now); err != nil {
		t.Fatal(err)
	}
	if err := VerifyRelease(m, NewReleaseRequest(m.ID, now, wrongKey), now); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("release with the wrong key: %v", err)
	}

	// Acknowledgements and shares: only the guardian at that index.
	ack, _ := NewGuardianAck(m.ID, 1, now, f.peerKeys[1])
	if err := VerifyAck(m, ack); err != nil {
		t.Fatal(err)
	}
	forged, _ := NewGuardianAck(m.ID, 2, now, f.peerKeys[1]) // guardian 2 claiming to be 3
	if err := VerifyAck(m, forged); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("forged acknowledgement: %v", err)
	}
	share, _ := NewReleaseShare(m.ID, f.shares[2], pb.Reason_REASON_DEAD_MAN, "", now, f.peerKeys[2])
	if err := VerifyShareSignature(m, share); err != nil {
		t.Fatal(err)
	}
	if err := m.Commitments.Verify(Share{ID: int(share.Index) + 1, Value: share.Value}); err != nil {
		t.Fatal(err)
	}
	// A guardian signing a wrong value: the signature holds, the
	// commitments catch it.
	bad := Share{ID: 3, Value: bytes.Clone(f.shares[3].Value)}
	tampered, _ := NewReleaseShare(m.ID, bad, pb.Reason_REASON_DEAD_MAN, "", now, f.peerKeys[2])
	if err := VerifyShareSignature(m, tampered); err != nil {
		t.Fatal(err)
	}
	if err := m.Commitments.Verify(Share{ID: 3, Value: tampered.Value}); !errors.Is(err, ErrTamperedShare) {
		t.Fatalf("tampered share: %v", err)
	}
	// Someone else's key on a guardian's share.
	stolen, _ := NewReleaseShare(m.ID, f.shares[0], pb.Reason_REASON_DEAD_MAN, "", now, f.peerKeys[3])
	if err := VerifyShareSignature(m, stolen); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("share signed by another guardian: %v", err)
	}
	outOfRange, _ := NewReleaseShare(m.ID, Share{ID: 9, Value: f.shares[0].Value}, pb.Reason_REASON_DEAD_MAN, "", now, f.peerKeys[0])
	if err := VerifyShareSignature(m, outOfRange); !errors.Is(err, ErrNotGuardian) {
		t.Fatalf("share index out of range: %v", err)
	}

	// Round trip through the wire format.
	for _, msg := range []*pb.Message{
		{Body: &pb.Message_Checkin{Checkin: NewCheckin(m.ID, now, f.checkin)}},
		{Body: &pb.Message_Ack{Ack: ack}},
		{Body: &pb.Message_Share{Share: share}},
		{Body: &pb.Message_Release{Release: NewReleaseRequest(m.ID, now, f.checkin)}},
		{Body: &pb.Message_Announce{Announce: &pb.Announce{Manifest: mustSigned(t, f.signed), LatestCheckin: NewCheckin(m.ID, now, f.checkin)}}},
	} {
		b, err := EncodeMessage(msg)
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeMessage(b)
		if err != nil {
			t.Fatalf("%T: %v", msg.Body, err)
		}
		if !proto.Equal(got, msg) {
			t.Fatalf("%T changed on the wire", msg.Body)
		}
	}
}

func mustSigned(t testing.TB, b []byte) *pb.SignedManifest {
	var sm pb.SignedManifest
	if err := proto.Unmarshal(b, &sm); err != nil {
		t.Fatal(err)
	}
	return &sm
}

func TestDecodeMessageRefuses(t *testing.T) {
	now := time.Now()
	f := newFixture(t, 3, 2, now)
	enc := func(m *pb.Message) []byte {
		b, _ := proto.Marshal(m)
		return b
	}
	share, _ := NewReleaseShare(f.m.ID, f.shares[0], pb.Reason_REASON_PUBLISHER, "", now, f.peerKeys[0])
	shortValue := proto.Clone(share).(*pb.ReleaseShare)
	shortValue.Value = shortValue.Value[:31]
	noReason := proto.Clone(share).(*pb.ReleaseShare)
	noReason.Reason = pb.Reason_REASON_UNSPECIFIED
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "no body"},
		{"garbage", []byte{0xFF, 0xFF, 0xFF}, "malformed"},
		{"too big", make([]byte, MaxMessageSize+1), "malformed"},
		{"announce without manifest", enc(&pb.Message{Body: &pb.Message_Announce{Announce: &pb.Announce{}}}), "without a manifest"},
		{"check-in bad ID", enc(&pb.Message{Body: &pb.Message_Checkin{Checkin: &pb.Checkin{ManifestId: "x", Signature: make([]byte, 64)}}}), "manifest ID"},
		{"check-in short signature", enc(&pb.Message{Body: &pb.Message_Checkin{Checkin: &pb.Checkin{ManifestId: f.m.ID, Signature: make([]byte, 10)}}}), "signature of 10 bytes"},
		{"ID is not raw", enc(&pb.Message{Body: &pb.Message_Release{Release: &pb.ReleaseRequest{ManifestId: cid.NewCidV1(cid.DagProtobuf, fakeCID("x").Hash()).String(), Signature: make([]byte, 64)}}}), "not a refuge manifest CID"},
		{"share value short", enc(&pb.Message{Body: &pb.Message_Share{Share: shortValue}}), "value of 31 bytes"},
		{"share without reason", enc(&pb.Message{Body: &pb.Message_Share{Share: noReason}}), "reason 0"},
		{"ack index huge", enc(&pb.Message{Body: &pb.Message_Ack{Ack: &pb.GuardianAck{ManifestId: f.m.ID, Index: 1000, Signature: []byte{1}}}}), "index 1000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeMessage(tt.data)
			if !errors.Is(err, ErrBadMessage) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err %v, want ErrBadMessage with %q", err, tt.want)
			}
		})
	}
}
