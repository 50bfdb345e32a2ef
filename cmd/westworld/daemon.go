package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/node/cradle"
)

type daemonFlags struct {
	listen    []string
	bootstrap []string
	logLevel  string
	mdns      bool
	metrics   string
	dev       bool
}

func daemonCmd(g *globals) *cobra.Command {
	f := &daemonFlags{}
	cmd := &cobra.Command{
		Use:   "daemon",
		Short: "Run the node",
		Long: `daemon runs the node in the foreground until SIGINT or SIGTERM, then closes every
component in reverse order within shutdown_timeout. A second signal exits at once.

Logs go to stderr: text on a terminal, JSON otherwise.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runDaemon(cmd, g, f) },
	}
	cmd.Flags().StringSliceVar(&f.listen, "listen", nil, "multiaddr to listen on, replacing p2p.listen (repeatable)")
	cmd.Flags().StringSliceVar(&f.bootstrap, "bootstrap", nil, "bootstrap peer multiaddr ending in /p2p/<id>, added to p2p.bootstrap (repeatable)")
	cmd.Flags().StringVar(&f.logLevel, "log-level", "", "debug, info, warn or error (default: log_level from config)")
	cmd.Flags().BoolVar(&f.mdns, "mdns", true, "discover peers on the local network with mDNS (default: p2p.mdns from config)")
	cmd.Flags().BoolVar(&f.dev, "dev", false, "run go-ethereum's dev chain inside the node, with the governance contracts deployed and dev accounts funded (chain.dev)")
	cmd.Flags().StringVar(&f.metrics, "metrics", "", "Prometheus listen host:port, replacing metrics.listen (\"off\" disables)")
	return cmd
}

func runDaemon(cmd *cobra.Command, g *globals, f *daemonFlags) error {
	// load reads config.yaml with the flags on top: at start, and again
	// when the node restarts to apply rollout params.
	load := func() (node.Config, error) {
		cfg, err := node.LoadConfig(g.home)
		if err != nil {
			return node.Config{}, err
		}
		if cmd.Flags().Changed("listen") {
			cfg.P2P.Listen = f.listen
		}
		cfg.P2P.Bootstrap = append(cfg.P2P.Bootstrap, f.bootstrap...)
		if f.logLevel != "" {
			cfg.LogLevel = f.logLevel
		}
		if cmd.Flags().Changed("mdns") {
			cfg.P2P.MDNS = f.mdns
		}
		if f.metrics == "off" {
			cfg.Metrics.Listen = ""
		} else if f.metrics != "" {
			cfg.Metrics.Listen = f.metrics
		}
		if f.dev {
			// --dev replaces whatever chain the config follows with the embedded one.
			cfg.Chain.Dev.Enabled = true
			cfg.Chain.RPC = ""
		}
		if err := cfg.Validate(); err != nil {
			return node.Config{}, err
		}
		return cfg, nil
	}
	cfg, err := load()
	if err != nil {
		return err
	}
	log := newLogger(os.Stderr, cfg.LogLevel)
	slog.SetDefault(log)

	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)

	r := &nodeRunner{
		load: load,
		newNode: func(cfg node.Config) (*node.Node, error) {
			return node.New(cfg, node.WithLogger(log), node.WithRollout(cradle.NodeRollout))
		},
		log: log,
	}
	return r.run(cfg, sigs)
}

// restartSettle is how long the daemon waits after a restart request for
// more before it restarts: the transitions of one rollout tick (several
// experiments entering stages at once) cost one restart, not one each.
const restartSettle = 2 * time.Second

// nodeRunner runs the node until a signal, restarting it in this process
// when it asks to be (node.RestartRequested: the rollout wrote params into
// config.yaml that take effect only when the node starts). A restart
// closes the node, re-reads the config and starts a new node from it: the
// same home, identity, store and API socket path.
type nodeRunner struct {
	load    func() (node.Config, error)
	newNode func(node.Config) (*node.Node, error)
	log     *slog.Logger
	// settle is restartSettle (tests shorten it).
	settle time.Duration
	// started, when set, sees each node once it has started.
	started func(*node.Node)
}

// run starts a node on cfg and serves until a signal on sigs.
func (r *nodeRunner) run(cfg node.Config, sigs <-chan os.Signal) error {
	settle := r.settle
	if settle <= 0 {
		settle = restartSettle
	}
	for {
		n, err := r.newNode(cfg)
		if err != nil {
			return err
		}
		ctx, cancel := context.WithCancel(context.Background())
		startErr := make(chan error, 1)
		go func() { startErr <- n.Start(ctx) }()
		select {
		case err := <-startErr:
			if err != nil {
				cancel()
				return err
			}
		case sig := <-sigs:
			r.log.Warn("signal during start; stopping", "signal", sig.String())
			cancel()
			if err := <-startErr; err != nil {
				return err
			}
			return shutdown(n, cfg, sigs, r.log)
		}
		if r.started != nil {
			r.started(n)
		}
		var reasons []string
		select {
		case sig := <-sigs:
			r.log.Info("shutting down", "signal", sig.String())
			defer cancel()
			return shutdown(n, cfg, sigs, r.log)
		case why := <-n.RestartRequested():
			reasons = append(reasons, why)
		}
		timer := time.NewTimer(settle)
	gather:
		for {
			select {
			case why := <-n.RestartRequested():
				reasons = append(reasons, why)
			case <-timer.C:
				break gather
			case sig := <-sigs:
				timer.Stop()
				r.log.Info("shutting down", "signal", sig.String())
				defer cancel()
				return shutdown(n, cfg, sigs, r.log)
			}
		}
		why := strings.Join(reasons, "; ")
		r.log.Info("restarting to apply rollout params: "+why, "params", why)
		stopped, err := closeForRestart(n, cfg, sigs, r.log)
		cancel()
		if err != nil || stopped {
			return err
		}
		next, err := r.load()
		if err != nil {
			// The node must come back: with the config it ran with, saying
			// why the params could not be applied.
			r.log.Error("re-read config for the restart: starting with the previous one", "err", err)
		} else {
			cfg = next
		}
	}
}

// shutdown closes the node within the configured deadline; a second signal
// or the deadline passing ends the process at once.
func shutdown(n *node.Node, cfg node.Config, sigs <-chan os.Signal, log *slog.Logger) error {
	timeout, _ := time.ParseDuration(cfg.ShutdownTimeout)
	done := make(chan error, 1)
	go func() { done <- n.Close() }()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("shutdown: %w", err)
		}
		log.Info("stopped")
		return nil
	case sig := <-sigs:
		log.Warn("second signal: exiting now", "signal", sig.String())
		os.Exit(130)
	case <-time.After(timeout):
		return &exitCodeError{code: 2, err: errors.New("shutdown did not finish within shutdown_timeout " + timeout.String())}
	}
	return nil
}

// closeForRestart closes the node within shutdown_timeout before a
// restart. A signal meanwhile turns the restart into a shutdown (stopped);
// a second one exits at once, as during shutdown.
func closeForRestart(n *node.Node, cfg node.Config, sigs <-chan os.Signal, log *slog.Logger) (stopped bool, err error) {
	timeout, _ := time.ParseDuration(cfg.ShutdownTimeout)
	done := make(chan error, 1)
	go func() { done <- n.Close() }()
	deadline := time.After(timeout)
	for {
		select {
		case err := <-done:
			if err != nil {
				return stopped, fmt.Errorf("close for restart: %w", err)
			}
			if stopped {
				log.Info("stopped")
			}
			return stopped, nil
		case sig := <-sigs:
			if stopped {
				log.Warn("second signal: exiting now", "signal", sig.String())
				os.Exit(130)
			}
			log.Info("signal during restart: shutting down instead", "signal", sig.String())
			stopped = true
		case <-deadline:
			return stopped, &exitCodeError{code: 2, err: errors.New("close for restart did not finish within shutdown_timeout " + timeout.String())}
		}
	}
}

func newLogger(w io.Writer, level string) *slog.Logger {
	var lv slog.Level
	_ = lv.UnmarshalText([]byte(level))
	opts := &slog.HandlerOptions{Level: lv}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}
