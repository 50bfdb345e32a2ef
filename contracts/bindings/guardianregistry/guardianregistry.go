// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package guardianregistry

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

// GuardianRegistryGuardian is an auto generated low-level Go binding around an user-defined struct.
type GuardianRegistryGuardian struct {
	Account   common.Address
	Recipient [32]byte
}

// GuardianRegistryMetaData contains all meta data concerning the GuardianRegistry contract.
var GuardianRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"governance\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"recipient\",\"type\":\"bytes32\"}],\"internalType\":\"structGuardianRegistry.Guardian[]\",\"name\":\"initial\",\"type\":\"tuple[]\"},{\"internalType\":\"uint8\",\"name\":\"initialThreshold\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernedZeroAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"GuardianDuplicate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"GuardianInvalidThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"GuardianSetTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"GuardianZeroEntry\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"recipients\",\"type\":\"bytes32[]\"}],\"name\":\"GuardianSetUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GOVERNANCE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_GUARDIANS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardianCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardians\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"recipient\",\"type\":\"bytes32\"}],\"internalType\":\"structGuardianRegistry.Guardian[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"recipientOf\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"found\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"recipient\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"recipient\",\"type\":\"bytes32\"}],\"internalType\":\"structGuardianRegistry.Guardian[]\",\"name\":\"newGuardians\",\"type\":\"tuple[]\"},{\"internalType\":\"uint8\",\"name\":\"newThreshold\",\"type\":\"uint8\"}],\"name\":\"setGuardians\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"threshold\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "GuardianRegistry",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161159938038061159983398101604081905261002e91610645565b826001600160a01b03811661005657604051636ee3aa7360e01b815260040160405180910390fd5b6100605f826100b5565b5061008b7f71840dc4906352362b0cdaf79870196c8e42acafade72d5d5a6d59291253ceb1826100b5565b5050815115158061009e575060ff811615155b156100ad576100ad828261015e565b50505061082d565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610155575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561010d3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610158565b505f5b92915050565b8151604081111561018a57604051639ea35fb160e01b8152600481018290526024015b60405180910390fd5b60ff8216158061019c5750808260ff16115b156101c65760405163ce9c8e8560e01b815260ff8316600482015260248101829052604401610181565b5f5b6001548110156102195760025f600183815481106101e8576101e861073f565b5f91825260208083206002909202909101546001600160a01b031683528201929092526040018120556001016101c8565b5061022560015f610562565b5f816001600160401b0381111561023e5761023e6105c9565b604051908082528060200260200182016040528015610267578160200160208202803683370190505b5090505f826001600160401b03811115610283576102836105c9565b6040519080825280602002602001820160405280156102ac578160200160208202803683370190505b5090505f5b838110156104ad575f8682815181106102cc576102cc61073f565b602002602001015190505f6001600160a01b0316815f01516001600160a01b031614806102fb57506020810151155b1561031c57604051632f9e5da960e01b815260048101839052602401610181565b80516001600160a01b03165f908152600260205260409020541561035657604051631ed4086960e01b815260048101839052602401610181565b5f5b828110156103a85781602001518482815181106103775761037761073f565b6020026020010151036103a057604051631ed4086960e01b815260048101849052602401610181565b600101610358565b506001805480820182555f82905282517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6600290920291820180546001600160a01b0319166001600160a01b0390921691909117905560208301517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf790910155610433908390610767565b81516001600160a01b03165f90815260026020526040902055805184518590849081106104625761046261073f565b60200260200101906001600160a01b031690816001600160a01b03168152505080602001518383815181106104995761049961073f565b6020908102919091010152506001016102b1565b506003805460ff191660ff8616178082556001919082906104dd90829061010090046001600160401b031661077a565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550600360019054906101000a90046001600160401b03166001600160401b03167f02bbbbcce3be91c66424033274006619e2aeeec680e7ec6c9fa7281400f1cfbf85848460405161055393929190610799565b60405180910390a25050505050565b5080545f8255600202905f5260205f209061057d919061057f565b565b5f5b808211156105a95780830180546001600160a01b03191681555f600190910155600201610581565b505050565b80516001600160a01b03811681146105c4575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b03811182821017156105ff576105ff6105c9565b60405290565b604051601f8201601f191681016001600160401b038111828210171561062d5761062d6105c9565b604052919050565b805160ff811681146105c4575f5ffd5b5f5f5f60608486031215610657575f5ffd5b610660846105ae565b60208501519093506001600160401b0381111561067b575f5ffd5b8401601f8101861361068b575f5ffd5b80516001600160401b038111156106a4576106a46105c9565b6106b360208260051b01610605565b8082825260208201915060208360061b8501019250888311156106d4575f5ffd5b6020840193505b82841015610724576040848a0312156106f2575f5ffd5b6106fa6105dd565b610703856105ae565b815260208501516020820152808352506020820191506040840193506106db565b94506107369250505060408501610635565b90509250925092565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8082018082111561015857610158610753565b6001600160401b03818116838216019081111561015857610158610753565b5f6060820160ff86168352606060208401528085518083526080850191506020870192505f5b818110156107e65783516001600160a01b03168352602093840193909201916001016107bf565b50508381036040850152845180825260209182019250908501905f5b81811015610820578251845260209384019390920191600101610802565b5091979650505050505050565b610d5f8061083a5f395ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c80635a81d4ba11610093578063a217fddf11610063578063a217fddf14610214578063d547741f1461021b578063e38d08951461022e578063f36c8f5c14610241575f5ffd5b80635a81d4ba14610199578063695b7f23146101ae578063900cf0cf146101d857806391d1485414610201575f5ffd5b806336568abe116100ce57806336568abe14610161578063422c1d371461017457806342cde4e81461017c57806354387ad714610191575f5ffd5b806301ffc9a7146100f4578063248a9ca31461011c5780632f2ff15d1461014c575b5f5ffd5b610107610102366004610a34565b610268565b60405190151581526020015b60405180910390f35b61013e61012a366004610a62565b5f9081526020819052604090206001015490565b604051908152602001610113565b61015f61015a366004610a94565b61029e565b005b61015f61016f366004610a94565b6102c8565b61013e604081565b60035460405160ff9091168152602001610113565b60015461013e565b6101a1610300565b6040516101139190610abe565b6101c16101bc366004610b15565b610373565b604080519215158352602083019190915201610113565b60035461010090046001600160401b03166040516001600160401b039091168152602001610113565b61010761020f366004610a94565b6103d6565b61013e5f81565b61015f610229366004610a94565b6103fe565b61015f61023c366004610b2e565b610422565b61013e7f71840dc4906352362b0cdaf79870196c8e42acafade72d5d5a6d59291253ceb181565b5f6001600160e01b03198216637965db0b60e01b148061029857506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f828152602081905260409020600101546102b8816104a7565b6102c283836104b4565b50505050565b6001600160a01b03811633146102f15760405163334bd91960e11b815260040160405180910390fd5b6102fb8282610543565b505050565b60606001805480602002602001604051908101604052809291908181526020015f905b8282101561036a575f848152602090819020604080518082019091526002850290910180546001600160a01b03168252600190810154828401529083529092019101610323565b50505050905090565b6001600160a01b0381165f90815260026020526040812054819080820361039f57505f93849350915050565b6001806103ac8184610bc7565b815481106103bc576103bc610bda565b905f5260205f209060020201600101549250925050915091565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f82815260208190526040902060010154610418816104a7565b6102c28383610543565b7f71840dc4906352362b0cdaf79870196c8e42acafade72d5d5a6d59291253ceb161044c816104a7565b6102c28484808060200260200160405190810160405280939291908181526020015f905b8282101561049c5761048d60408302860136819003810190610c02565b81526020019060010190610470565b5050505050836105ac565b6104b181336109b0565b50565b5f6104bf83836103d6565b61053c575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556104f43390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610298565b505f610298565b5f61054e83836103d6565b1561053c575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610298565b815160408111156105d857604051639ea35fb160e01b8152600481018290526024015b60405180910390fd5b60ff821615806105ea5750808260ff16115b156106145760405163ce9c8e8560e01b815260ff83166004820152602481018290526044016105cf565b5f5b6001548110156106675760025f6001838154811061063657610636610bda565b5f91825260208083206002909202909101546001600160a01b03168352820192909252604001812055600101610616565b5061067360015f6109ed565b5f816001600160401b0381111561068c5761068c610bee565b6040519080825280602002602001820160405280156106b5578160200160208202803683370190505b5090505f826001600160401b038111156106d1576106d1610bee565b6040519080825280602002602001820160405280156106fa578160200160208202803683370190505b5090505f5b838110156108fb575f86828151811061071a5761071a610bda565b602002602001015190505f6001600160a01b0316815f01516001600160a01b0316148061074957506020810151155b1561076a57604051632f9e5da960e01b8152600481018390526024016105cf565b80516001600160a01b03165f90815260026020526040902054156107a457604051631ed4086960e01b8152600481018390526024016105cf565b5f5b828110156107f65781602001518482815181106107c5576107c5610bda565b6020026020010151036107ee57604051631ed4086960e01b8152600481018490526024016105cf565b6001016107a6565b506001805480820182555f82905282517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6600290920291820180546001600160a01b0319166001600160a01b0390921691909117905560208301517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf790910155610881908390610c63565b81516001600160a01b03165f90815260026020526040902055805184518590849081106108b0576108b0610bda565b60200260200101906001600160a01b031690816001600160a01b03168152505080602001518383815181106108e7576108e7610bda565b6020908102919091010152506001016106ff565b506003805460ff191660ff86161780825560019190829061092b90829061010090046001600160401b0316610c76565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550600360019054906101000a90046001600160401b03166001600160401b03167f02bbbbcce3be91c66424033274006619e2aeeec680e7ec6c9fa7281400f1cfbf8584846040516109a193929190610c95565b60405180910390a25050505050565b6109ba82826103d6565b6109e95760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016105cf565b5050565b5080545f8255600202905f5260205f2090610a089190610a0a565b565b5f5b808211156102fb5780830180546001600160a01b03191681555f600190910155600201610a0c565b5f60208284031215610a44575f5ffd5b81356001600160e01b031981168114610a5b575f5ffd5b9392505050565b5f60208284031215610a72575f5ffd5b5035919050565b80356001600160a01b0381168114610a8f575f5ffd5b919050565b5f5f60408385031215610aa5575f5ffd5b82359150610ab560208401610a79565b90509250929050565b602080825282518282018190525f918401906040840190835b81811015610b0a57835180516001600160a01b031684526020908101518185015290930192604090920191600101610ad7565b509095945050505050565b5f60208284031215610b25575f5ffd5b610a5b82610a79565b5f5f5f60408486031215610b40575f5ffd5b83356001600160401b03811115610b55575f5ffd5b8401601f81018613610b65575f5ffd5b80356001600160401b03811115610b7a575f5ffd5b8660208260061b8401011115610b8e575f5ffd5b60209182019450925084013560ff81168114610ba8575f5ffd5b809150509250925092565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561029857610298610bb3565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b5f6040828403128015610c13575f5ffd5b50604080519081016001600160401b0381118282101715610c4257634e487b7160e01b5f52604160045260245ffd5b604052610c4e83610a79565b81526020928301359281019290925250919050565b8082018082111561029857610298610bb3565b6001600160401b03818116838216019081111561029857610298610bb3565b5f6060820160ff86168352606060208401528085518083526080850191506020870192505f5b81811015610ce25783516001600160a01b0316835260209384019390920191600101610cbb565b50508381036040850152845180825260209182019250908501905f5b81811015610d1c578251845260209384019390920191600101610cfe565b509197965050505050505056fea2646970667358221220550e59de4e4d1b1ed12cc613e9209f194ba9f1272cc7c6005f8b74b831bb3ca664736f6c63430008250033",
}

// GuardianRegistry is an auto generated Go binding around an Ethereum contract.
type GuardianRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GuardianRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewGuardianRegistry creates a new instance of GuardianRegistry.
func NewGuardianRegistry() *GuardianRegistry {
	parsed, err := GuardianRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GuardianRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GuardianRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address governance, (address,bytes32)[] initial, uint8 initialThreshold) returns()
func (guardianRegistry *GuardianRegistry) PackConstructor(governance common.Address, initial []GuardianRegistryGuardian, initialThreshold uint8) []byte {
	enc, err := guardianRegistry.abi.Pack("", governance, initial, initialThreshold)
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
func (guardianRegistry *GuardianRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := guardianRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (guardianRegistry *GuardianRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return guardianRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (guardianRegistry *GuardianRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := guardianRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (guardianRegistry *GuardianRegistry) PackGOVERNANCEROLE() []byte {
	enc, err := guardianRegistry.abi.Pack("GOVERNANCE_ROLE")
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
func (guardianRegistry *GuardianRegistry) TryPackGOVERNANCEROLE() ([]byte, error) {
	return guardianRegistry.abi.Pack("GOVERNANCE_ROLE")
}

// UnpackGOVERNANCEROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf36c8f5c.
//
// Solidity: function GOVERNANCE_ROLE() view returns(bytes32)
func (guardianRegistry *GuardianRegistry) UnpackGOVERNANCEROLE(data []byte) ([32]byte, error) {
	out, err := guardianRegistry.abi.Unpack("GOVERNANCE_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXGUARDIANS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x422c1d37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_GUARDIANS() view returns(uint256)
func (guardianRegistry *GuardianRegistry) PackMAXGUARDIANS() []byte {
	enc, err := guardianRegistry.abi.Pack("MAX_GUARDIANS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXGUARDIANS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x422c1d37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_GUARDIANS() view returns(uint256)
func (guardianRegistry *GuardianRegistry) TryPackMAXGUARDIANS() ([]byte, error) {
	return guardianRegistry.abi.Pack("MAX_GUARDIANS")
}

// UnpackMAXGUARDIANS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x422c1d37.
//
// Solidity: function MAX_GUARDIANS() view returns(uint256)
func (guardianRegistry *GuardianRegistry) UnpackMAXGUARDIANS(data []byte) (*big.Int, error) {
	out, err := guardianRegistry.abi.Unpack("MAX_GUARDIANS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epoch() view returns(uint64)
func (guardianRegistry *GuardianRegistry) PackEpoch() []byte {
	enc, err := guardianRegistry.abi.Pack("epoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epoch() view returns(uint64)
func (guardianRegistry *GuardianRegistry) TryPackEpoch() ([]byte, error) {
	return guardianRegistry.abi.Pack("epoch")
}

// UnpackEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x900cf0cf.
//
// Solidity: function epoch() view returns(uint64)
func (guardianRegistry *GuardianRegistry) UnpackEpoch(data []byte) (uint64, error) {
	out, err := guardianRegistry.abi.Unpack("epoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (guardianRegistry *GuardianRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := guardianRegistry.abi.Pack("getRoleAdmin", role)
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
func (guardianRegistry *GuardianRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return guardianRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (guardianRegistry *GuardianRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := guardianRegistry.abi.Unpack("getRoleAdmin", data)
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
func (guardianRegistry *GuardianRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := guardianRegistry.abi.Pack("grantRole", role, account)
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
func (guardianRegistry *GuardianRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return guardianRegistry.abi.Pack("grantRole", role, account)
}

// PackGuardianCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54387ad7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function guardianCount() view returns(uint256)
func (guardianRegistry *GuardianRegistry) PackGuardianCount() []byte {
	enc, err := guardianRegistry.abi.Pack("guardianCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGuardianCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54387ad7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function guardianCount() view returns(uint256)
func (guardianRegistry *GuardianRegistry) TryPackGuardianCount() ([]byte, error) {
	return guardianRegistry.abi.Pack("guardianCount")
}

// UnpackGuardianCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54387ad7.
//
// Solidity: function guardianCount() view returns(uint256)
func (guardianRegistry *GuardianRegistry) UnpackGuardianCount(data []byte) (*big.Int, error) {
	out, err := guardianRegistry.abi.Unpack("guardianCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGuardians is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a81d4ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function guardians() view returns((address,bytes32)[])
func (guardianRegistry *GuardianRegistry) PackGuardians() []byte {
	enc, err := guardianRegistry.abi.Pack("guardians")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGuardians is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a81d4ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function guardians() view returns((address,bytes32)[])
func (guardianRegistry *GuardianRegistry) TryPackGuardians() ([]byte, error) {
	return guardianRegistry.abi.Pack("guardians")
}

// UnpackGuardians is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a81d4ba.
//
// Solidity: function guardians() view returns((address,bytes32)[])
func (guardianRegistry *GuardianRegistry) UnpackGuardians(data []byte) ([]GuardianRegistryGuardian, error) {
	out, err := guardianRegistry.abi.Unpack("guardians", data)
	if err != nil {
		return *new([]GuardianRegistryGuardian), err
	}
	out0 := *abi.ConvertType(out[0], new([]GuardianRegistryGuardian)).(*[]GuardianRegistryGuardian)
	return out0, nil
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (guardianRegistry *GuardianRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := guardianRegistry.abi.Pack("hasRole", role, account)
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
func (guardianRegistry *GuardianRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return guardianRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (guardianRegistry *GuardianRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := guardianRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRecipientOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x695b7f23.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recipientOf(address account) view returns(bool found, bytes32 recipient)
func (guardianRegistry *GuardianRegistry) PackRecipientOf(account common.Address) []byte {
	enc, err := guardianRegistry.abi.Pack("recipientOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecipientOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x695b7f23.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recipientOf(address account) view returns(bool found, bytes32 recipient)
func (guardianRegistry *GuardianRegistry) TryPackRecipientOf(account common.Address) ([]byte, error) {
	return guardianRegistry.abi.Pack("recipientOf", account)
}

// RecipientOfOutput serves as a container for the return parameters of contract
// method RecipientOf.
type RecipientOfOutput struct {
	Found     bool
	Recipient [32]byte
}

// UnpackRecipientOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x695b7f23.
//
// Solidity: function recipientOf(address account) view returns(bool found, bytes32 recipient)
func (guardianRegistry *GuardianRegistry) UnpackRecipientOf(data []byte) (RecipientOfOutput, error) {
	out, err := guardianRegistry.abi.Unpack("recipientOf", data)
	outstruct := new(RecipientOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Found = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Recipient = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (guardianRegistry *GuardianRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := guardianRegistry.abi.Pack("renounceRole", role, callerConfirmation)
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
func (guardianRegistry *GuardianRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return guardianRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (guardianRegistry *GuardianRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := guardianRegistry.abi.Pack("revokeRole", role, account)
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
func (guardianRegistry *GuardianRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return guardianRegistry.abi.Pack("revokeRole", role, account)
}

// PackSetGuardians is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38d0895.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setGuardians((address,bytes32)[] newGuardians, uint8 newThreshold) returns()
func (guardianRegistry *GuardianRegistry) PackSetGuardians(newGuardians []GuardianRegistryGuardian, newThreshold uint8) []byte {
	enc, err := guardianRegistry.abi.Pack("setGuardians", newGuardians, newThreshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetGuardians is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38d0895.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setGuardians((address,bytes32)[] newGuardians, uint8 newThreshold) returns()
func (guardianRegistry *GuardianRegistry) TryPackSetGuardians(newGuardians []GuardianRegistryGuardian, newThreshold uint8) ([]byte, error) {
	return guardianRegistry.abi.Pack("setGuardians", newGuardians, newThreshold)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (guardianRegistry *GuardianRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := guardianRegistry.abi.Pack("supportsInterface", interfaceId)
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
func (guardianRegistry *GuardianRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return guardianRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (guardianRegistry *GuardianRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := guardianRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function threshold() view returns(uint8)
func (guardianRegistry *GuardianRegistry) PackThreshold() []byte {
	enc, err := guardianRegistry.abi.Pack("threshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function threshold() view returns(uint8)
func (guardianRegistry *GuardianRegistry) TryPackThreshold() ([]byte, error) {
	return guardianRegistry.abi.Pack("threshold")
}

// UnpackThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42cde4e8.
//
// Solidity: function threshold() view returns(uint8)
func (guardianRegistry *GuardianRegistry) UnpackThreshold(data []byte) (uint8, error) {
	out, err := guardianRegistry.abi.Unpack("threshold", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// GuardianRegistryGuardianSetUpdated represents a GuardianSetUpdated event raised by the GuardianRegistry contract.
type GuardianRegistryGuardianSetUpdated struct {
	Epoch      uint64
	Threshold  uint8
	Accounts   []common.Address
	Recipients [][32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const GuardianRegistryGuardianSetUpdatedEventName = "GuardianSetUpdated"

// ContractEventName returns the user-defined event name.
func (GuardianRegistryGuardianSetUpdated) ContractEventName() string {
	return GuardianRegistryGuardianSetUpdatedEventName
}

// UnpackGuardianSetUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GuardianSetUpdated(uint64 indexed epoch, uint8 threshold, address[] accounts, bytes32[] recipients)
func (guardianRegistry *GuardianRegistry) UnpackGuardianSetUpdatedEvent(log *types.Log) (*GuardianRegistryGuardianSetUpdated, error) {
	event := "GuardianSetUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guardianRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuardianRegistryGuardianSetUpdated)
	if len(log.Data) > 0 {
		if err := guardianRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guardianRegistry.abi.Events[event].Inputs {
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

// GuardianRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the GuardianRegistry contract.
type GuardianRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const GuardianRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (GuardianRegistryRoleAdminChanged) ContractEventName() string {
	return GuardianRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (guardianRegistry *GuardianRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*GuardianRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guardianRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuardianRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := guardianRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guardianRegistry.abi.Events[event].Inputs {
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

// GuardianRegistryRoleGranted represents a RoleGranted event raised by the GuardianRegistry contract.
type GuardianRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GuardianRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (GuardianRegistryRoleGranted) ContractEventName() string {
	return GuardianRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (guardianRegistry *GuardianRegistry) UnpackRoleGrantedEvent(log *types.Log) (*GuardianRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guardianRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuardianRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := guardianRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guardianRegistry.abi.Events[event].Inputs {
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

// GuardianRegistryRoleRevoked represents a RoleRevoked event raised by the GuardianRegistry contract.
type GuardianRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GuardianRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (GuardianRegistryRoleRevoked) ContractEventName() string {
	return GuardianRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (guardianRegistry *GuardianRegistry) UnpackRoleRevokedEvent(log *types.Log) (*GuardianRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guardianRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuardianRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := guardianRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guardianRegistry.abi.Events[event].Inputs {
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
func (guardianRegistry *GuardianRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], guardianRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return guardianRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], guardianRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return guardianRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], guardianRegistry.abi.Errors["GovernedZeroAddress"].ID.Bytes()[:4]) {
		return guardianRegistry.UnpackGovernedZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], guardianRegistry.abi.Errors["GuardianDuplicate"].ID.Bytes()[:4]) {
		return guardianRegistry.UnpackGuardianDuplicateError(raw[4:])
	}
	if bytes.Equal(raw[:4], guardianRegistry.abi.Errors["GuardianInvalidThreshold"].ID.Bytes()[:4]) {
		return guardianRegistry.UnpackGuardianInvalidThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], guardianRegistry.abi.Errors["GuardianSetTooLarge"].ID.Bytes()[:4]) {
		return guardianRegistry.UnpackGuardianSetTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], guardianRegistry.abi.Errors["GuardianZeroEntry"].ID.Bytes()[:4]) {
		return guardianRegistry.UnpackGuardianZeroEntryError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GuardianRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the GuardianRegistry contract.
type GuardianRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func GuardianRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (guardianRegistry *GuardianRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*GuardianRegistryAccessControlBadConfirmation, error) {
	out := new(GuardianRegistryAccessControlBadConfirmation)
	if err := guardianRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuardianRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the GuardianRegistry contract.
type GuardianRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func GuardianRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (guardianRegistry *GuardianRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*GuardianRegistryAccessControlUnauthorizedAccount, error) {
	out := new(GuardianRegistryAccessControlUnauthorizedAccount)
	if err := guardianRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuardianRegistryGovernedZeroAddress represents a GovernedZeroAddress error raised by the GuardianRegistry contract.
type GuardianRegistryGovernedZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernedZeroAddress()
func GuardianRegistryGovernedZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x6ee3aa7357010fa4b3a0def37cfae868e5f863ec455074553153d743382a4dda")
}

// UnpackGovernedZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernedZeroAddress()
func (guardianRegistry *GuardianRegistry) UnpackGovernedZeroAddressError(raw []byte) (*GuardianRegistryGovernedZeroAddress, error) {
	out := new(GuardianRegistryGovernedZeroAddress)
	if err := guardianRegistry.abi.UnpackIntoInterface(out, "GovernedZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuardianRegistryGuardianDuplicate represents a GuardianDuplicate error raised by the GuardianRegistry contract.
type GuardianRegistryGuardianDuplicate struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GuardianDuplicate(uint256 index)
func GuardianRegistryGuardianDuplicateErrorID() common.Hash {
	return common.HexToHash("0x1ed40869a456a1715267b10e305c9be7fbeb45ada1e97f9e65190213bba47957")
}

// UnpackGuardianDuplicateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GuardianDuplicate(uint256 index)
func (guardianRegistry *GuardianRegistry) UnpackGuardianDuplicateError(raw []byte) (*GuardianRegistryGuardianDuplicate, error) {
	out := new(GuardianRegistryGuardianDuplicate)
	if err := guardianRegistry.abi.UnpackIntoInterface(out, "GuardianDuplicate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuardianRegistryGuardianInvalidThreshold represents a GuardianInvalidThreshold error raised by the GuardianRegistry contract.
type GuardianRegistryGuardianInvalidThreshold struct {
	Threshold uint8
	Count     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GuardianInvalidThreshold(uint8 threshold, uint256 count)
func GuardianRegistryGuardianInvalidThresholdErrorID() common.Hash {
	return common.HexToHash("0xce9c8e8570f28663af5f04e9b8afccb49aef72468a3194040326dff0fad364bd")
}

// UnpackGuardianInvalidThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GuardianInvalidThreshold(uint8 threshold, uint256 count)
func (guardianRegistry *GuardianRegistry) UnpackGuardianInvalidThresholdError(raw []byte) (*GuardianRegistryGuardianInvalidThreshold, error) {
	out := new(GuardianRegistryGuardianInvalidThreshold)
	if err := guardianRegistry.abi.UnpackIntoInterface(out, "GuardianInvalidThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuardianRegistryGuardianSetTooLarge represents a GuardianSetTooLarge error raised by the GuardianRegistry contract.
type GuardianRegistryGuardianSetTooLarge struct {
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GuardianSetTooLarge(uint256 count)
func GuardianRegistryGuardianSetTooLargeErrorID() common.Hash {
	return common.HexToHash("0x9ea35fb1bb570f817d0f4e73628b54dc7bf478c21747e0098119a5945d930d83")
}

// UnpackGuardianSetTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GuardianSetTooLarge(uint256 count)
func (guardianRegistry *GuardianRegistry) UnpackGuardianSetTooLargeError(raw []byte) (*GuardianRegistryGuardianSetTooLarge, error) {
	out := new(GuardianRegistryGuardianSetTooLarge)
	if err := guardianRegistry.abi.UnpackIntoInterface(out, "GuardianSetTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuardianRegistryGuardianZeroEntry represents a GuardianZeroEntry error raised by the GuardianRegistry contract.
type GuardianRegistryGuardianZeroEntry struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GuardianZeroEntry(uint256 index)
func GuardianRegistryGuardianZeroEntryErrorID() common.Hash {
	return common.HexToHash("0x2f9e5da98e7c31b450b90f0a089313cb9e2f12844d563834e2828514fee79679")
}

// UnpackGuardianZeroEntryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GuardianZeroEntry(uint256 index)
func (guardianRegistry *GuardianRegistry) UnpackGuardianZeroEntryError(raw []byte) (*GuardianRegistryGuardianZeroEntry, error) {
	out := new(GuardianRegistryGuardianZeroEntry)
	if err := guardianRegistry.abi.UnpackIntoInterface(out, "GuardianZeroEntry", raw); err != nil {
		return nil, err
	}
	return out, nil
}
