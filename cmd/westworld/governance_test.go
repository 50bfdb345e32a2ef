package main

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/x0tta6bl4/westworld/node/charter"
)

// runDevnetProcess runs `westworld devnet` as a child process and waits for its summary.
func runDevnetProcess(t *testing.T, root string, nodes int) *bytes.Buffer {
	t.Helper()
	cmd := exec.Command(bin, "devnet", "--home", root, "--nodes", strconv.Itoa(nodes), "--rpc-port", "0", "--period", "250ms")
	out := &bytes.Buffer{}
	lw := &lockedWriter{w: out}
	cmd.Stdout, cmd.Stderr = lw, lw
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	t.Cleanup(func() {
		if cmd.ProcessState != nil {
			return
		}
		cmd.Process.Signal(syscall.SIGINT)
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("devnet exited with %v after Ctrl-C\n%s", err, out)
			}
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
			t.Errorf("devnet did not stop on Ctrl-C")
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		lw.mu.Lock()
		ready := strings.Contains(out.String(), "Ctrl-C stops the devnet")
		lw.mu.Unlock()
		if ready {
			return out
		}
		select {
		case err := <-done:
			t.Fatalf("devnet exited: %v\n%s", err, out)
		case <-time.After(100 * time.Millisecond):
		}
	}
	t.Fatalf("devnet not ready\n%s", out)
	return nil
}

// TestGovernanceCommands drives a charter amendment through the CLI on a two-node devnet:
// propose, vote from a wallet, vote gaslessly through the other node's relay, queue, execute;
// both nodes then run the new charter. Bad input fails in one line.
func TestGovernanceCommands(t *testing.T) {
	root := filepath.Join(t.TempDir(), "dn")
	runDevnetProcess(t, root, 2)
	n0, n1 := filepath.Join(root, "node-0"), filepath.Join(root, "node-1")
	pw0, pw1 := filepath.Join(n0, "dev-password"), filepath.Join(n1, "dev-password")
	dir := t.TempDir()

	doc := charter.Default().Bytes()
	doc = bytes.Replace(doc, []byte("version: 1\n"), []byte("version: 2\n"), 1)
	doc = bytes.Replace(doc, []byte("    - route_stability\n"), nil, 1)
	doc = bytes.Replace(doc, []byte("forbidden_metrics:\n"), []byte("forbidden_metrics:\n  - route_stability\n"), 1)
	v2 := writeFile(t, dir, "v2.yaml", string(doc))

	// Bad input: one line each, nothing sent.
	wrong := writeFile(t, dir, "wrong", "nope\n")
	failsWith(t, "wrong password", "proposal", "create", "charter", "--file", v2, "--description", "x", "--home", n1, "--password-file", wrong)
	failsWith(t, "unknown proposal", "vote", "deadbeef", "for", "--home", n1, "--password-file", pw1)
	failsWith(t, "version: want a positive integer", "proposal", "create", "charter", "--file", writeFile(t, dir, "bad.yaml", "version: 0\n"), "--description", "x", "--home", n1, "--password-file", pw1)
	failsWith(t, "the adopted charter is version 1", "proposal", "create", "charter", "--file", writeFile(t, dir, "v1.yaml", string(charter.Default().Bytes())), "--description", "x", "--home", n1, "--password-file", pw1)
	poor := filepath.Join(dir, "poor")
	mustRun(t, "wallet", "new", "--home", dir, "--keystore", poor, "--password-file", pw1, "--lightkdf")
	failsWith(t, "insufficient funds", "proposal", "create", "charter", "--file", v2, "--description", "x", "--home", n1, "--keystore", poor, "--password-file", pw1)
	failsWith(t, "holds no WEST", "delegate", "--home", n1, "--keystore", poor, "--password-file", pw1)

	var created struct {
		ID      string `json:"id"`
		ShortID string `json:"short_id"`
	}
	out := mustRun(t, "proposal", "create", "charter", "--file", v2, "--description", "Charter v2: forbid route_stability",
		"--home", n1, "--password-file", pw1, "--json")
	if err := json.Unmarshal([]byte(out), &created); err != nil || len(created.ShortID) != 8 {
		t.Fatalf("proposal create: %v\n%s", err, out)
	}
	id := created.ShortID
	state := func(home string) string {
		var p struct {
			State string `json:"state"`
		}
		out, _, code := run(t, "proposal", "show", id, "--home", home, "--json")
		if code != 0 { // not indexed yet
			return ""
		}
		if err := json.Unmarshal([]byte(out), &p); err != nil {
			t.Fatal(err)
		}
		return p.State
	}
	waitFor(t, 10*time.Second, "voting open", func() bool { return state(n0) == "active" })

	failsWith(t, "no voting power at the proposal's snapshot", "vote", id, "for", "--home", n1, "--keystore", poor, "--password-file", pw1)
	mustRun(t, "vote", id, "for", "--reason", "tighter privacy", "--home", n1, "--password-file", pw1)
	failsWith(t, "already voted", "vote", id, "against", "--home", n1, "--password-file", pw1)
	// Account 0 signs a gasless ballot and hands it to node 1, which does not relay; node 0 relays.
	out = mustRun(t, "vote", id, "for", "--gasless", "--home", n1, "--keystore", filepath.Join(n0, "keystore"), "--password-file", pw0)
	if !strings.Contains(out, "gossiped") {
		t.Fatalf("gasless vote: %s", out)
	}
	waitFor(t, 10*time.Second, "two voters", func() bool {
		return strings.Contains(mustRun(t, "proposal", "show", id, "--home", n0), "(2 voters)")
	})
	list := mustRun(t, "proposal", "list", "--home", n0)
	if !strings.Contains(list, id) || !strings.Contains(list, "charter_amendment") {
		t.Fatalf("proposal list:\n%s", list)
	}
	failsWith(t, "only a succeeded proposal can be queued", "proposal", "queue", id, "--home", n1, "--password-file", pw1)

	// Each daemon judges the state from its own index: queue asks node 1's.
	waitFor(t, 15*time.Second, "vote succeeded", func() bool { return state(n0) == "succeeded" && state(n1) == "succeeded" })
	failsWith(t, "voting is not open", "vote", id, "against", "--home", n0, "--password-file", pw0)
	mustRun(t, "proposal", "queue", id, "--home", n1, "--password-file", pw1)
	waitFor(t, 20*time.Second, "executed", func() bool {
		_, _, code := run(t, "proposal", "execute", id, "--home", n1, "--password-file", pw1)
		return code == 0
	})
	for _, h := range []string{n0, n1} {
		waitFor(t, 5*time.Second, "charter v2 active on "+h, func() bool {
			return strings.Contains(mustRun(t, "charter", "show", "--home", h), "version 2")
		})
	}
}

func waitFor(t *testing.T, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("not within %s: %s", within, what)
}

// TestGovernanceWithoutChain: a daemon that follows no chain lists nothing verified and says
// why it cannot look a proposal up or send a vote.
func TestGovernanceWithoutChain(t *testing.T) {
	home := initHome(t)
	startDaemon(t, home)
	if out := mustRun(t, "proposal", "list", "--home", home); !strings.Contains(out, "no proposals") {
		t.Fatalf("proposal list: %s", out)
	}
	failsWith(t, "follows no chain", "proposal", "show", "abcd1234", "--home", home)
	failsWith(t, "follows no chain", "vote", "abcd1234", "for", "--home", home)
	failsWith(t, "follows no chain", "delegate", "--home", home)
	failsWith(t, `"maybe"`, "vote", "abcd1234", "maybe", "--home", home)
}
