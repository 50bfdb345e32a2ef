package ipfs

import (
	"bytes"
	"context"
	"io"
	"testing"
	"time"

	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs"
	uio "github.com/ipfs/boxo/ipld/unixfs/io"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
)

// FuzzUntrustedBlock feeds arbitrary bytes, as a block that a peer could
// send under a matching CID, to everything that decodes blocks here: Stat,
// the DAG walk of HasAll/Fetch/GC, and the UnixFS reader. None may panic or
// hang; errors are fine.
func FuzzUntrustedBlock(f *testing.F) {
	n := startNode(f, nodeOpts{cfg: Config{Profile: ProfileCIDv1}})
	ctx := context.Background()

	// Seeds: real blocks of an imported file (its dag-pb root links to
	// leaves that the fuzzer's block will not have), a CIDv0-style dag-pb
	// leaf with data inline, a directory, and junk.
	root, err := n.ipfs.Add(ctx, bytes.NewReader(randomBytes(5, 600<<10)), AddOptions{NoPin: true})
	if err != nil {
		f.Fatal(err)
	}
	blk, err := n.ipfs.bstore.Get(ctx, root)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(blk.RawData(), false)
	f.Add(merkledag.NodeWithData(unixfs.FilePBData([]byte("hello"), 5)).RawData(), false)
	f.Add(merkledag.NodeWithData(unixfs.FolderPBData()).RawData(), false)
	f.Add(merkledag.NodeWithData(unixfs.FilePBData(nil, 1<<62)).RawData(), false)
	f.Add([]byte("raw leaf"), true)
	f.Add([]byte{0x12, 0x03, 0x0a, 0x01}, false)
	f.Add([]byte{}, false)

	f.Fuzz(func(t *testing.T, data []byte, raw bool) {
		codec := uint64(cid.DagProtobuf)
		if raw {
			codec = cid.Raw
		}
		c, err := cid.V1Builder{Codec: codec, MhType: mh.SHA2_256}.Sum(data)
		if err != nil {
			t.Fatal(err)
		}
		b, err := blocks.NewBlockWithCid(data, c)
		if err != nil {
			t.Fatal(err)
		}
		if err := n.ipfs.bstore.Put(ctx, b); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		st, err := n.ipfs.Stat(ctx, c)
		if err == nil && raw && st.FileSize != uint64(len(data)) {
			t.Fatalf("raw block of %d bytes has file size %d", len(data), st.FileSize)
		}
		if _, err := n.ipfs.HasAll(ctx, c); err != nil && raw {
			t.Fatalf("HasAll of a local raw block: %v", err)
		}
		nd, err := n.ipfs.offline.Get(ctx, c)
		if err != nil {
			if raw {
				t.Fatalf("raw block does not decode: %v", err)
			}
			return
		}
		if checkFile(nd) != nil {
			return
		}
		// Offline: links to blocks we do not have fail at once instead of
		// waiting for bitswap.
		dr, err := uio.NewDagReader(ctx, nd, n.ipfs.offline)
		if err != nil {
			return
		}
		defer dr.Close()
		got, err := io.ReadAll(io.LimitReader(dr, 4<<20))
		if raw && (err != nil || !bytes.Equal(got, data)) {
			t.Fatalf("raw block reads back %d bytes, %v", len(got), err)
		}
		_, _ = dr.Seek(int64(len(data)/2), io.SeekStart)
	})
}
