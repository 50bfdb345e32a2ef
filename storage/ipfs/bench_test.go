package ipfs

import (
	"bytes"
	"context"
	"encoding/binary"
	"io"
	"os"
	"testing"
	"time"
)

var benchBuf []byte

// benchData is size pseudo-random bytes, distinct for each i in every 64 KiB
// so no chunk repeats across iterations, without generating 256 MiB of
// randomness inside the timed loop.
func benchData(size, i int) []byte {
	if len(benchBuf) < size {
		benchBuf = randomBytes(99, size)
	}
	buf := benchBuf[:size]
	for off := 0; off+8 <= size; off += 64 << 10 {
		binary.LittleEndian.PutUint64(buf[off:], uint64(i))
	}
	return buf
}

// BenchmarkAdd imports 256 MiB files into the Badger-backed blockstore,
// fresh random content each iteration so nothing deduplicates. "sync" is
// the node's real setting (every batch fsynced); "nosync" shows what the
// fsyncs cost. WESTWORLD_BENCH_FILE imports that file instead, for
// bench/ipfs/compare-kubo.sh.
func BenchmarkAdd(b *testing.B) {
	const size = 256 << 20
	file := os.Getenv("WESTWORLD_BENCH_FILE")
	for _, tc := range []struct {
		name   string
		prof   Profile
		noSync bool
	}{
		{"v1-2025/sync", ProfileV1_2025, false},
		{"cidv1-256k/sync", ProfileCIDv1, false},
		{"v1-2025/nosync", ProfileV1_2025, true},
	} {
		b.Run(tc.name, func(b *testing.B) {
			n := startNode(b, nodeOpts{noSync: tc.noSync, cfg: Config{Profile: tc.prof}})
			ctx := context.Background()
			if file != "" {
				st, err := os.Stat(file)
				if err != nil {
					b.Fatal(err)
				}
				b.SetBytes(st.Size())
			} else {
				b.SetBytes(size)
				benchData(size, 0) // generate outside the timed loop
			}
			for i := 0; b.Loop(); i++ {
				var r io.Reader = bytes.NewReader(benchData(size, i))
				if file != "" {
					f, err := os.Open(file)
					if err != nil {
						b.Fatal(err)
					}
					r = f
				}
				_, err := n.ipfs.Add(ctx, r, AddOptions{NoPin: true})
				if f, ok := r.(*os.File); ok {
					_ = f.Close()
				}
				if err != nil {
					b.Fatal(err)
				}
				if file != "" {
					// The same file again would be deduplicated: start clean.
					b.StopTimer()
					if _, err := n.ipfs.GC(ctx); err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
				}
			}
		})
	}
}

// BenchmarkTransfer moves 64 MiB files between two nodes connected over
// loopback TCP. Fetch brings the DAG into B's blockstore with batched
// bitswap wants; Get is Fetch plus streaming the file out; Cat reads through
// the UnixFS reader, which fetches with its own small prefetch window.
func BenchmarkTransfer(b *testing.B) {
	const size = 64 << 20
	for _, mode := range []string{"fetch", "get", "cat"} {
		for _, prof := range []Profile{ProfileV1_2025, ProfileCIDv1} {
			b.Run(mode+"/"+string(prof), func(b *testing.B) {
				cfg := Config{Profile: prof, NoProvideFetched: true}
				a := startNode(b, nodeOpts{cfg: cfg})
				bn := startNode(b, nodeOpts{cfg: cfg})
				connect(b, bn, a)
				ctx := context.Background()
				b.SetBytes(size)
				benchData(size, 0)
				for i := 0; b.Loop(); i++ {
					b.StopTimer()
					root, err := a.ipfs.Add(ctx, bytes.NewReader(benchData(size, 1000+i)), AddOptions{})
					if err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
					tctx, cancel := context.WithTimeout(ctx, time.Minute)
					switch mode {
					case "fetch":
						err = bn.ipfs.Fetch(tctx, root, FetchOptions{})
					case "get":
						_, err = bn.ipfs.Get(tctx, root, io.Discard, GetOptions{})
					case "cat":
						var r *Reader
						if r, err = bn.ipfs.Cat(tctx, root); err == nil {
							_, err = io.Copy(io.Discard, r)
							r.Close()
						}
					}
					cancel()
					if err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkCatLocal reads a local 64 MiB file back out of Badger.
func BenchmarkCatLocal(b *testing.B) {
	const size = 64 << 20
	n := startNode(b, nodeOpts{})
	ctx := context.Background()
	root, err := n.ipfs.Add(ctx, randomReader(7, size), AddOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	for b.Loop() {
		var buf bytes.Buffer
		buf.Grow(size)
		if _, err := n.ipfs.Get(ctx, root, &buf, GetOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
