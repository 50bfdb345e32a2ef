package main

import (
	"encoding/json"
	"fmt"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/node/enforce"
)

// judgeScenario is a judge daemon in one namespace and the rogue node in
// the other, connected, with the rogue having published its forbidden
// metric.
type judgeScenario struct {
	net     *nsPair
	judge   *daemon
	judgeID string
	rogue   *rogueProc
	rogueID string
	metrics string // the judge's /metrics host:port inside its namespace
}

// startJudgeScenario starts the judge (as root, or as nobody when asUser)
// and the rogue, and waits until the judge has suspended the rogue.
func startJudgeScenario(t *testing.T, asUser bool) *judgeScenario {
	t.Helper()
	p := newNSPair(t)
	dir := sharedDir(t)
	home := filepath.Join(dir, "judge")
	mustRun(t, "init", "--home", home)
	s := &judgeScenario{net: p, metrics: "127.0.0.1:9464"}
	args := []string{"daemon", "--home", home, "--listen", "/ip4/" + p.aIP + "/tcp/4141", "--mdns=false", "--metrics", s.metrics}
	var cmd *exec.Cmd
	if asUser {
		// nobody runs its own copy of the binary from a directory it can
		// read, and owns its home.
		userBin := filepath.Join(dir, "westworld")
		copyFile(t, bin, userBin)
		sh(t, "chown", "-R", "65534:65534", home)
		cmd = exec.Command("ip", append([]string{"netns", "exec", p.a,
			"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all", userBin}, args...)...)
	} else {
		cmd = exec.Command("ip", append([]string{"netns", "exec", p.a, bin}, args...)...)
	}
	s.judge = startProc(t, home, cmd)
	s.judgeID = s.judge.status(t).PeerID

	s.rogue = startRogue(t, p.b, filepath.Join(dir, "rogue"), "/ip4/"+p.bIP+"/tcp/4141",
		"/ip4/"+p.aIP+"/tcp/4141/p2p/"+s.judgeID)
	s.rogueID = s.rogue.waitEvent(t, 30*time.Second, func(ev map[string]any) bool { return ev["event"] == "started" })["peer"].(string)
	s.rogue.waitEvent(t, 30*time.Second, func(ev map[string]any) bool { return ev["event"] == "published" })
	return s
}

func copyFile(t testing.TB, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o755); err != nil {
		t.Fatal(err)
	}
}

// rogueEntry waits for the judge's suspension of the rogue and returns it.
func (s *judgeScenario) rogueEntry(t *testing.T) enforce.EntryStatus {
	t.Helper()
	var got enforce.EntryStatus
	eventually(t, 20*time.Second, "the judge suspends the rogue after its violation", func() bool {
		for _, e := range s.judge.enforceStatus(t).Entries {
			if e.Target.Peer.String() == s.rogueID && e.Kind == enforce.KindSuspend {
				got = e
				return true
			}
		}
		return false
	})
	return got
}

func (s *judgeScenario) judgePeers(t *testing.T) []string {
	t.Helper()
	var peers []api.Peer
	if err := json.Unmarshal([]byte(mustRun(t, "peers", "--json", "--home", s.judge.home)), &peers); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(peers))
	for i, p := range peers {
		ids[i] = p.ID
	}
	return ids
}

// ping reports whether the rogue's namespace gets an answer from the judge.
func (s *judgeScenario) ping() bool {
	return exec.Command("ip", "netns", "exec", s.net.b, "ping", "-c", "1", "-W", "1", s.net.aIP).Run() == nil
}

// A judge in one namespace suspends a rogue in another after the rogue
// publishes a forbidden metric; the rogue's packets (its libp2p re-dials,
// plain TCP connects, pings) are then dropped by the eBPF program at the
// judge's tcx ingress, which the kernel counters show while the gater sees
// nothing; a lift lets it back in.
func TestKernelDropsSuspendedPeer(t *testing.T) {
	s := startJudgeScenario(t, false)
	st := s.judge.enforceStatus(t)
	if st.Mode != node.EnforceKernel || len(st.Interfaces) != 1 || st.Interfaces[0].Name != s.net.aIf ||
		st.Interfaces[0].Attach != "tcx" || !strings.Contains(st.Interfaces[0].Reason, "veth") {
		t.Fatalf("judge enforcement: %+v", st)
	}

	e := s.rogueEntry(t)
	rogueIP := netip.MustParseAddr(s.net.bIP)
	if e.Source.Kind != enforce.SourceViolation || !strings.Contains(e.Source.Ref, "user_location") ||
		!strings.Contains(e.Source.Reason, "forbidden_metric") {
		t.Fatalf("entry does not record the violation: %+v", e.Source)
	}
	if !slices.Contains(e.Addrs, rogueIP) || !slices.Contains(e.Kernel, netip.PrefixFrom(rogueIP, 32)) {
		t.Fatalf("rogue's address %s not blocked in the kernel: addrs %v kernel %v note %q", rogueIP, e.Addrs, e.Kernel, e.Note)
	}
	if d := time.Until(e.Until); d < 23*time.Hour || d > 25*time.Hour {
		t.Fatalf("suspension ends in %s, the charter says 24h", d)
	}

	// The rogue keeps dialling; its packets die in the kernel: the drop
	// counter climbs while the gater, which never sees them, refuses nothing more.
	s.rogue.waitEvent(t, 20*time.Second, func(ev map[string]any) bool {
		st, _ := ev["state"].(string)
		return strings.Contains(st, "libp2p timeout") && strings.Contains(st, "tcp timeout")
	})
	before := s.judge.enforceStatus(t)
	start := time.Now()
	if s.ping() {
		t.Fatal("the suspended peer's ping was answered")
	}
	var after node.EnforceStatus
	eventually(t, 15*time.Second, "the kernel drops the rogue's packets", func() bool {
		after = s.judge.enforceStatus(t)
		return after.Kernel.DroppedBlocked >= before.Kernel.DroppedBlocked+10
	})
	dropped := after.Kernel.DroppedBlocked - before.Kernel.DroppedBlocked
	if r := after.Userspace.ConnectionsRefused - before.Userspace.ConnectionsRefused; r != 0 {
		t.Fatalf("the gater refused %d connections while the kernel dropped %d packets: packets reached userspace", r, dropped)
	}
	if slices.Contains(s.judgePeers(t), s.rogueID) {
		t.Fatal("the rogue is still connected")
	}
	t.Logf("kernel dropped %d packets of the rogue in %s; gater refusals unchanged at %d", dropped, time.Since(start).Round(time.Millisecond), after.Userspace.ConnectionsRefused)

	// Prometheus exports the same counters.
	body := scrape(t, s.net.a, s.metrics)
	v, ok := metricValue(body, `westworld_bpf_packets_total{result="dropped_blocked"}`)
	if !ok || v < float64(after.Kernel.DroppedBlocked) {
		t.Fatalf("westworld_bpf_packets_total dropped_blocked = %v (found %v), status said %d", v, ok, after.Kernel.DroppedBlocked)
	}
	if v, ok := metricValue(body, `westworld_enforce_kernel{mode="kernel"}`); !ok || v != 1 {
		t.Fatalf("westworld_enforce_kernel = %v %v", v, ok)
	}

	// The text status names the attach point, the entry and the counters.
	out := mustRun(t, "enforce", "status", "--home", s.judge.home)
	for _, want := range []string{"kernel (eBPF) and userspace", s.net.aIf, "tcx", s.rogueID, "forbidden_metric", s.net.bIP + "/32", "dropped blocked"} {
		if !strings.Contains(out, want) {
			t.Fatalf("enforce status lacks %q:\n%s", want, out)
		}
	}

	// Lifted: the kernel entry goes and the rogue is back.
	if out := mustRun(t, "enforce", "lift", s.rogueID, "--home", s.judge.home); !strings.Contains(out, "lifted "+s.rogueID) {
		t.Fatalf("lift: %q", out)
	}
	if st := s.judge.enforceStatus(t); len(st.Entries) != 0 || st.Userspace.KernelPrefixes != 0 {
		t.Fatalf("after lift: %+v", st)
	}
	eventually(t, 20*time.Second, "the rogue reconnects after the lift", func() bool { return slices.Contains(s.judgePeers(t), s.rogueID) })
	if !s.ping() {
		t.Fatal("ping not answered after the lift")
	}

	// An operator rate limit: a ping flood from the peer arrives at about
	// the configured rate; the rest is dropped in the kernel.
	if out := mustRun(t, "enforce", "limit", s.rogueID, "--pps", "5", "--for", "10m", "--home", s.judge.home); !strings.Contains(out, "kernel: "+s.net.bIP+"/32") {
		t.Fatalf("limit: %q", out)
	}
	before = s.judge.enforceStatus(t)
	flood, _ := exec.Command("ip", "netns", "exec", s.net.b, "ping", "-q", "-c", "300", "-i", "0.003", "-W", "1", s.net.aIP).CombinedOutput()
	after = s.judge.enforceStatus(t)
	limited := after.Kernel.DroppedRateLimited - before.Kernel.DroppedRateLimited
	var sent, received int
	for _, line := range strings.Split(string(flood), "\n") {
		if strings.Contains(line, "packets transmitted") {
			fmt.Sscanf(line, "%d packets transmitted, %d received", &sent, &received)
		}
	}
	if sent != 300 || received > 100 || limited < 200 {
		t.Fatalf("flood of %d pings at 5 pps: %d answered, %d dropped as rate-limited in the kernel\n%s", sent, received, limited, flood)
	}
	t.Logf("ping flood under a 5 pps limit: %d of %d answered, %d dropped by the kernel rate limiter", received, sent, limited)
}

// The same scenario with the judge run as nobody: eBPF cannot load, the
// node says why once and in status, and the gater does the work.
func TestUserspaceFallbackAsNobody(t *testing.T) {
	s := startJudgeScenario(t, true)
	st := s.judge.enforceStatus(t)
	if st.Mode != node.EnforceUserspace || st.Kernel != nil || len(st.Interfaces) != 0 {
		t.Fatalf("as nobody: %+v", st)
	}
	if !strings.Contains(st.Reason, "operation not permitted") && !strings.Contains(st.Reason, "permission denied") {
		t.Fatalf("reason %q does not say why", st.Reason)
	}
	if n := strings.Count(s.judge.logText(), "kernel enforcement unavailable"); n != 1 {
		t.Fatalf("the fallback is logged %d times, want once:\n%s", n, s.judge.logText())
	}
	out := mustRun(t, "enforce", "status", "--home", s.judge.home)
	if !strings.Contains(out, "userspace only") || !strings.Contains(out, st.Reason) {
		t.Fatalf("enforce status does not say userspace and why:\n%s", out)
	}
	if !strings.Contains(mustRun(t, "status", "--home", s.judge.home), "mode=userspace") {
		t.Fatal("status lacks the enforcement mode")
	}

	e := s.rogueEntry(t)
	if e.Source.Kind != enforce.SourceViolation || len(e.Kernel) != 0 || !slices.Contains(e.Addrs, netip.MustParseAddr(s.net.bIP)) {
		t.Fatalf("entry: %+v", e)
	}
	// The rogue's dials reach the judge's userspace and are refused there,
	// again and again.
	before := s.judge.enforceStatus(t).Userspace.ConnectionsRefused
	if before == 0 {
		eventually(t, 10*time.Second, "the gater refuses the rogue", func() bool { return s.judge.enforceStatus(t).Userspace.ConnectionsRefused > 0 })
		before = s.judge.enforceStatus(t).Userspace.ConnectionsRefused
	}
	eventually(t, 20*time.Second, "the gater refuses the rogue's re-dials", func() bool {
		return s.judge.enforceStatus(t).Userspace.ConnectionsRefused > before
	})
	if slices.Contains(s.judgePeers(t), s.rogueID) {
		t.Fatal("the rogue is connected")
	}
	// No kernel program: its pings are answered.
	if !s.ping() {
		t.Fatal("ping not answered: something other than the userspace fallback dropped it")
	}
	body := scrape(t, s.net.a, s.metrics)
	if v, ok := metricValue(body, `westworld_enforce_kernel{mode="userspace"}`); !ok || v != 0 {
		t.Fatalf("westworld_enforce_kernel = %v %v", v, ok)
	}
	if _, ok := metricValue(body, `westworld_bpf_packets_total{result="dropped_blocked"}`); ok {
		t.Fatal("kernel counters exported without a kernel firewall")
	}
	if v, _ := metricValue(body, `westworld_gater_refused_total{stage="secured"}`); v <= float64(before) {
		t.Fatalf("westworld_gater_refused_total secured = %v", v)
	}
}

// The enforce commands against daemons on loopback: suspend, limit, lift,
// status; bad input; --force for this node and bootstrap peers.
func TestEnforceCommands(t *testing.T) {
	first := startDaemon(t, initHome(t))
	second := startDaemon(t, initHome(t), "--bootstrap", first.status(t).Addrs[0])
	firstID, secondID := first.status(t).PeerID, second.status(t).PeerID
	eventually(t, 15*time.Second, "connected", func() bool { return second.status(t).PeerCount == 1 })
	h2 := []string{"--home", second.home}

	bad := []struct {
		name string
		args []string
		want string
	}{
		{"malformed CIDR", []string{"enforce", "suspend", "10.0.0.300/24", "--for", "1h", "--reason", "x"}, `malformed CIDR "10.0.0.300/24"`},
		{"host bits", []string{"enforce", "suspend", "10.1.2.3/16", "--for", "1h", "--reason", "x"}, "did you mean 10.1.0.0/16"},
		{"not a target", []string{"enforce", "lift", "nobody-in-particular"}, "neither a peer ID nor a CIDR"},
		{"malformed duration", []string{"enforce", "suspend", "198.51.100.0/24", "--for", "1 hour", "--reason", "x"}, `--for: bad duration "1 hour"`},
		{"missing duration", []string{"enforce", "suspend", "198.51.100.0/24", "--reason", "x"}, "--for DURATION is required"},
		{"forever", []string{"enforce", "suspend", "198.51.100.0/24", "--for", "400d", "--reason", "x"}, "no penalty is forever"},
		{"missing reason", []string{"enforce", "suspend", "198.51.100.0/24", "--for", "1h"}, "--reason TEXT is required"},
		{"unknown peer", []string{"enforce", "suspend", "12D3KooWPjceQrSwdWXPyLLeABRXmuqt69Rg3sBYbU1Nft9HyQ6X", "--for", "1h", "--reason", "x"}, "no known address for the peer"},
		{"self", []string{"enforce", "suspend", secondID, "--for", "1h", "--reason", "x"}, "is this node: protected target: use --force"},
		{"bootstrap peer", []string{"enforce", "suspend", firstID, "--for", "1h", "--reason", "x"}, "is a bootstrap peer: protected target: use --force"},
		{"own address", []string{"enforce", "suspend", "127.0.0.0/8", "--for", "1h", "--reason", "x"}, "127.0.0.1 (this node's address): protected target: use --force"},
		{"limit a prefix", []string{"enforce", "limit", "198.51.100.0/24", "--pps", "3", "--for", "1h"}, "a rate limit applies to a peer"},
		{"limit without rate", []string{"enforce", "limit", firstID, "--for", "1h"}, "--pps N is required"},
		{"lift nothing", []string{"enforce", "lift", "198.51.100.0/24"}, "no such enforcement entry"},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			_, errOut, code := run(t, append(c.args, h2...)...)
			if code == 0 || !strings.Contains(errOut, c.want) || strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "westworld: ") {
				t.Fatalf("exit %d, stderr %q; want one line with %q", code, errOut, c.want)
			}
		})
	}

	// --force suspends the bootstrap peer: the gater drops it; its
	// loopback address stays out of the kernel, and status says so.
	out := mustRun(t, append([]string{"enforce", "suspend", firstID, "--for", "2h", "--reason", "operator test", "--force"}, h2...)...)
	if !strings.HasPrefix(out, "suspended "+firstID+" until ") {
		t.Fatalf("suspend: %q", out)
	}
	eventually(t, 10*time.Second, "the suspended bootstrap peer is dropped", func() bool { return second.status(t).PeerCount == 0 })
	st := second.enforceStatus(t)
	if len(st.Entries) != 1 {
		t.Fatalf("entries %+v", st.Entries)
	}
	e := st.Entries[0]
	if e.Target.Peer.String() != firstID || e.Kind != enforce.KindSuspend || e.Source.Kind != enforce.SourceOperator ||
		e.Source.Reason != "operator test" || !slices.Contains(e.Addrs, netip.MustParseAddr("127.0.0.1")) {
		t.Fatalf("entry %+v", e)
	}
	if d := time.Until(e.Until); d < 119*time.Minute || d > 2*time.Hour {
		t.Fatalf("until in %s", d)
	}
	if st.Mode == node.EnforceKernel && (len(e.Kernel) != 0 || !strings.Contains(e.Note, "127.0.0.1 (loopback)")) {
		t.Fatalf("a loopback address must stay out of the kernel: %+v", e)
	}

	// A prefix in the kernel (as root) and the gater.
	out = mustRun(t, append([]string{"enforce", "suspend", "198.51.100.0/24", "--for", "30m", "--reason", "scanner"}, h2...)...)
	if !strings.Contains(out, "suspended 198.51.100.0/24 until") {
		t.Fatalf("suspend prefix: %q", out)
	}
	if st.Mode == node.EnforceKernel && !strings.Contains(out, "kernel: 198.51.100.0/24") {
		t.Fatalf("prefix not in the kernel: %q", out)
	}

	// A rate limit on a connected, unprotected peer (first judges second).
	out = mustRun(t, "enforce", "limit", secondID, "--pps", "3", "--for", "10m", "--home", first.home)
	if !strings.HasPrefix(out, "rate-limited "+secondID) {
		t.Fatalf("limit: %q", out)
	}
	fst := first.enforceStatus(t)
	if len(fst.Entries) != 1 || fst.Entries[0].Kind != enforce.KindRateLimit || fst.Entries[0].PPS != 3 || fst.Entries[0].Source.Reason != "operator rate limit" {
		t.Fatalf("first's entries %+v", fst.Entries)
	}

	// Text status.
	text := mustRun(t, append([]string{"enforce", "status"}, h2...)...)
	for _, want := range []string{"mode:", "userspace:", "TARGET", firstID, "198.51.100.0/24", "operator test", "scanner"} {
		if !strings.Contains(text, want) {
			t.Fatalf("status lacks %q:\n%s", want, text)
		}
	}
	// Survives a restart.
	second.cmd.Process.Signal(os.Interrupt)
	if err := <-second.done; err != nil {
		t.Fatalf("daemon exit: %v", err)
	}
	again := startDaemon(t, second.home)
	if n := len(again.enforceStatus(t).Entries); n != 2 {
		t.Fatalf("%d entries after restart, want 2", n)
	}
	// Lift both.
	for _, target := range []string{firstID, "198.51.100.0/24"} {
		if out := mustRun(t, "enforce", "lift", target, "--home", again.home); strings.TrimSpace(out) != "lifted "+target {
			t.Fatalf("lift %s: %q", target, out)
		}
	}
	if st := again.enforceStatus(t); len(st.Entries) != 0 || st.Userspace.KernelPrefixes != 0 {
		t.Fatalf("after lifting: %+v", st)
	}
	var res node.EnforceResult
	if err := json.Unmarshal([]byte(mustRun(t, "enforce", "lift", secondID, "--json", "--home", first.home)), &res); err != nil || res.Target != secondID {
		t.Fatalf("lift --json: %v %+v", err, res)
	}
}

// Bad enforcement config stops the daemon with one line.
func TestEnforceConfigErrors(t *testing.T) {
	cases := []struct {
		name, from, to, want string
	}{
		{"unknown interface", "interfaces: []", "interfaces: [nosuch0]", "enforce.interfaces: no such interface: nosuch0"},
		{"bad mode", "mode: auto", "mode: kernel", `enforce.mode "kernel" is not one of auto, xdp, tcx, off`},
		{"bad name", "interfaces: []", `interfaces: ["eth0/1"]`, `"eth0/1" is not a valid interface name`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			home := initHome(t)
			cfg := filepath.Join(home, "config.yaml")
			b, err := os.ReadFile(cfg)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(b), c.from) {
				t.Fatalf("config template lacks %q", c.from)
			}
			os.WriteFile(cfg, []byte(strings.Replace(string(b), c.from, c.to, 1)), 0o600)
			_, errOut, code := run(t, "daemon", "--home", home, "--listen", "/ip4/127.0.0.1/tcp/0", "--mdns=false", "--metrics", "off")
			if code == 0 || !strings.Contains(errOut, c.want) || strings.Count(errOut, "\n") != 1 {
				t.Fatalf("exit %d: %q, want one line with %q", code, errOut, c.want)
			}
		})
	}
}
