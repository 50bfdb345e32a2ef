//go:build linux

package cradle

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"sync/atomic"
	"testing"
	"time"
)

// TestNFQueueDelays checks the userspace delayer against real ping traffic
// in a throw-away network namespace: every packet leaving through lo is
// held for the delay, so the round trip (two packets) takes twice as long.
func TestNFQueueDelays(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root: creates a network namespace and an NFQUEUE rule")
	}
	ns := "wwc-nfq-" + strconv.Itoa(os.Getpid())
	sh := func(args ...string) {
		t.Helper()
		if out, err := exec.Command(args[0], args[1:]...).CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
	}
	sh("ip", "netns", "add", ns)
	t.Cleanup(func() { exec.Command("ip", "netns", "del", ns).Run() })
	sh("ip", "-n", ns, "link", "set", "lo", "up")
	var held atomic.Int64
	q, err := openNFQueue("/run/netns/"+ns, 5, 40*time.Millisecond, &held)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	sh("ip", "netns", "exec", ns, "iptables", "-A", "OUTPUT", "-o", "lo", "-p", "icmp", "-j", "NFQUEUE", "--queue-num", "5", "--queue-bypass")
	out, err := exec.Command("ip", "netns", "exec", ns, "ping", "-c", "5", "-i", "0.05", "-q", "127.0.0.1").CombinedOutput()
	if err != nil {
		t.Fatalf("ping: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`= ([0-9.]+)/([0-9.]+)/([0-9.]+)`).FindStringSubmatch(string(out))
	if m == nil {
		t.Fatalf("no rtt in %s", out)
	}
	minRTT, _ := strconv.ParseFloat(m[1], 64)
	if minRTT < 80 || minRTT > 200 {
		t.Fatalf("min rtt %.1f ms, want about 80 (two packets held 40 ms each)\n%s", minRTT, out)
	}
	if held.Load() < 10 {
		t.Fatalf("%d packets held, want the 10 of 5 pings", held.Load())
	}
	// Changing the delay takes effect for the next packets; closing
	// releases everything and the rule then bypasses the closed queue.
	q.delay.Store(0)
	q.Close()
	out, err = exec.Command("ip", "netns", "exec", ns, "ping", "-c", "3", "-i", "0.05", "-q", "127.0.0.1").CombinedOutput()
	if err != nil {
		t.Fatalf("ping after close: %v\n%s", err, out)
	}
	m = regexp.MustCompile(`= ([0-9.]+)/([0-9.]+)/([0-9.]+)`).FindStringSubmatch(string(out))
	if v, _ := strconv.ParseFloat(m[3], 64); m == nil || v > 20 {
		t.Fatalf("after close the queue should be bypassed: %s", out)
	}
}
