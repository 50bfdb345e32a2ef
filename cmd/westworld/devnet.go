package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/node/cradle"
)

// devnetPasswordFile holds chain.DevPassword in every devnet node home, for the relay and the
// CLI's --password-file.
const devnetPasswordFile = "dev-password"

type devnetFlags struct {
	nodes    int
	period   time.Duration
	rpcPort  int
	logLevel string
}

func devnetCmd(g *globals) *cobra.Command {
	f := &devnetFlags{}
	cmd := &cobra.Command{
		Use:   "devnet [--nodes N]",
		Short: "Run a dev chain and N local nodes in one process, to try everything on one machine",
		Long: `devnet starts go-ethereum's dev chain with the governance contracts deployed
and dev accounts funded and delegated, then N nodes on loopback that follow it,
mesh with each other and relay gasless ballots (node 0). Each node has its own
home (DIR/node-<i>) with dev account i in its keystore (password in
DIR/node-<i>/dev-password), so the CLI works against any of them with
--home DIR/node-<i>. Ctrl-C stops all of them.

DIR is --home when given, else the default home's "devnet" directory. Data is
kept between runs; delete DIR to start over. The dev accounts' keys are public:
never send real value to them.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			root := filepath.Join(g.home, "devnet")
			if cmd.Flags().Changed("home") {
				root = g.home
			}
			level := f.logLevel
			if level == "" {
				level = g.logLevel
			}
			if level == "" {
				level = "warn"
			}
			return runDevnet(cmd.Context(), cmd.OutOrStdout(), root, f, newLogger(os.Stderr, level))
		},
	}
	cmd.Flags().IntVar(&f.nodes, "nodes", 3, "number of nodes")
	cmd.Flags().DurationVar(&f.period, "period", time.Second, "block period of the dev chain")
	cmd.Flags().IntVar(&f.rpcPort, "rpc-port", 8545, "loopback JSON-RPC port of the dev chain (0: any free port)")
	cmd.Flags().StringVar(&f.logLevel, "log-level", "", "debug, info, warn or error (default warn)")
	return cmd
}

// Devnet is a running dev chain and its nodes.
type Devnet struct {
	Root  string
	Chain *chain.DevChain
	Nodes []*node.Node
}

// Close stops the nodes in reverse order, then the chain.
func (d *Devnet) Close() error {
	var errs []error
	for i := len(d.Nodes) - 1; i >= 0; i-- {
		if err := d.Nodes[i].Close(); err != nil {
			errs = append(errs, fmt.Errorf("node %d: %w", i, err))
		}
	}
	if d.Chain != nil {
		if err := d.Chain.Close(); err != nil {
			errs = append(errs, fmt.Errorf("dev chain: %w", err))
		}
	}
	return errors.Join(errs...)
}

// startDevnet starts the chain and the nodes; on failure everything started is closed.
func startDevnet(ctx context.Context, root string, f *devnetFlags, log *slog.Logger) (d *Devnet, err error) {
	if f.nodes < 1 || f.nodes > 64 {
		return nil, fmt.Errorf("--nodes %d is outside 1..64", f.nodes)
	}
	if err := os.MkdirAll(root, 0o700); err != nil {
		return nil, err
	}
	d = &Devnet{Root: root}
	defer func() {
		if err != nil {
			d.Close()
		}
	}()
	dcfg := chain.DevChainConfig{
		Dir:            filepath.Join(root, "chain"),
		DeploymentPath: filepath.Join(root, "deployment.json"),
		Period:         f.period,
		HTTPPort:       f.rpcPort,
		Accounts:       max(chain.DefaultDevAccounts, f.nodes),
		Logger:         log.With("component", "devchain"),
	}
	dc, err := chain.NewDevChain(dcfg)
	if err != nil {
		return d, err
	}
	if err := dc.Start(ctx); err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return d, fmt.Errorf("dev chain: port %d is taken (another devnet or geth?); --rpc-port 0 picks a free one: %w", f.rpcPort, err)
		}
		return d, fmt.Errorf("dev chain: %w", err)
	}
	d.Chain = dc
	var boot []string
	for i := 0; i < f.nodes; i++ {
		cfg, err := devnetNodeConfig(root, i, dc)
		if err != nil {
			return d, err
		}
		cfg.P2P.Bootstrap = boot
		n, err := node.New(cfg, node.WithLogger(log.With("node", i)), node.WithRollout(cradle.NodeRollout))
		if err != nil {
			return d, fmt.Errorf("node %d: %w", i, err)
		}
		if err := n.Start(ctx); err != nil {
			return d, fmt.Errorf("node %d: %w", i, err)
		}
		d.Nodes = append(d.Nodes, n)
		if i == 0 {
			boot = []string{n.Host().FullAddrs()[0]}
		}
	}
	return d, nil
}

// devnetNodeConfig initialises node i's home on first use (config, identity, macaroons, dev
// account i in its keystore) and returns its config pointed at the dev chain.
func devnetNodeConfig(root string, i int, dc *chain.DevChain) (node.Config, error) {
	home := filepath.Join(root, fmt.Sprintf("node-%d", i))
	if _, err := os.Stat(filepath.Join(home, node.IdentityFile)); err != nil {
		cfg := node.DefaultConfig()
		cfg.Home = home
		cfg.P2P.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
		cfg.P2P.MDNS = false
		cfg.Metrics.Listen = "127.0.0.1:0"
		cfg.Chain.RPC = dc.HTTPEndpoint()
		cfg.Chain.Deployment = filepath.Join(root, "deployment.json")
		cfg.Chain.Confirmations = 0
		cfg.Chain.PollInterval = "250ms"
		if i == 0 {
			cfg.Governance.Relay = node.RelayConfig{Enabled: true, PasswordFile: devnetPasswordFile}
		}
		if _, err := node.Init(home, cfg, false); err != nil {
			return node.Config{}, fmt.Errorf("node %d: %w", i, err)
		}
		if err := os.WriteFile(filepath.Join(home, devnetPasswordFile), []byte(chain.DevPassword+"\n"), 0o600); err != nil {
			return node.Config{}, err
		}
		w, err := chain.OpenWallet(chain.WalletConfig{Dir: filepath.Join(home, "keystore"), LightKDF: true})
		if err != nil {
			return node.Config{}, err
		}
		if _, err := w.ImportKey(chain.DevAccountKey(i), chain.DevPassword); err != nil && !errors.Is(err, chain.ErrAccountExists) {
			return node.Config{}, fmt.Errorf("node %d keystore: %w", i, err)
		}
	}
	cfg, err := node.LoadConfig(home)
	if err != nil {
		return node.Config{}, err
	}
	// The chain's port may differ between runs (--rpc-port 0): always follow this one.
	cfg.Chain.RPC = dc.HTTPEndpoint()
	cfg.Chain.Dev.Enabled = false
	return cfg, cfg.Validate()
}

func runDevnet(ctx context.Context, out io.Writer, root string, f *devnetFlags, log *slog.Logger) error {
	d, err := startDevnet(ctx, root, f, log)
	if err != nil {
		return err
	}
	printDevnet(out, d)
	<-ctx.Done()
	fmt.Fprintln(out, "stopping the devnet...")
	return d.Close()
}

func printDevnet(out io.Writer, d *Devnet) {
	w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	dep := d.Chain.Deployment()
	fmt.Fprintf(w, "dev chain:\t%s (chain ID %d, a block every period)\n", d.Chain.HTTPEndpoint(), dep.ChainID)
	fmt.Fprintf(w, "deployment:\t%s (governor %s)\n", filepath.Join(d.Root, "deployment.json"), dep.Governor.Hex())
	fmt.Fprintf(w, "dev password:\t%s (keys are public: never send real value)\n\n", chain.DevPassword)
	fmt.Fprintln(w, "NODE\tPEER ID\tACCOUNT\tHOME\tAPI SOCKET")
	for i, n := range d.Nodes {
		acc := d.Chain.Accounts()[i].Address.Hex()
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\n", i, n.ID(), acc, n.Config().Home, n.Config().SocketPath())
	}
	w.Flush()
	h := d.Nodes[0].Config().Home
	pw := filepath.Join(h, devnetPasswordFile)
	fmt.Fprintf(out, `
try:
  westworld --home %[1]s status
  westworld --home %[1]s proposal create charter --file charter.yaml --description "..." --password-file %[2]s
  westworld --home %[1]s proposal list
  westworld --home %[1]s vote ID for --password-file %[2]s
  westworld --home %[1]s vote ID for --gasless --password-file %[2]s
Ctrl-C stops the devnet.
`, h, pw)
}
