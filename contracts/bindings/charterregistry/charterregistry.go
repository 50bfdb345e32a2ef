// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package charterregistry

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

// CharterRegistryRecord is an auto generated low-level Go binding around an user-defined struct.
type CharterRegistryRecord struct {
	Version      uint64
	DocumentHash [32]byte
	Cid          string
	BlockNumber  uint64
	Timestamp    uint64
}

// CharterRegistryMetaData contains all meta data concerning the CharterRegistry contract.
var CharterRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"governance\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"genesisVersion\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"genesisHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"genesisCid\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"CharterCidTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CharterEmptyHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CharterNoRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proposed\",\"type\":\"uint64\"}],\"name\":\"CharterVersionNotIncreasing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernedZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"cid\",\"type\":\"string\"}],\"name\":\"CharterAmended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GOVERNANCE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CID_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"cid\",\"type\":\"string\"}],\"name\":\"amend\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"current\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"cid\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structCharterRegistry.Record\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentVersion\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"recordAt\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"cid\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structCharterRegistry.Record\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"recordCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"versionOfHash\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "CharterRegistry",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161136d38038061136d83398101604081905261002e916103c7565b836001600160a01b03811661005657604051636ee3aa7360e01b815260040160405180910390fd5b6100605f826100b0565b5061008b7f71840dc4906352362b0cdaf79870196c8e42acafade72d5d5a6d59291253ceb1826100b0565b50506001600160401b038316156100a7576100a7838383610159565b50505050610672565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610150575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101083390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610153565b505f5b92915050565b6001545f811561019d57600161016f81846104bd565b8154811061017f5761017f6104dc565b5f9182526020909120600490910201546001600160401b031661019f565b5f5b9050806001600160401b0316856001600160401b0316116101eb57604051634a74432560e11b81526001600160401b038083166004830152861660248201526044015b60405180910390fd5b836102095760405163095a783d60e01b815260040160405180910390fd5b6080835111156102315782516040516379456d6360e01b81526004016101e291815260200190565b6040805160a0810182526001600160401b03878116825260208201878152928201868152438216606084015242821660808401526001805480820182555f9190915283517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6600490920291820180546001600160401b0319169190941617835593517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf785015551919290917fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf89091019061030b908261057f565b506060820151600390910180546080909301516001600160401b0390811668010000000000000000026001600160801b031990941692811692909217929092179091555f858152600260205260409081902080549288166001600160401b03199390931683179055518591907fc0f41a1329254ff0734ec16686dfc54acc20edddc4947a122509000d99025cb3906103a490879061063d565b60405180910390a35050505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f608085870312156103da575f5ffd5b84516001600160a01b03811681146103f0575f5ffd5b60208601519094506001600160401b038116811461040c575f5ffd5b6040860151606087015191945092506001600160401b0381111561042e575f5ffd5b8501601f8101871361043e575f5ffd5b80516001600160401b03811115610457576104576103b3565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610485576104856103b3565b60405281815282820160200189101561049c575f5ffd5b8160208401602083015e5f6020838301015280935050505092959194509250565b8181038181111561015357634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b600181811c9082168061050457607f821691505b60208210810361052257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561057a578282111561057a57805f5260205f20601f840160051c602085101561055357505f5b90810190601f840160051c035f5b81811015610576575f83820155600101610561565b5050505b505050565b81516001600160401b03811115610598576105986103b3565b6105ac816105a684546104f0565b84610528565b6020601f8211600181146105de575f83156105c75750848201515b5f19600385901b1c1916600184901b178455610636565b5f84815260208120601f198516915b8281101561060d57878501518255602094850194600190920191016105ed565b508482101561062a57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b610cee8061067f5f395ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c80639fa6a6e311610093578063d547741f11610063578063d547741f146101e6578063f36c8f5c146101f9578063fb483fb114610220578063ff6b686c14610233575f5ffd5b80639fa6a6e3146101af578063a217fddf146101c4578063a82da60d146101cb578063c36ee11c146101d3575f5ffd5b806336568abe116100ce57806336568abe14610161578063900407bc1461017457806391d148541461017c5780639d888e861461018f575f5ffd5b806301ffc9a7146100f4578063248a9ca31461011c5780632f2ff15d1461014c575b5f5ffd5b610107610102366004610973565b61025b565b60405190151581526020015b60405180910390f35b61013e61012a3660046109a1565b5f9081526020819052604090206001015490565b604051908152602001610113565b61015f61015a3660046109b8565b610291565b005b61015f61016f3660046109b8565b6102bb565b60015461013e565b61010761018a3660046109b8565b6102f3565b61019761031b565b6040516001600160401b039091168152602001610113565b6101b7610368565b6040516101139190610a1f565b61013e5f81565b61013e608081565b61015f6101e1366004610a89565b6104b9565b61015f6101f43660046109b8565b61052a565b61013e7f71840dc4906352362b0cdaf79870196c8e42acafade72d5d5a6d59291253ceb181565b6101b761022e3660046109a1565b61054e565b6101976102413660046109a1565b5f908152600260205260409020546001600160401b031690565b5f6001600160e01b03198216637965db0b60e01b148061028b57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f828152602081905260409020600101546102ab8161058b565b6102b58383610598565b50505050565b6001600160a01b03811633146102e45760405163334bd91960e11b815260040160405180910390fd5b6102ee8282610627565b505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6001545f9080156103605760016103328183610b17565b8154811061034257610342610b36565b5f9182526020909120600490910201546001600160401b0316610362565b5f5b91505090565b61037061092d565b6001545f81900361039457604051637daef4df60e01b815260040160405180910390fd5b60016103a08183610b17565b815481106103b0576103b0610b36565b905f5260205f2090600402016040518060a00160405290815f82015f9054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020016001820154815260200160028201805461040e90610b4a565b80601f016020809104026020016040519081016040528092919081815260200182805461043a90610b4a565b80156104855780601f1061045c57610100808354040283529160200191610485565b820191905f5260205f20905b81548152906001019060200180831161046857829003601f168201915b5050509183525050600391909101546001600160401b038082166020840152600160401b9091041660409091015292915050565b7f71840dc4906352362b0cdaf79870196c8e42acafade72d5d5a6d59291253ceb16104e38161058b565b610523858585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061069092505050565b5050505050565b5f828152602081905260409020600101546105448161058b565b6102b58383610627565b61055661092d565b600154821061057857604051637daef4df60e01b815260040160405180910390fd5b600182815481106103b0576103b0610b36565b61059581336108f0565b50565b5f6105a383836102f3565b610620575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556105d83390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161028b565b505f61028b565b5f61063283836102f3565b15610620575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161028b565b6001545f81156106d45760016106a68184610b17565b815481106106b6576106b6610b36565b5f9182526020909120600490910201546001600160401b03166106d6565b5f5b9050806001600160401b0316856001600160401b03161161072257604051634a74432560e11b81526001600160401b038083166004830152861660248201526044015b60405180910390fd5b836107405760405163095a783d60e01b815260040160405180910390fd5b6080835111156107685782516040516379456d6360e01b815260040161071991815260200190565b6040805160a0810182526001600160401b03878116825260208201878152928201868152438216606084015242821660808401526001805480820182555f9190915283517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf66004909202918201805467ffffffffffffffff19169190941617835593517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf785015551919290917fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf8909101906108439082610bec565b506060820151600390910180546080909301516001600160401b03908116600160401b026fffffffffffffffffffffffffffffffff1990941692811692909217929092179091555f8581526002602052604090819020805492881667ffffffffffffffff199390931683179055518591907fc0f41a1329254ff0734ec16686dfc54acc20edddc4947a122509000d99025cb3906108e1908790610ca6565b60405180910390a35050505050565b6108fa82826102f3565b6109295760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610719565b5050565b6040518060a001604052805f6001600160401b031681526020015f8152602001606081526020015f6001600160401b031681526020015f6001600160401b031681525090565b5f60208284031215610983575f5ffd5b81356001600160e01b03198116811461099a575f5ffd5b9392505050565b5f602082840312156109b1575f5ffd5b5035919050565b5f5f604083850312156109c9575f5ffd5b8235915060208301356001600160a01b03811681146109e6575f5ffd5b809150509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081526001600160401b038251166020820152602082015160408201525f604083015160a06060840152610a5760c08401826109f1565b90506001600160401b0360608501511660808401526001600160401b0360808501511660a08401528091505092915050565b5f5f5f5f60608587031215610a9c575f5ffd5b84356001600160401b0381168114610ab2575f5ffd5b93506020850135925060408501356001600160401b03811115610ad3575f5ffd5b8501601f81018713610ae3575f5ffd5b80356001600160401b03811115610af8575f5ffd5b876020828401011115610b09575f5ffd5b949793965060200194505050565b8181038181111561028b57634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b600181811c90821680610b5e57607f821691505b602082108103610b7c57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b601f8211156102ee57828211156102ee57805f5260205f20601f840160051c6020851015610bc157505f5b90810190601f840160051c035f5b81811015610be4575f83820155600101610bcf565b505050505050565b81516001600160401b03811115610c0557610c05610b82565b610c1981610c138454610b4a565b84610b96565b6020601f821160018114610c4b575f8315610c345750848201515b5f19600385901b1c1916600184901b178455610523565b5f84815260208120601f198516915b82811015610c7a5787850151825560209485019460019092019101610c5a565b5084821015610c9757868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f61099a60208301846109f156fea264697066735822122034f3edfcca83e58053e14fa9228933f498f1da04b6435ec4c62d621381815df564736f6c63430008250033",
}

// CharterRegistry is an auto generated Go binding around an Ethereum contract.
type CharterRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CharterRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewCharterRegistry creates a new instance of CharterRegistry.
func NewCharterRegistry() *CharterRegistry {
	parsed, err := CharterRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CharterRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CharterRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address governance, uint64 genesisVersion, bytes32 genesisHash, string genesisCid) returns()
func (charterRegistry *CharterRegistry) PackConstructor(governance common.Address, genesisVersion uint64, genesisHash [32]byte, genesisCid string) []byte {
	enc, err := charterRegistry.abi.Pack("", governance, genesisVersion, genesisHash, genesisCid)
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
func (charterRegistry *CharterRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := charterRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (charterRegistry *CharterRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return charterRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (charterRegistry *CharterRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := charterRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (charterRegistry *CharterRegistry) PackGOVERNANCEROLE() []byte {
	enc, err := charterRegistry.abi.Pack("GOVERNANCE_ROLE")
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
func (charterRegistry *CharterRegistry) TryPackGOVERNANCEROLE() ([]byte, error) {
	return charterRegistry.abi.Pack("GOVERNANCE_ROLE")
}

// UnpackGOVERNANCEROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf36c8f5c.
//
// Solidity: function GOVERNANCE_ROLE() view returns(bytes32)
func (charterRegistry *CharterRegistry) UnpackGOVERNANCEROLE(data []byte) ([32]byte, error) {
	out, err := charterRegistry.abi.Unpack("GOVERNANCE_ROLE", data)
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
func (charterRegistry *CharterRegistry) PackMAXCIDLENGTH() []byte {
	enc, err := charterRegistry.abi.Pack("MAX_CID_LENGTH")
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
func (charterRegistry *CharterRegistry) TryPackMAXCIDLENGTH() ([]byte, error) {
	return charterRegistry.abi.Pack("MAX_CID_LENGTH")
}

// UnpackMAXCIDLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa82da60d.
//
// Solidity: function MAX_CID_LENGTH() view returns(uint256)
func (charterRegistry *CharterRegistry) UnpackMAXCIDLENGTH(data []byte) (*big.Int, error) {
	out, err := charterRegistry.abi.Unpack("MAX_CID_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAmend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc36ee11c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function amend(uint64 version, bytes32 documentHash, string cid) returns()
func (charterRegistry *CharterRegistry) PackAmend(version uint64, documentHash [32]byte, cid string) []byte {
	enc, err := charterRegistry.abi.Pack("amend", version, documentHash, cid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAmend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc36ee11c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function amend(uint64 version, bytes32 documentHash, string cid) returns()
func (charterRegistry *CharterRegistry) TryPackAmend(version uint64, documentHash [32]byte, cid string) ([]byte, error) {
	return charterRegistry.abi.Pack("amend", version, documentHash, cid)
}

// PackCurrent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fa6a6e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function current() view returns((uint64,bytes32,string,uint64,uint64))
func (charterRegistry *CharterRegistry) PackCurrent() []byte {
	enc, err := charterRegistry.abi.Pack("current")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fa6a6e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function current() view returns((uint64,bytes32,string,uint64,uint64))
func (charterRegistry *CharterRegistry) TryPackCurrent() ([]byte, error) {
	return charterRegistry.abi.Pack("current")
}

// UnpackCurrent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fa6a6e3.
//
// Solidity: function current() view returns((uint64,bytes32,string,uint64,uint64))
func (charterRegistry *CharterRegistry) UnpackCurrent(data []byte) (CharterRegistryRecord, error) {
	out, err := charterRegistry.abi.Unpack("current", data)
	if err != nil {
		return *new(CharterRegistryRecord), err
	}
	out0 := *abi.ConvertType(out[0], new(CharterRegistryRecord)).(*CharterRegistryRecord)
	return out0, nil
}

// PackCurrentVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d888e86.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentVersion() view returns(uint64)
func (charterRegistry *CharterRegistry) PackCurrentVersion() []byte {
	enc, err := charterRegistry.abi.Pack("currentVersion")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d888e86.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentVersion() view returns(uint64)
func (charterRegistry *CharterRegistry) TryPackCurrentVersion() ([]byte, error) {
	return charterRegistry.abi.Pack("currentVersion")
}

// UnpackCurrentVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d888e86.
//
// Solidity: function currentVersion() view returns(uint64)
func (charterRegistry *CharterRegistry) UnpackCurrentVersion(data []byte) (uint64, error) {
	out, err := charterRegistry.abi.Unpack("currentVersion", data)
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
func (charterRegistry *CharterRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := charterRegistry.abi.Pack("getRoleAdmin", role)
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
func (charterRegistry *CharterRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return charterRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (charterRegistry *CharterRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := charterRegistry.abi.Unpack("getRoleAdmin", data)
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
func (charterRegistry *CharterRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := charterRegistry.abi.Pack("grantRole", role, account)
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
func (charterRegistry *CharterRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return charterRegistry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (charterRegistry *CharterRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := charterRegistry.abi.Pack("hasRole", role, account)
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
func (charterRegistry *CharterRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return charterRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (charterRegistry *CharterRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := charterRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRecordAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb483fb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordAt(uint256 index) view returns((uint64,bytes32,string,uint64,uint64))
func (charterRegistry *CharterRegistry) PackRecordAt(index *big.Int) []byte {
	enc, err := charterRegistry.abi.Pack("recordAt", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb483fb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordAt(uint256 index) view returns((uint64,bytes32,string,uint64,uint64))
func (charterRegistry *CharterRegistry) TryPackRecordAt(index *big.Int) ([]byte, error) {
	return charterRegistry.abi.Pack("recordAt", index)
}

// UnpackRecordAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb483fb1.
//
// Solidity: function recordAt(uint256 index) view returns((uint64,bytes32,string,uint64,uint64))
func (charterRegistry *CharterRegistry) UnpackRecordAt(data []byte) (CharterRegistryRecord, error) {
	out, err := charterRegistry.abi.Unpack("recordAt", data)
	if err != nil {
		return *new(CharterRegistryRecord), err
	}
	out0 := *abi.ConvertType(out[0], new(CharterRegistryRecord)).(*CharterRegistryRecord)
	return out0, nil
}

// PackRecordCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900407bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordCount() view returns(uint256)
func (charterRegistry *CharterRegistry) PackRecordCount() []byte {
	enc, err := charterRegistry.abi.Pack("recordCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900407bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordCount() view returns(uint256)
func (charterRegistry *CharterRegistry) TryPackRecordCount() ([]byte, error) {
	return charterRegistry.abi.Pack("recordCount")
}

// UnpackRecordCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x900407bc.
//
// Solidity: function recordCount() view returns(uint256)
func (charterRegistry *CharterRegistry) UnpackRecordCount(data []byte) (*big.Int, error) {
	out, err := charterRegistry.abi.Unpack("recordCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (charterRegistry *CharterRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := charterRegistry.abi.Pack("renounceRole", role, callerConfirmation)
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
func (charterRegistry *CharterRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return charterRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (charterRegistry *CharterRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := charterRegistry.abi.Pack("revokeRole", role, account)
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
func (charterRegistry *CharterRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return charterRegistry.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (charterRegistry *CharterRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := charterRegistry.abi.Pack("supportsInterface", interfaceId)
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
func (charterRegistry *CharterRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return charterRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (charterRegistry *CharterRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := charterRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVersionOfHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff6b686c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function versionOfHash(bytes32 documentHash) view returns(uint64)
func (charterRegistry *CharterRegistry) PackVersionOfHash(documentHash [32]byte) []byte {
	enc, err := charterRegistry.abi.Pack("versionOfHash", documentHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersionOfHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff6b686c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function versionOfHash(bytes32 documentHash) view returns(uint64)
func (charterRegistry *CharterRegistry) TryPackVersionOfHash(documentHash [32]byte) ([]byte, error) {
	return charterRegistry.abi.Pack("versionOfHash", documentHash)
}

// UnpackVersionOfHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xff6b686c.
//
// Solidity: function versionOfHash(bytes32 documentHash) view returns(uint64)
func (charterRegistry *CharterRegistry) UnpackVersionOfHash(data []byte) (uint64, error) {
	out, err := charterRegistry.abi.Unpack("versionOfHash", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// CharterRegistryCharterAmended represents a CharterAmended event raised by the CharterRegistry contract.
type CharterRegistryCharterAmended struct {
	Version      uint64
	DocumentHash [32]byte
	Cid          string
	Raw          *types.Log // Blockchain specific contextual infos
}

const CharterRegistryCharterAmendedEventName = "CharterAmended"

// ContractEventName returns the user-defined event name.
func (CharterRegistryCharterAmended) ContractEventName() string {
	return CharterRegistryCharterAmendedEventName
}

// UnpackCharterAmendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CharterAmended(uint64 indexed version, bytes32 indexed documentHash, string cid)
func (charterRegistry *CharterRegistry) UnpackCharterAmendedEvent(log *types.Log) (*CharterRegistryCharterAmended, error) {
	event := "CharterAmended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != charterRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CharterRegistryCharterAmended)
	if len(log.Data) > 0 {
		if err := charterRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range charterRegistry.abi.Events[event].Inputs {
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

// CharterRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the CharterRegistry contract.
type CharterRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const CharterRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (CharterRegistryRoleAdminChanged) ContractEventName() string {
	return CharterRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (charterRegistry *CharterRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*CharterRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != charterRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CharterRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := charterRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range charterRegistry.abi.Events[event].Inputs {
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

// CharterRegistryRoleGranted represents a RoleGranted event raised by the CharterRegistry contract.
type CharterRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CharterRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (CharterRegistryRoleGranted) ContractEventName() string {
	return CharterRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (charterRegistry *CharterRegistry) UnpackRoleGrantedEvent(log *types.Log) (*CharterRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != charterRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CharterRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := charterRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range charterRegistry.abi.Events[event].Inputs {
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

// CharterRegistryRoleRevoked represents a RoleRevoked event raised by the CharterRegistry contract.
type CharterRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CharterRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (CharterRegistryRoleRevoked) ContractEventName() string {
	return CharterRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (charterRegistry *CharterRegistry) UnpackRoleRevokedEvent(log *types.Log) (*CharterRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != charterRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CharterRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := charterRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range charterRegistry.abi.Events[event].Inputs {
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
func (charterRegistry *CharterRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], charterRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return charterRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], charterRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return charterRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], charterRegistry.abi.Errors["CharterCidTooLong"].ID.Bytes()[:4]) {
		return charterRegistry.UnpackCharterCidTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], charterRegistry.abi.Errors["CharterEmptyHash"].ID.Bytes()[:4]) {
		return charterRegistry.UnpackCharterEmptyHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], charterRegistry.abi.Errors["CharterNoRecord"].ID.Bytes()[:4]) {
		return charterRegistry.UnpackCharterNoRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], charterRegistry.abi.Errors["CharterVersionNotIncreasing"].ID.Bytes()[:4]) {
		return charterRegistry.UnpackCharterVersionNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], charterRegistry.abi.Errors["GovernedZeroAddress"].ID.Bytes()[:4]) {
		return charterRegistry.UnpackGovernedZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CharterRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the CharterRegistry contract.
type CharterRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func CharterRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (charterRegistry *CharterRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*CharterRegistryAccessControlBadConfirmation, error) {
	out := new(CharterRegistryAccessControlBadConfirmation)
	if err := charterRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CharterRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the CharterRegistry contract.
type CharterRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func CharterRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (charterRegistry *CharterRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*CharterRegistryAccessControlUnauthorizedAccount, error) {
	out := new(CharterRegistryAccessControlUnauthorizedAccount)
	if err := charterRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CharterRegistryCharterCidTooLong represents a CharterCidTooLong error raised by the CharterRegistry contract.
type CharterRegistryCharterCidTooLong struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CharterCidTooLong(uint256 length)
func CharterRegistryCharterCidTooLongErrorID() common.Hash {
	return common.HexToHash("0x79456d638dd185e1ba4d7c92fbbf7fe0a74c9f420d005a4285e73d27eef2495e")
}

// UnpackCharterCidTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CharterCidTooLong(uint256 length)
func (charterRegistry *CharterRegistry) UnpackCharterCidTooLongError(raw []byte) (*CharterRegistryCharterCidTooLong, error) {
	out := new(CharterRegistryCharterCidTooLong)
	if err := charterRegistry.abi.UnpackIntoInterface(out, "CharterCidTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CharterRegistryCharterEmptyHash represents a CharterEmptyHash error raised by the CharterRegistry contract.
type CharterRegistryCharterEmptyHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CharterEmptyHash()
func CharterRegistryCharterEmptyHashErrorID() common.Hash {
	return common.HexToHash("0x095a783d1c8007367ddf41f019fa022b20dd79b8a1973e9bffba2865bc6a6212")
}

// UnpackCharterEmptyHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CharterEmptyHash()
func (charterRegistry *CharterRegistry) UnpackCharterEmptyHashError(raw []byte) (*CharterRegistryCharterEmptyHash, error) {
	out := new(CharterRegistryCharterEmptyHash)
	if err := charterRegistry.abi.UnpackIntoInterface(out, "CharterEmptyHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CharterRegistryCharterNoRecord represents a CharterNoRecord error raised by the CharterRegistry contract.
type CharterRegistryCharterNoRecord struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CharterNoRecord()
func CharterRegistryCharterNoRecordErrorID() common.Hash {
	return common.HexToHash("0x7daef4dfe0d643201694aaa3e20bef7d215053ca13bcdcfbeb3b1d933eb2c5a5")
}

// UnpackCharterNoRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CharterNoRecord()
func (charterRegistry *CharterRegistry) UnpackCharterNoRecordError(raw []byte) (*CharterRegistryCharterNoRecord, error) {
	out := new(CharterRegistryCharterNoRecord)
	if err := charterRegistry.abi.UnpackIntoInterface(out, "CharterNoRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CharterRegistryCharterVersionNotIncreasing represents a CharterVersionNotIncreasing error raised by the CharterRegistry contract.
type CharterRegistryCharterVersionNotIncreasing struct {
	Current  uint64
	Proposed uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CharterVersionNotIncreasing(uint64 current, uint64 proposed)
func CharterRegistryCharterVersionNotIncreasingErrorID() common.Hash {
	return common.HexToHash("0x94e8864aa8662b1d591c3ef03201321673c5f74c2cadf927bf92511966d70cf5")
}

// UnpackCharterVersionNotIncreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CharterVersionNotIncreasing(uint64 current, uint64 proposed)
func (charterRegistry *CharterRegistry) UnpackCharterVersionNotIncreasingError(raw []byte) (*CharterRegistryCharterVersionNotIncreasing, error) {
	out := new(CharterRegistryCharterVersionNotIncreasing)
	if err := charterRegistry.abi.UnpackIntoInterface(out, "CharterVersionNotIncreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CharterRegistryGovernedZeroAddress represents a GovernedZeroAddress error raised by the CharterRegistry contract.
type CharterRegistryGovernedZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernedZeroAddress()
func CharterRegistryGovernedZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x6ee3aa7357010fa4b3a0def37cfae868e5f863ec455074553153d743382a4dda")
}

// UnpackGovernedZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernedZeroAddress()
func (charterRegistry *CharterRegistry) UnpackGovernedZeroAddressError(raw []byte) (*CharterRegistryGovernedZeroAddress, error) {
	out := new(CharterRegistryGovernedZeroAddress)
	if err := charterRegistry.abi.UnpackIntoInterface(out, "GovernedZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
