package charter

import (
	"errors"
	"fmt"
	"math"
	"time"
	"unicode"
	"unicode/utf8"

	"google.golang.org/protobuf/proto"

	"github.com/x0tta6bl4/westworld/node/charter/pb"
)

// Wire limits of a telemetry report. A report within the field limits
// always encodes to less than MaxReportSize (128 metrics of 64-byte names
// take about 10 KiB), so the topic can reject anything bigger unread.
const (
	// ReportVersion is the TelemetryReport layout this package writes and
	// the only one it reads.
	ReportVersion = 1
	// MaxReportSize is the largest encoded report DecodeReport accepts.
	MaxReportSize = 16 << 10
	// MaxReportMetrics is the most metrics one report may carry.
	MaxReportMetrics = 128
	// MaxNodeIDLen bounds the node field (a peer ID string is about 52).
	MaxNodeIDLen = 128
)

// Report decoding errors. Every decoding error wraps ErrMalformedReport,
// and the first two also wrap their own sentinel.
var (
	ErrMalformedReport          = errors.New("malformed telemetry report")
	ErrReportTooLarge           = errors.New("telemetry report too large")
	ErrUnsupportedReportVersion = errors.New("unsupported telemetry report version")
)

// EncodeReport encodes r for the telemetry topic. It refuses what
// DecodeReport would refuse, so a node never publishes a report its peers
// drop as malformed.
func EncodeReport(r Report) ([]byte, error) {
	if err := validateReport(r.Node, r.Time.UnixNano(), r.Time.IsZero(), len(r.Metrics), func(i int) (string, float64) {
		return r.Metrics[i].Name, r.Metrics[i].Value
	}); err != nil {
		return nil, err
	}
	m := &pb.TelemetryReport{
		Version:      ReportVersion,
		Node:         r.Node,
		Seq:          r.Seq,
		TimeUnixNano: r.Time.UnixNano(),
		Metrics:      make([]*pb.Metric, len(r.Metrics)),
	}
	for i, x := range r.Metrics {
		m.Metrics[i] = &pb.Metric{Name: x.Name, Value: x.Value}
	}
	b, err := proto.MarshalOptions{Deterministic: true}.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("encode telemetry report: %w", err)
	}
	if len(b) > MaxReportSize {
		return nil, fmt.Errorf("%w: %w: %d bytes, limit %d", ErrMalformedReport, ErrReportTooLarge, len(b), MaxReportSize)
	}
	return b, nil
}

// DecodeReport decodes and checks a report received from the network: size,
// version, a node ID of letters and digits, a positive time, 1 to
// MaxReportMetrics metrics with distinct non-empty names of valid UTF-8
// without control characters, at most MaxNameLen bytes, and finite values.
// It does not judge names against the charter; that is Audit's job, so a
// forbidden metric decodes fine and is then punished. The node field is
// the sender's claim: the caller must check it is the message's signer.
func DecodeReport(data []byte) (Report, error) {
	if len(data) > MaxReportSize {
		return Report{}, fmt.Errorf("%w: %w: %d bytes, limit %d", ErrMalformedReport, ErrReportTooLarge, len(data), MaxReportSize)
	}
	var m pb.TelemetryReport
	if err := (proto.UnmarshalOptions{DiscardUnknown: true}).Unmarshal(data, &m); err != nil {
		return Report{}, fmt.Errorf("%w: %w", ErrMalformedReport, err)
	}
	if m.Version != ReportVersion {
		return Report{}, fmt.Errorf("%w: %w %d (want %d)", ErrMalformedReport, ErrUnsupportedReportVersion, m.Version, ReportVersion)
	}
	if err := validateReport(m.Node, m.TimeUnixNano, false, len(m.Metrics), func(i int) (string, float64) {
		return m.Metrics[i].GetName(), m.Metrics[i].GetValue()
	}); err != nil {
		return Report{}, err
	}
	r := Report{
		Node:    m.Node,
		Seq:     m.Seq,
		Time:    time.Unix(0, m.TimeUnixNano).UTC(),
		Metrics: make([]Metric, len(m.Metrics)),
	}
	for i, x := range m.Metrics {
		r.Metrics[i] = Metric{Name: x.GetName(), Value: x.GetValue()}
	}
	return r, nil
}

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrMalformedReport, fmt.Sprintf(format, args...))
}

func validateReport(node string, unixNano int64, zeroTime bool, n int, metric func(int) (string, float64)) error {
	if node == "" {
		return malformed("no node ID")
	}
	if len(node) > MaxNodeIDLen {
		return malformed("node ID is %d bytes, limit %d", len(node), MaxNodeIDLen)
	}
	for i := 0; i < len(node); i++ {
		b := node[i]
		if (b < 'a' || b > 'z') && (b < 'A' || b > 'Z') && (b < '0' || b > '9') {
			return malformed("node ID has byte 0x%02x at %d; peer IDs are letters and digits", b, i)
		}
	}
	if zeroTime || unixNano <= 0 {
		return malformed("time must be after 1970-01-01")
	}
	if n == 0 {
		return malformed("no metrics")
	}
	if n > MaxReportMetrics {
		return malformed("%d metrics, limit %d", n, MaxReportMetrics)
	}
	// Typical reports are small: compare pairwise and skip the map.
	var seen map[string]int
	if n > 16 {
		seen = make(map[string]int, n)
	}
	for i := 0; i < n; i++ {
		name, v := metric(i)
		if err := checkMetricName(name); err != nil {
			return malformed("metric %d: %v", i, err)
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return malformed("metric %d (%q): value %v is not finite", i, name, v)
		}
		if seen != nil {
			if j, dup := seen[name]; dup {
				return malformed("metric %d (%q) repeats metric %d", i, name, j)
			}
			seen[name] = i
			continue
		}
		for j := 0; j < i; j++ {
			if prev, _ := metric(j); prev == name {
				return malformed("metric %d (%q) repeats metric %d", i, name, j)
			}
		}
	}
	return nil
}

func checkMetricName(name string) error {
	if name == "" {
		return errors.New("empty name")
	}
	if len(name) > MaxNameLen {
		return fmt.Errorf("name is %d bytes, limit %d", len(name), MaxNameLen)
	}
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRuneInString(name[i:])
		if r == utf8.RuneError && size <= 1 {
			return fmt.Errorf("name is not valid UTF-8 at byte %d", i)
		}
		if unicode.IsControl(r) {
			return fmt.Errorf("name has control character %U", r)
		}
		i += size
	}
	return nil
}
