package node

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/node/narrative"
	"github.com/x0tta6bl4/westworld/p2p"
	"github.com/x0tta6bl4/westworld/storage"
)

// NarrativeConfig configures storylines and reputation (README "Narrative").
// Every node of a mesh must use the same window, witnesses, age_windows,
// half_life and anchors, or their scores differ.
type NarrativeConfig struct {
	Enabled bool `yaml:"enabled"`
	// Window is the uptime attestation window.
	Window string `yaml:"window"`
	// Witnesses is k: distinct established peers that must witness a peer in
	// a window.
	Witnesses int `yaml:"witnesses"`
	// AgeWindows is how many witnessed windows make a peer established (its
	// own attestations count only from then on).
	AgeWindows int `yaml:"age_windows"`
	// HalfLife is the decay of every contribution.
	HalfLife string `yaml:"half_life"`
	// Anchors are the peer IDs trust starts from; empty: the bootstrap
	// peers (or this node, when it has none).
	Anchors []string `yaml:"anchors"`
	// AppScoreWeight is the most reputation adds to a peer's gossipsub score
	// (0..20; 0 turns the feedback off).
	AppScoreWeight float64 `yaml:"app_score_weight"`
	// Tick is how often the node sends its heartbeat and recomputes scores.
	Tick string `yaml:"tick"`
	// SyncInterval is how often the node pulls evidence from a few peers
	// (what gossip lost, or said while this node was away).
	SyncInterval string `yaml:"sync_interval"`
	// Storylines are storyline files offered besides the default one
	// (relative to the home).
	Storylines []string `yaml:"storylines"`
}

func defaultNarrativeConfig() NarrativeConfig {
	return NarrativeConfig{Enabled: true, Window: "1h", Witnesses: 3, AgeWindows: 24, HalfLife: "720h",
		Anchors: []string{}, AppScoreWeight: 5, Tick: "1m", SyncInterval: "10m", Storylines: []string{}}
}

func (c NarrativeConfig) validate(fail func(path, format string, args ...any) error) error {
	for _, d := range []struct {
		path, val string
		lo, hi    time.Duration
	}{
		{"narrative.window", c.Window, time.Minute, 24 * time.Hour},
		{"narrative.half_life", c.HalfLife, time.Hour, 365 * 24 * time.Hour},
		{"narrative.tick", c.Tick, 10 * time.Millisecond, 10 * time.Minute},
		{"narrative.sync_interval", c.SyncInterval, 100 * time.Millisecond, 24 * time.Hour},
	} {
		v, err := time.ParseDuration(d.val)
		if err != nil {
			return fail(d.path, "%s: %q is not a duration (examples: 1h, 720h)", d.path, d.val)
		}
		if v < d.lo || v > d.hi {
			return fail(d.path, "%s: %s is outside %s..%s", d.path, v, d.lo, d.hi)
		}
	}
	if c.Witnesses < 1 || c.Witnesses > 64 {
		return fail("narrative.witnesses", "narrative.witnesses %d is outside 1..64", c.Witnesses)
	}
	if c.AgeWindows < 1 || c.AgeWindows > 10000 {
		return fail("narrative.age_windows", "narrative.age_windows %d is outside 1..10000", c.AgeWindows)
	}
	if c.AppScoreWeight < 0 || c.AppScoreWeight > 20 {
		return fail("narrative.app_score_weight", "narrative.app_score_weight %v is outside 0..20", c.AppScoreWeight)
	}
	for i, a := range c.Anchors {
		if _, err := peer.Decode(a); err != nil {
			return fail(fmt.Sprintf("narrative.anchors[%d]", i), "narrative.anchors: %q is not a peer ID: %v", a, err)
		}
	}
	for i, s := range c.Storylines {
		if strings.TrimSpace(s) == "" {
			return fail(fmt.Sprintf("narrative.storylines[%d]", i), "narrative.storylines: empty path")
		}
	}
	return nil
}

const narrativeConfigTemplate = `
narrative:
  # Storylines and reputation earned from contributions other nodes or the
  # chain verify (README "Narrative").
  enabled: {{.Narrative.Enabled}}
  # Uptime is attested per window by peers connected to this node. The
  # window, witnesses, age_windows, half_life and anchors must be the same on
  # every node of the mesh, or scores differ.
  window: {{.Narrative.Window}}
  # k: distinct established peers that must witness a node in a window.
  witnesses: {{.Narrative.Witnesses}}
  # Witnessed windows before a node's own attestations count.
  age_windows: {{.Narrative.AgeWindows}}
  half_life: {{.Narrative.HalfLife}}
  # Peer IDs trust spreads from; empty: the bootstrap peers.
  anchors:{{list .Narrative.Anchors}}
  # The most reputation adds to a peer's gossipsub score (0 turns it off).
  app_score_weight: {{.Narrative.AppScoreWeight}}
  # How often this node sends its heartbeat and recomputes scores.
  tick: {{.Narrative.Tick}}
  # How often to pull evidence from a few peers (what gossip lost, or what
  # was said while this node was away).
  sync_interval: {{.Narrative.SyncInterval}}
  # Storyline files offered besides the default one (relative to the home).
  storylines:{{list .Narrative.Storylines}}
`

// Narrative is the narrative service (after Start; nil when disabled).
func (n *Node) Narrative() *narrative.Service { return n.narrative.Load() }

// appScore is the application-specific part of gossipsub peer scores. The
// gossip router calls it from its start, before the narrative runs: until
// then (and when narrative is off) it is 0.
func (n *Node) appScore(p peer.ID) float64 {
	if s := n.narrative.Load(); s != nil {
		return s.AppScore(p)
	}
	return 0
}

// Reputation is a peer's reputation (0 when narrative is off). It is meant
// as an optional criterion for cradle cohorts and guardian eligibility; no
// component uses it by default, since that would change who holds shares.
func (n *Node) Reputation(p peer.ID) float64 {
	if s := n.narrative.Load(); s != nil {
		return s.Result().Score(p).Total
	}
	return 0
}

func (n *Node) narrativeParams() (narrative.Params, error) {
	c := n.cfg.Narrative
	p := narrative.DefaultParams()
	p.Window = mustDuration(c.Window)
	p.K = c.Witnesses
	p.AgeWindows = c.AgeWindows
	p.HalfLife = mustDuration(c.HalfLife)
	for _, a := range c.Anchors {
		id, err := peer.Decode(a)
		if err != nil {
			return p, fmt.Errorf("narrative anchor %q: %w", a, err)
		}
		p.Anchors = append(p.Anchors, id)
	}
	if len(p.Anchors) == 0 {
		for _, s := range n.cfg.P2P.Bootstrap {
			ai, err := p2p.ParsePeerAddr(s)
			if err != nil {
				return p, err
			}
			p.Anchors = append(p.Anchors, ai.ID)
		}
	}
	if len(p.Anchors) == 0 {
		p.Anchors = []peer.ID{n.ID()}
	}
	return p, nil
}

// startNarrative starts storylines and reputation: the topic validator, the
// heartbeat and attestation loop, and the sources that vouch for votes (the
// chain watcher) and refuge duty.
func (n *Node) startNarrative(ctx context.Context) error {
	if !n.cfg.Narrative.Enabled {
		// The topic is joined anyway (p2p.Topics): a node that does not check
		// evidence must not forward it either.
		return n.gossip.SetValidator(p2p.TopicNarrative, func(context.Context, *pubsub.Message) error {
			return fmt.Errorf("%w: narrative is disabled here", p2p.ErrIgnore)
		})
	}
	params, err := n.narrativeParams()
	if err != nil {
		return err
	}
	policy := func() narrative.Policy { return n.Charter() }
	def, err := narrative.DefaultStoryline(n.Charter())
	if err != nil {
		return err
	}
	storylines := []*narrative.Storyline{def}
	for _, f := range n.cfg.Narrative.Storylines {
		if !filepath.IsAbs(f) {
			f = filepath.Join(n.cfg.Home, f)
		}
		s, err := narrative.LoadStoryline(f, n.Charter())
		if err != nil {
			return err
		}
		storylines = append(storylines, s)
	}
	var sources []narrative.Source
	var verify narrative.VoteVerifier
	var verifyCradle narrative.CradleVerifier
	if n.watcher != nil {
		vs := &voteSource{n: n}
		sources = append(sources, vs)
		verify = vs.verify
		verifyCradle = narrative.ChainCradleVerifier(n.watcher.Index(), n.cohortMember)
	}
	var manifests narrative.Manifests
	if n.refuge != nil {
		sources = append(sources, refugeSource{n})
		manifests = n.refuge.Manifest
	}
	tick := mustDuration(n.cfg.Narrative.Tick)
	svc, err := narrative.New(narrative.Config{
		Params:     params,
		Charter:    policy,
		Storylines: storylines,
		Tick:       tick,
		ScanEvery:  max(tick, min(time.Minute, 5*tick)),
		AppWeight:  n.cfg.Narrative.AppScoreWeight,
		Connected: func(p peer.ID) bool {
			return n.host.Network().Connectedness(p) == network.Connected
		},
		// The gossipsub score includes reputation itself (P5): without it,
		// reputation would feed its own gossip evidence.
		GossipScore:  func(p peer.ID) float64 { return n.gossip.Score(p) - n.appScore(p) },
		VerifyVote:   verify,
		VerifyCradle: verifyCradle,
		Manifests:    manifests,
		Sources:      sources,
		Host:         n.host.Host,
		SyncEvery:    mustDuration(n.cfg.Narrative.SyncInterval),
		Now:          n.now,
		Logger:       n.log,
		Registerer:   n.reg,
	}, n.key, n.gossip, n.store.Namespace(storage.PrefixNarrative))
	if err != nil {
		return err
	}
	if err := svc.Start(ctx); err != nil {
		return err
	}
	n.onClose("narrative", svc.Close)
	n.narrative.Store(svc)
	if n.watcher != nil {
		// Votes are attested when the watcher indexes them, not a scan later.
		wctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
		events := n.watcher.Subscribe(wctx, 64)
		done := make(chan struct{})
		go func() {
			defer close(done)
			for ev := range events {
				if ev.Kind == "VoteCast" || ev.Missed > 0 {
					svc.Kick()
				}
			}
		}()
		n.onClose("narrative votes", func() error { cancel(); <-done; return nil })
	}
	n.addStatus("narrative", func(context.Context) any {
		r := svc.Result()
		self := r.Score(n.ID())
		return map[string]any{
			"score": round2(self.Total), "established": self.Established, "peers_scored": len(r.Scores),
			"established_peers": len(r.Established), "evidence": svc.Stats(), "rejected": svc.Rejected(),
			"anchors": len(params.Anchors), "window": params.Window.String(),
		}
	})
	return nil
}

func round2(f float64) float64 { return float64(int64(f*100+0.5)) / 100 }

// voteSource vouches for the votes of peers whose bound wallets voted, as
// this node's chain watcher indexed them.
type voteSource struct{ n *Node }

func (voteSource) Name() string { return "votes" }

func (v *voteSource) Scan(ctx context.Context, now time.Time) ([]narrative.Evidence, error) {
	svc := v.n.narrative.Load()
	if svc == nil {
		return nil, nil
	}
	idx := v.n.watcher.Index()
	var out []narrative.Evidence
	for addr, p := range svc.Result().Wallets {
		votes, err := idx.VotesBy(ctx, common.HexToAddress(addr))
		if err != nil {
			return out, fmt.Errorf("votes by %s: %w", addr, err)
		}
		for _, vt := range votes {
			out = append(out, narrative.Evidence{Kind: narrative.KindVote, Subject: p, Time: now,
				Ref: voteRef(vt.Governor, vt.ProposalID.String()), Proof: narrative.VoteProof(vt.Voter, vt.At.Tx)})
		}
	}
	return out, nil
}

// voteRef names a proposal on one governor.
func voteRef(g common.Address, id string) string { return strings.ToLower(g.Hex()) + ":" + id }

// verify checks a vote item against this node's index: the voter voted on
// the proposal in that transaction.
func (v *voteSource) verify(ctx context.Context, voter [20]byte, ref string, tx [32]byte) (bool, error) {
	votes, err := v.n.watcher.Index().VotesBy(ctx, common.Address(voter))
	if err != nil {
		return false, err
	}
	for _, vt := range votes {
		if voteRef(vt.Governor, vt.ProposalID.String()) == ref && vt.At.Tx == common.Hash(tx) {
			return true, nil
		}
	}
	return false, nil
}

// refugeSource vouches for refuge duty this node saw verified: replicas that
// acknowledged pinning its publishes, guardians that acknowledged (and
// released) their shares. Each item carries the subject's own signed
// acknowledgement, so every node can check it against the manifest.
type refugeSource struct{ n *Node }

func (refugeSource) Name() string { return "refuge" }

func (r refugeSource) Scan(ctx context.Context, now time.Time) ([]narrative.Evidence, error) {
	var out []narrative.Evidence
	for _, sum := range r.n.refuge.List() {
		if sum.Acks == 0 && sum.ReplicasAckd == 0 && !sum.Released {
			continue
		}
		for _, a := range r.n.refuge.PinAcks(sum.ID) {
			proof, err := narrative.PinProof(a)
			if err != nil {
				return out, err
			}
			out = append(out, narrative.Evidence{Kind: narrative.KindRefugePin, Subject: peer.ID(a.Replica),
				Time: time.UnixMilli(a.TimeUnixMs), Ref: sum.ID, Amount: int64(a.CiphertextSize), Proof: proof})
		}
		if sum.Acks == 0 && !sum.Released {
			continue
		}
		m, err := r.n.refuge.Manifest(ctx, sum.ID)
		if err != nil {
			return out, err
		}
		guardian := func(i uint32) (peer.ID, bool) {
			if int(i) >= len(m.Guardians) {
				return "", false
			}
			return m.Guardians[i].PeerID, true
		}
		for _, a := range r.n.refuge.GuardianAcks(sum.ID) {
			id, ok := guardian(a.Index)
			proof, err := narrative.GuardianAckProof(a)
			if !ok || err != nil {
				continue
			}
			out = append(out, narrative.Evidence{Kind: narrative.KindGuardian, Subject: id,
				Time: time.UnixMilli(a.TimeUnixMs), Ref: sum.ID, Amount: narrative.GuardianAcked, Proof: proof})
		}
		if !sum.Released {
			continue
		}
		for _, sh := range r.n.refuge.ReleasedShares(sum.ID) {
			id, ok := guardian(sh.Index)
			proof, err := narrative.ReleaseProof(sh)
			if !ok || err != nil {
				continue
			}
			out = append(out, narrative.Evidence{Kind: narrative.KindGuardian, Subject: id,
				Time: time.UnixMilli(sh.TimeUnixMs), Ref: sum.ID, Amount: narrative.GuardianReleased, Proof: proof})
		}
	}
	return out, nil
}

// RolloutStageCompleted records that a rollout stage this node took part in
// completed (its gate held): as a cohort member, the node signs KindCradle
// evidence about itself, which every node with a chain checks against the
// experiment registry. The rollout engine calls it; it does nothing for a
// node outside the cohort or without narrative.
func (n *Node) RolloutStageCompleted(ctx context.Context, experiment common.Hash, stage int, member bool) error {
	svc := n.narrative.Load()
	if svc == nil || !member {
		return nil
	}
	e := narrative.Evidence{Kind: narrative.KindCradle, Subject: n.ID(), Time: n.now(),
		Ref: narrative.CradleRef(experiment, stage)}
	if err := e.Sign(n.key); err != nil {
		return err
	}
	if err := svc.Submit(ctx, []narrative.Evidence{e}); err != nil {
		return fmt.Errorf("cradle evidence for %s: %w", e.Ref, err)
	}
	return nil
}

// narrativeRoutes are the narrative API routes.
func (n *Node) narrativeRoutes() []api.Route {
	return []api.Route{
		{Method: "GET", Path: "/v1/narrative/quests", Op: "narrative:read", Handle: n.handleQuests},
		{Method: "GET", Path: "/v1/narrative/reputation", Op: "narrative:read", Handle: n.handleReputation},
		{Method: "GET", Path: "/v1/narrative/leaderboard", Op: "narrative:read", Handle: n.handleLeaderboard},
		{Method: "POST", Path: "/v1/narrative/wallet", Op: "narrative:write", Handle: n.handleBindWallet},
	}
}

// ErrNarrativeOff is returned by narrative routes when narrative is disabled.
var ErrNarrativeOff = errors.New("narrative is disabled (narrative.enabled in config.yaml)")

func (n *Node) narrativeOrErr() (*narrative.Service, error) {
	s := n.narrative.Load()
	if s == nil {
		return nil, api.Errorf(http.StatusNotFound, "%v", ErrNarrativeOff)
	}
	return s, nil
}

func (n *Node) peerParam(r *http.Request) (peer.ID, error) {
	v := r.URL.Query().Get("peer")
	if v == "" {
		return n.ID(), nil
	}
	id, err := peer.Decode(v)
	if err != nil {
		return "", api.Errorf(http.StatusBadRequest, "peer %q: %v", v, err)
	}
	return id, nil
}

func (n *Node) handleQuests(w http.ResponseWriter, r *http.Request) error {
	s, err := n.narrativeOrErr()
	if err != nil {
		return err
	}
	p, err := n.peerParam(r)
	if err != nil {
		return err
	}
	return api.WriteJSON(w, http.StatusOK, narrative.QuestsReport{Peer: p.String(), Storylines: s.Quests(p)})
}

func (n *Node) handleReputation(w http.ResponseWriter, r *http.Request) error {
	s, err := n.narrativeOrErr()
	if err != nil {
		return err
	}
	p, err := n.peerParam(r)
	if err != nil {
		return err
	}
	return api.WriteJSON(w, http.StatusOK, s.Report(p, 50))
}

func (n *Node) handleLeaderboard(w http.ResponseWriter, r *http.Request) error {
	s, err := n.narrativeOrErr()
	if err != nil {
		return err
	}
	top := 10
	if v := r.URL.Query().Get("top"); v != "" {
		t, err := strconv.Atoi(v)
		if err != nil || t < 1 || t > 10000 {
			return api.Errorf(http.StatusBadRequest, "top %q: want 1..10000", v)
		}
		top = t
	}
	return api.WriteJSON(w, http.StatusOK, s.Leaderboard(top))
}

// BindWalletRequest binds a wallet to this node: the wallet's EIP-191
// signature of narrative.BindingMessage(node's peer ID).
type BindWalletRequest struct {
	Address   string `json:"address"`
	Signature string `json:"signature"` // 0x-hex, 65 bytes
}

func (n *Node) handleBindWallet(w http.ResponseWriter, r *http.Request) error {
	s, err := n.narrativeOrErr()
	if err != nil {
		return err
	}
	var req BindWalletRequest
	if err := api.ReadJSON(r, &req); err != nil {
		return err
	}
	if !common.IsHexAddress(req.Address) {
		return api.Errorf(http.StatusBadRequest, "address %q is not an Ethereum address", req.Address)
	}
	sig := common.FromHex(req.Signature)
	if len(sig) != 65 {
		return api.Errorf(http.StatusBadRequest, "signature is %d bytes, want 65", len(sig))
	}
	e, err := s.BindWallet(r.Context(), common.HexToAddress(req.Address), sig)
	if err != nil {
		if errors.Is(err, narrative.ErrRejected) {
			return api.Errorf(http.StatusBadRequest, "%v", err)
		}
		return err
	}
	return api.WriteJSON(w, http.StatusOK, narrative.ViewOf(&e))
}

// cohortChecker is what a rollout engine offers to check a peer's claim to a stage.
type cohortChecker interface {
	CohortMember(ctx context.Context, experiment common.Hash, stage int, p peer.ID) (bool, error)
}

// cohortMember answers cradle evidence checks from the rollout engine's approved specs.
func (n *Node) cohortMember(ctx context.Context, experiment common.Hash, stage int, p peer.ID) (bool, error) {
	cc, ok := n.rollout.engine.(cohortChecker)
	if !ok {
		return false, errors.New("this node runs no rollout engine")
	}
	return cc.CohortMember(ctx, experiment, stage, p)
}
