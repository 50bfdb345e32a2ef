package cradle

import (
	"errors"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"

	"github.com/x0tta6bl4/westworld/node/cradle/pb"
)

func TestProbeRoundTrip(t *testing.T) {
	p := Probe{Run: RunID{1, 2, 3}, Seq: 42, Origin: 7, Sent: time.Unix(1700000000, 123456789)}
	for _, size := range []int{0, 64, 256, 4096, 1 << 20} {
		b, err := EncodeProbe(p, size)
		if err != nil {
			t.Fatal(err)
		}
		if size >= 64 && size <= MaxProbeSize && len(b) != size {
			t.Errorf("size %d: encoded %d bytes", size, len(b))
		}
		if len(b) > MaxProbeSize {
			t.Errorf("size %d: %d bytes over the cap", size, len(b))
		}
		got, err := DecodeProbe(b)
		if err != nil {
			t.Fatal(err)
		}
		if got.Run != p.Run || got.Seq != p.Seq || got.Origin != p.Origin || !got.Sent.Equal(p.Sent) {
			t.Fatalf("size %d: %+v", size, got)
		}
	}
}

func TestDecodeProbeRejects(t *testing.T) {
	good := &pb.Probe{Version: ProbeVersion, Run: make([]byte, 16), Seq: 1, Origin: 1, SentUnixNano: 1}
	for name, mut := range map[string]func(m *pb.Probe){
		"version": func(m *pb.Probe) { m.Version = 2 },
		"run":     func(m *pb.Probe) { m.Run = m.Run[:8] },
		"seq":     func(m *pb.Probe) { m.Seq = 0 },
		"origin":  func(m *pb.Probe) { m.Origin = MaxNodes },
		"time":    func(m *pb.Probe) { m.SentUnixNano = 0 },
		"size":    func(m *pb.Probe) { m.Padding = make([]byte, MaxProbeSize) },
	} {
		m := proto.Clone(good).(*pb.Probe)
		mut(m)
		b, _ := proto.Marshal(m)
		if _, err := DecodeProbe(b); !errors.Is(err, ErrBadProbe) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := DecodeProbe([]byte("not a probe \xff\xff")); !errors.Is(err, ErrBadProbe) {
		t.Errorf("garbage: %v", err)
	}
}

// FuzzDecodeProbe: whatever arrives on the probe topic decodes to a probe
// that re-encodes to the same fields, or fails with ErrBadProbe.
func FuzzDecodeProbe(f *testing.F) {
	b, _ := EncodeProbe(Probe{Run: RunID{9}, Seq: 3, Origin: 2, Sent: time.Unix(1, 0)}, 0)
	f.Add(b)
	b, _ = EncodeProbe(Probe{Run: RunID{9}, Seq: 1 << 40, Origin: 255, Sent: time.Unix(1<<32, 5)}, 300)
	f.Add(b)
	f.Add([]byte{})
	f.Add([]byte{0x08, 0x01, 0x12, 0x00})
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := DecodeProbe(data)
		if err != nil {
			if !errors.Is(err, ErrBadProbe) {
				t.Fatalf("error %v is not ErrBadProbe", err)
			}
			return
		}
		if p.Seq == 0 || p.Origin < 0 || p.Origin >= MaxNodes {
			t.Fatalf("decoded %+v", p)
		}
		again, err := EncodeProbe(p, 0)
		if err != nil {
			t.Fatal(err)
		}
		q, err := DecodeProbe(again)
		if err != nil || q != p {
			t.Fatalf("re-encode: %+v %v", q, err)
		}
	})
}
