package chain

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/contracts/bindings/westtoken"
)

func ethCall(from, to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data}
}

func TestDialErrors(t *testing.T) {
	ctx := context.Background()
	for _, bad := range []string{"ftp://host", "localhost:8545", "", "http://"} {
		if _, err := Dial(ctx, bad); !errors.Is(err, ErrBadURL) {
			t.Errorf("Dial(%q): %v", bad, err)
		}
	}
	_, err := Dial(ctx, "http://127.0.0.1:1/v3/SECRETKEY", WithDialTimeout(2*time.Second))
	if !errors.Is(err, ErrUnreachable) || strings.Contains(err.Error(), "SECRET") || strings.Contains(err.Error(), "\n") {
		t.Errorf("unreachable: %v", err)
	}
	_, err = Dial(ctx, "ws://127.0.0.1:1", WithDialTimeout(2*time.Second))
	if !errors.Is(err, ErrUnreachable) {
		t.Errorf("unreachable ws: %v", err)
	}
}

// TestClientOnDevChain checks the client against the real dev chain: chain ID checks, the funds
// check, reverts decoded before sending, batched headers, WebSocket.
func TestClientOnDevChain(t *testing.T) {
	ctx := context.Background()
	h := newDevHome(t)
	h.cfg.OnDemand = true
	dc, _ := startDevChain(t, h.cfg)
	dep := dc.Deployment()

	if _, err := Dial(ctx, dc.HTTPEndpoint(), WithChainID(5)); !errors.Is(err, ErrWrongChain) ||
		!strings.Contains(err.Error(), "serves chain 1337") {
		t.Fatalf("wrong chain: %v", err)
	}
	c, err := Dial(ctx, dc.HTTPEndpoint(), WithDeployment(dep))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if c.Chain() != DevChainID || !strings.HasPrefix(c.URL(), "http://127.0.0.1:") {
		t.Fatalf("client chain %d url %s", c.Chain(), c.URL())
	}

	// An account without ether is told so in one line before anything is sent.
	poor := crypto.PubkeyToAddress(testKey(77).PublicKey)
	_, err = c.CheckFunds(ctx, poor, 100_000, nil)
	if !errors.Is(err, ErrInsufficientFunds) || !strings.Contains(err.Error(), "has 0 ETH") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("unfunded: %v", err)
	}
	rich := dc.Accounts()[1].Address
	cost, err := c.CheckFunds(ctx, rich, 100_000, big.NewInt(1))
	if err != nil || cost.Total.Cmp(new(big.Int).Add(new(big.Int).Mul(big.NewInt(100_000), cost.FeeCap), big.NewInt(1))) != 0 {
		t.Fatalf("funded: %+v, %v", cost, err)
	}
	// A vote on a proposal that does not exist reverts in the estimate, decoded.
	gov := contracts.NewGovernor(dep.Governor, c)
	_, err = gov.CastVote(ctx, NewSigner(dc.Accounts()[1].Key).TransactOpts(DevChainID), big.NewInt(12345), contracts.SupportFor, "")
	if !contracts.IsRevert(err, "GovernorNonexistentProposal") {
		t.Fatalf("vote on a missing proposal: %v", err)
	}
	// The gas estimate carries the margin.
	raw, err := c.Client.EstimateGas(ctx, ethCall(rich, dep.Token, westtoken.NewWestToken().PackDelegate(rich)))
	if err != nil {
		t.Fatal(err)
	}
	withM, err := c.EstimateGas(ctx, ethCall(rich, dep.Token, westtoken.NewWestToken().PackDelegate(rich)))
	if err != nil || withM != raw+raw/4+20_000 {
		t.Fatalf("estimate %d with margin %d (%v)", raw, withM, err)
	}

	head, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	hs, err := c.HeadersByNumber(ctx, []uint64{0, 1, head})
	if err != nil || len(hs) != 3 {
		t.Fatalf("batch headers: %v", err)
	}
	one, _ := c.HeaderByNumber(ctx, big.NewInt(1))
	if hs[1].Hash() != one.Hash() || hs[2].Number.Uint64() != head {
		t.Fatal("batched headers differ from single ones")
	}
	if _, err := c.HeadersByNumber(ctx, []uint64{head + 1000}); err == nil {
		t.Fatal("a missing header in a batch is not an error")
	}

	// WebSocket on the same port.
	ws, err := Dial(ctx, dc.WSEndpoint(), WithDeployment(dep))
	if err != nil {
		t.Fatalf("ws: %v", err)
	}
	defer ws.Close()
	if n, err := ws.BlockNumber(ctx); err != nil || n < head {
		t.Fatalf("ws block number %d, %v", n, err)
	}

	// Status read straight from the RPC.
	cs, err := ReadChainStatus(ctx, c, dep)
	if err != nil || !cs.Deployed || cs.ChainID != DevChainID || cs.Head < head {
		t.Fatalf("chain status %+v, %v", cs, err)
	}
	// The dev chain adopts the nodes' default charter at deployment.
	if want := DefaultCharterRecord(); cs.Charter == nil || cs.Charter.Version != want.Version || cs.Charter.DocumentHash != want.DocumentHash {
		t.Fatalf("genesis charter %+v, want %+v", cs.Charter, want)
	}
	bal, err := ReadBalance(ctx, c, dep, rich)
	if err != nil || bal.Votes.Sign() <= 0 || bal.Tokens.Cmp(bal.Votes) != 0 || bal.Ether.Sign() <= 0 {
		t.Fatalf("balance %+v, %v", bal, err)
	}
}

// TestDeployToRPC deploys through Deploy to a bare dev chain, as `westworld chain deploy` does.
func TestDeployToRPC(t *testing.T) {
	ctx := context.Background()
	h := newDevHome(t)
	h.cfg.NoDeploy = true
	h.cfg.OnDemand = true
	dc, _ := startDevChain(t, h.cfg)
	c, err := Dial(ctx, dc.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	out := filepath.Join(t.TempDir(), "deployment.json")

	// An unfunded deployer is refused before any transaction.
	poor := NewSigner(testKey(78))
	if _, err := Deploy(ctx, c, poor, DeployConfig{Params: contracts.PublicParams(), Out: out}); !errors.Is(err, ErrInsufficientFunds) {
		t.Fatalf("unfunded deploy: %v", err)
	}
	if n, _ := c.NonceAt(ctx, poor.Address(), nil); n != 0 || exists(out) {
		t.Fatalf("an unfunded deploy sent %d transactions or wrote a file", n)
	}
	bad := contracts.PublicParams()
	bad.QuorumPercent = 0
	if _, err := Deploy(ctx, c, NewSigner(dc.Accounts()[0].Key), DeployConfig{Params: bad, Out: out}); !errors.Is(err, contracts.ErrInvalidParams) {
		t.Fatalf("bad params: %v", err)
	}

	d, err := Deploy(ctx, c, NewSigner(dc.Accounts()[0].Key), DeployConfig{Params: contracts.PublicParams(), Out: out})
	if err != nil {
		t.Fatal(err)
	}
	saved, err := contracts.Load(out)
	if err != nil || saved.Governor != d.Governor || saved.Params.VotingPeriod != 50400 {
		t.Fatalf("saved deployment %+v, %v", saved, err)
	}
	if err := contracts.CheckRoles(ctx, c, d); err != nil {
		t.Fatal(err)
	}
	// A second deploy does not overwrite the file unless forced.
	before, _ := os.ReadFile(out)
	if _, err := Deploy(ctx, c, NewSigner(dc.Accounts()[0].Key), DeployConfig{Params: contracts.DevParams(), Out: out}); !errors.Is(err, ErrDeploymentExists) {
		t.Fatalf("overwrite: %v", err)
	}
	if after, _ := os.ReadFile(out); string(after) != string(before) {
		t.Fatal("the deployment file changed")
	}
}
