package cradle

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/storage"
	"github.com/x0tta6bl4/westworld/storage/ipfs"
)

// ApplyModeConfig is how a node applies rollout params. Every param is
// written into config.yaml (so a restart keeps it). Those whose component
// can change them while running are also set at once (LiveTunables); for
// the rest the node asks to be restarted (node.RestartRequested), and the
// daemon closes it and starts a new one from the re-read config in the
// same process: gossipsub fixes D, D_low, D_high and the heartbeat when the
// router is built, libp2p's connection manager its water marks, the
// resource manager its limits. The rollout's state survives that restart.
const ApplyModeConfig = "live setters for telemetry.interval and enforce.rate_limit_pps; config.yaml and an in-process daemon restart for every other param (all are kept in config.yaml)"

// liveSetters are the tunables a running node changes without a restart.
var liveSetters = map[string]func(n LiveNode, v Value) error{
	"telemetry.interval":     func(n LiveNode, v Value) error { return n.SetTelemetryInterval(v.d) },
	"enforce.rate_limit_pps": func(n LiveNode, v Value) error { return n.SetRateLimitPPS(int(v.i)) },
}

// LiveTunables names the tunables a running node applies at once, sorted;
// every other one needs a restart.
func LiveTunables() []string {
	out := make([]string, 0, len(liveSetters))
	for name := range liveSetters {
		out = append(out, name)
	}
	slices.Sort(out)
	return out
}

// LiveNode is what ConfigApplier changes on the running node (*node.Node).
type LiveNode interface {
	SetTelemetryInterval(d time.Duration) error
	SetRateLimitPPS(pps int) error
	// RequestRestart asks whoever runs the node to restart it.
	RequestRestart(reason string)
}

// NodeRollout is the node.RolloutFactory the westworld binary links in
// (node cannot import this package: cradle imports node).
func NodeRollout(n *node.Node, log *slog.Logger) (node.RolloutEngine, error) {
	return NodeRolloutWith(RolloutConfig{})(n, log)
}

// NodeRolloutWith is NodeRollout with the controller's timings set (tests
// shorten them).
func NodeRolloutWith(cfg RolloutConfig) node.RolloutFactory {
	return func(n *node.Node, log *slog.Logger) (node.RolloutEngine, error) {
		w := n.Watcher()
		if w == nil {
			return nil, errors.New("rollout needs a chain")
		}
		cfg.Self = n.ID()
		cfg.Logger = log
		if cfg.ApplyMode == "" {
			cfg.ApplyMode = ApplyModeConfig
		}
		return NewRollout(cfg, RolloutDeps{
			Registry: w.Index(),
			Events:   w,
			Gossip:   n.Gossip(),
			Reports:  ipfsReports{n.IPFS()},
			Params:   &ConfigApplier{Home: n.Config().Home, Node: n, Logger: log},
			Charter:  n.Charter,
			Store:    n.Store().Namespace(storage.PrefixCradle),
			// A completed stage becomes the member's narrative evidence.
			StageCompleted: n.RolloutStageCompleted,
		})
	}
}

// ipfsReports fetches reports through the node's embedded IPFS (bitswap
// from whichever node holds them, the proposer's at least).
type ipfsReports struct{ ipfs *ipfs.IPFS }

func (f ipfsReports) FetchReport(ctx context.Context, s string) ([]byte, error) {
	c, err := cid.Decode(s)
	if err != nil {
		return nil, fmt.Errorf("%w: report CID %q: %v", ErrReportMismatch, s, err)
	}
	rd, err := f.ipfs.Cat(ctx, c)
	if err != nil {
		return nil, err
	}
	defer rd.Close()
	if rd.Size() > MaxReportSize {
		return nil, fmt.Errorf("%w: report %s is %d bytes, at most %d", ErrReportMismatch, s, rd.Size(), MaxReportSize)
	}
	data, err := io.ReadAll(io.LimitReader(rd, MaxReportSize+1))
	if err != nil {
		return nil, fmt.Errorf("read report %s: %w", s, err)
	}
	return data, nil
}

// ConfigApplier applies params by rewriting the node's config.yaml, then
// setting the live ones on the running node and asking it to restart for
// the others (see ApplyModeConfig). The file is re-read each time, so edits
// the operator made meanwhile are kept, and replaced atomically.
type ConfigApplier struct {
	Home string
	// Node is the running node; nil writes the file only (every param then
	// waits for a restart nobody requests).
	Node   LiveNode
	Logger *slog.Logger
	mu     sync.Mutex
}

// Apply writes ps into home/config.yaml, sets the live params on the node
// and, when a restart-only param changed value, requests one restart for
// all of them. It returns the values the params replaced.
func (a *ConfigApplier) Apply(_ context.Context, ps Params) (ApplyResult, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	cfg, err := node.LoadConfig(a.Home)
	if err != nil {
		return ApplyResult{}, fmt.Errorf("apply params: %w", err)
	}
	prev := ps.Baseline(cfg)
	if err := ps.Apply(&cfg); err != nil {
		return ApplyResult{}, fmt.Errorf("apply params: %w", err)
	}
	text, err := node.RenderConfig(cfg)
	if err != nil {
		return ApplyResult{}, fmt.Errorf("apply params: %w", err)
	}
	path := filepath.Join(a.Home, node.ConfigFile)
	if err := storage.WriteFile(path, text, 0o600); err != nil {
		return ApplyResult{}, fmt.Errorf("apply params: %w", err)
	}
	res := ApplyResult{Previous: prev}
	var changed []string // restart-only params whose value changed
	for _, p := range ps {
		if set, ok := liveSetters[p.Name]; ok && a.Node != nil {
			err := set(a.Node, p.Value)
			if err == nil {
				res.Live = append(res.Live, p.Name)
				continue
			}
			// The file has it: the restart below applies it.
			a.log().Warn("live param not applied, restarting for it", "param", p.Name, "value", p.Value.String(), "err", err)
		}
		res.Restart = append(res.Restart, p.Name)
		if old, ok := prev.Get(p.Name); !ok || old.String() != p.Value.String() {
			changed = append(changed, fmt.Sprintf("%s=%s", p.Name, p.Value))
		}
	}
	if len(changed) > 0 && a.Node != nil {
		// One request per Apply, that is per rollout transition; the node
		// coalesces requests the daemon has not taken yet.
		a.Node.RequestRestart(strings.Join(changed, ", "))
	}
	return res, nil
}

func (a *ConfigApplier) log() *slog.Logger {
	if a.Logger != nil {
		return a.Logger
	}
	return slog.Default()
}
