package p2p

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"math"
	mrand "math/rand/v2"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
)

// benchMesh is n hosts on loopback, each connected to a ring neighbour and
// three random others (same seed, so the westworld and bare runs get the
// same shape of mesh).
func benchMesh(b *testing.B, n int) []*Host {
	hosts := make([]*Host, n)
	for i := range hosts {
		hosts[i] = newTestHost(b, nil)
	}
	r := mrand.New(mrand.NewPCG(1, 2))
	for i := range hosts {
		connect(b, hosts[i], hosts[(i+1)%n])
		for range 3 {
			j := r.IntN(n)
			if j != i {
				connect(b, hosts[i], hosts[j])
			}
		}
	}
	return hosts
}

// deliveryRecorder notes when each receiver sees each message, keyed by the
// sequence number in the payload's first 8 bytes.
type deliveryRecorder struct {
	mu      sync.Mutex
	pending map[uint64]int
	done    map[uint64]chan struct{}
	last    map[uint64]time.Time
}

func newRecorder() *deliveryRecorder {
	return &deliveryRecorder{pending: map[uint64]int{}, done: map[uint64]chan struct{}{}, last: map[uint64]time.Time{}}
}

func (d *deliveryRecorder) expect(seq uint64, receivers int) chan struct{} {
	d.mu.Lock()
	defer d.mu.Unlock()
	ch := make(chan struct{})
	d.pending[seq], d.done[seq] = receivers, ch
	return ch
}

func (d *deliveryRecorder) got(data []byte) {
	if len(data) < 8 {
		return
	}
	seq := binary.BigEndian.Uint64(data)
	now := time.Now()
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, ok := d.pending[seq]; !ok {
		return
	}
	d.pending[seq]--
	if d.pending[seq] == 0 {
		d.last[seq] = now
		close(d.done[seq])
	}
}

// measureDelivery publishes b.N 1 KiB messages one at a time from node 0 and
// reports the p50/p99 time until every other node has it.
func measureDelivery(b *testing.B, n int, publish func(ctx context.Context, data []byte) error, rec *deliveryRecorder) {
	ctx := context.Background()
	msg := make([]byte, 1024)
	rand.Read(msg)
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		binary.BigEndian.PutUint64(msg, uint64(i))
		done := rec.expect(uint64(i), n-1)
		start := time.Now()
		if err := publish(ctx, slices.Clone(msg)); err != nil {
			b.Fatal(err)
		}
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			b.Fatalf("message %d did not reach every node", i)
		}
		rec.mu.Lock()
		lat = append(lat, rec.last[uint64(i)].Sub(start))
		rec.mu.Unlock()
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[int(math.Ceil(float64(len(lat))*0.99))-1].Microseconds()), "p99-µs")
}

// waitMesh lets gossipsub form its mesh before measuring.
func waitMesh(b *testing.B, ps []*pubsub.PubSub, topic string, want int) {
	deadline := time.Now().Add(10 * time.Second)
	for _, p := range ps {
		for len(p.ListPeers(topic)) < want {
			if time.Now().After(deadline) {
				b.Fatal("mesh did not form")
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	time.Sleep(500 * time.Millisecond)
}

const benchTopic = "westworld/bench/1"

// BenchmarkDelivery20 is the delivery latency of a 1 KiB message to all 19
// other nodes of a 20-node loopback mesh: westworld's Gossip (strict
// signing, peer scoring, size cap and a validator, dispatch to local
// subscribers) beside bare go-libp2p-pubsub gossipsub with the same
// mesh parameters on the same shape of mesh.
func BenchmarkDelivery20(b *testing.B) {
	const n = 20
	b.Run("westworld", func(b *testing.B) {
		hosts := benchMesh(b, n)
		rec := newRecorder()
		var gs []*Gossip
		var ps []*pubsub.PubSub
		for i, h := range hosts {
			g := newTestGossip(b, h)
			if err := g.SetValidator(benchTopic, func(context.Context, *pubsub.Message) error { return nil }); err != nil {
				b.Fatal(err)
			}
			if i > 0 {
				if err := g.Handle(benchTopic, func(m *pubsub.Message) { rec.got(m.Data) }); err != nil {
					b.Fatal(err)
				}
			}
			gs = append(gs, g)
			ps = append(ps, g.PubSub())
		}
		waitMesh(b, ps, benchTopic, 2)
		measureDelivery(b, n, func(ctx context.Context, d []byte) error { return gs[0].Publish(ctx, benchTopic, d, 0) }, rec)
	})
	b.Run("bare-pubsub", func(b *testing.B) {
		hosts := benchMesh(b, n)
		rec := newRecorder()
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var ps []*pubsub.PubSub
		var topics []*pubsub.Topic
		params := pubsub.DefaultGossipSubParams()
		params.HeartbeatInterval = 100 * time.Millisecond
		for i, h := range hosts {
			p, err := pubsub.NewGossipSub(ctx, h.Host, pubsub.WithGossipSubParams(params), pubsub.WithFloodPublish(true))
			if err != nil {
				b.Fatal(err)
			}
			t, err := p.Join(benchTopic)
			if err != nil {
				b.Fatal(err)
			}
			sub, err := t.Subscribe()
			if err != nil {
				b.Fatal(err)
			}
			if i > 0 {
				go func() {
					for {
						m, err := sub.Next(ctx)
						if err != nil {
							return
						}
						rec.got(m.Data)
					}
				}()
			}
			ps = append(ps, p)
			topics = append(topics, t)
		}
		waitMesh(b, ps, benchTopic, 2)
		measureDelivery(b, n, func(ctx context.Context, d []byte) error { return topics[0].Publish(ctx, d) }, rec)
	})
}

// BenchmarkValidateThroughput is how many 1 KiB messages per second one
// node receives and validates (signature check, size cap, validator) from a
// peer publishing as fast as it can, with at most 128 in flight.
func BenchmarkValidateThroughput(b *testing.B) {
	a, c := newTestHost(b, nil), newTestHost(b, nil)
	connect(b, a, c)
	ga, gc := newTestGossip(b, a), newTestGossip(b, c)
	var validated atomic.Int64
	if err := gc.SetValidator(TopicTelemetry, func(context.Context, *pubsub.Message) error {
		validated.Add(1)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	got := make(chan struct{}, 1<<16)
	if err := gc.Handle(TopicTelemetry, func(*pubsub.Message) { got <- struct{}{} }); err != nil {
		b.Fatal(err)
	}
	waitMesh(b, []*pubsub.PubSub{ga.PubSub(), gc.PubSub()}, TopicTelemetry, 1)
	ctx := context.Background()
	msg := make([]byte, 1024)
	rand.Read(msg)
	window := make(chan struct{}, 128)
	done := make(chan struct{})
	go func() {
		for range b.N {
			<-got
			<-window
		}
		close(done)
	}()
	b.ResetTimer()
	start := time.Now()
	for i := range b.N {
		window <- struct{}{}
		binary.BigEndian.PutUint64(msg, uint64(i))
		if err := ga.Publish(ctx, TopicTelemetry, slices.Clone(msg), 0); err != nil {
			b.Fatal(err)
		}
	}
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		b.Fatalf("only %d of %d messages validated", validated.Load(), b.N)
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "msgs/s")
}
