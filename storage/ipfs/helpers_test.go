package ipfs

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p"
	dht "github.com/libp2p/go-libp2p-kad-dht"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/routing"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/x0tta6bl4/westworld/storage"
)

// testNode is a real node: Badger on disk, a libp2p host on a loopback TCP
// port, optionally a kad-dht server, and the embedded IPFS on top.
type testNode struct {
	t    testing.TB
	dir  string
	st   *storage.Store
	h    host.Host
	dht  *dht.IpfsDHT
	ipfs *IPFS
	reg  *prometheus.Registry
	done bool
}

type nodeOpts struct {
	dir    string // reuse a datastore directory (restart); "" for a new one
	dht    bool
	noSync bool // benchmarks only
	cfg    Config
}

func testLogger() *slog.Logger {
	if os.Getenv("WESTWORLD_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

func newHost(t testing.TB) host.Host {
	t.Helper()
	h, err := libp2p.New(
		libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"),
		libp2p.DisableRelay(),
	)
	if err != nil {
		t.Fatalf("libp2p host: %v", err)
	}
	return h
}

// newDHT starts a kad-dht server with the default /ipfs/kad/1.0.0 protocol.
func newDHT(t testing.TB, h host.Host) *dht.IpfsDHT {
	t.Helper()
	d, err := dht.New(h, dht.Mode(dht.ModeServer))
	if err != nil {
		t.Fatalf("dht: %v", err)
	}
	return d
}

func startNode(t testing.TB, o nodeOpts) *testNode {
	t.Helper()
	if o.dir == "" {
		o.dir = t.TempDir()
	}
	st, err := storage.New(storage.Config{Dir: o.dir, NoSync: o.noSync, Logger: testLogger()})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	n := &testNode{t: t, dir: o.dir, st: st, h: newHost(t), reg: prometheus.NewRegistry()}
	var r routing.ContentRouting
	if o.dht {
		n.dht = newDHT(t, n.h)
		r = n.dht
	}
	cfg := o.cfg
	if cfg.Registerer == nil {
		cfg.Registerer = n.reg
	}
	n.ipfs, err = New(cfg, n.h, storage.NewDatastore(st, storage.PrefixIPFS), r, testLogger())
	if err != nil {
		t.Fatalf("ipfs.New: %v", err)
	}
	if err := n.ipfs.Start(context.Background()); err != nil {
		t.Fatalf("ipfs.Start: %v", err)
	}
	t.Cleanup(n.stop)
	return n
}

// stop closes the node in the order the daemon does: IPFS, DHT, host, store.
func (n *testNode) stop() {
	if n.done {
		return
	}
	n.done = true
	if err := n.ipfs.Close(); err != nil {
		n.t.Errorf("ipfs.Close: %v", err)
	}
	if n.dht != nil {
		_ = n.dht.Close()
	}
	_ = n.h.Close()
	if err := n.st.Close(); err != nil {
		n.t.Errorf("store close: %v", err)
	}
}

func (n *testNode) info() peer.AddrInfo { return *host.InfoFromHost(n.h) }

func connect(t testing.TB, a, b *testNode) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := a.h.Connect(ctx, b.info()); err != nil {
		t.Fatalf("connect %s -> %s: %v", a.h.ID(), b.h.ID(), err)
	}
}

// randomBytes is deterministic per seed, so a failure can be reproduced.
func randomBytes(seed uint64, n int) []byte {
	out := make([]byte, n)
	r := rand.NewChaCha8([32]byte{byte(seed), byte(seed >> 8), byte(seed >> 16), 1})
	_, _ = r.Read(out)
	return out
}

// randomReader streams n pseudo-random bytes without holding them.
func randomReader(seed uint64, n int64) io.Reader {
	return io.LimitReader(rand.NewChaCha8([32]byte{byte(seed), byte(seed >> 8), 2}), n)
}

func catAll(t testing.TB, n *IPFS, c cid.Cid) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r, err := n.Cat(ctx, c)
	if err != nil {
		t.Fatalf("Cat %s: %v", c, err)
	}
	defer r.Close()
	got, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("read %s: %v", c, err)
	}
	if int64(len(got)) != r.Size() {
		t.Fatalf("read %d bytes, reader says %d", len(got), r.Size())
	}
	return got
}

func mustEqual(t testing.TB, what string, got, want []byte) {
	t.Helper()
	if !bytes.Equal(got, want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Fatalf("%s: %d bytes differ from the %d expected (first difference at %d)", what, len(got), len(want), i)
	}
}
