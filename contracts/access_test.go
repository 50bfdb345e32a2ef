package contracts

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

// TestDeployerHoldsNoRole checks hasRole directly on the timelock and every registry, for the
// deployer and for the largest token holder.
func TestDeployerHoldsNoRole(t *testing.T) {
	e := newEnv(t, testParams())
	has := func(contract common.Address, role common.Hash, who common.Address) bool {
		t.Helper()
		c := bind.NewBoundContract(contract, timelockABI.GetABI(), e.b, nil, nil)
		v, err := bind.Call(c, nil, timelockABI.PackHasRole(role, who), timelockABI.UnpackHasRole)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	roles := map[string]common.Hash{"admin": RoleDefaultAdmin, "proposer": RoleProposer, "canceller": RoleCanceller,
		"executor": RoleExecutor, "governance": RoleGovernance}
	contracts := map[string]common.Address{"timelock": e.d.Timelock, "charter": e.d.CharterRegistry,
		"experiment": e.d.ExperimentRegistry, "guardian": e.d.GuardianRegistry, "emergency": e.d.Emergency}
	for cn, c := range contracts {
		for rn, r := range roles {
			for _, who := range []*account{e.deployer, e.D} {
				if has(c, r, who.addr) {
					t.Errorf("%s holds the %s role on the %s", who.name, rn, cn)
				}
			}
		}
		if cn != "timelock" && (!has(c, RoleDefaultAdmin, e.d.Timelock) || !has(c, RoleGovernance, e.d.Timelock)) {
			t.Errorf("timelock lacks admin or governance on the %s", cn)
		}
	}
	if !has(e.d.Timelock, RoleDefaultAdmin, e.d.Timelock) {
		t.Error("timelock does not administer itself")
	}
	for _, g := range []common.Address{e.d.Governor, e.d.EmergencyGovernor} {
		for _, r := range []common.Hash{RoleProposer, RoleCanceller, RoleExecutor} {
			if !has(e.d.Timelock, r, g) {
				t.Errorf("governor %s lacks timelock role %s", g, r)
			}
		}
	}
	if err := CheckRoles(e.ctx, e.b, e.d); err != nil {
		t.Fatalf("CheckRoles: %v", err)
	}
	// CheckRoles notices a deployment file that names the wrong timelock.
	forged := *e.d
	forged.Timelock = e.d.CharterRegistry
	if err := CheckRoles(e.ctx, e.b, &forged); err == nil {
		t.Fatal("CheckRoles accepted a deployment with the wrong timelock")
	}
}

// TestDirectCallsRevert calls every state-changing registry and timelock function directly, from
// the deployer and from the largest token holder; all must revert with the access-control error.
func TestDirectCallsRevert(t *testing.T) {
	e := newEnv(t, testParams())
	peer := []byte("peer")
	farFuture := uint64(1 << 40)
	calls := []struct {
		name string
		to   common.Address
		data []byte
		err  string
	}{
		{"CharterRegistry.amend", e.d.CharterRegistry, charterABI.PackAmend(1, sha("x"), "cid"), "AccessControlUnauthorizedAccount"},
		{"ExperimentRegistry.approve", e.d.ExperimentRegistry, experimentABI.PackApprove(sha("e"), "cid", sha("r")), "AccessControlUnauthorizedAccount"},
		{"ExperimentRegistry.advance", e.d.ExperimentRegistry, experimentABI.PackAdvance(sha("e"), 1), "AccessControlUnauthorizedAccount"},
		{"ExperimentRegistry.halt", e.d.ExperimentRegistry, experimentABI.PackHalt(sha("e")), "AccessControlUnauthorizedAccount"},
		{"GuardianRegistry.setGuardians", e.d.GuardianRegistry, guardianABI.PackSetGuardians(guardianTuples([]Guardian{{Account: e.D.addr, Recipient: sha("k")}}), 1), "AccessControlUnauthorizedAccount"},
		{"Emergency.releaseManifest", e.d.Emergency, emergencyABI.PackReleaseManifest(sha("m")), "AccessControlUnauthorizedAccount"},
		{"Emergency.suspend", e.d.Emergency, emergencyABI.PackSuspend(peer, farFuture, "r"), "AccessControlUnauthorizedAccount"},
		{"Emergency.lift", e.d.Emergency, emergencyABI.PackLift(peer), "AccessControlUnauthorizedAccount"},
		{"registry grantRole", e.d.CharterRegistry, charterABI.PackGrantRole(RoleGovernance, e.D.addr), "AccessControlUnauthorizedAccount"},
		{"timelock grantRole", e.d.Timelock, timelockABI.PackGrantRole(RoleProposer, e.D.addr), "AccessControlUnauthorizedAccount"},
		{"timelock schedule", e.d.Timelock, timelockABI.PackSchedule(e.d.CharterRegistry, new(big.Int), charterABI.PackAmend(1, sha("x"), ""), [32]byte{}, [32]byte{}, big.NewInt(3600)), "AccessControlUnauthorizedAccount"},
		{"timelock updateDelay", e.d.Timelock, timelockABI.PackUpdateDelay(big.NewInt(0)), "TimelockUnauthorizedCaller"},
		{"governor relay", e.d.Governor, governorABI.PackRelay(e.d.CharterRegistry, new(big.Int), charterABI.PackAmend(1, sha("x"), "")), "GovernorOnlyExecutor"},
		{"governor setVotingPeriod", e.d.Governor, governorABI.PackSetVotingPeriod(1), "GovernorOnlyExecutor"},
	}
	for _, c := range calls {
		for _, who := range []*account{e.deployer, e.D} {
			t.Run(c.name+" by "+who.name, func(t *testing.T) {
				wantRevert(t, e.send(who, c.to, c.data), c.err)
			})
		}
	}
	if v, _ := NewRegistries(e.d, e.b).CharterVersionOfHash(e.ctx, sha("x")); v != 0 {
		t.Fatal("a direct call changed the charter registry")
	}
}

// TestEmergencyGovernorAllowlist checks that the emergency governor refuses to even propose an
// action outside its list, so its short vote cannot be used to take over the timelock.
func TestEmergencyGovernorAllowlist(t *testing.T) {
	e := newEnv(t, testParams())
	mk := func(target common.Address, value int64, data []byte) Proposal {
		return Proposal{Governor: e.d.EmergencyGovernor, Targets: []common.Address{target},
			Values: []*big.Int{big.NewInt(value)}, Calldatas: [][]byte{data}, Description: "sneaky"}
	}
	refused := []struct {
		name string
		p    Proposal
	}{
		{"grant a timelock role", mk(e.d.Timelock, 0, timelockABI.PackGrantRole(RoleProposer, e.D.addr))},
		{"cut the timelock delay", mk(e.d.Timelock, 0, timelockABI.PackUpdateDelay(big.NewInt(0)))},
		{"approve an experiment", mk(e.d.ExperimentRegistry, 0, experimentABI.PackApprove(sha("e"), "", sha("r")))},
		{"advance an experiment", mk(e.d.ExperimentRegistry, 0, experimentABI.PackAdvance(sha("e"), 1))},
		{"grant a registry role", mk(e.d.CharterRegistry, 0, charterABI.PackGrantRole(RoleGovernance, e.D.addr))},
		{"relay through itself", mk(e.d.EmergencyGovernor, 0, governorABI.PackRelay(e.d.Timelock, new(big.Int), timelockABI.PackUpdateDelay(big.NewInt(0))))},
		{"send ether", mk(e.d.Emergency, 1, emergencyABI.PackReleaseManifest(sha("m")))},
		{"call the token", mk(e.d.Token, 0, tokenABI.PackTransfer(e.D.addr, big.NewInt(1)))},
		{"empty calldata", mk(e.d.Emergency, 0, nil)},
	}
	for _, r := range refused {
		t.Run(r.name, func(t *testing.T) {
			_, err := e.emg.Propose(e.ctx, e.D.auth, r.p)
			wantRevert(t, err, "EmergencyActionNotAllowed")
		})
	}
	// Every emergency builder's output, and self-settings, are accepted.
	allowed := []Proposal{}
	for _, build := range []func() (Proposal, error){
		func() (Proposal, error) { return e.d.EmergencyHalt(sha("e"), "a1") },
		func() (Proposal, error) { return e.d.EmergencyReleaseManifest(sha("m"), "a2") },
		func() (Proposal, error) { return e.d.EmergencySuspend([]byte("p"), e.headTime().Add(1e15), "r", "a3") },
		func() (Proposal, error) { return e.d.EmergencyLift([]byte("p"), "a4") },
		func() (Proposal, error) {
			p, err := e.d.GuardianUpdate([]Guardian{{Account: e.D.addr, Recipient: sha("k")}}, 1, "a5")
			p.Governor = e.d.EmergencyGovernor
			return p, err
		},
	} {
		p, err := build()
		if err != nil {
			t.Fatal(err)
		}
		allowed = append(allowed, p)
	}
	allowed = append(allowed, mk(e.d.EmergencyGovernor, 0, governorABI.PackSetVotingPeriod(3)))
	for _, p := range allowed {
		e.mine(e.emg.Propose(e.ctx, e.D.auth, p))
		if s := e.state(e.emg, p.ID()); s != StatePending {
			t.Fatalf("allowed emergency proposal %q: state %s", p.Description, s)
		}
	}
}

// TestProposalThreshold: below the threshold an account cannot propose, at or above it can.
func TestProposalThreshold(t *testing.T) {
	p := testParams()
	p.ProposalThreshold = Tokens(50)
	e := newEnv(t, p)
	prop, _ := e.d.CharterAmendment(1, sha("c"), "", "threshold")
	_, err := e.gov.Propose(e.ctx, e.C.auth, prop) // 30 tokens
	wantRevert(t, err, "GovernorInsufficientProposerVotes")
	e.mine(e.gov.Propose(e.ctx, e.A.auth, prop)) // 100 tokens
	if s := e.state(e.gov, prop.ID()); s != StatePending {
		t.Fatalf("state %s", s)
	}
}
