package ipfs

import (
	"context"
	"fmt"

	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/ipld/merkledag"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
)

// A Fetch asks bitswap for the next blocks of the DAG in groups of at most
// fetchBatch blocks and fetchBatchBytes bytes (by the sizes the parent's
// links record). Groups keep the peers' want lists full instead of one block
// per round trip; the bounds keep a peer's queue short enough that a loaded
// peer answers every want before the client takes its silence for a
// refusal (observed with 256 wants of 256 KiB: stalls of tens of seconds).
const (
	fetchBatch      = 128
	fetchBatchBytes = 16 << 20
)

// FetchOptions tunes one Fetch.
type FetchOptions struct {
	// Progress, if set, is called after each block with the number of the
	// DAG's blocks and block bytes that are local so far.
	Progress func(blocks int, bytes int64)

	// progress reports bytes of leaf blocks (the file content) to Get.
	progress func(leafBytes int64)
}

// Fetch makes the whole DAG under c local, asking bitswap for what is
// missing (from connected peers, then from providers found in the DHT). It
// does not pin: the next GC removes the blocks unless something pins them.
// When done it queues c for a DHT announcement unless
// Config.NoProvideFetched.
func (n *IPFS) Fetch(ctx context.Context, c cid.Cid, opts FetchOptions) error {
	o, err := n.state()
	if err != nil {
		return err
	}
	// GC waits while a fetch runs, so it cannot delete the fetched half of
	// a DAG before the caller pins it.
	unlock := n.bstore.PinLock(ctx)
	defer unlock.Unlock(ctx)
	return n.fetch(ctx, o, c, opts)
}

// fetch is Fetch for callers that hold the pin lock.
func (n *IPFS) fetch(ctx context.Context, o *online, c cid.Cid, opts FetchOptions) error {
	// The bitswap session lives as long as its context: end it with the
	// fetch, or its wants would linger in the want list.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ses := blockservice.NewSession(ctx, o.bserv)
	w := &dagWalk{n: n, o: o, opts: opts}
	w.push(c, 0)
	for len(w.queue) > 0 {
		cnt, size := 0, uint64(0)
		for cnt < len(w.queue) && cnt < fetchBatch && (cnt == 0 || size+w.queue[cnt].size <= fetchBatchBytes) {
			size += w.queue[cnt].size
			cnt++
		}
		batch := w.queue[:cnt]
		w.queue = w.queue[cnt:]
		var missing []cid.Cid
		for _, q := range batch {
			k := q.c
			found, err := w.local(ctx, k)
			if err != nil {
				return fmt.Errorf("ipfs fetch %s: %w", c, err)
			}
			if !found {
				missing = append(missing, k)
			}
		}
		if len(missing) == 0 {
			continue
		}
		got := 0
		for blk := range ses.GetBlocks(ctx, missing) {
			got++
			w.fetched += int64(len(blk.RawData()))
			if err := w.visit(ctx, blk); err != nil {
				return fmt.Errorf("ipfs fetch %s: %w", c, err)
			}
		}
		if got < len(missing) {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("ipfs fetch %s: %d of %d blocks missing: %w", c, len(missing)-got, len(missing), err)
			}
			return fmt.Errorf("ipfs fetch %s: %d of %d blocks not found", c, len(missing)-got, len(missing))
		}
	}
	n.metrics.fetched.Add(float64(w.fetched))
	if !n.cfg.NoProvideFetched {
		n.announce(ctx, o, c)
	}
	n.log.Debug("fetched", "cid", c, "blocks", w.blocks, "bytes", w.bytes, "from_peers", w.fetched)
	return nil
}

// dagWalk is the breadth-first state of Fetch.
type dagWalk struct {
	n     *IPFS
	o     *online
	opts  FetchOptions
	queue []queued
	seen  map[string]struct{}

	blocks           int
	bytes, leafBytes int64
	fetched          int64
}

// queued is a CID to visit with the size its parent's link gives (the
// cumulative size of the sub-DAG; 0 for roots).
type queued struct {
	c    cid.Cid
	size uint64
}

func (w *dagWalk) push(c cid.Cid, size uint64) {
	if w.seen == nil {
		w.seen = map[string]struct{}{}
	}
	k := string(c.Hash())
	if _, ok := w.seen[k]; ok {
		return
	}
	w.seen[k] = struct{}{}
	w.queue = append(w.queue, queued{c, size})
}

// local accounts for k if the blockstore has it. A raw block has no links,
// so its presence and size are enough; other blocks are read for links.
func (w *dagWalk) local(ctx context.Context, k cid.Cid) (bool, error) {
	if k.Type() == cid.Raw {
		size, err := w.n.bstore.GetSize(ctx, k)
		if ipld.IsNotFound(err) {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		w.account(size, true)
		return true, nil
	}
	blk, err := w.n.bstore.Get(ctx, k)
	if ipld.IsNotFound(err) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return true, w.visit(ctx, blk)
}

// visit queues the links of blk and accounts for it.
func (w *dagWalk) visit(ctx context.Context, blk blocks.Block) error {
	links, err := w.links(ctx, blk)
	if err != nil {
		return err
	}
	for _, l := range links {
		w.push(l.Cid, l.Size)
	}
	w.account(len(blk.RawData()), len(links) == 0)
	return nil
}

func (w *dagWalk) account(size int, leaf bool) {
	w.blocks++
	w.bytes += int64(size)
	if leaf {
		w.leafBytes += int64(size)
		if w.opts.progress != nil {
			w.opts.progress(w.leafBytes)
		}
	}
	if w.opts.Progress != nil {
		w.opts.Progress(w.blocks, w.bytes)
	}
}

// links decodes the links of a block: dag-pb and raw directly (the UnixFS
// case), anything else through the DAG service's codec registry.
func (w *dagWalk) links(ctx context.Context, blk blocks.Block) ([]*ipld.Link, error) {
	switch blk.Cid().Type() {
	case cid.Raw:
		return nil, nil
	case cid.DagProtobuf:
		nd, err := merkledag.DecodeProtobufBlock(blk)
		if err != nil {
			return nil, fmt.Errorf("decode %s: %w", blk.Cid(), err)
		}
		return nd.Links(), nil
	default:
		nd, err := w.n.offline.Get(ctx, blk.Cid())
		if err != nil {
			return nil, fmt.Errorf("decode %s: %w", blk.Cid(), err)
		}
		return nd.Links(), nil
	}
}

// HasAll reports whether every block of the DAG under c is local, without
// touching the network.
func (n *IPFS) HasAll(ctx context.Context, c cid.Cid) (bool, error) {
	o, err := n.state()
	if err != nil {
		return false, err
	}
	w := &dagWalk{n: n, o: o}
	w.push(c, 0)
	for len(w.queue) > 0 {
		if err := ctx.Err(); err != nil {
			return false, err
		}
		k := w.queue[0].c
		w.queue = w.queue[1:]
		found, err := w.local(ctx, k)
		if err != nil {
			return false, fmt.Errorf("ipfs has %s: %w", c, err)
		}
		if !found {
			return false, nil
		}
	}
	return true, nil
}
