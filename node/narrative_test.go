package node

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node/narrative"
	"github.com/x0tta6bl4/westworld/node/refuge"
	"github.com/x0tta6bl4/westworld/p2p"
)

// narrativeMesh starts n nodes on one fake clock, fully connected, whose
// narrative anchors are the first three; windows are an hour of the fake
// clock and ticks 50 ms of real time.
func narrativeMesh(t *testing.T, n int, clock *fakeClock) ([]*Node, []crypto.PrivKey) {
	t.Helper()
	homes := make([]string, n)
	keys := make([]crypto.PrivKey, n)
	var anchors []string
	for i := range homes {
		homes[i] = t.TempDir()
		if _, err := Init(homes[i], testConfig(t, homes[i], 0), false); err != nil {
			t.Fatal(err)
		}
		k, err := p2p.LoadIdentity(filepath.Join(homes[i], IdentityFile))
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
		if i < 3 {
			anchors = append(anchors, p2p.PeerIDOf(k).String())
		}
	}
	cfgFor := func(i int, boot ...string) Config {
		c := testConfig(t, homes[i], 0, boot...)
		c.Telemetry.Enabled = false
		c.Narrative.Anchors = anchors
		c.Narrative.Witnesses = 2
		c.Narrative.AgeWindows = 2
		c.Narrative.Tick = "50ms"
		return c
	}
	first := startNode(t, cfgFor(0), WithClock(clock.Now))
	nodes := []*Node{first}
	boot := first.Host().FullAddrs()[0]
	for i := 1; i < n; i++ {
		nodes = append(nodes, startNode(t, cfgFor(i, boot), WithClock(clock.Now)))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for i, a := range nodes {
		for _, b := range nodes[i+1:] {
			if err := a.Host().Connect(ctx, peer.AddrInfo{ID: b.ID(), Addrs: b.Host().Addrs()}); err != nil {
				t.Fatalf("connect: %v", err)
			}
		}
	}
	eventually(t, 20*time.Second, "every node on the narrative topic with every other", func() bool {
		for _, nd := range nodes {
			for _, ts := range nd.Gossip().Topics() {
				if ts.Name == p2p.TopicNarrative && len(ts.Peers) < n-1 {
					return false
				}
			}
		}
		return true
	})
	return nodes, keys
}

// nextWindow waits until every node in nodes has closed the current window
// and heard the heartbeats of `peers` others in it, then moves the clock into
// the next window, which closes it.
func nextWindow(t *testing.T, clock *fakeClock, nodes []*Node, peers int) {
	t.Helper()
	w := nodes[0].Narrative().Params().WindowOf(clock.Now())
	eventually(t, 20*time.Second, "heartbeats of the window heard", func() bool {
		for _, nd := range nodes {
			hw, heard := nd.Narrative().Heard()
			if hw != w || heard < peers {
				return false
			}
		}
		return true
	})
	clock.Advance(time.Hour)
}

func publishEvidence(t *testing.T, via *Node, items ...narrative.Evidence) {
	t.Helper()
	data, err := narrative.EncodeBatch(items)
	if err != nil {
		t.Fatal(err)
	}
	// An honest node would refuse to publish this itself; a modified one
	// sends it anyway, and the others must refuse it.
	if err := via.Gossip().SetValidator(p2p.TopicNarrative, func(context.Context, *pubsub.Message) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if err := via.Gossip().Publish(context.Background(), p2p.TopicNarrative, data, 1); err != nil {
		t.Fatal(err)
	}
}

func TestNarrativeTenNodes(t *testing.T) {
	if testing.Short() {
		t.Skip("10 nodes")
	}
	clock := newFakeClock()
	nodes, keys := narrativeMesh(t, 10, clock)
	liar, liarKey := nodes[9], keys[9]
	ctx := context.Background()

	for range 4 {
		nextWindow(t, clock, nodes, 9)
	}
	// The liar goes down; while it is down it (through a node it controls)
	// claims uptime: attestations it signed about itself, and attestations
	// in an anchor's name that it signed.
	liarID := liar.ID()
	if err := liar.Close(); err != nil {
		t.Fatal(err)
	}
	params := nodes[0].Narrative().Params()
	ring := make([]crypto.PrivKey, 3)
	for i := range ring {
		k, _, err := crypto.GenerateEd25519Key(nil)
		if err != nil {
			t.Fatal(err)
		}
		ring[i] = k
	}
	for range 4 {
		// Nodes 7 and 8 become modified below and stop listening, and what they
		// send gets them penalised (node 8 graylisted, node 7 perhaps, depending on
		// how fast scores move): honest nodes are sure to hear the 6 others.
		nextWindow(t, clock, nodes[:7], 6)
		now := clock.Now()
		w := params.WindowOf(now) - 1
		self := narrative.Evidence{Kind: narrative.KindUptime, Subject: liarID, Time: now, Window: w}
		if err := self.Sign(liarKey); err != nil {
			t.Fatal(err)
		}
		forged := self
		forged.Attester = nodes[0].ID()
		// The ring: fresh identities witnessing each other, validly signed.
		var ringItems []narrative.Evidence
		for i, a := range ring {
			for j, b := range ring {
				if i == j {
					continue
				}
				e := narrative.Evidence{Kind: narrative.KindUptime, Subject: p2p.PeerIDOf(b), Time: now, Window: w}
				if err := e.Sign(a); err != nil {
					t.Fatal(err)
				}
				ringItems = append(ringItems, e)
			}
		}
		publishEvidence(t, nodes[8], self)
		publishEvidence(t, nodes[8], forged)
		publishEvidence(t, nodes[7], ringItems...)
	}
	// Nodes 7 and 8 were modified to send what honest nodes refuse (their
	// own validator is gone, so they no longer store evidence); nodes 0-6
	// are honest.
	honest := nodes[:7]

	// Every honest node ends with the same evidence.
	// (the same items, not only as many: a count can match while an item is still in flight).
	ids := func(nd *Node) map[string]bool {
		m := map[string]bool{}
		for _, e := range nd.Narrative().All() {
			m[e.IDHex()] = true
		}
		return m
	}
	eventually(t, 15*time.Second, "the same evidence on every honest node", func() bool {
		want := ids(honest[0])
		for _, nd := range honest[1:] {
			if !maps.Equal(ids(nd), want) {
				return false
			}
		}
		return len(want) > 0
	})

	want := honest[0].Narrative().Recompute()
	for _, nd := range honest[1:] {
		got := nd.Narrative().Recompute()
		if !reflect.DeepEqual(got.Scores, want.Scores) || !reflect.DeepEqual(got.Established, want.Established) {
			t.Fatalf("node %s computes different scores from node %s", nd.ID(), honest[0].ID())
		}
	}
	for _, nd := range honest {
		s := want.Score(nd.ID())
		up := s.Kind(narrative.KindUptime)
		if up.Total < 6*3600 {
			t.Errorf("honest node %s: %v s witnessed uptime, want at least 6 windows", nd.ID(), up.Total)
		}
		if !s.Established || s.Total <= 0 {
			t.Errorf("honest node %s: established %v score %v", nd.ID(), s.Established, s.Total)
		}
	}
	ls := want.Score(liarID)
	if lu := ls.Kind(narrative.KindUptime).Total; lu > 5*3600 || lu >= want.Score(honest[3].ID()).Kind(narrative.KindUptime).Total {
		t.Errorf("the liar has %v s witnessed uptime: more than it was up", lu)
	}
	for _, k := range ring {
		if s := want.Score(p2p.PeerIDOf(k)); s.Total != 0 || s.Established {
			t.Errorf("ring member scored %v (established %v)", s.Total, s.Established)
		}
	}
	for _, nd := range honest {
		rej := nd.Narrative().Rejected()
		if rej["self_signed"] == 0 || rej["forged"] == 0 {
			t.Errorf("node %s rejections %v: the liar's claims were not rejected", nd.ID(), rej)
		}
	}
	if ap := honest[0].appScore(honest[4].ID()); ap <= 0 || ap > honest[0].Config().Narrative.AppScoreWeight {
		t.Errorf("app score %v outside (0, weight]", ap)
	}

	// The API and its commands' data.
	c := adminClient(t, honest[0])
	var rep narrative.ReputationReport
	if err := c.Do(ctx, http.MethodGet, "/v1/narrative/reputation?peer="+honest[4].ID().String(), nil, &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Total <= 0 || len(rep.Evidence) == 0 || rep.Rank == 0 {
		t.Fatalf("reputation report %+v", rep)
	}
	var board []narrative.LeaderboardEntry
	if err := c.Do(ctx, http.MethodGet, "/v1/narrative/leaderboard?top=3", nil, &board); err != nil {
		t.Fatal(err)
	}
	if len(board) != 3 || board[0].Score < board[2].Score {
		t.Fatalf("leaderboard %+v", board)
	}
	var q narrative.QuestsReport
	if err := c.Do(ctx, http.MethodGet, "/v1/narrative/quests", nil, &q); err != nil {
		t.Fatal(err)
	}
	if len(q.Storylines) != 1 || len(q.Storylines[0].Chapters) < 3 || q.Storylines[0].Chapters[0].Goals[0].Value <= 0 {
		t.Fatalf("quests %+v", q)
	}
}

// A wallet is bound to a node through the API and the binding reaches the
// mesh; a signature by the wallet for another message is refused.
func TestNarrativeBindWallet(t *testing.T) {
	clock := newFakeClock()
	nodes, _ := narrativeMesh(t, 2, clock)
	ctx := context.Background()
	wallet, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	sig, err := ethcrypto.Sign(accounts.TextHash(narrative.BindingMessage(nodes[1].ID())), wallet)
	if err != nil {
		t.Fatal(err)
	}
	addr := ethcrypto.PubkeyToAddress(wallet.PublicKey)
	c := adminClient(t, nodes[1])
	var ev narrative.EvidenceView
	if err := c.Do(ctx, http.MethodPost, "/v1/narrative/wallet", BindWalletRequest{Address: addr.Hex(),
		Signature: "0x" + hex.EncodeToString(sig)}, &ev); err != nil {
		t.Fatal(err)
	}
	if ev.Kind != "wallet" || ev.Subject != nodes[1].ID().String() {
		t.Fatalf("binding %+v", ev)
	}
	eventually(t, 10*time.Second, "the binding on the other node", func() bool {
		return nodes[0].Narrative().Result().Score(nodes[1].ID()).Wallet == addr.Hex()
	})
	// A signature for another peer is refused with its reason.
	other, err := ethcrypto.Sign(accounts.TextHash(narrative.BindingMessage(nodes[0].ID())), wallet)
	if err != nil {
		t.Fatal(err)
	}
	err = c.Do(ctx, http.MethodPost, "/v1/narrative/wallet", BindWalletRequest{Address: addr.Hex(),
		Signature: "0x" + hex.EncodeToString(other)}, &ev)
	if err == nil || !strings.Contains(err.Error(), "forged") {
		t.Fatalf("a wallet signature for another peer: %v", err)
	}
}

// TestNarrativeStorylineFromRealEvidence: a storyline completes from real
// evidence. Node A (the anchor) follows the dev chain and publishes to
// refuge; node B binds dev account 1's wallet, casts a vote on chain with
// it, replicates A's publish and guards its key. A's chain watcher and
// refuge vouch for B; B's quests complete chapter by chapter.
func TestNarrativeStorylineFromRealEvidence(t *testing.T) {
	dc := govChain(t)
	clock := newFakeClock()
	opt := WithClock(clock.Now)
	ctx := context.Background()

	acfg := refugeTestConfig(t)
	if _, err := Init(acfg.Home, acfg, false); err != nil {
		t.Fatal(err)
	}
	akey, err := p2p.LoadIdentity(filepath.Join(acfg.Home, IdentityFile))
	if err != nil {
		t.Fatal(err)
	}
	anchors := []string{p2p.PeerIDOf(akey).String()}
	bcfg, guardian := makeGuardian(t, refugeTestConfig(t))
	bcfg.Refuge.AcceptReplicas = true
	story := filepath.Join(bcfg.Home, "duty.yaml")
	if err := os.WriteFile(story, []byte(`version: 1
kind: Storyline
name: duty
title: Duty
chapters:
  - name: civic
    title: Civic
    goals:
      - {metric: votes_cast, at_least: 1}
    badge: {name: voter, title: Voter}
  - name: keeper
    title: Keeper
    goals:
      - {metric: refuge_pinned_bytes, at_least: 64KiB, held_for: 1h}
      - {metric: guardian_duty, at_least: 1}
    badge: {name: keeper, title: Keeper}
`), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []*Config{&acfg, &bcfg} {
		withChain(c, dc)
		c.Narrative.Anchors = anchors
		c.Narrative.Tick = "50ms"
	}
	acfg.Refuge.Guardians = []GuardianConfig{guardian}
	acfg.Refuge.Threshold = 1
	acfg.Refuge.Replicas = 1
	bcfg.Narrative.Storylines = []string{"duty.yaml"}
	a := startNode(t, acfg, opt)
	bcfg.P2P.Bootstrap = []string{a.Host().FullAddrs()[0]}
	b := startNode(t, bcfg, opt)
	waitTopicPeers(t, []*Node{a, b}, 1)
	eventually(t, 20*time.Second, "watchers synced", func() bool {
		return a.Watcher().Status().Synced && b.Watcher().Status().Synced
	})

	// B binds dev account 1.
	voter := newActor(t, dc, 1)
	sig, err := ethcrypto.Sign(accounts.TextHash(narrative.BindingMessage(b.ID())), chain.DevAccountKey(1))
	if err != nil {
		t.Fatal(err)
	}
	if err := adminClient(t, b).Do(ctx, http.MethodPost, "/v1/narrative/wallet", BindWalletRequest{
		Address: voter.signer.Address().Hex(), Signature: "0x" + hex.EncodeToString(sig)}, nil); err != nil {
		t.Fatal(err)
	}
	eventually(t, 10*time.Second, "A knows B's wallet", func() bool {
		return a.Narrative().Result().Score(b.ID()).Wallet == voter.signer.Address().Hex()
	})

	// A proposal, and B's wallet votes on it.
	d := dc.Deployment()
	p, err := d.CharterAmendment(2, sha256.Sum256([]byte("charter v2")), "", "narrative test proposal")
	if err != nil {
		t.Fatal(err)
	}
	id := chain.ProposalHex(p.ID())
	if err := voter.send("propose", func(ctx context.Context) (common.Hash, error) {
		tx, err := voter.gov().Propose(ctx, voter.signer.TransactOpts(d.ChainID), p)
		if err != nil {
			return common.Hash{}, err
		}
		return tx.Hash(), nil
	}); err != nil {
		t.Fatal(err)
	}
	eventually(t, 20*time.Second, "voting open", func() bool { return proposalOn(t, a, id).State == contracts.StateActive })
	if err := voter.send("vote", func(ctx context.Context) (common.Hash, error) {
		tx, err := voter.gov().CastVote(ctx, voter.signer.TransactOpts(d.ChainID), p.ID(), contracts.SupportFor, "for the story")
		if err != nil {
			return common.Hash{}, err
		}
		return tx.Hash(), nil
	}); err != nil {
		t.Fatal(err)
	}
	quests := func() narrative.StorylineProgress {
		var q narrative.QuestsReport
		if err := adminClient(t, b).Do(ctx, http.MethodGet, "/v1/narrative/quests", nil, &q); err != nil {
			t.Fatal(err)
		}
		for _, s := range q.Storylines {
			if s.Storyline == "duty" {
				return s
			}
		}
		t.Fatalf("no duty storyline in %+v", q)
		return narrative.StorylineProgress{}
	}
	eventually(t, 20*time.Second, "the vote completes chapter one on B", func() bool {
		return quests().Chapters[0].Complete
	})
	if v := b.Narrative().Result().Score(b.ID()).Kind(narrative.KindVote); v.Total != 1 || v.Points <= 0 {
		t.Fatalf("vote part of B's score: %+v", v)
	}

	// A publishes to refuge: B replicates it and acknowledges its share.
	res := publish(t, a, randomData(9, 100<<10), refuge.PublishOptions{Threshold: 1, Replicas: 1, DeadMan: refuge.NoDeadMan})
	eventually(t, 20*time.Second, "B's pin and guardian duty attested", func() bool {
		sc := b.Narrative().Result().Score(b.ID())
		return sc.Kind(narrative.KindRefugePin).Total > 0 && sc.Kind(narrative.KindGuardian).Total >= 1
	})
	if q := quests(); q.Chapters[1].Complete {
		t.Fatalf("keeper complete before the pin was held an hour: %+v", q.Chapters[1])
	}
	clock.Advance(2 * time.Hour)
	eventually(t, 10*time.Second, "the storyline complete on B", func() bool {
		q := quests()
		return q.Complete && len(q.Badges) == 2
	})
	st := status(t, a, res.ID)
	if len(st.Replicas) != 1 || st.Replicas[0].Peer != b.ID().String() {
		t.Fatalf("refuge replicas %+v", st.Replicas)
	}
	if got := b.Narrative().Result().Score(b.ID()).Kind(narrative.KindRefugePin).Items; got != 1 {
		t.Fatalf("pin items %d", got)
	}

	// The pin B holds carries B's own signed acknowledgement, which B checks
	// against the manifest; the same pin inflated is refused as forged.
	var pin *narrative.Evidence
	for _, e := range b.Narrative().Evidence(b.ID()) {
		if e.Kind == narrative.KindRefugePin {
			pin = &e
		}
	}
	if pin == nil || pin.Attester != a.ID() || pin.Ref != res.ID || len(pin.Proof) == 0 {
		t.Fatalf("stored pin %+v", pin)
	}
	if err := narrative.VerifyRefuge(ctx, pin, b.refuge.Manifest); err != nil {
		t.Fatalf("stored pin does not verify: %v", err)
	}
	forged := *pin
	forged.Amount *= 4
	if err := forged.Sign(akey); err != nil {
		t.Fatal(err)
	}
	err = b.Narrative().Submit(ctx, []narrative.Evidence{forged})
	if narrative.ReasonOf(err) != narrative.ReasonForged {
		t.Fatalf("inflated pin: %v, want %s", err, narrative.ReasonForged)
	}
	if b.Narrative().Rejected()[string(narrative.ReasonForged)] == 0 {
		t.Fatalf("forged pin not counted: %v", b.Narrative().Rejected())
	}
}

func TestNarrativeConfig(t *testing.T) {
	tests := []struct {
		yaml, want string
	}{
		{"narrative:\n  window: 10s\n", "config.yaml:2:11: narrative.window: 10s is outside 1m0s..24h0m0s"},
		{"narrative:\n  witnesses: 0\n", "config.yaml:2:14: narrative.witnesses 0 is outside 1..64"},
		{"narrative:\n  half_life: soon\n", "config.yaml:2:14: narrative.half_life"},
		{"narrative:\n  app_score_weight: 30\n", "config.yaml:2:21: narrative.app_score_weight 30 is outside 0..20"},
		{"narrative:\n  anchors: [nobody]\n", "config.yaml:2:13: narrative.anchors"},
		{"narrative:\n  windw: 1h\n", "config.yaml:2:3"},
	}
	for _, tc := range tests {
		_, err := ParseConfig("config.yaml", []byte(tc.yaml))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: %v, want %q", tc.yaml, err, tc.want)
		}
	}
	// The rendered template reads back with the defaults.
	c := DefaultConfig()
	c.Narrative.Anchors = []string{"12D3KooWGt1n6X8qhShuYDcUGvs7JeTQSZsZTrNzE8udv7vnJspW"}
	out, err := RenderConfig(c)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseConfig("config.yaml", out)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Narrative, c.Narrative) {
		t.Fatalf("narrative config round trip: %+v, want %+v", back.Narrative, c.Narrative)
	}
}

// A storyline that does not load stops the node with the error's position
// (the charter's restriction of goals is tested in node/narrative).
func TestNarrativeBadStoryline(t *testing.T) {
	for name, doc := range map[string]string{
		"syntax": "version: 1\nkind: Storyline\nname: x\ntitle: X\nchapters: [\n",
		"metric": "version: 1\nkind: Storyline\nname: x\ntitle: X\nchapters:\n  - name: a\n    title: A\n    badge: {name: b, title: B}\n    goals:\n      - {metric: user_location, at_least: 1}\n",
	} {
		cfg := testConfig(t, t.TempDir(), 0)
		if _, err := Init(cfg.Home, cfg, false); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(cfg.Home, "story.yaml"), []byte(doc), 0o600); err != nil {
			t.Fatal(err)
		}
		cfg.Narrative.Storylines = []string{"story.yaml"}
		n, err := New(cfg, WithLogger(testLogger(t)))
		if err != nil {
			t.Fatal(err)
		}
		err = n.Start(context.Background())
		if err == nil || !strings.Contains(err.Error(), "story.yaml:") {
			t.Errorf("%s: start with a bad storyline: %v", name, err)
		}
		n.Close()
	}
}

// Evidence survives a restart: it is in Badger, not only in memory.
func TestNarrativeRestart(t *testing.T) {
	cfg := testConfig(t, t.TempDir(), 0)
	n := startNode(t, cfg)
	wallet, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	sig, err := ethcrypto.Sign(accounts.TextHash(narrative.BindingMessage(n.ID())), wallet)
	if err != nil {
		t.Fatal(err)
	}
	addr := ethcrypto.PubkeyToAddress(wallet.PublicKey)
	if _, err := n.Narrative().BindWallet(context.Background(), addr, sig); err != nil {
		t.Fatal(err)
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	n = startNode(t, cfg)
	if got := n.Narrative().Stats()["wallet"]; got != 1 {
		t.Fatalf("%d wallet bindings after restart", got)
	}
	if w := n.Narrative().Result().Score(n.ID()).Wallet; w != addr.Hex() {
		t.Fatalf("wallet after restart %q, want %s", w, addr.Hex())
	}
}

// A node with narrative off serves a clear error and relays no evidence.
func TestNarrativeDisabled(t *testing.T) {
	cfg := testConfig(t, t.TempDir(), 0)
	cfg.Narrative.Enabled = false
	n := startNode(t, cfg)
	if n.Narrative() != nil || n.Reputation(n.ID()) != 0 || n.appScore(n.ID()) != 0 {
		t.Fatal("narrative runs while disabled")
	}
	err := adminClient(t, n).Do(context.Background(), http.MethodGet, "/v1/narrative/quests", nil, nil)
	if err == nil || !strings.Contains(err.Error(), "narrative is disabled") {
		t.Fatalf("quests on a disabled node: %v", err)
	}
	data, err := narrative.EncodeHeartbeat(narrative.Heartbeat{Window: 1, Time: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Gossip().Publish(context.Background(), p2p.TopicNarrative, data, 0); err == nil {
		t.Fatal("a disabled node published on the narrative topic")
	}
}

// A node that joins late pulls what the mesh said before it came, over the
// sync protocol, and computes the same scores.
func TestNarrativeSync(t *testing.T) {
	clock := newFakeClock()
	nodes, _ := narrativeMesh(t, 3, clock)
	for range 3 {
		nextWindow(t, clock, nodes, 2)
	}
	eventually(t, 10*time.Second, "the mesh agrees", func() bool {
		n := len(nodes[0].Narrative().All())
		return n > 0 && len(nodes[1].Narrative().All()) == n && len(nodes[2].Narrative().All()) == n
	})
	cfg := testConfig(t, t.TempDir(), 0, nodes[0].Host().FullAddrs()[0])
	cfg.Telemetry.Enabled = false
	cfg.Narrative = nodes[0].Config().Narrative
	cfg.Narrative.SyncInterval = "200ms"
	late := startNode(t, cfg, WithClock(clock.Now))
	want := nodes[0].Narrative().All()
	eventually(t, 15*time.Second, "the late node holds the mesh's evidence", func() bool {
		return len(late.Narrative().All()) >= len(want)
	})
	have := map[string]bool{}
	for _, e := range late.Narrative().All() {
		have[e.IDHex()] = true
	}
	for _, e := range want {
		if !have[e.IDHex()] {
			t.Fatalf("the late node lacks %s about %s by %s", e.Kind, e.Subject, e.Attester)
		}
	}
	// Then the same scores once both hold the same items: evidence may still be
	// moving (the late node's own arrival is news to the mesh).
	idSet := func(nd *Node) map[string]bool {
		m := map[string]bool{}
		for _, e := range nd.Narrative().All() {
			m[e.IDHex()] = true
		}
		return m
	}
	eventually(t, 15*time.Second, "the late node and the mesh hold the same items", func() bool {
		return maps.Equal(idSet(nodes[0]), idSet(late))
	})
	a, b := nodes[0].Narrative().Recompute(), late.Narrative().Recompute()
	for _, n := range nodes {
		if !reflect.DeepEqual(a.Score(n.ID()), b.Score(n.ID())) {
			t.Fatalf("the late node scores %s differently", n.ID())
		}
	}
}
