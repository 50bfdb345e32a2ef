package cradle

import (
	"errors"
	"fmt"
	"time"

	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	"github.com/x0tta6bl4/westworld/node/cradle/pb"
)

// ProbeTopic is the gossip topic sandbox probes travel on: an ordinary
// operator topic (64 KiB cap), so probes take the same path as any
// application message.
const ProbeTopic = "westworld/cradle/1"

// ProbeVersion is the probe message version this package writes and reads.
const ProbeVersion = 1

// MaxProbeSize bounds a probe (padding included); the topic's cap is 64 KiB.
const MaxProbeSize = 16 << 10

// ErrBadProbe is wrapped by every probe decoding error.
var ErrBadProbe = errors.New("bad probe")

// RunID identifies one phase of one sandbox run.
type RunID [16]byte

// Probe is one decoded probe.
type Probe struct {
	Run    RunID
	Seq    uint64
	Origin int
	Sent   time.Time
}

// EncodeProbe writes a probe padded to size bytes (one byte short at the
// few sizes where the padding length's varint cannot add up exactly).
func EncodeProbe(p Probe, size int) ([]byte, error) {
	m := &pb.Probe{Version: ProbeVersion, Run: p.Run[:], Seq: p.Seq, Origin: uint32(p.Origin), SentUnixNano: p.Sent.UnixNano()}
	b, err := proto.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("encode probe: %w", err)
	}
	if size > MaxProbeSize {
		size = MaxProbeSize
	}
	// The padding field costs a tag byte and a length varint on top of
	// its bytes; pick the padding whose varint length adds up exactly.
	for lenBytes := 1; lenBytes <= 3; lenBytes++ {
		pad := size - len(b) - 1 - lenBytes
		if pad <= 0 || protowire.SizeVarint(uint64(pad)) != lenBytes {
			continue
		}
		m.Padding = make([]byte, pad)
		if b, err = proto.Marshal(m); err != nil {
			return nil, fmt.Errorf("encode probe: %w", err)
		}
		break
	}
	return b, nil
}

// DecodeProbe reads a probe received from the mesh (untrusted: any topic
// member may publish anything on the probe topic).
func DecodeProbe(data []byte) (Probe, error) {
	if len(data) > MaxProbeSize {
		return Probe{}, fmt.Errorf("%w: %d bytes > %d", ErrBadProbe, len(data), MaxProbeSize)
	}
	var m pb.Probe
	if err := proto.Unmarshal(data, &m); err != nil {
		return Probe{}, fmt.Errorf("%w: %v", ErrBadProbe, err)
	}
	if m.Version != ProbeVersion {
		return Probe{}, fmt.Errorf("%w: version %d (want %d)", ErrBadProbe, m.Version, ProbeVersion)
	}
	if len(m.Run) != len(RunID{}) {
		return Probe{}, fmt.Errorf("%w: run id of %d bytes", ErrBadProbe, len(m.Run))
	}
	if m.Seq == 0 {
		return Probe{}, fmt.Errorf("%w: seq 0", ErrBadProbe)
	}
	if m.Origin >= MaxNodes {
		return Probe{}, fmt.Errorf("%w: origin %d", ErrBadProbe, m.Origin)
	}
	if m.SentUnixNano <= 0 {
		return Probe{}, fmt.Errorf("%w: no send time", ErrBadProbe)
	}
	p := Probe{Seq: m.Seq, Origin: int(m.Origin), Sent: time.Unix(0, m.SentUnixNano)}
	copy(p.Run[:], m.Run)
	return p, nil
}
