package cradle

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"

	"github.com/ipfs/go-cid"

	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/storage"
	"github.com/x0tta6bl4/westworld/storage/ipfs"
)

// ApplyModeConfig is how a node applies rollout params: none of the
// tunables has a runtime setter in the components that own it (gossipsub
// fixes D, D_low, D_high and the heartbeat when the router is built;
// libp2p's connection manager its water marks; the telemetry collector its
// interval; the resource manager its limits), so the node writes them into
// its config.yaml and they take effect at its next start. The rollout's
// state survives that restart.
const ApplyModeConfig = "config.yaml: every param takes effect at the node's next start (no tunable is settable at runtime yet)"

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
			Params:   &ConfigApplier{Home: n.Config().Home},
			Charter:  n.Charter,
			Store:    n.Store().Namespace(storage.PrefixCradle),
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

// ConfigApplier applies params by rewriting the node's config.yaml (see
// ApplyModeConfig). The file is re-read each time, so edits the operator
// made meanwhile are kept, and replaced atomically.
type ConfigApplier struct {
	Home string
	mu   sync.Mutex
}

// Apply writes ps into home/config.yaml and returns the values they
// replaced.
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
	tmp, err := os.CreateTemp(a.Home, ".config-*.yaml")
	if err != nil {
		return ApplyResult{}, fmt.Errorf("apply params: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(text); err != nil {
		tmp.Close()
		return ApplyResult{}, fmt.Errorf("apply params: %w", err)
	}
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return ApplyResult{}, fmt.Errorf("apply params: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return ApplyResult{}, fmt.Errorf("apply params: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return ApplyResult{}, fmt.Errorf("apply params: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return ApplyResult{}, fmt.Errorf("apply params: %w", err)
	}
	res := ApplyResult{Previous: prev}
	for _, p := range ps {
		res.Restart = append(res.Restart, p.Name)
	}
	return res, nil
}
