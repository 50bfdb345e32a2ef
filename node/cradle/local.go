package cradle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net"
	"net/http"
	"os/exec"
	"strconv"
	"sync"
	"time"

	"github.com/x0tta6bl4/westworld/node/api"
)

// ErrNeedsNetns is returned for chaos the local backend cannot inject.
var ErrNeedsNetns = errors.New("needs the netns backend (run as root with --backend netns)")

// LocalBackend runs the nodes as processes on loopback. A partition is
// made by the nodes' own enforcement: every node outside the cut suspends
// the cut-off nodes' peer IDs through its API (what `westworld enforce
// suspend PEER --for D --reason cradle --force` does), and lifts them to
// heal. Packet-level chaos (latency, loss) cannot be shaped on a shared
// loopback and is refused.
type LocalBackend struct {
	ports []int
	log   *slog.Logger
}

// NewLocalBackend returns the loopback backend.
func NewLocalBackend(log *slog.Logger) *LocalBackend {
	if log == nil {
		log = slog.Default()
	}
	return &LocalBackend{log: log}
}

// Name is "local".
func (b *LocalBackend) Name() string { return "local" }

// Setup reserves a free loopback TCP port for each node; a node keeps its
// port across restarts so the others can re-dial it.
func (b *LocalBackend) Setup(ctx context.Context, n int) error {
	var lns []net.Listener
	defer func() {
		for _, ln := range lns {
			ln.Close()
		}
	}()
	b.ports = make([]int, n)
	for i := range n {
		ln, err := net.Listen("tcp4", "127.0.0.1:0")
		if err != nil {
			return fmt.Errorf("reserve a loopback port: %w", err)
		}
		lns = append(lns, ln)
		b.ports[i] = ln.Addr().(*net.TCPAddr).Port
	}
	return nil
}

// Listen is 127.0.0.1 and the node's port.
func (b *LocalBackend) Listen(i int) (string, int) { return "127.0.0.1", b.ports[i] }

// Command runs argv directly.
func (b *LocalBackend) Command(i int, argv []string) *exec.Cmd {
	return exec.Command(argv[0], argv[1:]...)
}

// enforceRequest is the body of POST /v1/enforce/suspend and /lift.
type enforceRequest struct {
	Target string `json:"target"`
	For    string `json:"for,omitempty"`
	Reason string `json:"reason,omitempty"`
	Force  bool   `json:"force,omitempty"`
}

// Partition has every live node outside cut suspend every node in cut for
// at most maxDur (the suspension ends by itself should the runner die).
func (b *LocalBackend) Partition(ctx context.Context, sb *Sandbox, cut []int, maxDur time.Duration) error {
	secs := int(math.Ceil(maxDur.Seconds())) + 5
	var wg sync.WaitGroup
	errs := make(chan error, len(sb.nodes))
	for _, o := range sb.others(cut) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- b.suspendAll(ctx, sb, o, cut, secs)
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
	return errors.Join(all...)
}

// suspendAll makes node o suspend every node in cut.
func (b *LocalBackend) suspendAll(ctx context.Context, sb *Sandbox, o int, cut []int, secs int) error {
	n := sb.nodes[o]
	if !n.Up() {
		return nil // down: it is put behind the partition when it restarts
	}
	for _, c := range cut {
		target := sb.nodes[c]
		req := enforceRequest{Target: target.PeerID, For: strconv.Itoa(secs) + "s", Reason: "cradle link_partition", Force: true}
		err := n.client.Do(ctx, http.MethodPost, "/v1/enforce/suspend", req, nil)
		var he *api.HTTPError
		if errors.As(err, &he) && he.Code == http.StatusUnprocessableEntity {
			// The node has never seen the target's address: let it meet the
			// target first, so the suspension covers the address too.
			_ = n.client.Connect(ctx, target.Addr)
			err = n.client.Do(ctx, http.MethodPost, "/v1/enforce/suspend", req, nil)
		}
		if err != nil {
			if !n.Up() {
				return nil
			}
			return fmt.Errorf("node %d suspend node %d: %w", o, c, err)
		}
	}
	return nil
}

// Heal has every node outside cut lift its suspensions of the cut nodes.
func (b *LocalBackend) Heal(ctx context.Context, sb *Sandbox, cut []int) error {
	var wg sync.WaitGroup
	errs := make(chan error, len(sb.nodes))
	for _, o := range sb.others(cut) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := sb.nodes[o]
			if !n.Up() {
				return
			}
			for _, c := range cut {
				err := n.client.Do(ctx, http.MethodPost, "/v1/enforce/lift", enforceRequest{Target: sb.nodes[c].PeerID}, nil)
				var he *api.HTTPError
				if errors.As(err, &he) && he.Code == http.StatusNotFound {
					err = nil // never suspended (it was down) or already expired
				}
				if err != nil && n.Up() {
					errs <- fmt.Errorf("node %d lift node %d: %w", o, c, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	var all []error
	for err := range errs {
		all = append(all, err)
	}
	return errors.Join(all...)
}

// Restarted puts a node restarted outside an active partition's cut back
// behind it (its suspensions are stored, but it may have been down when
// the partition began).
func (b *LocalBackend) Restarted(ctx context.Context, sb *Sandbox, i int) error {
	cut := sb.ActiveCut()
	if cut == nil {
		return nil
	}
	for _, c := range cut {
		if c == i {
			return nil
		}
	}
	return b.suspendAll(ctx, sb, i, cut, 3600)
}

// SetLatency is refused: loopback has no per-node link to delay.
func (b *LocalBackend) SetLatency(context.Context, time.Duration) error {
	return fmt.Errorf("latency chaos %w", ErrNeedsNetns)
}

// SetLoss is refused: loopback has no per-node link to drop on.
func (b *LocalBackend) SetLoss(context.Context, float64) error {
	return fmt.Errorf("packet_loss chaos %w", ErrNeedsNetns)
}

// Close has nothing to remove.
func (b *LocalBackend) Close() error { return nil }
