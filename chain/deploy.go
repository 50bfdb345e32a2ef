package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/x0tta6bl4/westworld/contracts"
)

// DeployGas bounds the gas of the whole contract set's deployment without genesis guardians or
// charter: measured at 18.2 million (TestDeployGasBound) plus headroom. It is used to tell an
// unfunded deployer so before the first transaction.
const DeployGas = 21_000_000

// DeployGasFor is DeployGas plus the storage a genesis guardian set and charter take (measured:
// about 335,000 gas per guardian and 1.1 million for a charter with a 128-byte CID).
func DeployGasFor(p contracts.Params) uint64 {
	g := uint64(DeployGas) + 400_000*uint64(len(p.Guardians))
	if p.GenesisCharter != nil {
		g += 1_500_000
	}
	return g
}

// DeployConfig configures Deploy.
type DeployConfig struct {
	// Params are the governance parameters (contracts.PublicParams for a public chain).
	Params contracts.Params
	// Out is where the deployment file is written ("" to not write one).
	Out string
	// Force overwrites an existing Out.
	Force  bool
	Logger *slog.Logger
}

// Deploy deploys the contract set through c, paid by s, and writes the deployment file. It is
// the path of both `westworld chain deploy` and the dev chain. Everything that can be checked
// before spending gas is: the params, that Out may be written (and does not exist unless Force),
// and that the deployer can pay for DeployGas at the current fee cap.
func Deploy(ctx context.Context, c *Client, s *Signer, cfg DeployConfig) (*contracts.Deployment, error) {
	if err := cfg.Params.Validate(); err != nil {
		return nil, err
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	if cfg.Out != "" {
		if _, err := os.Stat(cfg.Out); err == nil && !cfg.Force {
			return nil, fmt.Errorf("%w: %s (pass --force to replace it)", ErrDeploymentExists, cfg.Out)
		} else if err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("deployment file: %w", err)
		}
		if err := checkWritable(filepath.Dir(cfg.Out)); err != nil {
			return nil, fmt.Errorf("deployment file %s: %w", cfg.Out, err)
		}
	}
	if _, err := c.CheckFunds(ctx, s.Address(), DeployGasFor(cfg.Params), nil); err != nil {
		return nil, fmt.Errorf("deployer: %w", err)
	}
	d, err := contracts.Deploy(ctx, c, s.TransactOpts(c.Chain()), cfg.Params)
	if err != nil {
		return nil, fmt.Errorf("deploy contracts: %w", err)
	}
	if cfg.Out != "" {
		if err := d.Save(cfg.Out); err != nil {
			// The contracts exist now; say where, so the file can be written by hand.
			log.Error("contracts deployed but the deployment file could not be written",
				"governor", d.Governor, "token", d.Token, "start_block", d.StartBlock, "err", err)
			return d, fmt.Errorf("contracts deployed (governor %s, start block %d) but %w", d.Governor.Hex(), d.StartBlock, err)
		}
	}
	log.Info("deployment written", "path", cfg.Out, "chain_id", d.ChainID, "governor", d.Governor)
	return d, nil
}

// checkWritable fails unless a file can be created in dir.
func checkWritable(dir string) error {
	f, err := os.CreateTemp(dir, ".westworld-write-check-*")
	if err != nil {
		return err
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}
