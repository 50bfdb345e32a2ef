package main

import (
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node/charter"
	"github.com/x0tta6bl4/westworld/node/governance"
)

func proposalCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "proposal",
		Short: "List, show, create, queue and execute governance proposals",
		Long: `proposal reads proposals from the daemon's chain index and sends governance
transactions from your wallet through the chain the daemon follows (or --rpc).
Proposal IDs may be given in full (0x + 64 hex digits, or decimal) or as any
unique prefix of 4+ hex digits, such as the 8-digit short ID "list" shows.`,
	}
	cmd.AddCommand(proposalListCmd(g), proposalShowCmd(g), proposalCreateCmd(g), proposalStepCmd(g, "queue"), proposalStepCmd(g, "execute"))
	return cmd
}

func tokens(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return chain.FormatEther(v)
}

func firstLine(s string, n int) string {
	s, _, _ = strings.Cut(s, "\n")
	if len(s) > n {
		s = s[:n-1] + "…"
	}
	return s
}

func proposalListCmd(g *globals) *cobra.Command {
	var limit int
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List proposals, newest first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			var out governance.ProposalList
			if err := c.Do(cmd.Context(), http.MethodGet, fmt.Sprintf("/v1/proposals?limit=%d", limit), nil, &out); err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, out)
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			if len(out.Proposals) == 0 && len(out.Unverified) == 0 {
				fmt.Fprintln(w, "no proposals")
				return w.Flush()
			}
			fmt.Fprintln(w, "ID\tSTATE\tKIND\tFOR\tAGAINST\tABSTAIN\tDESCRIPTION")
			for _, p := range out.Proposals {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p.ShortID, p.StateName, p.Kind, tokens(p.Tally.For),
					tokens(p.Tally.Against), tokens(p.Tally.Abstain), firstLine(p.Description, 60))
			}
			for _, u := range out.Unverified {
				fmt.Fprintf(w, "%s\t%s (unverified)\t%s\t\t\t\t%s\n", u.ShortID, u.State, u.Kind, firstLine(u.Description, 60))
			}
			return w.Flush()
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 50, "show at most this many")
	return cmd
}

func proposalShowCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "show ID",
		Short: "Show a proposal: state, tally, actions and votes",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := g.lookupProposal(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, p)
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintf(w, "id:\t%s (%s)\n", p.IDHex, p.ShortID)
			fmt.Fprintf(w, "state:\t%s\n", p.StateName)
			fmt.Fprintf(w, "kind:\t%s\n", p.Kind)
			fmt.Fprintf(w, "governor:\t%s\n", p.Governor.Hex())
			fmt.Fprintf(w, "proposer:\t%s\n", p.Proposer.Hex())
			fmt.Fprintf(w, "voting:\tblocks %d..%d (index at block %d)\n", p.VoteStart+1, p.VoteEnd, p.AsOfBlock)
			fmt.Fprintf(w, "tally:\tfor %s, against %s, abstain %s WEST (%d voters)\n", tokens(p.Tally.For), tokens(p.Tally.Against), tokens(p.Tally.Abstain), p.Voters)
			if p.Quorum != nil {
				fmt.Fprintf(w, "quorum:\t%s WEST\n", tokens(p.Quorum))
			}
			if p.ETA != nil {
				fmt.Fprintf(w, "executable after:\t%s\n", p.ETA.Format(time.RFC3339))
			}
			for i, t := range p.Targets {
				cd := ""
				if i < len(p.Calldatas) {
					cd = p.Calldatas[i].String()
					if p.Kind == contracts.KindCharterAmendment {
						if v, h, cid, err := governance.DecodeAmendCalldata(p.Calldatas[i]); err == nil {
							cd = fmt.Sprintf("CharterRegistry.amend(version %d, sha256 %s, cid %q)", v, h.Hex(), cid)
						}
					}
				}
				fmt.Fprintf(w, "action %d:\t%s %s\n", i+1, t.Hex(), cd)
			}
			fmt.Fprintf(w, "description:\t%s\n", p.Description)
			for _, v := range p.Votes {
				fmt.Fprintf(w, "vote:\t%s %s (%s WEST)%s\n", v.Voter.Hex(), v.SupportName, tokens(v.Weight), map[bool]string{true: ": " + v.Reason}[v.Reason != ""])
			}
			return w.Flush()
		},
	}
}

func proposalCreateCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "create",
		Short: "Create a proposal",
	}
	cmd.AddCommand(proposalCreateCharterCmd(g))
	return cmd
}

func proposalCreateCharterCmd(g *globals) *cobra.Command {
	var (
		f                 txFlags
		file, description string
	)
	cmd := &cobra.Command{
		Use:   "charter --file FILE --description TEXT",
		Short: "Propose a new charter",
		Long: `charter proposes CharterRegistry.amend with the file's version, SHA-256 and
IPFS CID. The daemon stores the document in its IPFS and announces it on
westworld/charter/1 once the proposal is on chain, so every node has it before
the vote ends; if the proposal is executed, every node activates it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if file == "" || strings.TrimSpace(description) == "" {
				return errors.New("--file and --description are required")
			}
			doc, err := os.ReadFile(file)
			if err != nil {
				return err
			}
			ch, err := charter.Parse(file, doc)
			if err != nil {
				return err
			}
			s, err := g.session(cmd, &f)
			if err != nil {
				return err
			}
			defer s.Close()
			ctx := cmd.Context()
			// The registry takes only a higher version: refuse now rather than after the vote.
			if cur, ok, err := contracts.NewRegistries(s.d, s.c).Charter(ctx); err != nil {
				return err
			} else if ok && uint64(ch.Version()) <= cur.Version {
				return fmt.Errorf("%s is charter version %d; the adopted charter is version %d, so the new one must be higher", file, ch.Version(), cur.Version)
			}
			if err := s.needGas(ctx, 400_000); err != nil {
				return err
			}
			c, err := g.client()
			if err != nil {
				return err
			}
			var draft governance.Draft
			if err := c.Do(ctx, http.MethodPost, "/v1/proposals/charter", governance.CharterDraftRequest{Document: doc}, &draft); err != nil {
				return fmt.Errorf("hand the charter to the daemon: %w", err)
			}
			p, err := s.d.CharterAmendment(draft.Version, draft.SHA256, draft.CID, description)
			if err != nil {
				return err
			}
			tx, err := contracts.NewGovernor(s.d.Governor, s.c).Propose(ctx, s.auth(), p)
			if err != nil {
				return txError("propose", err)
			}
			r, err := s.mined(cmd, "propose", tx)
			if err != nil {
				return err
			}
			id := p.ID()
			if g.json {
				return printJSON(cmd, map[string]any{"id": chain.ProposalHex(id), "short_id": chain.ShortID(id), "tx": tx.Hash(),
					"block": r.BlockNumber, "charter": draft})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "proposed charter v%d (sha256 %s, cid %s)\nproposal %s\n  %s\n", draft.Version,
				draft.SHA256.Hex(), draft.CID, chain.ShortID(id), chain.ProposalHex(id))
			return nil
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&file, "file", "", "the charter YAML to propose")
	cmd.Flags().StringVar(&description, "description", "", "what the change is and why (stored on chain)")
	return cmd
}

// proposalStepCmd is queue or execute.
func proposalStepCmd(g *globals, step string) *cobra.Command {
	var f txFlags
	short := map[string]string{"queue": "Queue a succeeded proposal in the timelock", "execute": "Execute a queued proposal once the timelock allows"}[step]
	cmd := &cobra.Command{
		Use:   step + " ID",
		Short: short,
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			p, err := g.lookupProposal(ctx, args[0])
			if err != nil {
				return err
			}
			switch {
			case step == "queue" && p.State != contracts.StateSucceeded:
				return fmt.Errorf("proposal %s is %s; only a succeeded proposal can be queued", p.ShortID, p.StateName)
			case step == "execute" && p.State != contracts.StateQueued:
				return fmt.Errorf("proposal %s is %s; only a queued proposal can be executed", p.ShortID, p.StateName)
			}
			s, err := g.session(cmd, &f)
			if err != nil {
				return err
			}
			defer s.Close()
			if step == "execute" && p.ETA != nil {
				// The timelock compares block time, which on a dev chain runs ahead of the wall clock.
				head, err := s.c.HeaderByNumber(ctx, nil)
				if err != nil {
					return fmt.Errorf("read the chain head: %w", err)
				}
				if int64(head.Time) < p.ETA.Unix() {
					return fmt.Errorf("proposal %s is in the timelock until %s (chain time now %s)", p.ShortID,
						p.ETA.UTC().Format(time.RFC3339), time.Unix(int64(head.Time), 0).UTC().Format(time.RFC3339))
				}
			}
			if err := s.needGas(ctx, 300_000); err != nil {
				return err
			}
			gov := contracts.NewGovernor(p.Governor, s.c)
			cp := contractProposal(p)
			var tx *types.Transaction
			if step == "queue" {
				tx, err = gov.Queue(ctx, s.auth(), cp)
			} else {
				tx, err = gov.Execute(ctx, s.auth(), cp)
			}
			if err != nil {
				return txError(step, err)
			}
			r, err := s.mined(cmd, step, tx)
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, map[string]any{"id": p.IDHex, step: true, "tx": tx.Hash(), "block": r.BlockNumber})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s proposal %s (block %s)\n", map[string]string{"queue": "queued", "execute": "executed"}[step], p.ShortID, r.BlockNumber)
			return nil
		},
	}
	f.add(cmd)
	return cmd
}
