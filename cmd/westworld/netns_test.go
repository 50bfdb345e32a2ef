package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/x0tta6bl4/westworld/node"

	"github.com/x0tta6bl4/westworld/bpf/netns"
)

func requireRoot(t testing.TB) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("skipped: needs root to create network namespaces and load eBPF (CI runs the tests as root)")
	}
}

// sh runs a command and fails the test with its output on error.
func sh(t testing.TB, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

var nsCounter atomic.Int32

// nsPair is two network namespaces joined by a veth pair: the judge's side
// (a, 10.93.N.1) and the rogue's side (b, 10.93.N.2).
type nsPair struct {
	a, b     string
	aIf, bIf string
	aIP, bIP string
}

var sweepOnce sync.Once

// sweepStaleNamespaces deletes the namespaces of test processes that were
// killed before their cleanup ran (named wwe-<pid>-...).
func sweepStaleNamespaces() {
	ents, err := os.ReadDir("/run/netns")
	if err != nil {
		return
	}
	for _, e := range ents {
		rest, ok := strings.CutPrefix(e.Name(), "wwe-")
		if !ok {
			continue
		}
		pidStr, _, _ := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidStr)
		if err != nil || pid == os.Getpid() {
			continue
		}
		if unix.Kill(pid, 0) == unix.ESRCH {
			exec.Command("ip", "netns", "del", e.Name()).Run()
		}
	}
}

func newNSPair(t testing.TB) *nsPair {
	t.Helper()
	requireRoot(t)
	sweepOnce.Do(sweepStaleNamespaces)
	n := nsCounter.Add(1)
	pid := os.Getpid()
	p := &nsPair{
		a: fmt.Sprintf("wwe-%d-%d-a", pid, n), b: fmt.Sprintf("wwe-%d-%d-b", pid, n),
		aIf: fmt.Sprintf("we%da%d", pid, n), bIf: fmt.Sprintf("we%db%d", pid, n),
		aIP: fmt.Sprintf("10.93.%d.1", n), bIP: fmt.Sprintf("10.93.%d.2", n),
	}
	t.Cleanup(func() {
		exec.Command("ip", "netns", "del", p.a).Run()
		exec.Command("ip", "netns", "del", p.b).Run()
	})
	sh(t, "ip", "netns", "add", p.a)
	sh(t, "ip", "netns", "add", p.b)
	sh(t, "ip", "link", "add", p.aIf, "netns", p.a, "type", "veth", "peer", "name", p.bIf, "netns", p.b)
	for _, side := range []struct{ ns, ifc, ip string }{{p.a, p.aIf, p.aIP}, {p.b, p.bIf, p.bIP}} {
		sh(t, "ip", "-n", side.ns, "addr", "add", side.ip+"/24", "dev", side.ifc)
		sh(t, "ip", "-n", side.ns, "link", "set", side.ifc, "up")
		sh(t, "ip", "-n", side.ns, "link", "set", "lo", "up")
	}
	return p
}

// inNetns runs fn inside the named network namespace; sockets made in fn stay in it.
func inNetns(name string, fn func() error) error { return netns.Do(netns.Path(name), fn) }

// scrape fetches a Prometheus endpoint that listens inside a namespace.
func scrape(t testing.TB, ns, hostport string) string {
	t.Helper()
	var c net.Conn
	if err := inNetns(ns, func() error {
		var err error
		c, err = net.DialTimeout("tcp", hostport, 2*time.Second)
		return err
	}); err != nil {
		t.Fatalf("scrape %s in %s: %v", hostport, ns, err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	fmt.Fprintf(c, "GET /metrics HTTP/1.0\r\nHost: %s\r\n\r\n", hostport)
	b, err := io.ReadAll(c)
	if err != nil {
		t.Fatalf("scrape: %v", err)
	}
	return string(b)
}

// metricValue finds one sample's value in a Prometheus text exposition.
func metricValue(body, series string) (float64, bool) {
	for _, line := range strings.Split(body, "\n") {
		if rest, ok := strings.CutPrefix(line, series+" "); ok {
			var v float64
			if _, err := fmt.Sscan(rest, &v); err == nil {
				return v, true
			}
		}
	}
	return 0, false
}

// sharedDir is a directory any user can traverse (t.TempDir is 0700 and
// root's, which a daemon run as nobody could not reach).
func sharedDir(t testing.TB) string {
	t.Helper()
	d, err := os.MkdirTemp("", "wwenf")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(d) })
	if err := os.Chmod(d, 0o755); err != nil {
		t.Fatal(err)
	}
	return d
}

// startProc starts cmd as a daemon of the built binary and waits until it
// answers on its API socket.
func startProc(t testing.TB, home string, cmd *exec.Cmd) *daemon {
	t.Helper()
	d := &daemon{home: home, cmd: cmd, log: &bytes.Buffer{}, done: make(chan error, 1)}
	cmd.Stderr = &lockedWriter{w: d.log}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { d.done <- cmd.Wait() }()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-d.done
		}
		if t.Failed() {
			t.Logf("daemon %s log:\n%s", home, d.logText())
		}
	})
	d.waitReady(t)
	return d
}

func (d *daemon) logText() string {
	lw := d.cmd.Stderr.(*lockedWriter)
	lw.mu.Lock()
	defer lw.mu.Unlock()
	return d.log.String()
}

func (d *daemon) enforceStatus(t testing.TB) node.EnforceStatus {
	t.Helper()
	var st node.EnforceStatus
	out := mustRun(t, "enforce", "status", "--json", "--home", d.home)
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("enforce status --json: %v\n%s", err, out)
	}
	return st
}

// rogueProc is the misbehaving node (testdata/rogue) running in a namespace.
type rogueProc struct {
	cmd    *exec.Cmd
	mu     sync.Mutex
	events []map[string]any
	stderr *bytes.Buffer
	done   chan struct{}
}

var (
	rogueOnce sync.Once
	rogueBin  string
	rogueErr  error
)

// buildRogue builds testdata/rogue once per test binary.
func buildRogue(t testing.TB) string {
	t.Helper()
	rogueOnce.Do(func() {
		rogueBin = filepath.Join(filepath.Dir(bin), "rogue")
		out, err := exec.Command("go", "build", "-o", rogueBin, "./testdata/rogue").CombinedOutput()
		if err != nil {
			rogueErr = fmt.Errorf("build the rogue node: %v\n%s", err, out)
		}
	})
	if rogueErr != nil {
		t.Fatal(rogueErr)
	}
	return rogueBin
}

func startRogue(t testing.TB, ns, home, listen, bootstrap string) *rogueProc {
	t.Helper()
	r := &rogueProc{stderr: &bytes.Buffer{}, done: make(chan struct{})}
	r.cmd = exec.Command("ip", "netns", "exec", ns, buildRogue(t), "--home", home, "--listen", listen, "--bootstrap", bootstrap)
	r.cmd.Stderr = &lockedWriter{w: r.stderr}
	stdout, err := r.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		defer close(r.done)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			var ev map[string]any
			if json.Unmarshal(sc.Bytes(), &ev) == nil {
				r.mu.Lock()
				r.events = append(r.events, ev)
				r.mu.Unlock()
			}
		}
	}()
	t.Cleanup(func() {
		r.cmd.Process.Signal(unix.SIGTERM)
		select {
		case <-r.done:
		case <-time.After(5 * time.Second):
			r.cmd.Process.Kill()
			<-r.done
		}
		r.cmd.Wait()
		if t.Failed() {
			t.Logf("rogue events: %v\nrogue log:\n%s", r.snapshot(), r.stderr)
		}
	})
	return r
}

func (r *rogueProc) snapshot() []map[string]any {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]map[string]any(nil), r.events...)
}

// waitEvent waits for an event and returns it.
func (r *rogueProc) waitEvent(t testing.TB, within time.Duration, match func(map[string]any) bool) map[string]any {
	t.Helper()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		for _, ev := range r.snapshot() {
			if ev["event"] == "error" {
				t.Fatalf("rogue failed: %v", ev["err"])
			}
			if match(ev) {
				return ev
			}
		}
		select {
		case <-r.done:
			t.Fatalf("rogue exited; events %v", r.snapshot())
		case <-time.After(50 * time.Millisecond):
		}
	}
	t.Fatalf("rogue: no matching event within %s; events %v", within, r.snapshot())
	return nil
}

func eventually(t testing.TB, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("not within %s: %s", within, what)
}
