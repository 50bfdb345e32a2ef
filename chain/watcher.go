package chain

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/contracts/bindings/westgovernor"
	"github.com/x0tta6bl4/westworld/storage"
)

// Backend is what the Watcher reads from a chain. *Client and go-ethereum's simulated backend
// client both satisfy it.
type Backend interface {
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	// CodeAt and CallContract read the governors (quorums, states).
	bind.ContractCaller
}

// headerBatcher is implemented by backends that fetch many headers in one round trip (*Client).
type headerBatcher interface {
	HeadersByNumber(ctx context.Context, numbers []uint64) ([]*types.Header, error)
}

// headSubscriber is implemented by backends that push new heads (WebSocket clients); the
// watcher then reacts to a block at once instead of at the next poll.
type headSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// Dialer connects to the chain. The watcher calls it at start and again after it failed; a
// dialer must check the chain ID (Dial with WithDeployment does).
type Dialer func(ctx context.Context) (Backend, error)

// DialURL is the Dialer of an RPC URL for deployment d.
func DialURL(url string, d *contracts.Deployment) Dialer {
	return func(ctx context.Context) (Backend, error) {
		c, err := Dial(ctx, url, WithDeployment(d))
		if err != nil {
			return nil, err
		}
		return c, nil
	}
}

// WatcherConfig configures a Watcher.
type WatcherConfig struct {
	// Deployment is the contract set to follow; scanning starts at its StartBlock.
	Deployment *contracts.Deployment
	// Confirmations is how many blocks the watcher stays behind the head: a block is indexed
	// once Confirmations blocks are on top of it. Reorgs shallower than that are never seen.
	Confirmations uint64
	// PollInterval is how often the head is polled (default 500 ms). With a WebSocket
	// endpoint new heads also wake the watcher at once.
	PollInterval time.Duration
	// BatchBlocks is the block range of one eth_getLogs (default 2,000). A range the endpoint
	// refuses is halved until it is accepted.
	BatchBlocks uint64
	// ReorgWindow is how many recent block hashes are kept to find the common ancestor after a
	// reorg (default 256, at least Confirmations+16).
	ReorgWindow uint64
	// MaxLogsPerTxn bounds the logs written in one Badger transaction (default 1,000); a batch
	// with more is committed in several steps, each with its cursor.
	MaxLogsPerTxn int
	// RetryMin and RetryMax bound the exponential backoff while the endpoint fails (defaults
	// 500 ms and 30 s).
	RetryMin, RetryMax time.Duration
	// CallTimeout bounds each RPC call (default 30 s).
	CallTimeout time.Duration
	Logger      *slog.Logger
}

func (c *WatcherConfig) defaults() error {
	if c.Deployment == nil {
		return errors.New("watcher: no deployment")
	}
	if err := c.Deployment.Validate(); err != nil {
		return fmt.Errorf("watcher: %w", err)
	}
	if c.PollInterval <= 0 {
		c.PollInterval = 500 * time.Millisecond
	}
	if c.BatchBlocks == 0 {
		c.BatchBlocks = 2000
	}
	if c.ReorgWindow == 0 {
		c.ReorgWindow = 256
	}
	if c.ReorgWindow < c.Confirmations+16 {
		c.ReorgWindow = c.Confirmations + 16
	}
	if c.MaxLogsPerTxn <= 0 {
		c.MaxLogsPerTxn = 1000
	}
	if c.RetryMin <= 0 {
		c.RetryMin = 500 * time.Millisecond
	}
	if c.RetryMax < c.RetryMin {
		c.RetryMax = max(30*time.Second, c.RetryMin)
	}
	if c.CallTimeout <= 0 {
		c.CallTimeout = 30 * time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return nil
}

// Status is the watcher's health, for `westworld chain status` and the node's status page.
type Status struct {
	Connected bool   `json:"connected"`
	ChainID   uint64 `json:"chain_id"`
	// Head is the latest head seen; Target the block the watcher indexes up to (Head minus
	// Confirmations); Cursor the last block indexed; Lag is Head - Cursor.
	Head          uint64 `json:"head"`
	Target        uint64 `json:"target"`
	Cursor        uint64 `json:"cursor"`
	Lag           uint64 `json:"lag"`
	Synced        bool   `json:"synced"`
	Confirmations uint64 `json:"confirmations"`
	// LastError is the latest failure; RetryingSince is when the current run of failures began
	// (zero while healthy) and NextRetry when the watcher tries again.
	LastError     string    `json:"last_error,omitempty"`
	LastErrorAt   time.Time `json:"last_error_at,omitzero"`
	RetryingSince time.Time `json:"retrying_since,omitzero"`
	NextRetry     time.Time `json:"next_retry,omitzero"`
	// Indexed and Removed count events applied and un-applied since start; Skipped counts
	// malformed logs left out.
	Indexed uint64 `json:"indexed"`
	Removed uint64 `json:"removed"`
	Skipped uint64 `json:"skipped,omitempty"`
	// Reorgs counts rewinds since start; DeepReorgs those deeper than Confirmations.
	Reorgs     uint64     `json:"reorgs"`
	DeepReorgs uint64     `json:"deep_reorgs"`
	LastReorg  *ReorgInfo `json:"last_reorg,omitempty"`
}

// ReorgInfo describes the latest rewind.
type ReorgInfo struct {
	At       time.Time `json:"at"`
	From     uint64    `json:"from"`
	Ancestor uint64    `json:"ancestor"`
	Depth    uint64    `json:"depth"`
	Deep     bool      `json:"deep"`
}

// Watcher follows the chain and keeps the Index. Start runs it in the background; it never
// blocks its caller, and while the endpoint is down it retries with exponential backoff and
// reports so in Status, then resumes from its cursor.
type Watcher struct {
	cfg   WatcherConfig
	db    *badger.DB
	dial  Dialer
	dec   *contracts.EventDecoder
	index *Index
	log   *slog.Logger

	cancel context.CancelFunc
	done   chan struct{}
	kick   chan struct{}

	// Owned by the run goroutine.
	backend Backend
	headSub ethereum.Subscription
	heads   chan *types.Header
	quorums map[quorumKey]*big.Int

	// callMu guards caller, the connection OnChainState uses.
	callMu sync.Mutex
	caller Backend

	mu       sync.Mutex
	cursor   Cursor
	status   Status
	subs     map[*subscriber]struct{}
	progress chan struct{} // closed and replaced whenever the cursor moves
	closed   bool
}

type quorumKey struct {
	governor common.Address
	snapshot uint64
}

type subscriber struct {
	ch     chan Event
	missed uint64
}

// NewWatcher prepares a watcher over the store's PrefixChain and PrefixGovernance namespaces. If
// the index there was built for another deployment it is dropped and rebuilt.
func NewWatcher(cfg WatcherConfig, st *storage.Store, dial Dialer) (*Watcher, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	if st == nil || dial == nil {
		return nil, errors.New("watcher: no store or dialer")
	}
	w := &Watcher{cfg: cfg, db: st.DB(), dial: dial, dec: contracts.NewEventDecoder(cfg.Deployment),
		log:  cfg.Logger.With("component", "chain"),
		kick: make(chan struct{}, 1), quorums: map[quorumKey]*big.Int{},
		subs: map[*subscriber]struct{}{}, progress: make(chan struct{})}
	w.index = &Index{db: w.db, d: cfg.Deployment}
	if err := w.load(); err != nil {
		return nil, err
	}
	return w, nil
}

// fingerprint identifies a deployment: an index is only valid for the one it was built from.
func fingerprint(d *contracts.Deployment) []byte {
	b, _ := json.Marshal(struct {
		ChainID    uint64
		StartBlock uint64
		Addrs      []common.Address
	}{d.ChainID, d.StartBlock, []common.Address{d.Token, d.Timelock, d.Governor, d.EmergencyGovernor,
		d.CharterRegistry, d.ExperimentRegistry, d.GuardianRegistry, d.Emergency}})
	h := sha256.Sum256(b)
	return h[:]
}

func (w *Watcher) load() error {
	fp := fingerprint(w.cfg.Deployment)
	var stored []byte
	err := w.db.View(func(txn *badger.Txn) error {
		v, _, err := getValue(txn, ixKey(segMeta))
		stored = v
		return err
	})
	if err != nil {
		return fmt.Errorf("watcher: read index meta: %w", err)
	}
	if stored != nil && string(stored) != string(fp) {
		w.log.Warn("chain index was built for another deployment; rebuilding it")
		if err := w.db.DropPrefix(ixPrefix, watchPrefix); err != nil {
			return fmt.Errorf("watcher: drop stale index: %w", err)
		}
		stored = nil
	}
	if stored == nil {
		c := Cursor{Next: max(w.cfg.Deployment.StartBlock, 1)}
		err := w.db.Update(func(txn *badger.Txn) error {
			if err := txn.Set(ixKey(segMeta), fp); err != nil {
				return err
			}
			return putJSON(txn, kCursor(), c)
		})
		if err != nil {
			return fmt.Errorf("watcher: init index: %w", err)
		}
	}
	return w.db.View(func(txn *badger.Txn) error {
		ok, err := getJSON(txn, kCursor(), &w.cursor)
		if err == nil && !ok {
			err = fmt.Errorf("%w: no cursor", ErrCorruptIndex)
		}
		w.status.Cursor = w.cursor.Next - 1
		w.status.Confirmations = w.cfg.Confirmations
		w.status.ChainID = w.cfg.Deployment.ChainID
		return err
	})
}

// Index is the watcher's index.
func (w *Watcher) Index() *Index { return w.index }

// Start runs the watcher until Close. It returns at once; the first connection is made in the
// background.
func (w *Watcher) Start(ctx context.Context) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return ErrClosed
	}
	if w.done != nil {
		return errors.New("watcher already started")
	}
	ctx, w.cancel = context.WithCancel(context.WithoutCancel(ctx))
	w.done = make(chan struct{})
	go w.run(ctx)
	return nil
}

// Close stops the watcher, closes the connection and every subscription channel.
func (w *Watcher) Close() error {
	w.mu.Lock()
	if w.closed {
		w.mu.Unlock()
		return nil
	}
	w.closed = true
	cancel, done := w.cancel, w.done
	w.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	} else {
		w.dropBackend()
	}
	w.mu.Lock()
	for s := range w.subs {
		close(s.ch)
		delete(w.subs, s)
	}
	w.mu.Unlock()
	w.callMu.Lock()
	closeBackend(w.caller)
	w.caller = nil
	w.callMu.Unlock()
	return nil
}

// Kick makes the watcher poll now instead of at its next interval.
func (w *Watcher) Kick() {
	select {
	case w.kick <- struct{}{}:
	default:
	}
}

// Status is a snapshot of the watcher's health.
func (w *Watcher) Status() Status {
	w.mu.Lock()
	defer w.mu.Unlock()
	s := w.status
	if s.LastReorg != nil {
		r := *s.LastReorg
		s.LastReorg = &r
	}
	return s
}

// Subscribe returns a channel of the events the watcher indexes (and, with Removed set,
// un-indexes after a reorg), each sent once its batch is committed. The channel holds buffer
// events; when it is full further events are dropped and counted in the next one's Missed, so
// a slow subscriber never holds up indexing. It is closed when ctx ends or the watcher closes.
func (w *Watcher) Subscribe(ctx context.Context, buffer int) <-chan Event {
	if buffer <= 0 {
		buffer = 256
	}
	s := &subscriber{ch: make(chan Event, buffer)}
	w.mu.Lock()
	if w.closed {
		close(s.ch)
		w.mu.Unlock()
		return s.ch
	}
	w.subs[s] = struct{}{}
	w.mu.Unlock()
	context.AfterFunc(ctx, func() {
		w.mu.Lock()
		defer w.mu.Unlock()
		if _, ok := w.subs[s]; ok {
			delete(w.subs, s)
			close(s.ch)
		}
	})
	return s.ch
}

func (w *Watcher) publish(evs []Event) {
	if len(evs) == 0 {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	for s := range w.subs {
		for _, e := range evs {
			e.Missed = s.missed
			select {
			case s.ch <- e:
				s.missed = 0
			default:
				s.missed++
			}
		}
	}
}

// WaitIndexed waits until the index has passed block n (or ctx ends).
func (w *Watcher) WaitIndexed(ctx context.Context, n uint64) error {
	for {
		w.mu.Lock()
		next, ch := w.cursor.Next, w.progress
		rewinding := w.cursor.RewindTo != nil
		w.mu.Unlock()
		if next > n && !rewinding {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ch:
		}
	}
}

// setCursor records a committed cursor and wakes WaitIndexed.
func (w *Watcher) setCursor(c Cursor) {
	w.mu.Lock()
	w.cursor = c
	w.status.Cursor = c.Next - 1
	w.refreshLag()
	close(w.progress)
	w.progress = make(chan struct{})
	w.mu.Unlock()
}

func (w *Watcher) refreshLag() {
	s := &w.status
	s.Lag = 0
	if s.Head > s.Cursor {
		s.Lag = s.Head - s.Cursor
	}
	s.Synced = s.Connected && s.Cursor >= s.Target && w.cursor.RewindTo == nil
}

// run is the watcher's loop: step until caught up, then wait for a new head; on failure back off
// exponentially.
func (w *Watcher) run(ctx context.Context) {
	defer close(w.done)
	defer w.dropBackend()
	var backoff time.Duration
	quick := 0
	for {
		caughtUp, err := w.step(ctx)
		if ctx.Err() != nil {
			return
		}
		// A chain that keeps moving under the batch (or an endpoint that load-balances over
		// nodes that disagree) is retried at once a few times, then backed off like a failure.
		if errors.Is(err, errRetrySoon) {
			if quick++; quick > 20 {
				err = fmt.Errorf("%w, %d times in a row", err, quick)
			}
		} else {
			quick = 0
		}
		var wait time.Duration
		switch {
		case errors.Is(err, errRetrySoon) && quick <= 20:
			wait = 50 * time.Millisecond
		case err != nil:
			if backoff == 0 {
				backoff = w.cfg.RetryMin
			} else {
				backoff = min(2*backoff, w.cfg.RetryMax)
			}
			w.noteError(err, backoff)
			if w.backend == nil || isConnError(err) {
				w.dropBackend()
			}
			wait = backoff
		default:
			if backoff != 0 {
				w.log.Info("chain endpoint back", "cursor", w.Status().Cursor)
			}
			backoff = 0
			w.noteOK()
			if !caughtUp {
				continue
			}
			wait = w.cfg.PollInterval
		}
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return
		case <-timer.C:
		case <-w.kick:
			timer.Stop()
		case <-w.headsCh():
			timer.Stop()
		case err := <-w.headSubErr():
			timer.Stop()
			w.log.Debug("head subscription ended", "err", err)
			w.unsubscribeHeads()
		}
	}
}

// errRetrySoon means the chain moved under a batch; it is retried at once, not backed off.
var errRetrySoon = errors.New("chain changed during the batch")

func (w *Watcher) headsCh() <-chan *types.Header {
	if w.headSub == nil {
		return nil
	}
	return w.heads
}

func (w *Watcher) headSubErr() <-chan error {
	if w.headSub == nil {
		return nil
	}
	return w.headSub.Err()
}

func (w *Watcher) unsubscribeHeads() {
	if w.headSub != nil {
		w.headSub.Unsubscribe()
		w.headSub = nil
	}
}

// closeBackend closes a backend that has a Close method (a *Client does).
func closeBackend(b Backend) {
	if c, ok := b.(interface{ Close() }); ok {
		c.Close()
	}
}

func (w *Watcher) dropBackend() {
	w.unsubscribeHeads()
	closeBackend(w.backend)
	w.backend = nil
	w.mu.Lock()
	w.status.Connected = false
	w.status.Synced = false
	w.mu.Unlock()
}

func (w *Watcher) noteError(err error, backoff time.Duration) {
	now := time.Now()
	w.mu.Lock()
	first := w.status.RetryingSince.IsZero()
	if first {
		w.status.RetryingSince = now
	}
	w.status.LastError = redactErr(err)
	w.status.LastErrorAt = now
	w.status.NextRetry = now.Add(backoff)
	w.status.Synced = false
	w.mu.Unlock()
	if first {
		w.log.Warn("chain endpoint failing; retrying with backoff", "err", redactErr(err), "retry_in", backoff)
	} else {
		w.log.Debug("chain endpoint still failing", "err", redactErr(err), "retry_in", backoff)
	}
}

func (w *Watcher) noteOK() {
	w.mu.Lock()
	w.status.RetryingSince = time.Time{}
	w.status.NextRetry = time.Time{}
	w.mu.Unlock()
}

// redactErr is err's message with any URL in it cut down to scheme and host: hosted RPC
// endpoints carry API keys in the path, and the status and logs are shown to operators.
func redactErr(err error) string {
	s := err.Error()
	var ue *url.Error
	if errors.As(err, &ue) && ue.URL != "" {
		s = strings.ReplaceAll(s, ue.URL, RedactURL(ue.URL))
	}
	return s
}

// isConnError reports whether err says the endpoint could not be reached (as opposed to an
// answer the watcher did not like).
func isConnError(err error) bool {
	var re rpc.Error
	if errors.As(err, &re) {
		return false
	}
	return !errors.Is(err, ErrCorruptIndex)
}

func (w *Watcher) callCtx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, w.cfg.CallTimeout)
}

// connect dials when there is no backend.
func (w *Watcher) connect(ctx context.Context) (Backend, error) {
	if w.backend != nil {
		return w.backend, nil
	}
	cctx, cancel := w.callCtx(ctx)
	defer cancel()
	b, err := w.dial(cctx)
	if err != nil {
		return nil, err
	}
	id, err := b.ChainID(cctx)
	if err != nil {
		closeBackend(b)
		return nil, fmt.Errorf("chain id: %w", err)
	}
	if id.Cmp(new(big.Int).SetUint64(w.cfg.Deployment.ChainID)) != 0 {
		closeBackend(b)
		return nil, fmt.Errorf("%w: endpoint serves chain %s, the deployment is on chain %d", ErrWrongChain, id, w.cfg.Deployment.ChainID)
	}
	code, err := b.CodeAt(cctx, w.cfg.Deployment.Governor, nil)
	if err != nil {
		closeBackend(b)
		return nil, fmt.Errorf("governor code: %w", err)
	}
	if len(code) == 0 {
		closeBackend(b)
		return nil, fmt.Errorf("%w: no governor at %s on chain %d (the deployment file does not match this endpoint's chain)",
			ErrNotDeployed, w.cfg.Deployment.Governor.Hex(), w.cfg.Deployment.ChainID)
	}
	w.backend = b
	if hs, ok := b.(headSubscriber); ok {
		heads := make(chan *types.Header, 16)
		if sub, err := hs.SubscribeNewHead(ctx, heads); err == nil {
			w.headSub, w.heads = sub, heads
		}
	}
	// A good dial ends the run of failures: events fetched over this connection reach
	// subscribers before the step that fetched them returns.
	w.mu.Lock()
	w.status.Connected = true
	w.status.RetryingSince = time.Time{}
	w.status.NextRetry = time.Time{}
	w.mu.Unlock()
	w.log.Info("chain endpoint connected", "chain_id", id, "push_heads", w.headSub != nil)
	return b, nil
}

func (w *Watcher) header(ctx context.Context, b Backend, n uint64) (*types.Header, error) {
	cctx, cancel := w.callCtx(ctx)
	defer cancel()
	h, err := b.HeaderByNumber(cctx, new(big.Int).SetUint64(n))
	if err != nil {
		return nil, fmt.Errorf("header %d: %w", n, err)
	}
	if h == nil || h.Number == nil || h.Number.Uint64() != n {
		return nil, fmt.Errorf("header %d: endpoint returned another block", n)
	}
	return h, nil
}

// headers fetches several headers, in one batch when the backend can.
func (w *Watcher) headers(ctx context.Context, b Backend, nums []uint64) ([]*types.Header, error) {
	if hb, ok := b.(headerBatcher); ok && len(nums) > 1 {
		cctx, cancel := w.callCtx(ctx)
		defer cancel()
		hs, err := hb.HeadersByNumber(cctx, nums)
		if err != nil {
			return nil, err
		}
		for i, h := range hs {
			if h.Number == nil || h.Number.Uint64() != nums[i] {
				return nil, fmt.Errorf("header %d: endpoint returned another block", nums[i])
			}
		}
		return hs, nil
	}
	out := make([]*types.Header, len(nums))
	for i, n := range nums {
		h, err := w.header(ctx, b, n)
		if err != nil {
			return nil, err
		}
		out[i] = h
	}
	return out, nil
}

// step does one unit of work: finish a rewind, index one batch, or (when caught up) check the
// tip for a reorg and read pending quorums. caughtUp is true when there is nothing left to do
// until the head moves.
func (w *Watcher) step(ctx context.Context) (caughtUp bool, err error) {
	b, err := w.connect(ctx)
	if err != nil {
		return false, err
	}
	w.mu.Lock()
	cur := w.cursor
	w.mu.Unlock()
	if cur.RewindTo != nil {
		return false, w.rewind(ctx, b, *cur.RewindTo)
	}
	cctx, cancel := w.callCtx(ctx)
	head, err := b.BlockNumber(cctx)
	cancel()
	if err != nil {
		return false, fmt.Errorf("block number: %w", err)
	}
	var target uint64
	if head >= w.cfg.Confirmations {
		target = head - w.cfg.Confirmations
	}
	w.mu.Lock()
	w.status.Head, w.status.Target = head, target
	w.refreshLag()
	w.mu.Unlock()

	if cur.Next > target {
		// Caught up. The tip we indexed may still have been replaced by a branch of the same
		// height (or a shorter one: the head went backwards).
		if cur.Hash != (common.Hash{}) && cur.Next-1 <= head {
			h, err := w.header(ctx, b, cur.Next-1)
			if err != nil {
				return false, err
			}
			if h.Hash() != cur.Hash {
				return false, w.reorg(ctx, b, cur)
			}
		} else if cur.Hash != (common.Hash{}) && cur.Next-1 > head {
			return false, w.reorg(ctx, b, cur)
		}
		if err := w.readQuorums(ctx, b, cur.Next-1); err != nil {
			return false, err
		}
		w.mu.Lock()
		w.refreshLag()
		w.mu.Unlock()
		return true, nil
	}

	from := cur.Next
	to := min(from+w.cfg.BatchBlocks-1, target)
	if cur.Hash != (common.Hash{}) {
		h, err := w.header(ctx, b, from)
		if err != nil {
			return false, err
		}
		if h.ParentHash != cur.Hash {
			return false, w.reorg(ctx, b, cur)
		}
	}
	logs, to, err := w.fetchLogs(ctx, b, from, to)
	if err != nil {
		return false, err
	}
	// Hashes of the blocks a reorg can still reach (the last ReorgWindow below the head) and of
	// the batch's last block, which becomes the cursor.
	lo := from
	if head+1 > w.cfg.ReorgWindow && head+1-w.cfg.ReorgWindow > lo {
		lo = head + 1 - w.cfg.ReorgWindow
	}
	var nums []uint64
	for n := lo; n <= to; n++ {
		nums = append(nums, n)
	}
	if len(nums) == 0 {
		nums = []uint64{to}
	}
	hdrs, err := w.headers(ctx, b, nums)
	if err != nil {
		return false, err
	}
	hashes := make(map[uint64]common.Hash, len(hdrs)+len(logs))
	for i, h := range hdrs {
		if i > 0 && h.ParentHash != hdrs[i-1].Hash() {
			return false, errRetrySoon
		}
		hashes[h.Number.Uint64()] = h.Hash()
	}
	if nums[0] == from && cur.Hash != (common.Hash{}) && hdrs[0].ParentHash != cur.Hash {
		return false, errRetrySoon
	}
	for i := range logs {
		l := &logs[i]
		if l.BlockNumber < from || l.BlockNumber > to {
			return false, fmt.Errorf("endpoint returned a log of block %d for range %d-%d", l.BlockNumber, from, to)
		}
		if h, ok := hashes[l.BlockNumber]; ok && h != l.BlockHash {
			return false, errRetrySoon
		}
		hashes[l.BlockNumber] = l.BlockHash
	}
	if err := w.applyBatch(from, to, logs, hashes); err != nil {
		return false, err
	}
	return to >= target, w.readQuorums(ctx, b, to)
}

// fetchLogs runs eth_getLogs over [from, to], halving the range while the endpoint refuses it
// (result or range limits); it returns the range actually covered.
func (w *Watcher) fetchLogs(ctx context.Context, b Backend, from, to uint64) ([]types.Log, uint64, error) {
	for {
		cctx, cancel := w.callCtx(ctx)
		logs, err := b.FilterLogs(cctx, w.dec.FilterQuery(from, new(big.Int).SetUint64(to)))
		cancel()
		if err == nil {
			return logs, to, nil
		}
		if !refusedRange(err) || to == from {
			return nil, 0, fmt.Errorf("get logs %d-%d: %w", from, to, err)
		}
		to = from + (to-from)/2
		w.log.Debug("endpoint refused a log range; halving", "from", from, "to", to, "err", err)
	}
}

// refusedRange reports whether the endpoint answered a getLogs with an error about the query
// (too many results, range too wide) rather than failing to answer.
func refusedRange(err error) bool {
	var re rpc.Error
	if errors.As(err, &re) {
		return true
	}
	var he rpc.HTTPError
	if errors.As(err, &he) {
		return he.StatusCode == http.StatusRequestEntityTooLarge || he.StatusCode == http.StatusBadRequest
	}
	return false
}

// applyBatch indexes the logs of blocks [from, to] in transactions of at most MaxLogsPerTxn
// logs, split at block boundaries; each commits its part of the index together with the cursor,
// so a crash leaves the index and the cursor consistent.
func (w *Watcher) applyBatch(from, to uint64, logs []types.Log, hashes map[uint64]common.Hash) error {
	start := 0
	for start < len(logs) || start == 0 {
		end := len(logs)
		if end-start > w.cfg.MaxLogsPerTxn {
			end = start + w.cfg.MaxLogsPerTxn
			// Do not split a block: extend to its last log.
			for end < len(logs) && logs[end].BlockNumber == logs[end-1].BlockNumber {
				end++
			}
		}
		last := to
		if end < len(logs) {
			last = logs[end-1].BlockNumber
		}
		if err := w.commitChunk(logs[start:end], last, hashes); err != nil {
			return err
		}
		if end >= len(logs) {
			return nil
		}
		start = end
	}
	return nil
}

// commitChunk writes logs (all in blocks up to last) and moves the cursor past last. A chunk
// that is too big for one Badger transaction is split in two at a block boundary.
func (w *Watcher) commitChunk(logs []types.Log, last uint64, hashes map[uint64]common.Hash) error {
	w.mu.Lock()
	prev := w.cursor
	w.mu.Unlock()
	next := Cursor{Next: last + 1, Hash: hashes[last]}
	var events []Event
	var skipped int
	err := w.db.Update(func(txn *badger.Txn) error {
		ix := newIxWriter(txn, w.cfg.Deployment, w.dec, w.log)
		for i := range logs {
			if err := ix.apply(&logs[i]); err != nil {
				return err
			}
		}
		if err := ix.flush(); err != nil {
			return err
		}
		for n, h := range hashes {
			if n >= prev.Next && n <= last && n+w.cfg.ReorgWindow > last {
				if err := txn.Set(kHash(n), h[:]); err != nil {
					return err
				}
			}
		}
		if err := w.pruneHashes(txn, last); err != nil {
			return err
		}
		if err := putJSON(txn, kCursor(), next); err != nil {
			return err
		}
		events, skipped = ix.events, ix.skipped
		return nil
	})
	if errors.Is(err, badger.ErrTxnTooBig) && len(logs) > 1 {
		mid := len(logs) / 2
		for mid < len(logs) && logs[mid].BlockNumber == logs[mid-1].BlockNumber {
			mid++
		}
		if mid == len(logs) {
			mid = len(logs) / 2
			for mid > 0 && logs[mid].BlockNumber == logs[mid-1].BlockNumber {
				mid--
			}
		}
		if mid > 0 && mid < len(logs) {
			if err := w.commitChunk(logs[:mid], logs[mid-1].BlockNumber, hashes); err != nil {
				return err
			}
			return w.commitChunk(logs[mid:], last, hashes)
		}
	}
	if err != nil {
		return fmt.Errorf("index blocks %d-%d: %w", prev.Next, last, err)
	}
	closed, err := w.closedVotes(prev.Next, next.Next)
	if err != nil {
		return err
	}
	w.setCursor(next)
	w.mu.Lock()
	w.status.Indexed += uint64(len(events))
	w.status.Skipped += uint64(skipped)
	w.mu.Unlock()
	w.publish(append(events, closed...))
	return nil
}

// pruneHashes drops block hashes that fell out of the reorg window.
func (w *Watcher) pruneHashes(txn *badger.Txn, last uint64) error {
	if last < w.cfg.ReorgWindow {
		return nil
	}
	limit := kHash(last - w.cfg.ReorgWindow + 1)
	var dead [][]byte
	err := iterate(txn, watchKey(segHash), false, func(key, _ []byte) error {
		if string(key) >= string(limit) {
			return errStop
		}
		dead = append(dead, append([]byte(nil), key...))
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return err
	}
	for _, k := range dead {
		if err := txn.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// closedVotes lists VoteClosed events for proposals whose deadline the index passed when its
// cursor moved from prevNext to next: a proposal's vote is over once the indexed block is after
// its VoteEnd.
func (w *Watcher) closedVotes(prevNext, next uint64) ([]Event, error) {
	if next <= prevNext {
		return nil, nil
	}
	var out []Event
	// Deadlines in [prevNext-1, next-1) were active at the old cursor and are over now.
	lo := ixKey(segVoteEnd, be64(prevNext-1))
	p := ixKey(segVoteEnd)
	err := w.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.PrefetchValues = false
		opts.Prefix = p
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Seek(lo); it.ValidForPrefix(p); it.Next() {
			k := it.Item().Key()
			end := beUint64(k[len(p):])
			if end >= next-1 {
				break
			}
			pk := k[len(p)+8:]
			if _, canceled, err := getValue(txn, kCanceled(pk)); err != nil || canceled {
				if err != nil {
					return err
				}
				continue
			}
			g := w.cfg.Deployment.Governor
			if pk[0] == tagEmergency {
				g = w.cfg.Deployment.EmergencyGovernor
			}
			out = append(out, Event{Kind: KindVoteClosed, ProposalID: new(big.Int).SetBytes(pk[1:]), Governor: g,
				At: EventRef{Block: end}})
		}
		return nil
	})
	return out, err
}

func beUint64(b []byte) uint64 {
	var n uint64
	for _, c := range b[:8] {
		n = n<<8 | uint64(c)
	}
	return n
}

// readQuorums reads, from the governors, the quorum of proposals whose snapshot the index has
// passed; proposals sharing a governor and snapshot share one call.
func (w *Watcher) readQuorums(ctx context.Context, b Backend, indexed uint64) error {
	type open struct {
		key      []byte
		pk       []byte
		snapshot uint64
	}
	var unread []open
	p := ixKey(segOpenQuorum)
	err := w.db.View(func(txn *badger.Txn) error {
		return iterate(txn, p, false, func(key, _ []byte) error {
			snap := beUint64(key[len(p):])
			if snap >= indexed || len(unread) >= 4096 {
				return errStop
			}
			unread = append(unread, open{key: append([]byte(nil), key...), pk: append([]byte(nil), key[len(p)+8:]...), snapshot: snap})
			return nil
		})
	})
	if err != nil && !errors.Is(err, errStop) {
		return err
	}
	if len(unread) == 0 {
		return nil
	}
	gov := westgovernor.NewWestGovernor()
	vals := make([][]byte, len(unread))
	for i, o := range unread {
		g := w.cfg.Deployment.Governor
		if o.pk[0] == tagEmergency {
			g = w.cfg.Deployment.EmergencyGovernor
		}
		qk := quorumKey{g, o.snapshot}
		q, ok := w.quorums[qk]
		if !ok {
			c := bind.NewBoundContract(g, gov.GetABI(), b, nil, nil)
			cctx, cancel := w.callCtx(ctx)
			v, err := bind.Call(c, &bind.CallOpts{Context: cctx}, gov.PackQuorum(new(big.Int).SetUint64(o.snapshot)), gov.UnpackQuorum)
			cancel()
			if err != nil {
				if ctx.Err() != nil {
					return nil
				}
				// Not fatal: the index stays correct without it and the read is retried at the
				// next poll.
				w.log.Warn("cannot read a proposal quorum; retrying later", "governor", g, "snapshot", o.snapshot,
					"err", contracts.DecodeRevert(err))
				return nil
			}
			q = v
			w.quorums[qk] = q
		}
		vals[i] = q.Bytes()
	}
	return w.db.Update(func(txn *badger.Txn) error {
		for i, o := range unread {
			if _, ok, err := getValue(txn, kProposal(o.pk)); err != nil {
				return err
			} else if ok {
				if err := txn.Set(kQuorum(o.pk), vals[i]); err != nil {
					return err
				}
			}
			if err := txn.Delete(o.key); err != nil {
				return err
			}
		}
		return nil
	})
}

// reorg handles a cursor whose block is no longer canonical: it finds the last block both
// branches share, records the rewind in the cursor (so a crash resumes it) and rewinds.
func (w *Watcher) reorg(ctx context.Context, b Backend, cur Cursor) error {
	ancestor, err := w.findAncestor(ctx, b, cur)
	if err != nil {
		return err
	}
	depth := cur.Next - 1 - ancestor
	deep := depth > w.cfg.Confirmations
	if deep {
		w.log.Warn("reorg deeper than the confirmations; rewinding and reindexing",
			"from", cur.Next-1, "ancestor", ancestor, "depth", depth, "confirmations", w.cfg.Confirmations)
	} else {
		w.log.Info("reorg; rewinding", "from", cur.Next-1, "ancestor", ancestor, "depth", depth)
	}
	w.mu.Lock()
	w.status.Reorgs++
	if deep {
		w.status.DeepReorgs++
	}
	w.status.LastReorg = &ReorgInfo{At: time.Now(), From: cur.Next - 1, Ancestor: ancestor, Depth: depth, Deep: deep}
	w.mu.Unlock()
	cur.RewindTo = &ancestor
	if err := w.db.Update(func(txn *badger.Txn) error { return putJSON(txn, kCursor(), cur) }); err != nil {
		return fmt.Errorf("record rewind: %w", err)
	}
	w.setCursor(cur)
	return w.rewind(ctx, b, ancestor)
}

// findAncestor is the highest block below the cursor whose recorded hash is still canonical:
// first among the recent block hashes, then among the blocks of journalled logs (newest first,
// 64 at a time), and failing both the block before the deployment.
func (w *Watcher) findAncestor(ctx context.Context, b Backend, cur Cursor) (uint64, error) {
	var window []knownBlock
	err := w.db.View(func(txn *badger.Txn) error {
		p := watchKey(segHash)
		return iterate(txn, p, true, func(key, v []byte) error {
			if n := beUint64(key[len(p):]); n < cur.Next {
				window = append(window, knownBlock{n, common.BytesToHash(v)})
			}
			return nil
		})
	})
	if err != nil {
		return 0, err
	}
	if n, ok, err := w.firstCanonical(ctx, b, window); err != nil || ok {
		return n, err
	}
	below := cur.Next
	if len(window) > 0 {
		below = window[len(window)-1].n
	}
	for {
		var part []knownBlock
		err := w.db.View(func(txn *badger.Txn) error {
			jp := ixKey(segJournal)
			opts := badger.DefaultIteratorOptions
			opts.Prefix = jp
			opts.Reverse = true
			it := txn.NewIterator(opts)
			defer it.Close()
			for it.Seek(ixKey(segJournal, be64(below))); it.ValidForPrefix(jp) && len(part) < 64; it.Next() {
				n := beUint64(it.Item().Key()[len(jp):])
				if n >= below || len(part) > 0 && part[len(part)-1].n == n {
					continue
				}
				v, err := it.Item().ValueCopy(nil)
				if err != nil {
					return err
				}
				if len(v) < logHashEnd {
					return fmt.Errorf("%w: short journal entry at block %d", ErrCorruptIndex, n)
				}
				part = append(part, knownBlock{n, common.BytesToHash(v[logHashStart:logHashEnd])})
			}
			return nil
		})
		if err != nil {
			return 0, err
		}
		if len(part) == 0 {
			return w.cfg.Deployment.StartBlock - 1, nil
		}
		if n, ok, err := w.firstCanonical(ctx, b, part); err != nil || ok {
			return n, err
		}
		below = part[len(part)-1].n
	}
}

type knownBlock struct {
	n uint64
	h common.Hash
}

// firstCanonical returns the first of ks (newest first) whose hash is the canonical one.
func (w *Watcher) firstCanonical(ctx context.Context, b Backend, ks []knownBlock) (uint64, bool, error) {
	const chunk = 64
	for i := 0; i < len(ks); i += chunk {
		part := ks[i:min(i+chunk, len(ks))]
		nums := make([]uint64, len(part))
		for j, k := range part {
			nums[j] = k.n
		}
		hs, err := w.headers(ctx, b, nums)
		if err != nil {
			// Blocks above a shorter new head do not exist; check one by one.
			hs = make([]*types.Header, len(nums))
			for j, n := range nums {
				h, herr := w.header(ctx, b, n)
				if herr != nil && !isMissingHeader(herr) {
					return 0, false, herr
				}
				hs[j] = h
			}
		}
		for j, h := range hs {
			if h != nil && h.Hash() == part[j].h {
				return part[j].n, true, nil
			}
		}
	}
	return 0, false, nil
}

func isMissingHeader(err error) bool {
	if errors.Is(err, ethereum.NotFound) {
		return true
	}
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "not found") || strings.Contains(s, "another block")
}

// rewind un-indexes every journalled log after block ancestor, newest first, MaxLogsPerTxn per
// transaction; the last transaction also drops the abandoned block hashes, re-opens the quorum
// reads of proposals whose snapshot is after the ancestor, and sets the cursor to the block after
// the ancestor.
func (w *Watcher) rewind(ctx context.Context, b Backend, ancestor uint64) error {
	var ancestorHash common.Hash
	if ancestor > 0 && ancestor+1 > w.cfg.Deployment.StartBlock {
		h, err := w.header(ctx, b, ancestor)
		if err != nil {
			return err
		}
		ancestorHash = h.Hash()
	}
	clear(w.quorums)
	for {
		var events []Event
		done := false
		var cur Cursor
		err := w.db.Update(func(txn *badger.Txn) error {
			ix := newIxWriter(txn, w.cfg.Deployment, w.dec, w.log)
			var entries [][]byte
			jp := ixKey(segJournal)
			err := iterate(txn, jp, true, func(key, v []byte) error {
				if beUint64(key[len(jp):]) <= ancestor {
					return errStop
				}
				if len(entries) >= w.cfg.MaxLogsPerTxn {
					return errStop
				}
				entries = append(entries, append([]byte(nil), v...))
				return nil
			})
			if err != nil && !errors.Is(err, errStop) {
				return err
			}
			for _, e := range entries {
				l, err := decodeLog(e)
				if err != nil {
					return fmt.Errorf("%w: %v", ErrCorruptIndex, err)
				}
				if err := ix.undo(l); err != nil {
					return err
				}
			}
			if err := ix.flush(); err != nil {
				return err
			}
			events = ix.events
			if len(entries) == w.cfg.MaxLogsPerTxn {
				return nil // more to undo; the cursor keeps RewindTo
			}
			done = true
			if err := deleteFrom(txn, watchKey(segHash), be64(ancestor+1)); err != nil {
				return err
			}
			vs := ixKey(segVoteStart)
			err = iterate(txn, vs, false, func(key, _ []byte) error {
				snap := beUint64(key[len(vs):])
				if snap <= ancestor {
					return nil
				}
				pk := key[len(vs)+8:]
				if err := txn.Delete(kQuorum(pk)); err != nil {
					return err
				}
				return txn.Set(kOpenQuorum(snap, pk), nil)
			})
			if err != nil {
				return err
			}
			cur = Cursor{Next: ancestor + 1, Hash: ancestorHash}
			if ancestorHash != (common.Hash{}) {
				if err := txn.Set(kHash(ancestor), ancestorHash[:]); err != nil {
					return err
				}
			}
			return putJSON(txn, kCursor(), cur)
		})
		if err != nil {
			return fmt.Errorf("rewind to %d: %w", ancestor, err)
		}
		w.mu.Lock()
		w.status.Removed += uint64(len(events))
		w.mu.Unlock()
		w.publish(events)
		if done {
			w.setCursor(cur)
			w.log.Info("rewound index", "to", ancestor)
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}

// deleteFrom deletes the keys under prefix whose remainder is >= from.
func deleteFrom(txn *badger.Txn, prefix, from []byte) error {
	var dead [][]byte
	opts := badger.DefaultIteratorOptions
	opts.PrefetchValues = false
	opts.Prefix = prefix
	it := txn.NewIterator(opts)
	for it.Seek(append(append([]byte(nil), prefix...), from...)); it.ValidForPrefix(prefix); it.Next() {
		dead = append(dead, it.Item().KeyCopy(nil))
	}
	it.Close()
	for _, k := range dead {
		if err := txn.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// OnChainState asks the governor for a proposal's state now: what a gossip validator compares
// a gossiped state with. It uses its own connection (the run goroutine owns the watcher's),
// dialled on first use and redialled after a failure; while the endpoint is down it fails with
// the dial error at once instead of waiting.
func (w *Watcher) OnChainState(ctx context.Context, governor common.Address, id *big.Int) (contracts.ProposalState, error) {
	w.callMu.Lock()
	defer w.callMu.Unlock()
	cctx, cancel := w.callCtx(ctx)
	defer cancel()
	if w.caller == nil {
		b, err := w.dial(cctx)
		if err != nil {
			return 0, err
		}
		w.caller = b
	}
	gov := westgovernor.NewWestGovernor()
	c := bind.NewBoundContract(governor, gov.GetABI(), w.caller, nil, nil)
	s, err := bind.Call(c, &bind.CallOpts{Context: cctx}, gov.PackState(id), gov.UnpackState)
	if err != nil {
		if isConnError(err) {
			closeBackend(w.caller)
			w.caller = nil
		}
		return 0, fmt.Errorf("state of %s: %w", ShortID(id), contracts.DecodeRevert(err))
	}
	return contracts.ProposalState(s), nil
}
