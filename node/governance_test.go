package node

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	mh "github.com/multiformats/go-multihash"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/node/capability"
	"github.com/x0tta6bl4/westworld/node/charter"
	"github.com/x0tta6bl4/westworld/node/enforce"
	"github.com/x0tta6bl4/westworld/node/governance"
	"github.com/x0tta6bl4/westworld/node/refuge"
	"github.com/x0tta6bl4/westworld/p2p"
)

// govChain is a dev chain with 250 ms blocks and votes short enough for a test: a 16-block
// (4 s) vote and a one-second timelock.
func govChain(t testing.TB) *chain.DevChain {
	return devChainWith(t, func(c *chain.DevChainConfig) {
		c.Period = 250 * time.Millisecond
		p := contracts.DevParams()
		p.VotingPeriod = 16
		p.TimelockDelay = 1
		c.Params = &p
	})
}

// withRelay makes the node at cfg.Home a ballot relay paying from dev account i, through the
// keystore and password file path an operator uses.
func withRelay(t testing.TB, cfg *Config, i int) {
	t.Helper()
	if _, err := Init(cfg.Home, *cfg, false); err != nil {
		t.Fatal(err)
	}
	w, err := chain.OpenWallet(chain.WalletConfig{Dir: filepath.Join(cfg.Home, "keystore"), LightKDF: true})
	if err != nil {
		t.Fatal(err)
	}
	acc, err := w.ImportKey(chain.DevAccountKey(i), chain.DevPassword)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(cfg.Home, "relay.pw"), []byte(chain.DevPassword+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg.Governance.Relay = RelayConfig{Enabled: true, Account: acc.Address.Hex(), PasswordFile: "relay.pw"}
}

// govMesh starts n nodes on dc, the first a relay paying from dev account 3, and waits until
// they form a mesh on the governance topics and have indexed the deployment.
func govMesh(t testing.TB, dc *chain.DevChain, n int) []*Node {
	t.Helper()
	cfg := testConfig(t, t.TempDir(), 0)
	withChain(&cfg, dc)
	withRelay(t, &cfg, 3)
	first := startNode(t, cfg)
	nodes := []*Node{first}
	boot := first.Host().FullAddrs()[0]
	for i := 1; i < n; i++ {
		c := testConfig(t, t.TempDir(), 0, boot)
		withChain(&c, dc)
		nodes = append(nodes, startNode(t, c))
	}
	eventually(t, 30*time.Second, "mesh on the governance topics and watchers synced", func() bool {
		for _, nd := range nodes {
			if !nd.Watcher().Status().Synced {
				return false
			}
			for _, ts := range nd.Gossip().Topics() {
				if (ts.Name == p2p.TopicCharter || ts.Name == p2p.TopicBallots || ts.Name == p2p.TopicTelemetry) && len(ts.Peers) < min(n-1, 3) {
					return false
				}
			}
		}
		return true
	})
	return nodes
}

// charterV2 is the default charter with version 2 and route_stability moved from allowed to
// forbidden.
func charterV2(t testing.TB) []byte {
	t.Helper()
	doc := charter.Default().Bytes()
	out := bytes.Replace(doc, []byte("version: 1\n"), []byte("version: 2\n"), 1)
	out = bytes.Replace(out, []byte("    - route_stability\n"), nil, 1)
	out = bytes.Replace(out, []byte("forbidden_metrics:\n"), []byte("forbidden_metrics:\n  - route_stability\n"), 1)
	c, err := charter.Parse("v2", out)
	if err != nil || c.Version() != 2 || !c.Forbids("route_stability") {
		t.Fatalf("charter v2 fixture: %v", err)
	}
	return out
}

// govActor sends transactions from one dev account.
type govActor struct {
	t      testing.TB
	c      *chain.Client
	d      *contracts.Deployment
	signer *chain.Signer
}

func newActor(t testing.TB, dc *chain.DevChain, i int) *govActor {
	t.Helper()
	c, err := chain.Dial(context.Background(), dc.HTTPEndpoint(), chain.WithDeployment(dc.Deployment()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return &govActor{t: t, c: c, d: dc.Deployment(), signer: chain.NewSigner(chain.DevAccountKey(i))}
}

func (a *govActor) gov() *contracts.Governor { return contracts.NewGovernor(a.d.Governor, a.c) }

// send runs a transaction and waits for its receipt.
func (a *govActor) send(what string, fn func(ctx context.Context) (txHash common.Hash, err error)) error {
	a.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	h, err := fn(ctx)
	if err != nil {
		return err
	}
	r, err := waitReceipt(ctx, a.c, h)
	if err != nil {
		a.t.Fatalf("%s: %v", what, err)
	}
	if r != 1 {
		return errors.New(what + ": reverted")
	}
	return nil
}

func waitReceipt(ctx context.Context, c *chain.Client, h common.Hash) (uint64, error) {
	for {
		r, err := c.TransactionReceipt(ctx, h)
		if err == nil {
			return r.Status, nil
		}
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func proposalOn(t testing.TB, n *Node, id string) chain.Proposal {
	t.Helper()
	p, err := n.Watcher().Index().Lookup(context.Background(), id)
	if err != nil && !errors.Is(err, chain.ErrUnknownProposal) {
		t.Fatal(err)
	}
	return p
}

// TestCharterAmendmentEndToEnd is issue 4's test: on the dev chain with three nodes, a holder
// proposes charter v2 (one more forbidden metric), two holders vote (one by a gasless ballot
// relayed by another node), the proposal is queued and executed, every node activates v2 and
// then treats the new metric as a violation; a rogue charter announcement is adopted nowhere.
func TestCharterAmendmentEndToEnd(t *testing.T) {
	dc := govChain(t)
	nodes := govMesh(t, dc, 3)
	ctx := context.Background()
	proposer, voter2 := newActor(t, dc, 1), newActor(t, dc, 2)
	d := dc.Deployment()

	// A rogue announcement before anything: refused by the node's own validator, and by every
	// other node when a modified node sends it anyway.
	rogueDoc := bytes.Replace(charterV2(t), []byte("version: 2\n"), []byte("version: 7\n"), 1)
	rogueMsg, err := governance.EncodeCharter(governance.CharterAnnouncement{CharterVersion: 7,
		SHA256: sha256.Sum256(rogueDoc), Document: rogueDoc})
	if err != nil {
		t.Fatal(err)
	}
	if err := nodes[0].Gossip().Publish(ctx, p2p.TopicCharter, rogueMsg, 0); err == nil {
		t.Fatal("an honest node published a charter whose hash is not on chain")
	}

	// 1. The holder of account 1 hands charter v2 to its node, then proposes it.
	doc := charterV2(t)
	var draft governance.Draft
	if err := adminClient(t, nodes[1]).Do(ctx, http.MethodPost, "/v1/proposals/charter",
		governance.CharterDraftRequest{Document: doc}, &draft); err != nil {
		t.Fatal(err)
	}
	if draft.Version != 2 || draft.SHA256 != sha256.Sum256(doc) || draft.CID == "" {
		t.Fatalf("draft %+v", draft)
	}
	p, err := d.CharterAmendment(draft.Version, draft.SHA256, draft.CID, "Charter v2: route_stability is forbidden")
	if err != nil {
		t.Fatal(err)
	}
	id := chain.ProposalHex(p.ID())
	if err := proposer.send("propose", func(ctx context.Context) (common.Hash, error) {
		tx, err := proposer.gov().Propose(ctx, proposer.signer.TransactOpts(d.ChainID), p)
		if err != nil {
			return common.Hash{}, err
		}
		return tx.Hash(), nil
	}); err != nil {
		t.Fatal(err)
	}

	// The proposer's node announces the document; every node caches it before the vote ends.
	eventually(t, 10*time.Second, "voting open on every node", func() bool {
		for _, n := range nodes {
			if proposalOn(t, n, id).State != contracts.StateActive {
				return false
			}
		}
		return true
	})
	// 2. Account 1 votes on chain; account 2 signs a gasless ballot and hands it to node 2,
	// which does not relay; node 0 relays it.
	if err := proposer.send("vote", func(ctx context.Context) (common.Hash, error) {
		tx, err := proposer.gov().CastVote(ctx, proposer.signer.TransactOpts(d.ChainID), p.ID(), contracts.SupportFor, "yes")
		if err != nil {
			return common.Hash{}, err
		}
		return tx.Hash(), nil
	}); err != nil {
		t.Fatal(err)
	}
	b, dom, err := voter2.gov().NewBallot(ctx, p.ID(), contracts.SupportFor, voter2.signer.Address())
	if err != nil {
		t.Fatal(err)
	}
	sig, err := voter2.signer.SignBallot(dom, b)
	if err != nil {
		t.Fatal(err)
	}
	var res governance.BallotResult
	if err := adminClient(t, nodes[2]).Do(ctx, http.MethodPost, "/v1/ballots",
		governance.BallotRequest{Governor: d.Governor, ChainID: d.ChainID, Ballot: b, Signature: sig}, &res); err != nil {
		t.Fatal(err)
	}
	if !res.Published || res.Relay != nil {
		t.Fatalf("ballot result %+v", res)
	}
	eventually(t, 10*time.Second, "the gasless ballot counted through the relay", func() bool {
		ok, err := nodes[1].Watcher().Index().HasVoted(ctx, d.Governor, p.ID(), voter2.signer.Address())
		return err == nil && ok
	})
	// The same ballot again is refused, not relayed twice.
	err = adminClient(t, nodes[2]).Do(ctx, http.MethodPost, "/v1/ballots",
		governance.BallotRequest{Governor: d.Governor, ChainID: d.ChainID, Ballot: b, Signature: sig}, &res)
	if err == nil || !strings.Contains(err.Error(), "already voted") {
		t.Fatalf("second submission of a counted ballot: %v", err)
	}
	eventually(t, 5*time.Second, "every node cached the announced charter", func() bool {
		for _, n := range nodes {
			if _, ok := n.gov.Document(draft.SHA256); !ok {
				return false
			}
		}
		return true
	})

	// A macaroon that holds only while this proposal is executed (issue 7's chain caveat),
	// checked against the node's own index: refused now, accepted after execution.
	baked, err := nodes[0].caps.Bake(ctx, capability.BakeRequest{Ops: []capability.Op{"node:read"}, Proposal: id})
	if err != nil {
		t.Fatal(err)
	}
	gated := api.NewClient(nodes[0].Config().SocketPath(), baked.Macaroon)
	var he *api.HTTPError
	if _, err := gated.Status(ctx); !errors.As(err, &he) || he.Code != http.StatusForbidden {
		t.Fatalf("proposal-gated macaroon before execution: %v", err)
	}

	// 3. Queue once the vote succeeded, execute once the timelock allows.
	eventually(t, 15*time.Second, "vote succeeded", func() bool {
		return proposalOn(t, nodes[0], id).State == contracts.StateSucceeded
	})
	if err := proposer.send("queue", func(ctx context.Context) (common.Hash, error) {
		tx, err := proposer.gov().Queue(ctx, proposer.signer.TransactOpts(d.ChainID), p)
		if err != nil {
			return common.Hash{}, err
		}
		return tx.Hash(), nil
	}); err != nil {
		t.Fatal(err)
	}
	var executedAt time.Time
	eventually(t, 15*time.Second, "executed", func() bool {
		err := proposer.send("execute", func(ctx context.Context) (common.Hash, error) {
			tx, err := proposer.gov().Execute(ctx, proposer.signer.TransactOpts(d.ChainID), p)
			if err != nil {
				return common.Hash{}, err
			}
			return tx.Hash(), nil
		})
		executedAt = time.Now()
		return err == nil
	})

	// 4. Every node activates v2 within seconds.
	eventually(t, 5*time.Second, "charter v2 active on every node", func() bool {
		for _, n := range nodes {
			if n.Charter().SHA256() != draft.SHA256 {
				return false
			}
		}
		return true
	})
	t.Logf("charter v2 active on all %d nodes %s after the execute receipt", len(nodes), time.Since(executedAt).Round(time.Millisecond))
	for _, n := range nodes {
		n.charter.mu.Lock()
		info := n.charter.source
		n.charter.mu.Unlock()
		if !strings.Contains(info, "CharterRegistry v2") || !strings.Contains(info, id) {
			t.Fatalf("activation source %q", info)
		}
	}

	if _, err := gated.Status(ctx); err != nil {
		t.Fatalf("proposal-gated macaroon after execution: %v", err)
	}

	// 5. route_stability is now a violation: a node reporting it is recorded and punished.
	rogue(t, nodes[2])
	publishReport(t, nodes[2], 1, charter.Metric{Name: "route_stability", Value: 0.9})
	for _, n := range nodes[:2] {
		eventually(t, 10*time.Second, "route_stability recorded as a violation", func() bool {
			vs, err := n.AuditLog().List(ctx, time.Time{}, 10)
			return err == nil && len(vs) == 1 && vs[0].Metric == "route_stability" && vs[0].Type == charter.ViolationForbiddenMetric &&
				vs[0].CharterVersion == 2
		})
	}

	// 6. A modified node gossips a charter that was never voted: nobody adopts it.
	liar := nodes[1]
	if err := liar.Gossip().SetValidator(p2p.TopicCharter, func(context.Context, *pubsub.Message) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if err := liar.Gossip().Publish(ctx, p2p.TopicCharter, rogueMsg, 1); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1500 * time.Millisecond)
	for _, n := range nodes {
		if n.Charter().SHA256() != draft.SHA256 {
			t.Fatalf("node %s adopted a charter that was never voted", n.ID())
		}
	}
	for _, n := range []*Node{nodes[0], nodes[2]} {
		if _, ok := n.gov.Document(sha256.Sum256(rogueDoc)); ok {
			t.Fatalf("node %s accepted the rogue announcement", n.ID())
		}
	}
	eventually(t, 5*time.Second, "the rogue announcer penalised", func() bool { return nodes[0].Gossip().Score(liar.ID()) < 0 })

	// 7. A node that starts after the execution missed every announcement: it finds the adopted
	// charter in its index and fetches the document by its CID from IPFS.
	late := testConfig(t, t.TempDir(), 0, nodes[1].Host().FullAddrs()[0])
	withChain(&late, dc)
	ln := startNode(t, late)
	eventually(t, 20*time.Second, "the late node activated v2 from IPFS", func() bool { return ln.Charter().SHA256() == draft.SHA256 })
}

// passProposal takes p from proposal to execution with account 1 proposing and voting for.
func passProposal(t *testing.T, a *govActor, watch *Node, p contracts.Proposal) {
	t.Helper()
	d := a.d
	gov := contracts.NewGovernor(p.Governor, a.c)
	id := chain.ProposalHex(p.ID())
	step := func(what string, fn func(ctx context.Context) (*types.Transaction, error)) error {
		return a.send(what, func(ctx context.Context) (common.Hash, error) {
			tx, err := fn(ctx)
			if err != nil {
				return common.Hash{}, err
			}
			return tx.Hash(), nil
		})
	}
	if err := step("propose", func(ctx context.Context) (*types.Transaction, error) {
		return gov.Propose(ctx, a.signer.TransactOpts(d.ChainID), p)
	}); err != nil {
		t.Fatal(err)
	}
	eventually(t, 10*time.Second, "voting open", func() bool { return proposalOn(t, watch, id).State == contracts.StateActive })
	if err := step("vote", func(ctx context.Context) (*types.Transaction, error) {
		return gov.CastVote(ctx, a.signer.TransactOpts(d.ChainID), p.ID(), contracts.SupportFor, "")
	}); err != nil {
		t.Fatal(err)
	}
	eventually(t, 15*time.Second, "vote succeeded", func() bool { return proposalOn(t, watch, id).State == contracts.StateSucceeded })
	if err := step("queue", func(ctx context.Context) (*types.Transaction, error) {
		return gov.Queue(ctx, a.signer.TransactOpts(d.ChainID), p)
	}); err != nil {
		t.Fatal(err)
	}
	eventually(t, 15*time.Second, "executed", func() bool {
		return step("execute", func(ctx context.Context) (*types.Transaction, error) {
			return gov.Execute(ctx, a.signer.TransactOpts(d.ChainID), p)
		}) == nil
	})
}

// TestProposalGossipAndEmergencySuspension: proposal state reaches a node without chain access
// (marked unverified) within about a second; a node that gossips a false state is rejected by
// nodes with chain access; an executed emergency suspension is enforced on every node with
// the proposal as its source, and a restart does not apply it again.
func TestProposalGossipAndEmergencySuspension(t *testing.T) {
	dc := govChain(t)
	nodes := govMesh(t, dc, 2)
	boot := nodes[0].Host().FullAddrs()[0]
	blind := startNode(t, testConfig(t, t.TempDir(), 0, boot)) // no chain
	eventually(t, 20*time.Second, "chainless node on the proposals topic", func() bool {
		for _, ts := range blind.Gossip().Topics() {
			if ts.Name == p2p.TopicProposals && len(ts.Peers) >= 1 {
				return true
			}
		}
		return false
	})
	ctx := context.Background()
	a := newActor(t, dc, 1)
	d := dc.Deployment()

	victim := []byte(p2p.PeerIDOf(mustKey(t)))
	until := time.Now().Add(time.Hour).Truncate(time.Second)
	p, err := d.EmergencySuspend(victim, until, "sybil flood", "Suspend a flooding peer")
	if err != nil {
		t.Fatal(err)
	}
	id := chain.ProposalHex(p.ID())
	passProposal(t, a, nodes[0], p)

	// The chainless node heard every state change, the last being executed.
	eventually(t, 5*time.Second, "executed state gossiped to the chainless node", func() bool {
		var out governance.ProposalList
		if err := adminClient(t, blind).Do(ctx, http.MethodGet, "/v1/proposals", nil, &out); err != nil {
			t.Fatal(err)
		}
		return len(out.Unverified) == 1 && out.Unverified[0].ID == id && out.Unverified[0].State == "executed" && out.Unverified[0].Unverified
	})

	target := enforce.Target{Peer: peer.ID(victim)}
	for _, n := range nodes {
		eventually(t, 5*time.Second, "suspension enforced", func() bool { return n.Enforcer().Active(target, enforce.KindSuspend) })
		var found bool
		for _, e := range n.Enforcer().Entries() {
			if e.Target == target && e.Source.Kind == enforce.SourceProposal && e.Source.Ref == id && e.Until.Equal(until) {
				found = true
			}
		}
		if !found {
			t.Fatalf("no suspension with the proposal as source: %+v", n.Enforcer().Entries())
		}
	}

	// A modified node claims the proposal was defeated: nodes with chain access reject it and
	// the liar's score drops.
	liar, honest := nodes[1], nodes[0]
	if err := liar.Gossip().SetValidator(p2p.TopicProposals, func(context.Context, *pubsub.Message) error { return nil }); err != nil {
		t.Fatal(err)
	}
	cur, err := liar.Watcher().Index().Cursor(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lie, err := governance.EncodeProposal(governance.ProposalState{Governor: d.EmergencyGovernor, ID: p.ID(), Kind: "emergency",
		State: contracts.StateDefeated, Tally: tally0(), BlockNumber: cur.Next - 1, BlockHash: cur.Hash})
	if err != nil {
		t.Fatal(err)
	}
	if err := liar.Gossip().Publish(ctx, p2p.TopicProposals, lie, 1); err != nil {
		t.Fatal(err)
	}
	eventually(t, 5*time.Second, "liar penalised by the honest node", func() bool { return honest.Gossip().Score(liar.ID()) < 0 })

	// Restart: the suspension is not applied again (same entry, same creation time).
	before := entryOf(nodes[0], target)
	cfg := nodes[0].Config()
	if err := nodes[0].Close(); err != nil {
		t.Fatal(err)
	}
	again := startNode(t, cfg)
	eventually(t, 10*time.Second, "restarted node synced", func() bool { return again.Watcher().Status().Synced })
	time.Sleep(500 * time.Millisecond)
	after := entryOf(again, target)
	if !after.Created.Equal(before.Created) || after.Source != before.Source {
		t.Fatalf("suspension re-applied on restart: before %+v, after %+v", before, after)
	}
}

func tally0() contracts.Tally {
	return contracts.Tally{For: new(big.Int), Against: new(big.Int), Abstain: new(big.Int)}
}

func entryOf(n *Node, target enforce.Target) enforce.Entry {
	for _, e := range n.Enforcer().Entries() {
		if e.Target == target && e.Kind == enforce.KindSuspend {
			return e
		}
	}
	return enforce.Entry{}
}

func mustKey(t testing.TB) crypto.PrivKey {
	t.Helper()
	k, _, err := crypto.GenerateEd25519Key(nil)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestGovernanceConfig(t *testing.T) {
	tests := []struct{ file, want string }{
		{"governance_good.yaml", ""},
		{"governance_nopw.yaml", "governance_nopw.yaml:3:14: governance.relay: enabled needs password_file"},
		{"governance_account.yaml", `governance_account.yaml:3:14: governance.relay.account "bob" is not an address`},
		{"governance_unknown.yaml", "enable"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "config", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			cfg, err := ParseConfig(tt.file, data)
			if tt.want == "" {
				if err != nil || !cfg.Governance.Relay.Enabled || cfg.Governance.Relay.PasswordFile != "relay.pw" {
					t.Fatalf("%+v, %v", cfg.Governance, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want %q", err, tt.want)
			}
		})
	}
}

// TestEmergencyManifestRelease: an executed emergency proposal naming a refuge manifest makes
// its guardians release their shares (through refuge's ReleaseByProposal, on every node), and
// the document decrypts.
func TestEmergencyManifestRelease(t *testing.T) {
	dc := govChain(t)
	var gset []GuardianConfig
	var guardians []*Node
	for i := range 2 {
		var boot []string
		if i > 0 {
			boot = []string{guardians[0].Host().FullAddrs()[0]}
		}
		cfg, g := makeGuardian(t, refugeTestConfig(t, boot...))
		withChain(&cfg, dc)
		cfg.Refuge.AcceptReplicas = i == 0
		gset = append(gset, g)
		guardians = append(guardians, startNode(t, cfg))
	}
	pcfg := refugeTestConfig(t, guardians[0].Host().FullAddrs()[0])
	withChain(&pcfg, dc)
	pcfg.Refuge.Guardians = gset
	pcfg.Refuge.Threshold = 2
	pcfg.Refuge.Replicas = 1
	publisher := startNode(t, pcfg)
	all := append([]*Node{publisher}, guardians...)
	waitTopicPeers(t, all, 1)
	eventually(t, 20*time.Second, "publisher connected to every guardian", func() bool {
		return len(publisher.Host().Network().Peers()) >= 2
	})

	data := randomData(7, 64<<10)
	res := publish(t, publisher, data, refuge.PublishOptions{DeadMan: refuge.NoDeadMan})
	eventually(t, 20*time.Second, "acknowledged", func() bool { return status(t, publisher, res.ID).Acks == 2 })

	c, err := refuge.ParseManifestID(res.ID)
	if err != nil {
		t.Fatal(err)
	}
	dm, err := mh.Decode(c.Hash())
	if err != nil {
		t.Fatal(err)
	}
	p, err := dc.Deployment().EmergencyReleaseManifest([32]byte(dm.Digest), "Release the leaked audit")
	if err != nil {
		t.Fatal(err)
	}
	passProposal(t, newActor(t, dc, 1), publisher, p)
	id := chain.ProposalHex(p.ID())

	eventually(t, 20*time.Second, "released by the executed proposal", func() bool { return status(t, publisher, res.ID).SharesValid == 2 })
	for _, n := range all {
		if rs := status(t, n, res.ID).Release; rs == nil || rs.Reason != "proposal" || rs.Proposal != id {
			t.Fatalf("release on %s: %+v", n.ID(), rs)
		}
	}
	if _, got := readAll(t, guardians[1], res.ID, refuge.WantPlaintext); !bytes.Equal(got, data) {
		t.Fatal("wrong plaintext after the emergency release")
	}
}

// TestRelayOnce: two relays hear the same gasless ballot twice; it is submitted on chain exactly
// once (one transaction across both relay accounts), and neither relays it again.
func TestRelayOnce(t *testing.T) {
	dc := govChain(t)
	nodes := govMesh(t, dc, 2) // node 0 relays from account 3
	cfg := testConfig(t, t.TempDir(), 0, nodes[0].Host().FullAddrs()[0])
	withChain(&cfg, dc)
	withRelay(t, &cfg, 2)
	second := startNode(t, cfg)
	eventually(t, 20*time.Second, "second relay on the ballots topic", func() bool {
		for _, ts := range second.Gossip().Topics() {
			if ts.Name == p2p.TopicBallots && len(ts.Peers) >= 2 {
				return second.Watcher().Status().Synced
			}
		}
		return false
	})
	ctx := context.Background()
	a, voter := newActor(t, dc, 1), newActor(t, dc, 0)
	d := dc.Deployment()
	relays := []common.Address{nodes[0].Governance().RelayAddress(), second.Governance().RelayAddress()}
	if relays[0] == relays[1] || relays[0] == (common.Address{}) || relays[1] == (common.Address{}) {
		t.Fatalf("relay accounts %v", relays)
	}
	nonces := func() uint64 {
		var sum uint64
		for _, r := range relays {
			n, err := a.c.PendingNonceAt(ctx, r)
			if err != nil {
				t.Fatal(err)
			}
			sum += n
		}
		return sum
	}

	// The regular governor: the emergency one's 5-block vote is shorter than the relays' stagger.
	p, err := d.CharterAmendment(99, sha256.Sum256([]byte("never executed")), "", "relay test")
	if err != nil {
		t.Fatal(err)
	}
	gov := contracts.NewGovernor(p.Governor, a.c)
	if err := a.send("propose", func(ctx context.Context) (common.Hash, error) {
		tx, err := gov.Propose(ctx, a.signer.TransactOpts(d.ChainID), p)
		if err != nil {
			return common.Hash{}, err
		}
		return tx.Hash(), nil
	}); err != nil {
		t.Fatal(err)
	}
	id := chain.ProposalHex(p.ID())
	for _, n := range []*Node{nodes[0], second, nodes[1]} {
		eventually(t, 10*time.Second, "voting open", func() bool { return proposalOn(t, n, id).State == contracts.StateActive })
	}
	before := nonces()
	b, dom, err := contracts.NewGovernor(p.Governor, voter.c).NewBallot(ctx, p.ID(), contracts.SupportFor, voter.signer.Address())
	if err != nil {
		t.Fatal(err)
	}
	sig, err := voter.signer.SignBallot(dom, b)
	if err != nil {
		t.Fatal(err)
	}
	signed := governance.SignedBallot{Governor: p.Governor, ChainID: d.ChainID, Ballot: b, Signature: sig}
	// Handed in twice, through two nodes, before either relay's turn comes.
	for _, n := range []*Node{nodes[1], second} {
		if err := n.Governance().SubmitBallot(ctx, signed); err != nil {
			t.Fatal(err)
		}
	}
	eventually(t, 10*time.Second, "the ballot counted", func() bool {
		ok, err := nodes[1].Watcher().Index().HasVoted(ctx, p.Governor, p.ID(), voter.signer.Address())
		return err == nil && ok
	})
	time.Sleep(2 * time.Second) // past every relay's stagger
	if got := nonces() - before; got != 1 {
		t.Fatalf("%d relay transactions for one ballot, want 1", got)
	}
}
