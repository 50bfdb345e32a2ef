package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/node/api"
)

// ChainStatusPath is the daemon route that serves chain.ChainStatus.
const chainStatusPath = "/v1/chain/status"

func chainCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "chain",
		Short: "Deploy the governance contracts and look at the chain",
		Long: `chain deploys the governance contract set to an Ethereum chain once per network
and shows the state of the chain connection.`,
	}
	cmd.AddCommand(chainDeployCmd(g), chainStatusCmd(g))
	return cmd
}

// deploymentPath is --deployment, else home/deployment.json.
func (g *globals) deploymentPath(flag string) string {
	if flag != "" {
		return flag
	}
	return filepath.Join(g.home, "deployment.json")
}

// dialWithDeployment loads the deployment (the flag's file, or home/deployment.json when it
// exists) and dials rpc, refusing an endpoint on another chain than the deployment's.
func (g *globals) dialWithDeployment(cmd *cobra.Command, rpc, deploymentFlag string, required bool) (*chain.Client, *contracts.Deployment, error) {
	path := g.deploymentPath(deploymentFlag)
	dep, err := contracts.Load(path)
	switch {
	case err == nil:
	case errors.Is(err, os.ErrNotExist) && deploymentFlag == "" && !required:
		dep = nil
	default:
		return nil, nil, err
	}
	var opts []chain.DialOption
	if dep != nil {
		opts = append(opts, chain.WithDeployment(dep))
	}
	c, err := chain.Dial(cmd.Context(), rpc, opts...)
	if err != nil {
		return nil, nil, err
	}
	return c, dep, nil
}

func chainDeployCmd(g *globals) *cobra.Command {
	var (
		rpc, keystore, account, passwordFile, out string
		force, devParams                          bool
		votingDelay, emergencyDelay               uint64
		votingPeriod, emergencyPeriod             uint32
		quorum, emergencyQuorum                   uint8
		threshold, emergencyThreshold, supply     int64
		timelockDelay                             time.Duration
	)
	pub := contracts.PublicParams()
	cmd := &cobra.Command{
		Use:   "deploy --rpc URL",
		Short: "Deploy the governance contracts to a chain and write the deployment file",
		Long: `deploy deploys the whole contract set (token, timelock, both governors, the
charter, experiment and guardian registries, the emergency signals) once per
network, hands every admin role to the timelock, checks the roles on chain and
writes the deployment file (chain ID, addresses, start block) that nodes load.

The defaults are safe for a public chain with 12-second blocks: a one-day voting
delay, a one-week vote, 5% quorum, a 100,000 WEST proposal threshold and a
one-day timelock. Voting delay and period are in blocks.

The deployer pays about 18 million gas; an account that cannot is refused before
anything is sent.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if rpc == "" {
				return errors.New("--rpc is required (the JSON-RPC URL of the chain to deploy to)")
			}
			p := pub
			if devParams {
				p = contracts.DevParams()
			}
			set := func(name string, apply func()) {
				if cmd.Flags().Changed(name) {
					apply()
				}
			}
			set("voting-delay", func() { p.VotingDelay = votingDelay })
			set("voting-period", func() { p.VotingPeriod = votingPeriod })
			set("quorum-percent", func() { p.QuorumPercent = quorum })
			set("proposal-threshold", func() { p.ProposalThreshold = contracts.Tokens(threshold) })
			set("timelock-delay", func() { p.TimelockDelay = uint64(timelockDelay / time.Second) })
			set("emergency-voting-delay", func() { p.EmergencyVotingDelay = emergencyDelay })
			set("emergency-voting-period", func() { p.EmergencyVotingPeriod = emergencyPeriod })
			set("emergency-quorum-percent", func() { p.EmergencyQuorumPercent = emergencyQuorum })
			set("emergency-proposal-threshold", func() { p.EmergencyProposalThreshold = contracts.Tokens(emergencyThreshold) })
			set("supply", func() { p.InitialSupply = contracts.Tokens(supply) })
			if threshold < 0 || emergencyThreshold < 0 || supply <= 0 || timelockDelay < 0 {
				return errors.New("token amounts must be positive and the timelock delay not negative")
			}
			if err := p.Validate(); err != nil {
				return err
			}
			outPath := g.deploymentPath(out)
			if _, err := os.Stat(outPath); err == nil && !force {
				return fmt.Errorf("%w: %s (pass --force to replace it)", chain.ErrDeploymentExists, outPath)
			}
			c, err := chain.Dial(cmd.Context(), rpc)
			if err != nil {
				return err
			}
			defer c.Close()
			signer, err := g.unlockSigner(cmd, keystore, account, passwordFile)
			if err != nil {
				return err
			}
			defer signer.Forget()
			if term.IsTerminal(int(os.Stderr.Fd())) {
				fmt.Fprintf(cmd.ErrOrStderr(), "deploying to chain %d from %s (about %d million gas)...\n",
					c.Chain(), signer.Address().Hex(), chain.DeployGasFor(p)/1_000_000)
			}
			d, err := chain.Deploy(cmd.Context(), c, signer, chain.DeployConfig{Params: p, Out: outPath, Force: force,
				Logger: newLogger(os.Stderr, "warn")})
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, map[string]any{"deployment": d, "file": outPath})
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintf(w, "deployed to chain %d at block %d\n", d.ChainID, d.StartBlock)
			printDeployment(w, d)
			fmt.Fprintf(w, "deployment file:\t%s\n", outPath)
			return w.Flush()
		},
	}
	f := cmd.Flags()
	f.StringVar(&rpc, "rpc", "", "JSON-RPC URL of the chain (http://, https://, ws:// or wss://)")
	f.StringVar(&keystore, "keystore", "", "keystore directory (default home/keystore)")
	f.StringVar(&account, "account", "", "deployer address (default: the keystore's only account)")
	f.StringVar(&passwordFile, "password-file", "", "read the deployer's password from the first line of this file")
	f.StringVar(&out, "out", "", "deployment file to write (default home/deployment.json)")
	f.BoolVar(&force, "force", false, "replace an existing deployment file")
	f.BoolVar(&devParams, "dev-params", false, "start from the dev chain's short periods instead of the public-chain defaults")
	f.Uint64Var(&votingDelay, "voting-delay", pub.VotingDelay, "blocks between a proposal and the start of its vote")
	f.Uint32Var(&votingPeriod, "voting-period", pub.VotingPeriod, "length of a vote in blocks")
	f.Uint8Var(&quorum, "quorum-percent", pub.QuorumPercent, "share of the supply that must vote for or abstain")
	f.Int64Var(&threshold, "proposal-threshold", 100_000, "voting power (whole WEST) needed to propose")
	f.DurationVar(&timelockDelay, "timelock-delay", time.Duration(pub.TimelockDelay)*time.Second, "minimum time between queueing and executing a decision")
	f.Uint64Var(&emergencyDelay, "emergency-voting-delay", pub.EmergencyVotingDelay, "emergency governor's voting delay in blocks")
	f.Uint32Var(&emergencyPeriod, "emergency-voting-period", pub.EmergencyVotingPeriod, "emergency governor's voting period in blocks")
	f.Uint8Var(&emergencyQuorum, "emergency-quorum-percent", pub.EmergencyQuorumPercent, "emergency governor's quorum")
	f.Int64Var(&emergencyThreshold, "emergency-proposal-threshold", 1_000_000, "voting power (whole WEST) needed to propose an emergency action")
	f.Int64Var(&supply, "supply", 100_000_000, "WEST minted to the deployer")
	return cmd
}

func printDeployment(w *tabwriter.Writer, d *contracts.Deployment) {
	for _, r := range []struct {
		name string
		addr fmt.Stringer
	}{
		{"token", d.Token}, {"timelock", d.Timelock}, {"governor", d.Governor}, {"emergency governor", d.EmergencyGovernor},
		{"charter registry", d.CharterRegistry}, {"experiment registry", d.ExperimentRegistry},
		{"guardian registry", d.GuardianRegistry}, {"emergency", d.Emergency},
	} {
		fmt.Fprintf(w, "%s:\t%s\n", r.name, r.addr)
	}
}

func chainStatusCmd(g *globals) *cobra.Command {
	var rpc, deployment string
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show the chain head, the deployment and the watcher's progress",
		Long: `status asks the running daemon for its chain watcher (head, indexed block, lag,
connection and the last error) and the deployment it follows. Without a daemon,
or with --rpc, it reads the head and the deployment straight from the endpoint.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var st chain.ChainStatus
			var err error
			if rpc == "" {
				st, err = g.daemonChainStatus(cmd.Context())
				if errors.Is(err, errNoChainDaemon) {
					return errors.New("no daemon with a chain connection is running; give --rpc URL to read the chain directly")
				}
			} else {
				var c *chain.Client
				var dep *contracts.Deployment
				c, dep, err = g.dialWithDeployment(cmd, rpc, deployment, false)
				if err != nil {
					return err
				}
				defer c.Close()
				st, err = chain.ReadChainStatus(cmd.Context(), c, dep)
			}
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, st)
			}
			return printChainStatus(cmd, st)
		},
	}
	cmd.Flags().StringVar(&rpc, "rpc", "", "read the chain directly from this JSON-RPC URL instead of asking the daemon")
	cmd.Flags().StringVar(&deployment, "deployment", "", "deployment file (default home/deployment.json)")
	return cmd
}

var errNoChainDaemon = errors.New("no daemon chain status")

// daemonChainStatus asks the daemon; errNoChainDaemon when there is no daemon or it serves no
// chain status.
func (g *globals) daemonChainStatus(ctx context.Context) (chain.ChainStatus, error) {
	var st chain.ChainStatus
	c, err := g.client()
	if errors.Is(err, node.ErrNoHome) {
		return st, errNoChainDaemon
	}
	if err != nil {
		return st, err
	}
	err = c.Do(ctx, http.MethodGet, chainStatusPath, nil, &st)
	var he *api.HTTPError
	if errors.Is(err, api.ErrNoDaemon) || errors.As(err, &he) && he.Code == http.StatusNotFound {
		return st, errNoChainDaemon
	}
	return st, err
}

func printChainStatus(cmd *cobra.Command, st chain.ChainStatus) error {
	w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
	if st.RPC != "" {
		fmt.Fprintf(w, "rpc:\t%s\n", st.RPC)
	}
	fmt.Fprintf(w, "chain id:\t%d\n", st.ChainID)
	head := fmt.Sprint(st.Head)
	if !st.HeadTime.IsZero() {
		head += fmt.Sprintf(" (%s ago)", roundDur(time.Since(st.HeadTime)))
	}
	fmt.Fprintf(w, "head:\t%s\n", head)
	if ws := st.Watcher; ws != nil {
		conn := "connected"
		if !ws.Connected {
			conn = "DISCONNECTED"
			if !ws.RetryingSince.IsZero() {
				conn += fmt.Sprintf(", retrying for %s", roundDur(time.Since(ws.RetryingSince)))
			}
		}
		fmt.Fprintf(w, "watcher:\t%s, indexed to block %d, lag %d, %d confirmations\n", conn, ws.Cursor, ws.Lag, ws.Confirmations)
		if ws.LastError != "" {
			fmt.Fprintf(w, "last error:\t%s\n", ws.LastError)
		}
		if ws.Reorgs > 0 {
			fmt.Fprintf(w, "reorgs:\t%d (%d deeper than the confirmations)\n", ws.Reorgs, ws.DeepReorgs)
		}
		fmt.Fprintf(w, "proposals:\t%d\n", st.Proposals)
	}
	if d := st.Deployment; d != nil {
		state := "deployed"
		if st.Source == "rpc" && !st.Deployed {
			state = "NOT FOUND on this chain"
		}
		fmt.Fprintf(w, "deployment:\t%s, start block %d\n", state, d.StartBlock)
		printDeployment(w, d)
	} else {
		fmt.Fprintf(w, "deployment:\tnone (westworld chain deploy, or copy the network's deployment.json into the home)\n")
	}
	if ch := st.Charter; ch != nil {
		fmt.Fprintf(w, "charter:\tversion %d, sha256 %s\n", ch.Version, ch.DocumentHash.Hex())
	} else if st.Deployed {
		fmt.Fprintf(w, "charter:\tnone adopted on chain yet\n")
	}
	return w.Flush()
}
