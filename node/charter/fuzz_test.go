package charter

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// FuzzParse feeds the charter loader arbitrary documents: charters arrive
// over gossip. Seeds: every testdata charter (good and bad) plus the
// default; more in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	f.Add(Default().Bytes())
	files, _ := filepath.Glob("testdata/*/*.yaml")
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("a: &a [*a, *a]\nb: *a"))
	f.Add([]byte("version: 1\nallowed_metrics: {a: [x]}\nviolations: [{type: warn}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("f.yaml", data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.File != "f.yaml" || e.Line < 0 || e.Column < 0 || e.Msg == "" || !errors.Is(err, ErrInvalid) {
				t.Fatalf("error %T %v is not a positioned *Error", err, err)
			}
			return
		}
		if c.Version() < 1 || c.SHA256() != sha256.Sum256(data) {
			t.Fatalf("version %d, hash mismatch", c.Version())
		}
		if r := c.MaxCollectionRateHz(); !(r >= MinCollectionRateHz && r <= MaxCollectionRateHz) || c.MinInterval() <= 0 {
			t.Fatalf("rate %v, interval %v", r, c.MinInterval())
		}
		for _, m := range c.AllowedMetrics() {
			if !ValidName(m) || c.Forbids(m) || !c.Allows(m) {
				t.Fatalf("allowed metric %q: valid %v forbidden %v", m, ValidName(m), c.Forbids(m))
			}
		}
		for _, m := range c.ForbiddenMetrics() {
			if !ValidName(m) || c.Allows(m) {
				t.Fatalf("forbidden metric %q", m)
			}
		}
		for _, vt := range ViolationTypes() {
			r, ok := c.Rule(vt)
			if !ok || r.Type != vt || !r.Severity.Valid() || r.Penalty.Kind == 0 {
				t.Fatalf("rule for %v: %+v", vt, r)
			}
		}
		if _, err := json.Marshal(c); err != nil {
			t.Fatalf("marshal: %v", err)
		}
		again, err := Parse("f.yaml", data)
		if err != nil || !reflect.DeepEqual(again.Summary(), c.Summary()) {
			t.Fatalf("second parse differs: %v", err)
		}
	})
}

// FuzzDecodeReport feeds the telemetry decoder arbitrary bytes, as any peer
// on the telemetry topic can. A report that decodes must re-encode to
// bytes that decode to the same report, and must audit without trouble.
func FuzzDecodeReport(f *testing.F) {
	b, err := EncodeReport(sampleReport())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte{})
	f.Add([]byte{0x08, 0x01})
	f.Add(b[:len(b)/2])
	a, err := NewAuditor(AuditorConfig{MaxTrackedNodes: 64}, Default())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeReport(data)
		if err != nil {
			if !errors.Is(err, ErrMalformedReport) {
				t.Fatalf("error %v does not wrap ErrMalformedReport", err)
			}
			return
		}
		if r.Node == "" || len(r.Metrics) == 0 || len(r.Metrics) > MaxReportMetrics || !r.Time.After(time.Unix(0, 0)) {
			t.Fatalf("decoded an invalid report %+v", r)
		}
		for _, m := range r.Metrics {
			if m.Name == "" || len(m.Name) > MaxNameLen || math.IsNaN(m.Value) || math.IsInf(m.Value, 0) {
				t.Fatalf("decoded an invalid metric %+v", m)
			}
		}
		enc, err := EncodeReport(r)
		if err != nil {
			t.Fatalf("re-encode of a decoded report: %v", err)
		}
		back, err := DecodeReport(enc)
		if err != nil {
			t.Fatalf("decode of re-encoded report: %v", err)
		}
		if back.Node != r.Node || back.Seq != r.Seq || !back.Time.Equal(r.Time) || len(back.Metrics) != len(r.Metrics) {
			t.Fatalf("round trip changed the report")
		}
		for i := range r.Metrics {
			if back.Metrics[i].Name != r.Metrics[i].Name || math.Float64bits(back.Metrics[i].Value) != math.Float64bits(r.Metrics[i].Value) {
				t.Fatalf("round trip changed metric %d", i)
			}
		}
		if vs := a.Audit(r); len(vs) > len(r.Metrics) {
			t.Fatalf("%d violations for %d metrics", len(vs), len(r.Metrics))
		}
	})
}
