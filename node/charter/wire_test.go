package charter

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	"github.com/x0tta6bl4/westworld/node/charter/pb"
)

const testPeer = "12D3KooWGzxzKZYveHXtpG6AsrUJBcWxHBFS2HsEoGTxrMLvKXtf"

func sampleReport() Report {
	return Report{
		Node: testPeer,
		Seq:  42,
		Time: time.Date(2026, 3, 4, 5, 6, 7, 890, time.UTC),
		Metrics: []Metric{
			{"latency_p50", 12.5}, {"latency_p99", 80}, {"packet_loss", 0.001}, {"node_count", 17}, {"avg_degree", -0},
		},
	}
}

func TestReportRoundTrip(t *testing.T) {
	r := sampleReport()
	b, err := EncodeReport(r)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeReport(b)
	if err != nil {
		t.Fatal(err)
	}
	if got.Node != r.Node || got.Seq != r.Seq || !got.Time.Equal(r.Time) || len(got.Metrics) != len(r.Metrics) {
		t.Fatalf("got %+v", got)
	}
	for i := range r.Metrics {
		if got.Metrics[i] != r.Metrics[i] {
			t.Errorf("metric %d: %+v, want %+v", i, got.Metrics[i], r.Metrics[i])
		}
	}
	// Deterministic: the same report encodes to the same bytes.
	b2, _ := EncodeReport(r)
	if string(b) != string(b2) {
		t.Error("encoding is not deterministic")
	}
	// The decoded report is audited like any other.
	a, _ := newTestAuditor(t, Default(), AuditorConfig{})
	if vs := a.Audit(got); vs != nil {
		t.Errorf("clean report audited as %v", verdicts(vs))
	}
}

func TestMaxReportFits(t *testing.T) {
	r := Report{Node: strings.Repeat("Z", MaxNodeIDLen), Seq: math.MaxUint64, Time: time.Unix(0, math.MaxInt64)}
	for i := range MaxReportMetrics {
		name := strings.Repeat("m", MaxNameLen-3) + string(rune('a'+i/26/26%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i%26))
		r.Metrics = append(r.Metrics, Metric{Name: name, Value: -math.MaxFloat64})
	}
	b, err := EncodeReport(r)
	if err != nil {
		t.Fatalf("largest valid report: %v", err)
	}
	if len(b) > MaxReportSize {
		t.Fatalf("largest valid report is %d bytes > MaxReportSize %d", len(b), MaxReportSize)
	}
	t.Logf("largest valid report: %d bytes", len(b))
	if _, err := DecodeReport(b); err != nil {
		t.Fatal(err)
	}
}

// raw builds wire bytes without EncodeReport's checks, as a hostile peer would.
func raw(t *testing.T, m *pb.TelemetryReport) []byte {
	t.Helper()
	b, err := proto.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func goodPB() *pb.TelemetryReport {
	return &pb.TelemetryReport{Version: 1, Node: testPeer, Seq: 1, TimeUnixNano: 1e18,
		Metrics: []*pb.Metric{{Name: "latency_p50", Value: 1}}}
}

func TestDecodeReportRejects(t *testing.T) {
	with := func(f func(m *pb.TelemetryReport)) *pb.TelemetryReport {
		m := goodPB()
		f(m)
		return m
	}
	many := func(n int, name func(i int) string) []*pb.Metric {
		out := make([]*pb.Metric, n)
		for i := range out {
			out[i] = &pb.Metric{Name: name(i), Value: 1}
		}
		return out
	}
	// Invalid UTF-8 cannot be built with proto.Marshal; write the fields by hand.
	var badUTF8 []byte
	badUTF8 = protowire.AppendTag(badUTF8, 1, protowire.VarintType)
	badUTF8 = protowire.AppendVarint(badUTF8, 1)
	badUTF8 = protowire.AppendTag(badUTF8, 2, protowire.BytesType)
	badUTF8 = protowire.AppendString(badUTF8, testPeer)
	badUTF8 = protowire.AppendTag(badUTF8, 4, protowire.VarintType)
	badUTF8 = protowire.AppendVarint(badUTF8, 1e18)
	var metric []byte
	metric = protowire.AppendTag(metric, 1, protowire.BytesType)
	metric = protowire.AppendString(metric, "lat\xffency")
	badUTF8 = protowire.AppendTag(badUTF8, 5, protowire.BytesType)
	badUTF8 = protowire.AppendBytes(badUTF8, metric)

	tests := []struct {
		name string
		data []byte
		is   error
		msg  string
	}{
		{"too large", make([]byte, MaxReportSize+1), ErrReportTooLarge, "telemetry report too large: 16385 bytes, limit 16384"},
		{"garbage", []byte{0xff, 0xff, 0xff}, ErrMalformedReport, "malformed telemetry report: "},
		{"empty input", nil, ErrUnsupportedReportVersion, "unsupported telemetry report version 0 (want 1)"},
		{"future version", raw(t, with(func(m *pb.TelemetryReport) { m.Version = 2 })), ErrUnsupportedReportVersion, "version 2 (want 1)"},
		{"no node", raw(t, with(func(m *pb.TelemetryReport) { m.Node = "" })), ErrMalformedReport, "no node ID"},
		{"long node", raw(t, with(func(m *pb.TelemetryReport) { m.Node = strings.Repeat("a", MaxNodeIDLen+1) })), ErrMalformedReport, "node ID is 129 bytes, limit 128"},
		{"node with slash", raw(t, with(func(m *pb.TelemetryReport) { m.Node = "12D3/../x" })), ErrMalformedReport, "node ID has byte 0x2f at 4"},
		{"zero time", raw(t, with(func(m *pb.TelemetryReport) { m.TimeUnixNano = 0 })), ErrMalformedReport, "time must be after 1970-01-01"},
		{"negative time", raw(t, with(func(m *pb.TelemetryReport) { m.TimeUnixNano = -5 })), ErrMalformedReport, "time must be after"},
		{"no metrics", raw(t, with(func(m *pb.TelemetryReport) { m.Metrics = nil })), ErrMalformedReport, "no metrics"},
		{"too many metrics", raw(t, with(func(m *pb.TelemetryReport) {
			m.Metrics = many(MaxReportMetrics+1, func(i int) string {
				return strings.Repeat("x", i%5+1) + string(rune('a'+i%26)) + string(rune('a'+i/26))
			})
		})), ErrMalformedReport, "129 metrics, limit 128"},
		{"empty name", raw(t, with(func(m *pb.TelemetryReport) { m.Metrics[0].Name = "" })), ErrMalformedReport, "metric 0: empty name"},
		{"long name", raw(t, with(func(m *pb.TelemetryReport) { m.Metrics[0].Name = strings.Repeat("n", MaxNameLen+1) })), ErrMalformedReport, "metric 0: name is 65 bytes, limit 64"},
		{"control char", raw(t, with(func(m *pb.TelemetryReport) { m.Metrics[0].Name = "lat\nency" })), ErrMalformedReport, "metric 0: name has control character U+000A"},
		{"invalid utf8", badUTF8, ErrMalformedReport, "invalid UTF-8"},
		{"NaN", raw(t, with(func(m *pb.TelemetryReport) { m.Metrics[0].Value = math.NaN() })), ErrMalformedReport, `metric 0 ("latency_p50"): value NaN is not finite`},
		{"+Inf", raw(t, with(func(m *pb.TelemetryReport) { m.Metrics[0].Value = math.Inf(1) })), ErrMalformedReport, "value +Inf is not finite"},
		{"-Inf", raw(t, with(func(m *pb.TelemetryReport) { m.Metrics[0].Value = math.Inf(-1) })), ErrMalformedReport, "value -Inf is not finite"},
		{"duplicate (small)", raw(t, with(func(m *pb.TelemetryReport) {
			m.Metrics = append(m.Metrics, &pb.Metric{Name: "node_count"}, &pb.Metric{Name: "latency_p50"})
		})), ErrMalformedReport, `metric 2 ("latency_p50") repeats metric 0`},
		{"duplicate (large)", raw(t, with(func(m *pb.TelemetryReport) {
			m.Metrics = many(40, func(i int) string { return "m" + string(rune('a'+i%30)) })
		})), ErrMalformedReport, `metric 30 ("ma") repeats metric 0`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := DecodeReport(tt.data)
			if err == nil {
				t.Fatalf("decoded %+v", r)
			}
			if !errors.Is(err, tt.is) || !errors.Is(err, ErrMalformedReport) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q lacks %q", err, tt.msg)
			}
		})
	}
}

func TestDecodeReportAcceptsWhatAuditJudges(t *testing.T) {
	// Names outside the charter syntax and forbidden names decode: judging
	// them is the auditor's job, so that they are punished, not just dropped.
	m := goodPB()
	m.Metrics = append(m.Metrics, &pb.Metric{Name: "user_location", Value: 51.5}, &pb.Metric{Name: "Ünïcode metric", Value: 1})
	r, err := DecodeReport(raw(t, m))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := newTestAuditor(t, Default(), AuditorConfig{})
	if got := verdicts(a.Audit(r)); len(got) != 2 || got[0] != "forbidden_metric:user_location" || got[1] != "unlisted_metric:Ünïcode metric" {
		t.Errorf("audit: %v", got)
	}
	// Unknown fields from a newer minor layout are ignored.
	b := protowire.AppendTag(raw(t, goodPB()), 99, protowire.VarintType)
	b = protowire.AppendVarint(b, 7)
	if _, err := DecodeReport(b); err != nil {
		t.Errorf("unknown field: %v", err)
	}
}

func TestEncodeReportRejects(t *testing.T) {
	tests := []struct {
		name string
		edit func(r *Report)
	}{
		{"zero time", func(r *Report) { r.Time = time.Time{} }},
		{"before 1970", func(r *Report) { r.Time = time.Date(1969, 1, 1, 0, 0, 0, 0, time.UTC) }},
		{"no node", func(r *Report) { r.Node = "" }},
		{"NaN", func(r *Report) { r.Metrics[1].Value = math.NaN() }},
		{"bad UTF-8", func(r *Report) { r.Metrics[1].Name = "\xc3" }},
		{"no metrics", func(r *Report) { r.Metrics = nil }},
		{"duplicate", func(r *Report) { r.Metrics[1].Name = r.Metrics[0].Name }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sampleReport()
			tt.edit(&r)
			if b, err := EncodeReport(r); !errors.Is(err, ErrMalformedReport) {
				t.Errorf("EncodeReport = %d bytes, %v", len(b), err)
			}
		})
	}
}
