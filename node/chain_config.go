package node

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/x0tta6bl4/westworld/chain"
)

// ChainConfig is the node's connection to the governance contracts.
type ChainConfig struct {
	// RPC is the JSON-RPC endpoint (http, https, ws, wss). Empty: no chain,
	// unless Dev is enabled.
	RPC string `yaml:"rpc"`
	// Deployment is the deployment file (contract addresses, chain ID, start
	// block); relative paths are in the home.
	Deployment string `yaml:"deployment"`
	// Confirmations is how deep a block must be before its events count.
	Confirmations int `yaml:"confirmations"`
	// PollInterval is how often the endpoint is asked for new blocks when it
	// does not push them.
	PollInterval string `yaml:"poll_interval"`
	// Dev runs go-ethereum's dev chain inside the node.
	Dev DevChainConfig `yaml:"dev"`
}

// DevChainConfig configures the embedded dev chain (`westworld daemon --dev`).
type DevChainConfig struct {
	Enabled bool `yaml:"enabled"`
	// Period is the block period.
	Period string `yaml:"period"`
	// HTTPPort is the loopback JSON-RPC port; 0 picks a free one.
	HTTPPort int `yaml:"http_port"`
}

func defaultChainConfig() ChainConfig {
	return ChainConfig{
		Deployment:    "deployment.json",
		Confirmations: 2,
		PollInterval:  "2s",
		Dev:           DevChainConfig{Period: "1s", HTTPPort: 8545},
	}
}

func (c ChainConfig) validate(fail func(path, format string, args ...any) error) error {
	if c.RPC != "" {
		if err := chain.CheckURL(c.RPC); err != nil {
			return fail("chain.rpc", "chain.rpc: %v", err)
		}
	}
	if c.RPC != "" && c.Dev.Enabled {
		return fail("chain.dev.enabled", "chain: dev.enabled runs its own chain; leave chain.rpc empty")
	}
	if c.Deployment == "" {
		return fail("chain.deployment", "chain.deployment is empty")
	}
	if c.Confirmations < 0 || c.Confirmations > 1000 {
		return fail("chain.confirmations", "chain.confirmations %d is outside 0..1000", c.Confirmations)
	}
	for _, d := range []struct{ path, val string }{
		{"chain.poll_interval", c.PollInterval}, {"chain.dev.period", c.Dev.Period},
	} {
		v, err := time.ParseDuration(d.val)
		if err != nil {
			return fail(d.path, "%s: %q is not a duration (examples: 500ms, 2s)", d.path, d.val)
		}
		if v < 50*time.Millisecond || v > time.Hour {
			return fail(d.path, "%s: %s is outside 50ms..1h", d.path, v)
		}
	}
	if c.Dev.HTTPPort < 0 || c.Dev.HTTPPort > 65535 {
		return fail("chain.dev.http_port", "chain.dev.http_port %d is not a port", c.Dev.HTTPPort)
	}
	return nil
}

// Enabled reports whether the node follows a chain.
func (c ChainConfig) Enabled() bool { return c.RPC != "" || c.Dev.Enabled }

// DeploymentPath is the deployment file's absolute path.
func (c Config) DeploymentPath() string {
	if filepath.IsAbs(c.Chain.Deployment) {
		return c.Chain.Deployment
	}
	return filepath.Join(c.Home, c.Chain.Deployment)
}

func (c ChainConfig) String() string {
	if c.Dev.Enabled {
		return fmt.Sprintf("dev chain (period %s)", c.Dev.Period)
	}
	return chain.RedactURL(c.RPC)
}

const chainConfigTemplate = `
chain:
  # The JSON-RPC endpoint of the chain the governance contracts live on
  # (http, https, ws or wss). Empty: this node does not follow governance
  # itself; it still relays what others gossip, marked unverified.
  rpc: "{{.Chain.RPC}}"
  # Contract addresses, chain ID and start block ("westworld chain deploy"
  # writes it; copy the network's file here). Relative to the home.
  deployment: {{.Chain.Deployment}}
  # Blocks an event must be buried under before the node acts on it.
  confirmations: {{.Chain.Confirmations}}
  # How often to ask for new blocks when the endpoint does not push them.
  poll_interval: {{.Chain.PollInterval}}
  dev:
    # Run go-ethereum's dev chain (what "geth --dev" runs) inside the node,
    # with the contracts deployed and dev accounts funded on first start
    # ("westworld daemon --dev" turns this on). Never for real value.
    enabled: {{.Chain.Dev.Enabled}}
    period: {{.Chain.Dev.Period}}
    # Loopback JSON-RPC port of the dev chain; 0 picks a free one.
    http_port: {{.Chain.Dev.HTTPPort}}
`
