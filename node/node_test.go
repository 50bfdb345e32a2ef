package node

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/network"

	"github.com/x0tta6bl4/westworld/node/api"
)

// testConfig is a config for a node on loopback with fast re-dials and no
// mDNS, metrics on an ephemeral port.
func testConfig(t testing.TB, home string, port int, bootstrap ...string) Config {
	t.Helper()
	cfg := DefaultConfig()
	cfg.Home = home
	cfg.P2P.Listen = []string{fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", port)}
	cfg.P2P.Bootstrap = bootstrap
	cfg.P2P.MDNS = false
	cfg.P2P.AutoNAT = false
	cfg.P2P.HolePunching = false
	cfg.P2P.RelayClient = false
	cfg.P2P.RedialMin = "50ms"
	cfg.P2P.RedialMax = "500ms"
	cfg.Gossip.Heartbeat = "100ms"
	cfg.Metrics.Listen = "127.0.0.1:0"
	// Unix socket paths are limited to 108 bytes; t.TempDir() can be long.
	cfg.API.Socket = filepath.Join(shortTempDir(t), "api.sock")
	return cfg
}

func shortTempDir(t testing.TB) string {
	t.Helper()
	d, err := os.MkdirTemp("", "ww")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(d) })
	return d
}

func testLogger(t testing.TB) *slog.Logger {
	if testing.Verbose() && os.Getenv("WESTWORLD_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// freePort returns a TCP port that was free a moment ago.
func freePort(t testing.TB) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// startNode initialises home (if needed) and starts a node on it.
func startNode(t testing.TB, cfg Config, opts ...Option) *Node {
	t.Helper()
	if _, err := os.Stat(filepath.Join(cfg.Home, IdentityFile)); err != nil {
		if _, err := Init(cfg.Home, cfg, false); err != nil {
			t.Fatal(err)
		}
	}
	n, err := New(cfg, append([]Option{WithLogger(testLogger(t))}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	return n
}

// startMesh starts n nodes; all but the first bootstrap from the first.
func startMesh(t testing.TB, n int, opts ...Option) []*Node {
	t.Helper()
	first := startNode(t, testConfig(t, t.TempDir(), 0), opts...)
	nodes := []*Node{first}
	boot := first.Host().FullAddrs()[0]
	for i := 1; i < n; i++ {
		nodes = append(nodes, startNode(t, testConfig(t, t.TempDir(), 0, boot), opts...))
	}
	return nodes
}

// adminClient is an API client holding the node's admin macaroon.
func adminClient(t testing.TB, n *Node) *api.Client {
	t.Helper()
	mac, err := RoleMacaroon(n.Config().Home, "admin")
	if err != nil {
		t.Fatal(err)
	}
	return api.NewClient(n.Config().SocketPath(), mac)
}

// eventually polls cond until it holds or the deadline passes.
func eventually(t testing.TB, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("not within %s: %s", within, what)
}

func TestMeshBootstrapAndGossip(t *testing.T) {
	nodes := startMesh(t, 5)
	// Everyone reaches everyone: bootstrap, then DHT-based topic discovery.
	eventually(t, 20*time.Second, "every node connected to every other", func() bool {
		for _, n := range nodes {
			if len(n.Host().Network().Peers()) < len(nodes)-1 {
				return false
			}
		}
		return true
	})
	const topic = "westworld/test/1"
	subs := make([]<-chan *pubsub.Message, len(nodes))
	for i, n := range nodes[1:] {
		s, err := n.Gossip().Subscribe(topic)
		if err != nil {
			t.Fatal(err)
		}
		subs[i+1] = s.C()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := nodes[0].Gossip().Publish(ctx, topic, []byte("hello mesh"), len(nodes)-1); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(nodes); i++ {
		select {
		case m := <-subs[i]:
			if string(m.Data) != "hello mesh" || m.GetFrom() != nodes[0].ID() {
				t.Fatalf("node %d got %q from %s", i, m.Data, m.GetFrom())
			}
		case <-ctx.Done():
			t.Fatalf("node %d did not receive the message", i)
		}
	}
}

func TestBootstrapPeerRedialled(t *testing.T) {
	port := freePort(t)
	bootCfg := testConfig(t, t.TempDir(), port)
	boot := startNode(t, bootCfg)
	addr := boot.Host().FullAddrs()[0]
	var others []*Node
	for range 2 {
		others = append(others, startNode(t, testConfig(t, t.TempDir(), 0, addr)))
	}
	bootID := boot.ID()
	connected := func() bool {
		for _, o := range others {
			if o.Host().Network().Connectedness(bootID) != network.Connected {
				return false
			}
		}
		return true
	}
	eventually(t, 10*time.Second, "others connected to bootstrap", connected)

	if err := boot.Close(); err != nil {
		t.Fatal(err)
	}
	eventually(t, 5*time.Second, "others see the bootstrap peer gone", func() bool {
		for _, o := range others {
			if o.Host().Network().Connectedness(bootID) == network.Connected {
				return false
			}
		}
		return true
	})
	// The same node comes back on the same address; nobody dials it but the
	// others' peering, which must find it again.
	bootCfg.P2P.Bootstrap = nil
	back := startNode(t, bootCfg)
	if back.ID() != bootID {
		t.Fatalf("restarted bootstrap node has a new peer ID %s", back.ID())
	}
	eventually(t, 10*time.Second, "others re-dialled the returning bootstrap peer", connected)
}

func TestStatusOverAPI(t *testing.T) {
	nodes := startMesh(t, 2)
	eventually(t, 10*time.Second, "connected", func() bool { return len(nodes[1].Host().Network().Peers()) == 1 })
	c := adminClient(t, nodes[1])
	st, err := c.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.PeerID != nodes[1].ID().String() || st.PeerCount != 1 || len(st.Topics) < 6 || st.DatastoreSize <= 0 {
		t.Fatalf("status: %+v", st)
	}
	peers, err := c.Peers(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(peers) != 1 || peers[0].ID != nodes[0].ID().String() || !peers[0].Bootstrap {
		t.Fatalf("peers: %+v", peers)
	}
	// Connect to a bad address: a clear error, not a hang.
	err = c.Connect(context.Background(), "/ip4/127.0.0.1/tcp/1")
	if err == nil {
		t.Fatal("connect to an address without /p2p succeeded")
	}
}

func TestRestartKeepsIdentityAndPeerBook(t *testing.T) {
	nodes := startMesh(t, 2)
	eventually(t, 10*time.Second, "peer book written", func() bool { return nodes[1].peers.count() == 1 })
	cfg := nodes[1].Config()
	id := nodes[1].ID()
	if err := nodes[1].Close(); err != nil {
		t.Fatal(err)
	}
	// Without bootstrap peers the restarted node finds its old peer from the book.
	cfg.P2P.Bootstrap = nil
	again := startNode(t, cfg)
	if again.ID() != id {
		t.Fatalf("peer ID changed across restart: %s -> %s", id, again.ID())
	}
	eventually(t, 10*time.Second, "rejoined through the peer book", func() bool {
		return again.Host().Network().Connectedness(nodes[0].ID()) == network.Connected
	})
}

func TestStartRollsBackOnFailure(t *testing.T) {
	port := freePort(t)
	a := startNode(t, testConfig(t, t.TempDir(), port))
	_ = a
	cfg := testConfig(t, t.TempDir(), port) // same port: the host cannot listen
	if _, err := Init(cfg.Home, cfg, false); err != nil {
		t.Fatal(err)
	}
	n, err := New(cfg, WithLogger(testLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	err = n.Start(context.Background())
	if err == nil {
		n.Close()
		t.Fatal("second node on the same port started")
	}
	t.Logf("start error: %v", err)
	// The datastore was closed by the rollback: a new node can open it.
	cfg.P2P.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	startNode(t, cfg)
}

func TestSecondNodeOnSameHomeRefused(t *testing.T) {
	a := startMesh(t, 1)[0]
	cfg := a.Config()
	cfg.P2P.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	n, err := New(cfg, WithLogger(testLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err == nil {
		n.Close()
		t.Fatal("second daemon on the same home started")
	} else {
		t.Logf("refused: %v", err)
	}
}
