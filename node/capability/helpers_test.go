package capability

import (
	"context"
	"io"
	"log/slog"
	"net/netip"
	"os"
	"sync"
	"testing"
	"time"

	macaroon "gopkg.in/macaroon.v2"

	"github.com/x0tta6bl4/westworld/storage"
)

// t0 is the tests' fixed "now".
var t0 = time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)

// clock is a settable clock for Config.Now.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: t0} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// chainState is a ChainState over a map, with an optional failure.
type chainState struct {
	mu       sync.Mutex
	executed map[string]bool
	err      error
	calls    int
}

func (c *chainState) ProposalExecuted(ctx context.Context, id string) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls++
	if c.err != nil {
		return false, c.err
	}
	return c.executed[id], nil
}

func (c *chainState) set(id string, executed bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.executed == nil {
		c.executed = map[string]bool{}
	}
	c.executed[id] = executed
}

// env is one Service over a real Badger store in a temporary directory.
type env struct {
	dir   string
	store *storage.Store
	svc   *Service
	clock *clock
	chain *chainState
}

func quietLogger() *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// newEnv opens a store under tb.TempDir() and a Service with a test chain.
func newEnv(tb testing.TB) *env {
	tb.Helper()
	e := &env{dir: tb.TempDir(), clock: newClock(), chain: &chainState{}}
	e.open(tb)
	return e
}

// open (re)opens the store in e.dir and builds a fresh Service on it.
func (e *env) open(tb testing.TB) {
	tb.Helper()
	st, err := storage.New(storage.Config{Dir: e.dir, Logger: quietLogger()})
	if err != nil {
		tb.Fatalf("open store: %v", err)
	}
	e.store = st
	tb.Cleanup(func() { e.closeStore(tb) })
	svc, err := New(Config{Now: e.clock.Now, Logger: quietLogger()}, st.Namespace(storage.PrefixCapability), e.chain)
	if err != nil {
		tb.Fatalf("new service: %v", err)
	}
	e.svc = svc
}

func (e *env) closeStore(tb testing.TB) {
	tb.Helper()
	if e.store == nil {
		return
	}
	if err := e.store.Close(); err != nil {
		tb.Errorf("close store: %v", err)
	}
	e.store = nil
}

// bake bakes r or fails the test.
func (e *env) bake(tb testing.TB, r BakeRequest) Baked {
	tb.Helper()
	b, err := e.svc.Bake(context.Background(), r)
	if err != nil {
		tb.Fatalf("bake %+v: %v", r, err)
	}
	return b
}

// attenuate adds first-party caveats to a baked macaroon the way a holder
// does offline: with macaroon.v2 alone, no access to the node.
func attenuate(tb testing.TB, mac []byte, conds ...string) []byte {
	tb.Helper()
	var m macaroon.Macaroon
	if err := m.UnmarshalBinary(mac); err != nil {
		tb.Fatalf("unmarshal: %v", err)
	}
	for _, c := range conds {
		if err := m.AddFirstPartyCaveat([]byte(c)); err != nil {
			tb.Fatalf("add caveat: %v", err)
		}
	}
	out, err := m.MarshalBinary()
	if err != nil {
		tb.Fatalf("marshal: %v", err)
	}
	return out
}

// check runs Check with a background context.
func (e *env) check(mac []byte, op Op, ip string) (Identity, error) {
	var a netip.Addr
	if ip != "" {
		a = netip.MustParseAddr(ip)
	}
	return e.svc.Check(context.Background(), mac, Request{Op: op, RemoteIP: a})
}
