package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
)

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// failsWith runs the CLI expecting a non-zero exit with a one-line error containing want.
func failsWith(t *testing.T, want string, args ...string) {
	t.Helper()
	_, errOut, code := run(t, args...)
	if code == 0 {
		t.Fatalf("westworld %s succeeded, want an error containing %q", strings.Join(args, " "), want)
	}
	msg := strings.TrimRight(errOut, "\n")
	if strings.Contains(msg, "\n") || !strings.Contains(msg, want) {
		t.Fatalf("westworld %s: error %q, want one line containing %q", strings.Join(args, " "), errOut, want)
	}
}

func TestWalletCommands(t *testing.T) {
	home := t.TempDir()
	dir := t.TempDir()
	pw := writeFile(t, dir, "pw", "s3cret\n")
	foobar := writeFile(t, dir, "foobar", "foobar")
	wrong := writeFile(t, dir, "wrong", "nope")

	var created chain.Account
	if err := json.Unmarshal([]byte(mustRun(t, "wallet", "new", "--home", home, "--password-file", pw, "--lightkdf", "--json")), &created); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(filepath.Join(home, "keystore")); err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("keystore mode %v, %v", fi, err)
	}
	gethFile := filepath.Join("..", "..", "chain", "testdata", "gethkeystore", "aaa")
	failsWith(t, "wrong password", "wallet", "import", gethFile, "--home", home, "--password-file", wrong)
	var imported chain.Account
	if err := json.Unmarshal([]byte(mustRun(t, "wallet", "import", gethFile, "--home", home, "--password-file", foobar, "--json")), &imported); err != nil {
		t.Fatal(err)
	}
	if imported.Address != common.HexToAddress("0xf466859ead1932d743d622cb74fc058882e8648a") {
		t.Fatalf("imported %s", imported.Address)
	}
	failsWith(t, "already in the keystore", "wallet", "import", gethFile, "--home", home, "--password-file", foobar)

	key := chain.DevAccountKey(9)
	hexFile := writeFile(t, dir, "key.hex", "0x"+common.Bytes2Hex(crypto.FromECDSA(key))+"\n")
	out := mustRun(t, "wallet", "import", hexFile, "--home", home, "--password-file", pw, "--lightkdf")
	if !strings.Contains(out, crypto.PubkeyToAddress(key.PublicKey).Hex()) {
		t.Fatalf("import hex printed %q", out)
	}
	failsWith(t, "neither a keystore JSON file nor a hex private key", "wallet", "import", writeFile(t, dir, "junk", "hello"), "--home", home, "--password-file", pw)
	// No terminal and no password file: a clear refusal, not a hang.
	failsWith(t, "--password-file", "wallet", "new", "--home", home)

	var list []chain.Account
	if err := json.Unmarshal([]byte(mustRun(t, "wallet", "list", "--home", home, "--json")), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) != 3 {
		t.Fatalf("listed %v", list)
	}
	text := mustRun(t, "wallet", "list", "--home", home)
	for _, a := range []common.Address{created.Address, imported.Address} {
		if !strings.Contains(text, a.Hex()) {
			t.Errorf("list lacks %s:\n%s", a.Hex(), text)
		}
	}
}

func TestChainDeployAndStatusCommands(t *testing.T) {
	ctx := context.Background()
	home := t.TempDir()
	dir := t.TempDir()
	dc, err := chain.NewDevChain(chain.DevChainConfig{Dir: filepath.Join(dir, "devchain"), KeystoreDir: filepath.Join(home, "keystore"),
		NoDeploy: true, OnDemand: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := dc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	rpc := dc.HTTPEndpoint()
	devPW := writeFile(t, dir, "devpw", chain.DevPassword+"\n")
	wrongPW := writeFile(t, dir, "wrongpw", "nope\n")
	deployer := dc.Accounts()[0].Address.Hex()
	deploymentFile := filepath.Join(home, "deployment.json")

	// Several dev accounts in the keystore: the deployer must be named.
	failsWith(t, "--account", "chain", "deploy", "--home", home, "--rpc", rpc, "--password-file", devPW)
	failsWith(t, "wrong password", "chain", "deploy", "--home", home, "--rpc", rpc, "--account", deployer, "--password-file", wrongPW)
	failsWith(t, "unreachable", "chain", "deploy", "--home", home, "--rpc", "http://127.0.0.1:1", "--account", deployer, "--password-file", devPW)
	failsWith(t, "quorum", "chain", "deploy", "--home", home, "--rpc", rpc, "--quorum-percent", "0", "--account", deployer, "--password-file", devPW)

	// An unfunded deployer is told so before anything is sent.
	poorKS := filepath.Join(dir, "poor")
	mustRun(t, "wallet", "new", "--keystore", poorKS, "--password-file", devPW, "--lightkdf")
	poorOut := filepath.Join(dir, "poor.json")
	failsWith(t, "insufficient funds", "chain", "deploy", "--home", home, "--rpc", rpc, "--keystore", poorKS, "--password-file", devPW, "--out", poorOut)
	if _, err := os.Stat(poorOut); err == nil {
		t.Fatal("an unfunded deploy wrote a deployment file")
	}

	var res struct {
		Deployment contracts.Deployment `json:"deployment"`
		File       string               `json:"file"`
	}
	out := mustRun(t, "chain", "deploy", "--home", home, "--rpc", rpc, "--account", deployer, "--password-file", devPW,
		"--dev-params", "--voting-period", "30", "--timelock-delay", "1m", "--json")
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if res.File != deploymentFile || res.Deployment.Params.VotingPeriod != 30 || res.Deployment.Params.TimelockDelay != 60 ||
		res.Deployment.Params.VotingDelay != contracts.DevParams().VotingDelay || res.Deployment.ChainID != chain.DevChainID {
		t.Fatalf("deploy result %+v", res)
	}
	saved, err := contracts.Load(deploymentFile)
	if err != nil || saved.Governor != res.Deployment.Governor {
		t.Fatalf("deployment file: %v", err)
	}
	failsWith(t, "already exists", "chain", "deploy", "--home", home, "--rpc", rpc, "--account", deployer, "--password-file", devPW)

	// Status straight from the RPC (no daemon runs).
	var st chain.ChainStatus
	if err := json.Unmarshal([]byte(mustRun(t, "chain", "status", "--home", home, "--rpc", rpc, "--json")), &st); err != nil {
		t.Fatal(err)
	}
	if st.Source != "rpc" || !st.Deployed || st.ChainID != chain.DevChainID || st.Deployment == nil || st.Deployment.Governor != saved.Governor || st.Head == 0 {
		t.Fatalf("chain status %+v", st)
	}
	text := mustRun(t, "chain", "status", "--home", home, "--rpc", rpc)
	if !strings.Contains(text, saved.Governor.Hex()) || !strings.Contains(text, "deployed, start block") {
		t.Fatalf("chain status:\n%s", text)
	}
	failsWith(t, "--rpc", "chain", "status", "--home", home)
	failsWith(t, "unreachable", "chain", "status", "--home", home, "--rpc", "http://127.0.0.1:1/v3/key")
	other := *saved
	other.ChainID = 5
	otherFile := filepath.Join(dir, "other.json")
	if err := other.Save(otherFile); err != nil {
		t.Fatal(err)
	}
	failsWith(t, "wrong chain", "chain", "status", "--home", home, "--rpc", rpc, "--deployment", otherFile)

	// Balances: the deployer holds the supply, undelegated.
	list := mustRun(t, "wallet", "list", "--home", home, "--rpc", rpc)
	if !strings.Contains(list, deployer) || !strings.Contains(list, "1000000") {
		t.Fatalf("wallet list with balances:\n%s", list)
	}
}
