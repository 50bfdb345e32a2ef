package chain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/x0tta6bl4/westworld/contracts"
)

// cutProxy is a TCP proxy in front of an RPC endpoint that the test can cut (close the listener
// and every connection) and restore on the same port.
type cutProxy struct {
	t      testing.TB
	target string
	addr   string
	mu     sync.Mutex
	ln     net.Listener
	conns  map[net.Conn]struct{}
	wg     sync.WaitGroup
}

func newCutProxy(t testing.TB, target string) *cutProxy {
	t.Helper()
	p := &cutProxy{t: t, target: target, conns: map[net.Conn]struct{}{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p.addr = ln.Addr().String()
	p.serve(ln)
	t.Cleanup(func() { p.Cut(); p.wg.Wait() })
	return p
}

func (p *cutProxy) URL() string { return "http://" + p.addr }

func (p *cutProxy) serve(ln net.Listener) {
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns[c], p.conns[up] = struct{}{}, struct{}{}
			p.mu.Unlock()
			p.wg.Add(2)
			go p.pipe(c, up)
			go p.pipe(up, c)
		}
	}()
}

func (p *cutProxy) pipe(dst, src net.Conn) {
	defer p.wg.Done()
	io.Copy(dst, src)
	dst.Close()
	src.Close()
}

// Cut refuses new connections and drops the open ones.
func (p *cutProxy) Cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		c.Close()
		delete(p.conns, c)
	}
}

// Restore listens again on the same address.
func (p *cutProxy) Restore() {
	p.t.Helper()
	var ln net.Listener
	var err error
	for i := 0; i < 50; i++ {
		if ln, err = net.Listen("tcp", p.addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		p.t.Fatalf("re-listen on %s: %v", p.addr, err)
	}
	p.serve(ln)
}

// TestWatcherRPCOutage runs the watcher against the real dev chain through a proxy that is cut
// twice: before the watcher ever connects, and after it has indexed. Events produced while it is
// cut are indexed once it is back, none missed or repeated; the status says disconnected
// meanwhile, and the index keeps answering.
func TestWatcherRPCOutage(t *testing.T) {
	ctx := context.Background()
	h := newDevHome(t)
	h.cfg.Period = 100 * time.Millisecond
	dc, _ := startDevChain(t, h.cfg)
	dep := dc.Deployment()
	c, err := Dial(ctx, dc.HTTPEndpoint(), WithDeployment(dep))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	gov := contracts.NewGovernor(dep.Governor, c)
	accts := dc.Accounts()
	var last uint64 // block of the latest transaction
	propose := func(i int, version uint64) contracts.Proposal {
		t.Helper()
		desc := fmt.Sprintf("outage proposal %d", version)
		p, err := dep.CharterAmendment(version, [32]byte{1, byte(version)}, "bafy", desc)
		if err != nil {
			t.Fatal(err)
		}
		tx, err := gov.Propose(ctx, NewSigner(accts[i].Key).TransactOpts(DevChainID), p)
		if err != nil {
			t.Fatal(err)
		}
		r, err := contracts.WaitMined(ctx, c, tx)
		if err != nil {
			t.Fatal(err)
		}
		last = r.BlockNumber.Uint64()
		return p
	}
	vote := func(i int, p contracts.Proposal) {
		t.Helper()
		tx, err := gov.CastVote(ctx, NewSigner(accts[i].Key).TransactOpts(DevChainID), p.ID(), contracts.SupportFor, "")
		if err != nil {
			t.Fatal(err)
		}
		r, err := contracts.WaitMined(ctx, c, tx)
		if err != nil {
			t.Fatal(err)
		}
		last = r.BlockNumber.Uint64()
	}

	proxy := newCutProxy(t, dc.HTTPEndpoint()[len("http://"):])
	proxy.Cut()
	st := newStore(t)
	const conf = 1
	w := startWatcher(t, st, dep, DialURL(proxy.URL(), dep), conf)
	sub := w.Subscribe(ctx, 4096)

	// Down from the start: the watcher says so and the index answers (empty) without blocking.
	eventually(t, 5*time.Second, "the first failure in the status", func() bool {
		s := w.Status()
		return !s.Connected && s.LastError != "" && !s.RetryingSince.IsZero()
	})
	if ps, err := w.Index().Proposals(ctx, ListOptions{}); err != nil || len(ps) != 0 {
		t.Fatalf("index while never connected: %v, %v", ps, err)
	}
	p1 := propose(0, 2)
	proxy.Restore()
	waitSynced(t, w, last)
	if s := w.Status(); !s.Connected || !s.RetryingSince.IsZero() {
		t.Fatalf("status after the endpoint came back: %+v", s)
	}
	if _, err := w.Index().Proposal(ctx, p1.ID()); err != nil {
		t.Fatal(err)
	}

	// Cut after indexing; produce events while it is down.
	proxy.Cut()
	eventually(t, 5*time.Second, "the watcher to notice the outage", func() bool {
		s := w.Status()
		return !s.Connected && !s.RetryingSince.IsZero() && s.LastError != ""
	})
	down := w.Status()
	t.Logf("status while down: connected=%v cursor=%d head=%d lag=%d retrying_since=%s last_error=%q",
		down.Connected, down.Cursor, down.Head, down.Lag, down.RetryingSince.Format(time.RFC3339Nano), down.LastError)
	p2 := propose(1, 3)
	p3 := propose(2, 4)
	snap, err := gov.Snapshot(ctx, p3.ID())
	if err != nil {
		t.Fatal(err)
	}
	for dc.Head() <= snap {
		time.Sleep(50 * time.Millisecond)
	}
	vote(0, p2)
	vote(1, p3)
	vote(2, p3)
	// The index still answers from Badger while the endpoint is down.
	got, err := w.Index().Proposal(ctx, p1.ID())
	if err != nil || got.ID.Cmp(p1.ID()) != 0 {
		t.Fatalf("index lookup while down: %v", err)
	}
	if _, err := w.Index().Proposal(ctx, p2.ID()); !errors.Is(err, ErrUnknownProposal) {
		t.Fatalf("a proposal made during the outage is indexed while still down: %v", err)
	}
	if s := w.Status(); s.Connected || s.Synced {
		t.Fatalf("status while down: %+v", s)
	}

	proxy.Restore()
	waitSynced(t, w, last)
	equalLines(t, "journal", journal(t, st, dep), canonical(t, c, dep, w.Status().Cursor))
	for _, p := range []contracts.Proposal{p2, p3} {
		ip, err := w.Index().Proposal(ctx, p.ID())
		if err != nil {
			t.Fatal(err)
		}
		tally, err := gov.Tally(ctx, p.ID())
		if err != nil {
			t.Fatal(err)
		}
		if ip.Tally.For.Cmp(tally.For) != 0 {
			t.Errorf("proposal %s: indexed For %v, chain %v", ip.ShortID, ip.Tally.For, tally.For)
		}
	}
	// Each event reached the subscriber exactly once.
	want := len(journal(t, st, dep))
	seen := map[string]int{}
	timeout := time.After(5 * time.Second)
	for n := 0; n < want; {
		select {
		case e := <-sub:
			if e.Kind == KindVoteClosed {
				continue
			}
			if e.Removed || e.Missed != 0 {
				t.Fatalf("unexpected event %+v", e)
			}
			seen[fmt.Sprintf("%d/%d", e.At.Block, e.At.LogIndex)]++
			n++
		case <-timeout:
			t.Fatalf("%d of %d events delivered", len(seen), want)
		}
	}
	for k, n := range seen {
		if n != 1 {
			t.Errorf("event %s delivered %d times", k, n)
		}
	}
	if len(seen) != want {
		t.Errorf("%d distinct events delivered, %d indexed", len(seen), want)
	}
	s := w.Status()
	if !s.Connected || !s.RetryingSince.IsZero() {
		t.Errorf("status after recovery: %+v", s)
	}
}

// TestWatcherEventLatency: with the default poll interval, a subscriber hears of an event
// within a second of the block that holds it, so the node can gossip it that fast.
func TestWatcherEventLatency(t *testing.T) {
	ctx := context.Background()
	h := newDevHome(t)
	dc, _ := startDevChain(t, h.cfg) // 1 s blocks, as `westworld daemon --dev` runs it
	dep := dc.Deployment()
	w, err := NewWatcher(WatcherConfig{Deployment: dep, Logger: testLogger(t)}, newStore(t), DialURL(dc.HTTPEndpoint(), dep))
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	sub := w.Subscribe(ctx, 64)
	c, err := Dial(ctx, dc.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	eventually(t, 10*time.Second, "the watcher to catch up", func() bool { return w.Status().Synced })
	p, err := dep.CharterAmendment(2, [32]byte{9}, "", "latency")
	if err != nil {
		t.Fatal(err)
	}
	tx, err := contracts.NewGovernor(dep.Governor, c).Propose(ctx, NewSigner(dc.Accounts()[1].Key).TransactOpts(DevChainID), p)
	if err != nil {
		t.Fatal(err)
	}
	// Poll the receipt tightly to know when the block appeared.
	var mined time.Time
	for {
		if r, err := c.TransactionReceipt(ctx, tx.Hash()); err == nil && r != nil {
			mined = time.Now()
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	for {
		select {
		case e := <-sub:
			if e.Kind != "ProposalCreated" || e.ProposalID.Cmp(p.ID()) != 0 {
				continue
			}
			lat := time.Since(mined)
			t.Logf("event delivered %s after its block", lat.Round(time.Millisecond))
			if lat > time.Second {
				t.Errorf("event delivered %s after its block, want under 1 s", lat)
			}
			return
		case <-time.After(5 * time.Second):
			t.Fatal("no event")
		}
	}
}
