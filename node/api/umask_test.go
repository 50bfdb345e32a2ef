package api

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
)

// TestConcurrentStartsKeepUmask: servers starting at once (a devnet's nodes) leave the
// process umask as it was, and each socket is 0600. Unserialized, two starts could save each
// other's 0177 and leave it set, and later files (a binary a test builds) lost their exec bits.
func TestConcurrentStartsKeepUmask(t *testing.T) {
	before := syscall.Umask(0o022)
	syscall.Umask(before)
	dir, err := os.MkdirTemp("", "wwu")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	var wg sync.WaitGroup
	servers := make([]*Server, 16)
	errs := make([]error, len(servers))
	for i := range servers {
		servers[i] = NewServer(Config{Socket: filepath.Join(dir, fmt.Sprint(i))})
		wg.Go(func() { errs[i] = servers[i].Start(context.Background()) })
	}
	wg.Wait()
	for i, s := range servers {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		defer s.Close()
		st, err := os.Stat(s.cfg.Socket)
		if err != nil || st.Mode().Perm() != 0o600 {
			t.Fatalf("socket %d: %v %v", i, st.Mode(), err)
		}
	}
	if after := syscall.Umask(before); after != before {
		t.Fatalf("umask %#o after concurrent starts, was %#o", after, before)
	}
}
