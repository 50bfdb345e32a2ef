package ipfs

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

// kubo is a real Kubo daemon on loopback, the reference IPFS
// implementation, run from the binary named by WESTWORLD_KUBO (build one
// with bench/ipfs/build-kubo.sh).
type kubo struct {
	t    *testing.T
	bin  string
	repo string
	cmd  *exec.Cmd
	info peer.AddrInfo
}

func startKubo(t *testing.T) *kubo {
	t.Helper()
	bin := os.Getenv("WESTWORLD_KUBO")
	if bin == "" {
		t.Skip("set WESTWORLD_KUBO=/path/to/ipfs to test against Kubo (bench/ipfs/build-kubo.sh builds it)")
	}
	k := &kubo{t: t, bin: bin, repo: filepath.Join(t.TempDir(), "kubo")}
	// The test profile listens on 127.0.0.1 only, with no bootstrap peers,
	// mDNS or autoconf: nothing leaves the machine.
	k.mustRun("init", "--profile=test", "--empty-repo")
	k.cmd = exec.Command(bin, "daemon")
	k.cmd.Env = k.env()
	stdout, err := k.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	k.cmd.Stderr = &stderr
	if err := k.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(k.stop)
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "Daemon is ready") {
				close(ready)
				break
			}
		}
		for sc.Scan() {
		}
	}()
	select {
	case <-ready:
	case <-time.After(60 * time.Second):
		t.Fatalf("kubo daemon not ready after 60s: %s", stderr.String())
	}
	var id struct {
		ID        string
		Addresses []string
	}
	if err := json.Unmarshal(k.mustRun("id"), &id); err != nil {
		t.Fatal(err)
	}
	pid, err := peer.Decode(id.ID)
	if err != nil {
		t.Fatal(err)
	}
	k.info.ID = pid
	for _, s := range id.Addresses {
		a, err := ma.NewMultiaddr(s)
		if err != nil {
			continue
		}
		a, _ = ma.SplitLast(a) // drop /p2p/ID
		k.info.Addrs = append(k.info.Addrs, a)
	}
	if len(k.info.Addrs) == 0 {
		t.Fatalf("kubo reports no addresses: %v", id.Addresses)
	}
	return k
}

func (k *kubo) env() []string {
	return append(os.Environ(), "IPFS_PATH="+k.repo, "GOLOG_LOG_LEVEL=error")
}

func (k *kubo) run(args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, k.bin, args...)
	cmd.Env = k.env()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return out, fmt.Errorf("ipfs %s: %w: %s", strings.Join(args, " "), err, stderr.String())
	}
	return out, nil
}

func (k *kubo) mustRun(args ...string) []byte {
	k.t.Helper()
	out, err := k.run(args...)
	if err != nil {
		k.t.Fatal(err)
	}
	return out
}

func (k *kubo) stop() {
	if k.cmd == nil || k.cmd.Process == nil {
		return
	}
	_ = k.cmd.Process.Signal(syscall.SIGINT)
	done := make(chan struct{})
	go func() { _ = k.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		_ = k.cmd.Process.Kill()
		<-done
	}
}

func (k *kubo) addFile(data []byte, args ...string) cid.Cid {
	k.t.Helper()
	f := filepath.Join(k.t.TempDir(), "f")
	if err := os.WriteFile(f, data, 0o600); err != nil {
		k.t.Fatal(err)
	}
	out := k.mustRun(append(append([]string{"add", "-Q"}, args...), f)...)
	c, err := cid.Decode(strings.TrimSpace(string(out)))
	if err != nil {
		k.t.Fatalf("kubo add printed %q: %v", out, err)
	}
	return c
}

// TestKuboInterop moves files both ways between westworld and a real Kubo
// daemon over bitswap, and checks that both import the same bytes to the
// same CIDs under the same settings.
func TestKuboInterop(t *testing.T) {
	k := startKubo(t)
	n := startNode(t, nodeOpts{})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := n.h.Connect(ctx, k.info); err != nil {
		t.Fatalf("connect to kubo: %v", err)
	}

	t.Run("westworld to kubo", func(t *testing.T) {
		data := randomBytes(501, 5<<20+77)
		c, err := n.ipfs.Add(ctx, bytes.NewReader(data), AddOptions{})
		if err != nil {
			t.Fatal(err)
		}
		mustEqual(t, "kubo cat of a westworld CID", k.mustRun("cat", c.String()), data)
	})

	for _, tc := range []struct {
		name string
		args []string
	}{
		{"kubo cidv1 to westworld", []string{"--cid-version=1"}},
		{"kubo cidv0 to westworld", nil},
		{"kubo unixfs-v1-2025 to westworld", []string{"--cid-version=1", "--raw-leaves", "--chunker=size-1048576"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := randomBytes(uint64(len(tc.name)), 4<<20+3)
			c := k.addFile(data, tc.args...)
			var got bytes.Buffer
			if _, err := n.ipfs.Get(ctx, c, &got, GetOptions{}); err != nil {
				t.Fatalf("westworld get of kubo's %s: %v", c, err)
			}
			mustEqual(t, "westworld copy of a kubo file", got.Bytes(), data)
		})
	}

	t.Run("same CIDs", func(t *testing.T) {
		// 50 MiB is 200 chunks of 256 KiB: more than 174 links, so the
		// fan-out is checked as well as chunking and leaves.
		data := randomBytes(777, 50<<20+1)
		for _, tc := range []struct {
			chunk int
			args  []string
		}{
			{256 << 10, []string{"--cid-version=1"}},
			{1 << 20, []string{"--cid-version=1", "--raw-leaves", "--chunker=size-1048576", "--max-file-links=1024"}},
		} {
			prof := ProfileCIDv1
			if tc.chunk == 1<<20 {
				prof = ProfileV1_2025
			}
			m := startNode(t, nodeOpts{cfg: Config{Profile: prof}})
			ours, err := m.ipfs.Add(ctx, bytes.NewReader(data), AddOptions{NoPin: true})
			if err != nil {
				t.Fatal(err)
			}
			theirs := k.addFile(data, append([]string{"--only-hash"}, tc.args...)...)
			if !ours.Equals(theirs) {
				t.Errorf("profile %s: westworld %s, kubo %s (ipfs add %v)", prof, ours, theirs, tc.args)
			}
			m.stop()
		}
	})
}
