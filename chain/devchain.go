package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	gethlog "github.com/ethereum/go-ethereum/log"
	gethnode "github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ipfs/go-cid"
	multihash "github.com/multiformats/go-multihash"

	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node/charter"
)

// DevChainID is the dev chain's chain ID, the one `geth --dev` uses.
const DevChainID = 1337

// DevPassword encrypts the dev accounts' keystore files. The keys are public knowledge (derived
// from DevAccountKey's fixed seed): never send real value to a dev account.
const DevPassword = "westworld-dev"

// DefaultDevAccounts is how many dev accounts a dev chain funds.
const DefaultDevAccounts = 4

// DevAccountKey is the i-th dev account's private key: keccak256("westworld/devchain/account/<i>").
// The keys are fixed so every dev chain, test and tutorial has the same accounts.
func DevAccountKey(i int) *ecdsa.PrivateKey {
	for salt := 0; ; salt++ {
		seed := "westworld/devchain/account/" + strconv.Itoa(i)
		if salt > 0 {
			seed += "/" + strconv.Itoa(salt)
		}
		if k, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed))); err == nil {
			return k
		}
	}
}

// DevAccount is a funded dev chain account.
type DevAccount struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// DevChainConfig configures a DevChain.
type DevChainConfig struct {
	// Dir keeps the chain data (home/devchain). The same directory reopens the same chain.
	Dir string
	// KeystoreDir, if set, receives the dev accounts' keystore files (home/keystore),
	// encrypted with DevPassword, so the wallet commands can use them.
	KeystoreDir string
	// DeploymentPath is where the deployment is written on first start and read on later ones
	// (home/deployment.json).
	DeploymentPath string
	// Period is the block period (default 1 s). Sub-second periods work, but block timestamps
	// are whole seconds, so the chain's clock then runs ahead of the wall clock.
	Period time.Duration
	// OnDemand seals a block only when transactions arrive (geth --dev with period 0) instead of
	// every Period. Governance votes are counted in blocks, so an idle on-demand chain does not
	// advance votes.
	OnDemand bool
	// HTTPHost is the JSON-RPC interface (default 127.0.0.1); HTTPPort its port (0: any free
	// port). WebSocket is served on the same port.
	HTTPHost string
	HTTPPort int
	// Accounts is the number of dev accounts (default DefaultDevAccounts). The first deploys the
	// contracts; the token supply is split evenly among all of them and each delegates to
	// itself.
	Accounts int
	// Params are the governance parameters (default contracts.DevParams()).
	Params *contracts.Params
	// GasLimit is the block gas limit (default 60,000,000).
	GasLimit uint64
	// NoDeploy starts a bare chain with funded accounts and no contracts.
	NoDeploy bool
	Logger   *slog.Logger
}

// DevHomeConfig is the dev chain of a node home: chain data in home/devchain, dev keys in
// home/keystore, the deployment in home/deployment.json.
func DevHomeConfig(home string) DevChainConfig {
	return DevChainConfig{
		Dir:            filepath.Join(home, "devchain"),
		KeystoreDir:    filepath.Join(home, "keystore"),
		DeploymentPath: filepath.Join(home, "deployment.json"),
	}
}

// DevChain is go-ethereum's dev-mode node, what `geth --dev` runs, inside the process: an
// execution client whose blocks a simulated beacon seals every Period, with HTTP and WebSocket
// JSON-RPC on loopback so any wallet can connect. On first start it deploys the contracts with
// the same Deploy as `westworld chain deploy`, funds the dev accounts and delegates their tokens.
type DevChain struct {
	cfg      DevChainConfig
	log      *slog.Logger
	accounts []DevAccount

	stack  *gethnode.Node
	eth    *eth.Ethereum
	beacon *catalyst.SimulatedBeacon

	sealMu   sync.Mutex
	onDemand chan bool
	cancel   context.CancelFunc
	done     chan struct{}

	deployment *contracts.Deployment
	fresh      bool
	closeOnce  sync.Once
	closeErr   error
}

// NewDevChain checks cfg and derives the dev accounts; Start opens the chain.
func NewDevChain(cfg DevChainConfig) (*DevChain, error) {
	if cfg.Dir == "" {
		return nil, errors.New("devchain: no data directory")
	}
	if cfg.DeploymentPath == "" && !cfg.NoDeploy {
		return nil, errors.New("devchain: no deployment path")
	}
	if cfg.Period <= 0 {
		cfg.Period = time.Second
	}
	if cfg.HTTPHost == "" {
		cfg.HTTPHost = "127.0.0.1"
	}
	if cfg.HTTPPort < 0 || cfg.HTTPPort > 65535 {
		return nil, fmt.Errorf("devchain: HTTP port %d out of range", cfg.HTTPPort)
	}
	if cfg.Accounts <= 0 {
		cfg.Accounts = DefaultDevAccounts
	}
	if cfg.Params == nil {
		p := contracts.DevParams()
		p.GenesisCharter = DefaultCharterRecord()
		cfg.Params = &p
	}
	if err := cfg.Params.Validate(); err != nil {
		return nil, fmt.Errorf("devchain: %w", err)
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = ethconfig.Defaults.Miner.GasCeil
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	d := &DevChain{cfg: cfg, log: cfg.Logger.With("component", "devchain"), onDemand: make(chan bool, 1)}
	for i := 0; i < cfg.Accounts; i++ {
		k := DevAccountKey(i)
		d.accounts = append(d.accounts, DevAccount{Address: crypto.PubkeyToAddress(k.PublicKey), Key: k})
	}
	return d, nil
}

// Accounts are the funded dev accounts; the first deployed the contracts.
func (d *DevChain) Accounts() []DevAccount { return d.accounts }

// Deployment is the contract set (nil with NoDeploy).
func (d *DevChain) Deployment() *contracts.Deployment { return d.deployment }

// Fresh reports whether this start created the chain and deployed the contracts.
func (d *DevChain) Fresh() bool { return d.fresh }

// HTTPEndpoint is the JSON-RPC URL, http://127.0.0.1:port.
func (d *DevChain) HTTPEndpoint() string { return d.stack.HTTPEndpoint() }

// WSEndpoint is the WebSocket JSON-RPC URL.
func (d *DevChain) WSEndpoint() string { return d.stack.WSEndpoint() }

// ChainID is DevChainID.
func (d *DevChain) ChainID() uint64 { return DevChainID }

// Head is the latest block number.
func (d *DevChain) Head() uint64 { return d.eth.BlockChain().CurrentBlock().Number.Uint64() }

// Commit seals a block now, whatever the period; tests use it to move the chain.
func (d *DevChain) Commit() common.Hash {
	return d.seal(false)
}

// seal seals one block and, with syncPool, waits for the pool to reset onto it. Every pool
// Sync must happen under sealMu: the pool remembers only one Sync waiter, so two concurrent
// ones leave the first blocked forever (go-ethereum's TxPool.loop overwrites resetWaiter).
func (d *DevChain) seal(syncPool bool) common.Hash {
	d.sealMu.Lock()
	defer d.sealMu.Unlock()
	h := d.beacon.Commit()
	if syncPool {
		_ = d.eth.TxPool().Sync()
	}
	return h
}

func (d *DevChain) chainDataExists() bool {
	_, err := os.Stat(filepath.Join(d.cfg.Dir, "geth", "chaindata"))
	return err == nil
}

// Start opens (or creates) the chain, serves JSON-RPC and, on first start, deploys and funds.
// A warm start (existing chain and deployment) takes well under two seconds.
func (d *DevChain) Start(ctx context.Context) (err error) {
	start := time.Now()
	if err := os.MkdirAll(d.cfg.Dir, 0o700); err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	defer func() {
		if err != nil {
			_ = d.Close()
		}
	}()
	exists := d.chainDataExists()
	ncfg := gethnode.DefaultConfig
	ncfg.Name = "geth" // the data dir layout geth itself uses, so `geth --dev --datadir` opens it
	ncfg.DataDir = d.cfg.Dir
	ncfg.IPCPath = ""
	ncfg.HTTPHost, ncfg.HTTPPort = d.cfg.HTTPHost, d.cfg.HTTPPort
	ncfg.HTTPModules = []string{"eth", "net", "web3", "txpool"}
	ncfg.HTTPVirtualHosts = []string{"localhost", d.cfg.HTTPHost}
	ncfg.WSHost, ncfg.WSPort = d.cfg.HTTPHost, d.cfg.HTTPPort
	ncfg.WSModules = ncfg.HTTPModules
	ncfg.P2P = p2p.Config{MaxPeers: 0, NoDiscovery: true, NoDial: true, ListenAddr: ""}
	ncfg.Logger = gethlog.NewLogger(gethLogHandler{d.log.Handler()})
	if ncfg.HTTPPort == 0 {
		// geth serves WebSocket on the HTTP server only when the ports are equal; pick a free
		// port so both can be set to it.
		p, err := freePort(d.cfg.HTTPHost)
		if err != nil {
			return fmt.Errorf("devchain: %w", err)
		}
		ncfg.HTTPPort, ncfg.WSPort = p, p
	}
	stack, err := gethnode.New(&ncfg)
	if err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	d.stack = stack

	ecfg := ethconfig.Defaults
	ecfg.NetworkId = DevChainID
	ecfg.SyncMode = ethconfig.FullSync
	ecfg.DatabaseCache, ecfg.TrieCleanCache, ecfg.TrieDirtyCache, ecfg.SnapshotCache = 32, 16, 16, 16
	ecfg.Miner.GasPrice = big.NewInt(1)
	ecfg.Miner.GasCeil = d.cfg.GasLimit
	ecfg.Miner.PendingFeeRecipient = d.accounts[0].Address
	// No log index: loading its head snapshot is most of a warm start, and a dev chain's
	// block range is small enough for eth_getLogs to scan block blooms.
	ecfg.LogNoHistory = true
	if !exists {
		ecfg.Genesis = d.genesis()
	} else {
		ecfg.Genesis = nil // the chain on disk has its genesis
	}
	backend, err := eth.New(stack, &ecfg)
	if err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	d.eth = backend
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{LogCacheSize: ecfg.FilterLogCacheSize,
		LogQueryLimit: ecfg.LogQueryLimit, RangeLimit: ecfg.RangeLimit})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	if err := stack.Start(); err != nil {
		return fmt.Errorf("devchain: start node: %w", err)
	}
	if id := backend.BlockChain().Config().ChainID; id == nil || id.Uint64() != DevChainID {
		return fmt.Errorf("devchain: the chain in %s has chain id %v, not %d", d.cfg.Dir, id, DevChainID)
	}
	beacon, err := catalyst.NewSimulatedBeacon(0, d.accounts[0].Address, backend)
	if err != nil {
		return fmt.Errorf("devchain: beacon: %w", err)
	}
	d.beacon = beacon

	// Seal on demand while setting up, so deploying takes a few blocks and no waiting.
	lctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	d.cancel, d.done = cancel, make(chan struct{})
	go d.sealLoop(lctx, true)

	if !d.cfg.NoDeploy {
		if err := d.ensureDeployment(ctx); err != nil {
			return err
		}
	}
	if d.cfg.KeystoreDir != "" {
		if err := d.writeKeystore(); err != nil {
			return err
		}
	}
	if !d.cfg.OnDemand {
		d.onDemand <- false
	}
	d.log.Info("dev chain started", "rpc", d.HTTPEndpoint(), "chain_id", DevChainID, "head", d.Head(),
		"fresh", d.fresh, "period", d.cfg.Period, "on_demand", d.cfg.OnDemand,
		"took", time.Since(start).Round(time.Millisecond).String())
	return nil
}

func freePort(host string) (int, error) {
	ln, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	p := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	return p, nil
}

// genesis is geth's dev genesis with every dev account funded (the first like geth's dev
// faucet).
func (d *DevChain) genesis() *core.Genesis {
	g := core.DeveloperGenesisBlock(d.cfg.GasLimit, &d.accounts[0].Address)
	each := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	for _, a := range d.accounts[1:] {
		g.Alloc[a.Address] = types.Account{Balance: new(big.Int).Set(each)}
	}
	return g
}

// sealLoop seals blocks: when transactions arrive while on demand, else every Period. It runs
// two goroutines, as geth's own dev mode does: one only drains the pool's new-transaction feed
// (a feed blocks the pool until every subscriber has taken the event, and sealing waits for
// the pool, so the same goroutine must never do both) and one seals.
func (d *DevChain) sealLoop(ctx context.Context, onDemand bool) {
	defer close(d.done)
	txs := make(chan core.NewTxsEvent, 64)
	sub := d.eth.TxPool().SubscribeTransactions(txs, true)
	defer sub.Unsubscribe()
	var demand atomic.Bool
	demand.Store(onDemand)
	wake := make(chan struct{}, 1)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-ctx.Done():
				return
			case <-sub.Err():
				return
			case <-txs:
				if demand.Load() {
					select {
					case wake <- struct{}{}:
					default:
					}
				}
			}
		}
	}()
	defer wg.Wait()
	var ticker *time.Ticker
	var tick <-chan time.Time
	defer func() {
		if ticker != nil {
			ticker.Stop()
		}
	}()
	// On demand, a transaction that slipped in between the last seal and the pool's count would
	// wait for the next one; a slow sweep makes sure it does not wait forever.
	sweep := time.NewTicker(time.Second)
	defer sweep.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-sweep.C:
			if pending, _ := d.eth.TxPool().Stats(); pending > 0 && demand.Load() {
				d.sealPending(ctx)
			}
		case od := <-d.onDemand:
			demand.Store(od)
			if !od && ticker == nil {
				ticker = time.NewTicker(d.cfg.Period)
				tick = ticker.C
			}
		case <-wake:
			d.sealPending(ctx)
		case <-tick:
			d.Commit()
		}
	}
}

// sealPending seals until the pool has no executable transaction left, as geth's on-demand
// dev mode does.
func (d *DevChain) sealPending(ctx context.Context) {
	for i := 0; i < 1000 && ctx.Err() == nil; i++ {
		d.seal(true)
		if pending, _ := d.eth.TxPool().Stats(); pending == 0 {
			return
		}
	}
}

// ensureDeployment reuses the deployment file when its contracts are on this chain, and
// otherwise deploys, funds and delegates.
func (d *DevChain) ensureDeployment(ctx context.Context) error {
	c, err := Dial(ctx, d.HTTPEndpoint(), WithChainID(DevChainID))
	if err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	defer c.Close()
	if dep, err := contracts.Load(d.cfg.DeploymentPath); err == nil {
		if dep.ChainID != DevChainID {
			return fmt.Errorf("devchain: %s is a deployment on chain %d, not the dev chain; move it or use another home",
				d.cfg.DeploymentPath, dep.ChainID)
		}
		code, err := c.CodeAt(ctx, dep.Governor, nil)
		if err != nil {
			return fmt.Errorf("devchain: check deployment: %w", err)
		}
		if len(code) > 0 {
			d.deployment = dep
			return nil
		}
		d.log.Info("deployment file does not match this dev chain; deploying again", "path", d.cfg.DeploymentPath)
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("devchain: %w", err)
	}
	deployer := NewSigner(d.accounts[0].Key)
	dep, err := Deploy(ctx, c, deployer, DeployConfig{Params: *d.cfg.Params, Out: d.cfg.DeploymentPath, Force: true, Logger: d.log})
	if err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	if err := d.distribute(ctx, c, dep); err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	d.deployment, d.fresh = dep, true
	return nil
}

// distribute has each dev account delegate to itself, then splits the supply evenly among them.
// Delegations go first: a delegation's gas estimated before tokens arrive would be too low once
// they have, since moving votes costs more.
func (d *DevChain) distribute(ctx context.Context, c *Client, dep *contracts.Deployment) error {
	token := contracts.NewToken(dep.Token, c)
	var txs []*types.Transaction
	for _, a := range d.accounts {
		tx, err := token.Delegate(ctx, NewSigner(a.Key).TransactOpts(DevChainID), a.Address)
		if err != nil {
			return err
		}
		txs = append(txs, tx)
	}
	if err := waitAll(ctx, c, txs); err != nil {
		return fmt.Errorf("delegate dev accounts: %w", err)
	}
	share := new(big.Int).Div(dep.Params.InitialSupply, big.NewInt(int64(len(d.accounts))))
	deployer := NewSigner(d.accounts[0].Key).TransactOpts(DevChainID)
	nonce, err := c.PendingNonceAt(ctx, d.accounts[0].Address)
	if err != nil {
		return err
	}
	txs = txs[:0]
	for _, a := range d.accounts[1:] {
		o := *deployer
		o.Nonce = new(big.Int).SetUint64(nonce)
		nonce++
		tx, err := token.Transfer(ctx, &o, a.Address, share)
		if err != nil {
			return err
		}
		txs = append(txs, tx)
	}
	if err := waitAll(ctx, c, txs); err != nil {
		return fmt.Errorf("fund dev accounts: %w", err)
	}
	d.log.Info("dev accounts funded and delegated", "accounts", len(d.accounts), "tokens_each", FormatEther(share))
	return nil
}

func waitAll(ctx context.Context, c *Client, txs []*types.Transaction) error {
	for _, tx := range txs {
		if _, err := contracts.WaitMined(ctx, c, tx); err != nil {
			return err
		}
	}
	return nil
}

// writeKeystore stores the dev keys, encrypted with DevPassword, where the wallet finds them.
func (d *DevChain) writeKeystore() error {
	w, err := OpenWallet(WalletConfig{Dir: d.cfg.KeystoreDir, LightKDF: true})
	if err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	for _, a := range d.accounts {
		if _, err := w.ImportKey(a.Key, DevPassword); err != nil && !errors.Is(err, ErrAccountExists) {
			return fmt.Errorf("devchain: write dev key: %w", err)
		}
	}
	return nil
}

// Close stops sealing and shuts the node down; the chain stays on disk for the next Start.
func (d *DevChain) Close() error {
	d.closeOnce.Do(func() {
		if d.cancel != nil {
			d.cancel()
			<-d.done
		}
		if d.beacon != nil {
			d.sealMu.Lock()
			d.closeErr = d.beacon.Stop()
			d.sealMu.Unlock()
		}
		if d.stack != nil {
			d.closeErr = errors.Join(d.closeErr, d.stack.Close())
		}
	})
	return d.closeErr
}

// gethLogHandler passes go-ethereum's node logs to ours, one level down: geth's info is chatty
// (every RPC server start and stop), so it becomes debug; warnings and errors stay.
type gethLogHandler struct{ h slog.Handler }

func (g gethLogHandler) level(l slog.Level) slog.Level {
	if l < slog.LevelWarn {
		return slog.LevelDebug
	}
	return l
}

func (g gethLogHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return g.h.Enabled(ctx, g.level(l)) || l >= slog.LevelWarn
}

func (g gethLogHandler) Handle(ctx context.Context, r slog.Record) error {
	r.Level = g.level(r.Level)
	if r.Message == "P2P server will be useless, neither dialing nor listening" {
		r.Level = slog.LevelDebug // a dev chain has no peers by design
	}
	if !g.h.Enabled(ctx, r.Level) {
		return nil
	}
	return g.h.Handle(ctx, r)
}

func (g gethLogHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return gethLogHandler{g.h.WithAttrs(as)}
}

func (g gethLogHandler) WithGroup(name string) slog.Handler {
	return gethLogHandler{g.h.WithGroup(name)}
}

// DefaultCharterRecord is the registry record of the charter every node runs before governance
// activates another (node/charter's embedded default): version, SHA-256 of the exact bytes,
// and the CID the embedded IPFS gives the file (one raw block under the default import
// profile). The dev chain adopts it at deployment so the chain and the nodes agree from block 1.
func DefaultCharterRecord() *contracts.CharterRecord {
	c := charter.Default()
	sum := c.SHA256()
	mh, err := multihash.Sum(c.Bytes(), multihash.SHA2_256, -1)
	if err != nil {
		panic(err) // sha2-256 is always registered
	}
	return &contracts.CharterRecord{
		Version:      uint64(c.Version()),
		DocumentHash: common.Hash(sum),
		CID:          cid.NewCidV1(cid.Raw, mh).String(),
	}
}
