// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package emergency

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

// EmergencyMetaData contains all meta data concerning the Emergency contract.
var EmergencyMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"governance\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"manifestId\",\"type\":\"bytes32\"}],\"name\":\"EmergencyAlreadyReleased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"EmergencyBadPeer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"peerHash\",\"type\":\"bytes32\"}],\"name\":\"EmergencyNotSuspended\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"EmergencyReasonTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nowSeconds\",\"type\":\"uint256\"}],\"name\":\"EmergencyUntilInPast\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmergencyZeroManifest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernedZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"manifestId\",\"type\":\"bytes32\"}],\"name\":\"ManifestReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"peerHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peer\",\"type\":\"bytes\"}],\"name\":\"PeerLifted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"peerHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peer\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"PeerSuspended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GOVERNANCE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PEER_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REASON_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peer\",\"type\":\"bytes\"}],\"name\":\"lift\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"manifestId\",\"type\":\"bytes32\"}],\"name\":\"releaseManifest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"manifestId\",\"type\":\"bytes32\"}],\"name\":\"releasedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peer\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"suspend\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peer\",\"type\":\"bytes\"}],\"name\":\"suspendedUntil\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Emergency",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610b62380380610b6283398101604081905261002e9161013c565b806001600160a01b03811661005657604051636ee3aa7360e01b815260040160405180910390fd5b6100605f82610093565b5061008b7f71840dc4906352362b0cdaf79870196c8e42acafade72d5d5a6d59291253ceb182610093565b505050610169565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610133575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100eb3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610136565b505f5b92915050565b5f6020828403121561014c575f5ffd5b81516001600160a01b0381168114610162575f5ffd5b9392505050565b6109ec806101765f395ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c80633a4fdf3911610093578063a2f628e411610063578063a2f628e41461020f578063af75b52414610218578063d547741f1461022b578063f36c8f5c1461023e575f5ffd5b80633a4fdf39146101a25780633e327e8d146101e257806391d14854146101f5578063a217fddf14610208575f5ffd5b80631e81cf31116100ce5780631e81cf3114610144578063248a9ca31461015a5780632f2ff15d1461017c57806336568abe1461018f575f5ffd5b806301ffc9a7146100f45780630dd1748e1461011c578063153923e514610131575b5f5ffd5b610107610102366004610778565b610252565b60405190151581526020015b60405180910390f35b61012f61012a3660046107ea565b610288565b005b61012f61013f366004610875565b6103bd565b61014c608081565b604051908152602001610113565b61014c610168366004610875565b5f9081526020819052604090206001015490565b61012f61018a36600461088c565b61047c565b61012f61019d36600461088c565b6104a6565b6101ca6101b0366004610875565b5f908152600160205260409020546001600160401b031690565b6040516001600160401b039091168152602001610113565b61012f6101f03660046108c5565b6104de565b61010761020336600461088c565b6105ad565b61014c5f81565b61014c61010081565b6101ca6102263660046108c5565b6105d5565b61012f61023936600461088c565b610612565b61014c5f5160206109975f395f51905f5281565b5f6001600160e01b03198216637965db0b60e01b148061028257506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f5160206109975f395f51905f5261029f81610636565b8415806102ac5750608085115b156102d257604051636f2f871760e11b8152600481018690526024015b60405180910390fd5b42846001600160401b03161161030b57604051628c8da560e61b81526001600160401b03851660048201524260248201526044016102c9565b61010082111561033157604051630742dbab60e11b8152600481018390526024016102c9565b5f8686604051610342929190610903565b604080519182900382205f818152600260205291909120805467ffffffffffffffff19166001600160401b038916179055915081907f9365f19b8f55f5c8936d19cec6b9f4ff1c73c311b518c4609b3af79ff6c2f8aa906103ac908a908a908a908a908a9061093a565b60405180910390a250505050505050565b5f5160206109975f395f51905f526103d481610636565b816103f257604051632c5de06b60e11b815260040160405180910390fd5b5f828152600160205260409020546001600160401b03161561042a57604051631619938160e11b8152600481018390526024016102c9565b5f82815260016020526040808220805467ffffffffffffffff1916436001600160401b03161790555183917f38005ea4bbd88992d2b2004caffdb01f6740d4b9eb6c33b10da38a302b17dd3c91a25050565b5f8281526020819052604090206001015461049681610636565b6104a08383610643565b50505050565b6001600160a01b03811633146104cf5760405163334bd91960e11b815260040160405180910390fd5b6104d982826106d2565b505050565b5f5160206109975f395f51905f526104f581610636565b5f8383604051610506929190610903565b60408051918290039091205f81815260026020529190912054909150426001600160401b039091161161054f57604051636c30eecd60e11b8152600481018290526024016102c9565b5f8181526002602052604090819020805467ffffffffffffffff191690555181907f3f84eb5f12a9b7873fb4dd22670a24fd8ce6eeeb80d6d4ca2e0e51b2d102dd6c9061059f908790879061097b565b60405180910390a250505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f60025f84846040516105e9929190610903565b604080519182900390912082526020820192909252015f20546001600160401b03169392505050565b5f8281526020819052604090206001015461062c81610636565b6104a083836106d2565b610640813361073b565b50565b5f61064e83836105ad565b6106cb575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556106833390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610282565b505f610282565b5f6106dd83836105ad565b156106cb575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610282565b61074582826105ad565b6107745760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016102c9565b5050565b5f60208284031215610788575f5ffd5b81356001600160e01b03198116811461079f575f5ffd5b9392505050565b5f5f83601f8401126107b6575f5ffd5b5081356001600160401b038111156107cc575f5ffd5b6020830191508360208285010111156107e3575f5ffd5b9250929050565b5f5f5f5f5f606086880312156107fe575f5ffd5b85356001600160401b03811115610813575f5ffd5b61081f888289016107a6565b90965094505060208601356001600160401b038116811461083e575f5ffd5b925060408601356001600160401b03811115610858575f5ffd5b610864888289016107a6565b969995985093965092949392505050565b5f60208284031215610885575f5ffd5b5035919050565b5f5f6040838503121561089d575f5ffd5b8235915060208301356001600160a01b03811681146108ba575f5ffd5b809150509250929050565b5f5f602083850312156108d6575f5ffd5b82356001600160401b038111156108eb575f5ffd5b6108f7858286016107a6565b90969095509350505050565b818382375f9101908152919050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b606081525f61094d606083018789610912565b6001600160401b0386166020840152828103604084015261096f818587610912565b98975050505050505050565b602081525f61098e602083018486610912565b94935050505056fe71840dc4906352362b0cdaf79870196c8e42acafade72d5d5a6d59291253ceb1a2646970667358221220fe67779247cb892d453c02cb80ee5f04acdc4f78ac17b7214e21ecb002d41d2a64736f6c63430008250033",
}

// Emergency is an auto generated Go binding around an Ethereum contract.
type Emergency struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Emergency) GetABI() abi.ABI {
	return c.abi
}

// NewEmergency creates a new instance of Emergency.
func NewEmergency() *Emergency {
	parsed, err := EmergencyMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Emergency{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Emergency) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address governance) returns()
func (emergency *Emergency) PackConstructor(governance common.Address) []byte {
	enc, err := emergency.abi.Pack("", governance)
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
func (emergency *Emergency) PackDEFAULTADMINROLE() []byte {
	enc, err := emergency.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (emergency *Emergency) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return emergency.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (emergency *Emergency) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := emergency.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (emergency *Emergency) PackGOVERNANCEROLE() []byte {
	enc, err := emergency.abi.Pack("GOVERNANCE_ROLE")
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
func (emergency *Emergency) TryPackGOVERNANCEROLE() ([]byte, error) {
	return emergency.abi.Pack("GOVERNANCE_ROLE")
}

// UnpackGOVERNANCEROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf36c8f5c.
//
// Solidity: function GOVERNANCE_ROLE() view returns(bytes32)
func (emergency *Emergency) UnpackGOVERNANCEROLE(data []byte) ([32]byte, error) {
	out, err := emergency.abi.Unpack("GOVERNANCE_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXPEERLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e81cf31.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PEER_LENGTH() view returns(uint256)
func (emergency *Emergency) PackMAXPEERLENGTH() []byte {
	enc, err := emergency.abi.Pack("MAX_PEER_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPEERLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e81cf31.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PEER_LENGTH() view returns(uint256)
func (emergency *Emergency) TryPackMAXPEERLENGTH() ([]byte, error) {
	return emergency.abi.Pack("MAX_PEER_LENGTH")
}

// UnpackMAXPEERLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e81cf31.
//
// Solidity: function MAX_PEER_LENGTH() view returns(uint256)
func (emergency *Emergency) UnpackMAXPEERLENGTH(data []byte) (*big.Int, error) {
	out, err := emergency.abi.Unpack("MAX_PEER_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXREASONLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f628e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REASON_LENGTH() view returns(uint256)
func (emergency *Emergency) PackMAXREASONLENGTH() []byte {
	enc, err := emergency.abi.Pack("MAX_REASON_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREASONLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f628e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REASON_LENGTH() view returns(uint256)
func (emergency *Emergency) TryPackMAXREASONLENGTH() ([]byte, error) {
	return emergency.abi.Pack("MAX_REASON_LENGTH")
}

// UnpackMAXREASONLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2f628e4.
//
// Solidity: function MAX_REASON_LENGTH() view returns(uint256)
func (emergency *Emergency) UnpackMAXREASONLENGTH(data []byte) (*big.Int, error) {
	out, err := emergency.abi.Unpack("MAX_REASON_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (emergency *Emergency) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := emergency.abi.Pack("getRoleAdmin", role)
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
func (emergency *Emergency) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return emergency.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (emergency *Emergency) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := emergency.abi.Unpack("getRoleAdmin", data)
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
func (emergency *Emergency) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := emergency.abi.Pack("grantRole", role, account)
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
func (emergency *Emergency) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return emergency.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (emergency *Emergency) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := emergency.abi.Pack("hasRole", role, account)
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
func (emergency *Emergency) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return emergency.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (emergency *Emergency) UnpackHasRole(data []byte) (bool, error) {
	out, err := emergency.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLift is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e327e8d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lift(bytes peer) returns()
func (emergency *Emergency) PackLift(peer []byte) []byte {
	enc, err := emergency.abi.Pack("lift", peer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLift is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e327e8d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lift(bytes peer) returns()
func (emergency *Emergency) TryPackLift(peer []byte) ([]byte, error) {
	return emergency.abi.Pack("lift", peer)
}

// PackReleaseManifest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x153923e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseManifest(bytes32 manifestId) returns()
func (emergency *Emergency) PackReleaseManifest(manifestId [32]byte) []byte {
	enc, err := emergency.abi.Pack("releaseManifest", manifestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseManifest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x153923e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseManifest(bytes32 manifestId) returns()
func (emergency *Emergency) TryPackReleaseManifest(manifestId [32]byte) ([]byte, error) {
	return emergency.abi.Pack("releaseManifest", manifestId)
}

// PackReleasedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a4fdf39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releasedAt(bytes32 manifestId) view returns(uint64)
func (emergency *Emergency) PackReleasedAt(manifestId [32]byte) []byte {
	enc, err := emergency.abi.Pack("releasedAt", manifestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleasedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a4fdf39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releasedAt(bytes32 manifestId) view returns(uint64)
func (emergency *Emergency) TryPackReleasedAt(manifestId [32]byte) ([]byte, error) {
	return emergency.abi.Pack("releasedAt", manifestId)
}

// UnpackReleasedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a4fdf39.
//
// Solidity: function releasedAt(bytes32 manifestId) view returns(uint64)
func (emergency *Emergency) UnpackReleasedAt(data []byte) (uint64, error) {
	out, err := emergency.abi.Unpack("releasedAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (emergency *Emergency) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := emergency.abi.Pack("renounceRole", role, callerConfirmation)
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
func (emergency *Emergency) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return emergency.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (emergency *Emergency) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := emergency.abi.Pack("revokeRole", role, account)
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
func (emergency *Emergency) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return emergency.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (emergency *Emergency) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := emergency.abi.Pack("supportsInterface", interfaceId)
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
func (emergency *Emergency) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return emergency.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (emergency *Emergency) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := emergency.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSuspend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0dd1748e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function suspend(bytes peer, uint64 until, string reason) returns()
func (emergency *Emergency) PackSuspend(peer []byte, until uint64, reason string) []byte {
	enc, err := emergency.abi.Pack("suspend", peer, until, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSuspend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0dd1748e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function suspend(bytes peer, uint64 until, string reason) returns()
func (emergency *Emergency) TryPackSuspend(peer []byte, until uint64, reason string) ([]byte, error) {
	return emergency.abi.Pack("suspend", peer, until, reason)
}

// PackSuspendedUntil is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf75b524.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function suspendedUntil(bytes peer) view returns(uint64)
func (emergency *Emergency) PackSuspendedUntil(peer []byte) []byte {
	enc, err := emergency.abi.Pack("suspendedUntil", peer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSuspendedUntil is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf75b524.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function suspendedUntil(bytes peer) view returns(uint64)
func (emergency *Emergency) TryPackSuspendedUntil(peer []byte) ([]byte, error) {
	return emergency.abi.Pack("suspendedUntil", peer)
}

// UnpackSuspendedUntil is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf75b524.
//
// Solidity: function suspendedUntil(bytes peer) view returns(uint64)
func (emergency *Emergency) UnpackSuspendedUntil(data []byte) (uint64, error) {
	out, err := emergency.abi.Unpack("suspendedUntil", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// EmergencyManifestReleased represents a ManifestReleased event raised by the Emergency contract.
type EmergencyManifestReleased struct {
	ManifestId [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const EmergencyManifestReleasedEventName = "ManifestReleased"

// ContractEventName returns the user-defined event name.
func (EmergencyManifestReleased) ContractEventName() string {
	return EmergencyManifestReleasedEventName
}

// UnpackManifestReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ManifestReleased(bytes32 indexed manifestId)
func (emergency *Emergency) UnpackManifestReleasedEvent(log *types.Log) (*EmergencyManifestReleased, error) {
	event := "ManifestReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != emergency.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EmergencyManifestReleased)
	if len(log.Data) > 0 {
		if err := emergency.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range emergency.abi.Events[event].Inputs {
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

// EmergencyPeerLifted represents a PeerLifted event raised by the Emergency contract.
type EmergencyPeerLifted struct {
	PeerHash [32]byte
	Peer     []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const EmergencyPeerLiftedEventName = "PeerLifted"

// ContractEventName returns the user-defined event name.
func (EmergencyPeerLifted) ContractEventName() string {
	return EmergencyPeerLiftedEventName
}

// UnpackPeerLiftedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PeerLifted(bytes32 indexed peerHash, bytes peer)
func (emergency *Emergency) UnpackPeerLiftedEvent(log *types.Log) (*EmergencyPeerLifted, error) {
	event := "PeerLifted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != emergency.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EmergencyPeerLifted)
	if len(log.Data) > 0 {
		if err := emergency.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range emergency.abi.Events[event].Inputs {
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

// EmergencyPeerSuspended represents a PeerSuspended event raised by the Emergency contract.
type EmergencyPeerSuspended struct {
	PeerHash [32]byte
	Peer     []byte
	Until    uint64
	Reason   string
	Raw      *types.Log // Blockchain specific contextual infos
}

const EmergencyPeerSuspendedEventName = "PeerSuspended"

// ContractEventName returns the user-defined event name.
func (EmergencyPeerSuspended) ContractEventName() string {
	return EmergencyPeerSuspendedEventName
}

// UnpackPeerSuspendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PeerSuspended(bytes32 indexed peerHash, bytes peer, uint64 until, string reason)
func (emergency *Emergency) UnpackPeerSuspendedEvent(log *types.Log) (*EmergencyPeerSuspended, error) {
	event := "PeerSuspended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != emergency.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EmergencyPeerSuspended)
	if len(log.Data) > 0 {
		if err := emergency.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range emergency.abi.Events[event].Inputs {
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

// EmergencyRoleAdminChanged represents a RoleAdminChanged event raised by the Emergency contract.
type EmergencyRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const EmergencyRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (EmergencyRoleAdminChanged) ContractEventName() string {
	return EmergencyRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (emergency *Emergency) UnpackRoleAdminChangedEvent(log *types.Log) (*EmergencyRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != emergency.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EmergencyRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := emergency.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range emergency.abi.Events[event].Inputs {
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

// EmergencyRoleGranted represents a RoleGranted event raised by the Emergency contract.
type EmergencyRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const EmergencyRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (EmergencyRoleGranted) ContractEventName() string {
	return EmergencyRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (emergency *Emergency) UnpackRoleGrantedEvent(log *types.Log) (*EmergencyRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != emergency.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EmergencyRoleGranted)
	if len(log.Data) > 0 {
		if err := emergency.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range emergency.abi.Events[event].Inputs {
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

// EmergencyRoleRevoked represents a RoleRevoked event raised by the Emergency contract.
type EmergencyRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const EmergencyRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (EmergencyRoleRevoked) ContractEventName() string {
	return EmergencyRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (emergency *Emergency) UnpackRoleRevokedEvent(log *types.Log) (*EmergencyRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != emergency.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EmergencyRoleRevoked)
	if len(log.Data) > 0 {
		if err := emergency.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range emergency.abi.Events[event].Inputs {
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
func (emergency *Emergency) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], emergency.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return emergency.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], emergency.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return emergency.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], emergency.abi.Errors["EmergencyAlreadyReleased"].ID.Bytes()[:4]) {
		return emergency.UnpackEmergencyAlreadyReleasedError(raw[4:])
	}
	if bytes.Equal(raw[:4], emergency.abi.Errors["EmergencyBadPeer"].ID.Bytes()[:4]) {
		return emergency.UnpackEmergencyBadPeerError(raw[4:])
	}
	if bytes.Equal(raw[:4], emergency.abi.Errors["EmergencyNotSuspended"].ID.Bytes()[:4]) {
		return emergency.UnpackEmergencyNotSuspendedError(raw[4:])
	}
	if bytes.Equal(raw[:4], emergency.abi.Errors["EmergencyReasonTooLong"].ID.Bytes()[:4]) {
		return emergency.UnpackEmergencyReasonTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], emergency.abi.Errors["EmergencyUntilInPast"].ID.Bytes()[:4]) {
		return emergency.UnpackEmergencyUntilInPastError(raw[4:])
	}
	if bytes.Equal(raw[:4], emergency.abi.Errors["EmergencyZeroManifest"].ID.Bytes()[:4]) {
		return emergency.UnpackEmergencyZeroManifestError(raw[4:])
	}
	if bytes.Equal(raw[:4], emergency.abi.Errors["GovernedZeroAddress"].ID.Bytes()[:4]) {
		return emergency.UnpackGovernedZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EmergencyAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the Emergency contract.
type EmergencyAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func EmergencyAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (emergency *Emergency) UnpackAccessControlBadConfirmationError(raw []byte) (*EmergencyAccessControlBadConfirmation, error) {
	out := new(EmergencyAccessControlBadConfirmation)
	if err := emergency.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EmergencyAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the Emergency contract.
type EmergencyAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func EmergencyAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (emergency *Emergency) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*EmergencyAccessControlUnauthorizedAccount, error) {
	out := new(EmergencyAccessControlUnauthorizedAccount)
	if err := emergency.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EmergencyEmergencyAlreadyReleased represents a EmergencyAlreadyReleased error raised by the Emergency contract.
type EmergencyEmergencyAlreadyReleased struct {
	ManifestId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmergencyAlreadyReleased(bytes32 manifestId)
func EmergencyEmergencyAlreadyReleasedErrorID() common.Hash {
	return common.HexToHash("0x2c33270267e3f98b323727a9a6f581fa8c7555546d9e1b6fbf382233cf3da410")
}

// UnpackEmergencyAlreadyReleasedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmergencyAlreadyReleased(bytes32 manifestId)
func (emergency *Emergency) UnpackEmergencyAlreadyReleasedError(raw []byte) (*EmergencyEmergencyAlreadyReleased, error) {
	out := new(EmergencyEmergencyAlreadyReleased)
	if err := emergency.abi.UnpackIntoInterface(out, "EmergencyAlreadyReleased", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EmergencyEmergencyBadPeer represents a EmergencyBadPeer error raised by the Emergency contract.
type EmergencyEmergencyBadPeer struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmergencyBadPeer(uint256 length)
func EmergencyEmergencyBadPeerErrorID() common.Hash {
	return common.HexToHash("0xde5f0e2e71158b89c874e647c612be1cb8ec961e528b321bbc534402e9da0a59")
}

// UnpackEmergencyBadPeerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmergencyBadPeer(uint256 length)
func (emergency *Emergency) UnpackEmergencyBadPeerError(raw []byte) (*EmergencyEmergencyBadPeer, error) {
	out := new(EmergencyEmergencyBadPeer)
	if err := emergency.abi.UnpackIntoInterface(out, "EmergencyBadPeer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EmergencyEmergencyNotSuspended represents a EmergencyNotSuspended error raised by the Emergency contract.
type EmergencyEmergencyNotSuspended struct {
	PeerHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmergencyNotSuspended(bytes32 peerHash)
func EmergencyEmergencyNotSuspendedErrorID() common.Hash {
	return common.HexToHash("0xd861dd9a5c88c89634b16f13b97f286715e2ec78a5467db081f27ca6600ac0de")
}

// UnpackEmergencyNotSuspendedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmergencyNotSuspended(bytes32 peerHash)
func (emergency *Emergency) UnpackEmergencyNotSuspendedError(raw []byte) (*EmergencyEmergencyNotSuspended, error) {
	out := new(EmergencyEmergencyNotSuspended)
	if err := emergency.abi.UnpackIntoInterface(out, "EmergencyNotSuspended", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EmergencyEmergencyReasonTooLong represents a EmergencyReasonTooLong error raised by the Emergency contract.
type EmergencyEmergencyReasonTooLong struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmergencyReasonTooLong(uint256 length)
func EmergencyEmergencyReasonTooLongErrorID() common.Hash {
	return common.HexToHash("0x0e85b756ee0d017fb80ef6dfeeb82319094898bada01b0f75b90b141d03aff62")
}

// UnpackEmergencyReasonTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmergencyReasonTooLong(uint256 length)
func (emergency *Emergency) UnpackEmergencyReasonTooLongError(raw []byte) (*EmergencyEmergencyReasonTooLong, error) {
	out := new(EmergencyEmergencyReasonTooLong)
	if err := emergency.abi.UnpackIntoInterface(out, "EmergencyReasonTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EmergencyEmergencyUntilInPast represents a EmergencyUntilInPast error raised by the Emergency contract.
type EmergencyEmergencyUntilInPast struct {
	Until      uint64
	NowSeconds *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmergencyUntilInPast(uint64 until, uint256 nowSeconds)
func EmergencyEmergencyUntilInPastErrorID() common.Hash {
	return common.HexToHash("0x232369404a17d02ebaf7dd5cd879e1997f45050dc766cf48b501bcfe0d33f10c")
}

// UnpackEmergencyUntilInPastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmergencyUntilInPast(uint64 until, uint256 nowSeconds)
func (emergency *Emergency) UnpackEmergencyUntilInPastError(raw []byte) (*EmergencyEmergencyUntilInPast, error) {
	out := new(EmergencyEmergencyUntilInPast)
	if err := emergency.abi.UnpackIntoInterface(out, "EmergencyUntilInPast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EmergencyEmergencyZeroManifest represents a EmergencyZeroManifest error raised by the Emergency contract.
type EmergencyEmergencyZeroManifest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmergencyZeroManifest()
func EmergencyEmergencyZeroManifestErrorID() common.Hash {
	return common.HexToHash("0x58bbc0d6d960e532e25c57355d92776d9d971e323f66d9fab249b59a21624acf")
}

// UnpackEmergencyZeroManifestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmergencyZeroManifest()
func (emergency *Emergency) UnpackEmergencyZeroManifestError(raw []byte) (*EmergencyEmergencyZeroManifest, error) {
	out := new(EmergencyEmergencyZeroManifest)
	if err := emergency.abi.UnpackIntoInterface(out, "EmergencyZeroManifest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EmergencyGovernedZeroAddress represents a GovernedZeroAddress error raised by the Emergency contract.
type EmergencyGovernedZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernedZeroAddress()
func EmergencyGovernedZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x6ee3aa7357010fa4b3a0def37cfae868e5f863ec455074553153d743382a4dda")
}

// UnpackGovernedZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernedZeroAddress()
func (emergency *Emergency) UnpackGovernedZeroAddressError(raw []byte) (*EmergencyGovernedZeroAddress, error) {
	out := new(EmergencyGovernedZeroAddress)
	if err := emergency.abi.UnpackIntoInterface(out, "GovernedZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
