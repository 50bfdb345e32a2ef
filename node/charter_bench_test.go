package node

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"

	"github.com/x0tta6bl4/westworld/node/charter"
	"github.com/x0tta6bl4/westworld/p2p"
)

// benchCharter allows 20 metrics at a rate no benchmark reaches, so every
// report passes the audit and the benchmark measures its cost, not policy.
func benchCharter(b *testing.B) *charter.Charter {
	var names []string
	for i := range 20 {
		names = append(names, fmt.Sprintf("m%02d", i))
	}
	doc := fmt.Sprintf(`version: 99
allowed_metrics:
  bench: [%s]
forbidden_metrics: [user_location]
max_collection_rate_hz: 1000000
violations:
  - {type: forbidden_metric, severity: critical, penalty: node_suspended_24h}
  - {type: silent_collection, severity: critical, penalty: node_suspended_7d}
  - {type: unlisted_metric, severity: medium, penalty: warn}
  - {type: metric_over_collection_rate, severity: high, penalty: rate_limited_1h}
`, strings.Join(names, ", "))
	c, err := charter.Parse("bench.yaml", []byte(doc))
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkTelemetryValidation is how many 20-metric telemetry reports per
// second one node receives and validates end to end (signature, size cap,
// decode, signer check, charter audit), beside the same pipeline with the
// audit replaced by an accept-all validator. The ratio is the cost the audit
// adds to gossip validation.
func BenchmarkTelemetryValidation(b *testing.B) {
	for _, mode := range []string{"with-audit", "without-audit"} {
		b.Run(mode, func(b *testing.B) {
			nodes := startMeshQuiet(b, 2)
			recv, send := nodes[0], nodes[1]
			c := benchCharter(b)
			for _, n := range nodes {
				if err := n.charter.activate(c, "benchmark"); err != nil {
					b.Fatal(err)
				}
			}
			// The sender's own validator must not be what is measured.
			if err := send.Gossip().SetValidator(p2p.TopicTelemetry, func(context.Context, *pubsub.Message) error { return nil }); err != nil {
				b.Fatal(err)
			}
			if mode == "without-audit" {
				if err := recv.Gossip().SetValidator(p2p.TopicTelemetry, func(context.Context, *pubsub.Message) error { return nil }); err != nil {
					b.Fatal(err)
				}
			}
			var got atomic.Int64
			done := make(chan struct{})
			target := int64(b.N)
			if err := recv.Gossip().Handle(p2p.TopicTelemetry, func(*pubsub.Message) {
				if got.Add(1) == target {
					close(done)
				}
			}); err != nil {
				b.Fatal(err)
			}
			deadline := time.Now().Add(20 * time.Second)
			for !topicHasPeers(send, p2p.TopicTelemetry) && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
			}
			msgs := make([][]byte, b.N)
			for i := range msgs {
				r := charter.Report{Node: send.ID().String(), Seq: uint64(i + 1), Time: time.Now()}
				for j := range 20 {
					r.Metrics = append(r.Metrics, charter.Metric{Name: fmt.Sprintf("m%02d", j), Value: float64(i + j)})
				}
				data, err := charter.EncodeReport(r)
				if err != nil {
					b.Fatal(err)
				}
				msgs[i] = data
			}
			ctx := context.Background()
			b.ResetTimer()
			start := time.Now()
			for i := range msgs {
				for int64(i)-got.Load() > 128 { // bounded in flight, as the queues are
					time.Sleep(50 * time.Microsecond)
				}
				if err := send.Gossip().Publish(ctx, p2p.TopicTelemetry, msgs[i], 0); err != nil {
					b.Fatal(err)
				}
			}
			select {
			case <-done:
			case <-time.After(60 * time.Second):
				b.Fatalf("%d of %d reports validated", got.Load(), b.N)
			}
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "reports/s")
		})
	}
}

func startMeshQuiet(b *testing.B, n int) []*Node {
	nodes := startMesh(b, n)
	deadline := time.Now().Add(10 * time.Second)
	for len(nodes[0].Host().Network().Peers()) < n-1 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	return nodes
}

func topicHasPeers(n *Node, topic string) bool {
	for _, ts := range n.Gossip().Topics() {
		if ts.Name == topic {
			return len(ts.Peers) > 0
		}
	}
	return false
}
