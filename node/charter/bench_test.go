package charter

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/x0tta6bl4/westworld/storage"
)

// benchReport is a 20-metric report: every allowed metric of the default
// charter, plus unlisted and forbidden ones, as a busy mixed mesh sends.
func benchReport(node string) Report {
	names := append(Default().AllowedMetrics(), "cpu_temperature", "disk_free", "mem_free", "load_1m", "load_5m",
		"gossip_rx", "gossip_tx", "dht_size", "user_location", "device_mac", "bitswap_peers")
	r := Report{Node: node, Seq: 1, Time: time.Unix(1_800_000_000, 0)}
	for i, n := range names {
		r.Metrics = append(r.Metrics, Metric{Name: n, Value: float64(i) * 1.5})
	}
	if len(r.Metrics) != 20 {
		panic(len(r.Metrics))
	}
	return r
}

// benchNodes spreads reports over enough nodes that each sees one report
// per second of simulated time: the rate state is exercised but every
// allowed metric is within the 10 Hz cap.
const benchNodes = 1000

func benchAuditor(b *testing.B) (*Auditor, *fakeClock, []Report) {
	a, clk := newTestAuditor(b, Default(), AuditorConfig{})
	reports := make([]Report, benchNodes)
	for i := range reports {
		reports[i] = benchReport(fmt.Sprintf("12D3KooWNode%06d", i))
	}
	return a, clk, reports
}

// BenchmarkAudit measures reports audited per second on one goroutine.
func BenchmarkAudit(b *testing.B) {
	a, clk, reports := benchAuditor(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		clk.Advance(time.Millisecond)
		r := &reports[i%benchNodes]
		r.Seq++
		if vs := a.Audit(*r); len(vs) != 11 {
			b.Fatalf("%d violations", len(vs))
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "reports/s")
}

// BenchmarkAuditClean is a report of 9 allowed metrics, the common case.
func BenchmarkAuditClean(b *testing.B) {
	a, clk, reports := benchAuditor(b)
	for i := range reports {
		reports[i].Metrics = reports[i].Metrics[:9]
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		clk.Advance(time.Millisecond)
		if vs := a.Audit(reports[i%benchNodes]); vs != nil {
			b.Fatal(vs)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "reports/s")
}

// BenchmarkDecodeAudit is the telemetry validator's work per message.
func BenchmarkDecodeAudit(b *testing.B) {
	a, clk, reports := benchAuditor(b)
	wire := make([][]byte, benchNodes)
	for i := range reports {
		var err error
		if wire[i], err = EncodeReport(reports[i]); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(len(wire[0])))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		clk.Advance(time.Millisecond)
		r, err := DecodeReport(wire[i%benchNodes])
		if err != nil {
			b.Fatal(err)
		}
		if vs := a.Audit(r); len(vs) != 11 {
			b.Fatalf("%d violations", len(vs))
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "reports/s")
}

func BenchmarkEncodeReport(b *testing.B) {
	r := benchReport(testPeer)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := EncodeReport(r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAuditParallel audits clean 9-metric reports from all cores
// (run with -cpu 1,2), to show the sharded rate table does not serialise
// the gossip validators.
func BenchmarkAuditParallel(b *testing.B) {
	var ticks atomic.Int64
	base := time.Unix(1_800_000_000, 0)
	a, err := NewAuditor(AuditorConfig{Clock: func() time.Time {
		return base.Add(time.Duration(ticks.Add(1)) * time.Millisecond)
	}}, Default())
	if err != nil {
		b.Fatal(err)
	}
	reports := make([]Report, benchNodes)
	for i := range reports {
		reports[i] = benchReport(fmt.Sprintf("12D3KooWNode%06d", i))
		reports[i].Metrics = reports[i].Metrics[:9]
	}
	var next atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			a.Audit(reports[next.Add(1)%benchNodes])
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "reports/s")
}

func BenchmarkParseDefault(b *testing.B) {
	data := Default().Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("bench.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAuditLogAppend appends one report's worth of violations (11)
// per operation, with synced writes on real Badger.
func BenchmarkAuditLogAppend(b *testing.B) {
	st := openStore(b, b.TempDir())
	defer st.Close()
	l, err := NewAuditLog(AuditLogConfig{}, st.Namespace(storage.PrefixAudit))
	if err != nil {
		b.Fatal(err)
	}
	a, clk, reports := benchAuditor(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		clk.Advance(time.Millisecond)
		r := reports[i%benchNodes]
		r.Seq = uint64(i)
		if _, err := l.AppendAll(ctx, a.Audit(r)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "reports/s")
}
