package main

import (
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
)

func statusCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "status",
		Short: "Show the node's peer ID, addresses, peers, topics, uptime and datastore size",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			st, err := c.Status(cmd.Context())
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, st)
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintf(w, "peer id:\t%s\n", st.PeerID)
			fmt.Fprintf(w, "version:\t%s\n", st.Version)
			for i, a := range st.Addrs {
				label := ""
				if i == 0 {
					label = "addresses:"
				}
				fmt.Fprintf(w, "%s\t%s\n", label, a)
			}
			fmt.Fprintf(w, "peers:\t%d connected, %d known\n", st.PeerCount, st.KnownPeers)
			var topics []string
			for _, t := range st.Topics {
				topics = append(topics, fmt.Sprintf("%s (%d)", t.Name, len(t.Peers)))
			}
			fmt.Fprintf(w, "topics:\t%s\n", strings.Join(topics, ", "))
			fmt.Fprintf(w, "uptime:\t%s\n", roundDur(time.Duration(st.Uptime)))
			fmt.Fprintf(w, "datastore:\t%s\n", humanBytes(st.DatastoreSize))
			if st.Metrics != "" {
				fmt.Fprintf(w, "metrics:\t%s\n", st.Metrics)
			}
			names := make([]string, 0, len(st.Sections))
			for k := range st.Sections {
				names = append(names, k)
			}
			sort.Strings(names)
			for _, k := range names {
				fmt.Fprintf(w, "%s:\t%s\n", k, summarize(st.Sections[k]))
			}
			return w.Flush()
		},
	}
}

// summarize renders a status section in one line.
func summarize(v any) string {
	m, ok := v.(map[string]any)
	if !ok {
		return fmt.Sprint(v)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		switch m[k].(type) {
		case map[string]any, []any:
			continue
		}
		parts = append(parts, fmt.Sprintf("%s=%v", k, m[k]))
	}
	return strings.Join(parts, " ")
}

func peersCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "peers",
		Short: "List connected peers",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			peers, err := c.Peers(cmd.Context())
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, peers)
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(w, "PEER\tDIRECTION\tLATENCY\tSCORE\tADDRESS\tAGENT")
			for _, p := range peers {
				addr := ""
				if len(p.Addrs) > 0 {
					addr = p.Addrs[0]
				}
				id := p.ID
				if p.Bootstrap {
					id += " (bootstrap)"
				}
				fmt.Fprintf(w, "%s\t%s\t%s\t%.1f\t%s\t%s\n", id, p.Direction, time.Duration(p.Latency).Round(time.Microsecond), p.Score, addr, p.Agent)
			}
			return w.Flush()
		},
	}
}

func connectCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "connect MULTIADDR",
		Short: "Connect to a peer by its full multiaddr (ending in /p2p/<peer id>)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			if err := c.Connect(cmd.Context(), args[0]); err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, map[string]string{"connected": args[0]})
			}
			fmt.Fprintln(cmd.OutOrStdout(), "connected to", args[0])
			return nil
		},
	}
}
