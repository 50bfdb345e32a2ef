// Package ipfs is the node's embedded IPFS: a blockstore on the node's Badger
// datastore, bitswap (client and server) on the node's own libp2p host,
// content routing through the node's DHT, UnixFS import and export,
// persistent pins and garbage collection of unpinned blocks.
//
// It speaks only standard protocols (bitswap 1.2 over libp2p, the default
// /ipfs/kad/1.0.0 DHT, CIDv1 UnixFS), so any IPFS implementation can fetch
// what a westworld node adds, and westworld can fetch what they add.
package ipfs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/ipfs/boxo/bitswap"
	bsnet "github.com/ipfs/boxo/bitswap/network/bsnet"
	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/boxo/ipld/merkledag"
	ipfspinner "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/boxo/pinning/pinner/dspinner"
	"github.com/ipfs/boxo/provider"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	ipld "github.com/ipfs/go-ipld-format"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/routing"
	"github.com/prometheus/client_golang/prometheus"
)

// Sentinel errors callers branch on.
var (
	// ErrNotStarted is returned by calls made before Start or after Close.
	ErrNotStarted = errors.New("ipfs: not started")
	// ErrNotFile is returned by Cat and Get for a CID that is not a UnixFS
	// file or raw block (a directory, for example).
	ErrNotFile = errors.New("ipfs: not a file")
	// ErrNotPinned is returned by Unpin for a CID without a recursive or
	// direct pin.
	ErrNotPinned = errors.New("ipfs: not pinned")
	// ErrIncompletePin is returned by GC when a pinned DAG is missing blocks
	// locally; GC then deletes nothing, as it cannot tell what the pin needs.
	ErrIncompletePin = errors.New("ipfs: pinned DAG incomplete, gc aborted")
)

// Profile is a set of UnixFS import parameters. Each produces the same CIDs
// as Kubo with the same settings.
type Profile string

const (
	// ProfileV1_2025 is IPIP-499's unixfs-v1-2025 (Kubo's recommended
	// profile): CIDv1, raw leaves, sha2-256, 1 MiB chunks, 1024 links per
	// node.
	ProfileV1_2025 Profile = "unixfs-v1-2025"
	// ProfileCIDv1 is what `ipfs add --cid-version=1` gives with Kubo's
	// default settings: CIDv1, raw leaves, sha2-256, 256 KiB chunks, 174
	// links per node.
	ProfileCIDv1 Profile = "cidv1-256k"
)

// Config configures the embedded IPFS.
type Config struct {
	// Profile sets chunk size and fan-out of Add; empty means ProfileV1_2025.
	Profile Profile
	// ReprovideInterval is how often pinned roots are announced again to the
	// DHT; 0 means boxo's 22h, a negative value disables reproviding.
	ReprovideInterval time.Duration
	// ProviderSearchDelay is how long bitswap asks connected peers before it
	// looks up providers in the DHT; 0 means 1s, Kubo's setting.
	ProviderSearchDelay time.Duration
	// NoProvideFetched stops Fetch and Get from announcing the roots they
	// completed. By default a node that holds a whole DAG says so, so that
	// others can fetch it from there when the publisher is gone.
	NoProvideFetched bool
	// Registerer receives bitswap and GC metrics; nil means none.
	Registerer prometheus.Registerer
}

func (c Config) params() (chunk, links int, err error) {
	switch c.Profile {
	case "", ProfileV1_2025:
		return 1 << 20, 1024, nil
	case ProfileCIDv1:
		return 256 << 10, 174, nil
	default:
		return 0, 0, fmt.Errorf("ipfs: unknown profile %q", c.Profile)
	}
}

// IPFS is the embedded IPFS node.
type IPFS struct {
	cfg       Config
	chunkSize int
	maxLinks  int
	log       *slog.Logger
	host      host.Host
	ds        datastore.Batching
	router    routing.ContentRouting
	bstore    blockstore.GCBlockstore
	offline   ipld.DAGService // reads only the local blockstore
	metrics   *metrics

	mu      sync.RWMutex
	online  *online
	stopped bool
}

// online is what runs between Start and Close.
type online struct {
	bswap  *bitswap.Bitswap
	bserv  blockservice.BlockService
	dag    ipld.DAGService
	pinner ipfspinner.Pinner
	prov   provider.System
	cancel context.CancelFunc
}

// New prepares the embedded IPFS over ds (the node's datastore, see
// storage.NewDatastore) on host h. r is the node's DHT, used to announce
// content and find providers; nil keeps the node to its connected peers.
// Nothing touches the network before Start.
func New(cfg Config, h host.Host, ds datastore.Batching, r routing.ContentRouting, log *slog.Logger) (*IPFS, error) {
	if h == nil {
		return nil, errors.New("ipfs: no libp2p host")
	}
	if ds == nil {
		return nil, errors.New("ipfs: no datastore")
	}
	chunk, links, err := cfg.params()
	if err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.Default()
	}
	if cfg.ProviderSearchDelay <= 0 {
		cfg.ProviderSearchDelay = time.Second
	}
	m, err := newMetrics(cfg.Registerer)
	if err != nil {
		return nil, err
	}
	// Write-through: blockservice already asks Has once before a put.
	bs := blockstore.NewIdStore(blockstore.NewBlockstore(ds, blockstore.WriteThrough(true)))
	gcbs := blockstore.NewGCBlockstore(bs, blockstore.NewGCLocker())
	n := &IPFS{
		cfg:       cfg,
		chunkSize: chunk,
		maxLinks:  links,
		log:       log.With("component", "ipfs"),
		host:      h,
		ds:        ds,
		router:    r,
		bstore:    gcbs,
		offline:   merkledag.NewDAGService(blockservice.New(gcbs, nil)),
		metrics:   m,
	}
	return n, nil
}

// Start brings the node online: bitswap serves and fetches blocks on the
// host, pins are loaded, and pinned roots are (re)announced to the DHT.
func (n *IPFS) Start(ctx context.Context) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.stopped {
		return ErrNotStarted
	}
	if n.online != nil {
		return errors.New("ipfs: already started")
	}
	life, cancel := context.WithCancel(context.WithoutCancel(ctx))

	net := bsnet.NewFromIpfsHost(n.host)
	var finder routing.ContentDiscovery
	if n.router != nil {
		finder = n.router
	}
	bs := bitswap.New(life, net, finder, n.bstore,
		bitswap.ProviderSearchDelay(n.cfg.ProviderSearchDelay),
		// Kubo's engine settings: enough parallelism to keep a 1 MiB-block
		// transfer busy without a peer taking the whole server.
		bitswap.EngineBlockstoreWorkerCount(128),
		bitswap.TaskWorkerCount(8),
		bitswap.EngineTaskWorkerCount(8),
		bitswap.MaxOutstandingBytesPerPeer(1<<20),
		// A want that went unanswered is searched for again after this
		// long (boxo's default is a minute). On a loaded machine a peer can
		// be slow enough that the client gives up on it for a block; this
		// bounds the stall that follows.
		bitswap.RebroadcastDelay(10*time.Second),
	)
	bserv := blockservice.New(n.bstore, bs)
	dag := merkledag.NewDAGService(bserv)

	pn, err := dspinner.New(ctx, n.ds, dag)
	if err != nil {
		cancel()
		_ = bs.Close()
		return fmt.Errorf("load pins: %w", err)
	}

	var prov provider.System
	if n.router != nil {
		opts := []provider.Option{
			provider.Online(n.router),
			provider.KeyProvider(dspinner.NewPinnedProvider(true, pn, nil)),
		}
		switch {
		case n.cfg.ReprovideInterval < 0:
			opts = append(opts, provider.ReproviderInterval(0))
		case n.cfg.ReprovideInterval > 0:
			opts = append(opts, provider.ReproviderInterval(n.cfg.ReprovideInterval))
		}
		prov, err = provider.New(n.ds, opts...)
		if err != nil {
			cancel()
			_ = pn.Close()
			_ = bs.Close()
			return fmt.Errorf("provider system: %w", err)
		}
	} else {
		prov = provider.NewNoopProvider()
	}
	n.online = &online{bswap: bs, bserv: bserv, dag: dag, pinner: pn, prov: prov, cancel: cancel}
	n.metrics.bind(bs)
	n.log.Info("ipfs online", "peer", n.host.ID(), "dht", n.router != nil,
		"profile", n.profile(), "chunk", n.chunkSize, "links", n.maxLinks)
	return nil
}

func (n *IPFS) profile() Profile {
	if n.cfg.Profile == "" {
		return ProfileV1_2025
	}
	return n.cfg.Profile
}

// Close stops bitswap and the provider system and closes the pinner. The
// datastore and host belong to the caller and stay open.
func (n *IPFS) Close() error {
	n.mu.Lock()
	o := n.online
	n.online = nil
	n.stopped = true
	n.mu.Unlock()
	if o == nil {
		return nil
	}
	n.metrics.bind(nil)
	var errs []error
	if err := o.prov.Close(); err != nil {
		errs = append(errs, fmt.Errorf("close provider: %w", err))
	}
	if err := o.bswap.Close(); err != nil {
		errs = append(errs, fmt.Errorf("close bitswap: %w", err))
	}
	// bsnet leaves its stream handlers on the host, which outlives us;
	// peers must not reach a closed bitswap through them.
	for _, p := range n.host.Mux().Protocols() {
		if strings.HasPrefix(string(p), "/ipfs/bitswap") {
			n.host.RemoveStreamHandler(p)
		}
	}
	if err := o.pinner.Close(); err != nil {
		errs = append(errs, fmt.Errorf("close pinner: %w", err))
	}
	o.cancel()
	return errors.Join(errs...)
}

// state returns the running services, or ErrNotStarted.
func (n *IPFS) state() (*online, error) {
	n.mu.RLock()
	defer n.mu.RUnlock()
	if n.online == nil {
		return nil, ErrNotStarted
	}
	return n.online, nil
}

// announce queues c for a DHT provide; failures only get logged, since the
// reprovider announces pinned roots again.
func (n *IPFS) announce(ctx context.Context, o *online, c cid.Cid) {
	if n.router == nil {
		return
	}
	if err := o.prov.Provide(ctx, c, true); err != nil {
		n.log.Warn("queue provide", "cid", c, "err", err)
	}
}

// Provide announces c to the DHT now and returns when the provider records
// are stored (or ctx ends). Add, Pin and Fetch announce in the background;
// this is for callers that must know the announcement went out.
func (n *IPFS) Provide(ctx context.Context, c cid.Cid) error {
	if _, err := n.state(); err != nil {
		return err
	}
	if n.router == nil {
		return errors.New("ipfs: no content router")
	}
	if err := n.router.Provide(ctx, c, true); err != nil {
		return fmt.Errorf("provide %s: %w", c, err)
	}
	return nil
}

// BitswapStat is a snapshot of bitswap's counters.
type BitswapStat struct {
	BlocksReceived, DataReceived       uint64
	DupBlocksReceived, DupDataReceived uint64
	BlocksSent, DataSent               uint64
	MessagesReceived                   uint64
	Peers, Wantlist                    int
}

// BitswapStat reports what bitswap sent and received since Start.
func (n *IPFS) BitswapStat() (BitswapStat, error) {
	o, err := n.state()
	if err != nil {
		return BitswapStat{}, err
	}
	s, err := o.bswap.Stat()
	if err != nil {
		return BitswapStat{}, fmt.Errorf("bitswap stat: %w", err)
	}
	return BitswapStat{
		BlocksReceived: s.BlocksReceived, DataReceived: s.DataReceived,
		DupBlocksReceived: s.DupBlksReceived, DupDataReceived: s.DupDataReceived,
		BlocksSent: s.BlocksSent, DataSent: s.DataSent,
		MessagesReceived: s.MessagesReceived,
		Peers:            len(s.Peers), Wantlist: len(s.Wantlist),
	}, nil
}
