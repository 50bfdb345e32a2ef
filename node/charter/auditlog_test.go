package charter

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/x0tta6bl4/westworld/storage"
)

// openStore opens a real Badger store in dir and closes it with the test.
func openStore(t testing.TB, dir string) *storage.Store {
	t.Helper()
	st, err := storage.New(storage.Config{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func openLog(t testing.TB, st *storage.Store, cfg AuditLogConfig) *AuditLog {
	t.Helper()
	l, err := NewAuditLog(cfg, st.Namespace(storage.PrefixAudit))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

var logBase = time.Date(2026, 5, 6, 7, 0, 0, 0, time.UTC)

func violationAt(node string, seq uint64, metric string, typ ViolationType, at time.Time) Violation {
	v, err := NewViolation(Default(), typ, node, metric, at, seq)
	if err != nil {
		panic(err)
	}
	return v
}

// sameViolation compares field by field; times compare as instants, since
// storage keeps the instant, not the location or monotonic reading.
func sameViolation(a, b Violation) bool {
	at, bt := a.Time, b.Time
	a.Time, b.Time = time.Time{}, time.Time{}
	return a == b && at.Equal(bt)
}

func keysOf(vs []Violation) []string {
	out := []string{}
	for _, v := range vs {
		out = append(out, fmt.Sprintf("%s/%d/%s@%s", v.Node, v.ReportSeq, v.Metric, v.Time.Sub(logBase)))
	}
	return out
}

func TestAuditLogPersistsAndOrders(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st := openStore(t, dir)
	l := openLog(t, st, AuditLogConfig{})

	// Appended out of order, across several hour buckets.
	in := []Violation{
		violationAt("B", 2, "latency_p50", ViolationOverCollectionRate, logBase.Add(3*time.Hour+time.Second)),
		violationAt("A", 1, "user_location", ViolationForbiddenMetric, logBase.Add(time.Minute)),
		violationAt("C", 7, "wifi_ssid", ViolationUnlistedMetric, logBase.Add(-2*time.Hour)),
		violationAt("A", 2, "device_mac", ViolationForbiddenMetric, logBase.Add(time.Minute+time.Nanosecond)),
	}
	for _, v := range in {
		if err := l.Append(ctx, v); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"C/7/wifi_ssid@-2h0m0s", "A/1/user_location@1m0s", "A/2/device_mac@1m0.000000001s", "B/2/latency_p50@3h0m1s"}
	check := func(l *AuditLog, stage string) {
		t.Helper()
		all, err := l.List(ctx, time.Time{}, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := keysOf(all); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%s: List = %v, want %v", stage, got, want)
		}
		for i, j := range []int{2, 1, 3, 0} {
			if !sameViolation(all[i], in[j]) {
				t.Errorf("%s: stored %+v, appended %+v", stage, all[i], in[j])
			}
		}
		if n, err := l.Count(ctx); err != nil || n != 4 {
			t.Errorf("%s: Count = %d, %v", stage, n, err)
		}
	}
	check(l, "before reopen")

	// Persists across a restart of the store.
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	st = openStore(t, dir)
	defer st.Close()
	l = openLog(t, st, AuditLogConfig{})
	check(l, "after reopen")

	// Idempotent per (node, seq, metric, type), also across restarts and
	// whatever the time of the second delivery.
	dup := in[1]
	dup.Time = logBase.Add(10 * time.Hour)
	if n, err := l.AppendAll(ctx, []Violation{dup, in[0], in[0]}); err != nil || n != 0 {
		t.Fatalf("re-append: %d new, %v", n, err)
	}
	check(l, "after duplicates")
	// A different type for the same report and metric is a different entry.
	other := in[1]
	other.Type = ViolationSilentCollection
	if n, err := l.AppendAll(ctx, []Violation{other, other}); err != nil || n != 1 {
		t.Fatalf("new type: %d new, %v", n, err)
	}
	if n, _ := l.Count(ctx); n != 5 {
		t.Errorf("Count = %d, want 5", n)
	}
}

func TestAuditLogListSinceAndLimit(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, t.TempDir())
	defer st.Close()
	l := openLog(t, st, AuditLogConfig{})
	var batch []Violation
	for i := range 300 { // one every 20 minutes: 100 hours
		batch = append(batch, violationAt("N", uint64(i), "foo", ViolationUnlistedMetric, logBase.Add(time.Duration(i)*20*time.Minute)))
	}
	if n, err := l.AppendAll(ctx, batch); err != nil || n != 300 {
		t.Fatalf("AppendAll: %d, %v", n, err)
	}
	tests := []struct {
		since     time.Time
		limit     int
		wantFirst uint64
		wantN     int
	}{
		{time.Time{}, 0, 0, 300},
		{logBase, 10, 0, 10},
		{logBase.Add(20 * time.Minute), 0, 1, 299},
		{logBase.Add(20*time.Minute + 1), 5, 2, 5}, // strictly after seq 1
		{logBase.Add(50 * time.Hour), 0, 150, 150}, // mid-hour boundary
		{logBase.Add(50*time.Hour + 10*time.Minute), 3, 151, 3},
		{logBase.Add(99*time.Hour + 40*time.Minute), 0, 299, 1},
		{logBase.Add(200 * time.Hour), 0, 0, 0},
	}
	for _, tt := range tests {
		got, err := l.List(ctx, tt.since, tt.limit)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != tt.wantN {
			t.Errorf("List(%v, %d): %d entries, want %d", tt.since.Sub(logBase), tt.limit, len(got), tt.wantN)
			continue
		}
		for i, v := range got {
			if v.ReportSeq != tt.wantFirst+uint64(i) || v.Time.Before(tt.since) {
				t.Errorf("List(%v, %d)[%d] = seq %d", tt.since.Sub(logBase), tt.limit, i, v.ReportSeq)
				break
			}
		}
	}

	// Prune drops everything before the cut and nothing after.
	n, err := l.Prune(ctx, logBase.Add(50*time.Hour))
	if err != nil || n != 150 {
		t.Fatalf("Prune: %d, %v", n, err)
	}
	if c, _ := l.Count(ctx); c != 150 {
		t.Errorf("Count after prune = %d", c)
	}
	rest, _ := l.List(ctx, time.Time{}, 0)
	if len(rest) != 150 || rest[0].ReportSeq != 150 {
		t.Errorf("after prune: %d entries, first seq %d", len(rest), rest[0].ReportSeq)
	}
	// A pruned violation may be recorded again.
	if n, err := l.AppendAll(ctx, batch[:1]); err != nil || n != 1 {
		t.Errorf("re-append pruned: %d, %v", n, err)
	}
}

func TestAuditLogMaxEntries(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, t.TempDir())
	defer st.Close()
	l := openLog(t, st, AuditLogConfig{MaxEntries: 64})
	for i := range 200 {
		v := violationAt("flood", uint64(i), "foo", ViolationUnlistedMetric, logBase.Add(time.Duration(i)*time.Second))
		if err := l.Append(ctx, v); err != nil {
			t.Fatal(err)
		}
		if n, _ := l.Count(ctx); n > 64 {
			t.Fatalf("after %d appends the log holds %d > 64", i+1, n)
		}
	}
	all, _ := l.List(ctx, time.Time{}, 0)
	if len(all) == 0 || all[len(all)-1].ReportSeq != 199 {
		t.Fatalf("newest entry lost")
	}
	for i := 1; i < len(all); i++ {
		if all[i].ReportSeq != all[i-1].ReportSeq+1 {
			t.Fatalf("retention dropped from the middle: %d then %d", all[i-1].ReportSeq, all[i].ReportSeq)
		}
	}
}

func TestAuditTimeOrder(t *testing.T) {
	times := []time.Time{
		{}, // the zero Time: year 1, before what UnixNano can hold
		time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Unix(0, -1),
		time.Unix(0, 0),
		time.Unix(0, 1),
		time.Unix(3599, 999999999),
		time.Unix(3600, 0),
		logBase,
		time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	for i := 1; i < len(times); i++ {
		a, b := auditTime(times[i-1]), auditTime(times[i])
		if string(a[:]) > string(b[:]) {
			t.Errorf("key of %v sorts after key of %v", times[i-1], times[i])
		}
		if string(a[:4]) > string(b[:4]) {
			t.Errorf("hour of %v sorts after hour of %v", times[i-1], times[i])
		}
	}
	if h1, h2 := auditTime(time.Unix(0, -1)), auditTime(time.Unix(0, 0)); string(h1[:4]) == string(h2[:4]) {
		t.Error("the instant before the epoch shares the epoch's hour bucket")
	}
}

func TestAuditLogErrors(t *testing.T) {
	st := openStore(t, t.TempDir())
	defer st.Close()
	if _, err := NewAuditLog(AuditLogConfig{}, nil); err == nil {
		t.Error("nil namespace accepted")
	}
	if _, err := NewAuditLog(AuditLogConfig{MaxEntries: -1}, st.Namespace(storage.PrefixAudit)); err == nil {
		t.Error("negative MaxEntries accepted")
	}
	l := openLog(t, st, AuditLogConfig{})
	if err := l.Append(context.Background(), Violation{Node: "x"}); !errors.Is(err, ErrUnknownViolationType) {
		t.Errorf("zero violation: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := l.Append(ctx, violationAt("A", 1, "m", ViolationUnlistedMetric, logBase)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled Append: %v", err)
	}
	if _, err := l.Count(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled Count: %v", err)
	}
}
