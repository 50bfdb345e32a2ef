// Package storage keeps all of a node's state in one Badger database on disk.
//
// Every domain owns a key prefix (see the Prefix constants) and reaches the
// database only through a Namespace, so two domains can never read or clobber
// each other's keys. Writes are synced to disk before they return: a value
// that a call has acknowledged survives a crash or SIGKILL.
package storage

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	badger "github.com/dgraph-io/badger/v4"
)

// ErrNotFound is returned when a key does not exist.
var ErrNotFound = errors.New("not found")

// ErrLocked is returned by New when another process holds the datastore.
var ErrLocked = errors.New("datastore is locked by another process (is a daemon already running on this home?)")

// Prefix is the key prefix one domain owns. Prefixes never nest.
type Prefix string

// The domains of the node and their prefixes. A new domain adds a constant
// here so that the whole key space is visible in one place.
const (
	PrefixNode       Prefix = "node/"
	PrefixCharter    Prefix = "charter/"
	PrefixAudit      Prefix = "audit/"
	PrefixEnforce    Prefix = "enforce/"
	PrefixChain      Prefix = "chain/"
	PrefixGovernance Prefix = "gov/"
	PrefixCapability Prefix = "cap/"
	PrefixIPFS       Prefix = "ipfs"
	PrefixRefuge     Prefix = "refuge/"
	PrefixCradle     Prefix = "cradle/"
	PrefixNarrative  Prefix = "narrative/"
	PrefixGossip     Prefix = "gossip/"
)

// Config configures the store.
type Config struct {
	// Dir is the Badger directory (home/datastore).
	Dir string
	// CacheMB bounds Badger's block cache; small by default to keep an idle
	// node's memory low.
	CacheMB int
	// GCInterval is how often value-log garbage collection runs; 0 means 10m.
	GCInterval time.Duration
	// NoSync skips fsync on each write. Only benchmarks set it.
	NoSync bool
	Logger *slog.Logger
}

// Store is the node's Badger database.
type Store struct {
	cfg  Config
	db   *badger.DB
	log  *slog.Logger
	stop context.CancelFunc
	wg   sync.WaitGroup
}

// New opens (or creates) the database at cfg.Dir.
func New(cfg Config) (*Store, error) {
	if cfg.Dir == "" {
		return nil, errors.New("storage: no directory")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.CacheMB <= 0 {
		cfg.CacheMB = 16
	}
	if cfg.GCInterval <= 0 {
		cfg.GCInterval = 10 * time.Minute
	}
	log := cfg.Logger.With("component", "storage")
	opts := badger.DefaultOptions(cfg.Dir).
		WithSyncWrites(!cfg.NoSync).
		WithLogger(badgerLogger{log}).
		WithMemTableSize(16 << 20).
		WithNumMemtables(2).
		WithValueLogFileSize(128 << 20).
		WithBlockCacheSize(int64(cfg.CacheMB) << 20).
		WithIndexCacheSize(8 << 20).
		WithNumCompactors(2).
		WithValueThreshold(4 << 10)
	db, err := badger.Open(opts)
	if err != nil {
		if strings.Contains(err.Error(), "Cannot acquire directory lock") {
			return nil, fmt.Errorf("open datastore %s: %w", cfg.Dir, ErrLocked)
		}
		return nil, fmt.Errorf("open datastore %s: %w", cfg.Dir, err)
	}
	return &Store{cfg: cfg, db: db, log: log}, nil
}

// Start runs value-log garbage collection in the background until Close.
func (s *Store) Start(ctx context.Context) error {
	ctx, s.stop = context.WithCancel(context.WithoutCancel(ctx))
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		t := time.NewTicker(s.cfg.GCInterval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				for s.db.RunValueLogGC(0.5) == nil {
				}
			}
		}
	}()
	return nil
}

// Close stops background work and closes the database.
func (s *Store) Close() error {
	if s.stop != nil {
		s.stop()
	}
	s.wg.Wait()
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close datastore: %w", err)
	}
	return nil
}

// DB is the underlying database, for adapters (the go-datastore one) that
// manage their own key space under a Prefix.
func (s *Store) DB() *badger.DB { return s.db }

// Size is the on-disk size of the LSM tree and value log in bytes.
func (s *Store) Size() int64 {
	lsm, vlog := s.db.Size()
	return lsm + vlog
}

// Namespace returns the view of the store under prefix p.
func (s *Store) Namespace(p Prefix) *Namespace {
	return &Namespace{db: s.db, prefix: []byte(p)}
}

// Namespace is one domain's part of the store. Keys given to and returned by
// its methods never include the prefix.
type Namespace struct {
	db     *badger.DB
	prefix []byte
}

func (n *Namespace) key(k []byte) []byte {
	out := make([]byte, 0, len(n.prefix)+len(k))
	return append(append(out, n.prefix...), k...)
}

// Get returns a copy of the value under key, or ErrNotFound.
func (n *Namespace) Get(key []byte) ([]byte, error) {
	var out []byte
	err := n.View(func(tx *Tx) error {
		v, err := tx.Get(key)
		out = v
		return err
	})
	return out, err
}

// Has reports whether key exists.
func (n *Namespace) Has(key []byte) (bool, error) {
	_, err := n.Get(key)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	return err == nil, err
}

// Put stores val under key; it is on disk when Put returns.
func (n *Namespace) Put(key, val []byte) error {
	return n.Update(func(tx *Tx) error { return tx.Put(key, val) })
}

// Delete removes key; deleting a missing key is not an error.
func (n *Namespace) Delete(key []byte) error {
	return n.Update(func(tx *Tx) error { return tx.Delete(key) })
}

// Iterate calls fn for every key under prefix (within the namespace) in key
// order. The slices passed to fn are valid only during the call.
func (n *Namespace) Iterate(prefix []byte, fn func(key, val []byte) error) error {
	return n.View(func(tx *Tx) error { return tx.Iterate(prefix, fn) })
}

// Count returns how many keys lie under prefix.
func (n *Namespace) Count(prefix []byte) (int, error) {
	c := 0
	err := n.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.PrefetchValues = false
		opts.Prefix = n.key(prefix)
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			c++
		}
		return nil
	})
	return c, err
}

// Update runs fn in one read-write transaction: all its writes land together
// or not at all.
func (n *Namespace) Update(fn func(tx *Tx) error) error {
	return n.db.Update(func(txn *badger.Txn) error { return fn(&Tx{ns: n, txn: txn}) })
}

// View runs fn in a read-only transaction with a consistent snapshot.
func (n *Namespace) View(fn func(tx *Tx) error) error {
	return n.db.View(func(txn *badger.Txn) error { return fn(&Tx{ns: n, txn: txn}) })
}

// Tx is a transaction scoped to one namespace.
type Tx struct {
	ns  *Namespace
	txn *badger.Txn
}

// Get returns a copy of the value under key, or ErrNotFound.
func (t *Tx) Get(key []byte) ([]byte, error) {
	it, err := t.txn.Get(t.ns.key(key))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return it.ValueCopy(nil)
}

// Put stores val under key.
func (t *Tx) Put(key, val []byte) error { return t.txn.Set(t.ns.key(key), val) }

// Delete removes key.
func (t *Tx) Delete(key []byte) error { return t.txn.Delete(t.ns.key(key)) }

// Iterate calls fn for each key under prefix in key order.
func (t *Tx) Iterate(prefix []byte, fn func(key, val []byte) error) error {
	opts := badger.DefaultIteratorOptions
	full := t.ns.key(prefix)
	opts.Prefix = full
	it := t.txn.NewIterator(opts)
	defer it.Close()
	for it.Seek(full); it.ValidForPrefix(full); it.Next() {
		item := it.Item()
		k := bytes.TrimPrefix(item.Key(), t.ns.prefix)
		err := item.Value(func(v []byte) error { return fn(k, v) })
		if err != nil {
			return err
		}
	}
	return nil
}

// badgerLogger sends Badger's own logs to slog; its info chatter is debug here.
type badgerLogger struct{ l *slog.Logger }

func (b badgerLogger) Errorf(f string, a ...any)   { b.l.Error(strings.TrimSpace(fmt.Sprintf(f, a...))) }
func (b badgerLogger) Warningf(f string, a ...any) { b.l.Warn(strings.TrimSpace(fmt.Sprintf(f, a...))) }
func (b badgerLogger) Infof(f string, a ...any)    { b.l.Debug(strings.TrimSpace(fmt.Sprintf(f, a...))) }
func (b badgerLogger) Debugf(f string, a ...any)   { b.l.Debug(strings.TrimSpace(fmt.Sprintf(f, a...))) }
