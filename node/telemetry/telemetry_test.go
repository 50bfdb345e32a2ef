package telemetry

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/x0tta6bl4/westworld/storage"
)

func newHost(t *testing.T) host.Host {
	t.Helper()
	h, err := libp2p.New(libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"), libp2p.DisableMetrics())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

func newStore(t *testing.T, dir string) *storage.Store {
	t.Helper()
	st, err := storage.New(storage.Config{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func metric(ms []Metric, name string) (float64, bool) {
	for _, m := range ms {
		if m.Name == name {
			return m.Value, true
		}
	}
	return 0, false
}

func TestCollectorMeasuresPeers(t *testing.T) {
	a, b, c := newHost(t), newHost(t), newHost(t)
	ctx := context.Background()
	for _, o := range []host.Host{b, c} {
		if err := a.Connect(ctx, peer.AddrInfo{ID: o.ID(), Addrs: o.Addrs()}); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	st := newStore(t, dir)
	col := New(Config{Interval: 50 * time.Millisecond}, a, st.Namespace(storage.PrefixNode))
	ticks := make(chan struct{}, 100)
	col.OnTick(func() { ticks <- struct{}{} })
	if err := col.Start(ctx); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		<-ticks
	}
	snap := col.Snapshot()
	if v, _ := metric(snap, PeerCountSeen); v != 2 {
		t.Fatalf("peer_count_seen %v", v)
	}
	p50, ok := metric(snap, LatencyP50)
	p999, _ := metric(snap, LatencyP999)
	if !ok || p50 <= 0 || p999 < p50 {
		t.Fatalf("latency p50 %v p999 %v (%v)", p50, p999, snap)
	}
	if v, _ := metric(snap, PacketLoss); v != 0 {
		t.Fatalf("loss %v on loopback", v)
	}
	if v, _ := metric(snap, RouteStability); v != 1 {
		t.Fatalf("stability %v with a stable peer set", v)
	}
	col.ObserveDegree(b.ID(), 4)
	snap = col.Snapshot()
	if n, _ := metric(snap, NodeCount); n != 2 {
		t.Fatalf("node_count %v", n)
	}
	if d, _ := metric(snap, AvgDegree); d != 3 { // (2 + 4) / 2
		t.Fatalf("avg_degree %v", d)
	}

	// A peer that goes away: stability falls, and its pings count as loss
	// only while it is still listed (it is not, once disconnected).
	c.Close()
	for len(a.Network().Peers()) != 1 {
		time.Sleep(5 * time.Millisecond)
	}
	for len(ticks) > 0 {
		<-ticks
	}
	for range 2 {
		<-ticks
	}
	if v, _ := metric(col.Snapshot(), RouteStability); v >= 1 {
		t.Fatalf("stability %v after losing a peer", v)
	}
	if err := col.Close(); err != nil {
		t.Fatal(err)
	}
	st.Close()
}

func TestUptimeSpansRestarts(t *testing.T) {
	now := time.Unix(1_000_000, 0)
	clock := func() time.Time { return now }
	dir := t.TempDir()
	h := newHost(t)
	run := func(up time.Duration) {
		st := newStore(t, dir)
		defer st.Close()
		col := New(Config{Interval: time.Hour, Now: clock}, h, st.Namespace(storage.PrefixNode))
		if err := col.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		now = now.Add(up)
		if err := col.Close(); err != nil {
			t.Fatal(err)
		}
	}
	run(time.Hour)           // up one hour
	now = now.Add(time.Hour) // down one hour
	run(2 * time.Hour)       // up two more
	st := newStore(t, dir)
	defer st.Close()
	col := New(Config{Interval: time.Hour, Now: clock}, h, st.Namespace(storage.PrefixNode))
	if err := col.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer col.Close()
	v, _ := metric(col.Snapshot(), UptimePercent)
	if v < 74.9 || v > 75.1 { // 3 h up of 4 h
		t.Fatalf("uptime_percent %v, want 75", v)
	}
}

// TestSetIntervalWhileRunning changes the interval of a running collector
// both ways: an hour-long interval shortened measures at once, and one
// lengthened again stops the rounds.
func TestSetIntervalWhileRunning(t *testing.T) {
	a, b := newHost(t), newHost(t)
	ctx := context.Background()
	if err := a.Connect(ctx, peer.AddrInfo{ID: b.ID(), Addrs: b.Addrs()}); err != nil {
		t.Fatal(err)
	}
	st := newStore(t, t.TempDir())
	col := New(Config{Interval: time.Hour}, a, st.Namespace(storage.PrefixNode))
	ticks := make(chan time.Time, 100)
	col.OnTick(func() { ticks <- time.Now() })
	if err := col.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { col.Close() })

	select {
	case <-ticks:
		t.Fatal("a round ran with an hour-long interval")
	case <-time.After(100 * time.Millisecond):
	}
	if err := col.SetInterval(40 * time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if got := col.Interval(); got != 40*time.Millisecond {
		t.Fatalf("Interval() = %s after SetInterval(40ms)", got)
	}
	deadline := time.After(5 * time.Second)
	for i := range 3 {
		select {
		case <-ticks:
		case <-deadline:
			t.Fatalf("only %d rounds within 5s of SetInterval(40ms)", i)
		}
	}
	if _, ok := metric(col.Snapshot(), LatencyP50); !ok {
		t.Error("no latency measured after the shortened interval's rounds")
	}

	if err := col.SetInterval(time.Hour); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond) // a round already under way may finish
	for len(ticks) > 0 {
		<-ticks
	}
	select {
	case <-ticks:
		t.Fatal("a round ran after the interval went back to an hour")
	case <-time.After(300 * time.Millisecond):
	}
	if err := col.SetInterval(0); !errors.Is(err, ErrBadInterval) {
		t.Fatalf("SetInterval(0) = %v, want ErrBadInterval", err)
	}
}
