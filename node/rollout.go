package node

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"

	pubsub "github.com/libp2p/go-libp2p-pubsub"

	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/p2p"
)

// RolloutEngine is the staged-rollout controller the node runs for
// experiments the DAO approved (package cradle's Rollout). Package cradle
// imports node, so the node takes the engine by injection: the binary passes
// WithRollout(cradle.NodeRollout).
type RolloutEngine interface {
	Start(ctx context.Context) error
	Close() error
	// Status is what GET /v1/cradle/rollout serves (JSON).
	Status(ctx context.Context) any
}

// RolloutFactory builds the engine for a started node (its gossip, chain
// watcher, IPFS and store are up).
type RolloutFactory func(n *Node, log *slog.Logger) (RolloutEngine, error)

// WithRollout sets the rollout engine of this node.
func WithRollout(f RolloutFactory) Option { return func(n *Node) { n.rollout.factory = f } }

// rolloutSvc is the node's rollout engine, or why it has none.
type rolloutSvc struct {
	factory  RolloutFactory
	engine   RolloutEngine
	disabled string
	restart  restartSignal
}

// RolloutDisabled is GET /v1/cradle/rollout on a node without a rollout.
type RolloutDisabled struct {
	Enabled     bool     `json:"enabled"`
	Reason      string   `json:"reason"`
	Experiments []string `json:"experiments"`
}

// startRollout starts the rollout engine when the node follows a chain:
// decisions come only from the ExperimentRegistry. Without a chain the
// rollout topic is ignored (not relayed: this node could not check it).
func (n *Node) startRollout(ctx context.Context) error {
	f := n.rollout.factory
	switch {
	case n.watcher == nil:
		n.rollout.disabled = "no chain: rollout disabled (set chain.rpc, or run the daemon with --dev)"
	case f == nil:
		n.rollout.disabled = "this binary has no rollout engine linked in"
	}
	n.addStatus("rollout", n.rolloutStatusLine)
	if n.rollout.disabled != "" {
		reason := n.rollout.disabled
		return n.gossip.SetValidator(p2p.TopicRollout, func(context.Context, *pubsub.Message) error {
			return fmt.Errorf("%w: %s", p2p.ErrIgnore, reason)
		})
	}
	e, err := f(n, n.log.With("component", "rollout"))
	if err != nil {
		return fmt.Errorf("rollout: %w", err)
	}
	if err := e.Start(ctx); err != nil {
		return fmt.Errorf("rollout: %w", err)
	}
	n.rollout.engine = e
	n.onClose("rollout", e.Close)
	return nil
}

func (n *Node) rolloutStatus(ctx context.Context) any {
	if n.rollout.engine == nil {
		return RolloutDisabled{Reason: n.rollout.disabled, Experiments: []string{}}
	}
	return n.rollout.engine.Status(ctx)
}

func (n *Node) rolloutStatusLine(ctx context.Context) any {
	if n.rollout.engine == nil {
		return n.rollout.disabled
	}
	return "enabled"
}

// RolloutStatus is the rollout engine's status (RolloutDisabled without
// one).
func (n *Node) RolloutStatus(ctx context.Context) any { return n.rolloutStatus(ctx) }

func (n *Node) rolloutRoutes() []api.Route {
	return []api.Route{
		{Method: "GET", Path: "/v1/cradle/rollout", Op: "cradle:read", Handle: n.handleRolloutStatus},
	}
}

func (n *Node) handleRolloutStatus(w http.ResponseWriter, r *http.Request) error {
	return api.WriteJSON(w, http.StatusOK, n.rolloutStatus(r.Context()))
}
