// Package node wires a westworld node together: storage, the libp2p host,
// gossip, the local API and metrics, started in order and closed in reverse.
package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/node/capability"
	"github.com/x0tta6bl4/westworld/node/enforce"
	"github.com/x0tta6bl4/westworld/node/governance"
	"github.com/x0tta6bl4/westworld/node/narrative"
	"github.com/x0tta6bl4/westworld/node/refuge"
	"github.com/x0tta6bl4/westworld/p2p"
	"github.com/x0tta6bl4/westworld/storage"
	"github.com/x0tta6bl4/westworld/storage/ipfs"
)

// Version is the node's version, set at build time with -ldflags.
var Version = "dev"

// Option changes how New builds a node.
type Option func(*Node)

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option { return func(n *Node) { n.log = l } }

// WithClock injects the clock that penalties and expiries are judged by.
func WithClock(now func() time.Time) Option { return func(n *Node) { n.now = now } }

// Node is one westworld node.
type Node struct {
	cfg Config
	log *slog.Logger
	now func() time.Time
	key crypto.PrivKey

	reg       *prometheus.Registry
	store     *storage.Store
	gater     *p2p.Gater
	host      *p2p.Host
	gossip    *p2p.Gossip
	peers     *peerBook
	enforcer  *enforce.Manager
	kernel    *enforceKernel
	caps      *capability.Service
	proposals capability.ChainState

	// Chain (nil when the node follows no chain): see chain.go.
	devchain   *chain.DevChain
	watcher    *chain.Watcher
	deployment *contracts.Deployment
	rpcURL     string
	charter    *charterSvc
	ds         *storage.Datastore
	ipfs       *ipfs.IPFS
	refuge     *refuge.Refuge
	gov        *governance.Service
	rollout    rolloutSvc
	api        *api.Server

	// narrative is set once it starts; gossip reads it for app scores.
	narrative atomic.Pointer[narrative.Service]

	metricsLn  net.Listener
	metricsSrv *http.Server

	mu       sync.Mutex
	started  time.Time
	closers  []closer
	closed   bool
	closeErr error
	sections []statusSection
}

type closer struct {
	name string
	fn   func() error
}

type statusSection struct {
	name string
	fn   func(ctx context.Context) any
}

// New checks the config and loads the node's identity. Nothing listens and
// nothing is opened until Start.
func New(cfg Config, opts ...Option) (*Node, error) {
	if cfg.Home == "" {
		return nil, errors.New("config has no home")
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	n := &Node{cfg: cfg, log: slog.Default(), now: time.Now}
	for _, o := range opts {
		o(n)
	}
	key, err := p2p.LoadIdentity(filepath.Join(cfg.Home, IdentityFile))
	if err != nil {
		return nil, err
	}
	n.key = key
	return n, nil
}

// ID is the node's peer ID.
func (n *Node) ID() peer.ID { return p2p.PeerIDOf(n.key) }

// Config is the node's config.
func (n *Node) Config() Config { return n.cfg }

// Host is the libp2p host (after Start).
func (n *Node) Host() *p2p.Host { return n.host }

// Gossip is gossipsub (after Start).
func (n *Node) Gossip() *p2p.Gossip { return n.gossip }

// IPFS is the embedded IPFS (after Start).
func (n *Node) IPFS() *ipfs.IPFS { return n.ipfs }

// Store is the datastore (after Start).
func (n *Node) Store() *storage.Store { return n.store }

// Registry is the node's Prometheus registry.
func (n *Node) Registry() *prometheus.Registry { return n.reg }

// Start opens and starts every component in order. If one fails, those
// already started are closed in reverse and the error is returned.
func (n *Node) Start(ctx context.Context) (err error) {
	n.started = n.now()
	defer func() {
		if err != nil {
			if cerr := n.Close(); cerr != nil {
				n.log.Warn("rollback after failed start", "err", cerr)
			}
		}
	}()
	n.reg = prometheus.NewRegistry()
	n.reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		collectors.NewBuildInfoCollector(),
	)

	// 1. Storage.
	st, err := storage.New(storage.Config{
		Dir:     filepath.Join(n.cfg.Home, DatastoreDir),
		CacheMB: n.cfg.Datastore.CacheMB,
		Logger:  n.log,
	})
	if err != nil {
		return err
	}
	n.store = st
	n.onClose("storage", st.Close)
	if err := st.Start(ctx); err != nil {
		return err
	}
	if err := n.startCapabilities(); err != nil {
		return err
	}
	if err := n.startChain(ctx); err != nil {
		return err
	}

	// 2. The libp2p host and discovery.
	n.gater = p2p.NewGater(n.now)
	n.reg.MustRegister(n.gater.Collectors()...)
	hcfg, err := n.hostConfig()
	if err != nil {
		return err
	}
	n.ds = storage.NewDatastore(st, storage.PrefixIPFS)
	hcfg.Datastore = n.ds
	h, err := p2p.NewHost(hcfg, n.key, n.gater, n.reg, n.log)
	if err != nil {
		return err
	}
	n.host = h
	n.onClose("p2p", h.Close)
	if err := h.Start(ctx); err != nil {
		return err
	}
	n.peers = newPeerBook(st.Namespace(storage.PrefixNode), h, n.now, n.log)
	n.peers.Start(ctx)
	n.onClose("peer book", n.peers.Close)

	// Enforcement (eBPF firewall where it loads, gater and limiter always):
	// stored penalties are back in force before any gossip.
	if err := n.startEnforce(ctx); err != nil {
		return err
	}
	enf := n.enforcer

	// 3. Gossip.
	g, err := p2p.NewGossip(p2p.GossipConfig{
		D: n.cfg.Gossip.D, DLow: n.cfg.Gossip.DLow, DHigh: n.cfg.Gossip.DHigh,
		Heartbeat:      mustDuration(n.cfg.Gossip.Heartbeat),
		MaxMessageSize: n.cfg.Gossip.MaxMessageSize,
		FloodPublish:   n.cfg.Gossip.FloodPublish,
		Discovery:      true,
		Admit:          enf.AllowMessage,
		AppScore:       n.appScore,
	}, h, n.reg, n.log)
	if err != nil {
		return err
	}
	n.gossip = g
	if err := g.Start(ctx); err != nil {
		return err
	}
	n.onClose("gossip", g.Close)

	// Charter: the telemetry validator, audit log, and our own telemetry.
	if err := n.startCharter(ctx); err != nil {
		return err
	}
	n.addStatus("charter", n.charterStatus)
	n.addStatus("enforce", n.enforceStatus)

	// 4. Embedded IPFS on the same host and datastore.
	ifs, err := ipfs.New(ipfs.Config{
		Profile:           ipfs.Profile(n.cfg.IPFS.Profile),
		ReprovideInterval: mustDuration(n.cfg.IPFS.Reprovide),
		Registerer:        n.reg,
	}, h.Host, n.ds, h.Routing(), n.log)
	if err != nil {
		return err
	}
	if err := ifs.Start(ctx); err != nil {
		return err
	}
	n.ipfs = ifs
	n.onClose("ipfs", ifs.Close)
	if err := n.startRefuge(ctx); err != nil {
		return err
	}
	if err := n.startGovernance(ctx); err != nil {
		return err
	}
	if err := n.startRollout(ctx); err != nil {
		return err
	}
	if err := n.startNarrative(ctx); err != nil {
		return err
	}

	n.registerNodeMetrics()

	// 5. Local API.
	srv := api.NewServer(api.Config{
		Socket:     n.cfg.SocketPath(),
		Authorizer: capAuthorizer{n.caps},
		ValidOp:    func(op string) bool { return capability.Op(op).Known() },
		TCP:        n.cfg.API.TCP,
		TLSCert:    filepath.Join(n.cfg.Home, "api-tls.crt"),
		TLSKey:     filepath.Join(n.cfg.Home, "api-tls.key"),
		Logger:     n.log,
	})
	if err := srv.Register(n.routes()...); err != nil {
		return err
	}
	if err := srv.Start(ctx); err != nil {
		return err
	}
	n.api = srv
	n.onClose("api", srv.Close)

	// 6. Metrics.
	if n.cfg.Metrics.Listen != "" {
		if err := n.startMetrics(ctx); err != nil {
			return err
		}
	}
	n.log.Info("node started", "peer_id", n.ID(), "addrs", h.FullAddrs(), "api", n.cfg.SocketPath(),
		"metrics", n.MetricsURL(), "took", time.Since(n.started).Round(time.Millisecond).String())
	return nil
}

func (n *Node) hostConfig() (p2p.HostConfig, error) {
	c := n.cfg.P2P
	listen, err := p2p.ParseMultiaddrs(c.Listen)
	if err != nil {
		return p2p.HostConfig{}, err
	}
	announce, err := p2p.ParseMultiaddrs(c.Announce)
	if err != nil {
		return p2p.HostConfig{}, err
	}
	var boot []peer.AddrInfo
	for _, s := range c.Bootstrap {
		ai, err := p2p.ParsePeerAddr(s)
		if err != nil {
			return p2p.HostConfig{}, err
		}
		boot = append(boot, ai)
	}
	return p2p.HostConfig{
		Listen: listen, Announce: announce, Bootstrap: boot,
		MDNS: c.MDNS, DHTMode: p2p.DHTMode(c.DHTMode),
		ConnLowWater: c.ConnLowWater, ConnHighWater: c.ConnHighWater, ConnGrace: mustDuration(c.ConnGrace),
		MaxMemory: int64(c.MaxMemoryMB) << 20, MaxFDs: c.MaxFDs,
		AutoNAT: c.AutoNAT, HolePunching: c.HolePunching, RelayClient: c.RelayClient,
		RedialMin: mustDuration(c.RedialMin), RedialMax: mustDuration(c.RedialMax),
	}, nil
}

func (n *Node) startMetrics(ctx context.Context) error {
	ln, err := net.Listen("tcp", n.cfg.Metrics.Listen)
	if err != nil {
		return fmt.Errorf("metrics listen %s: %w", n.cfg.Metrics.Listen, err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(n.gatherer(), promhttp.HandlerOpts{ErrorLog: slog.NewLogLogger(n.log.Handler(), slog.LevelWarn)}))
	n.metricsLn = ln
	n.metricsSrv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second,
		BaseContext: func(net.Listener) context.Context { return context.WithoutCancel(ctx) }}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := n.metricsSrv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			n.log.Error("metrics server stopped", "err", err)
		}
	}()
	n.onClose("metrics", func() error {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		err := n.metricsSrv.Shutdown(ctx)
		<-done
		return err
	})
	return nil
}

// gatherer is what /metrics exports: everything registered, through the
// charter's filter.
func (n *Node) gatherer() prometheus.Gatherer { return n.charter.filter }

// MetricsURL is the /metrics URL, or "" when metrics are off.
func (n *Node) MetricsURL() string {
	if n.metricsLn == nil {
		return ""
	}
	return "http://" + n.metricsLn.Addr().String() + "/metrics"
}

func (n *Node) registerNodeMetrics() {
	n.reg.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "westworld_peers", Help: "Connected peers."},
			func() float64 { return float64(len(n.host.Network().Peers())) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "westworld_uptime_seconds", Help: "Seconds since the node started."},
			func() float64 { return n.now().Sub(n.started).Seconds() }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "westworld_datastore_bytes", Help: "On-disk size of the Badger datastore."},
			func() float64 { return float64(n.store.Size()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "westworld_known_peers", Help: "Peers in the persistent address book."},
			func() float64 { return float64(n.peers.count()) }),
	)
}

func (n *Node) onClose(name string, fn func() error) {
	n.mu.Lock()
	n.closers = append(n.closers, closer{name, fn})
	n.mu.Unlock()
}

// addStatus adds a section to `westworld status`.
func (n *Node) addStatus(name string, fn func(ctx context.Context) any) {
	n.sections = append(n.sections, statusSection{name, fn})
}

// Close closes every started component in reverse order. It is safe to call
// more than once and from a failed Start.
func (n *Node) Close() error {
	n.mu.Lock()
	if n.closed {
		n.mu.Unlock()
		return n.closeErr
	}
	n.closed = true
	closers := n.closers
	n.mu.Unlock()
	var errs []error
	for i := len(closers) - 1; i >= 0; i-- {
		c := closers[i]
		if err := c.fn(); err != nil {
			errs = append(errs, fmt.Errorf("close %s: %w", c.name, err))
		}
	}
	n.closeErr = errors.Join(errs...)
	return n.closeErr
}
