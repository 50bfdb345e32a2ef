package cradle

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/node/api"
)

// ErrNodeDown is returned for an operation on a node that is not running.
var ErrNodeDown = errors.New("sandbox node is not running")

// Backend puts sandbox nodes on a network and injects the faults that act
// on the network rather than on processes.
type Backend interface {
	// Name is "local" or "netns".
	Name() string
	// Setup prepares the network for n nodes.
	Setup(ctx context.Context, n int) error
	// Listen is the IPv4 address and TCP port node i listens on.
	Listen(i int) (ip string, port int)
	// Command returns the command that runs argv as node i.
	Command(i int, argv []string) *exec.Cmd
	// Partition cuts the nodes in cut off from the others until Heal.
	Partition(ctx context.Context, sb *Sandbox, cut []int, maxDur time.Duration) error
	// Heal undoes Partition.
	Heal(ctx context.Context, sb *Sandbox, cut []int) error
	// Restarted tells the backend a node came back (to re-apply state that
	// lives in the node rather than in the network).
	Restarted(ctx context.Context, sb *Sandbox, i int) error
	// SetLatency delays every packet every node sends (0 removes it).
	SetLatency(ctx context.Context, d time.Duration) error
	// SetLoss drops that share of every node's packets (0 removes it).
	SetLoss(ctx context.Context, rate float64) error
	// Close removes everything Setup made.
	Close() error
}

// SandboxConfig configures a sandbox.
type SandboxConfig struct {
	// Dir holds the nodes' homes (created; removed by Close unless Keep).
	Dir string
	// Binary is the westworld binary to run.
	Binary string
	// Nodes is how many nodes.
	Nodes int
	// Params are written into every node's config (the candidate's change;
	// empty for the baseline).
	Params Params
	// StartConcurrency bounds how many nodes start at once (default 4).
	StartConcurrency int
	// ReadyTimeout bounds one node's start (default 60s).
	ReadyTimeout time.Duration
	// Keep leaves the homes on disk after Close.
	Keep   bool
	Logger *slog.Logger
}

// Sandbox is a throw-away mesh of real westworld daemons.
type Sandbox struct {
	cfg     SandboxConfig
	backend Backend
	log     *slog.Logger
	nodes   []*SandboxNode
	closed  bool
	mu      sync.Mutex
	// Cut is the active partition (nil when healed).
	cut []int
}

// SandboxNode is one daemon of a sandbox.
type SandboxNode struct {
	Index  int
	Home   string
	PeerID string
	IP     string
	Port   int
	// Addr is the node's full multiaddr (/ip4/IP/tcp/PORT/p2p/ID).
	Addr string

	client *api.Client
	http   *http.Client
	socket string
	mac    string

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{}
	up   bool
	// Starts counts process starts (1 + restarts).
	Starts int
}

// NewSandbox prepares a sandbox on a backend; Start runs it.
func NewSandbox(cfg SandboxConfig, b Backend) (*Sandbox, error) {
	if cfg.Nodes < 1 {
		return nil, fmt.Errorf("%w: sandbox needs nodes", ErrInvalidSpec)
	}
	if cfg.Binary == "" {
		return nil, errors.New("sandbox: no westworld binary")
	}
	if cfg.StartConcurrency <= 0 {
		cfg.StartConcurrency = 4
	}
	if cfg.ReadyTimeout <= 0 {
		cfg.ReadyTimeout = 60 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	// The API socket path must fit a sockaddr_un (108 bytes).
	if l := len(filepath.Join(cfg.Dir, "n000", "api.sock")); l > 100 {
		return nil, fmt.Errorf("sandbox dir %s is too long for unix socket paths (%d bytes); use a shorter --work-dir", cfg.Dir, l)
	}
	return &Sandbox{cfg: cfg, backend: b, log: cfg.Logger}, nil
}

// Nodes are the sandbox's nodes, by index.
func (sb *Sandbox) Nodes() []*SandboxNode { return sb.nodes }

// Node is node i.
func (sb *Sandbox) Node(i int) *SandboxNode { return sb.nodes[i] }

// Backend is the sandbox's backend.
func (sb *Sandbox) Backend() Backend { return sb.backend }

// Start sets up the network, initialises every home (`westworld init`,
// then the sandbox's config edits and the params), and starts node 0 and
// then the others bootstrapped from it, waiting until each answers its API.
func (sb *Sandbox) Start(ctx context.Context) error {
	if err := os.MkdirAll(sb.cfg.Dir, 0o700); err != nil {
		return fmt.Errorf("sandbox dir: %w", err)
	}
	if err := sb.backend.Setup(ctx, sb.cfg.Nodes); err != nil {
		return err
	}
	sb.nodes = make([]*SandboxNode, sb.cfg.Nodes)
	for i := range sb.nodes {
		n, err := sb.initNode(ctx, i)
		if err != nil {
			return err
		}
		sb.nodes[i] = n
	}
	for i := range sb.nodes {
		if err := sb.writeConfig(sb.nodes[i]); err != nil {
			return err
		}
	}
	if err := sb.startNode(ctx, sb.nodes[0]); err != nil {
		return err
	}
	sem := make(chan struct{}, sb.cfg.StartConcurrency)
	errs := make(chan error, len(sb.nodes))
	var wg sync.WaitGroup
	for _, n := range sb.nodes[1:] {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				errs <- ctx.Err()
				return
			}
			defer func() { <-sem }()
			errs <- sb.startNode(ctx, n)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func (sb *Sandbox) initNode(ctx context.Context, i int) (*SandboxNode, error) {
	home := filepath.Join(sb.cfg.Dir, fmt.Sprintf("n%03d", i))
	cmd := exec.CommandContext(ctx, sb.cfg.Binary, "init", "--home", home, "--json")
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("westworld init node %d: %v: %s", i, err, bytes.TrimSpace(stderr.Bytes()))
	}
	var res node.InitResult
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		return nil, fmt.Errorf("westworld init node %d: read its output: %w", i, err)
	}
	ip, port := sb.backend.Listen(i)
	mac, err := node.RoleMacaroon(home, "admin")
	if err != nil {
		return nil, fmt.Errorf("node %d: %w", i, err)
	}
	n := &SandboxNode{
		Index: i, Home: home, PeerID: res.PeerID, IP: ip, Port: port,
		Addr: fmt.Sprintf("/ip4/%s/tcp/%d/p2p/%s", ip, port, res.PeerID),
		mac:  hex.EncodeToString(mac),
	}
	return n, nil
}

// SandboxConfigEdits are the changes every sandbox node's config gets on
// top of `westworld init`'s defaults, baseline and candidate alike: one
// TCP listen address on the backend's network, node 0 as bootstrap, mDNS,
// metrics and NAT traversal off (a closed throw-away network has no NAT
// and no scraper), userspace enforcement (the kernel firewall would act on
// the shared loopback), warn-level logs.
func SandboxConfigEdits(cfg *node.Config, self, boot *SandboxNode) {
	cfg.LogLevel = "warn"
	cfg.P2P.Listen = []string{fmt.Sprintf("/ip4/%s/tcp/%d", self.IP, self.Port)}
	cfg.P2P.Announce = []string{}
	cfg.P2P.Bootstrap = []string{}
	if boot != nil && boot != self {
		cfg.P2P.Bootstrap = []string{boot.Addr}
	}
	cfg.P2P.MDNS = false
	cfg.P2P.AutoNAT = false
	cfg.P2P.HolePunching = false
	cfg.P2P.RelayClient = false
	cfg.Metrics.Listen = ""
	cfg.API.TCP = ""
	cfg.Enforce.Mode = "off"
}

func (sb *Sandbox) writeConfig(n *SandboxNode) error {
	cfg, err := node.LoadConfig(n.Home)
	if err != nil {
		return err
	}
	SandboxConfigEdits(&cfg, n, sb.nodes[0])
	if err := sb.cfg.Params.Apply(&cfg); err != nil {
		return fmt.Errorf("node %d: %w", n.Index, err)
	}
	text, err := node.RenderConfig(cfg)
	if err != nil {
		return fmt.Errorf("node %d: %w", n.Index, err)
	}
	if err := os.WriteFile(filepath.Join(n.Home, node.ConfigFile), text, 0o600); err != nil {
		return fmt.Errorf("node %d config: %w", n.Index, err)
	}
	n.socket = cfg.SocketPath()
	mac, _ := hex.DecodeString(n.mac)
	n.client = api.NewClient(n.socket, mac)
	n.http = unixHTTPClient(n.socket)
	return nil
}

// startNode starts a node's daemon and waits until its API answers.
func (sb *Sandbox) startNode(ctx context.Context, n *SandboxNode) error {
	logf, err := os.OpenFile(filepath.Join(n.Home, "daemon.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	cmd := sb.backend.Command(n.Index, []string{sb.cfg.Binary, "daemon", "--home", n.Home})
	cmd.Stdout, cmd.Stderr = logf, logf
	// Own process group: a terminal's Ctrl-C reaches only the runner, which
	// kills the nodes itself. Pdeathsig: if the runner dies, so do they.
	cmd.SysProcAttr = sandboxProcAttr()
	if err := cmd.Start(); err != nil {
		logf.Close()
		return fmt.Errorf("start node %d: %w", n.Index, err)
	}
	done := make(chan struct{})
	n.mu.Lock()
	n.cmd, n.done, n.up = cmd, done, true
	n.Starts++
	n.mu.Unlock()
	go func() {
		_ = cmd.Wait()
		logf.Close()
		n.mu.Lock()
		if n.cmd == cmd {
			n.up = false
		}
		n.mu.Unlock()
		close(done)
	}()
	rctx, cancel := context.WithTimeout(ctx, sb.cfg.ReadyTimeout)
	defer cancel()
	for {
		sctx, scancel := context.WithTimeout(rctx, time.Second)
		_, err := n.client.Status(sctx)
		scancel()
		if err == nil {
			return nil
		}
		select {
		case <-done:
			return fmt.Errorf("node %d exited during start: %s", n.Index, tailFile(filepath.Join(n.Home, "daemon.log"), 400))
		case <-rctx.Done():
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("node %d did not answer its API within %s: %v", n.Index, sb.cfg.ReadyTimeout, err)
		case <-time.After(25 * time.Millisecond):
		}
	}
}

func tailFile(path string, n int) string {
	b, _ := os.ReadFile(path)
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(bytes.TrimSpace(b))
}

// Up reports whether the node's process runs.
func (n *SandboxNode) Up() bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.up
}

// PID is the node's process ID (0 when down).
func (n *SandboxNode) PID() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	if !n.up || n.cmd == nil || n.cmd.Process == nil {
		return 0
	}
	return n.cmd.Process.Pid
}

// Client is the node's API client (admin macaroon).
func (n *SandboxNode) Client() *api.Client { return n.client }

// Kill SIGKILLs node i and waits for it to be gone.
func (sb *Sandbox) Kill(i int) error {
	n := sb.nodes[i]
	n.mu.Lock()
	cmd, done, up := n.cmd, n.done, n.up
	n.up = false
	n.mu.Unlock()
	if !up || cmd == nil {
		return fmt.Errorf("kill node %d: %w", i, ErrNodeDown)
	}
	_ = cmd.Process.Signal(syscall.SIGKILL)
	<-done
	return nil
}

// Restart starts a killed node again on the same home (same identity,
// address and datastore).
func (sb *Sandbox) Restart(ctx context.Context, i int) error {
	n := sb.nodes[i]
	if n.Up() {
		return nil
	}
	if err := sb.startNode(ctx, n); err != nil {
		return err
	}
	return sb.backend.Restarted(ctx, sb, i)
}

// Close kills every node, removes the backend's network and (unless
// Keep) the homes. It is safe to call more than once.
func (sb *Sandbox) Close() error {
	sb.mu.Lock()
	if sb.closed {
		sb.mu.Unlock()
		return nil
	}
	sb.closed = true
	sb.mu.Unlock()
	for _, n := range sb.nodes {
		if n == nil {
			continue
		}
		n.mu.Lock()
		cmd, done, up := n.cmd, n.done, n.up
		n.up = false
		n.mu.Unlock()
		if up && cmd != nil {
			_ = cmd.Process.Signal(syscall.SIGKILL)
		}
		if done != nil {
			<-done
		}
	}
	var errs []error
	if err := sb.backend.Close(); err != nil {
		errs = append(errs, err)
	}
	if !sb.cfg.Keep {
		if err := os.RemoveAll(sb.cfg.Dir); err != nil {
			errs = append(errs, fmt.Errorf("remove sandbox homes: %w", err))
		}
	}
	return errors.Join(errs...)
}

// Partition cuts nodes off (and remembers it, so a node restarted during
// the partition is put back behind it).
func (sb *Sandbox) Partition(ctx context.Context, cut []int, maxDur time.Duration) error {
	sb.mu.Lock()
	sb.cut = append([]int(nil), cut...)
	sb.mu.Unlock()
	return sb.backend.Partition(ctx, sb, cut, maxDur)
}

// Heal ends the partition.
func (sb *Sandbox) Heal(ctx context.Context) error {
	sb.mu.Lock()
	cut := sb.cut
	sb.cut = nil
	sb.mu.Unlock()
	if cut == nil {
		return nil
	}
	return sb.backend.Heal(ctx, sb, cut)
}

// ActiveCut is the partition in force (nil when none).
func (sb *Sandbox) ActiveCut() []int {
	sb.mu.Lock()
	defer sb.mu.Unlock()
	return append([]int(nil), sb.cut...)
}

// others lists the node indices not in cut.
func (sb *Sandbox) others(cut []int) []int {
	in := map[int]bool{}
	for _, c := range cut {
		in[c] = true
	}
	var out []int
	for i := range sb.nodes {
		if !in[i] {
			out = append(out, i)
		}
	}
	return out
}

func itoa(i int) string { return strconv.Itoa(i) }
