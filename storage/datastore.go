package storage

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"sync"
	"sync/atomic"

	badger "github.com/dgraph-io/badger/v4"
	ds "github.com/ipfs/go-datastore"
	dsq "github.com/ipfs/go-datastore/query"
)

// ErrClosed is returned by a Datastore (and its batches and transactions)
// after Close.
var ErrClosed = errors.New("datastore closed")

// Datastore is a go-datastore over one Namespace of the Badger store: the
// datastore key "/blocks/X" under PrefixIPFS lives at "ipfs/blocks/X". It is
// what boxo's blockstore, pinner and provider queue persist through.
//
// Every acknowledged Put, Delete and Batch.Commit is on disk when it returns,
// because the Store syncs writes. A Batch lands in one Badger transaction, so
// it is atomic as long as it fits in one (Badger allows about 15% of a
// memtable of keys and small values per transaction; values of 4 KiB and more
// only cost a pointer). A larger batch is split into several transactions and
// is no longer atomic, which go-datastore's Batch contract allows.
type Datastore struct {
	db     *badger.DB
	dir    string
	prefix []byte
	closed atomic.Bool
}

var (
	_ ds.Batching            = (*Datastore)(nil)
	_ ds.TxnDatastore        = (*Datastore)(nil)
	_ ds.PersistentDatastore = (*Datastore)(nil)
	_ ds.GCDatastore         = (*Datastore)(nil)
	_ ds.Txn                 = (*txn)(nil)
)

// NewDatastore returns the go-datastore view of st under prefix p.
func NewDatastore(st *Store, p Prefix) *Datastore {
	return &Datastore{db: st.db, dir: st.cfg.Dir, prefix: []byte(p)}
}

// dsKey is the Badger key of a datastore key: the prefix followed by the
// cleaned key, which always starts with "/".
func (d *Datastore) dsKey(k ds.Key) []byte {
	s := k.String()
	out := make([]byte, 0, len(d.prefix)+len(s))
	return append(append(out, d.prefix...), s...)
}

func (d *Datastore) check() error {
	if d.closed.Load() {
		return ErrClosed
	}
	return nil
}

// Get returns a copy of the value under key, or ds.ErrNotFound.
func (d *Datastore) Get(ctx context.Context, key ds.Key) ([]byte, error) {
	if err := d.check(); err != nil {
		return nil, err
	}
	var out []byte
	err := d.db.View(func(t *badger.Txn) error {
		var err error
		out, err = getValue(t, d.dsKey(key))
		return err
	})
	return out, err
}

// Has reports whether key exists without reading its value.
func (d *Datastore) Has(ctx context.Context, key ds.Key) (bool, error) {
	if err := d.check(); err != nil {
		return false, err
	}
	var ok bool
	err := d.db.View(func(t *badger.Txn) error {
		var err error
		ok, err = hasKey(t, d.dsKey(key))
		return err
	})
	return ok, err
}

// GetSize returns the exact length of the value under key, or
// ds.ErrNotFound. Badger's own ValueSize is an estimate for values kept in
// the value log, and bitswap uses the size to decide what it sends.
func (d *Datastore) GetSize(ctx context.Context, key ds.Key) (int, error) {
	if err := d.check(); err != nil {
		return -1, err
	}
	size := -1
	err := d.db.View(func(t *badger.Txn) error {
		var err error
		size, err = valueSize(t, d.dsKey(key))
		return err
	})
	return size, err
}

// Put stores value under key; it is on disk when Put returns.
func (d *Datastore) Put(ctx context.Context, key ds.Key, value []byte) error {
	if err := d.check(); err != nil {
		return err
	}
	if err := d.db.Update(func(t *badger.Txn) error { return t.Set(d.dsKey(key), value) }); err != nil {
		return fmt.Errorf("put %s: %w", key, err)
	}
	return nil
}

// Delete removes key; a missing key is not an error.
func (d *Datastore) Delete(ctx context.Context, key ds.Key) error {
	if err := d.check(); err != nil {
		return err
	}
	if err := d.db.Update(func(t *badger.Txn) error { return t.Delete(d.dsKey(key)) }); err != nil {
		return fmt.Errorf("delete %s: %w", key, err)
	}
	return nil
}

// Sync flushes Badger's value log and memtable WAL to disk. Writes are
// already synced by the Store, so this only matters for a Store opened with
// NoSync.
func (d *Datastore) Sync(ctx context.Context, prefix ds.Key) error {
	if err := d.check(); err != nil {
		return err
	}
	if err := d.db.Sync(); err != nil {
		return fmt.Errorf("sync datastore: %w", err)
	}
	return nil
}

// Close stops the datastore from serving further calls. The Badger database
// belongs to the Store and stays open.
func (d *Datastore) Close() error {
	d.closed.Store(true)
	return nil
}

// DiskUsage is the on-disk size of the whole Badger store, measured from its
// files: Badger does not account space per key prefix, and its own Size is
// only refreshed once a minute.
func (d *Datastore) DiskUsage(ctx context.Context) (uint64, error) {
	if err := d.check(); err != nil {
		return 0, err
	}
	var total uint64
	err := filepath.WalkDir(d.dir, func(_ string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.Type().IsRegular() {
			info, err := e.Info()
			if err != nil {
				return err
			}
			total += uint64(info.Size())
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("disk usage of %s: %w", d.dir, err)
	}
	return total, nil
}

// CollectGarbage rewrites value-log files whose space is mostly taken by
// deleted values, so that blocks removed by IPFS GC give their disk back.
func (d *Datastore) CollectGarbage(ctx context.Context) error {
	if err := d.check(); err != nil {
		return err
	}
	for ctx.Err() == nil {
		err := d.db.RunValueLogGC(0.5)
		switch {
		case err == nil:
			continue
		case errors.Is(err, badger.ErrNoRewrite), errors.Is(err, badger.ErrRejected):
			// Nothing left to rewrite, or the Store's own GC loop is running.
			return nil
		default:
			return fmt.Errorf("value log gc: %w", err)
		}
	}
	return ctx.Err()
}

// Query runs q over a consistent snapshot. Prefix, key order (ascending and
// descending), filters, offset and limit are applied while iterating Badger;
// any other order needs all matching entries in memory first.
func (d *Datastore) Query(ctx context.Context, q dsq.Query) (dsq.Results, error) {
	if err := d.check(); err != nil {
		return nil, err
	}
	t := d.db.NewTransaction(false)
	return d.query(t, q, true), nil
}

// query iterates t. If own is set the results own t and discard it when
// closed; otherwise (inside a user transaction, where Badger forbids open
// iterators at commit time) all results are collected before returning.
func (d *Datastore) query(t *badger.Txn, q dsq.Query, own bool) dsq.Results {
	qi := newQueryIter(d, t, q)
	if !own {
		entries, err := qi.collect()
		qi.close()
		if err != nil {
			return dsq.ResultsFromIterator(q, dsq.Iterator{Next: errOnce(err)})
		}
		if qi.naiveOrder {
			dsq.Sort(q.Orders, entries)
			entries = window(entries, q.Offset, q.Limit)
		}
		return dsq.ResultsWithEntries(q, entries)
	}
	var once sync.Once
	closeFn := func() error {
		once.Do(func() {
			qi.close()
			t.Discard()
		})
		return nil
	}
	if qi.naiveOrder {
		entries, err := qi.collect()
		_ = closeFn()
		if err != nil {
			return dsq.ResultsFromIterator(q, dsq.Iterator{Next: errOnce(err)})
		}
		dsq.Sort(q.Orders, entries)
		entries = window(entries, q.Offset, q.Limit)
		return dsq.ResultsWithEntries(q, entries)
	}
	return dsq.ResultsFromIterator(q, dsq.Iterator{
		Next: func() (dsq.Result, bool) {
			if d.closed.Load() {
				_ = closeFn()
				return dsq.Result{Error: ErrClosed}, true
			}
			e, ok, err := qi.next()
			if err != nil {
				_ = closeFn()
				return dsq.Result{Error: err}, true
			}
			if !ok {
				_ = closeFn()
				return dsq.Result{}, false
			}
			return dsq.Result{Entry: e}, true
		},
		Close: closeFn,
	})
}

func errOnce(err error) func() (dsq.Result, bool) {
	done := false
	return func() (dsq.Result, bool) {
		if done {
			return dsq.Result{}, false
		}
		done = true
		return dsq.Result{Error: err}, true
	}
}

func window(entries []dsq.Entry, offset, limit int) []dsq.Entry {
	if offset > 0 {
		if offset >= len(entries) {
			return nil
		}
		entries = entries[offset:]
	}
	if limit > 0 && limit < len(entries) {
		entries = entries[:limit]
	}
	return entries
}

// queryIter walks the Badger keys that match a query. When the query's
// first order is by key the Badger order is the answer (in reverse for a
// descending key order) and offset and limit are applied on the fly; for any
// other first order the caller sorts everything collect returns.
type queryIter struct {
	d          *Datastore
	q          dsq.Query
	it         *badger.Iterator
	prefix     []byte // Badger prefix every result has
	naiveOrder bool
	reverse    bool
	needValue  bool
	started    bool
	skipped    int
	returned   int
}

func newQueryIter(d *Datastore, t *badger.Txn, q dsq.Query) *queryIter {
	qi := &queryIter{d: d, q: q}
	// "/foo" selects the strict children "/foo/...", never "/foobar" or "/foo".
	p := path.Clean("/" + q.Prefix)
	if p == "/" {
		p = ""
	}
	qi.prefix = append(append(append([]byte{}, d.prefix...), p...), '/')

	if len(q.Orders) > 0 {
		switch q.Orders[0].(type) {
		case dsq.OrderByKey, *dsq.OrderByKey:
		case dsq.OrderByKeyDescending, *dsq.OrderByKeyDescending:
			qi.reverse = true
		default:
			qi.naiveOrder = true
		}
	}
	// Filters and non-key orders may look at values; the values are read
	// then and dropped again from the result if the query is KeysOnly.
	qi.needValue = !q.KeysOnly || len(q.Filters) > 0 || qi.naiveOrder
	opts := badger.DefaultIteratorOptions
	opts.PrefetchValues = qi.needValue
	opts.PrefetchSize = 16
	opts.Reverse = qi.reverse
	if !qi.reverse {
		// Lets Badger skip tables without the prefix. Going backward the
		// first seek starts past the prefix, where a prefix-bound
		// iterator would already report the end.
		opts.Prefix = qi.prefix
	}
	qi.it = t.NewIterator(opts)
	return qi
}

func (qi *queryIter) close() { qi.it.Close() }

// advance moves to the next Badger item under the prefix; false at the end.
func (qi *queryIter) advance() bool {
	switch {
	case qi.started:
		qi.it.Next()
	case !qi.reverse:
		qi.it.Seek(qi.prefix)
	default:
		// The prefix ends in "/"; with "0" in its place the key sorts after
		// every key under the prefix. Reverse Seek lands on the greatest key
		// not above it, which is under the prefix unless it is that very key.
		succ := append(append([]byte{}, qi.prefix[:len(qi.prefix)-1]...), '/'+1)
		qi.it.Seek(succ)
		for qi.it.Valid() {
			k := qi.it.Item().Key()
			if bytes.HasPrefix(k, qi.prefix) || bytes.Compare(k, qi.prefix) < 0 {
				break
			}
			qi.it.Next()
		}
	}
	qi.started = true
	return qi.it.ValidForPrefix(qi.prefix)
}

// entry builds the query entry of the current item and reports whether it
// passes the filters.
func (qi *queryIter) entry() (dsq.Entry, bool, error) {
	item := qi.it.Item()
	e := dsq.Entry{Key: string(item.Key()[len(qi.d.prefix):]), Size: -1}
	if qi.needValue || qi.q.ReturnsSizes {
		v, err := item.ValueCopy(nil)
		if err != nil {
			return e, false, fmt.Errorf("query %s: read %s: %w", qi.q.Prefix, e.Key, err)
		}
		e.Value, e.Size = v, len(v)
	}
	for _, f := range qi.q.Filters {
		if !f.Filter(e) {
			return e, false, nil
		}
	}
	if qi.q.KeysOnly {
		e.Value = nil
	}
	return e, true, nil
}

// next returns the next entry after filters, offset and limit.
func (qi *queryIter) next() (dsq.Entry, bool, error) {
	if qi.q.Limit > 0 && qi.returned >= qi.q.Limit {
		return dsq.Entry{}, false, nil
	}
	for qi.advance() {
		e, ok, err := qi.entry()
		if err != nil {
			return e, false, err
		}
		if !ok {
			continue
		}
		if qi.skipped < qi.q.Offset {
			qi.skipped++
			continue
		}
		qi.returned++
		return e, true, nil
	}
	return dsq.Entry{}, false, nil
}

// collect returns every remaining entry: for a naive order before sorting,
// offset and limit; otherwise after them.
func (qi *queryIter) collect() ([]dsq.Entry, error) {
	var out []dsq.Entry
	if qi.naiveOrder {
		for qi.advance() {
			e, ok, err := qi.entry()
			if err != nil {
				return nil, err
			}
			if ok {
				out = append(out, e)
			}
		}
		return out, nil
	}
	for {
		e, ok, err := qi.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, e)
	}
}

func getValue(t *badger.Txn, k []byte) ([]byte, error) {
	item, err := t.Get(k)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, ds.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return item.ValueCopy(nil)
}

func hasKey(t *badger.Txn, k []byte) (bool, error) {
	_, err := t.Get(k)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return false, nil
	}
	return err == nil, err
}

func valueSize(t *badger.Txn, k []byte) (int, error) {
	item, err := t.Get(k)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return -1, ds.ErrNotFound
	}
	if err != nil {
		return -1, err
	}
	size := -1
	err = item.Value(func(v []byte) error { size = len(v); return nil })
	return size, err
}

// Batch collects writes in memory until Commit.
func (d *Datastore) Batch(ctx context.Context) (ds.Batch, error) {
	if err := d.check(); err != nil {
		return nil, err
	}
	return &batch{d: d, ops: make(map[string]batchOp)}, nil
}

type batchOp struct {
	value  []byte
	delete bool
}

// batch keeps the last write per key: a Put then a Delete of the same key in
// one batch is a Delete, as it would be if applied in order.
type batch struct {
	d     *Datastore
	mu    sync.Mutex
	ops   map[string]batchOp
	order []string
}

// Put records value under key. value must not change until Commit.
func (b *batch) Put(ctx context.Context, key ds.Key, value []byte) error {
	b.set(string(b.d.dsKey(key)), batchOp{value: value})
	return nil
}

// Delete records the removal of key.
func (b *batch) Delete(ctx context.Context, key ds.Key) error {
	b.set(string(b.d.dsKey(key)), batchOp{delete: true})
	return nil
}

func (b *batch) set(k string, op batchOp) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := b.ops[k]; !ok {
		b.order = append(b.order, k)
	}
	b.ops[k] = op
}

// Commit writes the batch in one synced Badger transaction, or in as few as
// fit if it is larger than one transaction may be.
func (b *batch) Commit(ctx context.Context) error {
	if err := b.d.check(); err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	t := b.d.db.NewTransaction(true)
	defer func() { t.Discard() }()
	for _, k := range b.order {
		op := b.ops[k]
		err := b.apply(t, k, op)
		if errors.Is(err, badger.ErrTxnTooBig) {
			if err := t.Commit(); err != nil {
				return fmt.Errorf("commit batch: %w", err)
			}
			t = b.d.db.NewTransaction(true)
			err = b.apply(t, k, op)
		}
		if err != nil {
			return fmt.Errorf("batch write %s: %w", k, err)
		}
	}
	if err := t.Commit(); err != nil {
		return fmt.Errorf("commit batch: %w", err)
	}
	b.ops = make(map[string]batchOp)
	b.order = b.order[:0]
	return nil
}

func (b *batch) apply(t *badger.Txn, k string, op batchOp) error {
	if op.delete {
		return t.Delete([]byte(k))
	}
	return t.Set([]byte(k), op.value)
}

// NewTransaction opens a Badger transaction: reads see a snapshot plus the
// transaction's own writes, and Commit applies all writes or none (it fails
// with badger.ErrConflict if a key it read changed meanwhile). A Txn is not
// safe for concurrent use.
func (d *Datastore) NewTransaction(ctx context.Context, readOnly bool) (ds.Txn, error) {
	if err := d.check(); err != nil {
		return nil, err
	}
	return &txn{d: d, t: d.db.NewTransaction(!readOnly)}, nil
}

type txn struct {
	d *Datastore
	t *badger.Txn
}

func (t *txn) Get(ctx context.Context, key ds.Key) ([]byte, error) {
	if err := t.d.check(); err != nil {
		return nil, err
	}
	return getValue(t.t, t.d.dsKey(key))
}

func (t *txn) Has(ctx context.Context, key ds.Key) (bool, error) {
	if err := t.d.check(); err != nil {
		return false, err
	}
	return hasKey(t.t, t.d.dsKey(key))
}

func (t *txn) GetSize(ctx context.Context, key ds.Key) (int, error) {
	if err := t.d.check(); err != nil {
		return -1, err
	}
	return valueSize(t.t, t.d.dsKey(key))
}

func (t *txn) Query(ctx context.Context, q dsq.Query) (dsq.Results, error) {
	if err := t.d.check(); err != nil {
		return nil, err
	}
	return t.d.query(t.t, q, false), nil
}

func (t *txn) Put(ctx context.Context, key ds.Key, value []byte) error {
	if err := t.d.check(); err != nil {
		return err
	}
	return t.t.Set(t.d.dsKey(key), value)
}

func (t *txn) Delete(ctx context.Context, key ds.Key) error {
	if err := t.d.check(); err != nil {
		return err
	}
	return t.t.Delete(t.d.dsKey(key))
}

func (t *txn) Commit(ctx context.Context) error {
	if err := t.d.check(); err != nil {
		return err
	}
	if err := t.t.Commit(); err != nil {
		return fmt.Errorf("commit transaction: %w", err)
	}
	return nil
}

func (t *txn) Discard(ctx context.Context) { t.t.Discard() }
