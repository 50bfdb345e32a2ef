package contracts

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/x0tta6bl4/westworld/contracts/bindings/charterregistry"
	"github.com/x0tta6bl4/westworld/contracts/bindings/emergency"
	"github.com/x0tta6bl4/westworld/contracts/bindings/experimentregistry"
	"github.com/x0tta6bl4/westworld/contracts/bindings/guardianregistry"
	"github.com/x0tta6bl4/westworld/contracts/bindings/timelockcontroller"
	"github.com/x0tta6bl4/westworld/contracts/bindings/westemergencygovernor"
	"github.com/x0tta6bl4/westworld/contracts/bindings/westgovernor"
	"github.com/x0tta6bl4/westworld/contracts/bindings/westtoken"
)

// AccessControl roles, as the contracts compute them.
var (
	// RoleDefaultAdmin administers every other role (bytes32(0)).
	RoleDefaultAdmin = common.Hash{}
	// RoleProposer may schedule timelock operations (both governors).
	RoleProposer = crypto.Keccak256Hash([]byte("PROPOSER_ROLE"))
	// RoleCanceller may cancel timelock operations (both governors).
	RoleCanceller = crypto.Keccak256Hash([]byte("CANCELLER_ROLE"))
	// RoleExecutor may execute ready timelock operations (both governors).
	RoleExecutor = crypto.Keccak256Hash([]byte("EXECUTOR_ROLE"))
	// RoleGovernance may change registry state (the timelock).
	RoleGovernance = crypto.Keccak256Hash([]byte("GOVERNANCE_ROLE"))
)

// Deployment records where a contract set lives. It is what `westworld chain deploy` writes and
// every node loads; StartBlock is where log scanning begins.
type Deployment struct {
	ChainID            uint64         `json:"chain_id"`
	StartBlock         uint64         `json:"start_block"`
	Deployer           common.Address `json:"deployer"`
	Token              common.Address `json:"token"`
	Timelock           common.Address `json:"timelock"`
	Governor           common.Address `json:"governor"`
	EmergencyGovernor  common.Address `json:"emergency_governor"`
	CharterRegistry    common.Address `json:"charter_registry"`
	ExperimentRegistry common.Address `json:"experiment_registry"`
	GuardianRegistry   common.Address `json:"guardian_registry"`
	Emergency          common.Address `json:"emergency"`
	Params             Params         `json:"params"`
}

// Validate checks that every address is set.
func (d *Deployment) Validate() error {
	for name, a := range d.addresses() {
		if a == (common.Address{}) {
			return fmt.Errorf("%w: %s address is zero", ErrInvalidDeployment, name)
		}
	}
	if d.ChainID == 0 {
		return fmt.Errorf("%w: chain_id is zero", ErrInvalidDeployment)
	}
	return nil
}

func (d *Deployment) addresses() map[string]common.Address {
	return map[string]common.Address{
		"token": d.Token, "timelock": d.Timelock, "governor": d.Governor,
		"emergency_governor": d.EmergencyGovernor, "charter_registry": d.CharterRegistry,
		"experiment_registry": d.ExperimentRegistry, "guardian_registry": d.GuardianRegistry,
		"emergency": d.Emergency,
	}
}

// Save writes d as indented JSON, atomically (temp file and rename), mode 0644.
func (d *Deployment) Save(path string) error {
	data, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return fmt.Errorf("encode deployment: %w", err)
	}
	data = append(data, '\n')
	tmp, err := os.CreateTemp(filepath.Dir(path), ".deployment-*.json")
	if err != nil {
		return fmt.Errorf("save deployment %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("save deployment %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("save deployment %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("save deployment %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("save deployment %s: %w", path, err)
	}
	return nil
}

// Load reads a deployment written by Save.
func Load(path string) (*Deployment, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load deployment %s: %w", path, err)
	}
	d, err := ParseDeployment(data)
	if err != nil {
		return nil, fmt.Errorf("load deployment %s: %w", path, err)
	}
	return d, nil
}

// ParseDeployment decodes a deployment from JSON; unknown fields are an error, so a typo in a
// hand-edited file is caught rather than silently ignored.
func ParseDeployment(data []byte) (*Deployment, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var d Deployment
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidDeployment, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data after the JSON object", ErrInvalidDeployment)
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return &d, nil
}

// deployer sends the deployment's transactions with consecutive nonces, so each phase's independent
// transactions are in flight together and each phase costs one block wait.
type deployer struct {
	ctx     context.Context
	backend Backend
	auth    *bind.TransactOpts
	nonce   uint64
	pending []pendingTx
	log     *slog.Logger
}

type pendingTx struct {
	what string
	tx   *types.Transaction
	addr common.Address // for creations
}

func (x *deployer) create(what string, bin string, args []byte) (common.Address, error) {
	code, err := hexutil.Decode(bin)
	if err != nil {
		return common.Address{}, fmt.Errorf("decode %s bytecode: %w", what, err)
	}
	addr, tx, err := bind.DeployContract(txOpts(x.ctx, x.auth, x.nonce), code, x.backend, args)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy %s: %w", what, err)
	}
	x.nonce++
	x.pending = append(x.pending, pendingTx{what: what, tx: tx, addr: addr})
	return addr, nil
}

func (x *deployer) transact(what string, c *bind.BoundContract, data []byte) error {
	tx, err := bind.Transact(c, txOpts(x.ctx, x.auth, x.nonce), data)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	x.nonce++
	x.pending = append(x.pending, pendingTx{what: what, tx: tx})
	return nil
}

// wait mines (on a Miner backend) and waits for every pending transaction; it returns the lowest
// block number they landed in.
func (x *deployer) wait() (uint64, error) {
	if m, ok := x.backend.(Miner); ok {
		txs := make([]*types.Transaction, len(x.pending))
		for i, p := range x.pending {
			txs[i] = p.tx
		}
		if err := commitUntilMined(x.ctx, m, x.backend, txs); err != nil {
			return 0, err
		}
	}
	first := uint64(0)
	for _, p := range x.pending {
		r, err := waitReceipt(x.ctx, x.backend, p.tx, p.what)
		if err != nil {
			return 0, err
		}
		if p.addr != (common.Address{}) && r.ContractAddress != p.addr {
			return 0, fmt.Errorf("%s deployed at %s, expected %s", p.what, r.ContractAddress, p.addr)
		}
		if n := r.BlockNumber.Uint64(); first == 0 || n < first {
			first = n
		}
		x.log.Debug("deploy tx mined", "what", p.what, "tx", p.tx.Hash(), "block", r.BlockNumber, "gas", r.GasUsed)
	}
	x.pending = x.pending[:0]
	return first, nil
}

// Deploy deploys the whole contract set with p in four phases (token and timelock; governors and
// registries; timelock role grants; the deployer renouncing its timelock admin role), checks every
// role with CheckRoles, and returns the Deployment. The registries never give the deployer a role,
// and once Deploy returns the deployer holds none anywhere: every admin role is the timelock's.
// auth's nonce, if set, is the first nonce used.
func Deploy(ctx context.Context, backend Backend, auth *bind.TransactOpts, p Params) (*Deployment, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("deploy: chain id: %w", err)
	}
	if !chainID.IsUint64() {
		return nil, fmt.Errorf("deploy: chain id %s does not fit uint64", chainID)
	}
	x := &deployer{ctx: ctx, backend: backend, auth: auth, log: slog.Default().With("component", "contracts")}
	if auth.Nonce != nil {
		x.nonce = auth.Nonce.Uint64()
	} else if x.nonce, err = backend.PendingNonceAt(ctx, auth.From); err != nil {
		return nil, fmt.Errorf("deploy: nonce of %s: %w", auth.From, err)
	}
	d := &Deployment{ChainID: chainID.Uint64(), Deployer: auth.From, Params: p}
	recipient := p.TokenRecipient
	if recipient == (common.Address{}) {
		recipient = auth.From
	}

	// Phase 1: contracts that depend on nothing. The deployer is the timelock's temporary admin so it
	// can grant the governors their roles once they exist.
	tokenABI := westtoken.NewWestToken()
	if d.Token, err = x.create("WestToken", westtoken.WestTokenMetaData.Bin,
		tokenABI.PackConstructor(recipient, p.InitialSupply)); err != nil {
		return nil, err
	}
	tl := timelockcontroller.NewTimelockController()
	if d.Timelock, err = x.create("TimelockController", timelockcontroller.TimelockControllerMetaData.Bin,
		tl.PackConstructor(new(big.Int).SetUint64(p.TimelockDelay), nil, nil, auth.From)); err != nil {
		return nil, err
	}
	if d.StartBlock, err = x.wait(); err != nil {
		return nil, fmt.Errorf("deploy phase 1: %w", err)
	}

	// Phase 2: governors (their constructors read the token's clock) and registries (owned by the
	// timelock from construction). Addresses are known from nonces before anything is mined.
	gov := westgovernor.NewWestGovernor()
	if d.Governor, err = x.create("WestGovernor", westgovernor.WestGovernorMetaData.Bin,
		gov.PackConstructor(d.Token, d.Timelock, new(big.Int).SetUint64(p.VotingDelay), p.VotingPeriod,
			p.ProposalThreshold, big.NewInt(int64(p.QuorumPercent)))); err != nil {
		return nil, err
	}
	genesis := CharterRecord{}
	if p.GenesisCharter != nil {
		genesis = *p.GenesisCharter
	}
	if d.CharterRegistry, err = x.create("CharterRegistry", charterregistry.CharterRegistryMetaData.Bin,
		charterregistry.NewCharterRegistry().PackConstructor(d.Timelock, genesis.Version, genesis.DocumentHash, genesis.CID)); err != nil {
		return nil, err
	}
	if d.ExperimentRegistry, err = x.create("ExperimentRegistry", experimentregistry.ExperimentRegistryMetaData.Bin,
		experimentregistry.NewExperimentRegistry().PackConstructor(d.Timelock)); err != nil {
		return nil, err
	}
	if d.GuardianRegistry, err = x.create("GuardianRegistry", guardianregistry.GuardianRegistryMetaData.Bin,
		guardianregistry.NewGuardianRegistry().PackConstructor(d.Timelock, guardianTuples(p.Guardians), p.GuardianThreshold)); err != nil {
		return nil, err
	}
	if d.Emergency, err = x.create("Emergency", emergency.EmergencyMetaData.Bin,
		emergency.NewEmergency().PackConstructor(d.Timelock)); err != nil {
		return nil, err
	}
	if d.EmergencyGovernor, err = x.create("WestEmergencyGovernor", westemergencygovernor.WestEmergencyGovernorMetaData.Bin,
		westemergencygovernor.NewWestEmergencyGovernor().PackConstructor(d.Token, d.Timelock,
			new(big.Int).SetUint64(p.EmergencyVotingDelay), p.EmergencyVotingPeriod, p.EmergencyProposalThreshold,
			big.NewInt(int64(p.EmergencyQuorumPercent)), d.CharterRegistry, d.ExperimentRegistry, d.GuardianRegistry, d.Emergency)); err != nil {
		return nil, err
	}
	if _, err = x.wait(); err != nil {
		return nil, fmt.Errorf("deploy phase 2: %w", err)
	}

	// Phase 3: both governors propose, cancel and execute through the timelock. Executors are the
	// governors only (not the open role), so nobody can execute a ready operation behind the
	// governor's back and leave its proposal state stale.
	tlc := tl.Instance(backend, d.Timelock)
	for _, g := range []struct {
		name string
		addr common.Address
	}{{"governor", d.Governor}, {"emergency governor", d.EmergencyGovernor}} {
		for _, r := range []struct {
			name string
			role common.Hash
		}{{"proposer", RoleProposer}, {"canceller", RoleCanceller}, {"executor", RoleExecutor}} {
			if err := x.transact("grant "+r.name+" role to "+g.name, tlc, tl.PackGrantRole(r.role, g.addr)); err != nil {
				return nil, err
			}
		}
	}
	if _, err = x.wait(); err != nil {
		return nil, fmt.Errorf("deploy phase 3: %w", err)
	}

	// Phase 4: the deployer gives up the timelock admin role; from here on only proposals change
	// roles.
	if err := x.transact("renounce timelock admin", tlc, tl.PackRenounceRole(RoleDefaultAdmin, auth.From)); err != nil {
		return nil, err
	}
	if _, err = x.wait(); err != nil {
		return nil, fmt.Errorf("deploy phase 4: %w", err)
	}

	if err := CheckRoles(ctx, backend, d); err != nil {
		return nil, err
	}
	x.log.Info("contracts deployed", "chain_id", d.ChainID, "start_block", d.StartBlock,
		"governor", d.Governor, "emergency_governor", d.EmergencyGovernor, "timelock", d.Timelock)
	return d, nil
}

func guardianTuples(gs []Guardian) []guardianregistry.GuardianRegistryGuardian {
	out := make([]guardianregistry.GuardianRegistryGuardian, len(gs))
	for i, g := range gs {
		out[i] = guardianregistry.GuardianRegistryGuardian{Account: g.Account, Recipient: g.Recipient}
	}
	return out
}

// CheckRoles verifies on chain that d is wired as Deploy leaves it: the timelock administers itself
// and every registry, both governors hold the proposer, canceller and executor roles, both point at
// d's token and timelock, and the deployer holds no role anywhere. A node can run it at startup to
// refuse a deployment file that does not match the chain. Roles granted later by proposals to other
// accounts are not enumerable here; watch RoleChanged events for those.
func CheckRoles(ctx context.Context, backend bind.ContractCaller, d *Deployment) error {
	if err := d.Validate(); err != nil {
		return err
	}
	opts := &bind.CallOpts{Context: ctx}
	tl := timelockcontroller.NewTimelockController()
	// The registries share AccessControl's hasRole; the timelock's binding packs it for all of them.
	hasRole := func(contract common.Address, role common.Hash, account common.Address) (bool, error) {
		c := bind.NewBoundContract(contract, tl.GetABI(), backend, nil, nil)
		return bind.Call(c, opts, tl.PackHasRole(role, account), tl.UnpackHasRole)
	}
	type check struct {
		contract common.Address
		cname    string
		role     common.Hash
		rname    string
		account  common.Address
		aname    string
		want     bool
	}
	var checks []check
	add := func(c common.Address, cn string, r common.Hash, rn string, a common.Address, an string, want bool) {
		checks = append(checks, check{c, cn, r, rn, a, an, want})
	}
	add(d.Timelock, "timelock", RoleDefaultAdmin, "admin", d.Timelock, "timelock", true)
	for _, g := range []struct {
		a common.Address
		n string
	}{{d.Governor, "governor"}, {d.EmergencyGovernor, "emergency governor"}} {
		add(d.Timelock, "timelock", RoleProposer, "proposer", g.a, g.n, true)
		add(d.Timelock, "timelock", RoleCanceller, "canceller", g.a, g.n, true)
		add(d.Timelock, "timelock", RoleExecutor, "executor", g.a, g.n, true)
		add(d.Timelock, "timelock", RoleDefaultAdmin, "admin", g.a, g.n, false)
	}
	add(d.Timelock, "timelock", RoleExecutor, "executor", common.Address{}, "anyone", false)
	for _, r := range []struct {
		r common.Hash
		n string
	}{{RoleDefaultAdmin, "admin"}, {RoleProposer, "proposer"}, {RoleCanceller, "canceller"}, {RoleExecutor, "executor"}} {
		add(d.Timelock, "timelock", r.r, r.n, d.Deployer, "deployer", false)
	}
	for _, reg := range []struct {
		a common.Address
		n string
	}{{d.CharterRegistry, "charter registry"}, {d.ExperimentRegistry, "experiment registry"},
		{d.GuardianRegistry, "guardian registry"}, {d.Emergency, "emergency"}} {
		add(reg.a, reg.n, RoleDefaultAdmin, "admin", d.Timelock, "timelock", true)
		add(reg.a, reg.n, RoleGovernance, "governance", d.Timelock, "timelock", true)
		add(reg.a, reg.n, RoleDefaultAdmin, "admin", d.Deployer, "deployer", false)
		add(reg.a, reg.n, RoleGovernance, "governance", d.Deployer, "deployer", false)
	}
	for _, c := range checks {
		got, err := hasRole(c.contract, c.role, c.account)
		if err != nil {
			return fmt.Errorf("check roles: %s hasRole(%s, %s): %w", c.cname, c.rname, c.aname, err)
		}
		if got != c.want {
			return fmt.Errorf("%w: %s: %s %s the %s role, expected the opposite", ErrRoleCheck, c.cname, c.aname,
				map[bool]string{true: "holds", false: "lacks"}[got], c.rname)
		}
	}
	gb := westgovernor.NewWestGovernor()
	for _, g := range []struct {
		a common.Address
		n string
	}{{d.Governor, "governor"}, {d.EmergencyGovernor, "emergency governor"}} {
		c := bind.NewBoundContract(g.a, gb.GetABI(), backend, nil, nil)
		tlAddr, err := bind.Call(c, opts, gb.PackTimelock(), gb.UnpackTimelock)
		if err != nil {
			return fmt.Errorf("check roles: %s timelock(): %w", g.n, err)
		}
		tokAddr, err := bind.Call(c, opts, gb.PackToken(), gb.UnpackToken)
		if err != nil {
			return fmt.Errorf("check roles: %s token(): %w", g.n, err)
		}
		if tlAddr != d.Timelock || tokAddr != d.Token {
			return fmt.Errorf("%w: %s uses timelock %s and token %s, deployment says %s and %s",
				ErrRoleCheck, g.n, tlAddr, tokAddr, d.Timelock, d.Token)
		}
	}
	return nil
}
