package refuge

import (
	"crypto/rand"
	"errors"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/proto"

	"github.com/x0tta6bl4/westworld/node/refuge/pb"
)

// TestDutyProofs: the acknowledgements and shares refuge hands to the
// narrative verify for any node holding the manifest, and only as signed.
func TestDutyProofs(t *testing.T) {
	keys := make([]crypto.PrivKey, 2)
	ids := make([]peer.ID, 2)
	for i := range keys {
		k, _, err := crypto.GenerateEd25519Key(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
		ids[i], _ = peer.IDFromPrivateKey(k)
	}
	shares, raw, err := NewSecret().Split(2, 2)
	if err != nil {
		t.Fatal(err)
	}
	comm, err := ParseCommitments(raw)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := ManifestID([]byte("m"))
	m := &Manifest{ID: id, Commitments: comm, Guardians: []Guardian{{GuardianInfo: GuardianInfo{PeerID: ids[0]}}, {GuardianInfo: GuardianInfo{PeerID: ids[1]}}}}
	now := time.Now()

	req := &pb.PinRequest{ManifestId: id, CiphertextCid: []byte("cid"), CiphertextSize: 1 << 20}
	ack, err := NewPinAck(req, now, keys[0])
	if err != nil {
		t.Fatal(err)
	}
	if peer.ID(ack.Replica) != ids[0] {
		t.Fatalf("ack names %s, want its signer %s", peer.ID(ack.Replica), ids[0])
	}
	if err := VerifyPinAck(req, ack, ids[0]); err != nil {
		t.Fatalf("pin ack: %v", err)
	}
	bigger := &pb.PinRequest{ManifestId: id, CiphertextCid: []byte("cid"), CiphertextSize: 1 << 30}
	if err := VerifyPinAck(bigger, ack, ids[0]); !errors.Is(err, ErrBadMessage) {
		t.Fatalf("ack checked against a bigger request: %v", err)
	}
	inflated := proto.CloneOf(ack)
	inflated.CiphertextSize = 1 << 30
	if err := VerifyPinAck(bigger, inflated, ids[0]); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("ack inflated after signing: %v", err)
	}

	for _, tc := range []struct {
		name string
		by   int
		sh   Share
		want error
	}{
		{"own share", 1, shares[1], nil},
		{"share signed by another guardian", 0, shares[1], ErrBadSignature},
		{"value of another share", 1, Share{ID: 2, Value: shares[0].Value}, ErrTamperedShare},
	} {
		s, err := NewReleaseShare(id, tc.sh, pb.Reason_REASON_DEAD_MAN, "", now, keys[tc.by])
		if err != nil {
			t.Fatal(err)
		}
		if err := VerifyReleasedShare(m, s); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
}
