// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package westtoken

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

// CheckpointsCheckpoint208 is an auto generated low-level Go binding around an user-defined struct.
type CheckpointsCheckpoint208 struct {
	Key   *big.Int
	Value *big.Int
}

// WestTokenMetaData contains all meta data concerning the WestToken contract.
var WestTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"initialSupply\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"increasedSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"ERC20ExceededSafeSupply\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"clock\",\"type\":\"uint48\"}],\"name\":\"ERC5805FutureLookup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC6372InconsistentClock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"VotesExpiredSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WestTokenZeroRecipient\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"fromDelegate\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"toDelegate\",\"type\":\"address\"}],\"name\":\"DelegateChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousVotes\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotes\",\"type\":\"uint256\"}],\"name\":\"DelegateVotesChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"pos\",\"type\":\"uint32\"}],\"name\":\"checkpoints\",\"outputs\":[{\"components\":[{\"internalType\":\"uint48\",\"name\":\"_key\",\"type\":\"uint48\"},{\"internalType\":\"uint208\",\"name\":\"_value\",\"type\":\"uint208\"}],\"internalType\":\"structCheckpoints.Checkpoint208\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"}],\"name\":\"delegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"delegateBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"delegates\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastTotalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"numCheckpoints\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "WestToken",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161270238038061270283398101604081905261002f9161082c565b6040518060400160405280600981526020016815d95cdd1ddbdc9b1960ba1b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280600981526020016815d95cdd1ddbdc9b1960ba1b8152506040518060400160405280600481526020016315d154d560e21b81525081600390816100ba9190610905565b5060046100c78282610905565b5050506100d9826101b460201b60201c565b610120526100e6816101b4565b61014052815160208084019190912060e052815190820120610100524660a05261017260e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b0382166101a357604051635ec93ead60e01b815260040160405180910390fd5b6101ad82826101fa565b5050610a93565b5f5f829050601f815111156101e7578260405163305a27a960e01b81526004016101de91906109c3565b60405180910390fd5b80516101f2826109f8565b179392505050565b6001600160a01b0382166102235760405163ec442f0560e01b81525f60048201526024016101de565b61022e5f8383610232565b5050565b61023d838383610242565b505050565b61024d8383836102a8565b6001600160a01b03831661029d575f61026560025490565b90506001600160d01b038082111561029a57604051630e58ae9360e11b815260048101839052602481018290526044016101de565b50505b61023d8383836103ce565b6001600160a01b0383166102d2578060025f8282546102c79190610a2f565b909155506103429050565b6001600160a01b0383165f90815260208190526040902054818110156103245760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016101de565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661035e5760028054829003905561037c565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516103c191815260200190565b60405180910390a3505050565b6001600160a01b0383166103fc576103f9600a6107c161045660201b176103f48461046a565b6104a1565b50505b6001600160a01b03821661042557610422600a6107cc6104d660201b176103f48461046a565b50505b6001600160a01b038381165f9081526008602052604080822054858416835291205461023d929182169116836104e1565b5f6104618284610a42565b90505b92915050565b5f6001600160d01b0382111561049d576040516306dfcc6560e41b815260d06004820152602481018390526044016101de565b5090565b5f806104c96104ae610631565b6104c16104ba8861063f565b868860201c565b879190610687565b915091505b935093915050565b5f6104618284610a61565b816001600160a01b0316836001600160a01b03161415801561050257505f81115b1561023d576001600160a01b0383161561059a576001600160a01b0383165f9081526009602090815260408220829161054891906104d6901b6107cc176103f48661046a565b6001600160d01b031691506001600160d01b03169150846001600160a01b03165f5160206126e25f395f51905f52838360405161058f929190918252602082015260400190565b60405180910390a250505b6001600160a01b0382161561023d576001600160a01b0382165f908152600960209081526040822082916105db9190610456901b6107c1176103f48661046a565b6001600160d01b031691506001600160d01b03169150836001600160a01b03165f5160206126e25f395f51905f528383604051610622929190918252602082015260400190565b60405180910390a25050505050565b5f61063a610694565b905090565b80545f90801561067e5761066583610658600184610a80565b5f91825260209091200190565b54660100000000000090046001600160d01b0316610680565b5f5b9392505050565b5f806104c985858561069e565b5f61063a436107fa565b82545f908190801561079d575f6106ba87610658600185610a80565b805490915065ffffffffffff80821691660100000000000090046001600160d01b031690881682111561070057604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361073c57825465ffffffffffff1666010000000000006001600160d01b0389160217835561078f565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506104ce92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816104ce565b5f65ffffffffffff82111561049d576040516306dfcc6560e41b815260306004820152602481018390526044016101de565b5f5f6040838503121561083d575f5ffd5b82516001600160a01b0381168114610853575f5ffd5b6020939093015192949293505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061088b57607f821691505b6020821081036108a957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561023d578282111561023d57805f5260205f20601f840160051c60208510156108da57505f5b90810190601f840160051c035f5b818110156108fd575f838201556001016108e8565b505050505050565b81516001600160401b0381111561091e5761091e610863565b6109328161092c8454610877565b846108af565b6020601f821160018114610964575f831561094d5750848201515b5f19600385901b1c1916600184901b1784556109bc565b5f84815260208120601f198516915b828110156109935787850151825560209485019460019092019101610973565b50848210156109b057868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156108a9575f1960209190910360031b1b16919050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561046457610464610a1b565b6001600160d01b03818116838216019081111561046457610464610a1b565b6001600160d01b03828116828216039081111561046457610464610a1b565b8181038181111561046457610464610a1b565b60805160a05160c05160e051610100516101205161014051611bfe610ae45f395f610be001525f610bb501525f61099b01525f61097301525f6108ce01525f6108f801525f6109220152611bfe5ff3fe608060405234801561000f575f5ffd5b5060043610610148575f3560e01c806370a08231116100bf5780639ab24eb0116100795780639ab24eb0146102f4578063a9059cbb14610307578063c3cda5201461031a578063d505accf1461032d578063dd62ed3e14610340578063f1127ed814610378575f5ffd5b806370a08231146102645780637ecebe001461028c57806384b0196e1461029f5780638e539e8c146102ba57806391ddadf4146102cd57806395d89b41146102ec575f5ffd5b80633644e515116101105780633644e515146101c15780633a46b1a8146101c95780634bf5d7e9146101dc578063587cde1e146101e45780635c19a95c146102275780636fcfff451461023c575f5ffd5b806306fdde031461014c578063095ea7b31461016a57806318160ddd1461018d57806323b872dd1461019f578063313ce567146101b2575b5f5ffd5b6101546103b7565b604051610161919061184f565b60405180910390f35b61017d61017836600461187c565b610447565b6040519015158152602001610161565b6002545b604051908152602001610161565b61017d6101ad3660046118a4565b610460565b60405160128152602001610161565b610191610483565b6101916101d736600461187c565b610491565b6101546104cb565b61020f6101f23660046118de565b6001600160a01b039081165f908152600860205260409020541690565b6040516001600160a01b039091168152602001610161565b61023a6102353660046118de565b6104d8565b005b61024f61024a3660046118de565b6104e7565b60405163ffffffff9091168152602001610161565b6101916102723660046118de565b6001600160a01b03165f9081526020819052604090205490565b61019161029a3660046118de565b6104f1565b6102a76104fb565b60405161016197969594939291906118f7565b6101916102c836600461198d565b61053d565b6102d5610561565b60405165ffffffffffff9091168152602001610161565b61015461056a565b6101916103023660046118de565b610579565b61017d61031536600461187c565b610599565b61023a6103283660046119b4565b6105a6565b61023a61033b366004611a08565b610667565b61019161034e366004611a6e565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61038b610386366004611a9f565b61079d565b60408051825165ffffffffffff1681526020928301516001600160d01b03169281019290925201610161565b6060600380546103c690611adc565b80601f01602080910402602001604051908101604052809291908181526020018280546103f290611adc565b801561043d5780601f106104145761010080835404028352916020019161043d565b820191905f5260205f20905b81548152906001019060200180831161042057829003601f168201915b5050505050905090565b5f336104548185856107d7565b60019150505b92915050565b5f3361046d8582856107e9565b610478858585610865565b506001949350505050565b5f61048c6108c2565b905090565b5f6104bb61049e836109eb565b6001600160a01b0385165f90815260096020526040902090610a39565b6001600160d01b03169392505050565b606061048c610561610ae9565b336104e38183610aff565b5050565b5f61045a82610b70565b5f61045a82610b91565b5f6060805f5f5f606061050c610bae565b610514610bd9565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61055261054a836109eb565b600a90610a39565b6001600160d01b031692915050565b5f61048c610c04565b6060600480546103c690611adc565b6001600160a01b0381165f90815260096020526040812061055290610c0e565b5f33610454818585610865565b834211156105cf57604051632341d78760e11b8152600481018590526024015b60405180910390fd5b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f90610648906106409060a00160405160208183030381529060405280519060200120610c45565b858585610c71565b90506106548187610c9d565b61065e8188610aff565b50505050505050565b8342111561068b5760405163313c898160e11b8152600481018590526024016105c6565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886106d68c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61073082610c45565b90505f61073f82878787610c71565b9050896001600160a01b0316816001600160a01b031614610786576040516325c0072360e11b81526001600160a01b0380831660048301528b1660248201526044016105c6565b6107918a8a8a6107d7565b50505050505050505050565b604080518082019091525f80825260208201526107ba8383610cef565b9392505050565b5f6107ba8284611b28565b5f6107ba8284611b47565b6107e48383836001610d23565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561085f578181101561085157604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064016105c6565b61085f84848484035f610d23565b50505050565b6001600160a01b03831661088e57604051634b637e8f60e11b81525f60048201526024016105c6565b6001600160a01b0382166108b75760405163ec442f0560e01b81525f60048201526024016105c6565b6107e4838383610df5565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561091a57507f000000000000000000000000000000000000000000000000000000000000000046145b1561094457507f000000000000000000000000000000000000000000000000000000000000000090565b61048c604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f6109f5610561565b90508065ffffffffffff168310610a3057604051637669fc0f60e11b81526004810184905265ffffffffffff821660248201526044016105c6565b6107ba83610e00565b81545f9081816005811115610a95575f610a5284610e36565b610a5c9085611b66565b5f8881526020902090915081015465ffffffffffff9081169087161015610a8557809150610a93565b610a90816001611b79565b92505b505b5f610aa287878585610f8e565b90508015610adc57610ac687610ab9600184611b66565b5f91825260209091200190565b54600160301b90046001600160d01b0316610ade565b5f5b979650505050505050565b606061045a610afa8363ffffffff16565b610fe4565b6001600160a01b038281165f8181526008602052604080822080548686166001600160a01b0319821681179092559151919094169392849290917f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f9190a46107e48183610b6b86611056565b611073565b6001600160a01b0381165f9081526009602052604081205461045a906111dc565b6001600160a01b0381165f9081526007602052604081205461045a565b606061048c7f000000000000000000000000000000000000000000000000000000000000000061120c565b606061048c7f000000000000000000000000000000000000000000000000000000000000000061120c565b5f61048c43610e00565b80545f908015610c3d57610c2783610ab9600184611b66565b54600160301b90046001600160d01b03166107ba565b5f9392505050565b5f61045a610c516108c2565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610c8188888888611249565b925092509250610c918282611311565b50909695505050505050565b6001600160a01b0382165f9081526007602052604090208054600181019091558181146107e4576040516301d4b62360e61b81526001600160a01b0384166004820152602481018290526044016105c6565b604080518082019091525f80825260208201526001600160a01b0383165f9081526009602052604090206107ba90836113c9565b6001600160a01b038416610d4c5760405163e602df0560e01b81525f60048201526024016105c6565b6001600160a01b038316610d7557604051634a1406b160e11b81525f60048201526024016105c6565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561085f57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610de791815260200190565b60405180910390a350505050565b6107e4838383611436565b5f65ffffffffffff821115610e32576040516306dfcc6560e41b815260306004820152602481018390526044016105c6565b5090565b5f60018211610e43575090565b816001600160801b8210610e5c5760809190911c9060401b5b680100000000000000008210610e775760409190911c9060201b5b6401000000008210610e8e5760209190911c9060101b5b620100008210610ea35760109190911c9060081b5b6101008210610eb75760089190911c9060041b5b60108210610eca5760049190911c9060021b5b60048210610ed65760011b5b600302600190811c90818581610eee57610eee611b8c565b048201901c90506001818581610f0657610f06611b8c565b048201901c90506001818581610f1e57610f1e611b8c565b048201901c90506001818581610f3657610f36611b8c565b048201901c90506001818581610f4e57610f4e611b8c565b048201901c90506001818581610f6657610f66611b8c565b048201901c9050610f85818581610f7f57610f7f611b8c565b04821190565b90039392505050565b5f5b81831015610fdc575f85815260209020838316600285851804019081015465ffffffffffff86811691161115610fc857809250610fd6565b610fd3816001611b79565b93505b50610f90565b509392505050565b6060610fee610c04565b65ffffffffffff168265ffffffffffff161461101d576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b6001600160a01b0381165f9081526020819052604081205461045a565b816001600160a01b0316836001600160a01b03161415801561109457505f81115b156107e4576001600160a01b0383161561113b576001600160a01b0383165f90815260096020526040812081906110d6906107cc6110d18661149c565b6114cf565b6001600160d01b031691506001600160d01b03169150846001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a7248383604051611130929190918252602082015260400190565b60405180910390a250505b6001600160a01b038216156107e4576001600160a01b0382165f9081526009602052604081208190611173906107c16110d18661149c565b6001600160d01b031691506001600160d01b03169150836001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a72483836040516111cd929190918252602082015260400190565b60405180910390a25050505050565b5f63ffffffff821115610e32576040516306dfcc6560e41b815260206004820152602481018390526044016105c6565b60605f61121883611507565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561128257505f91506003905082611307565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156112d3573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166112fe57505f925060019150829050611307565b92505f91508190505b9450945094915050565b5f82600381111561132457611324611ba0565b0361132d575050565b600182600381111561134157611341611ba0565b0361135f5760405163f645eedf60e01b815260040160405180910390fd5b600282600381111561137357611373611ba0565b036113945760405163fce698f760e01b8152600481018290526024016105c6565b60038260038111156113a8576113a8611ba0565b036104e3576040516335e2f38360e21b8152600481018290526024016105c6565b604080518082019091525f8082526020820152825f018263ffffffff16815481106113f6576113f6611bb4565b5f9182526020918290206040805180820190915291015465ffffffffffff81168252600160301b90046001600160d01b0316918101919091529392505050565b61144183838361152e565b6001600160a01b038316611491575f61145960025490565b90506001600160d01b038082111561148e57604051630e58ae9360e11b815260048101839052602481018290526044016105c6565b50505b6107e4838383611654565b5f6001600160d01b03821115610e32576040516306dfcc6560e41b815260d06004820152602481018390526044016105c6565b5f5f6114fa6114dc610561565b6114f26114e888610c0e565b868863ffffffff16565b8791906116c9565b915091505b935093915050565b5f60ff8216601f81111561045a57604051632cd44ac360e21b815260040160405180910390fd5b6001600160a01b038316611558578060025f82825461154d9190611b79565b909155506115c89050565b6001600160a01b0383165f90815260208190526040902054818110156115aa5760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016105c6565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166115e457600280548290039055611602565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161164791815260200190565b60405180910390a3505050565b6001600160a01b03831661167657611673600a6107c16110d18461149c565b50505b6001600160a01b03821661169857611695600a6107cc6110d18461149c565b50505b6001600160a01b038381165f908152600860205260408082205485841683529120546107e492918216911683611073565b5f806114fa85858582545f90819080156117c7575f6116ed87610ab9600185611b66565b805490915065ffffffffffff80821691600160301b90046001600160d01b031690881682111561173057604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361176957825465ffffffffffff16600160301b6001600160d01b038916021783556117b9565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b94508593506114ff92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b0291909316179201919091559050816114ff565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6107ba6020830184611821565b80356001600160a01b0381168114611877575f5ffd5b919050565b5f5f6040838503121561188d575f5ffd5b61189683611861565b946020939093013593505050565b5f5f5f606084860312156118b6575f5ffd5b6118bf84611861565b92506118cd60208501611861565b929592945050506040919091013590565b5f602082840312156118ee575f5ffd5b6107ba82611861565b60ff60f81b8816815260e060208201525f61191560e0830189611821565b82810360408401526119278189611821565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561197c57835183526020938401939092019160010161195e565b50909b9a5050505050505050505050565b5f6020828403121561199d575f5ffd5b5035919050565b803560ff81168114611877575f5ffd5b5f5f5f5f5f5f60c087890312156119c9575f5ffd5b6119d287611861565b955060208701359450604087013593506119ee606088016119a4565b9598949750929560808101359460a0909101359350915050565b5f5f5f5f5f5f5f60e0888a031215611a1e575f5ffd5b611a2788611861565b9650611a3560208901611861565b95506040880135945060608801359350611a51608089016119a4565b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611a7f575f5ffd5b611a8883611861565b9150611a9660208401611861565b90509250929050565b5f5f60408385031215611ab0575f5ffd5b611ab983611861565b9150602083013563ffffffff81168114611ad1575f5ffd5b809150509250929050565b600181811c90821680611af057607f821691505b602082108103611b0e57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b6001600160d01b03818116838216019081111561045a5761045a611b14565b6001600160d01b03828116828216039081111561045a5761045a611b14565b8181038181111561045a5761045a611b14565b8082018082111561045a5761045a611b14565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52603260045260245ffdfea26469706673582212203d40494737dcfcfb55e03efb4fa189cff3d4314806386b6a53c165c8724f320b64736f6c63430008250033dec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724",
}

// WestToken is an auto generated Go binding around an Ethereum contract.
type WestToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *WestToken) GetABI() abi.ABI {
	return c.abi
}

// NewWestToken creates a new instance of WestToken.
func NewWestToken() *WestToken {
	parsed, err := WestTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &WestToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *WestToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address recipient, uint256 initialSupply) returns()
func (westToken *WestToken) PackConstructor(recipient common.Address, initialSupply *big.Int) []byte {
	enc, err := westToken.abi.Pack("", recipient, initialSupply)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (westToken *WestToken) PackCLOCKMODE() []byte {
	enc, err := westToken.abi.Pack("CLOCK_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (westToken *WestToken) TryPackCLOCKMODE() ([]byte, error) {
	return westToken.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (westToken *WestToken) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := westToken.abi.Unpack("CLOCK_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (westToken *WestToken) PackDOMAINSEPARATOR() []byte {
	enc, err := westToken.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (westToken *WestToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return westToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (westToken *WestToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := westToken.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (westToken *WestToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := westToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (westToken *WestToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return westToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (westToken *WestToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := westToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (westToken *WestToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := westToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (westToken *WestToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return westToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (westToken *WestToken) UnpackApprove(data []byte) (bool, error) {
	out, err := westToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (westToken *WestToken) PackBalanceOf(account common.Address) []byte {
	enc, err := westToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (westToken *WestToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return westToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (westToken *WestToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := westToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1127ed8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (westToken *WestToken) PackCheckpoints(account common.Address, pos uint32) []byte {
	enc, err := westToken.abi.Pack("checkpoints", account, pos)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1127ed8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (westToken *WestToken) TryPackCheckpoints(account common.Address, pos uint32) ([]byte, error) {
	return westToken.abi.Pack("checkpoints", account, pos)
}

// UnpackCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1127ed8.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (westToken *WestToken) UnpackCheckpoints(data []byte) (CheckpointsCheckpoint208, error) {
	out, err := westToken.abi.Unpack("checkpoints", data)
	if err != nil {
		return *new(CheckpointsCheckpoint208), err
	}
	out0 := *abi.ConvertType(out[0], new(CheckpointsCheckpoint208)).(*CheckpointsCheckpoint208)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (westToken *WestToken) PackClock() []byte {
	enc, err := westToken.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint48)
func (westToken *WestToken) TryPackClock() ([]byte, error) {
	return westToken.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (westToken *WestToken) UnpackClock(data []byte) (*big.Int, error) {
	out, err := westToken.abi.Unpack("clock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (westToken *WestToken) PackDecimals() []byte {
	enc, err := westToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (westToken *WestToken) TryPackDecimals() ([]byte, error) {
	return westToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (westToken *WestToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := westToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegate(address delegatee) returns()
func (westToken *WestToken) PackDelegate(delegatee common.Address) []byte {
	enc, err := westToken.abi.Pack("delegate", delegatee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegate(address delegatee) returns()
func (westToken *WestToken) TryPackDelegate(delegatee common.Address) ([]byte, error) {
	return westToken.abi.Pack("delegate", delegatee)
}

// PackDelegateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cda520.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (westToken *WestToken) PackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := westToken.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cda520.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (westToken *WestToken) TryPackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return westToken.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
}

// PackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x587cde1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegates(address account) view returns(address)
func (westToken *WestToken) PackDelegates(account common.Address) []byte {
	enc, err := westToken.abi.Pack("delegates", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x587cde1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegates(address account) view returns(address)
func (westToken *WestToken) TryPackDelegates(account common.Address) ([]byte, error) {
	return westToken.abi.Pack("delegates", account)
}

// UnpackDelegates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (westToken *WestToken) UnpackDelegates(data []byte) (common.Address, error) {
	out, err := westToken.abi.Unpack("delegates", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (westToken *WestToken) PackEip712Domain() []byte {
	enc, err := westToken.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (westToken *WestToken) TryPackEip712Domain() ([]byte, error) {
	return westToken.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (westToken *WestToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := westToken.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetPastTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e539e8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (westToken *WestToken) PackGetPastTotalSupply(timepoint *big.Int) []byte {
	enc, err := westToken.abi.Pack("getPastTotalSupply", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPastTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e539e8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (westToken *WestToken) TryPackGetPastTotalSupply(timepoint *big.Int) ([]byte, error) {
	return westToken.abi.Pack("getPastTotalSupply", timepoint)
}

// UnpackGetPastTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (westToken *WestToken) UnpackGetPastTotalSupply(data []byte) (*big.Int, error) {
	out, err := westToken.abi.Unpack("getPastTotalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetPastVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a46b1a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (westToken *WestToken) PackGetPastVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := westToken.abi.Pack("getPastVotes", account, timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPastVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a46b1a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (westToken *WestToken) TryPackGetPastVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return westToken.abi.Pack("getPastVotes", account, timepoint)
}

// UnpackGetPastVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (westToken *WestToken) UnpackGetPastVotes(data []byte) (*big.Int, error) {
	out, err := westToken.abi.Unpack("getPastVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ab24eb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (westToken *WestToken) PackGetVotes(account common.Address) []byte {
	enc, err := westToken.abi.Pack("getVotes", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ab24eb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (westToken *WestToken) TryPackGetVotes(account common.Address) ([]byte, error) {
	return westToken.abi.Pack("getVotes", account)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (westToken *WestToken) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := westToken.abi.Unpack("getVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (westToken *WestToken) PackName() []byte {
	enc, err := westToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (westToken *WestToken) TryPackName() ([]byte, error) {
	return westToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (westToken *WestToken) UnpackName(data []byte) (string, error) {
	out, err := westToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (westToken *WestToken) PackNonces(owner common.Address) []byte {
	enc, err := westToken.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (westToken *WestToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return westToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (westToken *WestToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := westToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcfff45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (westToken *WestToken) PackNumCheckpoints(account common.Address) []byte {
	enc, err := westToken.abi.Pack("numCheckpoints", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcfff45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (westToken *WestToken) TryPackNumCheckpoints(account common.Address) ([]byte, error) {
	return westToken.abi.Pack("numCheckpoints", account)
}

// UnpackNumCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fcfff45.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (westToken *WestToken) UnpackNumCheckpoints(data []byte) (uint32, error) {
	out, err := westToken.abi.Unpack("numCheckpoints", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (westToken *WestToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := westToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (westToken *WestToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return westToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (westToken *WestToken) PackSymbol() []byte {
	enc, err := westToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (westToken *WestToken) TryPackSymbol() ([]byte, error) {
	return westToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (westToken *WestToken) UnpackSymbol(data []byte) (string, error) {
	out, err := westToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (westToken *WestToken) PackTotalSupply() []byte {
	enc, err := westToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (westToken *WestToken) TryPackTotalSupply() ([]byte, error) {
	return westToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (westToken *WestToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := westToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (westToken *WestToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := westToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (westToken *WestToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return westToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (westToken *WestToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := westToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (westToken *WestToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := westToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (westToken *WestToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return westToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (westToken *WestToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := westToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// WestTokenApproval represents a Approval event raised by the WestToken contract.
type WestTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const WestTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (WestTokenApproval) ContractEventName() string {
	return WestTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (westToken *WestToken) UnpackApprovalEvent(log *types.Log) (*WestTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != westToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WestTokenApproval)
	if len(log.Data) > 0 {
		if err := westToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range westToken.abi.Events[event].Inputs {
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

// WestTokenDelegateChanged represents a DelegateChanged event raised by the WestToken contract.
type WestTokenDelegateChanged struct {
	Delegator    common.Address
	FromDelegate common.Address
	ToDelegate   common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const WestTokenDelegateChangedEventName = "DelegateChanged"

// ContractEventName returns the user-defined event name.
func (WestTokenDelegateChanged) ContractEventName() string {
	return WestTokenDelegateChangedEventName
}

// UnpackDelegateChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (westToken *WestToken) UnpackDelegateChangedEvent(log *types.Log) (*WestTokenDelegateChanged, error) {
	event := "DelegateChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != westToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WestTokenDelegateChanged)
	if len(log.Data) > 0 {
		if err := westToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range westToken.abi.Events[event].Inputs {
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

// WestTokenDelegateVotesChanged represents a DelegateVotesChanged event raised by the WestToken contract.
type WestTokenDelegateVotesChanged struct {
	Delegate      common.Address
	PreviousVotes *big.Int
	NewVotes      *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const WestTokenDelegateVotesChangedEventName = "DelegateVotesChanged"

// ContractEventName returns the user-defined event name.
func (WestTokenDelegateVotesChanged) ContractEventName() string {
	return WestTokenDelegateVotesChangedEventName
}

// UnpackDelegateVotesChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (westToken *WestToken) UnpackDelegateVotesChangedEvent(log *types.Log) (*WestTokenDelegateVotesChanged, error) {
	event := "DelegateVotesChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != westToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WestTokenDelegateVotesChanged)
	if len(log.Data) > 0 {
		if err := westToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range westToken.abi.Events[event].Inputs {
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

// WestTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the WestToken contract.
type WestTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const WestTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (WestTokenEIP712DomainChanged) ContractEventName() string {
	return WestTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (westToken *WestToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*WestTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != westToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WestTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := westToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range westToken.abi.Events[event].Inputs {
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

// WestTokenTransfer represents a Transfer event raised by the WestToken contract.
type WestTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const WestTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (WestTokenTransfer) ContractEventName() string {
	return WestTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (westToken *WestToken) UnpackTransferEvent(log *types.Log) (*WestTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != westToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WestTokenTransfer)
	if len(log.Data) > 0 {
		if err := westToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range westToken.abi.Events[event].Inputs {
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
func (westToken *WestToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], westToken.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return westToken.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return westToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return westToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return westToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["ERC20ExceededSafeSupply"].ID.Bytes()[:4]) {
		return westToken.UnpackERC20ExceededSafeSupplyError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return westToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return westToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return westToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return westToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return westToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return westToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return westToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return westToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["ERC5805FutureLookup"].ID.Bytes()[:4]) {
		return westToken.UnpackERC5805FutureLookupError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["ERC6372InconsistentClock"].ID.Bytes()[:4]) {
		return westToken.UnpackERC6372InconsistentClockError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return westToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return westToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return westToken.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return westToken.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["VotesExpiredSignature"].ID.Bytes()[:4]) {
		return westToken.UnpackVotesExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], westToken.abi.Errors["WestTokenZeroRecipient"].ID.Bytes()[:4]) {
		return westToken.UnpackWestTokenZeroRecipientError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// WestTokenCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the WestToken contract.
type WestTokenCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func WestTokenCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (westToken *WestToken) UnpackCheckpointUnorderedInsertionError(raw []byte) (*WestTokenCheckpointUnorderedInsertion, error) {
	out := new(WestTokenCheckpointUnorderedInsertion)
	if err := westToken.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the WestToken contract.
type WestTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func WestTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (westToken *WestToken) UnpackECDSAInvalidSignatureError(raw []byte) (*WestTokenECDSAInvalidSignature, error) {
	out := new(WestTokenECDSAInvalidSignature)
	if err := westToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the WestToken contract.
type WestTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func WestTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (westToken *WestToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*WestTokenECDSAInvalidSignatureLength, error) {
	out := new(WestTokenECDSAInvalidSignatureLength)
	if err := westToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the WestToken contract.
type WestTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func WestTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (westToken *WestToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*WestTokenECDSAInvalidSignatureS, error) {
	out := new(WestTokenECDSAInvalidSignatureS)
	if err := westToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenERC20ExceededSafeSupply represents a ERC20ExceededSafeSupply error raised by the WestToken contract.
type WestTokenERC20ExceededSafeSupply struct {
	IncreasedSupply *big.Int
	Cap             *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap)
func WestTokenERC20ExceededSafeSupplyErrorID() common.Hash {
	return common.HexToHash("0x1cb15d26dea6ae78228522d00b5965f950275bea9a67abeec04cb99806defd4c")
}

// UnpackERC20ExceededSafeSupplyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap)
func (westToken *WestToken) UnpackERC20ExceededSafeSupplyError(raw []byte) (*WestTokenERC20ExceededSafeSupply, error) {
	out := new(WestTokenERC20ExceededSafeSupply)
	if err := westToken.abi.UnpackIntoInterface(out, "ERC20ExceededSafeSupply", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the WestToken contract.
type WestTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func WestTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (westToken *WestToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*WestTokenERC20InsufficientAllowance, error) {
	out := new(WestTokenERC20InsufficientAllowance)
	if err := westToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the WestToken contract.
type WestTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func WestTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (westToken *WestToken) UnpackERC20InsufficientBalanceError(raw []byte) (*WestTokenERC20InsufficientBalance, error) {
	out := new(WestTokenERC20InsufficientBalance)
	if err := westToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the WestToken contract.
type WestTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func WestTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (westToken *WestToken) UnpackERC20InvalidApproverError(raw []byte) (*WestTokenERC20InvalidApprover, error) {
	out := new(WestTokenERC20InvalidApprover)
	if err := westToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the WestToken contract.
type WestTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func WestTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (westToken *WestToken) UnpackERC20InvalidReceiverError(raw []byte) (*WestTokenERC20InvalidReceiver, error) {
	out := new(WestTokenERC20InvalidReceiver)
	if err := westToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the WestToken contract.
type WestTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func WestTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (westToken *WestToken) UnpackERC20InvalidSenderError(raw []byte) (*WestTokenERC20InvalidSender, error) {
	out := new(WestTokenERC20InvalidSender)
	if err := westToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the WestToken contract.
type WestTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func WestTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (westToken *WestToken) UnpackERC20InvalidSpenderError(raw []byte) (*WestTokenERC20InvalidSpender, error) {
	out := new(WestTokenERC20InvalidSpender)
	if err := westToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the WestToken contract.
type WestTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func WestTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (westToken *WestToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*WestTokenERC2612ExpiredSignature, error) {
	out := new(WestTokenERC2612ExpiredSignature)
	if err := westToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the WestToken contract.
type WestTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func WestTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (westToken *WestToken) UnpackERC2612InvalidSignerError(raw []byte) (*WestTokenERC2612InvalidSigner, error) {
	out := new(WestTokenERC2612InvalidSigner)
	if err := westToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenERC5805FutureLookup represents a ERC5805FutureLookup error raised by the WestToken contract.
type WestTokenERC5805FutureLookup struct {
	Timepoint *big.Int
	Clock     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC5805FutureLookup(uint256 timepoint, uint48 clock)
func WestTokenERC5805FutureLookupErrorID() common.Hash {
	return common.HexToHash("0xecd3f81ef0a2e77b4e11bb288f0a162344834f778af7e47bdbee611607f14457")
}

// UnpackERC5805FutureLookupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC5805FutureLookup(uint256 timepoint, uint48 clock)
func (westToken *WestToken) UnpackERC5805FutureLookupError(raw []byte) (*WestTokenERC5805FutureLookup, error) {
	out := new(WestTokenERC5805FutureLookup)
	if err := westToken.abi.UnpackIntoInterface(out, "ERC5805FutureLookup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenERC6372InconsistentClock represents a ERC6372InconsistentClock error raised by the WestToken contract.
type WestTokenERC6372InconsistentClock struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC6372InconsistentClock()
func WestTokenERC6372InconsistentClockErrorID() common.Hash {
	return common.HexToHash("0x6ff07140ae905cb0f8e72fb38f5dd8e756c387b0065be0e1bf85bd0621a43dc7")
}

// UnpackERC6372InconsistentClockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC6372InconsistentClock()
func (westToken *WestToken) UnpackERC6372InconsistentClockError(raw []byte) (*WestTokenERC6372InconsistentClock, error) {
	out := new(WestTokenERC6372InconsistentClock)
	if err := westToken.abi.UnpackIntoInterface(out, "ERC6372InconsistentClock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the WestToken contract.
type WestTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func WestTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (westToken *WestToken) UnpackInvalidAccountNonceError(raw []byte) (*WestTokenInvalidAccountNonce, error) {
	out := new(WestTokenInvalidAccountNonce)
	if err := westToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenInvalidShortString represents a InvalidShortString error raised by the WestToken contract.
type WestTokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func WestTokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (westToken *WestToken) UnpackInvalidShortStringError(raw []byte) (*WestTokenInvalidShortString, error) {
	out := new(WestTokenInvalidShortString)
	if err := westToken.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the WestToken contract.
type WestTokenSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func WestTokenSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (westToken *WestToken) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*WestTokenSafeCastOverflowedUintDowncast, error) {
	out := new(WestTokenSafeCastOverflowedUintDowncast)
	if err := westToken.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenStringTooLong represents a StringTooLong error raised by the WestToken contract.
type WestTokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func WestTokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (westToken *WestToken) UnpackStringTooLongError(raw []byte) (*WestTokenStringTooLong, error) {
	out := new(WestTokenStringTooLong)
	if err := westToken.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenVotesExpiredSignature represents a VotesExpiredSignature error raised by the WestToken contract.
type WestTokenVotesExpiredSignature struct {
	Expiry *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotesExpiredSignature(uint256 expiry)
func WestTokenVotesExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x4683af0ecae671986a1b991272ba6e7bcb633f179b33ccfb3beb636962b1efde")
}

// UnpackVotesExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotesExpiredSignature(uint256 expiry)
func (westToken *WestToken) UnpackVotesExpiredSignatureError(raw []byte) (*WestTokenVotesExpiredSignature, error) {
	out := new(WestTokenVotesExpiredSignature)
	if err := westToken.abi.UnpackIntoInterface(out, "VotesExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestTokenWestTokenZeroRecipient represents a WestTokenZeroRecipient error raised by the WestToken contract.
type WestTokenWestTokenZeroRecipient struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WestTokenZeroRecipient()
func WestTokenWestTokenZeroRecipientErrorID() common.Hash {
	return common.HexToHash("0x5ec93ead042c8e780157f48ba0c4d767a9b645d854734000d55dc0ce485d52c2")
}

// UnpackWestTokenZeroRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WestTokenZeroRecipient()
func (westToken *WestToken) UnpackWestTokenZeroRecipientError(raw []byte) (*WestTokenWestTokenZeroRecipient, error) {
	out := new(WestTokenWestTokenZeroRecipient)
	if err := westToken.abi.UnpackIntoInterface(out, "WestTokenZeroRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}
