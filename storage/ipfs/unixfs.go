package ipfs

import (
	"context"
	"fmt"
	"io"
	"sync/atomic"

	chunker "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	uio "github.com/ipfs/boxo/ipld/unixfs/io"
	upb "github.com/ipfs/boxo/ipld/unixfs/pb"
	ipfspinner "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
	"github.com/multiformats/go-multicodec"
	mh "github.com/multiformats/go-multihash"
)

// AddOptions tunes one Add.
type AddOptions struct {
	// NoPin leaves the new DAG unpinned, so the next GC may remove it.
	NoPin bool
	// Name is stored with the pin.
	Name string
	// ChunkSize overrides the profile's chunk size (bytes, at most 1 MiB so
	// that every block stays under bitswap's limits).
	ChunkSize int
	// Progress, if set, is called with the file bytes read so far, each
	// time the importer reads from r.
	Progress func(done int64)
}

// maxChunk keeps leaves well under bitswap's 2 MiB block limit.
const maxChunk = 1 << 20

// importBatchBytes is how much the importer buffers before it writes blocks:
// every flush is one synced Badger transaction, so larger is faster up to
// the point where memory matters.
const importBatchBytes = 32 << 20

// Add imports r as a UnixFS file (balanced DAG, CIDv1, raw leaves,
// sha2-256), pins it unless opts.NoPin, and queues its root for a DHT
// announcement. The blocks are written in batches of synced transactions,
// so when Add returns the whole DAG survives a crash.
func (n *IPFS) Add(ctx context.Context, r io.Reader, opts AddOptions) (cid.Cid, error) {
	o, err := n.state()
	if err != nil {
		return cid.Undef, err
	}
	size := n.chunkSize
	if opts.ChunkSize > 0 {
		if opts.ChunkSize > maxChunk {
			return cid.Undef, fmt.Errorf("ipfs add: chunk size %d over %d", opts.ChunkSize, maxChunk)
		}
		size = opts.ChunkSize
	}
	// Hold GC off until the DAG is pinned; otherwise GC could collect
	// blocks written but not yet reachable from a pin.
	unlock := n.bstore.PinLock(ctx)
	defer unlock.Unlock(ctx)

	cr := &countingReader{r: r, progress: opts.Progress}
	buf := ipld.NewBufferedDAG(ctx, o.dag,
		ipld.MaxSizeBatchOption(importBatchBytes), ipld.MaxNodesBatchOption(4096))
	params := helpers.DagBuilderParams{
		Dagserv:    buf,
		RawLeaves:  true,
		Maxlinks:   n.maxLinks,
		CidBuilder: cid.V1Builder{Codec: cid.DagProtobuf, MhType: mh.SHA2_256},
	}
	db, err := params.New(chunker.NewSizeSplitter(cr, int64(size)))
	if err != nil {
		return cid.Undef, fmt.Errorf("ipfs add: %w", err)
	}
	root, err := balanced.Layout(db)
	if err != nil {
		return cid.Undef, fmt.Errorf("ipfs add: import: %w", err)
	}
	if err := buf.Commit(); err != nil {
		return cid.Undef, fmt.Errorf("ipfs add: write blocks: %w", err)
	}
	c := root.Cid()
	if !opts.NoPin {
		// The whole DAG was just written, so the pin need not walk it.
		if err := o.pinner.PinWithMode(ctx, c, ipfspinner.Recursive, opts.Name); err != nil {
			return cid.Undef, fmt.Errorf("ipfs add: pin %s: %w", c, err)
		}
		if err := o.pinner.Flush(ctx); err != nil {
			return cid.Undef, fmt.Errorf("ipfs add: save pin %s: %w", c, err)
		}
	}
	n.metrics.addedBytes.Add(float64(cr.n.Load()))
	n.metrics.adds.Inc()
	n.announce(ctx, o, c)
	n.log.Debug("added", "cid", c, "bytes", cr.n.Load(), "pinned", !opts.NoPin)
	return c, nil
}

type countingReader struct {
	r        io.Reader
	n        atomic.Int64
	progress func(int64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	k, err := c.r.Read(p)
	if k > 0 {
		done := c.n.Add(int64(k))
		if c.progress != nil {
			c.progress(done)
		}
	}
	return k, err
}

// Reader reads a UnixFS file. It fetches blocks that are not local over
// bitswap as it goes.
type Reader struct {
	uio.DagReader
	cancel context.CancelFunc
}

// Close releases the reader's bitswap session.
func (r *Reader) Close() error {
	err := r.DagReader.Close()
	r.cancel()
	return err
}

// Size is the file's length in bytes.
func (r *Reader) Size() int64 { return int64(r.DagReader.Size()) }

// Cat opens the file c for reading. Missing blocks come over bitswap from
// connected peers or providers found in the DHT; the reader prefetches a few
// blocks ahead. ctx bounds the whole life of the reader.
func (n *IPFS) Cat(ctx context.Context, c cid.Cid) (*Reader, error) {
	o, err := n.state()
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	ng := merkledag.NewSession(ctx, o.dag)
	nd, err := ng.Get(ctx, c)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("ipfs cat %s: %w", c, err)
	}
	if err := checkFile(nd); err != nil {
		cancel()
		return nil, fmt.Errorf("ipfs cat %s: %w", c, err)
	}
	dr, err := uio.NewDagReader(ctx, nd, ng)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("ipfs cat %s: %w", c, err)
	}
	return &Reader{DagReader: dr, cancel: cancel}, nil
}

// checkFile accepts raw blocks and UnixFS files, the things Cat can read.
func checkFile(nd ipld.Node) error {
	switch nd := nd.(type) {
	case *merkledag.RawNode:
		return nil
	case *merkledag.ProtoNode:
		fs, err := unixfs.FSNodeFromBytes(nd.Data())
		if err != nil {
			return fmt.Errorf("%w: %v", ErrNotFile, err)
		}
		switch fs.Type() {
		case upb.Data_File, upb.Data_Raw:
			return nil
		default:
			return fmt.Errorf("%w: unixfs %s", ErrNotFile, fs.Type())
		}
	default:
		return fmt.Errorf("%w: codec %s", ErrNotFile, cidCodec(nd.Cid()))
	}
}

// GetOptions tunes one Get.
type GetOptions struct {
	// Progress, if set, is called as the file is fetched with the bytes
	// fetched or found locally so far and the file's size.
	Progress func(done, total int64)
}

// Get writes the file c to w. It first brings the whole DAG local with
// parallel bitswap requests (announcing it afterwards unless
// Config.NoProvideFetched), then streams it from the blockstore; it does not
// pin. It returns the number of bytes written.
func (n *IPFS) Get(ctx context.Context, c cid.Cid, w io.Writer, opts GetOptions) (int64, error) {
	st, err := n.Stat(ctx, c)
	if err != nil {
		return 0, err
	}
	if st.Type != TypeFile && st.Type != TypeRaw {
		return 0, fmt.Errorf("ipfs get %s: %w: %s", c, ErrNotFile, st.Type)
	}
	total := int64(st.FileSize)
	var fopts FetchOptions
	if opts.Progress != nil {
		// Leaves carry the file bytes; count only them so done ends at total.
		fopts.progress = func(leafBytes int64) { opts.Progress(min(leafBytes, total), total) }
	}
	if err := n.Fetch(ctx, c, fopts); err != nil {
		return 0, err
	}
	r, err := n.Cat(ctx, c)
	if err != nil {
		return 0, err
	}
	defer r.Close()
	written, err := io.Copy(w, r)
	if err != nil {
		return written, fmt.Errorf("ipfs get %s: write: %w", c, err)
	}
	if written != total {
		return written, fmt.Errorf("ipfs get %s: wrote %d of %d bytes", c, written, total)
	}
	if opts.Progress != nil {
		opts.Progress(total, total)
	}
	return written, nil
}

// NodeType says what a CID's root block is.
type NodeType string

// The node types Stat reports.
const (
	TypeFile      NodeType = "file"
	TypeDirectory NodeType = "directory"
	TypeRaw       NodeType = "raw"
	TypeOther     NodeType = "other"
)

// Stat describes a DAG from its root block.
type Stat struct {
	Cid  cid.Cid
	Type NodeType
	// FileSize is the length of the file's content (files and raw blocks).
	FileSize uint64
	// CumulativeSize is the size of the DAG's blocks: the root block plus the
	// sizes its links record.
	CumulativeSize uint64
	// BlockSize is the size of the root block.
	BlockSize int
	// Links is the number of links of the root block.
	Links int
}

// Stat reads the root block of c, fetching it if needed, and describes it.
func (n *IPFS) Stat(ctx context.Context, c cid.Cid) (Stat, error) {
	o, err := n.state()
	if err != nil {
		return Stat{}, err
	}
	nd, err := o.dag.Get(ctx, c)
	if err != nil {
		return Stat{}, fmt.Errorf("ipfs stat %s: %w", c, err)
	}
	st := Stat{Cid: c, BlockSize: len(nd.RawData()), Links: len(nd.Links())}
	cum, err := nd.Size()
	if err != nil {
		return Stat{}, fmt.Errorf("ipfs stat %s: %w", c, err)
	}
	st.CumulativeSize = cum
	switch nd := nd.(type) {
	case *merkledag.RawNode:
		st.Type, st.FileSize = TypeRaw, uint64(len(nd.RawData()))
	case *merkledag.ProtoNode:
		fs, err := unixfs.FSNodeFromBytes(nd.Data())
		if err != nil {
			st.Type = TypeOther
			break
		}
		switch fs.Type() {
		case upb.Data_File, upb.Data_Raw:
			st.Type, st.FileSize = TypeFile, fs.FileSize()
		case upb.Data_Directory, upb.Data_HAMTShard:
			st.Type = TypeDirectory
		default:
			st.Type = TypeOther
		}
	default:
		st.Type = TypeOther
	}
	return st, nil
}

func cidCodec(c cid.Cid) string {
	return multicodec.Code(c.Type()).String()
}
