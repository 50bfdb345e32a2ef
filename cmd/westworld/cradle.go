package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/node/charter"
	"github.com/x0tta6bl4/westworld/node/cradle"
)

// exitExperimentFailed is the exit status of a run whose candidate failed
// its success criteria (1 stays "could not run").
const exitExperimentFailed = 2

func cradleCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "cradle",
		Short: "Try a network change on a throw-away mesh under chaos",
		Long: `cradle runs experiments: a YAML spec names a change to node tunables, the
chaos to inject and the success criteria; "cradle run" tries it on a sandbox
mesh of real nodes, twice (baseline and candidate), and writes a report.`,
	}
	rollout := &cobra.Command{Use: "rollout", Short: "Follow the staged rollout of approved experiments"}
	rollout.AddCommand(cradleRolloutStatusCmd(g))
	cmd.AddCommand(cradleValidateCmd(g), cradleRunCmd(g), cradleProposeCmd(g), rollout)
	return cmd
}

func loadCharterFlag(path string) (*charter.Charter, error) {
	if path == "" {
		return charter.Default(), nil
	}
	return charter.Load(path)
}

func cradleValidateCmd(g *globals) *cobra.Command {
	var charterFile string
	cmd := &cobra.Command{
		Use:   "validate FILE",
		Short: "Check an experiment spec and print what it would do",
		Long: `validate loads an experiment spec strictly (unknown keys, wrong types, unknown
tunables, values out of range, fractions outside (0, 1], bad durations, and
metrics the charter forbids or does not allow are errors with file:line:col)
and prints a summary: the parameter change, the chaos schedule, the success
criteria and the rollout stages.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ch, err := loadCharterFlag(charterFile)
			if err != nil {
				return err
			}
			spec, err := cradle.LoadSpec(args[0], ch)
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, map[string]any{
					"spec": spec, "schedule": spec.Schedule(),
					"baseline_params": spec.Params.Baseline(node.DefaultConfig()),
				})
			}
			return printSpecSummary(cmd.OutOrStdout(), spec)
		},
	}
	cmd.Flags().StringVar(&charterFile, "charter", "", "judge metrics against this charter file (default: the embedded default charter)")
	return cmd
}

func printSpecSummary(out io.Writer, s *cradle.Spec) error {
	w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintf(w, "experiment %s: valid\n", s.ID())
	fmt.Fprintf(w, "  sha256:\t%s\n", s.SHA256)
	if s.Description != "" {
		fmt.Fprintf(w, "  description:\t%s\n", strings.Join(strings.Fields(s.Description), " "))
	}
	fmt.Fprintf(w, "  run:\t%s on %d nodes, twice (baseline, candidate)\n", cradle.FormatDuration(s.Duration), s.Nodes)
	base := s.Params.Baseline(node.DefaultConfig())
	if len(s.Params) == 0 {
		fmt.Fprintf(w, "  params:\tnone (the candidate is the baseline)\n")
	}
	for i, p := range s.Params {
		label := ""
		if i == 0 {
			label = "params:"
		}
		fmt.Fprintf(w, "  %s\t%s %s -> %s\n", label, p.Name, base[i].Value, p.Value)
	}
	for i, e := range s.Schedule() {
		label := ""
		if i == 0 {
			label = "chaos:"
		}
		what := string(e.Kind)
		switch e.Kind {
		case cradle.ChaosNodeKill, cradle.ChaosLinkPartition:
			what += fmt.Sprintf(" %g of the nodes (%d: %v)", e.Fraction, e.Targets, e.Nodes)
		case cradle.ChaosLatency:
			what += " " + e.Delay.String()
		case cradle.ChaosPacketLoss:
			what += fmt.Sprintf(" %g", e.Rate)
		}
		fmt.Fprintf(w, "  %s\tat %s for %s: %s\n", label, cradle.FormatDuration(e.At), cradle.FormatDuration(e.Duration), what)
		if e.Kind.NeedsNetns() {
			fmt.Fprintf(w, "  \t  (needs --backend netns, root)\n")
		}
	}
	if len(s.Chaos) == 0 {
		fmt.Fprintf(w, "  chaos:\tnone\n")
	}
	for i, c := range s.Criteria {
		label := ""
		if i == 0 {
			label = "success:"
		}
		info, _ := cradle.Measured(c.Metric)
		fmt.Fprintf(w, "  %s\t%s (%s, %s)\n", label, c, info.Unit, info.Aggregate)
	}
	if len(s.Criteria) == 0 {
		fmt.Fprintf(w, "  success:\tno criteria (the run passes unless chaos fails)\n")
	}
	for i, st := range s.Stages {
		label := ""
		if i == 0 {
			label = "rollout:"
		}
		fmt.Fprintf(w, "  %s\t%s: %g of the nodes for %s while %s\n", label, st.Name, st.NodeFraction, cradle.FormatDuration(st.Duration), st.Gate)
	}
	return w.Flush()
}

type cradleRunFlags struct {
	report    string
	chart     string
	timeScale float64
	backend   string
	binary    string
	workDir   string
	keep      bool
	charter   string
	windows   int
	deadline  time.Duration
	logLevel  string
}

func cradleRunCmd(g *globals) *cobra.Command {
	f := &cradleRunFlags{}
	cmd := &cobra.Command{
		Use:   "run FILE",
		Short: "Run an experiment on a sandbox mesh and write its report",
		Long: `run starts spec.nodes real nodes of the westworld binary (each with its own home,
bootstrapped from node 0), measures them with probe messages while injecting
the spec's chaos, and does it twice: with the default parameters (baseline)
and with spec.params (candidate). It writes a JSON report and an SVG chart and
judges the candidate against the success criteria.

Backends: local (processes on loopback; partitions through each node's
enforcement) and netns (each node in its own network namespace on a bridge,
root only; partitions and loss with nftables, latency with an NFQUEUE delay).
latency and packet_loss chaos need netns.

--time-scale compresses the spec's schedule: 0.01 runs a 2h spec in 72s.
Ctrl-C stops the run, kills every node it started and removes its homes and
namespaces. Exit status: 0 pass, 2 fail, 1 error, 130 interrupted.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return runCradle(cmd, g, f, args[0]) },
	}
	fl := cmd.Flags()
	fl.StringVar(&f.report, "report", "", "write the JSON report here (default: NAME.report.json in the current directory)")
	fl.StringVar(&f.chart, "chart", "", "write the SVG chart here (default: the report path with .svg)")
	fl.Float64Var(&f.timeScale, "time-scale", 1, "multiply the spec's durations by this (0.01 turns 2h into 72s)")
	fl.StringVar(&f.backend, "backend", cradle.BackendLocal, "local or netns (root)")
	fl.StringVar(&f.binary, "binary", "", "westworld binary the nodes run (default: this one)")
	fl.StringVar(&f.workDir, "work-dir", "", "directory for the sandbox homes (default: a new temporary directory)")
	fl.BoolVar(&f.keep, "keep", false, "keep the sandbox homes (logs, datastores) after the run")
	fl.StringVar(&f.charter, "charter", "", "judge metrics against this charter file (default: the embedded default charter)")
	fl.IntVar(&f.windows, "windows", 20, "windows per run in the metric series")
	fl.DurationVar(&f.deadline, "probe-deadline", 0, "a probe later than this counts as lost (default 2s plus 8x the largest latency chaos delay)")
	fl.StringVar(&f.logLevel, "log-level", "warn", "runner log level: debug, info, warn, error")
	return cmd
}

func runCradle(cmd *cobra.Command, g *globals, f *cradleRunFlags, file string) error {
	ch, err := loadCharterFlag(f.charter)
	if err != nil {
		return err
	}
	spec, err := cradle.LoadSpec(file, ch)
	if err != nil {
		return err
	}
	bin := f.binary
	if bin == "" {
		if bin, err = os.Executable(); err != nil {
			return fmt.Errorf("find this binary: %w", err)
		}
	}
	if bin, err = filepath.Abs(bin); err != nil {
		return err
	}
	reportPath := f.report
	if reportPath == "" {
		reportPath = spec.Name + ".report.json"
	}
	chartPath := f.chart
	if chartPath == "" {
		chartPath = strings.TrimSuffix(reportPath, filepath.Ext(reportPath)) + ".svg"
	}
	stderr := cmd.ErrOrStderr()
	log := newLogger(stderr, f.logLevel)
	var line *statusLine
	if fh, ok := stderr.(*os.File); ok && term.IsTerminal(int(fh.Fd())) {
		line = &statusLine{w: stderr}
	}
	opt := cradle.Options{
		Binary: bin, Backend: f.backend, TimeScale: f.timeScale, WorkDir: f.workDir, Keep: f.keep,
		Windows: f.windows, ProbeDeadline: f.deadline, Logger: log,
	}
	if line != nil {
		opt.Progress = line.update
	}
	runner, err := cradle.NewRunner(spec, opt)
	if err != nil {
		return err
	}
	// Check the output paths before spending minutes on the run.
	for _, p := range []string{reportPath, chartPath} {
		if err := checkWritable(p); err != nil {
			return err
		}
	}
	if !g.json {
		fmt.Fprintf(cmd.OutOrStdout(), "running %s: %d nodes, %s per run (time scale %g), backend %s\n",
			spec.ID(), spec.Nodes, runner.Length().Round(time.Millisecond), f.timeScale, opt.Backend)
	}
	rep, err := runner.Run(cmd.Context())
	if line != nil {
		line.clear()
	}
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return &exitCodeError{code: 130, err: errors.New("interrupted: every sandbox node was stopped and its home removed")}
		}
		return err
	}
	if err := writeReport(rep, reportPath, chartPath); err != nil {
		return err
	}
	if g.json {
		if err := rep.WriteJSON(cmd.OutOrStdout()); err != nil {
			return err
		}
	} else {
		fmt.Fprint(cmd.OutOrStdout(), rep.Summary())
		fmt.Fprintf(cmd.OutOrStdout(), "report: %s\nchart:  %s\n", reportPath, chartPath)
	}
	if !rep.Pass {
		return &exitCodeError{code: exitExperimentFailed, err: fmt.Errorf("experiment %s failed its success criteria (report %s)", spec.ID(), reportPath)}
	}
	return nil
}

func checkWritable(path string) error {
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("output %s: %w", path, err)
	}
	if !st.IsDir() {
		return fmt.Errorf("output %s: %s is not a directory", path, dir)
	}
	return nil
}

func writeReport(rep *cradle.Report, reportPath, chartPath string) error {
	for _, out := range []struct {
		path  string
		write func(io.Writer) error
	}{{reportPath, rep.WriteJSON}, {chartPath, rep.WriteSVG}} {
		fh, err := os.Create(out.path)
		if err != nil {
			return fmt.Errorf("write %s: %w", out.path, err)
		}
		if err := out.write(fh); err != nil {
			fh.Close()
			return fmt.Errorf("write %s: %w", out.path, err)
		}
		if err := fh.Close(); err != nil {
			return fmt.Errorf("write %s: %w", out.path, err)
		}
	}
	return nil
}

// statusLine redraws one line on a terminal with the run's progress.
type statusLine struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *statusLine) update(p cradle.Progress) {
	const width = 24
	frac := 0.0
	if p.Total > 0 {
		frac = float64(p.Elapsed) / float64(p.Total)
	}
	filled := int(frac * width)
	bar := strings.Repeat("█", filled) + strings.Repeat(" ", width-filled)
	msg := fmt.Sprintf("[%d/2 %s] %-8s %5.1fs/%.1fs ▕%s▏ nodes %d probes %d delivered %d",
		p.PhaseNum, p.Phase, p.Step, p.Elapsed.Seconds(), p.Total.Seconds(), bar, p.Nodes, p.Sent, p.Delivered)
	if len(p.Chaos) > 0 {
		msg += " | " + strings.Join(p.Chaos, ", ")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	fmt.Fprintf(s.w, "\r\033[K%s", msg)
}

func (s *statusLine) clear() {
	s.mu.Lock()
	defer s.mu.Unlock()
	fmt.Fprint(s.w, "\r\033[K")
}

type cradleProposeFlags struct {
	force       bool
	description string
	chart       string
	tx          txFlags
	charter     string
}

func cradleProposeCmd(g *globals) *cobra.Command {
	f := &cradleProposeFlags{}
	cmd := &cobra.Command{
		Use:   "propose REPORT",
		Short: "Put a report into IPFS and propose approving its experiment to the DAO",
		Long: `propose adds the report (and its chart, if there is one) to the daemon's IPFS
and proposes ExperimentRegistry.approve(experiment id, report CID, report
SHA-256) to the Governor, signed by your wallet.

The experiment id is keccak256("westworld/cradle/experiment/1" || SHA-256 of
the spec file's bytes), so everyone derives it from the report. Nodes fetch
the report by its CID when the approval executes and refuse one whose SHA-256
differs.

A report whose verdict is fail is refused; --force proposes it anyway and the
proposal's description then says, first, that it failed and why.

The chain endpoint is --rpc, else the one the daemon follows. The password is read from --password-file or
asked on the terminal (the dev chain's accounts use "westworld-dev").`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return runCradlePropose(cmd, g, f, args[0]) },
	}
	fl := cmd.Flags()
	fl.BoolVar(&f.force, "force", false, "propose a report whose verdict is fail (the description says it failed)")
	fl.StringVar(&f.description, "description", "", "your own text, added to the generated description")
	fl.StringVar(&f.chart, "chart", "", "chart to add beside the report (default: the report path with .svg, if it exists)")
	f.tx.add(cmd)
	fl.StringVar(&f.charter, "charter", "", "check the spec's metrics against this charter file (default: the daemon's active charter)")
	return cmd
}

// CradleProposal is what `cradle propose --json` prints.
type CradleProposal struct {
	ProposalID   string `json:"proposal_id"`
	Experiment   string `json:"experiment"`
	ExperimentID string `json:"experiment_id"`
	ReportCID    string `json:"report_cid"`
	ReportHash   string `json:"report_hash"`
	ChartCID     string `json:"chart_cid,omitempty"`
	Verdict      string `json:"verdict"`
	Forced       bool   `json:"forced"`
	Governor     string `json:"governor"`
	Proposer     string `json:"proposer"`
	TxHash       string `json:"tx_hash"`
	Block        uint64 `json:"block"`
	Description  string `json:"description"`
}

func runCradlePropose(cmd *cobra.Command, g *globals, f *cradleProposeFlags, reportPath string) error {
	ctx := cmd.Context()
	data, err := os.ReadFile(reportPath)
	if err != nil {
		return fmt.Errorf("read report: %w", err)
	}
	c, err := g.client()
	if err != nil {
		return err
	}
	ch, err := proposeCharter(ctx, c, f.charter)
	if err != nil {
		return err
	}
	appr, err := cradle.ReadApproval(data, ch, f.force)
	if err != nil {
		return err
	}
	chartPath := f.chart
	if chartPath == "" {
		if p := strings.TrimSuffix(reportPath, filepath.Ext(reportPath)) + ".svg"; fileExists(p) {
			chartPath = p
		}
	}
	sess, err := g.session(cmd, &f.tx)
	if err != nil {
		return err
	}
	defer sess.Close()

	name := appr.Spec.Name
	reportCID, err := ipfsAddBytes(ctx, c, data, name+".report.json")
	if err != nil {
		return fmt.Errorf("add the report to IPFS: %w", err)
	}
	var chartCID string
	if chartPath != "" {
		chart, err := os.ReadFile(chartPath)
		if err != nil {
			return fmt.Errorf("read chart: %w", err)
		}
		if chartCID, err = ipfsAddBytes(ctx, c, chart, name+".report.svg"); err != nil {
			return fmt.Errorf("add the chart to IPFS: %w", err)
		}
	}
	desc := appr.Description(reportCID, chartCID, f.description)
	p, err := sess.d.ExperimentApproval(appr.ExperimentID, reportCID, appr.ReportHash, desc)
	if err != nil {
		return err
	}
	tx, err := contracts.NewGovernor(p.Governor, sess.c).Propose(ctx, sess.auth(), p)
	if err != nil {
		return txError("propose", err)
	}
	rcpt, err := sess.mined(cmd, "propose", tx)
	if err != nil {
		return err
	}
	out := CradleProposal{
		ProposalID: chain.ProposalHex(p.ID()), Experiment: appr.Spec.ID(), ExperimentID: appr.ExperimentID.Hex(),
		ReportCID: reportCID, ReportHash: appr.ReportHash.Hex(), ChartCID: chartCID, Verdict: appr.Verdict,
		Forced: !appr.Pass, Governor: p.Governor.Hex(), Proposer: sess.signer.Address().Hex(), TxHash: tx.Hash().Hex(),
		Block: rcpt.BlockNumber.Uint64(), Description: desc,
	}
	if g.json {
		return printJSON(cmd, out)
	}
	w := cmd.OutOrStdout()
	fmt.Fprintf(w, "proposed approval of %s (report %s)\n", out.Experiment, strings.ToUpper(out.Verdict))
	fmt.Fprintf(w, "proposal:      %s\n", out.ProposalID)
	fmt.Fprintf(w, "experiment id: %s\n", out.ExperimentID)
	fmt.Fprintf(w, "report:        ipfs://%s (sha256 %s)\n", out.ReportCID, out.ReportHash)
	if chartCID != "" {
		fmt.Fprintf(w, "chart:         ipfs://%s\n", chartCID)
	}
	fmt.Fprintf(w, "tx:            %s (block %d)\n", out.TxHash, out.Block)
	return nil
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// proposeCharter is the charter the spec is checked against: the file, or
// the daemon's active one (what nodes will load the spec against).
func proposeCharter(ctx context.Context, c *api.Client, file string) (*charter.Charter, error) {
	if file != "" {
		return charter.Load(file)
	}
	var info node.CharterInfo
	if err := c.Do(ctx, http.MethodGet, "/v1/charter", nil, &info); err != nil {
		return nil, fmt.Errorf("read the daemon's charter: %w", err)
	}
	return charter.Parse("active charter", []byte(info.Document))
}

// ipfsAddBytes adds data to the daemon's IPFS (pinned under name) and
// returns its CID.
func ipfsAddBytes(ctx context.Context, c *api.Client, data []byte, name string) (string, error) {
	resp, err := c.SendRaw(ctx, http.MethodPost, "/v1/ipfs/add?name="+url.QueryEscape(name), bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var res node.IPFSAddResult
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
		return "", fmt.Errorf("decode add response: %w", err)
	}
	if res.Size != int64(len(data)) {
		return "", fmt.Errorf("the daemon stored %d of %d bytes", res.Size, len(data))
	}
	return res.Cid, nil
}

func cradleRolloutStatusCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "status",
		Short: "Show the staged rollouts this node follows",
		Long: `status shows, for every experiment the registry approved or halted, this node's
rollout: the stage, whether the node is in the stage's cohort and runs with
the params, the gate and the cohort values it was last judged on, what the
node's peers gossiped, and the history.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return show(g, cmd, "/v1/cradle/rollout", printRolloutStatus)
		},
	}
}

func printRolloutStatus(out io.Writer, st cradle.RolloutStatus) error {
	if !st.Enabled {
		fmt.Fprintf(out, "rollout: off (%s)\n", st.Reason)
		return nil
	}
	fmt.Fprintf(out, "rollout: on; params apply through %s\n", st.ApplyMode)
	if len(st.Experiments) == 0 {
		fmt.Fprintln(out, "no approved experiments")
		return nil
	}
	for _, x := range st.Experiments {
		fmt.Fprintf(out, "\n%s %s\n", shortID(x.ID), x.Name)
		w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
		fmt.Fprintf(w, "  phase\t%s\n", x.Phase)
		if x.Stages > 0 {
			fmt.Fprintf(w, "  stage\t%d/%d %s (%.4g%% of nodes)\n", x.Stage+1, x.Stages, x.StageName, 100*x.NodeFraction)
			fmt.Fprintf(w, "  gate\t%s\n", x.Gate)
		}
		if !x.StageEnds.IsZero() {
			fmt.Fprintf(w, "  stage ends\t%s\n", x.StageEnds.Local().Format(time.DateTime))
		}
		fmt.Fprintf(w, "  this node\tin cohort %v, applied %v\n", x.InCohort, x.Applied)
		if len(x.Params) > 0 {
			var ps []string
			for _, p := range x.Params {
				ps = append(ps, p.Name+"="+p.Value.String())
			}
			fmt.Fprintf(w, "  params\t%s\n", strings.Join(ps, ", "))
		}
		if x.Rounds > 0 {
			fmt.Fprintf(w, "  gate rounds\t%d judged, %d held\n", x.Rounds, x.Held)
		}
		applied := 0
		for _, p := range x.Peers {
			if p.Applied {
				applied++
			}
		}
		fmt.Fprintf(w, "  peers heard\t%d (%d applied)\n", len(x.Peers), applied)
		if x.Reason != "" {
			fmt.Fprintf(w, "  reason\t%s\n", x.Reason)
		}
		fmt.Fprintf(w, "  report\tipfs://%s\n", x.ReportCID)
		if err := w.Flush(); err != nil {
			return err
		}
	}
	return nil
}
