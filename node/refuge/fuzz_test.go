package refuge

import (
	"bytes"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"

	"github.com/x0tta6bl4/westworld/node/refuge/pb"
)

// fuzzNow is a fixed clock, so that a fuzz input means the same thing on
// every run.
var fuzzNow = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// FuzzDecodeManifest feeds arbitrary bytes to the manifest decoder: it must
// never panic, and whatever it accepts must be self-consistent.
func FuzzDecodeManifest(f *testing.F) {
	fx := newFixture(f, 4, 2, fuzzNow)
	f.Add(fx.signed)
	f.Add(newFixture(f, 1, 1, fuzzNow).signed)
	f.Add(fx.signed[:len(fx.signed)/2])
	f.Add([]byte{})
	f.Add([]byte{0x0A, 0x00, 0x12, 0x00})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := DecodeManifest(data, fuzzNow)
		if err != nil {
			return
		}
		if m.Threshold < 1 || m.Threshold > len(m.Guardians) || len(m.Commitments) != m.Threshold {
			t.Fatalf("accepted threshold %d with %d guardians and %d commitments", m.Threshold, len(m.Guardians), len(m.Commitments))
		}
		id, err := ManifestID(data)
		if err != nil || id != m.ID {
			t.Fatalf("ID %s, recomputed %s (%v)", m.ID, id, err)
		}
		again, err := DecodeManifest(m.Signed, fuzzNow)
		if err != nil || again.ID != m.ID {
			t.Fatalf("accepted manifest does not decode again: %v", err)
		}
	})
}

// FuzzDecodeMessage feeds arbitrary bytes to the gossip message decoder and,
// for what it accepts, to the verifiers, against a real manifest.
func FuzzDecodeMessage(f *testing.F) {
	fx := newFixture(f, 3, 2, fuzzNow)
	share, _ := NewReleaseShare(fx.m.ID, fx.shares[1], pb.Reason_REASON_DEAD_MAN, "", fuzzNow, fx.peerKeys[1])
	ack, _ := NewGuardianAck(fx.m.ID, 0, fuzzNow, fx.peerKeys[0])
	for _, m := range []*pb.Message{
		{Body: &pb.Message_Announce{Announce: &pb.Announce{Manifest: mustSigned(f, fx.signed), LatestCheckin: NewCheckin(fx.m.ID, fuzzNow, fx.checkin)}}},
		{Body: &pb.Message_Checkin{Checkin: NewCheckin(fx.m.ID, fuzzNow, fx.checkin)}},
		{Body: &pb.Message_Release{Release: NewReleaseRequest(fx.m.ID, fuzzNow, fx.checkin)}},
		{Body: &pb.Message_Share{Share: share}},
		{Body: &pb.Message_Ack{Ack: ack}},
	} {
		b, err := EncodeMessage(m)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte{})
	f.Add([]byte{0x2A, 0x02, 0x0A, 0x00})
	f.Fuzz(func(t *testing.T, data []byte) {
		msg, err := DecodeMessage(data)
		if err != nil {
			return
		}
		b, err := EncodeMessage(msg)
		if err != nil {
			t.Fatalf("accepted message does not encode: %v", err)
		}
		if _, err := DecodeMessage(b); err != nil {
			t.Fatalf("re-encoded message refused: %v", err)
		}
		// The verifiers must hold on anything the decoder lets through.
		switch body := msg.Body.(type) {
		case *pb.Message_Announce:
			if signed, err := (proto.MarshalOptions{Deterministic: true}).Marshal(body.Announce.Manifest); err == nil {
				if m, err := DecodeManifest(signed, fuzzNow); err == nil && body.Announce.LatestCheckin != nil {
					_ = VerifyCheckin(m, body.Announce.LatestCheckin, fuzzNow)
				}
			}
		case *pb.Message_Checkin:
			if body.Checkin.ManifestId == fx.m.ID && VerifyCheckin(fx.m, body.Checkin, fuzzNow) == nil &&
				!bytes.Equal(body.Checkin.Signature, NewCheckin(fx.m.ID, time.UnixMilli(body.Checkin.TimeUnixMs), fx.checkin).Signature) {
				t.Fatal("a check-in verified with a signature the key did not make")
			}
		case *pb.Message_Release:
			_ = VerifyRelease(fx.m, body.Release, fuzzNow)
		case *pb.Message_Ack:
			_ = VerifyAck(fx.m, body.Ack)
		case *pb.Message_Share:
			s := body.Share
			if VerifyShareSignature(fx.m, s) == nil {
				_ = fx.m.Commitments.Verify(Share{ID: int(s.Index) + 1, Value: s.Value})
			}
		}
	})
}

// FuzzStripMetadata feeds arbitrary files to the metadata stripper: it
// must never panic, never grow a file, leave formats it does not clean
// untouched, and be idempotent on what it cleaned.
func FuzzStripMetadata(f *testing.F) {
	jpg, _ := jpegFixture(f)
	f.Add(jpg)
	f.Add(pngFixture(f))
	f.Add([]byte{0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0xFF, 0x00, 0xFF, 0xD0, 0xFF, 0xD9})
	f.Add(append(bytes.Clone(pngSignature), 0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xAE, 0x42, 0x60, 0x82))
	f.Add([]byte("%PDF-1.7"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		var out bytes.Buffer
		rep, err := StripMetadata(&out, bytes.NewReader(data))
		if err != nil {
			return
		}
		if out.Len() > len(data) {
			t.Fatalf("output %d bytes from %d", out.Len(), len(data))
		}
		if !rep.Cleaned {
			if !bytes.Equal(out.Bytes(), data) || rep.Warning == "" {
				t.Fatalf("format %q not cleaned but changed or without warning", rep.Format)
			}
			return
		}
		var again bytes.Buffer
		rep2, err := StripMetadata(&again, bytes.NewReader(out.Bytes()))
		if err != nil {
			t.Fatalf("stripped output refused: %v", err)
		}
		if !bytes.Equal(again.Bytes(), out.Bytes()) || len(rep2.Removed) != 0 {
			t.Fatalf("not idempotent: removed %v on the second pass", rep2.Removed)
		}
	})
}
