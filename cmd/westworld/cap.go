package main

import (
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/node/capability"
)

func capCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "cap",
		Short: "Macaroon capabilities: bake, inspect, revoke, rotate",
		Long: `Every call of the local API needs a macaroon naming the operation it performs.
init writes four role macaroons into HOME/macaroons (admin, readonly, publisher,
voter) and each command sends the least one that its request needs; --macaroon
FILE overrides that. A holder can attenuate a macaroon offline by adding caveats
(ops=, expires=, ip=, uses=N/m, proposal-executed=ID) with any macaroon library.`,
	}
	cmd.AddCommand(capBakeCmd(g), capInspectCmd(g), capRevokeCmd(g), capRotateCmd(g), capKeysCmd(g))
	return cmd
}

func capBakeCmd(g *globals) *cobra.Command {
	var ops, ip, out, proposal, label string
	var expires time.Duration
	var uses int
	cmd := &cobra.Command{
		Use:   "bake --ops OPS --expires DURATION",
		Short: "Bake a new macaroon (its own root key, revocable alone)",
		Long: `bake makes a macaroon for the listed operations (comma-separated entity:action,
e.g. refuge:publish,refuge:read; see "cap keys" and node/capability/ops.go for
the list) that expires after DURATION, optionally only from --ip (address or
prefix, for the TCP API), at most --uses requests a minute, and only while
--proposal is executed on chain. It prints the root key ID that revokes it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if ops == "" {
				return fmt.Errorf("--ops is required")
			}
			if expires <= 0 {
				return fmt.Errorf("--expires is required (a macaroon that never expires is an ambient authority)")
			}
			c, err := g.client()
			if err != nil {
				return err
			}
			req := node.BakeRequest{Ops: strings.Split(ops, ","), Expires: api.Duration(expires), IP: ip,
				UsesPerMinute: uses, Proposal: proposal, Label: label}
			var res node.BakeResponse
			if err := c.Do(cmd.Context(), http.MethodPost, "/v1/cap/bake", req, &res); err != nil {
				return err
			}
			if out != "" {
				if err := os.WriteFile(out, res.Macaroon, 0o600); err != nil {
					return fmt.Errorf("write macaroon: %w", err)
				}
			}
			if g.json {
				return printJSON(cmd, map[string]string{"macaroon": hex.EncodeToString(res.Macaroon), "root_key_id": res.RootKeyID, "file": out})
			}
			if out == "" {
				fmt.Fprintln(cmd.OutOrStdout(), hex.EncodeToString(res.Macaroon))
			} else {
				fmt.Fprintf(cmd.OutOrStdout(), "wrote %s\n", out)
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "root key %s (revoke with: westworld cap revoke %s)\n", res.RootKeyID, res.RootKeyID)
			return nil
		},
	}
	cmd.Flags().StringVar(&ops, "ops", "", "operations to allow, comma-separated (entity:action)")
	cmd.Flags().DurationVar(&expires, "expires", 0, "lifetime (e.g. 1h, 720h)")
	cmd.Flags().StringVar(&ip, "ip", "", "only from this client address or prefix (TCP API)")
	cmd.Flags().IntVar(&uses, "uses", 0, "at most this many requests a minute")
	cmd.Flags().StringVar(&proposal, "proposal", "", "only while this governance proposal is executed on chain")
	cmd.Flags().StringVar(&label, "label", "", "label for the new root key")
	cmd.Flags().StringVar(&out, "out", "", "write the macaroon (binary) to this file, mode 0600")
	return cmd
}

// readMacaroonFile reads a macaroon file in binary or hex.
func readMacaroonFile(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read macaroon: %w", err)
	}
	if h, err := hex.DecodeString(strings.TrimSpace(string(b))); err == nil {
		return h, nil
	}
	return b, nil
}

func capInspectCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "inspect FILE",
		Short: "Say in plain words what a macaroon allows",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			mac, err := readMacaroonFile(args[0])
			if err != nil {
				return err
			}
			c, err := g.client()
			if err != nil {
				return err
			}
			var res struct {
				Description capability.Description `json:"description"`
				Text        string                 `json:"text"`
			}
			if err := c.Do(cmd.Context(), http.MethodPost, "/v1/cap/inspect", node.MacaroonRequest{Macaroon: mac}, &res); err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, res.Description)
			}
			fmt.Fprintln(cmd.OutOrStdout(), res.Text)
			return nil
		},
	}
}

func capRevokeCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "revoke ROOT-KEY-ID",
		Short: "Revoke every macaroon baked with one root key",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			if err := c.Do(cmd.Context(), http.MethodPost, "/v1/cap/revoke", node.MacaroonRequest{RootKeyID: args[0]}, nil); err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, map[string]string{"revoked": args[0]})
			}
			fmt.Fprintln(cmd.OutOrStdout(), "revoked", args[0])
			return nil
		},
	}
}

func capRotateCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "rotate",
		Short: "Delete every root key (all macaroons stop working) and write new role macaroons",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			var res map[string]any
			if err := c.Do(cmd.Context(), http.MethodPost, "/v1/cap/rotate", nil, &res); err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, res)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "rotated: %v root keys removed; new role macaroons in %v\n", res["root_keys_removed"], res["macaroons"])
			return nil
		},
	}
}

func capKeysCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "keys",
		Short: "List the root keys (one per role macaroon and per baked macaroon)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return show(g, cmd, "/v1/cap/keys", func(w io.Writer, keys []capability.RootKey) error {
				return table(w, "ID\tROLE\tLABEL\tCREATED", func(w io.Writer) {
					for _, k := range keys {
						fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", k.ID, k.Role, k.Label, k.Created.Format(time.RFC3339))
					}
				})
			})
		},
	}
}
