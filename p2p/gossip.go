package p2p

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
	drouting "github.com/libp2p/go-libp2p/p2p/discovery/routing"
	"github.com/prometheus/client_golang/prometheus"
)

// ErrIgnore, wrapped by a Validator's error, drops a message without
// penalising its sender (for messages that are stale rather than wrong).
var ErrIgnore = errors.New("ignored")

// ErrUnknownTopic is returned for a topic name that is not a westworld topic.
var ErrUnknownTopic = errors.New("not a westworld topic (want westworld/<name>/<version>)")

// ErrTooLarge is returned when a message exceeds its topic's size cap.
var ErrTooLarge = errors.New("message exceeds the topic's size limit")

// Validator checks one message before it is delivered or forwarded. A nil
// error accepts it; an error wrapping ErrIgnore drops it quietly; any other
// error rejects it, and the sender's peer score pays. Validators may leave
// a decoded form in msg.ValidatorData for handlers.
type Validator func(ctx context.Context, msg *pubsub.Message) error

// Handler receives every accepted message on a topic, our own included.
type Handler func(msg *pubsub.Message)

// GossipConfig configures gossipsub.
type GossipConfig struct {
	D, DLow, DHigh int
	Heartbeat      time.Duration
	MaxMessageSize int
	FloodPublish   bool
	Topics         []TopicSpec
	// AppScore is the application-specific part of peer scores; nil is 0.
	AppScore func(peer.ID) float64
	// Discovery finds topic peers through the DHT when set.
	Discovery bool
	// Admit, when set, decides before any validator whether messages from a
	// peer are accepted at all (enforcement: suspended or rate-limited
	// peers). It is asked about the author and the peer that forwarded it.
	Admit func(peer.ID) bool
}

// Gossip is gossipsub with the node's topics, validators and handlers.
type Gossip struct {
	cfg GossipConfig
	h   *Host
	log *slog.Logger

	ps     *pubsub.PubSub
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu     sync.RWMutex
	topics map[string]*topic

	scoresMu sync.RWMutex
	scores   map[peer.ID]float64

	metrics gossipMetrics
}

type topic struct {
	spec      TopicSpec
	t         *pubsub.Topic
	sub       *pubsub.Subscription
	validator atomic.Pointer[Validator]

	mu       sync.RWMutex
	handlers []Handler
	tails    map[*Subscription]struct{}
}

type gossipMetrics struct {
	validated *prometheus.CounterVec
	published *prometheus.CounterVec
	dropped   *prometheus.CounterVec
	peers     *prometheus.GaugeVec
}

// NewGossip prepares gossipsub on h; Start creates the router and joins the
// topics.
func NewGossip(cfg GossipConfig, h *Host, reg prometheus.Registerer, log *slog.Logger) (*Gossip, error) {
	if log == nil {
		log = slog.Default()
	}
	if cfg.Topics == nil {
		cfg.Topics = Topics
	}
	if cfg.MaxMessageSize == 0 {
		cfg.MaxMessageSize = 1 << 20
	}
	g := &Gossip{
		cfg:    cfg,
		h:      h,
		log:    log.With("component", "gossip"),
		topics: map[string]*topic{},
		scores: map[peer.ID]float64{},
		metrics: gossipMetrics{
			validated: prometheus.NewCounterVec(prometheus.CounterOpts{
				Name: "westworld_gossip_validated_total",
				Help: "Gossip messages validated, by topic and result (accept, reject, ignore).",
			}, []string{"topic", "result"}),
			published: prometheus.NewCounterVec(prometheus.CounterOpts{
				Name: "westworld_gossip_published_total",
				Help: "Gossip messages this node published, by topic.",
			}, []string{"topic"}),
			dropped: prometheus.NewCounterVec(prometheus.CounterOpts{
				Name: "westworld_gossip_tail_dropped_total",
				Help: "Messages not given to a slow local subscriber, by topic.",
			}, []string{"topic"}),
			peers: prometheus.NewGaugeVec(prometheus.GaugeOpts{
				Name: "westworld_gossip_topic_peers",
				Help: "Peers subscribed to each topic.",
			}, []string{"topic"}),
		},
	}
	for _, t := range cfg.Topics {
		if !ValidTopic(t.Name) {
			return nil, fmt.Errorf("topic %q: %w", t.Name, ErrUnknownTopic)
		}
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{g.metrics.validated, g.metrics.published, g.metrics.dropped, g.metrics.peers} {
			if err := reg.Register(c); err != nil {
				return nil, fmt.Errorf("register gossip metrics: %w", err)
			}
		}
	}
	return g, nil
}

// Start creates the gossipsub router and joins and subscribes every
// configured topic, so the node relays them from the first heartbeat.
func (g *Gossip) Start(ctx context.Context) error {
	g.ctx, g.cancel = context.WithCancel(context.WithoutCancel(ctx))
	params := pubsub.DefaultGossipSubParams()
	params.D, params.Dlo, params.Dhi = g.cfg.D, g.cfg.DLow, g.cfg.DHigh
	params.Dscore = min(params.Dscore, g.cfg.DLow)
	params.Dout = min(params.Dout, g.cfg.DLow/2)
	params.HeartbeatInterval = g.cfg.Heartbeat
	app := g.cfg.AppScore
	if app == nil {
		app = func(peer.ID) float64 { return 0 }
	}
	sp, th := scoreParams(g.cfg.Topics, app)
	opts := []pubsub.Option{
		pubsub.WithGossipSubParams(params),
		pubsub.WithMessageSignaturePolicy(pubsub.StrictSign),
		pubsub.WithPeerScore(sp, th),
		pubsub.WithPeerScoreInspect(g.inspectScores, time.Second),
		pubsub.WithMaxMessageSize(g.cfg.MaxMessageSize),
		pubsub.WithFloodPublish(g.cfg.FloodPublish),
		pubsub.WithPeerExchange(true),
		// Bursts (a relay's ballots, an experiment's probes) overflow the
		// default 32-message queues and are dropped silently; 256 absorbs them.
		pubsub.WithPeerOutboundQueueSize(256),
		pubsub.WithValidateQueueSize(256),
		pubsub.WithSubscriptionFilter(pubsub.WrapLimitSubscriptionFilter(
			pubsub.NewRegexpSubscriptionFilter(topicName), 64)),
		pubsub.WithLogger(slog.New(demoteHandler{g.log.Handler()})),
	}
	if g.cfg.Discovery && g.h.DHT() != nil {
		opts = append(opts, pubsub.WithDiscovery(drouting.NewRoutingDiscovery(g.h.DHT())))
	}
	ps, err := pubsub.NewGossipSub(g.ctx, g.h.Host, opts...)
	if err != nil {
		return fmt.Errorf("start gossipsub: %w", err)
	}
	g.ps = ps
	for _, spec := range g.cfg.Topics {
		if _, err := g.join(spec); err != nil {
			g.Close()
			return err
		}
	}
	g.wg.Add(1)
	go g.watchTopicPeers()
	return nil
}

// Close leaves every topic and stops the router.
func (g *Gossip) Close() error {
	if g.cancel == nil {
		return nil
	}
	g.mu.Lock()
	var errs []error
	for _, t := range g.topics {
		t.sub.Cancel()
		if err := t.t.Close(); err != nil && !errors.Is(err, context.Canceled) {
			errs = append(errs, err)
		}
		t.mu.Lock()
		for s := range t.tails {
			s.closeLocked()
		}
		t.mu.Unlock()
	}
	g.mu.Unlock()
	g.cancel()
	g.wg.Wait()
	return errors.Join(errs...)
}

// PubSub is the underlying router, for benchmarks and advanced callers.
func (g *Gossip) PubSub() *pubsub.PubSub { return g.ps }

func (g *Gossip) join(spec TopicSpec) (*topic, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if t, ok := g.topics[spec.Name]; ok {
		return t, nil
	}
	if g.ps == nil {
		return nil, errors.New("gossip not started")
	}
	name := spec.Name
	t := &topic{spec: spec, tails: map[*Subscription]struct{}{}}
	if err := g.ps.RegisterTopicValidator(name, g.validate(t)); err != nil {
		return nil, fmt.Errorf("validator for %s: %w", name, err)
	}
	pt, err := g.ps.Join(name)
	if err != nil {
		return nil, fmt.Errorf("join %s: %w", name, err)
	}
	sub, err := pt.Subscribe(pubsub.WithBufferSize(256))
	if err != nil {
		pt.Close()
		return nil, fmt.Errorf("subscribe %s: %w", name, err)
	}
	t.t, t.sub = pt, sub
	g.topics[name] = t
	g.wg.Add(1)
	go g.dispatch(t)
	return t, nil
}

// topic returns a joined topic, joining an operator topic on first use.
func (g *Gossip) topic(name string) (*topic, error) {
	g.mu.RLock()
	t, ok := g.topics[name]
	g.mu.RUnlock()
	if ok {
		return t, nil
	}
	if !ValidTopic(name) {
		return nil, fmt.Errorf("topic %q: %w", name, ErrUnknownTopic)
	}
	return g.join(TopicSpec{Name: name, MaxSize: DynamicTopicMaxSize})
}

// SetValidator installs the domain validator of a topic, replacing any
// earlier one. The size cap always runs first.
func (g *Gossip) SetValidator(name string, v Validator) error {
	t, err := g.topic(name)
	if err != nil {
		return err
	}
	t.validator.Store(&v)
	return nil
}

// Handle registers fn to receive every accepted message on a topic.
func (g *Gossip) Handle(name string, fn Handler) error {
	t, err := g.topic(name)
	if err != nil {
		return err
	}
	t.mu.Lock()
	t.handlers = append(t.handlers, fn)
	t.mu.Unlock()
	return nil
}

func (g *Gossip) validate(t *topic) pubsub.ValidatorEx {
	name := t.spec.Name
	return func(ctx context.Context, from peer.ID, msg *pubsub.Message) pubsub.ValidationResult {
		var err error
		if adm := g.cfg.Admit; adm != nil && (!adm(from) || (msg.GetFrom() != from && !adm(msg.GetFrom()))) {
			err = fmt.Errorf("%w: sender is suspended or over its rate limit", ErrIgnore)
		} else if len(msg.Data) > t.spec.MaxSize {
			err = fmt.Errorf("%w: %d > %d bytes", ErrTooLarge, len(msg.Data), t.spec.MaxSize)
		} else if v := t.validator.Load(); v != nil {
			err = (*v)(ctx, msg)
		}
		switch {
		case err == nil:
			g.metrics.validated.WithLabelValues(name, "accept").Inc()
			return pubsub.ValidationAccept
		case errors.Is(err, ErrIgnore):
			g.metrics.validated.WithLabelValues(name, "ignore").Inc()
			g.log.Debug("gossip message ignored", "topic", name, "from", msg.GetFrom(), "via", from, "reason", err)
			return pubsub.ValidationIgnore
		default:
			g.metrics.validated.WithLabelValues(name, "reject").Inc()
			g.log.Debug("gossip message rejected", "topic", name, "from", msg.GetFrom(), "via", from, "reason", err)
			return pubsub.ValidationReject
		}
	}
}

func (g *Gossip) dispatch(t *topic) {
	defer g.wg.Done()
	for {
		msg, err := t.sub.Next(g.ctx)
		if err != nil {
			return
		}
		t.mu.RLock()
		handlers := t.handlers
		for s := range t.tails {
			select {
			case s.ch <- msg:
			default:
				g.metrics.dropped.WithLabelValues(t.spec.Name).Inc()
			}
		}
		t.mu.RUnlock()
		for _, h := range handlers {
			h(msg)
		}
	}
}

// Publish validates and publishes data on a topic. With minPeers > 0 it
// first waits (until ctx ends) for that many peers on the topic.
func (g *Gossip) Publish(ctx context.Context, name string, data []byte, minPeers int) error {
	t, err := g.topic(name)
	if err != nil {
		return err
	}
	if len(data) > t.spec.MaxSize {
		return fmt.Errorf("publish on %s: %w: %d > %d bytes", name, ErrTooLarge, len(data), t.spec.MaxSize)
	}
	// Wait for subscribers, not mesh members (pubsub's MinTopicSize): a peer
	// whose score of us is negative never grafts us into its mesh, yet it
	// still receives what we flood-publish to it.
	for minPeers > 0 && len(t.t.ListPeers()) < minPeers {
		select {
		case <-ctx.Done():
			return fmt.Errorf("publish on %s: waiting for %d peers: %w", name, minPeers, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
	if err := t.t.Publish(ctx, data); err != nil {
		return fmt.Errorf("publish on %s: %w", name, err)
	}
	g.metrics.published.WithLabelValues(name).Inc()
	return nil
}

// Subscription is a local subscriber to a topic's accepted messages.
type Subscription struct {
	t      *topic
	ch     chan *pubsub.Message
	once   sync.Once
	closed bool
}

// Subscribe returns a subscription that receives every message accepted on
// the topic from now on. A subscriber that falls more than 1024 messages
// behind loses messages (counted) rather than slowing the node.
func (g *Gossip) Subscribe(name string) (*Subscription, error) {
	t, err := g.topic(name)
	if err != nil {
		return nil, err
	}
	s := &Subscription{t: t, ch: make(chan *pubsub.Message, 1024)}
	t.mu.Lock()
	t.tails[s] = struct{}{}
	t.mu.Unlock()
	return s, nil
}

// C delivers the messages; it is closed by Cancel or when the node stops.
func (s *Subscription) C() <-chan *pubsub.Message { return s.ch }

// Cancel ends the subscription.
func (s *Subscription) Cancel() {
	s.t.mu.Lock()
	defer s.t.mu.Unlock()
	s.closeLocked()
}

func (s *Subscription) closeLocked() {
	s.once.Do(func() {
		delete(s.t.tails, s)
		close(s.ch)
	})
}

// TopicStatus describes one joined topic.
type TopicStatus struct {
	Name    string   `json:"name"`
	MaxSize int      `json:"max_size"`
	Peers   []string `json:"peers"`
}

// Topics describes the joined topics, sorted by name.
func (g *Gossip) Topics() []TopicStatus {
	g.mu.RLock()
	defer g.mu.RUnlock()
	out := make([]TopicStatus, 0, len(g.topics))
	for name, t := range g.topics {
		ts := TopicStatus{Name: name, MaxSize: t.spec.MaxSize, Peers: []string{}}
		for _, p := range t.t.ListPeers() {
			ts.Peers = append(ts.Peers, p.String())
		}
		slices.Sort(ts.Peers)
		out = append(out, ts)
	}
	slices.SortFunc(out, func(a, b TopicStatus) int {
		if a.Name < b.Name {
			return -1
		}
		if a.Name > b.Name {
			return 1
		}
		return 0
	})
	return out
}

// Score is a peer's current gossipsub score (0 when unknown).
func (g *Gossip) Score(p peer.ID) float64 {
	g.scoresMu.RLock()
	defer g.scoresMu.RUnlock()
	return g.scores[p]
}

func (g *Gossip) inspectScores(scores map[peer.ID]float64) {
	g.scoresMu.Lock()
	g.scores = scores
	g.scoresMu.Unlock()
}

func (g *Gossip) watchTopicPeers() {
	defer g.wg.Done()
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-g.ctx.Done():
			return
		case <-t.C:
			for _, ts := range g.Topics() {
				g.metrics.peers.WithLabelValues(ts.Name).Set(float64(len(ts.Peers)))
			}
		}
	}
}
