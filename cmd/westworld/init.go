package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/x0tta6bl4/westworld/node"
)

func initCmd(g *globals) *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Create a node home: identity, config and datastore",
		Long: `init creates the node home (--home, $WESTWORLD_HOME, or ~/.westworld): a new
Ed25519 libp2p identity (identity.key, mode 0600), a commented config.yaml with
every default written out, and the Badger datastore.

It refuses to touch an initialised home unless --force, which replaces the
identity and config but keeps the datastore.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			res, err := node.Init(g.home, node.DefaultConfig(), force)
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, res)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "initialised %s\n", res.Home)
			fmt.Fprintf(w, "  peer id:   %s\n", res.PeerID)
			fmt.Fprintf(w, "  config:    %s\n", res.Config)
			fmt.Fprintf(w, "  identity:  %s\n", res.Identity)
			fmt.Fprintf(w, "  macaroons: %s (admin, readonly, publisher, voter)\n", res.Macaroons)
			if res.KeptData {
				fmt.Fprintf(w, "  datastore: %s (kept)\n", res.Datastore)
			} else {
				fmt.Fprintf(w, "  datastore: %s\n", res.Datastore)
			}
			fmt.Fprintf(w, "start it with: westworld daemon --home %s\n", res.Home)
			return nil
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "re-initialise an existing home (new identity and config; the datastore is kept)")
	return cmd
}
