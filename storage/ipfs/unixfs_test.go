package ipfs

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs"
	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"

	"github.com/x0tta6bl4/westworld/storage"
)

func TestUnixFSRoundTrip(t *testing.T) {
	n := startNode(t, nodeOpts{})
	ctx := t.Context()
	const k = 256 << 10
	sizes := []int{0, 1, k - 1, k, k + 1, 1<<20 + 1, 10 << 20}
	for _, p := range []Profile{ProfileCIDv1, ProfileV1_2025} {
		for _, size := range sizes {
			t.Run(fmt.Sprintf("%s/%d", p, size), func(t *testing.T) {
				data := randomBytes(uint64(size), size)
				var chunk int
				if p == ProfileCIDv1 {
					chunk = 256 << 10
				}
				c, err := n.ipfs.Add(ctx, bytes.NewReader(data), AddOptions{ChunkSize: chunk})
				if err != nil {
					t.Fatal(err)
				}
				if c.Version() != 1 || c.Prefix().MhType != mh.SHA2_256 {
					t.Fatalf("root %s is not CIDv1 sha2-256", c)
				}
				// One chunk becomes a raw leaf root; more become a dag-pb node.
				eff := chunk
				if eff == 0 {
					eff = 1 << 20
				}
				wantCodec := uint64(cid.Raw)
				if size > eff {
					wantCodec = cid.DagProtobuf
				}
				if c.Type() != wantCodec {
					t.Fatalf("root codec %x, want %x", c.Type(), wantCodec)
				}
				mustEqual(t, "cat", catAll(t, n.ipfs, c), data)

				var out bytes.Buffer
				var last, calls int64
				written, err := n.ipfs.Get(ctx, c, &out, GetOptions{Progress: func(done, total int64) {
					if total != int64(size) || done < last || done > total {
						t.Errorf("progress %d/%d after %d", done, total, last)
					}
					last = done
					calls++
				}})
				if err != nil || written != int64(size) {
					t.Fatalf("Get: %d, %v", written, err)
				}
				mustEqual(t, "get", out.Bytes(), data)
				if last != int64(size) || calls == 0 {
					t.Fatalf("progress ended at %d of %d after %d calls", last, size, calls)
				}

				st, err := n.ipfs.Stat(ctx, c)
				if err != nil {
					t.Fatal(err)
				}
				if st.FileSize != uint64(size) {
					t.Fatalf("Stat.FileSize %d, want %d", st.FileSize, size)
				}
				if st.CumulativeSize < uint64(size) {
					t.Fatalf("Stat.CumulativeSize %d below the file size %d", st.CumulativeSize, size)
				}
				if ok, err := n.ipfs.HasAll(ctx, c); !ok || err != nil {
					t.Fatalf("HasAll after Add: %v, %v", ok, err)
				}
			})
		}
	}
}

func TestAddIsDeterministicAndSeeks(t *testing.T) {
	n := startNode(t, nodeOpts{cfg: Config{Profile: ProfileCIDv1}})
	ctx := t.Context()
	data := randomBytes(7, 3<<20+5)
	var progress []int64
	c1, err := n.ipfs.Add(ctx, bytes.NewReader(data), AddOptions{Progress: func(d int64) { progress = append(progress, d) }})
	if err != nil {
		t.Fatal(err)
	}
	c2, err := n.ipfs.Add(ctx, bytes.NewReader(data), AddOptions{NoPin: true})
	if err != nil {
		t.Fatal(err)
	}
	if !c1.Equals(c2) {
		t.Fatalf("same bytes gave %s and %s", c1, c2)
	}
	if len(progress) < 2 || progress[len(progress)-1] != int64(len(data)) {
		t.Fatalf("add progress %v does not end at %d", progress, len(data))
	}
	for i := 1; i < len(progress); i++ {
		if progress[i] <= progress[i-1] {
			t.Fatalf("add progress not increasing: %v", progress)
		}
	}
	// 13 leaves of 256 KiB under one dag-pb root.
	st, err := n.ipfs.Stat(ctx, c1)
	if err != nil {
		t.Fatal(err)
	}
	if st.Type != TypeFile || st.Links != 13 {
		t.Fatalf("Stat = %+v, want a file with 13 links", st)
	}

	r, err := n.ipfs.Cat(ctx, c1)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for _, off := range []int64{0, 256<<10 - 3, 2 << 20, int64(len(data)) - 1} {
		if _, err := r.Seek(off, io.SeekStart); err != nil {
			t.Fatal(err)
		}
		buf := make([]byte, 10)
		k, _ := io.ReadFull(r, buf)
		mustEqual(t, fmt.Sprintf("read at %d", off), buf[:k], data[off:min(off+10, int64(len(data)))])
	}
}

func TestCatRejectsDirectory(t *testing.T) {
	n := startNode(t, nodeOpts{})
	ctx := t.Context()
	dir := merkledag.NodeWithData(unixfs.FolderPBData())
	if err := dir.SetCidBuilder(cid.V1Builder{Codec: cid.DagProtobuf, MhType: mh.SHA2_256}); err != nil {
		t.Fatal(err)
	}
	o, _ := n.ipfs.state()
	if err := o.dag.Add(ctx, dir); err != nil {
		t.Fatal(err)
	}
	if _, err := n.ipfs.Cat(ctx, dir.Cid()); !errors.Is(err, ErrNotFile) {
		t.Fatalf("Cat(directory) = %v, want ErrNotFile", err)
	}
	if _, err := n.ipfs.Get(ctx, dir.Cid(), io.Discard, GetOptions{}); !errors.Is(err, ErrNotFile) {
		t.Fatalf("Get(directory) = %v, want ErrNotFile", err)
	}
	st, err := n.ipfs.Stat(ctx, dir.Cid())
	if err != nil || st.Type != TypeDirectory {
		t.Fatalf("Stat(directory) = %+v, %v", st, err)
	}
}

func TestLifecycle(t *testing.T) {
	dir := t.TempDir()
	st, err := storage.New(storage.Config{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h := newHost(t)
	defer h.Close()
	ds := storage.NewDatastore(st, storage.PrefixIPFS)
	if _, err := New(Config{Profile: "nope"}, h, ds, nil, nil); err == nil {
		t.Fatal("unknown profile accepted")
	}
	if _, err := New(Config{}, nil, ds, nil, nil); err == nil {
		t.Fatal("nil host accepted")
	}
	n, err := New(Config{}, h, ds, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	if _, err := n.Add(ctx, bytes.NewReader([]byte("x")), AddOptions{}); !errors.Is(err, ErrNotStarted) {
		t.Fatalf("Add before Start: %v", err)
	}
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if err := n.Start(ctx); err == nil {
		t.Fatal("second Start accepted")
	}
	if _, err := n.Add(ctx, bytes.NewReader([]byte("x")), AddOptions{ChunkSize: 2 << 20}); err == nil {
		t.Fatal("2 MiB chunks accepted")
	}
	if err := n.Provide(ctx, cid.Undef); err == nil {
		t.Fatal("Provide without a router succeeded")
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	if err := n.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, err := n.Pins(ctx); !errors.Is(err, ErrNotStarted) {
		t.Fatalf("Pins after Close: %v", err)
	}
	// bitswap's stream handlers are gone with Close.
	for _, p := range h.Mux().Protocols() {
		if bytes.Contains([]byte(p), []byte("bitswap")) {
			t.Fatalf("protocol %s still registered after Close", p)
		}
	}
}
