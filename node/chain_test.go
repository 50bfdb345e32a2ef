package node

import (
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/node/api"
)

// devChain starts a dev chain in a temporary directory with 250 ms blocks (governance counts
// votes in blocks, so tests need blocks to keep coming) and closes it at the end of the test.
func devChain(t testing.TB) *chain.DevChain {
	return devChainWith(t, func(c *chain.DevChainConfig) { c.Period = 250 * time.Millisecond })
}

// devChainWith is devChain with the config edited by edit (period, accounts, params).
func devChainWith(t testing.TB, edit func(*chain.DevChainConfig)) *chain.DevChain {
	t.Helper()
	cfg := chain.DevHomeConfig(t.TempDir())
	cfg.HTTPPort = 0
	cfg.Logger = testLogger(t).With("component", "devchain")
	if edit != nil {
		edit(&cfg)
	}
	dc, err := chain.NewDevChain(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := dc.Start(context.Background()); err != nil {
		t.Fatalf("start dev chain: %v", err)
	}
	t.Cleanup(func() { dc.Close() })
	return dc
}

// withChain points a test node's config at dc: its RPC and its deployment file, acting on
// events as soon as they are in a block.
func withChain(cfg *Config, dc *chain.DevChain) {
	cfg.Chain.RPC = dc.HTTPEndpoint()
	path := filepath.Join(cfg.Home, "deployment.json")
	if err := dc.Deployment().Save(path); err != nil {
		panic(err) // a temp dir the test made
	}
	cfg.Chain.Deployment = path
	cfg.Chain.Confirmations = 0
	cfg.Chain.PollInterval = "100ms"
}

func TestChainConfig(t *testing.T) {
	tests := []struct {
		file string
		want string
	}{
		{"chain_good.yaml", ""},
		{"chain_rpc.yaml", `chain_rpc.yaml:2:8: chain.rpc: bad RPC URL: "ftp://example.org/…": scheme "ftp" is not http, https, ws or wss`},
		{"chain_dev_rpc.yaml", `chain_dev_rpc.yaml:4:14: chain: dev.enabled runs its own chain; leave chain.rpc empty`},
		{"chain_poll.yaml", `chain_poll.yaml:3:18: chain.poll_interval: 10ms is outside 50ms..1h`},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "config", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			cfg, err := ParseConfig(tt.file, data)
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if c := cfg.Chain; c.Confirmations != 12 || c.PollInterval != "12s" || c.Deployment != "deployment.json" || !c.Enabled() ||
					strings.Contains(c.String(), "SECRETKEY") {
					t.Fatalf("chain config %+v (%s)", c, c)
				}
				return
			}
			if err == nil || err.Error() != tt.want {
				t.Fatalf("error:\n got %v\nwant %s", err, tt.want)
			}
		})
	}
}

func TestNodeWithoutChain(t *testing.T) {
	n := startNode(t, testConfig(t, t.TempDir(), 0))
	if n.Watcher() != nil || n.proposals != nil {
		t.Fatal("a node without chain config has a watcher")
	}
	var st chain.ChainStatus
	err := adminClient(t, n).Do(context.Background(), http.MethodGet, "/v1/chain/status", nil, &st)
	var he *api.HTTPError
	if !errors.As(err, &he) || he.Code != http.StatusNotFound || !strings.Contains(err.Error(), "follows no chain") {
		t.Fatalf("chain status without chain: %v", err)
	}
}

// TestNodeFollowsChain: a node pointed at a chain indexes the deployment, reports it through
// the API, and gives the capability checker the index for proposal caveats.
func TestNodeFollowsChain(t *testing.T) {
	dc := devChain(t)
	cfg := testConfig(t, t.TempDir(), 0)
	withChain(&cfg, dc)
	n := startNode(t, cfg)
	if n.Watcher() == nil || n.proposals == nil || n.Deployment().Governor != dc.Deployment().Governor {
		t.Fatal("node has no watcher, index or deployment")
	}
	c := adminClient(t, n)
	var st chain.ChainStatus
	eventually(t, 15*time.Second, "watcher synced to the dev chain", func() bool {
		st = chain.ChainStatus{}
		if err := c.Do(context.Background(), http.MethodGet, "/v1/chain/status", nil, &st); err != nil {
			t.Fatal(err)
		}
		return st.Watcher != nil && st.Watcher.Synced && st.Watcher.Cursor >= dc.Deployment().StartBlock
	})
	if st.ChainID != chain.DevChainID || !st.Deployed || st.Charter == nil || st.RPC == "" {
		t.Fatalf("chain status %+v", st)
	}
	// The genesis charter registered at deployment is in the index.
	if st.Charter.Version != 1 {
		t.Fatalf("indexed charter %+v", st.Charter)
	}
}

// TestNodeDevChain: chain.dev.enabled runs the dev chain inside the node, deploys on first
// start into the home and reuses it on the next.
func TestNodeDevChain(t *testing.T) {
	home := t.TempDir()
	cfg := testConfig(t, home, 0)
	cfg.Chain.Dev.Enabled = true
	cfg.Chain.Dev.HTTPPort = 0
	cfg.Chain.Dev.Period = "250ms"
	n := startNode(t, cfg)
	if n.DevChain() == nil || n.Watcher() == nil {
		t.Fatal("dev node has no dev chain or watcher")
	}
	gov := n.Deployment().Governor
	if _, err := os.Stat(filepath.Join(home, "deployment.json")); err != nil {
		t.Fatalf("deployment not written to the home: %v", err)
	}
	if _, err := os.Stat(filepath.Join(home, "keystore")); err != nil {
		t.Fatalf("dev keys not written to the home: %v", err)
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	n2 := startNode(t, cfg)
	if n2.Deployment().Governor != gov || n2.DevChain().Fresh() {
		t.Fatalf("restart did not reuse the dev chain: governor %s -> %s", gov, n2.Deployment().Governor)
	}
}
