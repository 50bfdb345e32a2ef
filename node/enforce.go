package node

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"slices"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/x0tta6bl4/westworld/bpf"
	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/node/capability"
	"github.com/x0tta6bl4/westworld/node/charter"
	"github.com/x0tta6bl4/westworld/node/enforce"
	"github.com/x0tta6bl4/westworld/p2p"
	"github.com/x0tta6bl4/westworld/storage"
)

// Enforcement modes as status reports them.
const (
	// EnforceKernel: the eBPF firewall drops and limits in the kernel, and
	// the gater and message limiter apply in userspace as well.
	EnforceKernel = "kernel"
	// EnforceUserspace: the gater and message limiter only.
	EnforceUserspace = "userspace"
)

// MaxEnforceDuration bounds an operator's penalty: none is forever.
const MaxEnforceDuration = 365 * 24 * time.Hour

// enforceKernel is what the node knows about its kernel firewall.
type enforceKernel struct {
	fw         *bpf.Firewall // nil: userspace only
	configured string
	reason     string // why userspace only
	interfaces []string
}

// Enforcer is the node's enforcement manager (after Start).
func (n *Node) Enforcer() *enforce.Manager { return n.enforcer }

// Firewall is the node's eBPF firewall, or nil when it enforces in
// userspace only (after Start).
func (n *Node) Firewall() *bpf.Firewall {
	if n.kernel == nil {
		return nil
	}
	return n.kernel.fw
}

func (c EnforceConfig) validate(fail func(path, format string, args ...any) error) error {
	switch c.Mode {
	case "auto", "xdp", "tcx", "off":
	default:
		return fail("enforce.mode", "enforce.mode %q is not one of auto, xdp, tcx, off", c.Mode)
	}
	seen := map[string]bool{}
	for i, name := range c.Interfaces {
		path := fmt.Sprintf("enforce.interfaces[%d]", i)
		switch {
		case name == "":
			return fail(path, "enforce.interfaces: empty interface name")
		case len(name) > 15:
			return fail(path, "enforce.interfaces: %q is longer than an interface name can be (15 bytes)", name)
		case strings.ContainsAny(name, "/ \t\n:") || name == "." || name == "..":
			return fail(path, "enforce.interfaces: %q is not a valid interface name", name)
		case seen[name]:
			return fail(path, "enforce.interfaces: %q is listed twice", name)
		}
		seen[name] = true
	}
	if c.Mode == "off" && len(c.Interfaces) > 0 {
		return fail("enforce.interfaces", "enforce.interfaces is set but enforce.mode is off")
	}
	return nil
}

// startEnforce opens the kernel firewall (or decides why not) and starts
// the enforcement manager over it and the gater: stored penalties are back
// in force, in both, before any gossip arrives.
func (n *Node) startEnforce(ctx context.Context) error {
	k, err := n.openFirewall()
	if err != nil {
		return err
	}
	n.kernel = k
	var fw enforce.Firewall // a nil *bpf.Firewall must stay a nil interface
	if k.fw != nil {
		fw = k.fw
		n.onClose("bpf", k.fw.Close)
		n.reg.MustRegister(bpf.NewCollector(k.fw))
	}
	kernelGauge := prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "westworld_enforce_kernel",
		Help: "1 when penalties are enforced in the kernel (eBPF) as well as in userspace, else 0; mode is kernel or userspace.",
	}, []string{"mode"})
	kernelGauge.WithLabelValues(k.mode()).Set(boolFloat(k.fw != nil))
	n.reg.MustRegister(kernelGauge)

	enf, err := enforce.New(enforce.Config{Now: n.now, Logger: n.log, RateLimitPPS: uint32(n.cfg.Enforce.RateLimitPPS)}, n.store.Namespace(storage.PrefixEnforce), n.host, fw)
	if err != nil {
		return err
	}
	n.reg.MustRegister(enf.Collectors()...)
	if err := enf.Start(ctx); err != nil {
		return err
	}
	n.enforcer = enf
	n.onClose("enforce", enf.Close)
	return nil
}

func boolFloat(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func (k *enforceKernel) mode() string {
	if k.fw != nil {
		return EnforceKernel
	}
	return EnforceUserspace
}

// openFirewall loads the eBPF firewall on the configured interfaces, or on
// those carrying the listen addresses. Where eBPF cannot be used it says
// why, once, and the node enforces in userspace; a configured interface
// that does not exist, or an attach the operator asked for that fails, is
// an error.
func (n *Node) openFirewall() (*enforceKernel, error) {
	c := n.cfg.Enforce
	k := &enforceKernel{configured: c.Mode}
	if c.Mode == "off" {
		k.reason = "enforce.mode is off"
		n.log.Info("kernel enforcement off: enforcing in userspace only", "reason", k.reason)
		return k, nil
	}
	ifaces := c.Interfaces
	if len(ifaces) > 0 {
		for _, name := range ifaces {
			if _, err := net.InterfaceByName(name); err != nil {
				return nil, fmt.Errorf("enforce.interfaces: %w: %s", bpf.ErrNoInterface, name)
			}
		}
	} else {
		addrs, err := n.listenIPs()
		if err != nil {
			return nil, err
		}
		// Loopback carries only this host's own traffic, whose addresses
		// the kernel never blocks for a peer: a program there would cost
		// every local packet and drop nothing.
		routable := slices.DeleteFunc(slices.Clone(addrs), netip.Addr.IsLoopback)
		if len(routable) == 0 {
			k.reason = fmt.Sprintf("the node listens on loopback only (%v): its peers are on this host, whose addresses the kernel never blocks (set enforce.interfaces to attach anyway)", addrs)
			n.log.Info("kernel enforcement not used: enforcing in userspace only", "reason", k.reason)
			return k, nil
		}
		if ifaces, err = bpf.InterfacesFor(routable); err != nil {
			return nil, fmt.Errorf("enforce: interfaces for the listen addresses: %w", err)
		}
		if len(ifaces) == 0 {
			k.reason = fmt.Sprintf("no interface that is up carries the listen addresses %v (set enforce.interfaces)", routable)
			n.log.Warn("kernel enforcement unavailable: enforcing in userspace only", "reason", k.reason)
			return k, nil
		}
	}
	fw, err := bpf.New(bpf.Config{Interfaces: ifaces, Mode: bpf.Mode(c.Mode), Logger: n.log})
	switch {
	case errors.Is(err, bpf.ErrUnsupported):
		k.reason = err.Error()
		n.log.Warn("kernel enforcement unavailable: enforcing in userspace only (connection gater and message limiter)", "reason", k.reason)
		return k, nil
	case err != nil && c.Mode == "auto" && !errors.Is(err, bpf.ErrNoInterface):
		// auto is best effort: an interface that will not take the program
		// (another loader's XDP program, a full tcx chain) leaves the node
		// enforcing in userspace, and says so. An explicit xdp or tcx is a
		// requirement, and fails the start below.
		k.reason = err.Error()
		n.log.Warn("kernel enforcement unavailable: enforcing in userspace only (connection gater and message limiter)", "reason", k.reason)
		return k, nil
	case err != nil:
		return nil, fmt.Errorf("enforce: %w (set enforce.mode: off to enforce in userspace only)", err)
	}
	k.fw, k.interfaces = fw, ifaces
	return k, nil
}

// listenIPs are the IP addresses the host listens on.
func (n *Node) listenIPs() ([]netip.Addr, error) {
	mas, err := p2p.ParseMultiaddrs(n.cfg.P2P.Listen)
	if err != nil {
		return nil, err
	}
	var out []netip.Addr
	for _, m := range mas {
		if len(m) == 0 {
			continue
		}
		switch m[0].Protocol().Name {
		case "ip4", "ip6":
		default:
			continue
		}
		if a, ok := netip.AddrFromSlice(m[0].RawValue()); ok {
			out = append(out, a.Unmap())
		}
	}
	return out, nil
}

func (n *Node) enforceRoutes() []api.Route {
	return []api.Route{
		{Method: "GET", Path: "/v1/enforce", Op: string(capability.OpEnforceRead), Handle: n.handleEnforceStatus},
		{Method: "POST", Path: "/v1/enforce/suspend", Op: string(capability.OpEnforceWrite), Handle: n.handleEnforceSuspend},
		{Method: "POST", Path: "/v1/enforce/limit", Op: string(capability.OpEnforceWrite), Handle: n.handleEnforceLimit},
		{Method: "POST", Path: "/v1/enforce/lift", Op: string(capability.OpEnforceWrite), Handle: n.handleEnforceLift},
	}
}

// EnforceInterface is where the kernel firewall is attached on one
// interface, and why there.
type EnforceInterface struct {
	Name   string `json:"name"`
	Index  int    `json:"index"`
	Attach string `json:"attach"`
	Reason string `json:"reason"`
}

// KernelCounters are the eBPF firewall's packet counters since it loaded.
type KernelCounters struct {
	Passed                  uint64 `json:"passed"`
	PassedBytes             uint64 `json:"passed_bytes"`
	DroppedBlocked          uint64 `json:"dropped_blocked"`
	DroppedBlockedBytes     uint64 `json:"dropped_blocked_bytes"`
	DroppedRateLimited      uint64 `json:"dropped_rate_limited"`
	DroppedRateLimitedBytes uint64 `json:"dropped_rate_limited_bytes"`
}

// UserspaceCounters are the gater's and the message limiter's counters.
type UserspaceCounters struct {
	ConnectionsRefused        uint64            `json:"connections_refused"`
	ConnectionsRefusedByStage map[string]uint64 `json:"connections_refused_by_stage"`
	MessagesDroppedSuspended  uint64            `json:"messages_dropped_suspended"`
	MessagesDroppedLimited    uint64            `json:"messages_dropped_rate_limited"`
	KernelPrefixes            int               `json:"kernel_prefixes"`
	KernelError               string            `json:"kernel_error,omitempty"`
}

// EnforceStatus is GET /v1/enforce.
type EnforceStatus struct {
	// Mode is EnforceKernel or EnforceUserspace.
	Mode string `json:"mode"`
	// Configured is enforce.mode from the config (auto, xdp, tcx, off).
	Configured string `json:"configured_mode"`
	// Reason says why the kernel firewall is not in use.
	Reason       string                `json:"reason,omitempty"`
	Interfaces   []EnforceInterface    `json:"interfaces"`
	RateLimitPPS int                   `json:"rate_limit_pps"`
	Entries      []enforce.EntryStatus `json:"entries"`
	Kernel       *KernelCounters       `json:"kernel_counters,omitempty"`
	KernelErr    string                `json:"kernel_counters_error,omitempty"`
	Userspace    UserspaceCounters     `json:"userspace_counters"`
}

// EnforceStatus reports how penalties are enforced and what is in force.
func (n *Node) EnforceStatus() EnforceStatus {
	k := n.kernel
	st := EnforceStatus{
		Mode: k.mode(), Configured: k.configured, Reason: k.reason,
		Interfaces: []EnforceInterface{}, RateLimitPPS: int(n.enforcer.RateLimitPPS()),
	}
	entries, c := n.enforcer.Status()
	st.Entries = entries
	refused := gaterRefused(n.host.Gater())
	st.Userspace = UserspaceCounters{
		ConnectionsRefusedByStage: refused,
		MessagesDroppedSuspended:  c.MessagesDropped[enforce.KindSuspend],
		MessagesDroppedLimited:    c.MessagesDropped[enforce.KindRateLimit],
		KernelPrefixes:            c.KernelPrefixes,
		KernelError:               c.KernelError,
	}
	for _, v := range refused {
		st.Userspace.ConnectionsRefused += v
	}
	if k.fw != nil {
		for _, a := range k.fw.Attachments() {
			st.Interfaces = append(st.Interfaces, EnforceInterface{Name: a.Interface, Index: a.Index, Attach: string(a.Mode), Reason: a.Reason})
		}
		s, err := k.fw.Stats()
		if err != nil {
			st.KernelErr = err.Error()
		} else {
			st.Kernel = &KernelCounters{
				Passed: s.Passed, PassedBytes: s.PassedBytes,
				DroppedBlocked: s.DroppedBlocked, DroppedBlockedBytes: s.DroppedBlockedBytes,
				DroppedRateLimited: s.DroppedRateLimited, DroppedRateLimitedBytes: s.DroppedRateLimitedBytes,
			}
		}
	}
	return st
}

// gaterRefused reads the gater's refusal counter by stage.
func gaterRefused(g *p2p.Gater) map[string]uint64 {
	out := map[string]uint64{}
	ch := make(chan prometheus.Metric, 16)
	go func() {
		for _, c := range g.Collectors() {
			c.Collect(ch)
		}
		close(ch)
	}()
	for m := range ch {
		var d dto.Metric
		if m.Write(&d) != nil || d.Counter == nil {
			continue
		}
		stage := "all"
		for _, l := range d.Label {
			if l.GetName() == "stage" {
				stage = l.GetValue()
			}
		}
		out[stage] += uint64(d.Counter.GetValue())
	}
	return out
}

func (n *Node) handleEnforceStatus(w http.ResponseWriter, r *http.Request) error {
	return api.WriteJSON(w, http.StatusOK, n.EnforceStatus())
}

// EnforceRequest is the body of POST /v1/enforce/suspend, /limit and /lift.
type EnforceRequest struct {
	// Target is a peer ID or a CIDR prefix (limit: a peer ID).
	Target string `json:"target"`
	// For is how long the penalty lasts: 30m, 24h, 7d (not for lift).
	For    string `json:"for,omitempty"`
	Reason string `json:"reason,omitempty"`
	// PPS is the rate a limited peer keeps (limit only).
	PPS uint32 `json:"pps,omitempty"`
	// Force allows suspending this node's own address or a bootstrap peer.
	Force bool `json:"force,omitempty"`
}

// EnforceResult is what suspend, limit and lift answer: the entries for
// the target now in force (none after a lift).
type EnforceResult struct {
	Target  string                `json:"target"`
	Entries []enforce.EntryStatus `json:"entries"`
}

func (n *Node) handleEnforceSuspend(w http.ResponseWriter, r *http.Request) error {
	var req EnforceRequest
	if err := api.ReadJSON(r, &req); err != nil {
		return err
	}
	t, d, err := parseEnforceRequest(req, true)
	if err != nil {
		return err
	}
	if strings.TrimSpace(req.Reason) == "" {
		return api.Errorf(http.StatusBadRequest, "a suspension needs a reason (--reason TEXT): every entry records why it exists")
	}
	p := enforce.Penalty{
		Target: t, Kind: enforce.KindSuspend, Until: n.now().Add(d),
		Source:         enforce.Source{Kind: enforce.SourceOperator, Ref: "westworld enforce suspend", Reason: req.Reason},
		Force:          req.Force,
		RequireAddress: true,
	}
	return n.applyEnforce(w, r, p)
}

func (n *Node) handleEnforceLimit(w http.ResponseWriter, r *http.Request) error {
	var req EnforceRequest
	if err := api.ReadJSON(r, &req); err != nil {
		return err
	}
	t, d, err := parseEnforceRequest(req, true)
	if err != nil {
		return err
	}
	if t.Peer == "" {
		return api.Errorf(http.StatusBadRequest, "a rate limit applies to a peer, not to %s (suspend a prefix instead)", t)
	}
	if req.PPS == 0 || req.PPS > 1_000_000 {
		return api.Errorf(http.StatusBadRequest, "--pps %d is outside 1..1000000", req.PPS)
	}
	reason := req.Reason
	if strings.TrimSpace(reason) == "" {
		reason = "operator rate limit"
	}
	p := enforce.Penalty{
		Target: t, Kind: enforce.KindRateLimit, Until: n.now().Add(d), PPS: req.PPS,
		Source:         enforce.Source{Kind: enforce.SourceOperator, Ref: "westworld enforce limit", Reason: reason},
		Force:          req.Force,
		RequireAddress: true,
	}
	return n.applyEnforce(w, r, p)
}

func (n *Node) handleEnforceLift(w http.ResponseWriter, r *http.Request) error {
	var req EnforceRequest
	if err := api.ReadJSON(r, &req); err != nil {
		return err
	}
	t, _, err := parseEnforceRequest(req, false)
	if err != nil {
		return err
	}
	if err := n.enforcer.Lift(r.Context(), t); err != nil {
		return enforceAPIError(err)
	}
	return api.WriteJSON(w, http.StatusOK, EnforceResult{Target: t.String(), Entries: []enforce.EntryStatus{}})
}

func (n *Node) applyEnforce(w http.ResponseWriter, r *http.Request, p enforce.Penalty) error {
	if err := n.enforcer.Apply(r.Context(), p); err != nil {
		return enforceAPIError(err)
	}
	res := EnforceResult{Target: p.Target.String(), Entries: []enforce.EntryStatus{}}
	entries, _ := n.enforcer.Status()
	for _, e := range entries {
		if e.Target == p.Target {
			res.Entries = append(res.Entries, e)
		}
	}
	return api.WriteJSON(w, http.StatusOK, res)
}

// parseEnforceRequest checks a request's target and, when withDuration,
// its duration.
func parseEnforceRequest(req EnforceRequest, withDuration bool) (enforce.Target, time.Duration, error) {
	t, err := enforce.ParseTarget(req.Target)
	if err != nil {
		return enforce.Target{}, 0, api.Errorf(http.StatusBadRequest, "%v", err)
	}
	if !withDuration {
		return t, 0, nil
	}
	if req.For == "" {
		return t, 0, api.Errorf(http.StatusBadRequest, "--for DURATION is required (e.g. 30m, 24h, 7d)")
	}
	d, err := charter.ParseDuration(req.For)
	if err != nil {
		return t, 0, api.Errorf(http.StatusBadRequest, "--for: %v", err)
	}
	if d > MaxEnforceDuration {
		return t, 0, api.Errorf(http.StatusBadRequest, "--for %s is longer than %s: no penalty is forever", req.For, charter.FormatDuration(MaxEnforceDuration))
	}
	return t, d, nil
}

// enforceAPIError maps the Manager's sentinels to API statuses.
func enforceAPIError(err error) error {
	switch {
	case errors.Is(err, enforce.ErrInvalid):
		return api.Errorf(http.StatusBadRequest, "%v", err)
	case errors.Is(err, enforce.ErrNoAddress):
		return api.Errorf(http.StatusUnprocessableEntity, "%v", err)
	case errors.Is(err, enforce.ErrProtected):
		return api.Errorf(http.StatusConflict, "%v", err)
	case errors.Is(err, enforce.ErrNotFound):
		return api.Errorf(http.StatusNotFound, "%v", err)
	}
	return err
}

// enforceStatus is the "enforce" section of `westworld status`.
func (n *Node) enforceStatus(ctx context.Context) any {
	k := n.kernel
	out := map[string]any{"mode": k.mode(), "entries": len(n.enforcer.Entries())}
	if k.fw != nil {
		var at []string
		for _, a := range k.fw.Attachments() {
			at = append(at, a.Interface+":"+string(a.Mode))
		}
		out["attached"] = strings.Join(at, ",")
	} else {
		out["reason"] = k.reason
	}
	return out
}
