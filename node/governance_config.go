package node

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/x0tta6bl4/westworld/chain"
)

// GovernanceConfig is the `governance:` section: whether this node relays gasless ballots.
type GovernanceConfig struct {
	Relay RelayConfig `yaml:"relay"`
}

// RelayConfig makes the node submit gossiped ballots on chain (castVoteBySig), paying gas
// from a keystore account. On the dev chain the node relays with a dev account regardless.
type RelayConfig struct {
	Enabled bool `yaml:"enabled"`
	// Account is the keystore address that pays; empty: the keystore's only account.
	Account string `yaml:"account"`
	// PasswordFile holds the account's password on its first line; relative to the home.
	PasswordFile string `yaml:"password_file"`
}

func defaultGovernanceConfig() GovernanceConfig { return GovernanceConfig{} }

func (c GovernanceConfig) validate(fail func(path, format string, args ...any) error) error {
	r := c.Relay
	if r.Account != "" && !common.IsHexAddress(r.Account) {
		return fail("governance.relay.account", "governance.relay.account %q is not an address", r.Account)
	}
	if r.Enabled && r.PasswordFile == "" {
		return fail("governance.relay.enabled", "governance.relay: enabled needs password_file (the relay account's password)")
	}
	return nil
}

// relaySigner unlocks the relay account: a dev account on the dev chain, else the configured
// keystore account; nil when the node does not relay.
func (c Config) relaySigner() (*chain.Signer, error) {
	if c.Chain.Dev.Enabled {
		return chain.NewSigner(chain.DevAccountKey(0)), nil
	}
	r := c.Governance.Relay
	if !r.Enabled {
		return nil, nil
	}
	if !c.Chain.Enabled() {
		return nil, errors.New("governance.relay is enabled but the node follows no chain (chain.rpc)")
	}
	w, err := chain.OpenWallet(chain.WalletConfig{Dir: filepath.Join(c.Home, "keystore")})
	if err != nil {
		return nil, fmt.Errorf("relay wallet: %w", err)
	}
	var addr common.Address
	if r.Account != "" {
		addr = common.HexToAddress(r.Account)
	}
	acc, err := w.Default(addr)
	if err != nil {
		return nil, fmt.Errorf("relay account: %w", err)
	}
	pf := r.PasswordFile
	if !filepath.IsAbs(pf) {
		pf = filepath.Join(c.Home, pf)
	}
	raw, err := os.ReadFile(pf)
	if err != nil {
		return nil, fmt.Errorf("relay password file: %w", err)
	}
	pw, _, _ := strings.Cut(string(raw), "\n")
	s, err := w.Unlock(acc.Address, strings.TrimRight(pw, "\r"))
	if err != nil {
		return nil, fmt.Errorf("relay account %s: %w", acc.Address.Hex(), err)
	}
	return s, nil
}

const governanceConfigTemplate = `
governance:
  relay:
    # Submit the gasless ballots gossiped on westworld/ballots/1 on chain
    # (castVoteBySig), each once, paying gas from a keystore account. A node
    # that does not relay still checks ballots and forwards them. On the dev
    # chain the node relays with a dev account regardless.
    enabled: {{.Governance.Relay.Enabled}}
    # Keystore address that pays (empty: the keystore's only account).
    account: "{{.Governance.Relay.Account}}"
    # First line: the account's password. Relative to the home.
    password_file: "{{.Governance.Relay.PasswordFile}}"
`
