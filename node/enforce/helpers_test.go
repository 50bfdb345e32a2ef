package enforce_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/netip"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/x0tta6bl4/westworld/bpf"
	"github.com/x0tta6bl4/westworld/node/enforce"
	"github.com/x0tta6bl4/westworld/p2p"
	"github.com/x0tta6bl4/westworld/storage"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func testLogger() *slog.Logger {
	if os.Getenv("WESTWORLD_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return quiet
}

// ownAddr stands for an address of this host that is not loopback: the
// Manager must never block it on a peer's behalf.
var ownAddr = netip.MustParseAddr("192.0.2.1")

// clock is a test clock shared by the Manager and the gater.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Now()} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// env is one node's enforcement: a real Badger store, a real libp2p host on
// loopback with its gater, and (as root) a real eBPF firewall loaded into
// the kernel, attached nowhere: the tests read its maps.
type env struct {
	t     testing.TB
	clock *clock
	store *storage.Store
	host  *p2p.Host
	fw    *bpf.Firewall // nil when not root
	m     *enforce.Manager
	sweep time.Duration
}

type envOpt func(*envConfig)

type envConfig struct {
	kernel    bool
	sweep     time.Duration
	bootstrap []peer.AddrInfo
}

func withKernel() envOpt               { return func(c *envConfig) { c.kernel = true } }
func withSweep(d time.Duration) envOpt { return func(c *envConfig) { c.sweep = d } }
func withBootstrap(ai peer.AddrInfo) envOpt {
	return func(c *envConfig) { c.bootstrap = append(c.bootstrap, ai) }
}

func requireRoot(t testing.TB) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("skipped: needs root to load the eBPF firewall (run the node/enforce tests as root to cover the kernel path)")
	}
}

func newEnv(t testing.TB, opts ...envOpt) *env {
	t.Helper()
	cfg := envConfig{sweep: 20 * time.Millisecond}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.kernel {
		requireRoot(t)
	}
	e := &env{t: t, clock: newClock(), sweep: cfg.sweep}
	st, err := storage.New(storage.Config{Dir: t.TempDir(), Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	e.store = st
	e.host = newHost(t, p2p.NewGater(e.clock.Now), cfg.bootstrap...)
	if cfg.kernel {
		e.fw = newFirewall(t)
	}
	e.m = e.open()
	return e
}

func newFirewall(t testing.TB) *bpf.Firewall {
	t.Helper()
	fw, err := bpf.New(bpf.Config{Logger: quiet})
	if err != nil {
		t.Fatalf("load the eBPF firewall as root: %v", err)
	}
	t.Cleanup(func() { fw.Close() })
	return fw
}

// open starts a Manager over the env's store, host and firewall.
func (e *env) open() *enforce.Manager {
	e.t.Helper()
	var fw enforce.Firewall
	if e.fw != nil {
		fw = e.fw
	}
	m, err := enforce.New(enforce.Config{
		Now: e.clock.Now, Sweep: e.sweep, Logger: testLogger(),
		LocalAddrs: func() ([]netip.Addr, error) { return []netip.Addr{ownAddr}, nil },
	}, e.store.Namespace(storage.PrefixEnforce), e.host, fw)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := m.Start(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { m.Close() })
	return m
}

func newHost(t testing.TB, g *p2p.Gater, boot ...peer.AddrInfo) *p2p.Host {
	t.Helper()
	sk, _, err := crypto.GenerateEd25519Key(nil)
	if err != nil {
		t.Fatal(err)
	}
	h, err := p2p.NewHost(p2p.HostConfig{
		Listen:       []ma.Multiaddr{ma.StringCast("/ip4/127.0.0.1/tcp/0")},
		Bootstrap:    boot,
		DHTMode:      p2p.DHTOff,
		ConnLowWater: 50, ConnHighWater: 100, ConnGrace: time.Minute,
		MaxMemory: 256 << 20, MaxFDs: 1024,
		RedialMin: 50 * time.Millisecond, RedialMax: time.Second,
	}, sk, g, nil, quiet)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

// randomPeer is a peer ID nobody runs.
func randomPeer(t testing.TB) peer.ID {
	t.Helper()
	_, pk, err := crypto.GenerateEd25519Key(nil)
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPublicKey(pk)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// announce puts addresses for p into the host's peerstore, as identify or
// the DHT would.
func (e *env) announce(p peer.ID, addrs ...string) {
	e.t.Helper()
	for _, a := range addrs {
		e.host.Peerstore().AddAddr(p, ma.StringCast(a), peerstore.PermanentAddrTTL)
	}
}

// kernel lists the firewall's live entries.
func (e *env) kernel() []bpf.Entry {
	e.t.Helper()
	es, err := e.fw.Entries()
	if err != nil {
		e.t.Fatal(err)
	}
	return es
}

// kernelHas reports whether the firewall holds an entry of kind k on p.
func (e *env) kernelHas(p string, k bpf.Kind) (bpf.Entry, bool) {
	for _, en := range e.kernel() {
		if en.Prefix == netip.MustParsePrefix(p) && en.Kind == k {
			return en, true
		}
	}
	return bpf.Entry{}, false
}

func eventually(t testing.TB, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("not within %s: %s", within, what)
}

func mustApply(t testing.TB, m *enforce.Manager, p enforce.Penalty) {
	t.Helper()
	if err := m.Apply(context.Background(), p); err != nil {
		t.Fatalf("apply %s %s: %v", p.Kind, p.Target, err)
	}
}

func entryFor(m *enforce.Manager, t enforce.Target, k enforce.Kind) (enforce.EntryStatus, bool) {
	es, _ := m.Status()
	for _, e := range es {
		if e.Target == t && e.Kind == k {
			return e, true
		}
	}
	return enforce.EntryStatus{}, false
}

func isErr(err, target error) bool { return errors.Is(err, target) }
