package ipfs

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ipfs/boxo/blockstore"
	dshelp "github.com/ipfs/boxo/datastore/dshelp"
	ipfspinner "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	mh "github.com/multiformats/go-multihash"
)

// Pin fetches whatever is missing of the DAG under c and pins it
// recursively under name. Pins are kept in the datastore and survive
// restarts; the root is announced to the DHT and reannounced periodically.
func (n *IPFS) Pin(ctx context.Context, c cid.Cid, name string) error {
	o, err := n.state()
	if err != nil {
		return err
	}
	unlock := n.bstore.PinLock(ctx)
	defer unlock.Unlock(ctx)
	// Fetch first with batched wants (much faster than the pinner's own
	// walk); the pin is then recorded without walking the DAG again.
	if err := n.fetch(ctx, o, c, FetchOptions{}); err != nil {
		return fmt.Errorf("ipfs pin %s: %w", c, err)
	}
	if err := o.pinner.PinWithMode(ctx, c, ipfspinner.Recursive, name); err != nil {
		return fmt.Errorf("ipfs pin %s: %w", c, err)
	}
	if err := o.pinner.Flush(ctx); err != nil {
		return fmt.Errorf("ipfs pin %s: save: %w", c, err)
	}
	n.announce(ctx, o, c)
	return nil
}

// Unpin removes the pin of c (recursive or direct). Its blocks stay until
// the next GC. It returns ErrNotPinned if c has no pin of its own.
func (n *IPFS) Unpin(ctx context.Context, c cid.Cid) error {
	o, err := n.state()
	if err != nil {
		return err
	}
	if err := o.pinner.Unpin(ctx, c, true); err != nil {
		if errors.Is(err, ipfspinner.ErrNotPinned) {
			return fmt.Errorf("ipfs unpin %s: %w", c, ErrNotPinned)
		}
		return fmt.Errorf("ipfs unpin %s: %w", c, err)
	}
	if err := o.pinner.Flush(ctx); err != nil {
		return fmt.Errorf("ipfs unpin %s: save: %w", c, err)
	}
	return nil
}

// PinInfo is one pin.
type PinInfo struct {
	Cid cid.Cid
	// Mode is "recursive" or "direct".
	Mode string
	Name string
}

// Pins lists the recursive and direct pins.
func (n *IPFS) Pins(ctx context.Context) ([]PinInfo, error) {
	o, err := n.state()
	if err != nil {
		return nil, err
	}
	var out []PinInfo
	for _, mode := range []ipfspinner.Mode{ipfspinner.Recursive, ipfspinner.Direct} {
		ch := o.pinner.RecursiveKeys(ctx, true)
		if mode == ipfspinner.Direct {
			ch = o.pinner.DirectKeys(ctx, true)
		}
		name, _ := ipfspinner.ModeToString(mode)
		for sp := range ch {
			if sp.Err != nil {
				return nil, fmt.Errorf("ipfs pins: %w", sp.Err)
			}
			out = append(out, PinInfo{Cid: sp.Pin.Key, Mode: name, Name: sp.Pin.Name})
		}
	}
	return out, nil
}

// IsPinned reports whether c is pinned, directly, recursively or as part of
// a recursively pinned DAG.
func (n *IPFS) IsPinned(ctx context.Context, c cid.Cid) (bool, error) {
	o, err := n.state()
	if err != nil {
		return false, err
	}
	_, pinned, err := o.pinner.IsPinned(ctx, c)
	if err != nil {
		return false, fmt.Errorf("ipfs is pinned %s: %w", c, err)
	}
	return pinned, nil
}

// GCResult reports one garbage collection.
type GCResult struct {
	// Blocks and Bytes are what was deleted.
	Blocks int
	Bytes  int64
	// Kept is the number of blocks reachable from pins.
	Kept     int
	Duration time.Duration
}

// gcDeleteBatch is how many deletions go into one synced transaction.
const gcDeleteBatch = 1024

// GC deletes every block that no pin reaches and reports what it freed.
// It holds the GC lock, so Add, Pin and Fetch wait for it (and it for them).
// If a pinned DAG is missing blocks it deletes nothing and returns
// ErrIncompletePin. Afterwards it asks the datastore to give the space back
// (Badger's value-log GC), which happens a file at a time.
func (n *IPFS) GC(ctx context.Context) (GCResult, error) {
	start := time.Now()
	o, err := n.state()
	if err != nil {
		return GCResult{}, err
	}
	unlock := n.bstore.GCLock(ctx)
	defer unlock.Unlock(ctx)

	// Mark: every block reachable from a recursive pin, and direct pins.
	w := &dagWalk{n: n, o: o}
	for sp := range o.pinner.RecursiveKeys(ctx, false) {
		if sp.Err != nil {
			return GCResult{}, fmt.Errorf("ipfs gc: list pins: %w", sp.Err)
		}
		w.push(sp.Pin.Key, 0)
	}
	for len(w.queue) > 0 {
		k := w.queue[0].c
		w.queue = w.queue[1:]
		found, err := w.local(ctx, k)
		if err != nil {
			return GCResult{}, fmt.Errorf("ipfs gc: mark %s: %w", k, err)
		}
		if !found {
			return GCResult{}, fmt.Errorf("ipfs gc: block %s: %w", k, ErrIncompletePin)
		}
	}
	for sp := range o.pinner.DirectKeys(ctx, false) {
		if sp.Err != nil {
			return GCResult{}, fmt.Errorf("ipfs gc: list pins: %w", sp.Err)
		}
		w.seen[string(sp.Pin.Key.Hash())] = struct{}{}
	}
	res := GCResult{Kept: len(w.seen)}

	// Sweep: the blockstore's keys are multihashes; delete in synced batches.
	keys, err := n.bstore.AllKeysChan(ctx)
	if err != nil {
		return res, fmt.Errorf("ipfs gc: list blocks: %w", err)
	}
	var doomed []mh.Multihash
	flush := func() error {
		if len(doomed) == 0 {
			return nil
		}
		b, err := n.ds.Batch(ctx)
		if err != nil {
			return err
		}
		for _, h := range doomed {
			if err := b.Delete(ctx, blockKey(h)); err != nil {
				return err
			}
		}
		if err := b.Commit(ctx); err != nil {
			return err
		}
		doomed = doomed[:0]
		return nil
	}
	for k := range keys {
		if _, ok := w.seen[string(k.Hash())]; ok {
			continue
		}
		size, err := n.bstore.GetSize(ctx, k)
		if err != nil {
			continue // deleted meanwhile; nothing to free
		}
		doomed = append(doomed, k.Hash())
		res.Blocks++
		res.Bytes += int64(size)
		if len(doomed) >= gcDeleteBatch {
			if err := flush(); err != nil {
				return res, fmt.Errorf("ipfs gc: delete: %w", err)
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return res, fmt.Errorf("ipfs gc: %w", err)
	}
	if err := flush(); err != nil {
		return res, fmt.Errorf("ipfs gc: delete: %w", err)
	}
	if gcds, ok := n.ds.(datastore.GCDatastore); ok {
		if err := gcds.CollectGarbage(ctx); err != nil {
			n.log.Warn("datastore gc after ipfs gc", "err", err)
		}
	}
	res.Duration = time.Since(start)
	n.metrics.gcRuns.Inc()
	n.metrics.gcBlocks.Add(float64(res.Blocks))
	n.metrics.gcBytes.Add(float64(res.Bytes))
	n.log.Info("ipfs gc", "freed_blocks", res.Blocks, "freed_bytes", res.Bytes, "kept", res.Kept, "took", res.Duration)
	return res, nil
}

// blockKey is the datastore key of a block, as boxo's blockstore writes it.
func blockKey(h mh.Multihash) datastore.Key {
	return blockstore.BlockPrefix.Child(dshelp.MultihashToDsKey(h))
}
