// Command westworld is the westworld node daemon and its command line. The
// commands parse flags and call the daemon's local API; the work is done in
// the node package.
package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/node/api"
)

// globals are the flags every command shares.
type globals struct {
	home     string
	json     bool
	logLevel string
	macaroon string
	apiURL   string
	apiCert  string
}

func main() {
	g := &globals{}
	root := newRoot(g)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := root.ExecuteContext(ctx)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "westworld: "+oneLine(err))
		os.Exit(exitCode(err))
	}
}

// exitCodeError carries a specific exit status (a failed experiment, say).
type exitCodeError struct {
	code int
	err  error
}

func (e *exitCodeError) Error() string { return e.err.Error() }
func (e *exitCodeError) Unwrap() error { return e.err }

func exitCode(err error) int {
	var ec *exitCodeError
	if errors.As(err, &ec) {
		return ec.code
	}
	return 1
}

func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

func newRoot(g *globals) *cobra.Command {
	root := &cobra.Command{
		Use:   "westworld",
		Short: "A node of the westworld community mesh",
		Long: `westworld runs a node of a community-run mesh network whose rules are set by its
members: it gossips the network's charter and governance state over libp2p,
takes binding decisions from governance contracts on chain, keeps refuge
content in an embedded IPFS, and enforces penalties locally.

Start with "westworld init", then "westworld daemon".`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	defHome := os.Getenv("WESTWORLD_HOME")
	if defHome == "" {
		if h, err := os.UserHomeDir(); err == nil {
			defHome = filepath.Join(h, ".westworld")
		}
	}
	root.PersistentFlags().StringVar(&g.home, "home", defHome, "node home directory ($WESTWORLD_HOME)")
	root.PersistentFlags().BoolVar(&g.json, "json", false, "print machine-readable JSON")
	root.PersistentFlags().StringVar(&g.macaroon, "macaroon", "", "macaroon file to authorise API calls (default: the least one the command needs)")
	root.PersistentFlags().StringVar(&g.apiURL, "api", "", "talk to a daemon's TCP API at this URL (https://host:port) instead of the home's socket")
	root.PersistentFlags().StringVar(&g.apiCert, "api-cert", "", "the daemon's API TLS certificate to pin (its home's api-tls.crt)")
	root.AddCommand(
		initCmd(g),
		daemonCmd(g),
		statusCmd(g),
		peersCmd(g),
		connectCmd(g),
		gossipCmd(g),
		charterCmd(g),
		enforceCmd(g),
		capCmd(g),
		cradleCmd(g),
		ipfsCmd(g),
		refugeCmd(g),
		walletCmd(g),
		chainCmd(g),
		delegateCmd(g),
		proposalCmd(g),
		voteCmd(g),
		devnetCmd(g),
		questsCmd(g),
		reputationCmd(g),
		leaderboardCmd(g),
		versionCmd(g),
	)
	return root
}

// client returns an API client for the home's daemon.
func (g *globals) client() (*api.Client, error) {
	if g.apiURL != "" {
		return g.tcpClient()
	}
	cfg, err := node.LoadConfig(g.home)
	if err != nil {
		return nil, err
	}
	if g.macaroon != "" {
		mac, err := os.ReadFile(g.macaroon)
		if err != nil {
			return nil, fmt.Errorf("read macaroon: %w", err)
		}
		return api.NewClient(cfg.SocketPath(), mac), nil
	}
	// Each request carries the least macaroon its route needs, so a
	// command never holds more authority than it uses.
	home := cfg.Home
	return api.NewClient(cfg.SocketPath(), nil).WithMacaroonPicker(func(method, path string) []byte {
		op := node.OpFor(method, path)
		if op == "" {
			return nil
		}
		role, err := node.LeastRole(op)
		if err != nil {
			return nil
		}
		if mac, err := node.RoleMacaroon(home, role); err == nil {
			return mac
		}
		// The least role's file is gone (deleted on purpose); fall back to admin.
		mac, _ := node.RoleMacaroon(home, "admin")
		return mac
	}), nil
}

// tcpClient talks to a daemon's TCP API; only --macaroon authorises it.
func (g *globals) tcpClient() (*api.Client, error) {
	if g.macaroon == "" {
		return nil, fmt.Errorf("--api needs --macaroon FILE")
	}
	mac, err := os.ReadFile(g.macaroon)
	if err != nil {
		return nil, fmt.Errorf("read macaroon: %w", err)
	}
	tr := &http.Transport{}
	if strings.HasPrefix(g.apiURL, "https://") {
		if g.apiCert == "" {
			return nil, fmt.Errorf("an https API needs --api-cert (the daemon home's api-tls.crt)")
		}
		tc, err := api.PinnedTLS(g.apiCert)
		if err != nil {
			return nil, err
		}
		tr.TLSClientConfig = tc
	}
	return api.NewHTTPClient(strings.TrimRight(g.apiURL, "/"), &http.Client{Transport: tr}, mac), nil
}

func versionCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if g.json {
				return printJSON(cmd, map[string]string{"version": node.Version})
			}
			fmt.Fprintln(cmd.OutOrStdout(), "westworld", node.Version)
			return nil
		},
	}
}
