package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/node/governance"
)

// txFlags are the flags of every command that sends a transaction.
type txFlags struct {
	rpc, deployment, keystore, account, passwordFile string
}

func (f *txFlags) add(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.rpc, "rpc", "", "send through this JSON-RPC URL (default: the one the daemon follows)")
	fl.StringVar(&f.deployment, "deployment", "", "deployment file with --rpc (default home/deployment.json)")
	fl.StringVar(&f.keystore, "keystore", "", "keystore directory (default home/keystore)")
	fl.StringVar(&f.account, "account", "", "account to sign with (default: the keystore's only account)")
	fl.StringVar(&f.passwordFile, "password-file", "", "read the account's password from the first line of this file")
}

// govSession is an unlocked account on the chain the daemon follows (or --rpc).
type govSession struct {
	c      *chain.Client
	d      *contracts.Deployment
	signer *chain.Signer
}

func (s *govSession) Close() {
	s.signer.Forget()
	s.c.Close()
}

func (s *govSession) auth() *bind.TransactOpts { return s.signer.TransactOpts(s.d.ChainID) }

// governanceInfo asks the daemon which chain it follows.
func (g *globals) governanceInfo(ctx context.Context) (governance.Info, error) {
	var info governance.Info
	c, err := g.client()
	if err != nil {
		return info, err
	}
	if err := c.Do(ctx, http.MethodGet, "/v1/governance", nil, &info); err != nil {
		var he *api.HTTPError
		if errors.Is(err, api.ErrNoDaemon) || errors.As(err, &he) && he.Code == http.StatusNotFound {
			return info, errors.New("no daemon is running to ask for the chain; start one or give --rpc URL")
		}
		return info, err
	}
	return info, nil
}

// dialGov connects to the chain (--rpc, else the daemon's) with its deployment.
func (g *globals) dialGov(cmd *cobra.Command, f *txFlags) (*chain.Client, *contracts.Deployment, error) {
	if f.rpc != "" {
		return g.dialWithDeployment(cmd, f.rpc, f.deployment, true)
	}
	info, err := g.governanceInfo(cmd.Context())
	if err != nil {
		return nil, nil, err
	}
	if !info.Chain || info.RPC == "" || info.Deployment == nil {
		return nil, nil, errors.New("the daemon follows no chain (set chain.rpc or run it with --dev), or give --rpc URL")
	}
	c, err := chain.Dial(cmd.Context(), info.RPC, chain.WithDeployment(info.Deployment))
	if err != nil {
		return nil, nil, err
	}
	return c, info.Deployment, nil
}

// session dials and unlocks the signing account.
func (g *globals) session(cmd *cobra.Command, f *txFlags) (*govSession, error) {
	c, d, err := g.dialGov(cmd, f)
	if err != nil {
		return nil, err
	}
	signer, err := g.unlockSigner(cmd, f.keystore, f.account, f.passwordFile)
	if err != nil {
		c.Close()
		return nil, err
	}
	return &govSession{c: c, d: d, signer: signer}, nil
}

// needGas fails in one line when the account cannot pay for a transaction at all.
func (s *govSession) needGas(ctx context.Context, gas uint64) error {
	_, err := s.c.CheckFunds(ctx, s.signer.Address(), gas, nil)
	return err
}

// mined waits for tx and fails unless it succeeded.
func (s *govSession) mined(cmd *cobra.Command, what string, tx *types.Transaction) (*types.Receipt, error) {
	if term.IsTerminal(int(os.Stderr.Fd())) {
		fmt.Fprintf(cmd.ErrOrStderr(), "%s: sent %s, waiting for it to be mined...\n", what, tx.Hash().Hex())
	}
	ctx, cancel := context.WithTimeout(cmd.Context(), 5*time.Minute)
	defer cancel()
	r, err := contracts.WaitMined(ctx, s.c, tx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("%s: transaction %s reverted", what, tx.Hash().Hex())
	}
	return r, nil
}

// txError turns a failed send into one line a voter understands.
func txError(what string, err error) error {
	var re *contracts.RevertError
	switch {
	case errors.Is(err, chain.ErrInsufficientFunds), strings.Contains(err.Error(), "insufficient funds"):
		return fmt.Errorf("%s: the account has not enough ETH to pay for gas", what)
	case errors.As(contracts.DecodeRevert(err), &re):
		switch re.Name {
		case "GovernorAlreadyCastVote":
			return fmt.Errorf("%s: already voted", what)
		case "GovernorUnexpectedProposalState":
			return fmt.Errorf("%s: the proposal is not in a state that allows this (%v)", what, re.Args)
		case "GovernorInsufficientProposerVotes":
			return fmt.Errorf("%s: not enough voting power to propose (delegate first: westworld delegate)", what)
		case "TimelockUnexpectedOperationState":
			return fmt.Errorf("%s: the timelock delay has not passed yet", what)
		case "GovernorNonexistentProposal":
			return fmt.Errorf("%s: unknown proposal", what)
		}
		return fmt.Errorf("%s: reverted with %s%v", what, re.Name, re.Args)
	}
	return fmt.Errorf("%s: %w", what, err)
}

// lookupProposal resolves a user's proposal reference through the daemon's index.
func (g *globals) lookupProposal(ctx context.Context, ref string) (governance.ProposalDetail, error) {
	var p governance.ProposalDetail
	c, err := g.client()
	if err != nil {
		return p, err
	}
	if err := c.Do(ctx, http.MethodGet, "/v1/proposals/"+ref, nil, &p); err != nil {
		var he *api.HTTPError
		if errors.As(err, &he) && he.Code == http.StatusNotFound {
			return p, fmt.Errorf("unknown proposal %s (not in the daemon's index)", ref)
		}
		return p, err
	}
	id, ok := new(big.Int).SetString(strings.TrimPrefix(p.IDHex, "0x"), 16)
	if !ok {
		return p, fmt.Errorf("daemon returned a bad proposal ID %q", p.IDHex)
	}
	p.ID = id
	st, err := parseState(p.StateName)
	if err != nil {
		return p, err
	}
	p.State = st
	return p, nil
}

func parseState(name string) (contracts.ProposalState, error) {
	for s := contracts.StatePending; s <= contracts.StateExecuted; s++ {
		if s.String() == name {
			return s, nil
		}
	}
	return 0, fmt.Errorf("unknown proposal state %q", name)
}

// contractProposal rebuilds what queue and execute send from the indexed proposal.
func contractProposal(p governance.ProposalDetail) contracts.Proposal {
	cds := make([][]byte, len(p.Calldatas))
	for i, c := range p.Calldatas {
		cds[i] = c
	}
	return contracts.Proposal{Kind: p.Kind, Governor: p.Governor, Targets: p.Targets, Values: p.Values,
		Calldatas: cds, Description: p.Description}
}

func delegateCmd(g *globals) *cobra.Command {
	var f txFlags
	cmd := &cobra.Command{
		Use:   "delegate [ADDRESS]",
		Short: "Delegate your WEST voting power (to yourself by default)",
		Long: `delegate makes ADDRESS (default: your own account) vote with your tokens.
Tokens count in votes only once delegated, and only from the block after the
delegation: delegate before a proposal's snapshot to vote on it.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := g.session(cmd, &f)
			if err != nil {
				return err
			}
			defer s.Close()
			to := s.signer.Address()
			if len(args) == 1 {
				if !common.IsHexAddress(args[0]) {
					return fmt.Errorf("%q is not an address", args[0])
				}
				to = common.HexToAddress(args[0])
			}
			ctx := cmd.Context()
			tok := contracts.NewToken(s.d.Token, s.c)
			bal, err := tok.Balance(ctx, s.signer.Address())
			if err != nil {
				return err
			}
			if bal.Sign() == 0 {
				return fmt.Errorf("account %s holds no WEST to delegate", s.signer.Address().Hex())
			}
			if err := s.needGas(ctx, 120_000); err != nil {
				return err
			}
			tx, err := tok.Delegate(ctx, s.auth(), to)
			if err != nil {
				return txError("delegate", err)
			}
			r, err := s.mined(cmd, "delegate", tx)
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, map[string]any{"delegatee": to, "tx": tx.Hash(), "block": r.BlockNumber, "balance": bal.String()})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "delegated %s WEST of %s to %s (block %s)\n", chain.FormatEther(bal),
				s.signer.Address().Hex(), to.Hex(), r.BlockNumber)
			return nil
		},
	}
	f.add(cmd)
	return cmd
}
