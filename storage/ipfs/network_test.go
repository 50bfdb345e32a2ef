package ipfs

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	dht "github.com/libp2p/go-libp2p-kad-dht"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

// waitProvider polls the DHT (from a node not involved in the transfer)
// until it lists p as a provider of c.
func waitProvider(t *testing.T, d *dht.IpfsDHT, c cid.Cid, p peer.ID) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		for ai := range d.FindProvidersAsync(ctx, c, 0) {
			if ai.ID == p {
				cancel()
				return
			}
		}
		cancel()
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("DHT never listed %s as provider of %s", p, c)
}

func disconnect(t *testing.T, a, b *testNode) {
	t.Helper()
	_ = a.h.Network().ClosePeer(b.h.ID())
	_ = b.h.Network().ClosePeer(a.h.ID())
	deadline := time.Now().Add(5 * time.Second)
	for a.h.Network().Connectedness(b.h.ID()) == network.Connected || b.h.Network().Connectedness(a.h.ID()) == network.Connected {
		if time.Now().After(deadline) {
			t.Fatalf("%s and %s stay connected", a.h.ID(), b.h.ID())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func waitRoutingTable(t *testing.T, ds ...*dht.IpfsDHT) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for _, d := range ds {
		for d.RoutingTable().Size() == 0 {
			if time.Now().After(deadline) {
				t.Fatal("DHT routing table stayed empty")
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

func counterValue(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == name {
			return mf.GetMetric()[0].GetCounter().GetValue()
		}
	}
	t.Fatalf("metric %s not exported", name)
	return 0
}

// TestFetchThroughDHTAfterPublisherLeaves: A adds, B finds A through the DHT
// and fetches over bitswap, A goes away, C finds B through the DHT and
// fetches from it. A, B and C only know a DHT bootstrap node D at first.
func TestFetchThroughDHTAfterPublisherLeaves(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-node network test")
	}
	cfg := Config{ProviderSearchDelay: 100 * time.Millisecond}
	dh := newHost(t)
	t.Cleanup(func() { _ = dh.Close() })
	d := newDHT(t, dh)
	t.Cleanup(func() { _ = d.Close() })
	boot := &testNode{h: dh}

	a := startNode(t, nodeOpts{dht: true, cfg: cfg})
	b := startNode(t, nodeOpts{dht: true, cfg: cfg})
	c := startNode(t, nodeOpts{dht: true, cfg: cfg})
	for _, n := range []*testNode{a, b, c} {
		connect(t, n, boot)
	}
	waitRoutingTable(t, a.dht, b.dht, c.dht, d)

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	data := randomBytes(42, 5<<20+123)
	root, err := a.ipfs.Add(ctx, bytes.NewReader(data), AddOptions{Name: "published"})
	if err != nil {
		t.Fatal(err)
	}
	waitProvider(t, d, root, a.h.ID())
	// The DHT's own lookups (routing-table refresh, A's provide) connect
	// every node to every other in a network this small. Cut the links
	// between the IPFS nodes, so that B can only learn of A from the
	// provider records.
	disconnect(t, a, b)
	disconnect(t, a, c)
	disconnect(t, b, c)

	var got bytes.Buffer
	if _, err := b.ipfs.Get(ctx, root, &got, GetOptions{}); err != nil {
		t.Fatalf("B get: %v", err)
	}
	mustEqual(t, "B's copy", got.Bytes(), data)
	if b.h.Network().Connectedness(a.h.ID()) != network.Connected {
		t.Fatal("B fetched without connecting to the only provider A")
	}
	bs, _ := b.ipfs.BitswapStat()
	if bs.BlocksReceived == 0 || bs.DataReceived < uint64(len(data)) {
		t.Fatalf("B's bitswap received %d blocks / %d bytes for a %d-byte file", bs.BlocksReceived, bs.DataReceived, len(data))
	}
	if v := counterValue(t, b.reg, "westworld_ipfs_bitswap_blocks_received_total"); v != float64(bs.BlocksReceived) {
		t.Fatalf("metric says %v blocks received, bitswap %d", v, bs.BlocksReceived)
	}
	as, _ := a.ipfs.BitswapStat()
	if as.BlocksSent == 0 {
		t.Fatal("A's bitswap sent nothing")
	}
	// B announced what it fetched; A leaves the network.
	waitProvider(t, d, root, b.h.ID())
	a.stop()
	disconnect(t, b, c)

	got.Reset()
	if _, err := c.ipfs.Get(ctx, root, &got, GetOptions{}); err != nil {
		t.Fatalf("C get after A left: %v", err)
	}
	mustEqual(t, "C's copy", got.Bytes(), data)
	if c.h.Network().Connectedness(b.h.ID()) != network.Connected {
		t.Fatal("C fetched without connecting to B")
	}
	bsB, _ := b.ipfs.BitswapStat()
	if bsB.BlocksSent == 0 {
		t.Fatal("B served nothing to C")
	}
	if ok, _ := c.ipfs.HasAll(ctx, root); !ok {
		t.Fatal("C lacks blocks after Get")
	}
	if pinned, _ := c.ipfs.IsPinned(ctx, root); pinned {
		t.Fatal("Get pinned the content")
	}
	if v := testutil.ToFloat64(c.ipfs.metrics.fetched); v < float64(len(data)) {
		t.Fatalf("fetched-bytes metric %v below %d", v, len(data))
	}
}

// TestPinFetchesFromPeer pins content another node has, over a direct
// connection and no DHT: Pin must fetch the DAG before recording the pin.
func TestPinFetchesFromPeer(t *testing.T) {
	a := startNode(t, nodeOpts{})
	b := startNode(t, nodeOpts{})
	connect(t, b, a)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	data := randomBytes(9, 3<<20)
	root, err := a.ipfs.Add(ctx, bytes.NewReader(data), AddOptions{ChunkSize: 256 << 10})
	if err != nil {
		t.Fatal(err)
	}
	if err := b.ipfs.Pin(ctx, root, "mirror"); err != nil {
		t.Fatal(err)
	}
	if ok, _ := b.ipfs.HasAll(ctx, root); !ok {
		t.Fatal("Pin recorded a DAG that is not local")
	}

	// Fetch reports progress per block and does not pin.
	other, err := a.ipfs.Add(ctx, bytes.NewReader(randomBytes(10, 3<<20)), AddOptions{ChunkSize: 256 << 10})
	if err != nil {
		t.Fatal(err)
	}
	var blocks int
	var lastBytes int64
	if err := b.ipfs.Fetch(ctx, other, FetchOptions{Progress: func(n int, by int64) { blocks, lastBytes = n, by }}); err != nil {
		t.Fatal(err)
	}
	// 12 leaves of 256 KiB and the root.
	if blocks != 13 || lastBytes < 3<<20 {
		t.Fatalf("fetch progress ended at %d blocks / %d bytes", blocks, lastBytes)
	}
	pins, err := b.ipfs.Pins(ctx)
	if err != nil || len(pins) != 1 || !pins[0].Cid.Equals(root) || pins[0].Name != "mirror" || pins[0].Mode != "recursive" {
		t.Fatalf("pins = %+v, %v", pins, err)
	}
	mustEqual(t, "pinned copy", catAll(t, b.ipfs, root), data)
}
