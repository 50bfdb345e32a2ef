package contracts

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

func TestDeploy(t *testing.T) {
	deployer, holder := newAccount(t, "deployer"), newAccount(t, "holder")
	_, b := newSim(t, deployer)
	ctx := context.Background()
	g1, g2 := newAccount(t, "g1"), newAccount(t, "g2")
	p := testParams()
	p.TokenRecipient = holder.addr
	p.Guardians = []Guardian{{Account: g1.addr, Recipient: sha("k1")}, {Account: g2.addr, Recipient: sha("k2")}}
	p.GuardianThreshold = 2
	p.GenesisCharter = &CharterRecord{Version: 1, DocumentHash: sha("genesis charter"), CID: "bafygenesis"}

	d, err := Deploy(ctx, b, deployer.auth, p)
	if err != nil {
		t.Fatal(err)
	}
	if d.ChainID != 1337 || d.Deployer != deployer.addr || d.StartBlock == 0 {
		t.Fatalf("deployment header %+v", d)
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	// Every contract has code, under the EIP-170 limit.
	for name, a := range d.addresses() {
		code, err := b.CodeAt(ctx, a, nil)
		if err != nil || len(code) == 0 || len(code) > 24576 {
			t.Fatalf("%s at %s: %d bytes of code, %v", name, a, len(code), err)
		}
	}
	// Nothing of the deployment predates StartBlock.
	if code, _ := b.CodeAt(ctx, d.Token, new(big.Int).SetUint64(d.StartBlock-1)); len(code) != 0 {
		t.Fatal("token has code before start_block")
	}

	tok := NewToken(d.Token, b)
	if bal, _ := tok.Balance(ctx, holder.addr); bal.Cmp(p.InitialSupply) != 0 {
		t.Fatalf("recipient balance %s, want %s", bal, p.InitialSupply)
	}
	if bal, _ := tok.Balance(ctx, deployer.addr); bal.Sign() != 0 {
		t.Fatalf("deployer kept %s tokens", bal)
	}
	if v, _ := tok.Votes(ctx, holder.addr); v.Sign() != 0 {
		t.Fatalf("undelegated tokens carry %s votes", v)
	}

	// Governor settings as configured.
	gc := bind.NewBoundContract(d.Governor, governorABI.GetABI(), b, nil, nil)
	ec := bind.NewBoundContract(d.EmergencyGovernor, governorABI.GetABI(), b, nil, nil)
	u := func(c *bind.BoundContract, data []byte, unpack func([]byte) (*big.Int, error)) uint64 {
		t.Helper()
		v, err := bind.Call(c, nil, data, unpack)
		if err != nil {
			t.Fatal(err)
		}
		return v.Uint64()
	}
	if u(gc, governorABI.PackVotingDelay(), governorABI.UnpackVotingDelay) != p.VotingDelay ||
		u(gc, governorABI.PackVotingPeriod(), governorABI.UnpackVotingPeriod) != uint64(p.VotingPeriod) ||
		u(gc, governorABI.PackQuorumNumerator0(), governorABI.UnpackQuorumNumerator0) != uint64(p.QuorumPercent) ||
		u(ec, governorABI.PackVotingPeriod(), governorABI.UnpackVotingPeriod) != uint64(p.EmergencyVotingPeriod) ||
		u(ec, governorABI.PackQuorumNumerator0(), governorABI.UnpackQuorumNumerator0) != uint64(p.EmergencyQuorumPercent) {
		t.Fatal("governor settings differ from params")
	}
	tc := bind.NewBoundContract(d.Timelock, timelockABI.GetABI(), b, nil, nil)
	if delay, _ := bind.Call(tc, nil, timelockABI.PackGetMinDelay(), timelockABI.UnpackGetMinDelay); delay.Uint64() != p.TimelockDelay {
		t.Fatalf("timelock delay %s, want %d", delay, p.TimelockDelay)
	}
	mode, _ := bind.Call(gc, nil, governorABI.PackCLOCKMODE(), governorABI.UnpackCLOCKMODE)
	if mode != "mode=blocknumber&from=default" {
		t.Fatalf("CLOCK_MODE %q: periods would not be in blocks", mode)
	}
	for addr, name := range map[common.Address]string{d.Governor: GovernorName, d.EmergencyGovernor: EmergencyGovernorName} {
		dom, err := NewGovernor(addr, b).Domain(ctx)
		if err != nil || dom.Name != name || dom.Version != "1" || dom.ChainID.Uint64() != 1337 || dom.VerifyingContract != addr {
			t.Fatalf("domain of %s: %+v, %v", name, dom, err)
		}
	}

	// Genesis registry state.
	reg := NewRegistries(d, b)
	c, ok, err := reg.Charter(ctx)
	if err != nil || !ok || c.CharterRecord != *p.GenesisCharter {
		t.Fatalf("genesis charter %+v %v %v", c, ok, err)
	}
	set, err := reg.Guardians(ctx)
	if err != nil || set.Epoch != 1 || set.Threshold != 2 || !reflect.DeepEqual(set.Guardians, p.Guardians) {
		t.Fatalf("genesis guardians %+v, %v", set, err)
	}

	// The deployment file round-trips.
	path := filepath.Join(t.TempDir(), "deployment.json")
	if err := d.Save(path); err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(loaded, d) {
		t.Fatalf("loaded %+v\nsaved %+v", loaded, d)
	}
	raw, _ := os.ReadFile(path)
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(raw, &keys); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"chain_id", "start_block", "token", "timelock", "governor", "emergency_governor",
		"charter_registry", "experiment_registry", "guardian_registry", "emergency", "params"} {
		if _, ok := keys[k]; !ok {
			t.Errorf("deployment JSON lacks %q", k)
		}
	}
	if err := CheckRoles(ctx, b, loaded); err != nil {
		t.Fatal(err)
	}

	// A second deployment from the same account works and is independent.
	d2, err := Deploy(ctx, b, deployer.auth, testParams())
	if err != nil {
		t.Fatal(err)
	}
	if d2.Governor == d.Governor || d2.StartBlock <= d.StartBlock {
		t.Fatalf("second deployment %+v overlaps the first", d2)
	}
}

func TestDeployRejectsBadParams(t *testing.T) {
	deployer := newAccount(t, "deployer")
	_, b := newSim(t, deployer)
	p := testParams()
	p.QuorumPercent = 0
	if _, err := Deploy(context.Background(), b, deployer.auth, p); !errors.Is(err, ErrInvalidParams) {
		t.Fatalf("err %v, want ErrInvalidParams", err)
	}
	if n, _ := b.PendingNonceAt(context.Background(), deployer.addr); n != 0 {
		t.Fatalf("%d transactions sent for invalid params", n)
	}
}

func TestParamsValidate(t *testing.T) {
	g := func(a, r byte) Guardian {
		return Guardian{Account: common.BytesToAddress([]byte{a}), Recipient: common.BytesToHash([]byte{r})}
	}
	cases := []struct {
		name string
		mod  func(*Params)
		ok   bool
	}{
		{"dev", func(*Params) {}, true},
		{"public", func(p *Params) { *p = PublicParams() }, true},
		{"zero voting period", func(p *Params) { p.VotingPeriod = 0 }, false},
		{"zero emergency period", func(p *Params) { p.EmergencyVotingPeriod = 0 }, false},
		{"delay over uint48", func(p *Params) { p.VotingDelay = 1 << 48 }, false},
		{"quorum 0", func(p *Params) { p.QuorumPercent = 0 }, false},
		{"quorum 101", func(p *Params) { p.QuorumPercent = 101 }, false},
		{"quorum 100", func(p *Params) { p.QuorumPercent, p.EmergencyQuorumPercent = 100, 100 }, true},
		{"emergency quorum below regular", func(p *Params) { p.EmergencyQuorumPercent = 4 }, false},
		{"emergency period longer", func(p *Params) { p.EmergencyVotingPeriod = p.VotingPeriod + 1 }, false},
		{"no supply", func(p *Params) { p.InitialSupply = nil }, false},
		{"zero supply", func(p *Params) { p.InitialSupply = new(big.Int) }, false},
		{"supply over uint208", func(p *Params) { p.InitialSupply = new(big.Int).Lsh(big.NewInt(1), 208) }, false},
		{"supply at uint208 max", func(p *Params) { p.InitialSupply = new(big.Int).Set(maxSupply) }, true},
		{"threshold over supply", func(p *Params) { p.ProposalThreshold = Tokens(2_000_000) }, false},
		{"negative threshold", func(p *Params) { p.EmergencyProposalThreshold = big.NewInt(-1) }, false},
		{"nil threshold", func(p *Params) { p.ProposalThreshold = nil }, false},
		{"guardians 2 of 3", func(p *Params) { p.Guardians, p.GuardianThreshold = []Guardian{g(1, 1), g(2, 2), g(3, 3)}, 2 }, true},
		{"guardian threshold over set", func(p *Params) { p.Guardians, p.GuardianThreshold = []Guardian{g(1, 1)}, 2 }, false},
		{"guardian threshold 0", func(p *Params) { p.Guardians = []Guardian{g(1, 1)} }, false},
		{"threshold without guardians", func(p *Params) { p.GuardianThreshold = 1 }, false},
		{"duplicate guardian account", func(p *Params) { p.Guardians, p.GuardianThreshold = []Guardian{g(1, 1), g(1, 2)}, 1 }, false},
		{"duplicate guardian recipient", func(p *Params) { p.Guardians, p.GuardianThreshold = []Guardian{g(1, 1), g(2, 1)}, 1 }, false},
		{"zero guardian recipient", func(p *Params) { p.Guardians, p.GuardianThreshold = []Guardian{{Account: common.Address{1}}}, 1 }, false},
		{"too many guardians", func(p *Params) {
			for i := 0; i <= MaxGuardians; i++ {
				p.Guardians = append(p.Guardians, g(byte(i+1), byte(i+1)))
			}
			p.GuardianThreshold = 3
		}, false},
		{"genesis charter", func(p *Params) { p.GenesisCharter = &CharterRecord{Version: 1, DocumentHash: sha("c")} }, true},
		{"genesis charter version 0", func(p *Params) { p.GenesisCharter = &CharterRecord{DocumentHash: sha("c")} }, false},
		{"genesis charter no hash", func(p *Params) { p.GenesisCharter = &CharterRecord{Version: 1} }, false},
		{"genesis charter long cid", func(p *Params) {
			p.GenesisCharter = &CharterRecord{Version: 1, DocumentHash: sha("c"), CID: string(make([]byte, MaxCIDLength+1))}
		}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := DevParams()
			c.mod(&p)
			err := p.Validate()
			if c.ok && err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if !c.ok && !errors.Is(err, ErrInvalidParams) {
				t.Fatalf("err %v, want ErrInvalidParams", err)
			}
		})
	}
}

func TestParseDeployment(t *testing.T) {
	good := Deployment{ChainID: 1, StartBlock: 5}
	for i, a := range []*common.Address{&good.Token, &good.Timelock, &good.Governor, &good.EmergencyGovernor,
		&good.CharterRegistry, &good.ExperimentRegistry, &good.GuardianRegistry, &good.Emergency} {
		*a = common.BigToAddress(big.NewInt(int64(i + 1)))
	}
	good.Params = DevParams()
	data, _ := json.Marshal(good)
	if _, err := ParseDeployment(data); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	_ = json.Unmarshal(data, &m)
	mutate := func(f func(map[string]any)) []byte {
		c := map[string]any{}
		for k, v := range m {
			c[k] = v
		}
		f(c)
		out, _ := json.Marshal(c)
		return out
	}
	for name, in := range map[string][]byte{
		"unknown field":    mutate(func(c map[string]any) { c["govenor"] = c["governor"] }),
		"missing governor": mutate(func(c map[string]any) { delete(c, "governor") }),
		"zero chain":       mutate(func(c map[string]any) { c["chain_id"] = 0 }),
		"bad address":      mutate(func(c map[string]any) { c["token"] = "0xnothex" }),
		"trailing data":    append(append([]byte(nil), data...), []byte(` {}`)...),
		"not json":         []byte("chain_id: 1"),
		"empty":            nil,
	} {
		if _, err := ParseDeployment(in); !errors.Is(err, ErrInvalidDeployment) {
			t.Errorf("%s: err %v, want ErrInvalidDeployment", name, err)
		}
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load(missing): %v", err)
	}
}

// TestHashProposalMatchesChain compares the Go proposal ID with the governor's hashProposal, for a
// single action, several actions and an empty description.
func TestHashProposalMatchesChain(t *testing.T) {
	e := newEnv(t, testParams())
	a, _ := e.d.CharterAmendment(3, sha("c3"), "bafy", "one action")
	multi, _ := e.d.EmergencyHalt(sha("x"), "")
	rel, _ := e.d.EmergencyReleaseManifest(sha("m"), "")
	multi.Targets = append(multi.Targets, rel.Targets...)
	multi.Values = append(multi.Values, big.NewInt(5))
	multi.Calldatas = append(multi.Calldatas, rel.Calldatas...)
	gc := bind.NewBoundContract(e.d.Governor, governorABI.GetABI(), e.b, nil, nil)
	for _, p := range []Proposal{a, multi} {
		onChain, err := bind.Call(gc, nil, governorABI.PackHashProposal(p.Targets, p.Values, p.Calldatas, p.DescriptionHash()), governorABI.UnpackHashProposal)
		if err != nil {
			t.Fatal(err)
		}
		if onChain.Cmp(p.ID()) != 0 {
			t.Fatalf("hashProposal %s, Go %s", onChain, p.ID())
		}
	}
}

func TestProposalBuildersValidate(t *testing.T) {
	d := &Deployment{}
	long := string(make([]byte, MaxCIDLength+1))
	far := time.Unix(1<<40, 0)
	for name, err := range map[string]error{
		"charter version 0":   func() error { _, err := d.CharterAmendment(0, sha("x"), "", ""); return err }(),
		"charter zero hash":   func() error { _, err := d.CharterAmendment(1, common.Hash{}, "", ""); return err }(),
		"charter long cid":    func() error { _, err := d.CharterAmendment(1, sha("x"), long, ""); return err }(),
		"approve zero id":     func() error { _, err := d.ExperimentApproval(common.Hash{}, "", sha("r"), ""); return err }(),
		"approve zero report": func() error { _, err := d.ExperimentApproval(sha("e"), "", common.Hash{}, ""); return err }(),
		"approve long cid":    func() error { _, err := d.ExperimentApproval(sha("e"), long, sha("r"), ""); return err }(),
		"advance to 0":        func() error { _, err := d.ExperimentAdvance(sha("e"), 0, ""); return err }(),
		"halt zero id":        func() error { _, err := d.EmergencyHalt(common.Hash{}, ""); return err }(),
		"release zero":        func() error { _, err := d.EmergencyReleaseManifest(common.Hash{}, ""); return err }(),
		"suspend empty peer":  func() error { _, err := d.EmergencySuspend(nil, far, "", ""); return err }(),
		"suspend long peer":   func() error { _, err := d.EmergencySuspend(make([]byte, 129), far, "", ""); return err }(),
		"suspend long reason": func() error {
			_, err := d.EmergencySuspend([]byte("p"), far, string(make([]byte, 257)), "")
			return err
		}(),
		"lift empty peer": func() error { _, err := d.EmergencyLift(nil, ""); return err }(),
		"guardians empty": func() error { _, err := d.GuardianUpdate(nil, 1, ""); return err }(),
	} {
		if !errors.Is(err, ErrInvalidProposal) {
			t.Errorf("%s: err %v, want ErrInvalidProposal", name, err)
		}
	}
}

func TestProposalValidate(t *testing.T) {
	d := &Deployment{Governor: common.Address{1}, Emergency: common.Address{6}}
	ok, _ := d.EmergencyReleaseManifest(sha("m"), "x")
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, mod := range map[string]func(*Proposal){
		"no actions":       func(p *Proposal) { p.Targets, p.Values, p.Calldatas = nil, nil, nil },
		"missing value":    func(p *Proposal) { p.Values = nil },
		"missing calldata": func(p *Proposal) { p.Calldatas = append(p.Calldatas, nil) },
		"negative value":   func(p *Proposal) { p.Values = []*big.Int{big.NewInt(-1)} },
		"huge value":       func(p *Proposal) { p.Values = []*big.Int{new(big.Int).Lsh(big.NewInt(1), 256)} },
	} {
		p := ok
		mod(&p)
		if err := p.Validate(); !errors.Is(err, ErrInvalidProposal) {
			t.Errorf("%s: %v, want ErrInvalidProposal", name, err)
		}
	}
	// The governor client refuses an invalid proposal before touching the chain.
	if _, err := NewGovernor(d.Governor, nil).Propose(context.Background(), nil, Proposal{}); !errors.Is(err, ErrInvalidProposal) {
		t.Errorf("Propose(empty): %v", err)
	}
}

// TestDeployOnSealingChain deploys through a plain RPC client (no Miner) while blocks are sealed on
// their own every 10 ms, as on the embedded dev chain: the path `westworld chain deploy` takes.
func TestDeployOnSealingChain(t *testing.T) {
	deployer := newAccount(t, "deployer")
	sim, _ := newSim(t, deployer)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // the sealer; stopped by cancel before the chain closes
		defer wg.Done()
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				sim.Commit()
			}
		}
	}()
	defer wg.Wait()
	defer cancel()

	start := time.Now()
	d, err := Deploy(ctx, sim.Client(), deployer.auth, testParams())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("deployed on a 10 ms sealing chain in %v", time.Since(start))
	if err := CheckRoles(ctx, sim.Client(), d); err != nil {
		t.Fatal(err)
	}
}
