package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/x0tta6bl4/westworld/node"
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
	cmd.AddCommand(cradleValidateCmd(g), cradleRunCmd(g))
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
