package main

import (
	"fmt"
	"net/http"

	"github.com/spf13/cobra"

	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node/governance"
)

func voteCmd(g *globals) *cobra.Command {
	var (
		f       txFlags
		reason  string
		gasless bool
	)
	cmd := &cobra.Command{
		Use:   "vote ID for|against|abstain",
		Short: "Vote on a proposal from your wallet, or gaslessly through the mesh",
		Long: `vote casts your vote with the voting power delegated to your account at the
proposal's snapshot. It sends the transaction from your account, or with
--gasless signs an EIP-712 ballot and hands it to the daemon, which gossips it
on westworld/ballots/1; a relay node submits it on chain once and pays the gas
(the reason is not part of a gasless ballot).`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			support, err := contracts.ParseSupport(args[1])
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			p, err := g.lookupProposal(ctx, args[0])
			if err != nil {
				return err
			}
			if p.State != contracts.StateActive {
				return fmt.Errorf("voting is not open for proposal %s: it is %s", p.ShortID, p.StateName)
			}
			s, err := g.session(cmd, &f)
			if err != nil {
				return err
			}
			defer s.Close()
			voter := s.signer.Address()
			gov := contracts.NewGovernor(p.Governor, s.c)
			if voted, err := gov.HasVoted(ctx, p.ID, voter); err != nil {
				return err
			} else if voted {
				return fmt.Errorf("%s has already voted on proposal %s", voter.Hex(), p.ShortID)
			}
			power, err := gov.VotesAt(ctx, voter, p.VoteStart)
			if err != nil {
				return err
			}
			if power.Sign() == 0 {
				return fmt.Errorf("%s had no voting power at the proposal's snapshot (block %d): tokens count only once delegated before it (westworld delegate)", voter.Hex(), p.VoteStart)
			}
			if gasless {
				b, dom, err := gov.NewBallot(ctx, p.ID, support, voter)
				if err != nil {
					return err
				}
				sig, err := s.signer.SignBallot(dom, b)
				if err != nil {
					return err
				}
				c, err := g.client()
				if err != nil {
					return err
				}
				var res governance.BallotResult
				if err := c.Do(ctx, http.MethodPost, "/v1/ballots", governance.BallotRequest{Governor: p.Governor, ChainID: s.d.ChainID,
					Ballot: b, Signature: sig}, &res); err != nil {
					return fmt.Errorf("gasless vote: %w", err)
				}
				if g.json {
					return printJSON(cmd, map[string]any{"id": p.IDHex, "support": support.String(), "voter": voter, "power": power.String(),
						"gasless": true, "relay": res.Relay})
				}
				fmt.Fprintf(cmd.OutOrStdout(), "signed a %s ballot on proposal %s for %s (%s WEST) and gossiped it; a relay submits it\n",
					support, p.ShortID, voter.Hex(), tokens(power))
				return nil
			}
			if err := s.needGas(ctx, 150_000); err != nil {
				return err
			}
			tx, err := gov.CastVote(ctx, s.auth(), p.ID, support, reason)
			if err != nil {
				return txError("vote", err)
			}
			r, err := s.mined(cmd, "vote", tx)
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, map[string]any{"id": p.IDHex, "support": support.String(), "voter": voter, "power": power.String(),
					"tx": tx.Hash(), "block": r.BlockNumber})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "voted %s on proposal %s with %s WEST (block %s)\n", support, p.ShortID, tokens(power), r.BlockNumber)
			return nil
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&reason, "reason", "", "why (stored on chain with the vote)")
	cmd.Flags().BoolVar(&gasless, "gasless", false, "sign a ballot and let a relay node pay the gas")
	return cmd
}
