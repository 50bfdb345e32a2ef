package governance

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node/charter"
	"github.com/x0tta6bl4/westworld/node/enforce"
	"github.com/x0tta6bl4/westworld/p2p"
	"github.com/x0tta6bl4/westworld/storage"
)

// Sentinel errors callers (the API, the CLI) branch on.
var (
	// ErrNoChain means the node follows no chain, so it cannot judge chain facts.
	ErrNoChain = errors.New("this node follows no chain")
	// ErrUnknownCharterHash means a charter announcement's hash is neither adopted by the
	// CharterRegistry nor proposed in a charter amendment.
	ErrUnknownCharterHash = errors.New("charter hash is not on chain")
	// ErrVotingClosed means a ballot's proposal is not in its voting period.
	ErrVotingClosed = errors.New("voting is not open for this proposal")
	// ErrAlreadyVoted means the voter has a vote on the proposal.
	ErrAlreadyVoted = errors.New("already voted")
	// ErrNoVotingPower means the voter had no delegated votes at the proposal's snapshot.
	ErrNoVotingPower = errors.New("no voting power at the proposal's snapshot (delegate first: westworld delegate)")
	// ErrStaleNonce means a ballot was signed with another nonce than the governor's.
	ErrStaleNonce = errors.New("ballot nonce is not the governor's nonce for the voter")
	// ErrNotOurChain means a message names another chain or governor than the deployment's.
	ErrNotOurChain = errors.New("not this deployment's chain or governor")
	// ErrLie means a gossiped proposal state contradicts this node's index.
	ErrLie = errors.New("proposal state contradicts the chain")
)

// Chain is what the service reads from the chain: the watcher and its index.
type Chain interface {
	Subscribe(ctx context.Context, buffer int) <-chan chain.Event
	Index() *chain.Index
	Status() chain.Status
	WaitIndexed(ctx context.Context, block uint64) error
}

// Gossip is the part of p2p.Gossip the service uses.
type Gossip interface {
	SetValidator(topic string, v p2p.Validator) error
	Handle(topic string, fn p2p.Handler) error
	Publish(ctx context.Context, topic string, data []byte, minPeers int) error
}

// Enforcer applies and lifts penalties decided on chain.
type Enforcer interface {
	Apply(ctx context.Context, p enforce.Penalty) error
	Lift(ctx context.Context, t enforce.Target) error
}

// Config configures the service.
type Config struct {
	// Self is this node's peer ID (its own gossip is trusted as far as it came from here).
	Self peer.ID
	// Deployment is the contract set followed; nil without a chain.
	Deployment *contracts.Deployment
	// RPC is the JSON-RPC endpoint the relay and the ballot checks call ("" without a chain).
	RPC string
	// Relay, when set, makes this node a gasless-ballot relay paying gas from this account.
	Relay *chain.Signer
	// ValidateWait bounds how long a validator waits for the index to catch up with a message
	// that names a block or proposal it has not indexed yet (default 3 s).
	ValidateWait time.Duration
	// RelayStagger spreads the relays' submissions of one ballot so the first one's VoteCast
	// stops the others (default 1.5 s; each relay waits a fraction derived from its address).
	RelayStagger time.Duration
	// Now is the clock (default time.Now).
	Now    func() time.Time
	Logger *slog.Logger
}

// Deps are the components the service drives.
type Deps struct {
	// Chain is the watcher; nil when the node follows no chain.
	Chain Chain
	// Gossip carries the three governance topics.
	Gossip Gossip
	// Store is the PrefixGovernance namespace (the service keeps its keys under "gv/").
	Store *storage.Namespace
	// Activate makes a charter the active one; Active reads it.
	Activate func(c *charter.Charter, source string) error
	Active   func() *charter.Charter
	// Release releases a refuge manifest for an executed emergency proposal (nil: no refuge).
	Release func(ctx context.Context, manifestID, proposalID string) error
	// Enforcer applies suspensions decided on chain (nil: none).
	Enforcer Enforcer
	// Guardians receives the GuardianRegistry's set each time a new epoch is executed (nil: the
	// node has nothing to update; refuge has no setter yet).
	Guardians func(ctx context.Context, set chain.GuardianSet) error
	// Fetch reads a document from IPFS by CID (nil: cached documents only).
	Fetch func(ctx context.Context, cid string) ([]byte, error)
}

// Service binds the node to the chain's decisions; see the package doc.
type Service struct {
	cfg Config
	d   Deps
	log *slog.Logger

	clientMu sync.Mutex
	client   *chain.Client

	mu sync.Mutex
	// guardianEpoch is the GuardianRegistry epoch handed to Deps.Guardians (guardianApplied: any).
	guardianEpoch   uint64
	guardianApplied bool
	// proposed maps the document hash of every charter amendment the index knows to its
	// proposal; rebuilt from the index at start and grown from ProposalCreated events.
	proposed map[common.Hash]proposedCharter
	// activations counts charter activations (tests, status).
	activations int
	// fetching holds the charter hashes being read from IPFS.
	fetching map[common.Hash]bool

	relayQ chan SignedBallot
	sendMu sync.Mutex // one relay transaction at a time
	kick   chan struct{}
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	closed sync.Once
}

type proposedCharter struct {
	version  uint64
	cid      string
	proposal *big.Int
}

// New checks the config and deps; Start registers the validators and starts the loops.
func New(cfg Config, d Deps) (*Service, error) {
	if d.Gossip == nil || d.Store == nil || d.Activate == nil || d.Active == nil {
		return nil, errors.New("governance: gossip, store and charter activation are required")
	}
	if d.Chain != nil && cfg.Deployment == nil {
		return nil, errors.New("governance: a chain without a deployment")
	}
	if cfg.ValidateWait <= 0 {
		cfg.ValidateWait = 3 * time.Second
	}
	if cfg.RelayStagger <= 0 {
		cfg.RelayStagger = 1500 * time.Millisecond
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s := &Service{cfg: cfg, d: d, log: cfg.Logger.With("component", "governance"),
		proposed: map[common.Hash]proposedCharter{}, fetching: map[common.Hash]bool{}, relayQ: make(chan SignedBallot, 256), kick: make(chan struct{}, 1)}
	return s, nil
}

// RelayAddress is the relay's account, or the zero address when this node does not relay.
func (s *Service) RelayAddress() common.Address {
	if s.cfg.Relay == nil {
		return common.Address{}
	}
	return s.cfg.Relay.Address()
}

// HasChain reports whether the node follows a chain.
func (s *Service) HasChain() bool { return s.d.Chain != nil }

// Activations is how many charters the service has activated since it started.
func (s *Service) Activations() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.activations
}

// Start installs the three topic validators and handlers, then follows the watcher.
func (s *Service) Start(ctx context.Context) error {
	s.ctx, s.cancel = context.WithCancel(context.WithoutCancel(ctx))
	for _, t := range []struct {
		topic string
		v     p2p.Validator
		h     p2p.Handler
	}{
		{p2p.TopicCharter, s.validateCharter, s.handleCharter},
		{p2p.TopicProposals, s.validateProposal, s.handleProposal},
		{p2p.TopicBallots, s.validateBallot, s.handleBallot},
	} {
		if err := s.d.Gossip.SetValidator(t.topic, t.v); err != nil {
			return fmt.Errorf("governance: validator for %s: %w", t.topic, err)
		}
		if err := s.d.Gossip.Handle(t.topic, t.h); err != nil {
			return fmt.Errorf("governance: handler for %s: %w", t.topic, err)
		}
	}
	if s.d.Chain == nil {
		return nil
	}
	events := s.d.Chain.Subscribe(s.ctx, 1024)
	if err := s.loadProposed(s.ctx); err != nil {
		s.log.Warn("read charter amendments from the index", "err", err)
	}
	s.wg.Add(2)
	go s.follow(events)
	go s.relayLoop()
	return nil
}

// Close stops the loops. Validators installed on gossip stay until gossip closes (the node
// closes gossip after this service); they only read the index.
func (s *Service) Close() error {
	s.closed.Do(func() {
		if s.cancel != nil {
			s.cancel()
		}
		s.wg.Wait()
		s.clientMu.Lock()
		if s.client != nil {
			s.client.Close()
			s.client = nil
		}
		s.clientMu.Unlock()
	})
	return nil
}

// liveWindow is how many blocks behind the head an event may be and still count as news: older
// ones are history the watcher is catching up on.
const liveWindow = 32

// follow reacts to indexed events: it publishes proposal state, activates executed charters,
// releases manifests and applies suspensions. It reconciles with the index at start and
// whenever events were dropped, so nothing depends on having seen a particular event.
func (s *Service) follow(events <-chan chain.Event) {
	defer s.wg.Done()
	s.reconcile(s.ctx)
	pending := map[string]*big.Int{}
	flush := time.NewTimer(time.Hour)
	flush.Stop()
	// While the watcher catches up on history, decisions are applied once, at the end (the
	// index then holds the latest), and history is not gossiped as news.
	catchUp := time.NewTicker(250 * time.Millisecond)
	defer catchUp.Stop()
	behind := false
	for {
		select {
		case <-s.ctx.Done():
			return
		case <-catchUp.C:
			if behind && s.d.Chain.Status().Synced {
				behind = false
				s.loadProposed(s.ctx) //nolint:errcheck // judged again on the next event
				s.reconcile(s.ctx)
			}
		case ev, ok := <-events:
			if !ok {
				return
			}
			if ev.Missed > 0 {
				s.log.Debug("missed chain events; reconciling with the index", "missed", ev.Missed)
				s.loadProposed(s.ctx) //nolint:errcheck // logged inside on failure next time
				s.reconcile(s.ctx)
			}
			if st := s.d.Chain.Status(); st.Head > ev.At.Block+liveWindow {
				behind = true
				if e, ok := ev.Data.(*contracts.ProposalCreated); ok && !ev.Removed {
					s.noteCharterProposal(e.ProposalID, e.Targets, e.Calldatas)
				}
				continue
			}
			s.onEvent(s.ctx, ev)
			if ev.ProposalID != nil && !ev.Removed {
				if len(pending) == 0 {
					flush.Reset(50 * time.Millisecond) // coalesce one batch's events per proposal
				}
				pending[ev.ProposalID.String()] = ev.ProposalID
			}
		case <-flush.C:
			for k, id := range pending {
				s.publishProposal(s.ctx, id)
				delete(pending, k)
			}
		case <-s.kick:
			s.reconcile(s.ctx)
		}
	}
}

func (s *Service) onEvent(ctx context.Context, ev chain.Event) {
	if ev.Removed {
		s.log.Warn("chain event undone by a reorg", "kind", ev.Kind, "block", ev.At.Block)
		return
	}
	switch e := ev.Data.(type) {
	case *contracts.ProposalCreated:
		s.noteProposal(ctx, e)
	case *contracts.ProposalExecuted:
		s.reannounce(ctx, e.ProposalID)
	case *contracts.CharterAmended:
		s.reconcileCharter(ctx)
	case *contracts.ManifestReleased:
		s.reconcileManifests(ctx)
	case *contracts.PeerSuspended, *contracts.PeerLifted:
		s.reconcileSuspensions(ctx)
	case *contracts.GuardianSetUpdated:
		s.reconcileGuardians(ctx)
	}
}

// reconcile brings the node in line with the index: the charter in force, released manifests
// and suspensions. Every step is idempotent (markers in Badger), so a restart repeats nothing.
func (s *Service) reconcile(ctx context.Context) {
	s.reconcileCharter(ctx)
	s.reconcileManifests(ctx)
	s.reconcileSuspensions(ctx)
	s.reconcileGuardians(ctx)
}

// executedBy finds the executed proposal whose execution transaction is tx.
func (s *Service) executedBy(ctx context.Context, tx common.Hash) string {
	ps, err := s.d.Chain.Index().Proposals(ctx, chain.ListOptions{States: []contracts.ProposalState{contracts.StateExecuted}})
	if err != nil {
		return ""
	}
	for _, p := range ps {
		if p.Executed != nil && p.Executed.Tx == tx {
			return p.IDHex
		}
	}
	return ""
}

// dial returns the RPC client, dialling on first use.
func (s *Service) dial(ctx context.Context) (*chain.Client, error) {
	s.clientMu.Lock()
	defer s.clientMu.Unlock()
	if s.client != nil {
		return s.client, nil
	}
	if s.ctx != nil && s.ctx.Err() != nil {
		return nil, errors.New("governance service closed")
	}
	if s.cfg.RPC == "" {
		return nil, ErrNoChain
	}
	c, err := chain.Dial(ctx, s.cfg.RPC, chain.WithDeployment(s.cfg.Deployment), chain.WithDialTimeout(5*time.Second))
	if err != nil {
		return nil, err
	}
	s.client = c
	return c, nil
}

// isLocal reports whether a message was published by this node.
func (s *Service) isLocal(msg *pubsub.Message) bool {
	return msg.ReceivedFrom == s.cfg.Self
}

func ignore(format string, args ...any) error {
	return fmt.Errorf("%w: %s", p2p.ErrIgnore, fmt.Sprintf(format, args...))
}
