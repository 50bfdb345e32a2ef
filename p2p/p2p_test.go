package p2p

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/net/swarm"
	ma "github.com/multiformats/go-multiaddr"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// newTestHost starts a host on a loopback TCP port with discovery off.
func newTestHost(tb testing.TB, gater *Gater) *Host {
	tb.Helper()
	sk, _, err := crypto.GenerateEd25519Key(nil)
	if err != nil {
		tb.Fatal(err)
	}
	h, err := NewHost(HostConfig{
		Listen:       []ma.Multiaddr{ma.StringCast("/ip4/127.0.0.1/tcp/0")},
		DHTMode:      DHTOff,
		ConnLowWater: 50, ConnHighWater: 100, ConnGrace: time.Minute,
		MaxMemory: 256 << 20, MaxFDs: 1024,
		RedialMin: 50 * time.Millisecond, RedialMax: time.Second,
	}, sk, gater, nil, quiet)
	if err != nil {
		tb.Fatal(err)
	}
	if err := h.Start(context.Background()); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { h.Close() })
	return h
}

func connect(tb testing.TB, a, b *Host) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := a.Connect(ctx, peer.AddrInfo{ID: b.ID(), Addrs: b.Addrs()}); err != nil {
		tb.Fatal(err)
	}
}

func newTestGossip(tb testing.TB, h *Host) *Gossip {
	tb.Helper()
	g, err := NewGossip(GossipConfig{D: 6, DLow: 5, DHigh: 12, Heartbeat: 100 * time.Millisecond, MaxMessageSize: 1 << 20, FloodPublish: true}, h, nil, quiet)
	if err != nil {
		tb.Fatal(err)
	}
	if err := g.Start(context.Background()); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { g.Close() })
	return g
}

func TestGaterRefusesAndExpires(t *testing.T) {
	now := time.Now()
	clock := func() time.Time { return now }
	g := NewGater(clock)
	a := newTestHost(t, g)
	b := newTestHost(t, nil)
	g.BlockPeer(b.ID(), now.Add(time.Minute))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	// The dialler may finish its side of the handshake before a refuses; what
	// matters is that no connection survives on a.
	_ = b.Connect(ctx, peer.AddrInfo{ID: a.ID(), Addrs: a.Addrs()})
	assertNotConnected(t, a, b)
	if err := a.Connect(ctx, peer.AddrInfo{ID: b.ID(), Addrs: b.Addrs()}); err == nil {
		t.Fatal("dialled a blocked peer")
	}
	now = now.Add(2 * time.Minute) // the block expires by the clock alone
	clearBackoff(a, b)
	connect(t, b, a)
}

func assertNotConnected(t *testing.T, a, b *Host) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Second)
	for a.Network().Connectedness(b.ID()) == network.Connected || b.Network().Connectedness(a.ID()) == network.Connected {
		if time.Now().After(deadline) {
			t.Fatal("a refused peer stayed connected")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// clearBackoff forgets failed dials so a test can dial again at once.
func clearBackoff(hs ...*Host) {
	for _, h := range hs {
		for _, o := range hs {
			if sw, ok := h.Network().(*swarm.Swarm); ok {
				sw.Backoff().Clear(o.ID())
			}
		}
	}
}

func TestGaterPrefix(t *testing.T) {
	g := NewGater(nil)
	a := newTestHost(t, g)
	b := newTestHost(t, nil)
	g.BlockPrefix(mustPrefix("127.0.0.0/8"), time.Time{})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := b.Connect(ctx, peer.AddrInfo{ID: a.ID(), Addrs: a.Addrs()}); err == nil {
		t.Fatal("connection from a blocked prefix accepted")
	}
	assertNotConnected(t, a, b)
	g.UnblockPrefix(mustPrefix("127.0.0.0/8"))
	clearBackoff(a, b)
	connect(t, b, a)
}

func TestGossipValidatorRejectsAndScores(t *testing.T) {
	a, b := newTestHost(t, nil), newTestHost(t, nil)
	connect(t, a, b)
	ga, gb := newTestGossip(t, a), newTestGossip(t, b)
	const topic = TopicTelemetry
	if err := gb.SetValidator(topic, func(_ context.Context, m *pubsub.Message) error {
		if string(m.Data) == "bad" {
			return io.ErrUnexpectedEOF
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	sub, err := gb.Subscribe(topic)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := ga.Publish(ctx, topic, []byte("bad"), 1); err != nil {
		t.Fatal(err)
	}
	if err := ga.Publish(ctx, topic, []byte("good"), 1); err != nil {
		t.Fatal(err)
	}
	select {
	case m := <-sub.C():
		if string(m.Data) != "good" {
			t.Fatalf("got %q first", m.Data)
		}
	case <-ctx.Done():
		t.Fatal("good message not delivered")
	}
	// The sender paid for the invalid message in b's view of its score.
	deadline := time.Now().Add(5 * time.Second)
	for gb.Score(a.ID()) >= 0 {
		if time.Now().After(deadline) {
			t.Fatalf("score of the sender of an invalid message: %v", gb.Score(a.ID()))
		}
		time.Sleep(50 * time.Millisecond)
	}
	// A message over the topic cap never leaves the publisher.
	if err := ga.Publish(ctx, TopicBallots, make([]byte, 5000), 0); err == nil {
		t.Fatal("oversized ballot published")
	}
}
