package ipfs

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

// blockCount counts the blocks in the node's blockstore.
func blockCount(t *testing.T, n *IPFS) int {
	t.Helper()
	ch, err := n.bstore.AllKeysChan(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	k := 0
	for range ch {
		k++
	}
	return k
}

func TestPinsSurviveRestartAndGC(t *testing.T) {
	dir := t.TempDir()
	n := startNode(t, nodeOpts{dir: dir, cfg: Config{Profile: ProfileCIDv1}})
	ctx := t.Context()

	// kept is pinned. loose shares kept's first 8 leaves (same bytes, same
	// 256 KiB chunks) and adds 4 of its own; it is not pinned.
	keptData := randomBytes(1, 8<<18)
	looseData := append(append([]byte{}, keptData...), randomBytes(2, 4<<18)...)
	kept, err := n.ipfs.Add(ctx, bytes.NewReader(keptData), AddOptions{Name: "kept"})
	if err != nil {
		t.Fatal(err)
	}
	loose, err := n.ipfs.Add(ctx, bytes.NewReader(looseData), AddOptions{NoPin: true})
	if err != nil {
		t.Fatal(err)
	}
	// kept: 8 leaves + root; loose adds 4 leaves + its root.
	if got := blockCount(t, n.ipfs); got != 14 {
		t.Fatalf("%d blocks after two adds, want 14", got)
	}
	n.stop()

	n = startNode(t, nodeOpts{dir: dir, cfg: Config{Profile: ProfileCIDv1}})
	pins, err := n.ipfs.Pins(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(pins) != 1 || !pins[0].Cid.Equals(kept) || pins[0].Name != "kept" {
		t.Fatalf("pins after restart = %+v, want only %s named kept", pins, kept)
	}
	if p, _ := n.ipfs.IsPinned(ctx, loose); p {
		t.Fatal("unpinned root reported pinned")
	}

	res, err := n.ipfs.GC(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if res.Blocks != 5 || res.Kept != 9 {
		t.Fatalf("GC freed %d blocks and kept %d, want 5 and 9", res.Blocks, res.Kept)
	}
	if res.Bytes < 4<<18 || res.Bytes > 4<<18+1024 {
		t.Fatalf("GC freed %d bytes, want the 4 unique leaves (%d) and a small root", res.Bytes, 4<<18)
	}
	if got := blockCount(t, n.ipfs); got != 9 {
		t.Fatalf("%d blocks after GC, want 9", got)
	}
	mustEqual(t, "pinned file after GC", catAll(t, n.ipfs, kept), keptData)
	if ok, _ := n.ipfs.HasAll(ctx, loose); ok {
		t.Fatal("unpinned DAG still complete after GC")
	}
	if v := testutil.ToFloat64(n.ipfs.metrics.gcBlocks); v != 5 {
		t.Fatalf("gc blocks metric %v", v)
	}

	// A second GC has nothing to do.
	if res, err := n.ipfs.GC(ctx); err != nil || res.Blocks != 0 {
		t.Fatalf("second GC: %+v, %v", res, err)
	}
	// Unpinned, everything goes.
	if err := n.ipfs.Unpin(ctx, kept); err != nil {
		t.Fatal(err)
	}
	if err := n.ipfs.Unpin(ctx, kept); !errors.Is(err, ErrNotPinned) {
		t.Fatalf("second Unpin: %v, want ErrNotPinned", err)
	}
	if res, err := n.ipfs.GC(ctx); err != nil || res.Blocks != 9 {
		t.Fatalf("GC after unpin: %+v, %v", res, err)
	}
	if got := blockCount(t, n.ipfs); got != 0 {
		t.Fatalf("%d blocks left", got)
	}
	n.stop()
	n = startNode(t, nodeOpts{dir: dir})
	if pins, _ := n.ipfs.Pins(ctx); len(pins) != 0 {
		t.Fatalf("unpin did not persist: %+v", pins)
	}
}

func TestGCRefusesIncompletePin(t *testing.T) {
	n := startNode(t, nodeOpts{cfg: Config{Profile: ProfileCIDv1}})
	ctx := t.Context()
	pinned, err := n.ipfs.Add(ctx, bytes.NewReader(randomBytes(3, 1<<20)), AddOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := n.ipfs.Add(ctx, bytes.NewReader(randomBytes(4, 100)), AddOptions{NoPin: true}); err != nil {
		t.Fatal(err)
	}
	// Lose one leaf of the pinned DAG behind the node's back.
	st, _ := n.ipfs.state()
	root, err := st.dag.Get(ctx, pinned)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.ipfs.ds.Delete(ctx, blockKey(root.Links()[2].Cid.Hash())); err != nil {
		t.Fatal(err)
	}
	before := blockCount(t, n.ipfs)
	if _, err := n.ipfs.GC(ctx); !errors.Is(err, ErrIncompletePin) {
		t.Fatalf("GC with a broken pin: %v, want ErrIncompletePin", err)
	}
	if after := blockCount(t, n.ipfs); after != before {
		t.Fatalf("GC deleted %d blocks despite aborting", before-after)
	}
}

// TestGCConcurrentWithAdds runs GC in a loop while files are added: every
// pinned file must come out complete, whatever the interleaving.
func TestGCConcurrentWithAdds(t *testing.T) {
	n := startNode(t, nodeOpts{cfg: Config{Profile: ProfileCIDv1}})
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var wg sync.WaitGroup
	gcErr := make(chan error, 1)
	wg.Go(func() {
		for ctx.Err() == nil {
			if _, err := n.ipfs.GC(ctx); err != nil && ctx.Err() == nil {
				gcErr <- err
				return
			}
		}
	})
	var roots []cid.Cid
	var datas [][]byte
	for i := range 12 {
		data := randomBytes(uint64(100+i), (i+1)*300<<10)
		c, err := n.ipfs.Add(ctx, bytes.NewReader(data), AddOptions{NoPin: i%3 == 0, Name: fmt.Sprint(i)})
		if err != nil {
			t.Fatal(err)
		}
		if i%3 != 0 {
			roots = append(roots, c)
			datas = append(datas, data)
		}
	}
	cancel()
	wg.Wait()
	select {
	case err := <-gcErr:
		t.Fatalf("GC during adds: %v", err)
	default:
	}
	for i, c := range roots {
		if ok, err := n.ipfs.HasAll(t.Context(), c); !ok || err != nil {
			t.Fatalf("pinned file %d incomplete after concurrent GC: %v", i, err)
		}
		mustEqual(t, "pinned file", catAll(t, n.ipfs, c), datas[i])
	}
}
