package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
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
	cfg, err := node.LoadConfig(g.home)
	if err != nil {
		return err
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
		return err
	}
	log := newLogger(os.Stderr, cfg.LogLevel)
	slog.SetDefault(log)

	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)

	n, err := node.New(cfg, node.WithLogger(log), node.WithRollout(cradle.NodeRollout))
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	startErr := make(chan error, 1)
	go func() { startErr <- n.Start(ctx) }()
	select {
	case err := <-startErr:
		if err != nil {
			return err
		}
	case sig := <-sigs:
		log.Warn("signal during start; stopping", "signal", sig.String())
		cancel()
		if err := <-startErr; err != nil {
			return err
		}
		return shutdown(n, cfg, sigs, log)
	}
	sig := <-sigs
	log.Info("shutting down", "signal", sig.String())
	return shutdown(n, cfg, sigs, log)
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

func newLogger(w io.Writer, level string) *slog.Logger {
	var lv slog.Level
	_ = lv.UnmarshalText([]byte(level))
	opts := &slog.HandlerOptions{Level: lv}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}
