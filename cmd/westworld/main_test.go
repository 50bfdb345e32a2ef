package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/x0tta6bl4/westworld/node/api"
)

// bin is the westworld binary built once for the process tests.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "westworld-bin")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "westworld")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "build westworld: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// run runs the CLI and returns stdout, stderr and the exit code.
func run(t testing.TB, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return stdout.String(), stderr.String(), code
}

// mustRun runs the CLI and fails the test on a non-zero exit.
func mustRun(t testing.TB, args ...string) string {
	t.Helper()
	out, errOut, code := run(t, args...)
	if code != 0 {
		t.Fatalf("westworld %s: exit %d: %s", strings.Join(args, " "), code, errOut)
	}
	return out
}

// daemon is a westworld daemon process of the built binary.
type daemon struct {
	home string
	cmd  *exec.Cmd
	log  *bytes.Buffer
	done chan error
}

func startDaemon(t testing.TB, home string, extra ...string) *daemon {
	t.Helper()
	args := append([]string{"daemon", "--home", home, "--listen", "/ip4/127.0.0.1/tcp/0",
		"--mdns=false", "--metrics", "off"}, extra...)
	cmd := exec.Command(bin, args...)
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
	})
	d.waitReady(t)
	return d
}

func (d *daemon) waitReady(t testing.TB) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if _, _, code := run(t, "status", "--home", d.home); code == 0 {
			return
		}
		select {
		case err := <-d.done:
			t.Fatalf("daemon exited during start: %v\n%s", err, d.log)
		case <-time.After(50 * time.Millisecond):
		}
	}
	t.Fatalf("daemon on %s not ready\n%s", d.home, d.log)
}

func (d *daemon) status(t testing.TB) api.Status {
	t.Helper()
	var st api.Status
	if err := json.Unmarshal([]byte(mustRun(t, "status", "--json", "--home", d.home)), &st); err != nil {
		t.Fatal(err)
	}
	return st
}

type lockedWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func initHome(t testing.TB) string {
	t.Helper()
	home := filepath.Join(t.TempDir(), "h")
	mustRun(t, "init", "--home", home)
	return home
}

func TestDaemonsGossipAndLifecycle(t *testing.T) {
	first := startDaemon(t, initHome(t))
	boot := first.status(t).Addrs[0]
	daemons := []*daemon{first}
	for range 3 {
		daemons = append(daemons, startDaemon(t, initHome(t), "--bootstrap", boot))
	}

	// gossip tail on three nodes, publish from the first through the CLI.
	const topic = "westworld/e2e/1"
	type tailResult struct {
		out  string
		code int
	}
	results := make(chan tailResult, 3)
	for _, d := range daemons[1:] {
		go func() {
			out, errOut, code := run(t, "gossip", "tail", topic, "--home", d.home, "--json", "--count", "1", "--timeout", "30s")
			results <- tailResult{out + errOut, code}
		}()
	}
	mustRun(t, "gossip", "publish", topic, "hello from the first node", "--home", first.home, "--min-peers", "3", "--wait", "20s")
	for range 3 {
		r := <-results
		if r.code != 0 {
			t.Fatalf("tail failed: %s", r.out)
		}
		var m api.GossipMessage
		if err := json.Unmarshal([]byte(strings.TrimSpace(r.out)), &m); err != nil {
			t.Fatalf("tail output %q: %v", r.out, err)
		}
		if string(m.Data) != "hello from the first node" || m.From != first.status(t).PeerID {
			t.Fatalf("tail got %+v", m)
		}
	}

	st := first.status(t)
	if st.PeerCount != 3 || len(st.Topics) < 6 {
		t.Fatalf("first node status: peers %d, topics %d", st.PeerCount, len(st.Topics))
	}
	var peers []api.Peer
	if err := json.Unmarshal([]byte(mustRun(t, "peers", "--json", "--home", first.home)), &peers); err != nil || len(peers) != 3 {
		t.Fatalf("peers --json: %v %d", err, len(peers))
	}

	// SIGTERM: exit 0 within the shutdown deadline.
	last := daemons[3]
	start := time.Now()
	last.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-last.done:
		if err != nil {
			t.Fatalf("SIGTERM exit: %v\n%s", err, last.log)
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("no exit within the 10s shutdown deadline")
	}
	t.Logf("SIGTERM to exit: %s", time.Since(start))
	if _, err := os.Stat(filepath.Join(last.home, "api.sock")); !os.IsNotExist(err) {
		t.Fatalf("api.sock left behind after a clean shutdown")
	}

	// SIGKILL, then restart on the same home: same peer ID, the stored peer
	// book intact, and the datastore opens cleanly.
	victim := daemons[2]
	before := victim.status(t)
	if before.KnownPeers == 0 {
		t.Fatal("no peers recorded before the kill")
	}
	victim.cmd.Process.Kill()
	<-victim.done
	again := startDaemon(t, victim.home) // no --bootstrap: it rejoins from its peer book
	after := again.status(t)
	if after.PeerID != before.PeerID {
		t.Fatalf("peer ID changed: %s -> %s", before.PeerID, after.PeerID)
	}
	if after.KnownPeers < before.KnownPeers {
		t.Fatalf("peer book lost entries: %d -> %d", before.KnownPeers, after.KnownPeers)
	}
	deadline := time.Now().Add(15 * time.Second)
	for again.status(t).PeerCount == 0 {
		if time.Now().After(deadline) {
			t.Fatal("restarted node did not rejoin from its peer book")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestBadInput(t *testing.T) {
	t.Run("missing home", func(t *testing.T) {
		_, errOut, code := run(t, "status", "--home", filepath.Join(t.TempDir(), "none"))
		if code == 0 || !strings.Contains(errOut, "run `westworld init`") || strings.Count(errOut, "\n") != 1 {
			t.Fatalf("exit %d: %q", code, errOut)
		}
		_, errOut, code = run(t, "daemon", "--home", filepath.Join(t.TempDir(), "none"))
		if code == 0 || !strings.Contains(errOut, "run `westworld init`") {
			t.Fatalf("daemon: exit %d: %q", code, errOut)
		}
	})
	t.Run("malformed config", func(t *testing.T) {
		home := initHome(t)
		cfg := filepath.Join(home, "config.yaml")
		b, _ := os.ReadFile(cfg)
		b = bytes.Replace(b, []byte("conn_grace_period: 30s"), []byte("conn_grace_period: 30 seconds"), 1)
		os.WriteFile(cfg, b, 0o600)
		_, errOut, code := run(t, "daemon", "--home", home)
		want := cfg + ":"
		if code == 0 || !strings.HasPrefix(errOut, "westworld: "+want) || !strings.Contains(errOut, `"30 seconds" is not a duration`) || strings.Count(errOut, "\n") != 1 {
			t.Fatalf("exit %d: %q", code, errOut)
		}
	})
	t.Run("port in use", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer ln.Close()
		home := initHome(t)
		_, errOut, code := run(t, "daemon", "--home", home, "--mdns=false", "--metrics", "off",
			"--listen", "/ip4/"+ln.Addr().String()[:strings.LastIndex(ln.Addr().String(), ":")]+"/tcp/"+ln.Addr().String()[strings.LastIndex(ln.Addr().String(), ":")+1:])
		if code == 0 || !strings.Contains(errOut, "already in use") || strings.Count(errOut, "\n") != 1 {
			t.Fatalf("exit %d: %q", code, errOut)
		}
	})
	t.Run("no daemon", func(t *testing.T) {
		home := initHome(t)
		_, errOut, code := run(t, "peers", "--home", home)
		if code == 0 || !strings.Contains(errOut, "no westworld daemon is running") {
			t.Fatalf("exit %d: %q", code, errOut)
		}
	})
	t.Run("socket is not a daemon", func(t *testing.T) {
		home := initHome(t)
		ln, err := net.Listen("unix", filepath.Join(home, "api.sock"))
		if err != nil {
			t.Fatal(err)
		}
		defer ln.Close()
		go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "hello") }))
		_, errOut, code := run(t, "status", "--home", home)
		if code == 0 || !strings.Contains(errOut, "not served by a westworld daemon") {
			t.Fatalf("exit %d: %q", code, errOut)
		}
	})
	t.Run("bad topic", func(t *testing.T) {
		d := startDaemon(t, initHome(t))
		_, errOut, code := run(t, "gossip", "publish", "not-a-topic", "x", "--home", d.home)
		if code == 0 || !strings.Contains(errOut, "not a westworld topic") {
			t.Fatalf("exit %d: %q", code, errOut)
		}
		big := strings.Repeat("x", 5000)
		_, errOut, code = run(t, "gossip", "publish", "westworld/ballots/1", big, "--home", d.home)
		if code == 0 || !strings.Contains(errOut, "size limit") {
			t.Fatalf("exit %d: %q", code, errOut)
		}
	})
}

func TestCharterCommands(t *testing.T) {
	d := startDaemon(t, initHome(t))
	var info struct {
		Charter struct {
			Version int    `json:"version"`
			SHA256  string `json:"sha256"`
		} `json:"charter"`
		Document string `json:"document"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "charter", "show", "--json", "--home", d.home)), &info); err != nil {
		t.Fatal(err)
	}
	if info.Charter.Version != 1 || len(info.Charter.SHA256) != 64 || !strings.Contains(info.Document, "user_location") {
		t.Fatalf("charter show: %+v", info)
	}
	if out := mustRun(t, "charter", "violations", "--json", "--home", d.home, "--since", "1h"); strings.TrimSpace(out) != "[]" {
		t.Fatalf("violations on a fresh node: %s", out)
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("version: 1\nallowed_metrics:\n  a: [x]\nforbidden_metrics: [x]\n"), 0o600)
	_, errOut, code := run(t, "charter", "validate", bad)
	if code == 0 || !strings.Contains(errOut, bad+":4:21:") || strings.Count(errOut, "\n") != 1 {
		t.Fatalf("validate bad: exit %d %q", code, errOut)
	}
	out, _, code := run(t, "charter", "audit", "--json", "--metrics-json", `{"latency_p99": 12, "device_imei": 1}`)
	var res struct {
		Allowed    []string `json:"allowed"`
		Violations []struct {
			Type, Severity, Metric string
		} `json:"violations"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || code != 1 {
		t.Fatalf("audit: exit %d %v %s", code, err, out)
	}
	if len(res.Allowed) != 1 || res.Allowed[0] != "latency_p99" || len(res.Violations) != 1 || res.Violations[0].Metric != "device_imei" || res.Violations[0].Severity != "critical" {
		t.Fatalf("audit result: %+v", res)
	}
}

func TestCapCommands(t *testing.T) {
	d := startDaemon(t, initHome(t))
	for _, role := range []string{"admin", "readonly", "publisher", "voter"} {
		st, err := os.Stat(filepath.Join(d.home, "macaroons", role+".macaroon"))
		if err != nil || st.Mode().Perm() != 0o600 {
			t.Fatalf("%s macaroon: %v %v", role, err, st)
		}
	}
	// The readonly macaroon cannot publish; the CLI picks admin-free roles itself.
	_, errOut, code := run(t, "gossip", "publish", "westworld/x/1", "hi", "--home", d.home,
		"--macaroon", filepath.Join(d.home, "macaroons", "readonly.macaroon"))
	if code == 0 || !strings.Contains(errOut, "gossip:write") {
		t.Fatalf("readonly publish: exit %d %q", code, errOut)
	}
	file := filepath.Join(t.TempDir(), "status.mac")
	var baked struct {
		RootKeyID string `json:"root_key_id"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "cap", "bake", "--ops", "node:read", "--expires", "1h", "--uses", "100", "--out", file, "--json", "--home", d.home)), &baked); err != nil {
		t.Fatal(err)
	}
	mustRun(t, "status", "--home", d.home, "--macaroon", file)
	out := mustRun(t, "cap", "inspect", file, "--home", d.home)
	if !strings.Contains(out, "may: read node") {
		t.Fatalf("inspect: %s", out)
	}
	if !strings.Contains(out, "100 requests a minute") {
		t.Fatalf("inspect lacks the uses caveat: %s", out)
	}
	mustRun(t, "cap", "revoke", baked.RootKeyID, "--home", d.home)
	if _, errOut, code := run(t, "status", "--home", d.home, "--macaroon", file); code == 0 || !strings.Contains(errOut, "401") && !strings.Contains(strings.ToLower(errOut), "root key") {
		t.Fatalf("revoked macaroon: exit %d %q", code, errOut)
	}
	oldAdmin, _ := os.ReadFile(filepath.Join(d.home, "macaroons", "admin.macaroon"))
	keep := filepath.Join(t.TempDir(), "old-admin.mac")
	os.WriteFile(keep, oldAdmin, 0o600)
	mustRun(t, "cap", "rotate", "--home", d.home)
	if _, _, code := run(t, "status", "--home", d.home, "--macaroon", keep); code == 0 {
		t.Fatal("admin macaroon from before the rotation still works")
	}
	mustRun(t, "status", "--home", d.home) // the CLI uses the new role macaroons
}
