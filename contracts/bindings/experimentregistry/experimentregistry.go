// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package experimentregistry

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ExperimentRegistryExperiment is an auto generated low-level Go binding around an user-defined struct.
type ExperimentRegistryExperiment struct {
	Status        uint8
	Stage         uint8
	ReportHash    [32]byte
	ReportCid     string
	ApprovedBlock uint64
	UpdatedBlock  uint64
}

// ExperimentRegistryMetaData contains all meta data concerning the ExperimentRegistry contract.
var ExperimentRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"governance\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"experimentId\",\"type\":\"bytes32\"}],\"name\":\"ExperimentAlreadyHalted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"experimentId\",\"type\":\"bytes32\"},{\"internalType\":\"enumExperimentRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ExperimentAlreadyKnown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ExperimentCidTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExperimentEmptyReportHash\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"experimentId\",\"type\":\"bytes32\"},{\"internalType\":\"enumExperimentRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ExperimentNotApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"experimentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"current\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"proposed\",\"type\":\"uint8\"}],\"name\":\"ExperimentStageNotIncreasing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExperimentZeroId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernedZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"experimentId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"}],\"name\":\"ExperimentAdvanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"experimentId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reportHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reportCid\",\"type\":\"string\"}],\"name\":\"ExperimentApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"experimentId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"}],\"name\":\"ExperimentHalted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GOVERNANCE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CID_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"experimentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"}],\"name\":\"advance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"experimentId\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reportCid\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"reportHash\",\"type\":\"bytes32\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"experimentId\",\"type\":\"bytes32\"}],\"name\":\"experiment\",\"outputs\":[{\"components\":[{\"internalType\":\"enumExperimentRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"reportHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reportCid\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"approvedBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"updatedBlock\",\"type\":\"uint64\"}],\"internalType\":\"structExperimentRegistry.Experiment\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"experimentCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"experimentIdAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"experimentId\",\"type\":\"bytes32\"}],\"name\":\"halt\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"experimentId\",\"type\":\"bytes32\"}],\"name\":\"stageOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"experimentId\",\"type\":\"bytes32\"}],\"name\":\"statusOf\",\"outputs\":[{\"internalType\":\"enumExperimentRegistry.Status\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ExperimentRegistry",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610fd3380380610fd383398101604081905261002e9161013c565b806001600160a01b03811661005657604051636ee3aa7360e01b815260040160405180910390fd5b6100605f82610093565b5061008b7f71840dc4906352362b0cdaf79870196c8e42acafade72d5d5a6d59291253ceb182610093565b505050610169565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610133575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100eb3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610136565b505f5b92915050565b5f6020828403121561014c575f5ffd5b81516001600160a01b0381168114610162575f5ffd5b9392505050565b610e5d806101765f395ff3fe608060405234801561000f575f5ffd5b5060043610610106575f3560e01c80636c91047a1161009e578063a82da60d1161006e578063a82da60d14610242578063c7df14e21461024a578063c8fcab9c14610279578063d547741f1461028c578063f36c8f5c1461029f575f5ffd5b80636c91047a146101e75780638b1482a11461022057806391d1485414610228578063a217fddf1461023b575f5ffd5b80632f2ff15d116100d95780632f2ff15d1461019b57806336568abe146101ae578063537e7736146101c157806357d37217146101d4575f5ffd5b806301f78f5e1461010a57806301ffc9a71461013357806303aae5e114610156578063248a9ca31461016b575b5f5ffd5b61011d610118366004610a51565b6102b3565b60405161012a9190610a9c565b60405180910390f35b610146610141366004610b32565b610400565b604051901515815260200161012a565b610169610164366004610b60565b610436565b005b61018d610179366004610a51565b5f9081526020819052604090206001015490565b60405190815260200161012a565b6101696101a9366004610b93565b610567565b6101696101bc366004610b93565b610591565b6101696101cf366004610a51565b6105c9565b6101696101e2366004610bc1565b61070d565b61020e6101f5366004610a51565b5f90815260016020526040902054610100900460ff1690565b60405160ff909116815260200161012a565b60025461018d565b610146610236366004610b93565b61089f565b61018d5f81565b61018d608081565b61026c610258366004610a51565b5f9081526001602052604090205460ff1690565b60405161012a9190610c3f565b61018d610287366004610a51565b6108c7565b61016961029a366004610b93565b6108eb565b61018d5f516020610e085f395f51905f5281565b6040805160c0810182525f808252602082018190529181018290526060808201526080810182905260a08101919091525f8281526001602052604090819020815160c081019092528054829060ff16600281111561031357610313610a68565b600281111561032457610324610a68565b81528154610100900460ff1660208201526001820154604082015260028201805460609092019161035490610c4d565b80601f016020809104026020016040519081016040528092919081815260200182805461038090610c4d565b80156103cb5780601f106103a2576101008083540402835291602001916103cb565b820191905f5260205f20905b8154815290600101906020018083116103ae57829003601f168201915b50505091835250506003919091015467ffffffffffffffff8082166020840152600160401b9091041660409091015292915050565b5f6001600160e01b03198216637965db0b60e01b148061043057506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f516020610e085f395f51905f5261044d8161090f565b5f83815260016020819052604090912090815460ff16600281111561047457610474610a68565b146104a457805460405162ac8edd60e51b815261049b91869160ff90911690600401610c85565b60405180910390fd5b805460ff6101009091048116908416116104ed5780546040516327923f4560e21b81526004810186905261010090910460ff90811660248301528416604482015260640161049b565b805461ff00191661010060ff851690810291909117825560038201805467ffffffffffffffff60401b1916600160401b4367ffffffffffffffff160217905560405190815284907fc2c0664443e066f71aeb775321cb466ba41270c7a8b08602de8f7fe55df436d39060200160405180910390a250505050565b5f828152602081905260409020600101546105818161090f565b61058b838361091c565b50505050565b6001600160a01b03811633146105ba5760405163334bd91960e11b815260040160405180910390fd5b6105c482826109ab565b505050565b5f516020610e085f395f51905f526105e08161090f565b816105fe576040516390a9109d60e01b815260040160405180910390fd5b5f8281526001602052604090206002815460ff16600281111561062357610623610a68565b036106445760405163c64be28560e01b81526004810184905260240161049b565b5f815460ff16600281111561065b5761065b610a68565b0361069557600280546001810182555f919091527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace018390555b8054600260ff199091161780825560038201805467ffffffffffffffff60401b1916600160401b4367ffffffffffffffff16021790556040805161010090920460ff1682525184917fed6b37e92cd278961ac1f730471fe174ad3265acb664f8903f019cffc413417b919081900360200190a2505050565b5f516020610e085f395f51905f526107248161090f565b84610742576040516390a9109d60e01b815260040160405180910390fd5b5f85815260016020526040812090815460ff16600281111561076657610766610a68565b1461078e57805460405163e9d42e2760e01b815261049b91889160ff90911690600401610c85565b826107ac57604051630133786360e51b815260040160405180910390fd5b60808411156107d05760405162da3fad60e21b81526004810185905260240161049b565b805461ffff1916600190811782558101839055600281016107f2858783610d03565b50600381018054600160401b67ffffffffffffffff43169081026fffffffffffffffffffffffffffffffff1990921617179055600280546001810182555f919091527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace0186905560405186907fc208b2af62f5a45f322751fd0dee2905863cc156a6af63de38142eb668934c7d9061088f90869089908990610dbe565b60405180910390a2505050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f600282815481106108db576108db610df3565b905f5260205f2001549050919050565b5f828152602081905260409020600101546109058161090f565b61058b83836109ab565b6109198133610a14565b50565b5f610927838361089f565b6109a4575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561095c3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610430565b505f610430565b5f6109b6838361089f565b156109a4575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610430565b610a1e828261089f565b610a4d5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161049b565b5050565b5f60208284031215610a61575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b60038110610a9857634e487b7160e01b5f52602160045260245ffd5b9052565b60208152610aae602082018351610a7c565b60ff6020830151166040820152604082015160608201525f606083015160c0608084015280518060e0850152806020830161010086015e5f8482016101000152608085015167ffffffffffffffff811660a0860152915060a085015167ffffffffffffffff811660c08601529150601f01601f191692909201610100019392505050565b5f60208284031215610b42575f5ffd5b81356001600160e01b031981168114610b59575f5ffd5b9392505050565b5f5f60408385031215610b71575f5ffd5b82359150602083013560ff81168114610b88575f5ffd5b809150509250929050565b5f5f60408385031215610ba4575f5ffd5b8235915060208301356001600160a01b0381168114610b88575f5ffd5b5f5f5f5f60608587031215610bd4575f5ffd5b84359350602085013567ffffffffffffffff811115610bf1575f5ffd5b8501601f81018713610c01575f5ffd5b803567ffffffffffffffff811115610c17575f5ffd5b876020828401011115610c28575f5ffd5b949760209190910196509394604001359392505050565b602081016104308284610a7c565b600181811c90821680610c6157607f821691505b602082108103610c7f57634e487b7160e01b5f52602260045260245ffd5b50919050565b82815260408101610b596020830184610a7c565b634e487b7160e01b5f52604160045260245ffd5b601f8211156105c457828211156105c457805f5260205f20601f840160051c6020851015610cd857505f5b90810190601f840160051c035f5b81811015610cfb575f83820155600101610ce6565b505050505050565b67ffffffffffffffff831115610d1b57610d1b610c99565b610d2f83610d298354610c4d565b83610cad565b5f601f841160018114610d60575f8515610d495750838201355b5f19600387901b1c1916600186901b178355610db7565b5f83815260208120601f198716915b82811015610d8f5786850135825560209485019460019092019101610d6f565b5086821015610dab575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b83815260406020820152816040820152818360608301375f818301606090810191909152601f909201601f1916010192915050565b634e487b7160e01b5f52603260045260245ffdfe71840dc4906352362b0cdaf79870196c8e42acafade72d5d5a6d59291253ceb1a26469706673582212209814ef0330a15d93b778d90bd2cf7a99da39d151ce14b85ecb7000e3eaaf4f4864736f6c63430008250033",
}

// ExperimentRegistry is an auto generated Go binding around an Ethereum contract.
type ExperimentRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ExperimentRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewExperimentRegistry creates a new instance of ExperimentRegistry.
func NewExperimentRegistry() *ExperimentRegistry {
	parsed, err := ExperimentRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ExperimentRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ExperimentRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address governance) returns()
func (experimentRegistry *ExperimentRegistry) PackConstructor(governance common.Address) []byte {
	enc, err := experimentRegistry.abi.Pack("", governance)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (experimentRegistry *ExperimentRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := experimentRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (experimentRegistry *ExperimentRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return experimentRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (experimentRegistry *ExperimentRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := experimentRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGOVERNANCEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf36c8f5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GOVERNANCE_ROLE() view returns(bytes32)
func (experimentRegistry *ExperimentRegistry) PackGOVERNANCEROLE() []byte {
	enc, err := experimentRegistry.abi.Pack("GOVERNANCE_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGOVERNANCEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf36c8f5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GOVERNANCE_ROLE() view returns(bytes32)
func (experimentRegistry *ExperimentRegistry) TryPackGOVERNANCEROLE() ([]byte, error) {
	return experimentRegistry.abi.Pack("GOVERNANCE_ROLE")
}

// UnpackGOVERNANCEROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf36c8f5c.
//
// Solidity: function GOVERNANCE_ROLE() view returns(bytes32)
func (experimentRegistry *ExperimentRegistry) UnpackGOVERNANCEROLE(data []byte) ([32]byte, error) {
	out, err := experimentRegistry.abi.Unpack("GOVERNANCE_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXCIDLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa82da60d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CID_LENGTH() view returns(uint256)
func (experimentRegistry *ExperimentRegistry) PackMAXCIDLENGTH() []byte {
	enc, err := experimentRegistry.abi.Pack("MAX_CID_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCIDLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa82da60d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CID_LENGTH() view returns(uint256)
func (experimentRegistry *ExperimentRegistry) TryPackMAXCIDLENGTH() ([]byte, error) {
	return experimentRegistry.abi.Pack("MAX_CID_LENGTH")
}

// UnpackMAXCIDLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa82da60d.
//
// Solidity: function MAX_CID_LENGTH() view returns(uint256)
func (experimentRegistry *ExperimentRegistry) UnpackMAXCIDLENGTH(data []byte) (*big.Int, error) {
	out, err := experimentRegistry.abi.Unpack("MAX_CID_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAdvance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03aae5e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function advance(bytes32 experimentId, uint8 stage) returns()
func (experimentRegistry *ExperimentRegistry) PackAdvance(experimentId [32]byte, stage uint8) []byte {
	enc, err := experimentRegistry.abi.Pack("advance", experimentId, stage)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdvance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03aae5e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function advance(bytes32 experimentId, uint8 stage) returns()
func (experimentRegistry *ExperimentRegistry) TryPackAdvance(experimentId [32]byte, stage uint8) ([]byte, error) {
	return experimentRegistry.abi.Pack("advance", experimentId, stage)
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d37217.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(bytes32 experimentId, string reportCid, bytes32 reportHash) returns()
func (experimentRegistry *ExperimentRegistry) PackApprove(experimentId [32]byte, reportCid string, reportHash [32]byte) []byte {
	enc, err := experimentRegistry.abi.Pack("approve", experimentId, reportCid, reportHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d37217.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(bytes32 experimentId, string reportCid, bytes32 reportHash) returns()
func (experimentRegistry *ExperimentRegistry) TryPackApprove(experimentId [32]byte, reportCid string, reportHash [32]byte) ([]byte, error) {
	return experimentRegistry.abi.Pack("approve", experimentId, reportCid, reportHash)
}

// PackExperiment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01f78f5e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function experiment(bytes32 experimentId) view returns((uint8,uint8,bytes32,string,uint64,uint64))
func (experimentRegistry *ExperimentRegistry) PackExperiment(experimentId [32]byte) []byte {
	enc, err := experimentRegistry.abi.Pack("experiment", experimentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExperiment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01f78f5e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function experiment(bytes32 experimentId) view returns((uint8,uint8,bytes32,string,uint64,uint64))
func (experimentRegistry *ExperimentRegistry) TryPackExperiment(experimentId [32]byte) ([]byte, error) {
	return experimentRegistry.abi.Pack("experiment", experimentId)
}

// UnpackExperiment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01f78f5e.
//
// Solidity: function experiment(bytes32 experimentId) view returns((uint8,uint8,bytes32,string,uint64,uint64))
func (experimentRegistry *ExperimentRegistry) UnpackExperiment(data []byte) (ExperimentRegistryExperiment, error) {
	out, err := experimentRegistry.abi.Unpack("experiment", data)
	if err != nil {
		return *new(ExperimentRegistryExperiment), err
	}
	out0 := *abi.ConvertType(out[0], new(ExperimentRegistryExperiment)).(*ExperimentRegistryExperiment)
	return out0, nil
}

// PackExperimentCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b1482a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function experimentCount() view returns(uint256)
func (experimentRegistry *ExperimentRegistry) PackExperimentCount() []byte {
	enc, err := experimentRegistry.abi.Pack("experimentCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExperimentCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b1482a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function experimentCount() view returns(uint256)
func (experimentRegistry *ExperimentRegistry) TryPackExperimentCount() ([]byte, error) {
	return experimentRegistry.abi.Pack("experimentCount")
}

// UnpackExperimentCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b1482a1.
//
// Solidity: function experimentCount() view returns(uint256)
func (experimentRegistry *ExperimentRegistry) UnpackExperimentCount(data []byte) (*big.Int, error) {
	out, err := experimentRegistry.abi.Unpack("experimentCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExperimentIdAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8fcab9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function experimentIdAt(uint256 index) view returns(bytes32)
func (experimentRegistry *ExperimentRegistry) PackExperimentIdAt(index *big.Int) []byte {
	enc, err := experimentRegistry.abi.Pack("experimentIdAt", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExperimentIdAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8fcab9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function experimentIdAt(uint256 index) view returns(bytes32)
func (experimentRegistry *ExperimentRegistry) TryPackExperimentIdAt(index *big.Int) ([]byte, error) {
	return experimentRegistry.abi.Pack("experimentIdAt", index)
}

// UnpackExperimentIdAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8fcab9c.
//
// Solidity: function experimentIdAt(uint256 index) view returns(bytes32)
func (experimentRegistry *ExperimentRegistry) UnpackExperimentIdAt(data []byte) ([32]byte, error) {
	out, err := experimentRegistry.abi.Unpack("experimentIdAt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (experimentRegistry *ExperimentRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := experimentRegistry.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (experimentRegistry *ExperimentRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return experimentRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (experimentRegistry *ExperimentRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := experimentRegistry.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (experimentRegistry *ExperimentRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := experimentRegistry.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (experimentRegistry *ExperimentRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return experimentRegistry.abi.Pack("grantRole", role, account)
}

// PackHalt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x537e7736.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function halt(bytes32 experimentId) returns()
func (experimentRegistry *ExperimentRegistry) PackHalt(experimentId [32]byte) []byte {
	enc, err := experimentRegistry.abi.Pack("halt", experimentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHalt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x537e7736.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function halt(bytes32 experimentId) returns()
func (experimentRegistry *ExperimentRegistry) TryPackHalt(experimentId [32]byte) ([]byte, error) {
	return experimentRegistry.abi.Pack("halt", experimentId)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (experimentRegistry *ExperimentRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := experimentRegistry.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (experimentRegistry *ExperimentRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return experimentRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (experimentRegistry *ExperimentRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := experimentRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (experimentRegistry *ExperimentRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := experimentRegistry.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (experimentRegistry *ExperimentRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return experimentRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (experimentRegistry *ExperimentRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := experimentRegistry.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (experimentRegistry *ExperimentRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return experimentRegistry.abi.Pack("revokeRole", role, account)
}

// PackStageOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c91047a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stageOf(bytes32 experimentId) view returns(uint8)
func (experimentRegistry *ExperimentRegistry) PackStageOf(experimentId [32]byte) []byte {
	enc, err := experimentRegistry.abi.Pack("stageOf", experimentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStageOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c91047a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stageOf(bytes32 experimentId) view returns(uint8)
func (experimentRegistry *ExperimentRegistry) TryPackStageOf(experimentId [32]byte) ([]byte, error) {
	return experimentRegistry.abi.Pack("stageOf", experimentId)
}

// UnpackStageOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c91047a.
//
// Solidity: function stageOf(bytes32 experimentId) view returns(uint8)
func (experimentRegistry *ExperimentRegistry) UnpackStageOf(data []byte) (uint8, error) {
	out, err := experimentRegistry.abi.Unpack("stageOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackStatusOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7df14e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function statusOf(bytes32 experimentId) view returns(uint8)
func (experimentRegistry *ExperimentRegistry) PackStatusOf(experimentId [32]byte) []byte {
	enc, err := experimentRegistry.abi.Pack("statusOf", experimentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStatusOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7df14e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function statusOf(bytes32 experimentId) view returns(uint8)
func (experimentRegistry *ExperimentRegistry) TryPackStatusOf(experimentId [32]byte) ([]byte, error) {
	return experimentRegistry.abi.Pack("statusOf", experimentId)
}

// UnpackStatusOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7df14e2.
//
// Solidity: function statusOf(bytes32 experimentId) view returns(uint8)
func (experimentRegistry *ExperimentRegistry) UnpackStatusOf(data []byte) (uint8, error) {
	out, err := experimentRegistry.abi.Unpack("statusOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (experimentRegistry *ExperimentRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := experimentRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (experimentRegistry *ExperimentRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return experimentRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (experimentRegistry *ExperimentRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := experimentRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// ExperimentRegistryExperimentAdvanced represents a ExperimentAdvanced event raised by the ExperimentRegistry contract.
type ExperimentRegistryExperimentAdvanced struct {
	ExperimentId [32]byte
	Stage        uint8
	Raw          *types.Log // Blockchain specific contextual infos
}

const ExperimentRegistryExperimentAdvancedEventName = "ExperimentAdvanced"

// ContractEventName returns the user-defined event name.
func (ExperimentRegistryExperimentAdvanced) ContractEventName() string {
	return ExperimentRegistryExperimentAdvancedEventName
}

// UnpackExperimentAdvancedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExperimentAdvanced(bytes32 indexed experimentId, uint8 stage)
func (experimentRegistry *ExperimentRegistry) UnpackExperimentAdvancedEvent(log *types.Log) (*ExperimentRegistryExperimentAdvanced, error) {
	event := "ExperimentAdvanced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != experimentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExperimentRegistryExperimentAdvanced)
	if len(log.Data) > 0 {
		if err := experimentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range experimentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExperimentRegistryExperimentApproved represents a ExperimentApproved event raised by the ExperimentRegistry contract.
type ExperimentRegistryExperimentApproved struct {
	ExperimentId [32]byte
	ReportHash   [32]byte
	ReportCid    string
	Raw          *types.Log // Blockchain specific contextual infos
}

const ExperimentRegistryExperimentApprovedEventName = "ExperimentApproved"

// ContractEventName returns the user-defined event name.
func (ExperimentRegistryExperimentApproved) ContractEventName() string {
	return ExperimentRegistryExperimentApprovedEventName
}

// UnpackExperimentApprovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExperimentApproved(bytes32 indexed experimentId, bytes32 reportHash, string reportCid)
func (experimentRegistry *ExperimentRegistry) UnpackExperimentApprovedEvent(log *types.Log) (*ExperimentRegistryExperimentApproved, error) {
	event := "ExperimentApproved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != experimentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExperimentRegistryExperimentApproved)
	if len(log.Data) > 0 {
		if err := experimentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range experimentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExperimentRegistryExperimentHalted represents a ExperimentHalted event raised by the ExperimentRegistry contract.
type ExperimentRegistryExperimentHalted struct {
	ExperimentId [32]byte
	Stage        uint8
	Raw          *types.Log // Blockchain specific contextual infos
}

const ExperimentRegistryExperimentHaltedEventName = "ExperimentHalted"

// ContractEventName returns the user-defined event name.
func (ExperimentRegistryExperimentHalted) ContractEventName() string {
	return ExperimentRegistryExperimentHaltedEventName
}

// UnpackExperimentHaltedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExperimentHalted(bytes32 indexed experimentId, uint8 stage)
func (experimentRegistry *ExperimentRegistry) UnpackExperimentHaltedEvent(log *types.Log) (*ExperimentRegistryExperimentHalted, error) {
	event := "ExperimentHalted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != experimentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExperimentRegistryExperimentHalted)
	if len(log.Data) > 0 {
		if err := experimentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range experimentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExperimentRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the ExperimentRegistry contract.
type ExperimentRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const ExperimentRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (ExperimentRegistryRoleAdminChanged) ContractEventName() string {
	return ExperimentRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (experimentRegistry *ExperimentRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*ExperimentRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != experimentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExperimentRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := experimentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range experimentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExperimentRegistryRoleGranted represents a RoleGranted event raised by the ExperimentRegistry contract.
type ExperimentRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ExperimentRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (ExperimentRegistryRoleGranted) ContractEventName() string {
	return ExperimentRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (experimentRegistry *ExperimentRegistry) UnpackRoleGrantedEvent(log *types.Log) (*ExperimentRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != experimentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExperimentRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := experimentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range experimentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExperimentRegistryRoleRevoked represents a RoleRevoked event raised by the ExperimentRegistry contract.
type ExperimentRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ExperimentRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (ExperimentRegistryRoleRevoked) ContractEventName() string {
	return ExperimentRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (experimentRegistry *ExperimentRegistry) UnpackRoleRevokedEvent(log *types.Log) (*ExperimentRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != experimentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExperimentRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := experimentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range experimentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (experimentRegistry *ExperimentRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], experimentRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return experimentRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], experimentRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return experimentRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], experimentRegistry.abi.Errors["ExperimentAlreadyHalted"].ID.Bytes()[:4]) {
		return experimentRegistry.UnpackExperimentAlreadyHaltedError(raw[4:])
	}
	if bytes.Equal(raw[:4], experimentRegistry.abi.Errors["ExperimentAlreadyKnown"].ID.Bytes()[:4]) {
		return experimentRegistry.UnpackExperimentAlreadyKnownError(raw[4:])
	}
	if bytes.Equal(raw[:4], experimentRegistry.abi.Errors["ExperimentCidTooLong"].ID.Bytes()[:4]) {
		return experimentRegistry.UnpackExperimentCidTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], experimentRegistry.abi.Errors["ExperimentEmptyReportHash"].ID.Bytes()[:4]) {
		return experimentRegistry.UnpackExperimentEmptyReportHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], experimentRegistry.abi.Errors["ExperimentNotApproved"].ID.Bytes()[:4]) {
		return experimentRegistry.UnpackExperimentNotApprovedError(raw[4:])
	}
	if bytes.Equal(raw[:4], experimentRegistry.abi.Errors["ExperimentStageNotIncreasing"].ID.Bytes()[:4]) {
		return experimentRegistry.UnpackExperimentStageNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], experimentRegistry.abi.Errors["ExperimentZeroId"].ID.Bytes()[:4]) {
		return experimentRegistry.UnpackExperimentZeroIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], experimentRegistry.abi.Errors["GovernedZeroAddress"].ID.Bytes()[:4]) {
		return experimentRegistry.UnpackGovernedZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ExperimentRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the ExperimentRegistry contract.
type ExperimentRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func ExperimentRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (experimentRegistry *ExperimentRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*ExperimentRegistryAccessControlBadConfirmation, error) {
	out := new(ExperimentRegistryAccessControlBadConfirmation)
	if err := experimentRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExperimentRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the ExperimentRegistry contract.
type ExperimentRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func ExperimentRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (experimentRegistry *ExperimentRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*ExperimentRegistryAccessControlUnauthorizedAccount, error) {
	out := new(ExperimentRegistryAccessControlUnauthorizedAccount)
	if err := experimentRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExperimentRegistryExperimentAlreadyHalted represents a ExperimentAlreadyHalted error raised by the ExperimentRegistry contract.
type ExperimentRegistryExperimentAlreadyHalted struct {
	ExperimentId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExperimentAlreadyHalted(bytes32 experimentId)
func ExperimentRegistryExperimentAlreadyHaltedErrorID() common.Hash {
	return common.HexToHash("0xc64be2852a680cc5625b2254cd09935c1f74bc83c6ce76ac48bb604021fa9fdc")
}

// UnpackExperimentAlreadyHaltedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExperimentAlreadyHalted(bytes32 experimentId)
func (experimentRegistry *ExperimentRegistry) UnpackExperimentAlreadyHaltedError(raw []byte) (*ExperimentRegistryExperimentAlreadyHalted, error) {
	out := new(ExperimentRegistryExperimentAlreadyHalted)
	if err := experimentRegistry.abi.UnpackIntoInterface(out, "ExperimentAlreadyHalted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExperimentRegistryExperimentAlreadyKnown represents a ExperimentAlreadyKnown error raised by the ExperimentRegistry contract.
type ExperimentRegistryExperimentAlreadyKnown struct {
	ExperimentId [32]byte
	Status       uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExperimentAlreadyKnown(bytes32 experimentId, uint8 status)
func ExperimentRegistryExperimentAlreadyKnownErrorID() common.Hash {
	return common.HexToHash("0xe9d42e2718dbc5fe3396b5c5d3eba792733205494689a13ed7a72e32c85b6be3")
}

// UnpackExperimentAlreadyKnownError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExperimentAlreadyKnown(bytes32 experimentId, uint8 status)
func (experimentRegistry *ExperimentRegistry) UnpackExperimentAlreadyKnownError(raw []byte) (*ExperimentRegistryExperimentAlreadyKnown, error) {
	out := new(ExperimentRegistryExperimentAlreadyKnown)
	if err := experimentRegistry.abi.UnpackIntoInterface(out, "ExperimentAlreadyKnown", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExperimentRegistryExperimentCidTooLong represents a ExperimentCidTooLong error raised by the ExperimentRegistry contract.
type ExperimentRegistryExperimentCidTooLong struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExperimentCidTooLong(uint256 length)
func ExperimentRegistryExperimentCidTooLongErrorID() common.Hash {
	return common.HexToHash("0x0368feb47ccbec7760dfa7b7806ea4714f88f3379ea47f586e472828bc1df83e")
}

// UnpackExperimentCidTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExperimentCidTooLong(uint256 length)
func (experimentRegistry *ExperimentRegistry) UnpackExperimentCidTooLongError(raw []byte) (*ExperimentRegistryExperimentCidTooLong, error) {
	out := new(ExperimentRegistryExperimentCidTooLong)
	if err := experimentRegistry.abi.UnpackIntoInterface(out, "ExperimentCidTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExperimentRegistryExperimentEmptyReportHash represents a ExperimentEmptyReportHash error raised by the ExperimentRegistry contract.
type ExperimentRegistryExperimentEmptyReportHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExperimentEmptyReportHash()
func ExperimentRegistryExperimentEmptyReportHashErrorID() common.Hash {
	return common.HexToHash("0x266f0c602e5eb7c974fc99af89e747f6cafdf4bcaabb50a143f425c4c72f9297")
}

// UnpackExperimentEmptyReportHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExperimentEmptyReportHash()
func (experimentRegistry *ExperimentRegistry) UnpackExperimentEmptyReportHashError(raw []byte) (*ExperimentRegistryExperimentEmptyReportHash, error) {
	out := new(ExperimentRegistryExperimentEmptyReportHash)
	if err := experimentRegistry.abi.UnpackIntoInterface(out, "ExperimentEmptyReportHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExperimentRegistryExperimentNotApproved represents a ExperimentNotApproved error raised by the ExperimentRegistry contract.
type ExperimentRegistryExperimentNotApproved struct {
	ExperimentId [32]byte
	Status       uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExperimentNotApproved(bytes32 experimentId, uint8 status)
func ExperimentRegistryExperimentNotApprovedErrorID() common.Hash {
	return common.HexToHash("0x1591dba0c628c2cd9b865d794b0a071b08ba336c17abe9ca10e550e167c76c47")
}

// UnpackExperimentNotApprovedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExperimentNotApproved(bytes32 experimentId, uint8 status)
func (experimentRegistry *ExperimentRegistry) UnpackExperimentNotApprovedError(raw []byte) (*ExperimentRegistryExperimentNotApproved, error) {
	out := new(ExperimentRegistryExperimentNotApproved)
	if err := experimentRegistry.abi.UnpackIntoInterface(out, "ExperimentNotApproved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExperimentRegistryExperimentStageNotIncreasing represents a ExperimentStageNotIncreasing error raised by the ExperimentRegistry contract.
type ExperimentRegistryExperimentStageNotIncreasing struct {
	ExperimentId [32]byte
	Current      uint8
	Proposed     uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExperimentStageNotIncreasing(bytes32 experimentId, uint8 current, uint8 proposed)
func ExperimentRegistryExperimentStageNotIncreasingErrorID() common.Hash {
	return common.HexToHash("0x9e48fd147e0aff9ad96bc4409c45213c47b50e42e1c88c7596d7a38fc2feab09")
}

// UnpackExperimentStageNotIncreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExperimentStageNotIncreasing(bytes32 experimentId, uint8 current, uint8 proposed)
func (experimentRegistry *ExperimentRegistry) UnpackExperimentStageNotIncreasingError(raw []byte) (*ExperimentRegistryExperimentStageNotIncreasing, error) {
	out := new(ExperimentRegistryExperimentStageNotIncreasing)
	if err := experimentRegistry.abi.UnpackIntoInterface(out, "ExperimentStageNotIncreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExperimentRegistryExperimentZeroId represents a ExperimentZeroId error raised by the ExperimentRegistry contract.
type ExperimentRegistryExperimentZeroId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExperimentZeroId()
func ExperimentRegistryExperimentZeroIdErrorID() common.Hash {
	return common.HexToHash("0x90a9109deebb84bdf6571b19f88396844759dd76ab46d43f2d25734c52cb865e")
}

// UnpackExperimentZeroIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExperimentZeroId()
func (experimentRegistry *ExperimentRegistry) UnpackExperimentZeroIdError(raw []byte) (*ExperimentRegistryExperimentZeroId, error) {
	out := new(ExperimentRegistryExperimentZeroId)
	if err := experimentRegistry.abi.UnpackIntoInterface(out, "ExperimentZeroId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExperimentRegistryGovernedZeroAddress represents a GovernedZeroAddress error raised by the ExperimentRegistry contract.
type ExperimentRegistryGovernedZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernedZeroAddress()
func ExperimentRegistryGovernedZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x6ee3aa7357010fa4b3a0def37cfae868e5f863ec455074553153d743382a4dda")
}

// UnpackGovernedZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernedZeroAddress()
func (experimentRegistry *ExperimentRegistry) UnpackGovernedZeroAddressError(raw []byte) (*ExperimentRegistryGovernedZeroAddress, error) {
	out := new(ExperimentRegistryGovernedZeroAddress)
	if err := experimentRegistry.abi.UnpackIntoInterface(out, "GovernedZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
