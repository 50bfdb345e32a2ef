package chain

import (
	"context"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/x0tta6bl4/westworld/storage"
)

// testLogger logs to the test at debug level when -v is on, else warnings only.
func testLogger(t testing.TB) *slog.Logger {
	level := slog.LevelWarn
	if testing.Verbose() {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: level}))
}

type tWriter struct{ t testing.TB }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(string(p[:len(p)-1]))
	return len(p), nil
}

// newStore opens a real Badger store in a temp dir.
func newStore(t testing.TB) *storage.Store {
	t.Helper()
	st, err := storage.New(storage.Config{Dir: filepath.Join(t.TempDir(), "datastore"), Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// devHome is a node home with a dev chain in it.
type devHome struct {
	dir string
	cfg DevChainConfig
}

func newDevHome(t testing.TB) devHome {
	t.Helper()
	dir := t.TempDir()
	cfg := DevHomeConfig(dir)
	cfg.Logger = testLogger(t)
	return devHome{dir: dir, cfg: cfg}
}

// startDevChain starts a dev chain with cfg and closes it at the end of the test.
func startDevChain(t testing.TB, cfg DevChainConfig) (*DevChain, time.Duration) {
	t.Helper()
	d, err := NewDevChain(cfg)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := d.Start(context.Background()); err != nil {
		t.Fatalf("start dev chain: %v", err)
	}
	took := time.Since(start)
	t.Cleanup(func() { d.Close() })
	return d, took
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// eventually polls cond until it holds or the timeout passes.
func eventually(t testing.TB, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func bigU(n uint64) *big.Int { return new(big.Int).SetUint64(n) }

// TestMain closes and removes the benchmark's dev chain (bench_test.go) after the run.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchData != nil {
		benchData.dc.Close()
	}
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}
