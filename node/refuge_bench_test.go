package node

import (
	"bytes"
	"context"
	"encoding/binary"
	"io"
	"testing"
	"time"

	"github.com/x0tta6bl4/westworld/node/refuge"
	"github.com/x0tta6bl4/westworld/storage/ipfs"
)

const benchDocSize = 256 << 20

var benchDoc []byte

// benchDocument is 256 MiB of random bytes with i stamped into every
// 64 KiB, so a plain import never deduplicates one iteration against the
// last (refuge's ciphertext never repeats anyway).
func benchDocument(i int) []byte {
	if benchDoc == nil {
		benchDoc = randomData(77, benchDocSize)
	}
	for off := 0; off+8 <= len(benchDoc); off += 64 << 10 {
		binary.LittleEndian.PutUint64(benchDoc[off:], uint64(i))
	}
	return benchDoc
}

// benchPublisher is a node with ten configured guardians (identities only;
// a publish does not wait for them) and no replicas asked.
func benchPublisher(b *testing.B) *Node {
	cfg := refugeTestConfig(b)
	for range 10 {
		_, g := makeGuardian(b, refugeTestConfig(b))
		cfg.Refuge.Guardians = append(cfg.Refuge.Guardians, g)
	}
	cfg.Refuge.Replicas = 0
	return startNode(b, cfg)
}

// BenchmarkRefugePublish publishes 256 MiB (metadata check, encryption,
// chunking, storing with synced Badger writes, ten encrypted shares, the
// manifest, the record) and, in the same iteration on the same node, makes
// a plain UnixFS import (storage/ipfs Add) of 256 MiB: what refuge costs over
// storing the file in the clear. Interleaving keeps both under the same
// Badger state and machine load. MB/s is the publish; import-MB/s the plain
// import; publish/import their ratio.
func BenchmarkRefugePublish(b *testing.B) {
	n := benchPublisher(b)
	ctx := context.Background()
	benchDocument(0)
	var pubTime, addTime time.Duration
	b.SetBytes(benchDocSize)
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		res, err := n.Refuge().Publish(ctx, bytes.NewReader(benchDocument(2*i)), refuge.PublishOptions{Replicas: refuge.NoReplicas})
		if err != nil {
			b.Fatal(err)
		}
		if res.PlaintextSize != benchDocSize {
			b.Fatalf("published %d bytes", res.PlaintextSize)
		}
		pubTime += time.Since(start)
		b.StopTimer()
		start = time.Now()
		if _, err := n.IPFS().Add(ctx, bytes.NewReader(benchDocument(2*i+1)), ipfs.AddOptions{}); err != nil {
			b.Fatal(err)
		}
		addTime += time.Since(start)
		b.StartTimer()
	}
	mb := float64(b.N) * benchDocSize / 1e6
	b.ReportMetric(mb/addTime.Seconds(), "import-MB/s")
	b.ReportMetric(addTime.Seconds()/pubTime.Seconds(), "publish/import")
}

// BenchmarkRefugeFetch reads a 256 MiB document on a second node over
// loopback: the ciphertext (bitswap from the publisher), and the plaintext
// (the same transfer plus decryption, on a node that holds enough shares),
// next to a plain ipfs Cat of a file of the same size between the same nodes.
func BenchmarkRefugeFetch(b *testing.B) {
	// The reader is the only guardian (threshold 1): once the publisher asks
	// for release, the reader has the key.
	rcfg, g := makeGuardian(b, refugeTestConfig(b))
	reader := startNode(b, rcfg)
	pcfg := refugeTestConfig(b, reader.Host().FullAddrs()[0])
	pcfg.Refuge.Guardians = []GuardianConfig{g}
	pcfg.Refuge.Threshold = 1
	pcfg.Refuge.Replicas = 0
	pub := startNode(b, pcfg)
	waitTopicPeers(b, []*Node{pub, reader}, 1)
	ctx := context.Background()
	fresh := func(b *testing.B, i int, release bool) string {
		b.StopTimer()
		defer b.StartTimer()
		res, err := pub.Refuge().Publish(ctx, bytes.NewReader(benchDocument(i)), refuge.PublishOptions{Replicas: refuge.NoReplicas})
		if err != nil {
			b.Fatal(err)
		}
		eventually(b, 20*time.Second, "reader has the manifest", func() bool {
			_, err := reader.Refuge().Status(ctx, res.ID)
			return err == nil
		})
		if release {
			if err := pub.Refuge().Release(ctx, res.ID); err != nil {
				b.Fatal(err)
			}
			eventually(b, 20*time.Second, "share released", func() bool {
				st, err := reader.Refuge().Status(ctx, res.ID)
				return err == nil && st.Decryptable
			})
		}
		return res.ID
	}
	for _, tc := range []struct {
		name string
		want refuge.Want
	}{{"ciphertext", refuge.WantCiphertext}, {"plaintext", refuge.WantPlaintext}} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(benchDocSize)
			benchDocument(0)
			for i := 0; b.Loop(); i++ {
				id := fresh(b, 2000+i, tc.want == refuge.WantPlaintext)
				c, err := reader.Refuge().Open(ctx, id, tc.want)
				if err != nil {
					b.Fatal(err)
				}
				n, err := io.Copy(io.Discard, c)
				c.Close()
				if err != nil || n != c.Size {
					b.Fatalf("read %d of %d: %v", n, c.Size, err)
				}
			}
		})
	}
	// The baseline: the same transfer of a plain UnixFS file, read with
	// storage/ipfs's Cat, between the same two nodes.
	b.Run("ipfs-cat", func(b *testing.B) {
		b.SetBytes(benchDocSize)
		benchDocument(0)
		for i := 0; b.Loop(); i++ {
			b.StopTimer()
			c, err := pub.IPFS().Add(ctx, bytes.NewReader(benchDocument(3000+i)), ipfs.AddOptions{})
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			r, err := reader.IPFS().Cat(ctx, c)
			if err != nil {
				b.Fatal(err)
			}
			n, err := io.Copy(io.Discard, r)
			r.Close()
			if err != nil || n != benchDocSize {
				b.Fatalf("read %d: %v", n, err)
			}
		}
	})
}
