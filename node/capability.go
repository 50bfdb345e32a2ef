package node

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/node/capability"
	"github.com/x0tta6bl4/westworld/storage"
)

// MacaroonDir is where `westworld init` and `cap rotate` write the role
// macaroons inside a home.
const MacaroonDir = "macaroons"

// capAuthorizer checks every API request's macaroon for the route's
// operation before the handler runs.
type capAuthorizer struct{ svc *capability.Service }

func (a capAuthorizer) Authorize(r *http.Request, op string) error {
	var ip netip.Addr
	if ap, err := netip.ParseAddrPort(r.RemoteAddr); err == nil {
		ip = ap.Addr().Unmap() // TCP; the unix socket has no address
	}
	mac := []byte(r.Header.Get(capability.Header))
	if _, err := a.svc.Check(r.Context(), mac, capability.Request{Op: capability.Op(op), RemoteIP: ip}); err != nil {
		return &api.HTTPError{Code: capability.StatusCode(err), Err: err}
	}
	return nil
}

// chainState answers proposal-executed caveats from the governance index
// once the node has one; until then such caveats deny.
type chainState struct{ n *Node }

var errNoChain = errors.New("this node has no governance chain connection")

func (c chainState) ProposalExecuted(ctx context.Context, id string) (bool, error) {
	if c.n.proposals == nil {
		return false, errNoChain
	}
	return c.n.proposals.ProposalExecuted(ctx, id)
}

func (n *Node) startCapabilities() error {
	svc, err := capability.New(capability.Config{Now: n.now, Logger: n.log}, n.store.Namespace(storage.PrefixCapability), chainState{n})
	if err != nil {
		return err
	}
	n.caps = svc
	return nil
}

// bakeRoleMacaroons writes the role macaroons of a home (init).
func bakeRoleMacaroons(ctx context.Context, st *storage.Store, home string, rotate bool) error {
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil)) // init prints its own summary
	svc, err := capability.New(capability.Config{Logger: quiet}, st.Namespace(storage.PrefixCapability), nil)
	if err != nil {
		return err
	}
	if rotate {
		if _, err := svc.Rotate(ctx); err != nil {
			return err
		}
	}
	return svc.WriteRoleMacaroons(ctx, filepath.Join(home, MacaroonDir))
}

// Route patterns and their operations, for clients that pick the least
// macaroon per request. Built from the route table itself, so a new route
// is covered without a second list.
var (
	opMuxOnce sync.Once
	opMux     *http.ServeMux
)

// OpFor returns the capability operation the route for method and path
// needs, or "" if no route matches.
func OpFor(method, path string) string {
	opMuxOnce.Do(func() {
		opMux = http.NewServeMux()
		for _, rt := range (&Node{}).routes() {
			op := rt.Op
			opMux.Handle(rt.Method+" "+rt.Path, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Op", op)
			}))
		}
	})
	req, err := http.NewRequest(method, path, nil)
	if err != nil {
		return ""
	}
	h, pattern := opMux.Handler(req)
	if pattern == "" {
		return ""
	}
	rec := headerRecorder{h: http.Header{}}
	h.ServeHTTP(&rec, req)
	return rec.h.Get("Op")
}

type headerRecorder struct{ h http.Header }

func (r *headerRecorder) Header() http.Header         { return r.h }
func (r *headerRecorder) Write(b []byte) (int, error) { return len(b), nil }
func (r *headerRecorder) WriteHeader(int)             {}

// LeastRole returns the least-privileged role whose macaroon grants op.
func LeastRole(op string) (string, error) {
	best, bestN := "", 0
	for _, role := range capability.Roles() {
		ops, err := capability.RoleOps(role)
		if err != nil {
			return "", err
		}
		for _, o := range ops {
			if string(o) == op && (best == "" || len(ops) < bestN) {
				best, bestN = role, len(ops)
			}
		}
	}
	if best == "" {
		return "", fmt.Errorf("no role grants %q", op)
	}
	return best, nil
}

// RoleMacaroon reads a role macaroon from a home.
func RoleMacaroon(home, role string) ([]byte, error) {
	b, err := os.ReadFile(filepath.Join(home, MacaroonDir, role+".macaroon"))
	if err != nil {
		return nil, fmt.Errorf("read %s macaroon: %w", role, err)
	}
	return b, nil
}

func (n *Node) capRoutes() []api.Route {
	return []api.Route{
		{Method: "GET", Path: "/v1/cap/keys", Op: string(capability.OpCapRead), Handle: n.handleCapKeys},
		{Method: "POST", Path: "/v1/cap/inspect", Op: string(capability.OpCapRead), Handle: n.handleCapInspect},
		{Method: "POST", Path: "/v1/cap/bake", Op: string(capability.OpCapWrite), Handle: n.handleCapBake},
		{Method: "POST", Path: "/v1/cap/revoke", Op: string(capability.OpCapWrite), Handle: n.handleCapRevoke},
		{Method: "POST", Path: "/v1/cap/rotate", Op: string(capability.OpCapWrite), Handle: n.handleCapRotate},
	}
}

// BakeRequest is POST /v1/cap/bake.
type BakeRequest struct {
	Ops           []string     `json:"ops"`
	Expires       api.Duration `json:"expires"`
	IP            string       `json:"ip,omitempty"`
	UsesPerMinute int          `json:"uses_per_minute,omitempty"`
	Proposal      string       `json:"proposal,omitempty"`
	Label         string       `json:"label,omitempty"`
}

// BakeResponse is the answer to a bake.
type BakeResponse struct {
	Macaroon  []byte `json:"macaroon"`
	RootKeyID string `json:"root_key_id"`
}

// MacaroonRequest carries a macaroon (inspect) or a root key ID (revoke).
type MacaroonRequest struct {
	Macaroon  []byte `json:"macaroon,omitempty"`
	RootKeyID string `json:"root_key_id,omitempty"`
}

func capError(err error) error {
	return &api.HTTPError{Code: capability.StatusCode(err), Err: err}
}

func (n *Node) handleCapKeys(w http.ResponseWriter, r *http.Request) error {
	keys, err := n.caps.RootKeys(r.Context())
	if err != nil {
		return err
	}
	return api.WriteJSON(w, http.StatusOK, keys)
}

func (n *Node) handleCapInspect(w http.ResponseWriter, r *http.Request) error {
	var req MacaroonRequest
	if err := api.ReadJSON(r, &req); err != nil {
		return err
	}
	d, err := n.caps.Inspect(r.Context(), req.Macaroon)
	if err != nil {
		return capError(err)
	}
	return api.WriteJSON(w, http.StatusOK, map[string]any{"description": d, "text": d.String()})
}

func (n *Node) handleCapBake(w http.ResponseWriter, r *http.Request) error {
	var req BakeRequest
	if err := api.ReadJSON(r, &req); err != nil {
		return err
	}
	br := capability.BakeRequest{UsesPerMinute: req.UsesPerMinute, Proposal: req.Proposal, Label: req.Label}
	for _, s := range req.Ops {
		op, err := capability.ParseOp(s)
		if err != nil {
			return capError(fmt.Errorf("%w: %v", capability.ErrBadRequest, err))
		}
		br.Ops = append(br.Ops, op)
	}
	if req.Expires > 0 {
		br.Expires = n.now().Add(time.Duration(req.Expires))
	}
	if req.IP != "" {
		p, err := netip.ParsePrefix(req.IP)
		if err != nil {
			a, aerr := netip.ParseAddr(req.IP)
			if aerr != nil {
				return api.Errorf(http.StatusBadRequest, "ip %q is not an address or prefix", req.IP)
			}
			p = netip.PrefixFrom(a, a.BitLen())
		}
		br.IP = p
	}
	b, err := n.caps.Bake(r.Context(), br)
	if err != nil {
		return capError(err)
	}
	return api.WriteJSON(w, http.StatusOK, BakeResponse{Macaroon: b.Macaroon, RootKeyID: b.RootKeyID})
}

func (n *Node) handleCapRevoke(w http.ResponseWriter, r *http.Request) error {
	var req MacaroonRequest
	if err := api.ReadJSON(r, &req); err != nil {
		return err
	}
	if err := n.caps.Revoke(r.Context(), req.RootKeyID); err != nil {
		return capError(err)
	}
	return api.WriteJSON(w, http.StatusOK, map[string]string{"revoked": req.RootKeyID})
}

func (n *Node) handleCapRotate(w http.ResponseWriter, r *http.Request) error {
	removed, err := n.caps.Rotate(r.Context())
	if err != nil {
		return err
	}
	dir := filepath.Join(n.cfg.Home, MacaroonDir)
	if err := n.caps.WriteRoleMacaroons(r.Context(), dir); err != nil {
		return err
	}
	return api.WriteJSON(w, http.StatusOK, map[string]any{"root_keys_removed": removed, "macaroons": dir})
}
