package chain

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/x0tta6bl4/westworld/contracts"
)

func TestDevChainStartDeployReuse(t *testing.T) {
	ctx := context.Background()
	h := newDevHome(t)
	h.cfg.Period = 200 * time.Millisecond
	d, took := startDevChain(t, h.cfg)
	t.Logf("cold start with deployment: %s", took)
	if !d.Fresh() {
		t.Fatal("first start did not deploy")
	}
	dep := d.Deployment()
	if !exists(h.cfg.DeploymentPath) {
		t.Fatal("no deployment file written")
	}
	saved, err := contracts.Load(h.cfg.DeploymentPath)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Params.InitialSupply.Cmp(dep.Params.InitialSupply) != 0 || saved.Governor != dep.Governor || saved.ChainID != DevChainID {
		t.Fatalf("saved deployment %+v differs from %+v", saved, dep)
	}

	// A plain ethclient (what any wallet uses) reaches the RPC on loopback.
	url := d.HTTPEndpoint()
	if want := "http://127.0.0.1:"; len(url) < len(want) || url[:len(want)] != want {
		t.Fatalf("RPC at %s, want loopback", url)
	}
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	id, err := ec.ChainID(ctx)
	if err != nil || id.Uint64() != DevChainID {
		t.Fatalf("chain id %v, %v", id, err)
	}
	if err := contracts.CheckRoles(ctx, ec, dep); err != nil {
		t.Fatal(err)
	}
	token := contracts.NewToken(dep.Token, ec)
	share := new(big.Int).Div(dep.Params.InitialSupply, big.NewInt(int64(len(d.Accounts()))))
	for _, a := range d.Accounts() {
		bal, err := ec.BalanceAt(ctx, a.Address, nil)
		if err != nil || bal.Cmp(big.NewInt(1e18)) < 0 {
			t.Fatalf("dev account %s has %v wei (%v)", a.Address, bal, err)
		}
		tb, _ := token.Balance(ctx, a.Address)
		votes, _ := token.Votes(ctx, a.Address)
		if tb.Cmp(share) != 0 || votes.Cmp(share) != 0 {
			t.Fatalf("dev account %s holds %v WEST with %v votes, want %v of both", a.Address, tb, votes, share)
		}
	}
	// Blocks keep coming at the period.
	h0 := d.Head()
	eventually(t, 5*time.Second, "two more blocks", func() bool { return d.Head() >= h0+2 })

	// The dev keys are in the keystore under the documented password.
	w, err := OpenWallet(WalletConfig{Dir: h.cfg.KeystoreDir})
	if err != nil {
		t.Fatal(err)
	}
	accs, err := w.List()
	if err != nil || len(accs) != len(d.Accounts()) {
		t.Fatalf("keystore has %d accounts (%v), want %d", len(accs), err, len(d.Accounts()))
	}
	s, err := w.Unlock(d.Accounts()[1].Address, DevPassword)
	if err != nil {
		t.Fatal(err)
	}
	if s.Address() != d.Accounts()[1].Address {
		t.Fatal("unlocked the wrong key")
	}
	head := d.Head()
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	// Second start: same chain, same deployment, fast.
	d2, took := startDevChain(t, h.cfg)
	t.Logf("warm start: %s", took)
	if d2.Fresh() {
		t.Fatal("second start deployed again")
	}
	if d2.Deployment().Governor != saved.Governor || d2.Deployment().StartBlock != saved.StartBlock {
		t.Fatal("second start has another deployment")
	}
	if d2.Head() < head {
		t.Fatalf("head went from %d to %d across a restart", head, d2.Head())
	}
	// The aim is under 2 s (about 0.3 s on an idle machine); the bound is looser because the
	// test machine's two cores are shared.
	if took > 5*time.Second {
		t.Errorf("warm start took %s, want under 2 s", took)
	}
	ec2, err := ethclient.DialContext(ctx, d2.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer ec2.Close()
	if err := contracts.CheckRoles(ctx, ec2, d2.Deployment()); err != nil {
		t.Fatal(err)
	}
}
