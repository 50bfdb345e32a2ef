package node

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node/api"
)

// ErrNoChain is returned by chain routes of a node that follows no chain.
var ErrNoChain = errors.New("this node follows no chain (set chain.rpc, or run the daemon with --dev)")

// startChain starts the dev chain when the config asks for one, then the watcher that indexes
// the governance contracts into Badger. It runs before the host, so everything started later
// (capabilities' proposal caveats, governance, refuge, cradle) can read the index. The watcher
// never blocks start on the endpoint: while it is unreachable the node runs and says so.
func (n *Node) startChain(ctx context.Context) error {
	cc := n.cfg.Chain
	if !cc.Enabled() {
		return nil
	}
	rpcURL := cc.RPC
	var dep *contracts.Deployment
	if cc.Dev.Enabled {
		dcfg := chain.DevHomeConfig(n.cfg.Home)
		dcfg.DeploymentPath = n.cfg.DeploymentPath()
		dcfg.Period = mustDuration(cc.Dev.Period)
		dcfg.HTTPPort = cc.Dev.HTTPPort
		dcfg.Logger = n.log.With("component", "devchain")
		dc, err := chain.NewDevChain(dcfg)
		if err != nil {
			return fmt.Errorf("dev chain: %w", err)
		}
		n.onClose("dev chain", dc.Close)
		if err := dc.Start(ctx); err != nil {
			return fmt.Errorf("dev chain: %w", err)
		}
		n.devchain = dc
		rpcURL = dc.HTTPEndpoint()
		dep = dc.Deployment()
	} else {
		d, err := contracts.Load(n.cfg.DeploymentPath())
		if errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("chain: no deployment file %s (copy the network's deployment.json there, or run westworld chain deploy)", n.cfg.DeploymentPath())
		}
		if err != nil {
			return fmt.Errorf("chain: %w", err)
		}
		dep = d
	}
	n.deployment = dep
	n.rpcURL = rpcURL
	confirmations, poll := uint64(cc.Confirmations), mustDuration(cc.PollInterval)
	if cc.Dev.Enabled {
		// A dev chain does not reorg, and its blocks come every period: waiting for
		// more would only slow down trying things out.
		confirmations = 0
		poll = min(poll, 500*time.Millisecond)
	}
	w, err := chain.NewWatcher(chain.WatcherConfig{
		Deployment:    dep,
		Confirmations: confirmations,
		PollInterval:  poll,
		Logger:        n.log.With("component", "chain"),
	}, n.store, chain.DialURL(rpcURL, dep))
	if err != nil {
		return fmt.Errorf("chain watcher: %w", err)
	}
	if err := w.Start(ctx); err != nil {
		return fmt.Errorf("chain watcher: %w", err)
	}
	n.onClose("chain watcher", w.Close)
	n.watcher = w
	n.proposals = w.Index()
	n.addStatus("chain", func(ctx context.Context) any {
		st := w.Status()
		return map[string]any{
			"rpc": chain.RedactURL(rpcURL), "chain_id": dep.ChainID, "connected": st.Connected,
			"head": st.Head, "indexed_to": st.Cursor, "lag": st.Lag, "synced": st.Synced,
			"dev": cc.Dev.Enabled, "last_error": st.LastError,
		}
	})
	return nil
}

// Watcher is the chain watcher, or nil when the node follows no chain.
func (n *Node) Watcher() *chain.Watcher { return n.watcher }

// Deployment is the governance deployment the node follows, or nil.
func (n *Node) Deployment() *contracts.Deployment { return n.deployment }

// DevChain is the embedded dev chain, or nil unless the node runs one.
func (n *Node) DevChain() *chain.DevChain { return n.devchain }

// RPCURL is the JSON-RPC endpoint the node reads the chain from ("" without a chain).
func (n *Node) RPCURL() string { return n.rpcURL }

func (n *Node) chainRoutes() []api.Route {
	return []api.Route{
		{Method: "GET", Path: "/v1/chain/status", Op: "chain:read", Handle: n.handleChainStatus},
	}
}

func (n *Node) handleChainStatus(w http.ResponseWriter, r *http.Request) error {
	if n.watcher == nil {
		return api.Errorf(http.StatusNotFound, "%v", ErrNoChain)
	}
	st, err := n.watcher.ChainStatus(r.Context())
	if err != nil {
		return fmt.Errorf("chain status: %w", err)
	}
	// The dev chain's endpoint is loopback and keyless; a configured endpoint may carry an
	// API key in its path, so only its host is shown.
	if n.devchain != nil {
		st.RPC = n.rpcURL
	} else {
		st.RPC = chain.RedactURL(n.rpcURL)
	}
	return api.WriteJSON(w, http.StatusOK, st)
}
