package storage

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	badger "github.com/dgraph-io/badger/v4"
	ds "github.com/ipfs/go-datastore"
	dsq "github.com/ipfs/go-datastore/query"
	dstest "github.com/ipfs/go-datastore/test"
)

type badgerTxn = badger.Txn

// openStore opens a real Badger store in a fresh temporary directory and
// closes it when the test ends.
func openStore(t testing.TB, dir string) *Store {
	t.Helper()
	if dir == "" {
		dir = t.TempDir()
	}
	st, err := New(Config{Dir: dir})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

func TestDatastoreSuite(t *testing.T) {
	// go-datastore's suite checks semantics with some hundred thousand
	// writes; an fsync each would take minutes. Durability has its own test
	// (TestDatastoreSurvivesSIGKILL) on a syncing store.
	st, err := New(Config{Dir: t.TempDir(), NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	// Keys of neighbouring domains must stay invisible to the suite, which
	// counts every key its queries return.
	other := st.Namespace(PrefixRefuge)
	if err := other.Put([]byte("/prefix/x"), []byte("refuge")); err != nil {
		t.Fatal(err)
	}
	if err := st.db.Update(func(txn *badgerTxn) error { return txn.Set([]byte("ipfs0"), []byte("after")) }); err != nil {
		t.Fatal(err)
	}
	d := NewDatastore(st, PrefixIPFS)
	if os.Getenv("WESTWORLD_LONG_TESTS") != "" {
		// All of it, with the 1152-query combinations test (about a minute).
		dstest.SubtestAll(t, d)
		return
	}
	for _, f := range dstest.BasicSubtests {
		name := runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name()
		if strings.HasSuffix(name, ".SubtestCombinations") {
			continue
		}
		t.Run(name, func(t *testing.T) { f(t, d); clearDatastore(t, d) })
	}
	for _, f := range dstest.BatchSubtests {
		name := runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name()
		t.Run(name, func(t *testing.T) { f(t, d); clearDatastore(t, d) })
	}
}

// clearDatastore deletes every key, as the suite does between its tests.
func clearDatastore(t *testing.T, d ds.Datastore) {
	t.Helper()
	r, err := d.Query(t.Context(), dsq.Query{KeysOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	es, err := r.Rest()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if err := d.Delete(t.Context(), ds.RawKey(e.Key)); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDatastoreTxnSuite(t *testing.T) {
	st := openStore(t, "")
	d := NewDatastore(st, PrefixIPFS)
	// The same suite through a transaction that is committed at the end
	// exercises reads of a transaction's own pending writes.
	for _, f := range []func(*testing.T, ds.Datastore){
		dstest.SubtestBasicPutGet, dstest.SubtestNotFounds, dstest.SubtestPrefix,
		dstest.SubtestOrder, dstest.SubtestLimit, dstest.SubtestFilter,
	} {
		tx, err := d.NewTransaction(t.Context(), false)
		if err != nil {
			t.Fatal(err)
		}
		f(t, txnDatastore{tx})
		tx.Discard(t.Context())
	}
}

// txnDatastore lets the basic suite run against a Txn.
type txnDatastore struct{ ds.Txn }

func (txnDatastore) Sync(context.Context, ds.Key) error { return nil }
func (txnDatastore) Close() error                       { return nil }

func TestDatastoreKeysLiveUnderPrefix(t *testing.T) {
	st := openStore(t, "")
	d := NewDatastore(st, PrefixIPFS)
	ctx := t.Context()
	if err := d.Put(ctx, ds.NewKey("/blocks/ABC"), []byte("v")); err != nil {
		t.Fatal(err)
	}
	raw, err := st.Namespace("").Get([]byte("ipfs/blocks/ABC"))
	if err != nil || string(raw) != "v" {
		t.Fatalf("raw badger key ipfs/blocks/ABC = %q, %v; want v", raw, err)
	}
}

func TestDatastoreQueryOrdersAndWindows(t *testing.T) {
	st := openStore(t, "")
	d := NewDatastore(st, PrefixIPFS)
	ctx := t.Context()
	for i := range 20 {
		k := ds.NewKey(fmt.Sprintf("/q/%02d", i))
		if err := d.Put(ctx, k, []byte{byte(19 - i)}); err != nil {
			t.Fatal(err)
		}
	}
	// Neighbours that a sloppy prefix match would return.
	for _, k := range []string{"/q", "/qq/01", "/q0"} {
		if err := d.Put(ctx, ds.NewKey(k), []byte{0xff}); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.db.Update(func(txn *badgerTxn) error { return txn.Set([]byte("ipfs0"), []byte("x")) }); err != nil {
		t.Fatal(err)
	}
	keys := func(ns ...int) []string {
		var out []string
		for _, n := range ns {
			out = append(out, fmt.Sprintf("/q/%02d", n))
		}
		return out
	}
	tests := []struct {
		name string
		q    dsq.Query
		want []string
	}{
		{"limit", dsq.Query{Prefix: "/q", Limit: 3}, keys(0, 1, 2)},
		{"offset limit", dsq.Query{Prefix: "/q", Offset: 18, Limit: 5}, keys(18, 19)},
		{"desc", dsq.Query{Prefix: "/q/", Orders: []dsq.Order{dsq.OrderByKeyDescending{}}, Limit: 3}, keys(19, 18, 17)},
		{"desc offset", dsq.Query{Prefix: "/q", Orders: []dsq.Order{&dsq.OrderByKeyDescending{}}, Offset: 17}, keys(2, 1, 0)},
		{"by value", dsq.Query{Prefix: "/q", Orders: []dsq.Order{dsq.OrderByValue{}}, Offset: 1, Limit: 2}, keys(18, 17)},
		{"filter", dsq.Query{Prefix: "/q", KeysOnly: true, Filters: []dsq.Filter{
			dsq.FilterValueCompare{Op: dsq.LessThan, Value: []byte{2}}}}, keys(18, 19)},
		{"filter key", dsq.Query{Filters: []dsq.Filter{dsq.FilterKeyPrefix{Prefix: "/q/1"}}, Limit: 2}, keys(10, 11)},
		{"past end", dsq.Query{Prefix: "/q", Offset: 25}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, src := range []string{"db", "txn"} {
				var r dsq.Results
				var err error
				if src == "db" {
					r, err = d.Query(ctx, tc.q)
				} else {
					tx, terr := d.NewTransaction(ctx, true)
					if terr != nil {
						t.Fatal(terr)
					}
					defer tx.Discard(ctx)
					r, err = tx.Query(ctx, tc.q)
				}
				if err != nil {
					t.Fatal(err)
				}
				es, err := r.Rest()
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, e := range es {
					got = append(got, e.Key)
					if tc.q.KeysOnly && e.Value != nil {
						t.Errorf("%s: KeysOnly query returned a value for %s", src, e.Key)
					}
					if !tc.q.KeysOnly && e.Size != len(e.Value) {
						t.Errorf("%s: size %d for a %d-byte value", src, e.Size, len(e.Value))
					}
				}
				if strings.Join(got, ",") != strings.Join(tc.want, ",") {
					t.Errorf("%s: got %v, want %v", src, got, tc.want)
				}
			}
		})
	}
}

func TestDatastoreQueryCloseEarly(t *testing.T) {
	st := openStore(t, "")
	d := NewDatastore(st, PrefixIPFS)
	ctx := t.Context()
	for i := range 100 {
		if err := d.Put(ctx, ds.NewKey(fmt.Sprintf("/c/%03d", i)), []byte("v")); err != nil {
			t.Fatal(err)
		}
	}
	r, err := d.Query(ctx, dsq.Query{Prefix: "/c"})
	if err != nil {
		t.Fatal(err)
	}
	first, ok := r.NextSync()
	if !ok || first.Error != nil || first.Key != "/c/000" {
		t.Fatalf("first result = %+v, %v", first, ok)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	// Closing twice, and through the channel interface, must not panic.
	_ = r.Close()
	r2, err := d.Query(ctx, dsq.Query{Prefix: "/c"})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for res := range r2.Next() {
		if res.Error != nil {
			t.Fatal(res.Error)
		}
		n++
		if n == 10 {
			break
		}
	}
	_ = r2.Close()
	// The store must close cleanly: no transaction or iterator was leaked.
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Get(ctx, ds.NewKey("/c/000")); !errors.Is(err, ErrClosed) {
		t.Fatalf("Get after Close: %v, want ErrClosed", err)
	}
}

func TestDatastoreGetSizeExact(t *testing.T) {
	st := openStore(t, "")
	d := NewDatastore(st, PrefixIPFS)
	ctx := t.Context()
	// Below and above Badger's 4 KiB value threshold: the latter lives in
	// the value log, where Badger only estimates sizes.
	for _, n := range []int{0, 1, 4095, 4096, 1 << 20} {
		k := ds.NewKey(fmt.Sprintf("/size/%d", n))
		if err := d.Put(ctx, k, bytes.Repeat([]byte{7}, n)); err != nil {
			t.Fatal(err)
		}
		got, err := d.GetSize(ctx, k)
		if err != nil || got != n {
			t.Errorf("GetSize(%d-byte value) = %d, %v", n, got, err)
		}
	}
	if _, err := d.GetSize(ctx, ds.NewKey("/size/missing")); err != ds.ErrNotFound {
		t.Fatalf("GetSize missing: %v, want ds.ErrNotFound itself", err)
	}
	if _, err := d.Get(ctx, ds.NewKey("/size/missing")); err != ds.ErrNotFound {
		t.Fatalf("Get missing: %v, want ds.ErrNotFound itself", err)
	}
}

func TestDatastoreBatch(t *testing.T) {
	st := openStore(t, "")
	d := NewDatastore(st, PrefixIPFS)
	ctx := t.Context()
	if err := d.Put(ctx, ds.NewKey("/b/gone"), []byte("x")); err != nil {
		t.Fatal(err)
	}
	b, err := d.Batch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_ = b.Put(ctx, ds.NewKey("/b/a"), []byte("1"))
	_ = b.Put(ctx, ds.NewKey("/b/put-then-delete"), []byte("1"))
	_ = b.Delete(ctx, ds.NewKey("/b/put-then-delete"))
	_ = b.Delete(ctx, ds.NewKey("/b/gone"))
	_ = b.Put(ctx, ds.NewKey("/b/a"), []byte("2"))
	// Nothing is visible before Commit.
	if ok, _ := d.Has(ctx, ds.NewKey("/b/a")); ok {
		t.Fatal("batched put visible before Commit")
	}
	if err := b.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	checks := map[string]string{"/b/a": "2", "/b/put-then-delete": "", "/b/gone": ""}
	for k, want := range checks {
		v, err := d.Get(ctx, ds.NewKey(k))
		if want == "" {
			if err != ds.ErrNotFound {
				t.Errorf("%s: %q, %v; want not found", k, v, err)
			}
			continue
		}
		if err != nil || string(v) != want {
			t.Errorf("%s = %q, %v; want %q", k, v, err, want)
		}
	}
}

func TestDatastoreBatchLargerThanOneTxn(t *testing.T) {
	st := openStore(t, "")
	d := NewDatastore(st, PrefixIPFS)
	ctx := t.Context()
	b, err := d.Batch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// 3000 values of 2 KiB are stored inline and exceed Badger's per-txn
	// budget (15% of the 16 MiB memtable), forcing the split path.
	const n = 3000
	val := bytes.Repeat([]byte{1}, 2048)
	for i := range n {
		if err := b.Put(ctx, ds.NewKey(fmt.Sprintf("/big/%05d", i)), val); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	r, err := d.Query(ctx, dsq.Query{Prefix: "/big", KeysOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	es, err := r.Rest()
	if err != nil || len(es) != n {
		t.Fatalf("%d keys after a %d-key batch (%v)", len(es), n, err)
	}
}

func TestDatastoreTxnAtomicAndConflict(t *testing.T) {
	st := openStore(t, "")
	d := NewDatastore(st, PrefixIPFS)
	ctx := t.Context()
	tx, err := d.NewTransaction(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	_ = tx.Put(ctx, ds.NewKey("/t/a"), []byte("a"))
	if v, err := tx.Get(ctx, ds.NewKey("/t/a")); err != nil || string(v) != "a" {
		t.Fatalf("txn does not read its own write: %q, %v", v, err)
	}
	tx.Discard(ctx)
	if ok, _ := d.Has(ctx, ds.NewKey("/t/a")); ok {
		t.Fatal("discarded write is visible")
	}

	// Two transactions read and write the same key: the second commit loses.
	t1, _ := d.NewTransaction(ctx, false)
	t2, _ := d.NewTransaction(ctx, false)
	_, _ = t1.Get(ctx, ds.NewKey("/t/n"))
	_, _ = t2.Get(ctx, ds.NewKey("/t/n"))
	_ = t1.Put(ctx, ds.NewKey("/t/n"), []byte("1"))
	_ = t2.Put(ctx, ds.NewKey("/t/n"), []byte("2"))
	if err := t1.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if err := t2.Commit(ctx); err == nil {
		t.Fatal("conflicting commit succeeded")
	}
	if v, _ := d.Get(ctx, ds.NewKey("/t/n")); string(v) != "1" {
		t.Fatalf("value %q after conflict, want 1", v)
	}
	if n, err := d.DiskUsage(ctx); err != nil || n == 0 {
		t.Fatalf("DiskUsage = %d, %v", n, err)
	}
	if err := d.CollectGarbage(ctx); err != nil {
		t.Fatal(err)
	}
}

// crashChildEnv makes the test binary act as the writer that is killed.
const crashChildEnv = "WESTWORLD_DATASTORE_CRASH_DIR"

// TestDatastoreCrashChild is the child half of TestDatastoreSurvivesSIGKILL:
// it writes until it is killed and prints every write it was acknowledged.
func TestDatastoreCrashChild(t *testing.T) {
	dir := os.Getenv(crashChildEnv)
	if dir == "" {
		t.Skip("child process of TestDatastoreSurvivesSIGKILL")
	}
	st, err := New(Config{Dir: dir})
	if err != nil {
		fmt.Println("ERR", err)
		os.Exit(1)
	}
	d := NewDatastore(st, PrefixIPFS)
	ctx := context.Background()
	out := bufio.NewWriter(os.Stdout)
	for i := 0; ; i++ {
		if i%2 == 0 {
			// A single Put of a value big enough for the value log.
			if err := d.Put(ctx, ds.NewKey(fmt.Sprintf("/crash/p/%d", i)), crashValue(i, 8<<10)); err != nil {
				fmt.Println("ERR", err)
				os.Exit(1)
			}
		} else {
			b, _ := d.Batch(ctx)
			for j := range 8 {
				_ = b.Put(ctx, ds.NewKey(fmt.Sprintf("/crash/b/%d/%d", i, j)), crashValue(i*8+j, 100))
			}
			if err := b.Commit(ctx); err != nil {
				fmt.Println("ERR", err)
				os.Exit(1)
			}
		}
		fmt.Fprintf(out, "ACK %d\n", i)
		_ = out.Flush()
	}
}

func crashValue(i, n int) []byte {
	return bytes.Repeat([]byte(strconv.Itoa(i)+"."), n/2)[:n]
}

func TestDatastoreSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a child process")
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestDatastoreCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+dir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	acked := -1
	sc := bufio.NewScanner(stdout)
	deadline := time.Now().Add(30 * time.Second)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "ERR") {
			t.Fatalf("child: %s", line)
		}
		if n, ok := strings.CutPrefix(line, "ACK "); ok {
			acked, _ = strconv.Atoi(n)
		}
		if acked >= 300 || time.Now().After(deadline) {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, stdout)
	_ = cmd.Wait()
	if acked < 10 {
		t.Fatalf("child acknowledged only %d writes before the deadline", acked)
	}

	st := openStore(t, dir)
	d := NewDatastore(st, PrefixIPFS)
	ctx := t.Context()
	for i := 0; i <= acked; i++ {
		if i%2 == 0 {
			v, err := d.Get(ctx, ds.NewKey(fmt.Sprintf("/crash/p/%d", i)))
			if err != nil || !bytes.Equal(v, crashValue(i, 8<<10)) {
				t.Fatalf("acknowledged put %d lost after SIGKILL: %v", i, err)
			}
			continue
		}
		for j := range 8 {
			v, err := d.Get(ctx, ds.NewKey(fmt.Sprintf("/crash/b/%d/%d", i, j)))
			if err != nil || !bytes.Equal(v, crashValue(i*8+j, 100)) {
				t.Fatalf("acknowledged batch %d key %d lost after SIGKILL: %v", i, j, err)
			}
		}
	}
	// A batch is all or nothing, also the one in flight at the kill.
	r, err := d.Query(ctx, dsq.Query{Prefix: "/crash/b", KeysOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	es, _ := r.Rest()
	perBatch := map[string]int{}
	for _, e := range es {
		parts := strings.Split(e.Key, "/")
		perBatch[parts[3]]++
	}
	for b, n := range perBatch {
		if n != 8 {
			t.Errorf("batch %s has %d of 8 keys after SIGKILL", b, n)
		}
	}
	t.Logf("%d acknowledged writes survived SIGKILL", acked+1)
}

func FuzzDatastoreKeys(f *testing.F) {
	for _, s := range []string{"/a", "/blocks/CIQ", "a/b/../c", "//x//y/", "/\xff\x00", "/ipfs0", "/q/01"} {
		f.Add(s, []byte("v"))
	}
	st := openStore(f, "")
	d := NewDatastore(st, PrefixIPFS)
	f.Fuzz(func(t *testing.T, key string, val []byte) {
		ctx := context.Background()
		k := ds.NewKey(key)
		if err := d.Put(ctx, k, val); err != nil {
			// Badger refuses keys over 65000 bytes; that is an error, not a panic.
			return
		}
		got, err := d.Get(ctx, k)
		if err != nil || !bytes.Equal(got, val) {
			t.Fatalf("Get(%q) = %q, %v; want %q", k, got, err, val)
		}
		if n, err := d.GetSize(ctx, k); err != nil || n != len(val) {
			t.Fatalf("GetSize(%q) = %d, %v; want %d", k, n, err, len(val))
		}
		parent := k.Parent().String()
		r, err := d.Query(ctx, dsq.Query{Prefix: parent, KeysOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		es, err := r.Rest()
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range es {
			if !strings.HasPrefix(e.Key, "/") {
				t.Fatalf("query returned key %q without leading slash", e.Key)
			}
			if e.Key == k.String() {
				found = true
			}
		}
		if k.String() != "/" && !found {
			t.Fatalf("key %q not returned by a query of its parent %q", k, parent)
		}
		if err := d.Delete(ctx, k); err != nil {
			t.Fatal(err)
		}
		if ok, _ := d.Has(ctx, k); ok {
			t.Fatalf("%q still present after Delete", k)
		}
	})
}

func BenchmarkDatastorePut(b *testing.B) {
	for _, size := range []int{256, 256 << 10, 1 << 20} {
		b.Run(fmt.Sprintf("%dB", size), func(b *testing.B) {
			st := openStore(b, "")
			d := NewDatastore(st, PrefixIPFS)
			val := bytes.Repeat([]byte{3}, size)
			b.SetBytes(int64(size))
			for i := 0; b.Loop(); i++ {
				if err := d.Put(context.Background(), ds.NewKey(fmt.Sprintf("/bench/%d", i)), val); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkDatastoreBatch(b *testing.B) {
	// One synced commit per batch of 32 blocks of 256 KiB: the write
	// pattern of a UnixFS import.
	const per, size = 32, 256 << 10
	st := openStore(b, "")
	d := NewDatastore(st, PrefixIPFS)
	val := bytes.Repeat([]byte{3}, size)
	b.SetBytes(per * size)
	for i := 0; b.Loop(); i++ {
		bt, _ := d.Batch(context.Background())
		for j := range per {
			_ = bt.Put(context.Background(), ds.NewKey(fmt.Sprintf("/bench/%d/%d", i, j)), val)
		}
		if err := bt.Commit(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDatastoreGet(b *testing.B) {
	st := openStore(b, "")
	d := NewDatastore(st, PrefixIPFS)
	const size = 256 << 10
	for i := range 64 {
		_ = d.Put(context.Background(), ds.NewKey(fmt.Sprintf("/bench/%d", i)), bytes.Repeat([]byte{byte(i)}, size))
	}
	b.SetBytes(size)
	for i := 0; b.Loop(); i++ {
		if _, err := d.Get(context.Background(), ds.NewKey(fmt.Sprintf("/bench/%d", i%64))); err != nil {
			b.Fatal(err)
		}
	}
}
