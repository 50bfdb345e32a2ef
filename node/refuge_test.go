package node

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"io"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/x0tta6bl4/westworld/node/refuge"
	"github.com/x0tta6bl4/westworld/node/refuge/pb"
	"github.com/x0tta6bl4/westworld/p2p"
	"github.com/x0tta6bl4/westworld/storage/ipfs"
)

// testClock is the injectable clock of the dead-man tests: every node of a
// test reads the same one, and the test moves it.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func newTestClock() *testClock { return &testClock{t: time.Now()} }

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// refugeTestConfig is testConfig with refuge's intervals short enough for a
// test: dead-man checks every 50ms, re-announcements every second.
func refugeTestConfig(t testing.TB, bootstrap ...string) Config {
	cfg := testConfig(t, t.TempDir(), 0, bootstrap...)
	cfg.Refuge.CheckInterval = "50ms"
	cfg.Refuge.AnnounceInterval = "1s"
	cfg.Refuge.ReplicaTimeout = "30s"
	cfg.Refuge.AcceptReplicas = false
	// Moving the test clock by hours would make the telemetry audit see
	// impossible rates; refuge does not need telemetry.
	cfg.Telemetry.Enabled = false
	return cfg
}

// makeGuardian initialises a home with a guardian identity and returns its
// config (guardian on) and its entry for publishers' configs.
func makeGuardian(t testing.TB, cfg Config) (Config, GuardianConfig) {
	t.Helper()
	if _, err := Init(cfg.Home, cfg, false); err != nil {
		t.Fatal(err)
	}
	id, err := refuge.GenerateIdentity(filepath.Join(cfg.Home, refuge.GuardianKeyFile), false, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	key, err := p2p.LoadIdentity(filepath.Join(cfg.Home, IdentityFile))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Refuge.Guardian = true
	return cfg, GuardianConfig{PeerID: p2p.PeerIDOf(key).String(), Recipient: id.Recipient().String()}
}

func randomData(seed uint64, n int) []byte {
	out := make([]byte, n)
	r := rand.NewChaCha8([32]byte{byte(seed), byte(seed >> 8), 42})
	_, _ = r.Read(out)
	return out
}

// waitTopicPeers waits until every node sees at least min peers on the
// refuge topic, so that announcements reach everyone.
func waitTopicPeers(t testing.TB, nodes []*Node, min int) {
	t.Helper()
	eventually(t, 30*time.Second, "refuge topic mesh", func() bool {
		for _, n := range nodes {
			ok := false
			for _, ts := range n.Gossip().Topics() {
				if ts.Name == p2p.TopicRefuge && len(ts.Peers) >= min {
					ok = true
				}
			}
			if !ok {
				return false
			}
		}
		return true
	})
}

func status(t testing.TB, n *Node, id string) *refuge.Status {
	t.Helper()
	st, err := n.Refuge().Status(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func readAll(t testing.TB, n *Node, id string, want refuge.Want) (*refuge.Content, []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c, err := n.Refuge().Open(ctx, id, want)
	if err != nil {
		t.Fatalf("open %s (%q): %v", id, want, err)
	}
	defer c.Close()
	b, err := io.ReadAll(c)
	if err != nil {
		t.Fatalf("read %s (%s): %v", id, c.Kind, err)
	}
	if int64(len(b)) != c.Size {
		t.Fatalf("read %d bytes, content says %d", len(b), c.Size)
	}
	return c, b
}

// TestRefugeTwelveNodes is the scenario: ten guardians, a
// publisher and a reader. The publisher publishes 10 MiB and is killed; the
// reader fetches the ciphertext from the replicas; two released shares are
// below the threshold; a guardian's tampered share is named and excluded;
// the third share decrypts to the original bytes.
func TestRefugeTwelveNodes(t *testing.T) {
	if testing.Short() {
		t.Skip("12 nodes: skipped with -short")
	}
	clock := newTestClock()
	opt := WithClock(clock.Now)

	// Ten guardians; the first is everyone's bootstrap peer. Only the
	// first two accept replicas, so the test knows where copies live.
	var gcfgs []Config
	var gset []GuardianConfig
	for i := range 10 {
		cfg, g := makeGuardian(t, refugeTestConfig(t))
		cfg.Refuge.AcceptReplicas = i < 2
		gcfgs = append(gcfgs, cfg)
		gset = append(gset, g)
	}
	guardians := []*Node{startNode(t, gcfgs[0], opt)}
	boot := guardians[0].Host().FullAddrs()[0]
	for i := 1; i < 10; i++ {
		gcfgs[i].P2P.Bootstrap = []string{boot}
		guardians = append(guardians, startNode(t, gcfgs[i], opt))
	}
	pcfg := refugeTestConfig(t, boot)
	pcfg.Refuge.Guardians = gset
	publisher := startNode(t, pcfg, opt)
	reader := startNode(t, refugeTestConfig(t, boot), opt)
	all := append(append([]*Node{}, guardians...), publisher, reader)
	waitTopicPeers(t, all, 2)
	eventually(t, 30*time.Second, "publisher connected to all", func() bool {
		return len(publisher.Host().Network().Peers()) >= 11
	})

	data := randomData(1, 10<<20)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	res, err := publisher.Refuge().Publish(ctx, bytes.NewReader(data), refuge.PublishOptions{Replicas: 2, DeadMan: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("published %s: %d bytes in %s, replicas %v", res.ID, res.PlaintextSize, res.Took, res.Replicas)
	if res.Threshold != 3 || res.Guardians != 10 || res.PlaintextSize != int64(len(data)) || len(res.Replicas) != 2 {
		t.Fatalf("result %+v", res)
	}
	for _, r := range res.Replicas {
		if r != guardians[0].ID().String() && r != guardians[1].ID().String() {
			t.Fatalf("replica %s is not one of the two accepting nodes", r)
		}
	}
	if res.Metadata.Cleaned || !strings.Contains(res.Metadata.Warning, "NOT removed") {
		t.Fatalf("random bytes reported as cleaned: %+v", res.Metadata)
	}
	id := res.ID
	eventually(t, 30*time.Second, "all ten guardians acknowledged", func() bool { return status(t, publisher, id).Acks == 10 })
	st := status(t, publisher, id)
	if st.Role != "publisher" || len(st.Replicas) != 2 || st.Release != nil || st.Decryptable {
		t.Fatalf("publisher status %+v", st)
	}

	// The publisher is gone; the reader fetches the ciphertext from the
	// replicas, clearly labelled, and cannot decrypt.
	if err := publisher.Close(); err != nil {
		t.Fatal(err)
	}
	eventually(t, 10*time.Second, "reader knows the manifest", func() bool { return len(reader.Refuge().List()) == 1 })
	c, ct := readAll(t, reader, id, refuge.WantAuto)
	if c.Kind != "ciphertext" || !strings.Contains(c.Why, "not released") || int64(len(ct)) != st.CiphertextSize {
		t.Fatalf("reader got %s (%q), %d bytes", c.Kind, c.Why, len(ct))
	}
	if bytes.Contains(ct, data[:64]) {
		t.Fatal("the ciphertext contains the plaintext")
	}
	if _, err := reader.Refuge().Open(ctx, id, refuge.WantPlaintext); !errors.Is(err, refuge.ErrBelowThreshold) {
		t.Fatalf("plaintext before release: %v", err)
	}

	// Only guardians 1 and 2 stay up (and the reader). The dead-man switch
	// fires for them: two shares, below the threshold of three.
	for _, g := range guardians[2:] {
		g.Close()
	}
	clock.Advance(2 * time.Hour)
	eventually(t, 20*time.Second, "two shares released", func() bool { return status(t, reader, id).SharesValid == 2 })
	_, err = reader.Refuge().Open(ctx, id, refuge.WantPlaintext)
	if !errors.Is(err, refuge.ErrBelowThreshold) || !strings.Contains(err.Error(), "2 valid shares of the 3 needed") {
		t.Fatalf("two shares: %v", err)
	}
	t.Logf("two shares: %v", err)
	if rs := status(t, reader, id).Release; rs == nil || rs.Reason != "dead-man" {
		t.Fatalf("release status %+v", rs)
	}

	// Guardian 4 turns rogue: with its own key (its node is down) it
	// publishes a share that does not match the commitments.
	rogueShare(t, gcfgs[3], reader, id)
	eventually(t, 20*time.Second, "tampered share named", func() bool { return len(status(t, reader, id).RejectedShares) == 1 })
	st = status(t, reader, id)
	rj := st.RejectedShares[0]
	if rj.Index != 4 || rj.PeerID != gset[3].PeerID || !strings.Contains(rj.Reason, "does not match the manifest's commitments") {
		t.Fatalf("rejected share %+v", rj)
	}
	if st.SharesValid != 2 || st.Decryptable {
		t.Fatalf("the tampered share was counted: %+v", st)
	}
	if _, err := reader.Refuge().Open(ctx, id, refuge.WantPlaintext); !errors.Is(err, refuge.ErrBelowThreshold) {
		t.Fatalf("with a tampered third share: %v", err)
	}

	// Guardian 3 comes back; after its startup grace it releases too. Three
	// shares: the reader decrypts the original bytes.
	g3 := startNode(t, gcfgs[2], opt)
	waitTopicPeers(t, []*Node{g3}, 1)
	clock.Advance(time.Minute)
	eventually(t, 30*time.Second, "third share released", func() bool { return status(t, reader, id).SharesValid == 3 })
	c, got := readAll(t, reader, id, refuge.WantAuto)
	if c.Kind != "plaintext" || !bytes.Equal(got, data) {
		t.Fatalf("reader got %s, %d bytes, equal %v", c.Kind, len(got), bytes.Equal(got, data))
	}
	if len(c.Rejected) != 1 || c.Rejected[0].Index != 4 {
		t.Fatalf("content does not name the rejected share: %+v", c.Rejected)
	}
}

// rogueShare joins the mesh with a guardian's own libp2p key on a bare
// gossipsub (no validators of its own) and publishes a share of that
// guardian's index whose value does not match the commitments: what a
// compromised guardian can do.
func rogueShare(t testing.TB, gcfg Config, target *Node, id string) {
	t.Helper()
	key, err := p2p.LoadIdentity(filepath.Join(gcfg.Home, IdentityFile))
	if err != nil {
		t.Fatal(err)
	}
	h, err := libp2p.New(libp2p.Identity(key), libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"), libp2p.DisableRelay())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	ps, err := pubsub.NewGossipSub(ctx, h)
	if err != nil {
		t.Fatal(err)
	}
	topic, err := ps.Join(p2p.TopicRefuge)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := topic.Subscribe(); err != nil {
		t.Fatal(err)
	}
	if err := h.Connect(ctx, peer.AddrInfo{ID: target.ID(), Addrs: target.Host().Addrs()}); err != nil {
		t.Fatal(err)
	}
	// Both directions: the target must have the rogue's subscription (so
	// the rogue's stream to it is open), or the publish is dropped.
	eventually(t, 10*time.Second, "rogue guardian on the topic", func() bool {
		if len(topic.ListPeers()) == 0 {
			return false
		}
		for _, ts := range target.Gossip().Topics() {
			if ts.Name == p2p.TopicRefuge && slices.Contains(ts.Peers, h.ID().String()) {
				return true
			}
		}
		return false
	})
	other := refuge.NewSecret()
	wrong, _, err := other.Split(1, 1)
	if err != nil {
		t.Fatal(err)
	}
	// A bare gossipsub drops what it publishes in its first moments with a
	// new peer; like any determined attacker, the rogue repeats itself
	// (each copy is a new message: its time differs).
	named := func() bool { return len(status(t, target, id).RejectedShares) > 0 }
	for i := 0; !named(); i++ {
		if i == 40 {
			t.Fatal("the target never named the tampered share")
		}
		sh, err := refuge.NewReleaseShare(id, refuge.Share{ID: 4, Value: wrong[0].Value}, pb.Reason_REASON_DEAD_MAN, "", time.Now(), key)
		if err != nil {
			t.Fatal(err)
		}
		b, err := refuge.EncodeMessage(&pb.Message{Body: &pb.Message_Share{Share: sh}})
		if err != nil {
			t.Fatal(err)
		}
		if err := topic.Publish(ctx, b); err != nil {
			t.Fatal(err)
		}
		time.Sleep(250 * time.Millisecond)
	}
	t.Logf("rogue %s: tampered share named by %s", h.ID(), target.ID())
}

// refugeTrio starts a publisher and n guardians (the first guardian is the
// bootstrap peer) sharing clock, with the given publisher config tweaks.
func refugeTrio(t *testing.T, clock *testClock, n int, tweak func(*Config)) (*Node, []*Node, []Config) {
	t.Helper()
	opt := WithClock(clock.Now)
	var gcfgs []Config
	var gset []GuardianConfig
	for range n {
		cfg, g := makeGuardian(t, refugeTestConfig(t))
		gcfgs = append(gcfgs, cfg)
		gset = append(gset, g)
	}
	gcfgs[0].Refuge.AcceptReplicas = true
	guardians := []*Node{startNode(t, gcfgs[0], opt)}
	boot := guardians[0].Host().FullAddrs()[0]
	for i := 1; i < n; i++ {
		gcfgs[i].P2P.Bootstrap = []string{boot}
		guardians = append(guardians, startNode(t, gcfgs[i], opt))
	}
	pcfg := refugeTestConfig(t, boot)
	pcfg.Refuge.Guardians = gset
	pcfg.Refuge.Threshold = 2
	pcfg.Refuge.Replicas = 1
	if tweak != nil {
		tweak(&pcfg)
	}
	publisher := startNode(t, pcfg, opt)
	waitTopicPeers(t, append([]*Node{publisher}, guardians...), 1)
	eventually(t, 20*time.Second, "publisher connected to every guardian", func() bool {
		return len(publisher.Host().Network().Peers()) >= n
	})
	return publisher, guardians, gcfgs
}

func publish(t *testing.T, n *Node, data []byte, opts refuge.PublishOptions) *refuge.PublishResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	res, err := n.Refuge().Publish(ctx, bytes.NewReader(data), opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestRefugeDeadManSwitch moves an injected clock: a check-in postpones the
// release, a forged check-in does not, and once the dead-man duration
// passes without one the guardians release and the document decrypts.
func TestRefugeDeadManSwitch(t *testing.T) {
	clock := newTestClock()
	publisher, guardians, _ := refugeTrio(t, clock, 3, nil)
	data := randomData(2, 300<<10)
	res := publish(t, publisher, data, refuge.PublishOptions{DeadMan: time.Hour})
	id := res.ID
	eventually(t, 20*time.Second, "guardians acknowledged", func() bool { return status(t, publisher, id).Acks == 3 })
	created := status(t, publisher, id).Created
	if dl := status(t, guardians[1], id).Deadline; dl == nil || !dl.Equal(created.Add(time.Hour)) {
		t.Fatalf("deadline %v, want creation + 1h", dl)
	}

	// 50 minutes on, the publisher checks in: the deadline moves.
	clock.Advance(50 * time.Minute)
	dl, err := publisher.Refuge().Checkin(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if want := clock.Now().Add(time.Hour); !dl.Equal(want.Truncate(time.Millisecond)) {
		t.Fatalf("check-in deadline %v, want %v", dl, want)
	}
	eventually(t, 10*time.Second, "guardians saw the check-in", func() bool {
		for _, g := range guardians {
			if d := status(t, g, id).Deadline; d == nil || !d.Equal(dl.UTC()) {
				return false
			}
		}
		return true
	})

	// A check-in signed with another key is refused by the validator on
	// every node, its own first: the deadline stays.
	_, wrong, _ := ed25519.GenerateKey(nil)
	forged := refuge.NewCheckin(id, clock.Now().Add(30*time.Minute), wrong)
	b, _ := refuge.EncodeMessage(&pb.Message{Body: &pb.Message_Checkin{Checkin: forged}})
	if err := guardians[2].Gossip().Publish(context.Background(), p2p.TopicRefuge, b, 0); err == nil {
		t.Fatal("a check-in with the wrong key was published")
	}
	// Only the publisher holds the key: another node cannot check in.
	if _, err := guardians[0].Refuge().Checkin(context.Background(), id); !errors.Is(err, refuge.ErrNotPublisher) {
		t.Fatalf("check-in from a guardian: %v", err)
	}

	// 70 minutes after the creation (20 after the check-in): nothing.
	clock.Advance(20 * time.Minute)
	time.Sleep(300 * time.Millisecond) // several check intervals
	for _, g := range guardians {
		if st := status(t, g, id); st.Release != nil || st.SharesValid != 0 {
			t.Fatalf("released before the deadline: %+v", st.Release)
		}
	}
	// 61 minutes after the check-in: the switch fires on every guardian.
	clock.Advance(41 * time.Minute)
	eventually(t, 20*time.Second, "guardians released", func() bool { return status(t, publisher, id).SharesValid == 3 })
	st := status(t, publisher, id)
	if st.Release == nil || st.Release.Reason != "dead-man" || !st.Decryptable {
		t.Fatalf("status %+v", st)
	}
	c, got := readAll(t, publisher, id, refuge.WantPlaintext)
	if c.Kind != "plaintext" || !bytes.Equal(got, data) {
		t.Fatalf("after the dead-man release: %s, equal %v", c.Kind, bytes.Equal(got, data))
	}
}

// TestRefugeReleaseRequests covers the other two triggers: the publisher's
// signed release request, and an executed emergency proposal (through
// ReleaseByProposal, as the governance glue calls it).
func TestRefugeReleaseRequests(t *testing.T) {
	clock := newTestClock()
	publisher, guardians, _ := refugeTrio(t, clock, 2, nil)
	data := randomData(3, 100<<10)

	// The publisher asks.
	res := publish(t, publisher, data, refuge.PublishOptions{DeadMan: refuge.NoDeadMan})
	eventually(t, 20*time.Second, "acknowledged", func() bool { return status(t, publisher, res.ID).Acks == 2 })
	if st := status(t, publisher, res.ID); st.Deadline != nil || st.DeadMan != "off" {
		t.Fatalf("dead-man switch on: %+v", st)
	}
	if err := guardians[0].Refuge().Release(context.Background(), res.ID); !errors.Is(err, refuge.ErrNotPublisher) {
		t.Fatalf("release from a guardian: %v", err)
	}
	if err := publisher.Refuge().Release(context.Background(), res.ID); err != nil {
		t.Fatal(err)
	}
	eventually(t, 20*time.Second, "released on request", func() bool { return status(t, publisher, res.ID).SharesValid == 2 })
	// Each node collects the released shares from gossip on its own: the guardian reads
	// once it holds both, not when the publisher does.
	eventually(t, 20*time.Second, "both shares on the guardian", func() bool { return status(t, guardians[1], res.ID).SharesValid == 2 })
	if st := status(t, guardians[1], res.ID); st.Release == nil || st.Release.Reason != "publisher" {
		t.Fatalf("guardian's release status %+v", st.Release)
	}
	if _, got := readAll(t, guardians[1], res.ID, refuge.WantPlaintext); !bytes.Equal(got, data) {
		t.Fatal("wrong plaintext after the publisher's release")
	}

	// An emergency proposal names a second document.
	res2 := publish(t, publisher, data[:1000], refuge.PublishOptions{})
	eventually(t, 20*time.Second, "acknowledged", func() bool { return status(t, publisher, res2.ID).Acks == 2 })
	for _, n := range append([]*Node{publisher}, guardians...) {
		if err := n.Refuge().ReleaseByProposal(context.Background(), res2.ID, "proposal-42"); err != nil {
			t.Fatal(err)
		}
	}
	eventually(t, 20*time.Second, "released by the proposal", func() bool { return status(t, publisher, res2.ID).SharesValid == 2 })
	if rs := status(t, publisher, res2.ID).Release; rs == nil || rs.Reason != "proposal" || rs.Proposal != "proposal-42" {
		t.Fatalf("release %+v", rs)
	}
	if _, got := readAll(t, publisher, res2.ID, refuge.WantPlaintext); !bytes.Equal(got, data[:1000]) {
		t.Fatal("wrong plaintext after the proposal")
	}
}

// TestRefugeEmergencyOff: a manifest published without emergency release
// refuses ReleaseByProposal.
func TestRefugeEmergencyOff(t *testing.T) {
	clock := newTestClock()
	publisher, _, _ := refugeTrio(t, clock, 2, func(c *Config) { c.Refuge.EmergencyRelease = false })
	res := publish(t, publisher, []byte("no emergency"), refuge.PublishOptions{Replicas: refuge.NoReplicas})
	if err := publisher.Refuge().ReleaseByProposal(context.Background(), res.ID, "p-1"); !errors.Is(err, refuge.ErrNoEmergency) {
		t.Fatalf("ReleaseByProposal: %v", err)
	}
}

// TestRefugePublishRefused: bad input to a publish is a clear error and
// leaves nothing listed.
func TestRefugePublishRefused(t *testing.T) {
	clock := newTestClock()
	publisher, _, _ := refugeTrio(t, clock, 2, nil)
	ctx := context.Background()
	jpg := append([]byte{0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x10}, "Exif\x00\x00trunc"...)
	tests := []struct {
		name string
		data []byte
		opts refuge.PublishOptions
		want error
		msg  string
	}{
		{"threshold above guardians", []byte("x"), refuge.PublishOptions{Threshold: 3}, refuge.ErrBadThreshold, "threshold 3 with 2 configured guardians"},
		{"dead-man too short", []byte("x"), refuge.PublishOptions{DeadMan: time.Second}, nil, "below the 1m minimum"},
		{"truncated JPEG", jpg, refuge.PublishOptions{}, refuge.ErrMalformedImage, "JPEG truncated"},
		{"unreadable input", nil, refuge.PublishOptions{}, nil, "read document: boom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var src io.Reader = bytes.NewReader(tt.data)
			if tt.data == nil {
				src = io.MultiReader(bytes.NewReader(randomData(4, 3<<20)), errReader{errors.New("boom")})
			}
			_, err := publisher.Refuge().Publish(ctx, src, tt.opts)
			if err == nil || (tt.want != nil && !errors.Is(err, tt.want)) || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("err %v, want %v with %q", err, tt.want, tt.msg)
			}
		})
	}
	if l := publisher.Refuge().List(); len(l) != 0 {
		t.Fatalf("a refused publish is listed: %+v", l)
	}
	// What the failed publishes pinned is unpinned again.
	pins, err := publisher.IPFS().Pins(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pins {
		if strings.HasPrefix(p.Name, "refuge/") {
			t.Fatalf("pin %q left by a failed publish", p.Name)
		}
	}

	// No guardians configured at all.
	lone := startNode(t, refugeTestConfig(t))
	if _, err := lone.Refuge().Publish(ctx, bytes.NewReader([]byte("x")), refuge.PublishOptions{}); !errors.Is(err, refuge.ErrNoGuardians) {
		t.Fatalf("publish without guardians: %v", err)
	}
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// TestRefugeRestartAndOrphans: a completed publish survives a restart
// (listed, and the publisher can still check in); pins of a publish that
// never wrote its record (a crash mid-publish) are removed at start, so GC
// frees them, and never listed.
func TestRefugeRestartAndOrphans(t *testing.T) {
	clock := newTestClock()
	publisher, _, _ := refugeTrio(t, clock, 2, nil)
	res := publish(t, publisher, randomData(5, 64<<10), refuge.PublishOptions{})
	ctx := context.Background()
	// A crash between the ciphertext import and the record leaves this:
	orphan, err := publisher.IPFS().Add(ctx, bytes.NewReader(randomData(6, 2<<20)), ipfsAddOpts("refuge/publish/0123456789abcdef/ciphertext"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := publisher.Config()
	if err := publisher.Close(); err != nil {
		t.Fatal(err)
	}
	again := startNode(t, cfg, WithClock(clock.Now))
	list := again.Refuge().List()
	if len(list) != 1 || list[0].ID != res.ID || list[0].Role != "publisher" {
		t.Fatalf("after restart: %+v", list)
	}
	if _, err := again.Refuge().Checkin(ctx, res.ID); err != nil {
		t.Fatalf("check-in after restart: %v", err)
	}
	pinned, err := again.IPFS().IsPinned(ctx, orphan)
	if err != nil || pinned {
		t.Fatalf("orphan still pinned: %v %v", pinned, err)
	}
	gc, err := again.IPFS().GC(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if gc.Bytes < 2<<20 {
		t.Fatalf("GC freed %d bytes, the orphan alone is 2 MiB", gc.Bytes)
	}
	// The listed publish is intact: its ciphertext is still all there.
	if _, b := readAll(t, again, res.ID, refuge.WantCiphertext); int64(len(b)) != status(t, again, res.ID).CiphertextSize {
		t.Fatal("ciphertext damaged by GC")
	}
}

func ipfsAddOpts(name string) ipfs.AddOptions { return ipfs.AddOptions{Name: name} }
