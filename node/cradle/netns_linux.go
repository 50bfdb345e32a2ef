//go:build linux

package cradle

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// ErrNeedsRoot is returned when the netns backend runs without root.
var ErrNeedsRoot = errors.New("the netns backend needs root (network namespaces, nftables, NFQUEUE)")

// netnsPrefix starts every namespace this package creates; the runner's
// PID follows, so namespaces left by a runner that died are recognised and
// removed by the next one.
const netnsPrefix = "wwc-"

// netnsQueue is the NFQUEUE number the latency chaos uses in each node's
// namespace.
const netnsQueue = 7

// NetnsBackend gives each node its own network namespace with one veth
// (eth0, 10.77.x.y/16) on a Linux bridge that lives in a hub namespace of
// its own, so nothing of the host's network is touched. Faults are set in
// each node's namespace: a partition with an nftables set of addresses to
// drop, packet loss with an nftables numgen rule, latency by holding every
// outgoing packet in an NFQUEUE for the delay (the kernels this project
// runs on do not build tc netem).
type NetnsBackend struct {
	id   string
	log  *slog.Logger
	n    int
	made []string // namespaces created, hub first

	mu      sync.Mutex
	queues  []*nfQueue
	delayed atomic.Int64
	dropped atomic.Int64
}

// NewNetnsBackend returns the namespace backend; it checks for root.
func NewNetnsBackend(log *slog.Logger) (*NetnsBackend, error) {
	if os.Geteuid() != 0 {
		return nil, ErrNeedsRoot
	}
	for _, tool := range []string{"ip", "nft", "iptables"} {
		if _, err := exec.LookPath(tool); err != nil {
			return nil, fmt.Errorf("the netns backend needs %s (Debian packages iproute2, nftables, iptables): %w", tool, err)
		}
	}
	if log == nil {
		log = slog.Default()
	}
	var r [2]byte
	_, _ = rand.Read(r[:])
	return &NetnsBackend{id: fmt.Sprintf("%s%d-%s", netnsPrefix, os.Getpid(), hex.EncodeToString(r[:])), log: log}, nil
}

// Name is "netns".
func (b *NetnsBackend) Name() string { return "netns" }

// ID is the prefix of this backend's namespace names.
func (b *NetnsBackend) ID() string { return b.id }

func (b *NetnsBackend) hub() string         { return b.id + "-hub" }
func (b *NetnsBackend) ns(i int) string     { return b.id + "-n" + strconv.Itoa(i) }
func (b *NetnsBackend) nsPath(i int) string { return "/run/netns/" + b.ns(i) }

// Listen is the node's address on the bridge and the default port.
func (b *NetnsBackend) Listen(i int) (string, int) {
	h := i + 2
	return fmt.Sprintf("10.77.%d.%d", h>>8, h&255), 4141
}

func run(ctx context.Context, stdin string, argv ...string) error {
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	if stdin != "" {
		cmd.Stdin = strings.NewReader(stdin)
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s: %v: %s", strings.Join(argv, " "), err, bytes.TrimSpace(out))
	}
	return nil
}

// nodeRules is the nftables table each node's namespace gets: a set of
// addresses cut off (empty until a partition), and a chain the loss rule
// goes into.
const nodeRules = `table inet cradle {
  set cut { type ipv4_addr; }
  chain input { type filter hook input priority 0; policy accept; ip saddr @cut drop; }
  chain output { type filter hook output priority 0; policy accept; ip daddr @cut drop; jump shaping; }
  chain shaping { }
}
`

// Setup creates the hub with its bridge and one namespace per node.
func (b *NetnsBackend) Setup(ctx context.Context, n int) error {
	CleanStaleNamespaces(b.log)
	b.n = n
	hub := b.hub()
	if err := run(ctx, "", "ip", "netns", "add", hub); err != nil {
		return err
	}
	b.made = append(b.made, hub)
	var hubBatch strings.Builder
	hubBatch.WriteString("link set lo up\nlink add br0 type bridge\nlink set br0 up\n")
	for i := range n {
		if err := run(ctx, "", "ip", "netns", "add", b.ns(i)); err != nil {
			return err
		}
		b.made = append(b.made, b.ns(i))
		fmt.Fprintf(&hubBatch, "link add v%d type veth peer name eth0 netns %s\nlink set v%d master br0\nlink set v%d up\n", i, b.ns(i), i, i)
	}
	if err := run(ctx, hubBatch.String(), "ip", "-n", hub, "-batch", "-"); err != nil {
		return err
	}
	return b.eachNode(ctx, func(i int) error {
		ip, _ := b.Listen(i)
		batch := fmt.Sprintf("link set lo up\naddr add %s/16 dev eth0\nlink set eth0 up\n", ip)
		if err := run(ctx, batch, "ip", "-n", b.ns(i), "-batch", "-"); err != nil {
			return err
		}
		return run(ctx, nodeRules, "ip", "netns", "exec", b.ns(i), "nft", "-f", "-")
	})
}

// eachNode runs fn for every node, four at a time.
func (b *NetnsBackend) eachNode(ctx context.Context, fn func(i int) error) error {
	sem := make(chan struct{}, 4)
	errs := make(chan error, b.n)
	var wg sync.WaitGroup
	for i := range b.n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			errs <- fn(i)
		}()
	}
	wg.Wait()
	close(errs)
	var all []error
	for err := range errs {
		if err != nil {
			all = append(all, err)
		}
	}
	_ = ctx
	return errors.Join(all...)
}

// Command runs argv inside node i's namespace (`ip netns exec` execs it,
// so the process is the daemon itself).
func (b *NetnsBackend) Command(i int, argv []string) *exec.Cmd {
	return exec.Command("ip", append([]string{"netns", "exec", b.ns(i)}, argv...)...)
}

// Partition fills each node's cut set: the cut nodes drop the others'
// addresses and the others drop theirs.
func (b *NetnsBackend) Partition(ctx context.Context, sb *Sandbox, cut []int, _ time.Duration) error {
	in := map[int]bool{}
	for _, c := range cut {
		in[c] = true
	}
	addrs := func(side bool) string {
		var ips []string
		for i := range b.n {
			if in[i] == side {
				ip, _ := b.Listen(i)
				ips = append(ips, ip)
			}
		}
		return strings.Join(ips, ", ")
	}
	cutIPs, restIPs := addrs(true), addrs(false)
	return b.eachNode(ctx, func(i int) error {
		other := cutIPs
		if in[i] {
			other = restIPs
		}
		return run(ctx, "", "ip", "netns", "exec", b.ns(i), "nft", "add element inet cradle cut { "+other+" }")
	})
}

// Heal empties every cut set.
func (b *NetnsBackend) Heal(ctx context.Context, sb *Sandbox, cut []int) error {
	return b.eachNode(ctx, func(i int) error {
		return run(ctx, "", "ip", "netns", "exec", b.ns(i), "nft", "flush set inet cradle cut")
	})
}

// Restarted has nothing to do: the rules live in the namespace, not the node.
func (b *NetnsBackend) Restarted(context.Context, *Sandbox, int) error { return nil }

// SetLatency holds every packet leaving each node's eth0 for d (0 removes).
func (b *NetnsBackend) SetLatency(ctx context.Context, d time.Duration) error {
	rule := []string{"OUTPUT", "-o", "eth0", "-j", "NFQUEUE", "--queue-num", strconv.Itoa(netnsQueue), "--queue-bypass"}
	if d == 0 {
		err := b.eachNode(ctx, func(i int) error {
			return run(ctx, "", append([]string{"ip", "netns", "exec", b.ns(i), "iptables", "-D"}, rule...)...)
		})
		b.closeQueues()
		return err
	}
	b.mu.Lock()
	b.queues = make([]*nfQueue, b.n)
	b.mu.Unlock()
	return b.eachNode(ctx, func(i int) error {
		q, err := openNFQueue(b.nsPath(i), netnsQueue, d, &b.delayed)
		if err != nil {
			return err
		}
		b.mu.Lock()
		b.queues[i] = q
		b.mu.Unlock()
		return run(ctx, "", append([]string{"ip", "netns", "exec", b.ns(i), "iptables", "-A"}, rule...)...)
	})
}

func (b *NetnsBackend) closeQueues() {
	b.mu.Lock()
	qs := b.queues
	b.queues = nil
	b.mu.Unlock()
	for _, q := range qs {
		if q != nil {
			q.Close()
		}
	}
}

// SetLoss drops that share of the packets each node sends (0 removes it).
func (b *NetnsBackend) SetLoss(ctx context.Context, rate float64) error {
	if rate == 0 {
		return b.eachNode(ctx, func(i int) error {
			b.dropped.Add(b.shapingDrops(ctx, i))
			return run(ctx, "", "ip", "netns", "exec", b.ns(i), "nft", "flush chain inet cradle shaping")
		})
	}
	const scale = 1_000_000
	thr := int64(rate * scale)
	return b.eachNode(ctx, func(i int) error {
		return run(ctx, "", "ip", "netns", "exec", b.ns(i), "nft",
			fmt.Sprintf("add rule inet cradle shaping oifname \"eth0\" numgen random mod %d < %d counter drop", scale, thr))
	})
}

// shapingDrops reads the loss rule's packet counter in node i's namespace.
func (b *NetnsBackend) shapingDrops(ctx context.Context, i int) int64 {
	out, err := exec.CommandContext(ctx, "ip", "netns", "exec", b.ns(i), "nft", "-j", "list", "chain", "inet", "cradle", "shaping").Output()
	if err != nil {
		return 0
	}
	var doc struct {
		Nftables []struct {
			Rule *struct {
				Expr []map[string]json.RawMessage `json:"expr"`
			} `json:"rule"`
		} `json:"nftables"`
	}
	if json.Unmarshal(out, &doc) != nil {
		return 0
	}
	var total int64
	for _, e := range doc.Nftables {
		if e.Rule == nil {
			continue
		}
		for _, x := range e.Rule.Expr {
			if c, ok := x["counter"]; ok {
				var ctr struct {
					Packets int64 `json:"packets"`
				}
				if json.Unmarshal(c, &ctr) == nil {
					total += ctr.Packets
				}
			}
		}
	}
	return total
}

// Stats counts what the faults did: packets held by the latency queue and
// packets dropped by the loss rule (counted when it is removed).
func (b *NetnsBackend) Stats() map[string]int64 {
	return map[string]int64{"delayed_packets": b.delayed.Load(), "dropped_packets": b.dropped.Load()}
}

// Close deletes every namespace it made (the bridge and veths go with
// them). Nodes must be stopped first: a namespace with a process in it
// lives on unnamed until the process ends.
func (b *NetnsBackend) Close() error {
	b.closeQueues()
	var errs []error
	for i := len(b.made) - 1; i >= 0; i-- {
		if err := run(context.Background(), "", "ip", "netns", "del", b.made[i]); err != nil {
			errs = append(errs, err)
		}
	}
	b.made = nil
	return errors.Join(errs...)
}

// Namespaces lists the namespaces this backend created and still holds.
func (b *NetnsBackend) Namespaces() []string { return append([]string(nil), b.made...) }

// CleanStaleNamespaces removes namespaces left by cradle runners that are
// no longer running (killed with SIGKILL, say), named wwc-<pid>-...
func CleanStaleNamespaces(log *slog.Logger) {
	ents, err := os.ReadDir("/run/netns")
	if err != nil {
		return
	}
	for _, e := range ents {
		name := e.Name()
		if !strings.HasPrefix(name, netnsPrefix) {
			continue
		}
		rest := strings.TrimPrefix(name, netnsPrefix)
		pidStr, _, ok := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidStr)
		if !ok || err != nil || pid <= 0 {
			continue
		}
		if _, err := os.Stat("/proc/" + pidStr); err == nil && pid != os.Getpid() {
			continue // its runner is alive
		} else if pid == os.Getpid() {
			continue
		}
		if err := run(context.Background(), "", "ip", "netns", "del", name); err == nil && log != nil {
			log.Info("removed a namespace left by a dead cradle runner", "netns", name)
		}
	}
}
