package bpf

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
)

// The test binary doubles as a helper process: TestMain runs runHelper
// when helperEnv is set.
const helperEnv = "WW_BPF_HELPER"

func runHelper() int {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	switch os.Getenv(helperEnv) {
	case "attach":
		// Attach in a namespace, block a source, report, then wait to be
		// killed.
		var fw *Firewall
		err := inNetns(os.Getenv("WW_BPF_NS"), func() error {
			var err error
			fw, err = New(Config{Interfaces: []string{os.Getenv("WW_BPF_IF")}, Mode: Mode(os.Getenv("WW_BPF_MODE")), Logger: log})
			return err
		})
		if err != nil {
			fmt.Println("error:", err)
			return 1
		}
		if err := fw.Block(netip.MustParsePrefix(os.Getenv("WW_BPF_BLOCK")), time.Time{}); err != nil {
			fmt.Println("error:", err)
			return 1
		}
		fmt.Println("ready")
		time.Sleep(time.Minute)
		return 0
	case "load":
		// Report how New fails without privileges.
		fw, err := New(Config{Logger: log})
		if err == nil {
			fw.Close()
			fmt.Println("loaded")
			return 0
		}
		fmt.Printf("unsupported=%v: %v\n", errors.Is(err, ErrUnsupported), err)
		return 0
	}
	fmt.Println("unknown helper", os.Getenv(helperEnv))
	return 2
}

// attached counts the programs attached to the receiver's interface at the
// given attach point.
func (tn *testNet) attached(t *testing.T, mode Mode) int {
	t.Helper()
	if mode == ModeXDP {
		out := run(t, "ip", "-n", tn.rNS, "-j", "link", "show", "dev", tn.rIf)
		var links []struct {
			XDP *struct {
				Prog struct{ ID int } `json:"prog"`
			} `json:"xdp"`
		}
		if err := json.Unmarshal([]byte(out), &links); err != nil || len(links) != 1 {
			t.Fatalf("parse ip link: %v\n%s", err, out)
		}
		if links[0].XDP == nil {
			return 0
		}
		return 1
	}
	var n int
	mustInNetns(t, tn.rNS, func() error {
		ifc, err := net.InterfaceByName(tn.rIf)
		if err != nil {
			return err
		}
		res, err := link.QueryPrograms(link.QueryOptions{Target: ifc.Index, Attach: ebpf.AttachTCXIngress})
		if err != nil {
			return err
		}
		n = len(res.Programs)
		return nil
	})
	return n
}

// udpFromBlocked sends three datagrams from src and then one from marker,
// an address that is never blocked, and returns how many of src's arrived
// by the time the marker did. No counters are involved: the program that
// judges them may belong to another process.
func udpFromBlocked(t *testing.T, tn *testNet, rcv *udpReceiver, src, marker netip.Addr) int {
	t.Helper()
	for _, a := range []netip.Addr{src, src, src, marker} {
		c := tn.udpSender(t, a, rcv.addr)
		if _, err := c.Write([]byte("x")); err != nil {
			t.Fatal(err)
		}
		c.Close()
	}
	buf := make([]byte, 64)
	got := 0
	for {
		rcv.conn.SetReadDeadline(time.Now().Add(2 * time.Second))
		_, from, err := rcv.conn.ReadFromUDPAddrPort(buf)
		if err != nil {
			t.Fatalf("marker from %s never arrived: %v", marker, err)
		}
		switch from.Addr().Unmap() {
		case marker:
			return got
		case src:
			got++
		}
	}
}

// TestAttachAfterKill SIGKILLs a process that attached the firewall and
// checks that the kernel detached it with the process, and that a new
// firewall attaches at the same point and works.
func TestAttachAfterKill(t *testing.T) {
	requireRoot(t)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []Mode{ModeTCX, ModeXDP} {
		t.Run(string(mode), func(t *testing.T) {
			tn := newTestNet(t)
			rcv := tn.udpReceiver(t, tn.r4)
			marker := tn.sExtra4[4]

			cmd := exec.Command(exe, "-test.run=^$")
			cmd.Env = append(os.Environ(), helperEnv+"=attach", "WW_BPF_NS="+tn.rNS, "WW_BPF_IF="+tn.rIf,
				"WW_BPF_MODE="+string(mode), "WW_BPF_BLOCK="+host(tn.s4).String())
			cmd.Stderr = os.Stderr
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
			line := make(chan string, 1)
			go func() {
				l, _ := bufio.NewReader(stdout).ReadString('\n')
				line <- strings.TrimSpace(l)
			}()
			select {
			case l := <-line:
				if l != "ready" {
					t.Fatalf("helper: %q", l)
				}
			case <-time.After(20 * time.Second):
				t.Fatal("helper did not attach within 20s")
			}

			if n := tn.attached(t, mode); n != 1 {
				t.Fatalf("%d programs attached by the helper, want 1", n)
			}
			if got := udpFromBlocked(t, tn, rcv, tn.s4, marker); got != 0 {
				t.Fatalf("helper's block let %d datagrams through", got)
			}

			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			cmd.Wait()
			deadline := time.Now().Add(2 * time.Second)
			for tn.attached(t, mode) != 0 {
				if time.Now().After(deadline) {
					t.Fatalf("program still attached 2s after SIGKILL")
				}
				time.Sleep(10 * time.Millisecond)
			}
			if got := udpFromBlocked(t, tn, rcv, tn.s4, marker); got != 3 {
				t.Fatalf("after the helper died %d of 3 datagrams arrived", got)
			}

			fw := tn.firewall(t, mode)
			if n := tn.attached(t, mode); n != 1 {
				t.Fatalf("%d programs attached after restart, want 1", n)
			}
			if err := fw.Block(host(tn.s4), time.Time{}); err != nil {
				t.Fatal(err)
			}
			if got := udpFromBlocked(t, tn, rcv, tn.s4, marker); got != 0 {
				t.Fatalf("restarted firewall let %d datagrams through", got)
			}
			s, err := fw.Stats()
			if err != nil {
				t.Fatal(err)
			}
			if s.DroppedBlocked != 3 {
				t.Errorf("restarted firewall counted %d blocked, want 3", s.DroppedBlocked)
			}
		})
	}
}

// TestNewUnprivileged runs New as user nobody and expects ErrUnsupported,
// the signal the node uses to fall back to userspace enforcement.
func TestNewUnprivileged(t *testing.T) {
	requireRoot(t)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	// The go test binary lives in a private temp dir; give nobody a copy.
	dir, err := os.MkdirTemp("", "wwbpf")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "bpf.test")
	data, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"=load")
	cmd.Dir = dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("helper: %v\n%s", err, out)
	}
	if !strings.HasPrefix(string(out), "unsupported=true") {
		t.Fatalf("New as nobody: %s, want an error wrapping ErrUnsupported", out)
	}
	t.Logf("as nobody: %s", strings.TrimSpace(string(out)))
}

// TestTCXHeadOfChain attaches two firewalls to one interface: tcx lets
// both in, and the newer one goes to the head of the chain, so what it
// drops never reaches the older one.
func TestTCXHeadOfChain(t *testing.T) {
	tn := newTestNet(t)
	rcv := tn.udpReceiver(t, tn.r4)
	older := tn.firewall(t, ModeTCX)
	newer := tn.firewall(t, ModeTCX)
	var ids []ebpf.ProgramID
	mustInNetns(t, tn.rNS, func() error {
		ifc, err := net.InterfaceByName(tn.rIf)
		if err != nil {
			return err
		}
		res, err := link.QueryPrograms(link.QueryOptions{Target: ifc.Index, Attach: ebpf.AttachTCXIngress})
		if err != nil {
			return err
		}
		for _, p := range res.Programs {
			ids = append(ids, p.ID)
		}
		return nil
	})
	info, err := newer.objs.TcxFirewall.Info()
	if err != nil {
		t.Fatal(err)
	}
	newID, _ := info.ID()
	if len(ids) != 2 || ids[0] != newID {
		t.Fatalf("tcx chain %v, want two programs with the newer (%d) first", ids, newID)
	}
	if err := newer.Block(host(tn.s4), time.Time{}); err != nil {
		t.Fatal(err)
	}
	if got := udpFromBlocked(t, tn, rcv, tn.s4, tn.sExtra4[4]); got != 0 {
		t.Fatalf("%d datagrams passed the head firewall's block", got)
	}
	so, _ := older.Stats()
	sn, _ := newer.Stats()
	if sn.DroppedBlocked != 3 || so.Passed != 1 || sn.Passed != 1 {
		t.Fatalf("newer %+v, older %+v: want 3 dropped at the head and only the marker reaching the older", sn, so)
	}
	newer.Close()
	if n := tn.attached(t, ModeTCX); n != 1 {
		t.Fatalf("%d programs after closing the newer firewall, want 1", n)
	}
}
