package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/node/charter"
)

func charterCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "charter",
		Short: "The network's data-rights charter: show, validate, audit, violations",
	}
	cmd.AddCommand(charterShowCmd(g), charterValidateCmd(g), charterAuditCmd(g), charterViolationsCmd(g))
	return cmd
}

func charterShowCmd(g *globals) *cobra.Command {
	var doc bool
	cmd := &cobra.Command{
		Use:   "show",
		Short: "Show the charter the daemon enforces",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return show(g, cmd, "/v1/charter", func(w io.Writer, info node.CharterInfo) error {
				if doc {
					_, err := fmt.Fprint(w, info.Document)
					return err
				}
				printSummary(cmd, info.Summary)
				fmt.Fprintf(w, "active since:      %s (%s)\n", info.ActivatedAt.Format(time.RFC3339), info.Source)
				fmt.Fprintf(w, "violations seen:   %d\n", info.Violations)
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&doc, "document", false, "print the charter's YAML document exactly as hashed")
	return cmd
}

func printSummary(cmd *cobra.Command, s charter.Summary) {
	w := cmd.OutOrStdout()
	fmt.Fprintf(w, "charter:           version %d (%s)\n", s.Version, s.Name)
	fmt.Fprintf(w, "sha256:            %s\n", s.SHA256)
	if s.Description != "" {
		fmt.Fprintf(w, "description:       %s\n", strings.TrimSpace(s.Description))
	}
	for i, c := range s.AllowedMetrics {
		label := ""
		if i == 0 {
			label = "allowed:"
		}
		fmt.Fprintf(w, "%-18s %s: %s\n", label, c.Name, strings.Join(c.Metrics, ", "))
	}
	fmt.Fprintf(w, "forbidden:         %s\n", strings.Join(s.ForbiddenMetrics, ", "))
	fmt.Fprintf(w, "rate cap:          %g Hz per node per metric\n", s.MaxCollectionRateHz)
	for i, r := range s.Violations {
		label := ""
		if i == 0 {
			label = "violations:"
		}
		fmt.Fprintf(w, "%-18s %s: %s, %s\n", label, r.Type, r.Severity, r.Penalty)
	}
}

func charterValidateCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "validate FILE",
		Short: "Check a charter file (offline); errors name file, line and column",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := charter.Load(args[0])
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, c.Summary())
			}
			printSummary(cmd, c.Summary())
			fmt.Fprintln(cmd.OutOrStdout(), "valid")
			return nil
		},
	}
}

// auditResult is what `charter audit` prints.
type auditResult struct {
	Charter    string              `json:"charter"`
	Allowed    []string            `json:"allowed"`
	Violations []charter.Violation `json:"violations"`
}

func charterAuditCmd(g *globals) *cobra.Command {
	var metricsJSON, charterFile, nodeID string
	cmd := &cobra.Command{
		Use:   "audit --metrics-json JSON",
		Short: "Audit a telemetry report against a charter (offline)",
		Long: `audit judges a set of metrics the way every node judges a telemetry report:
--metrics-json is a JSON object of metric name to value ({"latency_p50": 3.1,
"user_location": 1}) or @FILE. The charter is --charter FILE, or the embedded
default. It prints the allowed metrics and each violation with its severity
and penalty, and exits 1 when there is any violation.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if metricsJSON == "" {
				return fmt.Errorf("--metrics-json is required")
			}
			raw := []byte(metricsJSON)
			if strings.HasPrefix(metricsJSON, "@") {
				b, err := os.ReadFile(metricsJSON[1:])
				if err != nil {
					return fmt.Errorf("read metrics: %w", err)
				}
				raw = b
			}
			var values map[string]float64
			if err := json.Unmarshal(raw, &values); err != nil {
				return fmt.Errorf("--metrics-json: want an object of metric name to number: %w", err)
			}
			c := charter.Default()
			if charterFile != "" {
				var err error
				if c, err = charter.Load(charterFile); err != nil {
					return err
				}
			}
			a, err := charter.NewAuditor(charter.AuditorConfig{}, c)
			if err != nil {
				return err
			}
			r := charter.Report{Node: nodeID, Seq: 1, Time: time.Now()}
			names := make([]string, 0, len(values))
			for k := range values {
				names = append(names, k)
			}
			sort.Strings(names)
			for _, k := range names {
				r.Metrics = append(r.Metrics, charter.Metric{Name: k, Value: values[k]})
			}
			res := auditResult{Charter: fmt.Sprintf("version %d sha256 %s", c.Version(), c.SHA256Hex()), Allowed: []string{}, Violations: a.Audit(r)}
			bad := map[string]bool{}
			for _, v := range res.Violations {
				bad[v.Metric] = true
			}
			for _, k := range names {
				if !bad[k] {
					res.Allowed = append(res.Allowed, k)
				}
			}
			if g.json {
				if err := printJSON(cmd, res); err != nil {
					return err
				}
			} else {
				w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
				fmt.Fprintf(w, "charter:\t%s\n", res.Charter)
				fmt.Fprintf(w, "allowed:\t%s\n", strings.Join(res.Allowed, ", "))
				for _, v := range res.Violations {
					fmt.Fprintf(w, "violation:\t%s\t%s\t%s\tpenalty %s\n", v.Metric, v.Type, v.Severity, v.Penalty)
				}
				w.Flush()
			}
			if len(res.Violations) > 0 {
				return &exitCodeError{code: 1, err: fmt.Errorf("%d violation(s)", len(res.Violations))}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&metricsJSON, "metrics-json", "", `metrics as a JSON object, or @FILE`)
	cmd.Flags().StringVar(&charterFile, "charter", "", "charter file to audit against (default: the embedded default charter)")
	cmd.Flags().StringVar(&nodeID, "node", "offline-audit", "node name the violations are attributed to")
	return cmd
}

func charterViolationsCmd(g *globals) *cobra.Command {
	var since string
	var limit int
	cmd := &cobra.Command{
		Use:   "violations [--since DURATION]",
		Short: "List the charter violations this node recorded",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			q := url.Values{}
			if since != "" {
				q.Set("since", since)
			}
			q.Set("limit", fmt.Sprint(limit))
			return show(g, cmd, "/v1/charter/violations?"+q.Encode(), func(w io.Writer, vs []charter.Violation) error {
				return table(w, "TIME\tNODE\tTYPE\tSEVERITY\tMETRIC\tPENALTY", func(w io.Writer) {
					for _, v := range vs {
						fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", v.Time.Format(time.RFC3339), shortID(v.Node), v.Type, v.Severity, v.Metric, v.Penalty)
					}
				})
			})
		},
	}
	cmd.Flags().StringVar(&since, "since", "", "only violations newer than this (e.g. 30m, 24h, 7d)")
	cmd.Flags().IntVar(&limit, "limit", 1000, "at most this many")
	return cmd
}
