package main

import (
	"fmt"
	"io"
	"net/http"
	"net/netip"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/node/charter"
	"github.com/x0tta6bl4/westworld/node/enforce"
)

func enforceCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "enforce",
		Short: "Penalties in force: status, suspend, limit, lift",
		Long: `enforce shows and changes the penalties this node enforces. A suspended peer or
prefix is refused by the connection gater and, where the eBPF firewall loads,
its packets are dropped in the kernel (XDP or tcx ingress); a rate-limited peer
keeps --pps gossip messages and packets per second. Every entry records why it
exists and ends by itself; entries survive a restart.`,
	}
	cmd.AddCommand(enforceStatusCmd(g), enforceSuspendCmd(g), enforceLimitCmd(g), enforceLiftCmd(g))
	return cmd
}

func enforceStatusCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "status",
		Short: "Show the enforcement mode, attach points, entries and counters",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return show(g, cmd, "/v1/enforce", func(w io.Writer, st node.EnforceStatus) error {
				printEnforceStatus(w, st, time.Now())
				return nil
			})
		},
	}
}

func printEnforceStatus(out io.Writer, st node.EnforceStatus, now time.Time) {
	w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	switch st.Mode {
	case node.EnforceKernel:
		fmt.Fprintf(w, "mode:\tkernel (eBPF) and userspace (configured: %s)\n", st.Configured)
	default:
		fmt.Fprintf(w, "mode:\tuserspace only (configured: %s)\n", st.Configured)
		fmt.Fprintf(w, "why:\t%s\n", st.Reason)
	}
	for i, ifc := range st.Interfaces {
		label := ""
		if i == 0 {
			label = "attached:"
		}
		fmt.Fprintf(w, "%s\t%s (ifindex %d): %s, %s\n", label, ifc.Name, ifc.Index, ifc.Attach, ifc.Reason)
	}
	if k := st.Kernel; k != nil {
		fmt.Fprintf(w, "kernel:\tpassed %d, dropped blocked %d, dropped rate-limited %d packets\n", k.Passed, k.DroppedBlocked, k.DroppedRateLimited)
	} else if st.KernelErr != "" {
		fmt.Fprintf(w, "kernel:\tcounters unavailable: %s\n", st.KernelErr)
	}
	u := st.Userspace
	stages := make([]string, 0, len(u.ConnectionsRefusedByStage))
	for s, n := range u.ConnectionsRefusedByStage {
		if n > 0 {
			stages = append(stages, fmt.Sprintf("%s %d", s, n))
		}
	}
	sort.Strings(stages)
	refused := fmt.Sprint(u.ConnectionsRefused)
	if len(stages) > 0 {
		refused += " (" + strings.Join(stages, ", ") + ")"
	}
	fmt.Fprintf(w, "userspace:\tconnections refused %s, messages dropped %d (suspended) %d (rate-limited)\n", refused, u.MessagesDroppedSuspended, u.MessagesDroppedLimited)
	if u.KernelError != "" {
		fmt.Fprintf(w, "kernel error:\t%s\n", u.KernelError)
	}
	fmt.Fprintf(w, "rate limit:\t%d per second for rate_limited peers\n", st.RateLimitPPS)
	w.Flush()
	if len(st.Entries) == 0 {
		fmt.Fprintln(out, "entries:     none")
		return
	}
	fmt.Fprintln(out)
	printEntries(out, st.Entries, now)
}

func printEntries(out io.Writer, es []enforce.EntryStatus, now time.Time) {
	w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "TARGET\tKIND\tUNTIL\tLEFT\tSOURCE\tREASON\tADDRESSES\tKERNEL")
	for _, e := range es {
		kind := string(e.Kind)
		if e.Kind == enforce.KindRateLimit {
			kind = fmt.Sprintf("%s %d/s", e.Kind, e.PPS)
		}
		addrs := "-"
		if len(e.Addrs) > 0 {
			addrs = joinAddrs(e.Addrs)
		}
		kernel := "-"
		if len(e.Kernel) > 0 {
			parts := make([]string, len(e.Kernel))
			for i, p := range e.Kernel {
				parts[i] = p.String()
			}
			kernel = strings.Join(parts, ",")
		}
		if e.Note != "" {
			kernel += " (" + e.Note + ")"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.Target, kind, e.Until.Local().Format(time.RFC3339),
			roundDur(e.Until.Sub(now)), e.Source.Kind, e.Source.Reason, addrs, kernel)
	}
	w.Flush()
}

func joinAddrs(as []netip.Addr) string {
	parts := make([]string, len(as))
	for i, a := range as {
		parts[i] = a.String()
	}
	return strings.Join(parts, ",")
}

// checkEnforceArgs catches bad input before the daemon is asked, with the
// same rules it applies.
func checkEnforceArgs(target, dur string, needDur bool) error {
	if _, err := enforce.ParseTarget(target); err != nil {
		return err
	}
	if !needDur {
		return nil
	}
	if dur == "" {
		return fmt.Errorf("--for DURATION is required (e.g. 30m, 24h, 7d)")
	}
	d, err := charter.ParseDuration(dur)
	if err != nil {
		return fmt.Errorf("--for: %w", err)
	}
	if d > node.MaxEnforceDuration {
		return fmt.Errorf("--for %s is longer than %s: no penalty is forever", dur, charter.FormatDuration(node.MaxEnforceDuration))
	}
	return nil
}

func postEnforce(cmd *cobra.Command, g *globals, path string, req node.EnforceRequest, verb string) error {
	c, err := g.client()
	if err != nil {
		return err
	}
	var res node.EnforceResult
	if err := c.Do(cmd.Context(), http.MethodPost, path, req, &res); err != nil {
		return err
	}
	if g.json {
		return printJSON(cmd, res)
	}
	out := cmd.OutOrStdout()
	if len(res.Entries) == 0 {
		fmt.Fprintf(out, "%s %s\n", verb, res.Target)
		return nil
	}
	for _, e := range res.Entries {
		if e.Kind != kindFor(path) {
			continue
		}
		fmt.Fprintf(out, "%s %s until %s (%s)", verb, res.Target, e.Until.Local().Format(time.RFC3339), roundDur(time.Until(e.Until)))
		switch {
		case len(e.Kernel) > 0:
			parts := make([]string, len(e.Kernel))
			for i, p := range e.Kernel {
				parts[i] = p.String()
			}
			fmt.Fprintf(out, "; kernel: %s", strings.Join(parts, ", "))
		case e.Note != "":
			fmt.Fprintf(out, "; %s", e.Note)
		}
		fmt.Fprintln(out)
	}
	return nil
}

func kindFor(path string) enforce.Kind {
	if strings.HasSuffix(path, "/limit") {
		return enforce.KindRateLimit
	}
	return enforce.KindSuspend
}

func enforceSuspendCmd(g *globals) *cobra.Command {
	var req node.EnforceRequest
	cmd := &cobra.Command{
		Use:   "suspend PEER|CIDR --for DURATION --reason TEXT [--force]",
		Short: "Refuse a peer or an address prefix, and drop its packets in the kernel, for a time",
		Long: `suspend refuses a peer (by peer ID) or every address in a CIDR prefix for
--for (30m, 24h, 7d): the gater closes and refuses its connections and, where the
eBPF firewall runs, the kernel drops its packets. A peer is blocked at every
address it has connected from or announced, and at new ones as they are seen; a
peer this node knows no address for is refused (it is most likely mistyped).
Suspending this node's own address or a bootstrap peer needs --force.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			req.Target = args[0]
			if err := checkEnforceArgs(req.Target, req.For, true); err != nil {
				return err
			}
			if strings.TrimSpace(req.Reason) == "" {
				return fmt.Errorf("--reason TEXT is required: every entry records why it exists")
			}
			return postEnforce(cmd, g, "/v1/enforce/suspend", req, "suspended")
		},
	}
	cmd.Flags().StringVar(&req.For, "for", "", "how long: 30m, 24h, 7d (required)")
	cmd.Flags().StringVar(&req.Reason, "reason", "", "why, recorded with the entry (required)")
	cmd.Flags().BoolVar(&req.Force, "force", false, "allow suspending this node's own address or a bootstrap peer")
	return cmd
}

func enforceLimitCmd(g *globals) *cobra.Command {
	var req node.EnforceRequest
	var pps int
	cmd := &cobra.Command{
		Use:   "limit PEER --pps N --for DURATION [--reason TEXT]",
		Short: "Cap a peer's gossip messages and packets per second for a time",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			req.Target = args[0]
			if err := checkEnforceArgs(req.Target, req.For, true); err != nil {
				return err
			}
			if t, _ := enforce.ParseTarget(req.Target); t.Peer == "" {
				return fmt.Errorf("a rate limit applies to a peer, not to %s (suspend a prefix instead)", t)
			}
			if !cmd.Flags().Changed("pps") {
				return fmt.Errorf("--pps N is required")
			}
			if pps < 1 || pps > 1_000_000 {
				return fmt.Errorf("--pps %d is outside 1..1000000", pps)
			}
			req.PPS = uint32(pps)
			return postEnforce(cmd, g, "/v1/enforce/limit", req, "rate-limited")
		},
	}
	cmd.Flags().IntVar(&pps, "pps", 0, "messages and packets per second the peer keeps (required)")
	cmd.Flags().StringVar(&req.For, "for", "", "how long: 30m, 24h, 7d (required)")
	cmd.Flags().StringVar(&req.Reason, "reason", "", "why, recorded with the entry")
	cmd.Flags().BoolVar(&req.Force, "force", false, "allow limiting a bootstrap peer or this node")
	return cmd
}

func enforceLiftCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "lift PEER|CIDR",
		Short: "Remove every penalty on a peer or prefix, in the gater and the kernel",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkEnforceArgs(args[0], "", false); err != nil {
				return err
			}
			return postEnforce(cmd, g, "/v1/enforce/lift", node.EnforceRequest{Target: args[0]}, "lifted")
		},
	}
}
