package node

import (
	"context"
	"net/http"

	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/node/enforce"
)

// Enforcer is the node's enforcement manager (after Start).
func (n *Node) Enforcer() *enforce.Manager { return n.enforcer }

func (n *Node) enforceRoutes() []api.Route {
	return []api.Route{
		{Method: "GET", Path: "/v1/enforce", Op: "enforce:read", Handle: n.handleEnforceStatus},
	}
}

// EnforceStatus is GET /v1/enforce.
type EnforceStatus struct {
	Mode    string          `json:"mode"`
	Entries []enforce.Entry `json:"entries"`
}

func (n *Node) handleEnforceStatus(w http.ResponseWriter, r *http.Request) error {
	return api.WriteJSON(w, http.StatusOK, EnforceStatus{Mode: "userspace", Entries: n.enforcer.Entries()})
}

func (n *Node) enforceStatus(ctx context.Context) any {
	return map[string]any{"mode": "userspace", "entries": len(n.enforcer.Entries())}
}
