package main

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/spf13/cobra"

	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/node/narrative"
)

func questsCmd(g *globals) *cobra.Command {
	var peerFlag string
	cmd := &cobra.Command{
		Use:   "quests",
		Short: "Show storylines: chapters, goals and this node's progress",
		Long: `quests shows each storyline's chapters in order, the goals of each chapter
with progress, and the badges earned. Progress counts only evidence other nodes
or the chain verify (README "Narrative"); chapters are played in order.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path := "/v1/narrative/quests"
			if peerFlag != "" {
				if _, err := peer.Decode(peerFlag); err != nil {
					return fmt.Errorf("--peer %q: %w", peerFlag, err)
				}
				path += "?peer=" + url.QueryEscape(peerFlag)
			}
			return show(g, cmd, path, func(w io.Writer, q narrative.QuestsReport) error {
				printQuests(w, &q)
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&peerFlag, "peer", "", "show another peer's progress")
	return cmd
}

func printQuests(w io.Writer, q *narrative.QuestsReport) {
	fmt.Fprintf(w, "peer %s\n", q.Peer)
	for _, s := range q.Storylines {
		fmt.Fprintf(w, "\n%s (%s): %d of %d chapters\n", s.Title, s.Storyline, len(s.Badges), len(s.Chapters))
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		for i, ch := range s.Chapters {
			state := "locked"
			switch {
			case ch.Complete:
				state = "complete, badge " + ch.Badge.Title
			case ch.Open:
				state = "open"
			}
			fmt.Fprintf(tw, "  %d. %s\t%s\n", i+1, ch.Title, state)
			for _, gp := range ch.Goals {
				mark := " "
				if gp.Done {
					mark = "x"
				}
				fmt.Fprintf(tw, "     [%s] %s\t%s of %s\t%3.0f%%\n", mark, goalName(gp.Goal), goalValue(gp.Goal, gp.Value),
					gp.TargetText, 100*gp.Fraction)
			}
		}
		tw.Flush()
	}
}

func goalName(g narrative.Goal) string {
	if g.HeldFor > 0 {
		return fmt.Sprintf("%s (held %s)", g.Metric, g.HeldFor)
	}
	return g.Metric
}

func goalValue(g narrative.Goal, v float64) string {
	switch g.Metric {
	case narrative.MetricUptime, narrative.MetricGossip:
		return (time.Duration(v) * time.Second).Round(time.Minute).String()
	case narrative.MetricRefugePin:
		return humanBytes(int64(v))
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

func reputationCmd(g *globals) *cobra.Command {
	var limit int
	cmd := &cobra.Command{
		Use:   "reputation [PEER]",
		Short: "Show a peer's reputation (default: this node) and its evidence, kind by kind",
		Long: `reputation shows a peer's score, each evidence kind's part of it (points out of
the kind's cap, and the undecayed total behind them), whether the peer is
established (its own attestations count), and the newest evidence about it.
The formula is in the README, section "Narrative".`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := "/v1/narrative/reputation"
			if len(args) == 1 {
				if _, err := peer.Decode(args[0]); err != nil {
					return fmt.Errorf("peer %q: %w", args[0], err)
				}
				path += "?peer=" + url.QueryEscape(args[0])
			}
			return show(g, cmd, path, func(w io.Writer, r narrative.ReputationReport) error {
				printReputation(w, &r, limit)
				return nil
			})
		},
	}
	cmd.Flags().IntVar(&limit, "evidence", 10, "newest evidence items to list")
	cmd.AddCommand(bindWalletCmd(g))
	return cmd
}

func printReputation(w io.Writer, r *narrative.ReputationReport, limit int) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "peer\t%s\n", r.Peer)
	rank := "unranked"
	if r.Rank > 0 {
		rank = fmt.Sprintf("%d of %d", r.Rank, r.Of)
	}
	fmt.Fprintf(tw, "score\t%.2f of %.0f (rank %s)\n", r.Total, r.MaxScore, rank)
	est := "no (its attestations do not count yet)"
	if r.Established {
		est = "since " + r.EstablishedSince.Local().Format("2006-01-02 15:04")
	}
	fmt.Fprintf(tw, "established\t%s\n", est)
	if r.Wallet != "" {
		fmt.Fprintf(tw, "wallet\t%s\n", r.Wallet)
	}
	tw.Flush()
	fmt.Fprintln(w)
	table(w, "KIND\tMETRIC\tITEMS\tTOTAL\tPOINTS", func(tw io.Writer) {
		for _, k := range r.Kinds {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%.2f / %.0f\n", k.Kind, k.Metric, k.Items,
				goalValue(narrative.Goal{Metric: k.Metric}, k.Total), k.Points, k.Cap)
		}
	})
	if len(r.Evidence) == 0 || limit <= 0 {
		return
	}
	fmt.Fprintf(w, "\nnewest evidence (%d of %d held):\n", min(limit, len(r.Evidence)), r.EvidenceTotal)
	table(w, "TIME\tKIND\tATTESTER\tDETAIL", func(tw io.Writer) {
		for i, e := range r.Evidence {
			if i >= limit {
				break
			}
			detail := e.Ref
			switch e.Kind {
			case "uptime":
				detail = fmt.Sprintf("window %d", e.Window)
			case "gossip":
				detail = fmt.Sprintf("window %d, score %.2f", e.Window, float64(e.Amount)/1000)
			case "refuge_pin":
				detail = fmt.Sprintf("%s of %s", humanBytes(e.Amount), shortID(e.Ref))
			case "wallet":
				detail = "binds " + e.Proof[:min(len(e.Proof), 42)]
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", e.Time.Local().Format("2006-01-02 15:04"), e.Kind, shortID(e.Attester), detail)
		}
	})
}

func leaderboardCmd(g *globals) *cobra.Command {
	var top int
	cmd := &cobra.Command{
		Use:   "leaderboard",
		Short: "Show the peers with the highest reputation",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if top < 1 || top > 10000 {
				return fmt.Errorf("--top %d: want 1..10000", top)
			}
			return show(g, cmd, "/v1/narrative/leaderboard?top="+strconv.Itoa(top), func(w io.Writer, rows []narrative.LeaderboardEntry) error {
				return table(w, "RANK\tPEER\tSCORE\tESTABLISHED\tBADGES", func(tw io.Writer) {
					for _, r := range rows {
						fmt.Fprintf(tw, "%d\t%s\t%.2f\t%v\t%d\n", r.Rank, r.Peer, r.Score, r.Established, r.Badges)
					}
				})
			})
		},
	}
	cmd.Flags().IntVar(&top, "top", 10, "how many peers to show")
	return cmd
}

func bindWalletCmd(g *globals) *cobra.Command {
	var sign bool
	var keystore, passwordFile string
	cmd := &cobra.Command{
		Use:   "bind ADDRESS [SIGNATURE | --sign]",
		Short: "Bind a wallet to this node, so its votes count for the node's reputation",
		Long: `bind ties an Ethereum address to this node's peer ID. Without SIGNATURE it
prints the message to sign: sign it with the wallet (EIP-191 personal_sign,
e.g. "cast wallet sign" or a browser wallet) and run bind again with the
0x-hex signature, or give --sign to sign with the account in the node's
keystore. The binding is gossiped; an address binds to one peer, the first
that claims it.`,
		Args: cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !common.IsHexAddress(args[0]) {
				return fmt.Errorf("%q is not an Ethereum address", args[0])
			}
			c, err := g.client()
			if err != nil {
				return err
			}
			if len(args) == 1 {
				var st api.Status
				if err := c.Do(cmd.Context(), http.MethodGet, "/v1/status", nil, &st); err != nil {
					return err
				}
				id, err := peer.Decode(st.PeerID)
				if err != nil {
					return err
				}
				msg := narrative.BindingMessage(id)
				if !sign {
					if g.json {
						return printJSON(cmd, map[string]string{"address": args[0], "message": string(msg)})
					}
					fmt.Fprintf(cmd.OutOrStdout(), "Sign this message with %s (EIP-191 personal_sign):\n\n%s\n\nthen run: westworld reputation bind %s 0x<signature>\n(or bind --sign to sign with the node's keystore)\n", args[0], msg, args[0])
					return nil
				}
				signer, err := g.unlockSigner(cmd, keystore, args[0], passwordFile)
				if err != nil {
					return err
				}
				sig, err := signer.SignText(msg)
				signer.Forget()
				if err != nil {
					return err
				}
				args = append(args, hexutil.Encode(sig))
			}
			sig := strings.TrimSpace(args[1])
			if len(common.FromHex(sig)) != 65 {
				return fmt.Errorf("signature: want 65 bytes of 0x-hex")
			}
			var ev narrative.EvidenceView
			if err := c.Do(cmd.Context(), http.MethodPost, "/v1/narrative/wallet",
				node.BindWalletRequest{Address: args[0], Signature: sig}, &ev); err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, ev)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "bound %s to %s\n", common.HexToAddress(args[0]).Hex(), ev.Subject)
			return nil
		},
	}
	cmd.Flags().BoolVar(&sign, "sign", false, "sign the binding with ADDRESS's account in the keystore")
	cmd.Flags().StringVar(&keystore, "keystore", "", "keystore directory (default home/keystore)")
	cmd.Flags().StringVar(&passwordFile, "password-file", "", "read the account's password from the first line of this file")
	return cmd
}
