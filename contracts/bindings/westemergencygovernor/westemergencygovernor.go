// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package westemergencygovernor

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

// WestEmergencyGovernorMetaData contains all meta data concerning the WestEmergencyGovernor contract.
var WestEmergencyGovernorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIVotes\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"contractTimelockController\",\"name\":\"timelock\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"initialVotingDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"initialVotingPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"initialProposalThreshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorumPercent\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"charterRegistry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"experimentRegistry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardianRegistry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"emergency_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC6372InconsistentClock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"EmergencyActionNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"GovernorAlreadyCastVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorAlreadyQueuedProposal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorDisabledDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"GovernorInsufficientProposerVotes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"targets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"calldatas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"values\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidProposalLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quorumNumerator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorumDenominator\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidQuorumFraction\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"GovernorInvalidSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorInvalidVoteParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorInvalidVoteType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"votingPeriod\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidVotingPeriod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorNonexistentProposal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"GovernorOnlyExecutor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorProposalQueueingFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorProposalQueueingNotRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"name\":\"GovernorRestrictedProposer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"GovernorUnableToCancel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"enumIGovernor.ProposalState\",\"name\":\"current\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"expectedStates\",\"type\":\"bytes32\"}],\"name\":\"GovernorUnexpectedProposalState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"signatures\",\"type\":\"string[]\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voteStart\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voteEnd\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"ProposalCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"etaSeconds\",\"type\":\"uint256\"}],\"name\":\"ProposalQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldProposalThreshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newProposalThreshold\",\"type\":\"uint256\"}],\"name\":\"ProposalThresholdSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldQuorumNumerator\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newQuorumNumerator\",\"type\":\"uint256\"}],\"name\":\"QuorumNumeratorUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldTimelock\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newTimelock\",\"type\":\"address\"}],\"name\":\"TimelockChange\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"VoteCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"VoteCastWithParams\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldVotingDelay\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotingDelay\",\"type\":\"uint256\"}],\"name\":\"VotingDelaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldVotingPeriod\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotingPeriod\",\"type\":\"uint256\"}],\"name\":\"VotingPeriodSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BALLOT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COUNTING_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXTENDED_BALLOT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"}],\"name\":\"castVote\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"castVoteBySig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"castVoteWithReason\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"castVoteWithReasonAndParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"castVoteWithReasonAndParamsBySig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"charterRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"emergency\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"experimentRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"getProposalId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"getVotesWithParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardianRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasVoted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"hashProposal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"isEmergencyAction\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalDeadline\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalEta\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalNeedsQueuing\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalProposer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalSnapshot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"againstVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"forVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"abstainVotes\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"queue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumDenominator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"relay\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newProposalThreshold\",\"type\":\"uint256\"}],\"name\":\"setProposalThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newVotingDelay\",\"type\":\"uint48\"}],\"name\":\"setVotingDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"newVotingPeriod\",\"type\":\"uint32\"}],\"name\":\"setVotingPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"state\",\"outputs\":[{\"internalType\":\"enumIGovernor.ProposalState\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"timelock\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC5805\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newQuorumNumerator\",\"type\":\"uint256\"}],\"name\":\"updateQuorumNumerator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractTimelockController\",\"name\":\"newTimelock\",\"type\":\"address\"}],\"name\":\"updateTimelock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingPeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "WestEmergencyGovernor",
	Bin: "0x610200604052348015610010575f5ffd5b506040516152df3803806152df83398101604081905261002f91610740565b88858b8a8a8a6040518060400160405280601581526020017f57657374456d657267656e6379476f7665726e6f7200000000000000000000008152508061007a6101a060201b60201c565b610083826101bb565b61012052610090816101bb565b61014052815160208084019190912060e052815190820120610100524660a05261011c60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526003610131828261089f565b5061013d905083610201565b61014682610267565b61014f81610306565b5050506001600160a01b03166101605261016881610347565b50610172816103dc565b506001600160a01b03938416610180529183166101a05282166101c052166101e052506109f3945050505050565b6040805180820190915260018152603160f81b602082015290565b5f5f829050601f815111156101ee578260405163305a27a960e01b81526004016101e5919061095d565b60405180910390fd5b80516101f982610992565b179392505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b8063ffffffff165f0361028f5760405163f1cfbf0560e01b81525f60048201526024016101e5565b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff90921666010000000000000263ffffffff60301b19909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b6064808211156103745760405163243e544560e01b815260048101839052602481018290526044016101e5565b5f61037d610445565b905061039c61038a61045e565b610393856104d8565b600a919061050f565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b600b54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600b80546001600160a01b0319166001600160a01b0392909216919091179055565b5f610450600a610529565b6001600160d01b0316905090565b5f6104696101605190565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156104c2575060408051601f3d908101601f191682019092526104bf918101906109b5565b60015b6104d3576104ce610571565b905090565b919050565b5f6001600160d01b0382111561050b576040516306dfcc6560e41b815260d06004820152602481018390526044016101e5565b5090565b5f8061051c85858561057b565b915091505b935093915050565b80545f9080156105685761054f836105426001846109ce565b5f91825260209091200190565b54660100000000000090046001600160d01b031661056a565b5f5b9392505050565b5f6104ce436106d7565b82545f908190801561067a575f610597876105426001856109ce565b805490915065ffffffffffff80821691660100000000000090046001600160d01b03169088168211156105dd57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361061957825465ffffffffffff1666010000000000006001600160d01b0389160217835561066c565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b945085935061052192505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081610521565b5f65ffffffffffff82111561050b576040516306dfcc6560e41b815260306004820152602481018390526044016101e5565b6001600160a01b038116811461071d575f5ffd5b50565b805165ffffffffffff811681146104d3575f5ffd5b80516104d381610709565b5f5f5f5f5f5f5f5f5f5f6101408b8d03121561075a575f5ffd5b8a5161076581610709565b60208c0151909a5061077681610709565b985061078460408c01610720565b975060608b015163ffffffff8116811461079c575f5ffd5b60808c015160a08d015160c08e015192995090975095506107bc81610709565b60e08c01519094506107cd81610709565b92506107dc6101008c01610735565b91506107eb6101208c01610735565b90509295989b9194979a5092959850565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061082457607f821691505b60208210810361084257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561089a578282111561089a57805f5260205f20601f840160051c602085101561087357505f5b90810190601f840160051c035f5b81811015610896575f83820155600101610881565b5050505b505050565b81516001600160401b038111156108b8576108b86107fc565b6108cc816108c68454610810565b84610848565b6020601f8211600181146108fe575f83156108e75750848201515b5f19600385901b1c1916600184901b178455610956565b5f84815260208120601f198516915b8281101561092d578785015182556020948501946001909201910161090d565b508482101561094a57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610842575f1960209190910360031b1b16919050565b5f602082840312156109c5575f5ffd5b61056a82610720565b818103818111156109ed57634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e051614831610aae5f395f818161097c015261176601525f8181610590015261171301525f8181610adf01526116c001525f81816104b8015261166d01525f8181610b2e01528181610fd0015281816113f60152818161204c01526122c701525f611f9201525f611f6701525f61326c01525f61324401525f61319f01525f6131c901525f6131f301526148315ff3fe60806040526004361061032a575f3560e01c806384b0196e116101a3578063c28bc2fa116100f2578063eb9019d411610092578063f23a6e611161006d578063f23a6e6114610aaf578063f886fdef14610ace578063f8ce560a14610b01578063fc0c546a14610b20575f5ffd5b8063eb9019d414610a52578063eca1834414610a71578063ece40cc114610a90575f5ffd5b8063d33219b4116100cd578063d33219b41461099e578063dd4e2ba5146109bb578063deaaa7cc14610a00578063e540d01d14610a33575f5ffd5b8063c28bc2fa14610939578063c59057e41461094c578063caa6fea41461096b575f5ffd5b8063a890c9101161015d578063ab58fb8e11610138578063ab58fb8e146108b1578063b58131b0146108e7578063bc197c81146108fb578063c01f9e371461091a575f5ffd5b8063a890c91014610854578063a8f8a66814610873578063a9a9529414610892575f5ffd5b806384b0196e1461079d5780638ff262e3146107c457806391ddadf4146107e357806397c3d3341461080e5780639a802a6d14610821578063a7713a7014610840575f5ffd5b80634232a3c3116102795780635b8d0e0d1161021957806379051887116101f4578063790518871461070c5780637b3c71d31461072b5780637d5e81e21461074a5780637ecebe0014610769575f5ffd5b80635b8d0e0d146106af5780635f398a14146106ce57806360c4247f146106ed575f5ffd5b80634bf5d7e9116102545780634bf5d7e914610619578063544ffc9c1461062d57806354fd4d50146106675780635678138814610690575f5ffd5b80634232a3c31461057f57806343859632146105b2578063452115d6146105fa575f5ffd5b8063160cbed7116102e45780632d63f693116102bf5780632d63f693146104ed5780632fe3e2611461050c5780633932abb11461053f5780633e4f49e614610553575f5ffd5b8063160cbed7146104885780631c2b990d146104a75780632656227d146104da575f5ffd5b806301ffc9a71461036557806302a251a31461039957806306f3f9e6146103c457806306fdde03146103e3578063143489d014610404578063150b7a0214610450575f5ffd5b366103615730610338610b52565b6001600160a01b03161461035f57604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b348015610370575f5ffd5b5061038461037f366004613835565b610b6a565b60405190151581526020015b60405180910390f35b3480156103a4575f5ffd5b50600854600160301b900463ffffffff165b604051908152602001610390565b3480156103cf575f5ffd5b5061035f6103de36600461385c565b610bd6565b3480156103ee575f5ffd5b506103f7610bea565b60405161039091906138a1565b34801561040f575f5ffd5b5061043861041e36600461385c565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b039091168152602001610390565b34801561045b575f5ffd5b5061046f61046a36600461398a565b610c7a565b6040516001600160e01b03199091168152602001610390565b348015610493575f5ffd5b506103b66104a2366004613b50565b610cbc565b3480156104b2575f5ffd5b506104387f000000000000000000000000000000000000000000000000000000000000000081565b6103b66104e8366004613b50565b610dbf565b3480156104f8575f5ffd5b506103b661050736600461385c565b610f2f565b348015610517575f5ffd5b506103b67f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b34801561054a575f5ffd5b506103b6610f4f565b34801561055e575f5ffd5b5061057261056d36600461385c565b610f61565b6040516103909190613c17565b34801561058a575f5ffd5b506104387f000000000000000000000000000000000000000000000000000000000000000081565b3480156105bd575f5ffd5b506103846105cc366004613c25565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b348015610605575f5ffd5b506103b6610614366004613b50565b610f6b565b348015610624575f5ffd5b506103f7610fcc565b348015610638575f5ffd5b5061064c61064736600461385c565b61105f565b60408051938452602084019290925290820152606001610390565b348015610672575f5ffd5b506040805180820190915260018152603160f81b60208201526103f7565b34801561069b575f5ffd5b506103b66106aa366004613c63565b611084565b3480156106ba575f5ffd5b506103b66106c9366004613cd1565b6110ab565b3480156106d9575f5ffd5b506103b66106e8366004613d8d565b611168565b3480156106f8575f5ffd5b506103b661070736600461385c565b6111b0565b348015610717575f5ffd5b5061035f610726366004613e21565b6111bc565b348015610736575f5ffd5b506103b6610745366004613e3c565b6111cd565b348015610755575f5ffd5b506103b6610764366004613e91565b61121d565b348015610774575f5ffd5b506103b6610783366004613f4d565b6001600160a01b03165f9081526002602052604090205490565b3480156107a8575f5ffd5b506107b1611359565b6040516103909796959493929190613fa2565b3480156107cf575f5ffd5b506103b66107de366004614011565b61139b565b3480156107ee575f5ffd5b506107f76113f3565b60405165ffffffffffff9091168152602001610390565b348015610819575f5ffd5b5060646103b6565b34801561082c575f5ffd5b506103b661083b36600461405e565b61147a565b34801561084b575f5ffd5b506103b6611490565b34801561085f575f5ffd5b5061035f61086e366004613f4d565b6114a9565b34801561087e575f5ffd5b506103b661088d366004613b50565b6114ba565b34801561089d575f5ffd5b506103846108ac36600461385c565b6114c7565b3480156108bc575f5ffd5b506103b66108cb36600461385c565b5f9081526004602052604090206001015465ffffffffffff1690565b3480156108f2575f5ffd5b506103b66114cf565b348015610906575f5ffd5b5061046f6109153660046140b2565b6114d9565b348015610925575f5ffd5b506103b661093436600461385c565b61151c565b61035f610947366004614149565b61155e565b348015610957575f5ffd5b506103b6610966366004613b50565b6115da565b348015610976575f5ffd5b506104387f000000000000000000000000000000000000000000000000000000000000000081565b3480156109a9575f5ffd5b50600b546001600160a01b0316610438565b3480156109c6575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e908201526103f7565b348015610a0b575f5ffd5b506103b67ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b348015610a3e575f5ffd5b5061035f610a4d366004614188565b611613565b348015610a5d575f5ffd5b506103b6610a6c3660046141ab565b611624565b348015610a7c575f5ffd5b50610384610a8b36600461405e565b611643565b348015610a9b575f5ffd5b5061035f610aaa36600461385c565b611875565b348015610aba575f5ffd5b5061046f610ac93660046141d5565b611886565b348015610ad9575f5ffd5b506104387f000000000000000000000000000000000000000000000000000000000000000081565b348015610b0c575f5ffd5b506103b6610b1b36600461385c565b6118c9565b348015610b2b575f5ffd5b507f0000000000000000000000000000000000000000000000000000000000000000610438565b5f610b65600b546001600160a01b031690565b905090565b5f6001600160e01b031982166366defe7760e11b1480610b9a57506001600160e01b031982166332a2ad4360e11b145b80610bb557506001600160e01b03198216630271189760e51b145b80610bd057506301ffc9a760e01b6001600160e01b03198316145b92915050565b610bde6118d3565b610be78161194c565b50565b606060038054610bf99061422c565b80601f0160208091040260200160405190810160405280929190818152602001828054610c259061422c565b8015610c705780601f10610c4757610100808354040283529160200191610c70565b820191905f5260205f20905b815481529060010190602001808311610c5357829003601f168201915b5050505050905090565b5f30610c84610b52565b6001600160a01b031614610cab57604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f610cca868686866114ba565b90505f610cd6826114c7565b9050610ceb82610ce660046119e1565b611a03565b5080610d125760405163d838bcb760e01b8152600481018390526024015b60405180910390fd5b5f610d208389898989611a40565b905065ffffffffffff811615610d97575f83815260046020908152604091829020600101805465ffffffffffff191665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610db3565b60405163ab2d031160e01b815260048101849052602401610d09565b50909695505050505050565b5f5f610dcd868686866114ba565b90505f610dd9826114c7565b9050610df582610ce683610dee5760046119e1565b60056119e1565b505f828152600460205260409020805460ff60f01b1916600160f01b17905530610e1d610b52565b6001600160a01b031614610ea6575f5b8751811015610ea457306001600160a01b0316888281518110610e5257610e52614264565b60200260200101516001600160a01b031603610e9c57610e9c868281518110610e7d57610e7d614264565b6020026020010151805190602001206005611a4e90919063ffffffff16565b600101610e2d565b505b610eb38288888888611a6f565b30610ebc610b52565b6001600160a01b031614158015610ee857506005546001600160801b03808216600160801b9092041614155b15610ef2575f6005555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a15095945050505050565b5f90815260046020526040902054600160a01b900465ffffffffffff1690565b5f610b6560085465ffffffffffff1690565b5f610bd082611a83565b5f5f610f79868686866114ba565b905033610f868282611bc3565b610fb557604051638fe5d8a960e01b8152600481018390526001600160a01b0382166024820152604401610d09565b610fc187878787611c08565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa92505050801561104b57506040513d5f823e601f3d908101601f191682016040526110489190810190614278565b60015b61105a57610b656113f3611c15565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f803390506110a384828560405180602001604052805f815250611c2b565b949350505050565b5f6110f188888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250899150611c4c9050565b611119576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610d09565b61115c88878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611d19915050565b98975050505050505050565b5f80339050610fc187828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611d19915050565b5f610bd0600a83611df7565b6111c46118d3565b610be781611e44565b5f8033905061121386828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611c2b92505050565b9695505050505050565b835183515f9190811480156112325750808451145b1561134d575f5b8181101561134b5761129787828151811061125657611256614264565b602002602001015187838151811061127057611270614264565b602002602001015187848151811061128a5761128a614264565b6020026020010151611643565b611343575f60048683815181106112b0576112b0614264565b60200260200101515110156112c5575f6112e8565b8582815181106112d7576112d7614264565b60200260200101516112e8906142ec565b9050818883815181106112fd576112fd614264565b60209081029190910101516040516313736e9560e31b815260048101929092526001600160a01b031660248201526001600160e01b031982166044820152606401610d09565b600101611239565b505b61121386868686611eaa565b5f6060805f5f5f606061136a611f60565b611372611f8b565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6113a885858585611fb6565b6113d0576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610d09565b6113ea85848660405180602001604052805f815250611c2b565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa92505050801561146e575060408051601f3d908101601f1916820190925261146b91810190614326565b60015b61105a57610b6561203f565b5f611486848484612049565b90505b9392505050565b5f61149b600a6120dc565b6001600160d01b0316905090565b6114b16118d3565b610be781612120565b5f6113ea858585856115da565b5f6001610bd0565b5f610b6560075490565b5f306114e3610b52565b6001600160a01b03161461150a57604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f8181526004602052604081205461155090600160d01b810463ffffffff1690600160a01b900465ffffffffffff16614355565b65ffffffffffff1692915050565b6115666118d3565b5f5f856001600160a01b0316858585604051611583929190614373565b5f6040518083038185875af1925050503d805f81146115bd576040519150601f19603f3d011682016040523d82523d5f602084013e6115c2565b606091505b50915091506115d18282612189565b50505050505050565b5f848484846040516020016115f29493929190614409565b60408051601f19818403018152919052805160209091012095945050505050565b61161b6118d3565b610be7816121c6565b5f611489838361163e60408051602081019091525f815290565b612049565b5f82151580611653575060048251105b1561165f57505f611489565b5f611669836142ec565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316856001600160a01b0316036116be576001600160e01b0319166330dbb84760e21b149050611489565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316856001600160a01b031603611711576001600160e01b0319166329bf3b9b60e11b149050611489565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316856001600160a01b031603611764576001600160e01b03191663e38d089560e01b149050611489565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316856001600160a01b0316036117ef576001600160e01b0319811663153923e560e01b14806117cc57506001600160e01b031981166306e8ba4760e11b145b806117e757506001600160e01b03198116633e327e8d60e01b145b915050611489565b306001600160a01b0386160361186b576001600160e01b03198116637905188760e01b148061182e57506001600160e01b0319811663e540d01d60e01b145b8061184957506001600160e01b0319811663ece40cc160e01b145b806117e757506001600160e01b03198116630379fcf360e11b14915050611489565b505f949350505050565b61187d6118d3565b610be781612262565b5f30611890610b52565b6001600160a01b0316146118b757604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b5f610bd0826122a3565b336118dc610b52565b6001600160a01b031614611905576040516347096e4760e01b8152336004820152602401610d09565b3061190e610b52565b6001600160a01b03161461194a575f803660405161192d929190614373565b604051809103902090505b806119436005612340565b0361193857505b565b6064808211156119795760405163243e544560e01b81526004810183905260248101829052604401610d09565b5f611982611490565b90506119a161198f6113f3565b6119988561235f565b600a9190612396565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f8160078111156119f4576119f4613be3565b600160ff919091161b92915050565b5f5f611a0e84610f61565b90505f83611a1b836119e1565b1603611489578381846040516331b75e4d60e01b8152600401610d0993929190614453565b5f61121386868686866123b0565b5f611a598383612541565b905080611a6a57611a6a60416125a6565b505050565b611a7c85858585856125b7565b5050505050565b5f5f611a8e83612647565b90506005816007811115611aa457611aa4613be3565b14611aaf5792915050565b5f838152600c60205260409081902054600b549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa158015611b05573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b299190614475565b15611b38575060059392505050565b600b54604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa158015611b7f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ba39190614475565b15611bb2575060079392505050565b5060029392505050565b5050919050565b5f80611bce84610f61565b6007811115611bdf57611bdf613be3565b1480156114895750505f91825260046020526040909120546001600160a01b0391821691161490565b5f6113ea85858585612778565b6060610bd0611c268363ffffffff16565b61280f565b5f6113ea85858585611c4760408051602081019091525f815290565b611d19565b5f610fc185611d137f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a611c9e8c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d830120604051611cf898979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b60405160208183030381529060405280519060200120612881565b846128ad565b5f611d2886610ce660016119e1565b505f611d3d86611d3789610f2f565b85612049565b90505f611d4d888888858861291d565b905083515f03611da357866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda489888489604051611d969493929190614494565b60405180910390a2610fc1565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611de49594939291906144bb565b60405180910390a2979650505050505050565b5f5f5f611e0385612a19565b9250925050838265ffffffffffff161115611e3057611e2b611e2485612a71565b8690612aa3565b611e32565b805b6001600160d01b031695945050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b5f33611eb68184612b45565b611ede5760405163d9b3955760e01b81526001600160a01b0382166004820152602401610d09565b5f611ee76114cf565b90508015611f53575f611f15836001611efe6113f3565b611f0891906144f4565b65ffffffffffff16611624565b905081811015611f5157604051636121770b60e11b81526001600160a01b03841660048201526024810182905260448101839052606401610d09565b505b610fc18787878786612bca565b6060610b657f0000000000000000000000000000000000000000000000000000000000000000612de4565b6060610b657f0000000000000000000000000000000000000000000000000000000000000000612de4565b5f6113ea83611d137ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d78888886120088a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c001611cf8565b5f610b6543612a71565b5f7f0000000000000000000000000000000000000000000000000000000000000000604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa1580156120b8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114869190614512565b80545f90801561211857612102836120f5600184614529565b5f91825260209091200190565b54600160301b90046001600160d01b0316611489565b5f9392505050565b600b54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600b80546001600160a01b0319166001600160a01b0392909216919091179055565b60608215612198575080610bd0565b8151156121ad576121a882612e21565b610bd0565b60405163d6bda27560e01b815260040160405180910390fd5b8063ffffffff165f036121ee5760405163f1cfbf0560e01b81525f6004820152602401610d09565b6008546040805163ffffffff600160301b9093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b604051632394e7a360e21b8152600481018290525f90610bd0906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa15801561230c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123309190614512565b612339846111b0565b6064612e29565b5f5f5f61234c84612ed9565b91509150816114895761148960316125a6565b5f6001600160d01b03821115612392576040516306dfcc6560e41b815260d0600482015260248101839052604401610d09565b5090565b5f806123a3858585612f4d565b915091505b935093915050565b5f5f600b5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa158015612402573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124269190614512565b90505f3060601b6bffffffffffffffffffffffff19168418600b5460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f42790612477908a908a908a905f90889060040161453c565b602060405180830381865afa158015612492573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124b69190614512565b5f898152600c602052604080822092909255600b5491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb091612500918b918b918b919088908a90600401614589565b5f604051808303815f87803b158015612517575f5ffd5b505af1158015612529573d5f5f3e3d5ffd5b5050505061115c824261253c91906145e0565b612a71565b81545f906001600160801b03600160801b82048116918116600183019091160361256e575f915050610bd0565b6001600160801b038181165f908152600186810160205260409091209490945584549184018116600160801b02911617909255919050565b634e487b715f52806020526024601cfd5b600b546001600160a01b031663e38335e5348686865f3060601b6bffffffffffffffffffffffff191688186040518763ffffffff1660e01b815260040161260295949392919061453c565b5f604051808303818588803b158015612619575f5ffd5b505af115801561262b573d5f5f3e3d5ffd5b5050505f9687525050600c602052505060408320929092555050565b5f818152600460205260408120805460ff600160f01b8204811691600160f81b900416811561267b57506007949350505050565b801561268c57506002949350505050565b5f61269686610f2f565b9050805f036126bb57604051636ad0607560e01b815260048101879052602401610d09565b5f6126c46113f3565b65ffffffffffff1690508082106126e157505f9695505050505050565b5f6126eb8861151c565b905081811061270257506001979650505050505050565b61270b8861309d565b158061272a57505f888152600960205260409020805460019091015411155b1561273d57506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f0361276a57506004979650505050505050565b506005979650505050505050565b5f5f612786868686866130d3565b5f818152600c6020526040902054909150801561280557600b5460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b1580156127e0575f5ffd5b505af11580156127f2573d5f5f3e3d5ffd5b5050505f838152600c6020526040812055505b5095945050505050565b606061281961203f565b65ffffffffffff168265ffffffffffff1614612848576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f610bd061288d613193565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f0361290b575f5f6128cb85856132bc565b5090925090505f8160038111156128e4576128e4613be3565b1480156129025750856001600160a01b0316826001600160a01b0316145b92505050611489565b612916848484613305565b9050611489565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff161561296f576040516371c6af4960e01b81526001600160a01b0387166004820152602401610d09565b6001600160a01b0386165f9081526003820160205260409020805460ff1916600117905560ff85166129b85783815f015f8282546129ad91906145e0565b90915550612a0e9050565b5f1960ff8616016129d65783816001015f8282546129ad91906145e0565b60011960ff8616016129f55783816002015f8282546129ad91906145e0565b6040516303599be160e11b815260040160405180910390fd5b509195945050505050565b80545f9081908190808203612a37575f5f5f9350935093505061107d565b5f612a47866120f5600185614529565b546001955065ffffffffffff81169450600160301b90046001600160d01b0316925061107d915050565b5f65ffffffffffff821115612392576040516306dfcc6560e41b81526030600482015260248101839052604401610d09565b81545f9081816005811115612aff575f612abc8461336a565b612ac69085614529565b5f8881526020902090915081015465ffffffffffff9081169087161015612aef57809150612afd565b612afa8160016145e0565b92505b505b5f612b0c878785856134c2565b90508015612b3957612b23876120f5600184614529565b54600160301b90046001600160d01b0316610fc1565b5f979650505050505050565b80515f906034811015612b5c576001915050610bd0565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b14612b8d57600192505050610bd0565b5f5f612b9d86602a860386613518565b91509150811580610fc15750866001600160a01b0316816001600160a01b03161494505050505092915050565b5f612bde86868686805190602001206114ba565b905084518651141580612bf357508351865114155b80612bfd57508551155b15612c3257855184518651604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610d09565b5f81815260046020526040902054600160a01b900465ffffffffffff1615612c7b5780612c5e82610f61565b6040516331b75e4d60e01b8152610d099291905f90600401614453565b5f612c84610f4f565b612c8c6113f3565b65ffffffffffff16612c9e91906145e0565b90505f612cb860085463ffffffff600160301b9091041690565b5f84815260046020526040902080546001600160a01b0319166001600160a01b038716178155909150612cea83612a71565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b19909116178155612d17826135c1565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c906001600160401b03811115612d7a57612d7a6138c7565b604051908082528060200260200182016040528015612dad57816020015b6060815260200190600190039081612d985790505b508c89612dba8a826145e0565b8e604051612dd0999897969594939291906145f3565b60405180910390a150505095945050505050565b60605f612df0836135f1565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b805160208201fd5b5f5f5f612e368686613618565b91509150815f03612e5a57838181612e5057612e506146ce565b0492505050611489565b818411612e7157612e7160038515026011186125a6565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b80545f9081906001600160801b0380821691600160801b9004168103612f0457505f93849350915050565b6001600160801b038181165f908152600186810160205260408220805492905586546fffffffffffffffffffffffffffffffff1916938101909216929092179094559293915050565b82545f9081908015613043575f612f69876120f5600185614529565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115612fac57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603612fe557825465ffffffffffff16600160301b6001600160d01b03891602178355613035565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b94508593506123a892505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b0291909316179201919091559050816123a8565b5f818152600960205260408120600281015460018201546130be91906145e0565b6130ca610b1b85610f2f565b11159392505050565b5f5f6130e1868686866114ba565b905061312f816130f160076119e1565b6130fb60066119e1565b61310560026119e1565b60016131126007826146e2565b61311d9060026147d6565b6131279190614529565b181818611a03565b505f818152600460205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c906131829083815260200190565b60405180910390a195945050505050565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156131eb57507f000000000000000000000000000000000000000000000000000000000000000046145b1561321557507f000000000000000000000000000000000000000000000000000000000000000090565b610b65604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f83516041036132f3576020840151604085015160608601515f1a6132e588828585613634565b9550955095505050506132fe565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f60018211613377575090565b816001600160801b82106133905760809190911c9060401b5b6801000000000000000082106133ab5760409190911c9060201b5b64010000000082106133c25760209190911c9060101b5b6201000082106133d75760109190911c9060081b5b61010082106133eb5760089190911c9060041b5b601082106133fe5760049190911c9060021b5b6004821061340a5760011b5b600302600190811c90818581613422576134226146ce565b048201901c9050600181858161343a5761343a6146ce565b048201901c90506001818581613452576134526146ce565b048201901c9050600181858161346a5761346a6146ce565b048201901c90506001818581613482576134826146ce565b048201901c9050600181858161349a5761349a6146ce565b048201901c90506134b98185816134b3576134b36146ce565b04821190565b90039392505050565b5f5b81831015613510575f85815260209020838316600285851804019081015465ffffffffffff868116911611156134fc5780925061350a565b6135078160016145e0565b93505b506134c4565b509392505050565b5f5f845183118061352857508284115b1561353757505f9050806123a8565b5f6135438560016145e0565b8411801561356b575061060f60f31b61355f8787016020015190565b6001600160f01b031916145b90505f61357b82151560026147e4565b6135869060286145e0565b9050806135938787614529565b036135b4575f5f6135a58989896136fc565b90965094506123a89350505050565b5f5f9350935050506123a8565b5f63ffffffff821115612392576040516306dfcc6560e41b81526020600482015260248101839052604401610d09565b5f60ff8216601f811115610bd057604051632cd44ac360e21b815260040160405180910390fd5b5f805f1983850993909202808410938190039390930393915050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561366d57505f915060039050826136f2565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156136be573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166136e957505f9250600191508290506136f2565b92505f91508190505b9450945094915050565b5f80848161370b8660016145e0565b85118015613733575061060f60f31b6137278388016020015190565b6001600160f01b031916145b90505f61374382151560026147e4565b90505f80613751838a6145e0565b90505b878110156137ac575f61377261376d8784016020015190565b6137bd565b9050600f8160ff161115613791575f5f975097505050505050506123a8565b61379c6010846147e4565b60ff909116019150600101613754565b506001999098509650505050505050565b5f60f882901c602f811180156137d65750603a8160ff16105b156137e457602f1901610bd0565b60608160ff161180156137fa575060678160ff16105b156138085760561901610bd0565b60408160ff1611801561381e575060478160ff16105b1561382c5760361901610bd0565b5060ff92915050565b5f60208284031215613845575f5ffd5b81356001600160e01b031981168114611489575f5ffd5b5f6020828403121561386c575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6114896020830184613873565b6001600160a01b0381168114610be7575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715613903576139036138c7565b604052919050565b5f6001600160401b03821115613923576139236138c7565b50601f01601f191660200190565b5f61394361393e8461390b565b6138db565b9050828152838383011115613956575f5ffd5b828260208301375f602084830101529392505050565b5f82601f83011261397b575f5ffd5b61148983833560208501613931565b5f5f5f5f6080858703121561399d575f5ffd5b84356139a8816138b3565b935060208501356139b8816138b3565b92506040850135915060608501356001600160401b038111156139d9575f5ffd5b6139e58782880161396c565b91505092959194509250565b5f6001600160401b03821115613a0957613a096138c7565b5060051b60200190565b5f82601f830112613a22575f5ffd5b8135613a3061393e826139f1565b8082825260208201915060208360051b860101925085831115613a51575f5ffd5b602085015b83811015612805578035613a69816138b3565b835260209283019201613a56565b5f82601f830112613a86575f5ffd5b8135613a9461393e826139f1565b8082825260208201915060208360051b860101925085831115613ab5575f5ffd5b602085015b83811015612805578035835260209283019201613aba565b5f82601f830112613ae1575f5ffd5b8135613aef61393e826139f1565b8082825260208201915060208360051b860101925085831115613b10575f5ffd5b602085015b838110156128055780356001600160401b03811115613b32575f5ffd5b613b41886020838a010161396c565b84525060209283019201613b15565b5f5f5f5f60808587031215613b63575f5ffd5b84356001600160401b03811115613b78575f5ffd5b613b8487828801613a13565b94505060208501356001600160401b03811115613b9f575f5ffd5b613bab87828801613a77565b93505060408501356001600160401b03811115613bc6575f5ffd5b613bd287828801613ad2565b949793965093946060013593505050565b634e487b7160e01b5f52602160045260245ffd5b60088110613c1357634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610bd08284613bf7565b5f5f60408385031215613c36575f5ffd5b823591506020830135613c48816138b3565b809150509250929050565b803560ff8116811461105a575f5ffd5b5f5f60408385031215613c74575f5ffd5b82359150613c8460208401613c53565b90509250929050565b5f5f83601f840112613c9d575f5ffd5b5081356001600160401b03811115613cb3575f5ffd5b602083019150836020828501011115613cca575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215613ce7575f5ffd5b87359650613cf760208901613c53565b95506040880135613d07816138b3565b945060608801356001600160401b03811115613d21575f5ffd5b613d2d8a828b01613c8d565b90955093505060808801356001600160401b03811115613d4b575f5ffd5b613d578a828b0161396c565b92505060a08801356001600160401b03811115613d72575f5ffd5b613d7e8a828b0161396c565b91505092959891949750929550565b5f5f5f5f5f60808688031215613da1575f5ffd5b85359450613db160208701613c53565b935060408601356001600160401b03811115613dcb575f5ffd5b613dd788828901613c8d565b90945092505060608601356001600160401b03811115613df5575f5ffd5b613e018882890161396c565b9150509295509295909350565b65ffffffffffff81168114610be7575f5ffd5b5f60208284031215613e31575f5ffd5b813561148981613e0e565b5f5f5f5f60608587031215613e4f575f5ffd5b84359350613e5f60208601613c53565b925060408501356001600160401b03811115613e79575f5ffd5b613e8587828801613c8d565b95989497509550505050565b5f5f5f5f60808587031215613ea4575f5ffd5b84356001600160401b03811115613eb9575f5ffd5b613ec587828801613a13565b94505060208501356001600160401b03811115613ee0575f5ffd5b613eec87828801613a77565b93505060408501356001600160401b03811115613f07575f5ffd5b613f1387828801613ad2565b92505060608501356001600160401b03811115613f2e575f5ffd5b8501601f81018713613f3e575f5ffd5b6139e587823560208401613931565b5f60208284031215613f5d575f5ffd5b8135611489816138b3565b5f8151808452602084019350602083015f5b82811015613f98578151865260209586019590910190600101613f7a565b5093949350505050565b60ff60f81b8816815260e060208201525f613fc060e0830189613873565b8281036040840152613fd28189613873565b606084018890526001600160a01b038716608085015260a0840186905283810360c085015290506140038185613f68565b9a9950505050505050505050565b5f5f5f5f60808587031215614024575f5ffd5b8435935061403460208601613c53565b92506040850135614044816138b3565b915060608501356001600160401b038111156139d9575f5ffd5b5f5f5f60608486031215614070575f5ffd5b833561407b816138b3565b92506020840135915060408401356001600160401b0381111561409c575f5ffd5b6140a88682870161396c565b9150509250925092565b5f5f5f5f5f60a086880312156140c6575f5ffd5b85356140d1816138b3565b945060208601356140e1816138b3565b935060408601356001600160401b038111156140fb575f5ffd5b61410788828901613a77565b93505060608601356001600160401b03811115614122575f5ffd5b61412e88828901613a77565b92505060808601356001600160401b03811115613df5575f5ffd5b5f5f5f5f6060858703121561415c575f5ffd5b8435614167816138b3565b93506020850135925060408501356001600160401b03811115613e79575f5ffd5b5f60208284031215614198575f5ffd5b813563ffffffff81168114611489575f5ffd5b5f5f604083850312156141bc575f5ffd5b82356141c7816138b3565b946020939093013593505050565b5f5f5f5f5f60a086880312156141e9575f5ffd5b85356141f4816138b3565b94506020860135614204816138b3565b9350604086013592506060860135915060808601356001600160401b03811115613df5575f5ffd5b600181811c9082168061424057607f821691505b60208210810361425e57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215614288575f5ffd5b81516001600160401b0381111561429d575f5ffd5b8201601f810184136142ad575f5ffd5b80516142bb61393e8261390b565b8181528560208385010111156142cf575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b805160208201516001600160e01b0319811691906004821015611bbc576001600160e01b031960049290920360031b82901b161692915050565b5f60208284031215614336575f5ffd5b815161148981613e0e565b634e487b7160e01b5f52601160045260245ffd5b65ffffffffffff8181168382160190811115610bd057610bd0614341565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b82811015613f985781516001600160a01b0316865260209586019590910190600101614394565b5f82825180855260208501945060208160051b830101602085015f5b83811015610db357601f198584030188526143f3838351613873565b60209889019890935091909101906001016143d7565b608081525f61441b6080830187614382565b828103602084015261442d8187613f68565b9050828103604084015261444181866143bb565b91505082606083015295945050505050565b838152606081016144676020830185613bf7565b826040830152949350505050565b5f60208284031215614485575f5ffd5b81518015158114611489575f5ffd5b84815260ff84166020820152826040820152608060608201525f6112136080830184613873565b85815260ff8516602082015283604082015260a060608201525f6144e260a0830185613873565b828103608084015261115c8185613873565b65ffffffffffff8281168282160390811115610bd057610bd0614341565b5f60208284031215614522575f5ffd5b5051919050565b81810381811115610bd057610bd0614341565b60a081525f61454e60a0830188614382565b82810360208401526145608188613f68565b9050828103604084015261457481876143bb565b60608401959095525050608001529392505050565b60c081525f61459b60c0830189614382565b82810360208401526145ad8189613f68565b905082810360408401526145c181886143bb565b60608401969096525050608081019290925260a0909101529392505050565b80820180821115610bd057610bd0614341565b8981526001600160a01b0389166020820152610120604082018190525f9061461d9083018a614382565b828103606084015261462f818a613f68565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b8381101561468657601f19868403018552614670838351613873565b6020958601959093509190910190600101614654565b505085810360a087015261469a818b6143bb565b93505050508560c08401528460e08401528281036101008401526146be8185613873565b9c9b505050505050505050505050565b634e487b7160e01b5f52601260045260245ffd5b60ff8181168382160190811115610bd057610bd0614341565b6001815b60018411156123a85780850481111561471a5761471a614341565b600184161561472857908102905b60019390931c9280026146ff565b5f8261474457506001610bd0565b8161475057505f610bd0565b816001811461476657600281146147705761478c565b6001915050610bd0565b60ff84111561478157614781614341565b50506001821b610bd0565b5060208310610133831016604e8410600b84101617156147af575081810a610bd0565b6147bb5f1984846146fb565b805f19048211156147ce576147ce614341565b029392505050565b5f61148960ff841683614736565b8082028115828204841417610bd057610bd061434156fea2646970667358221220e27c2f7a833b35307fd3f5d32f8cba827338aa3f5260ea244be8d0e36b1746db64736f6c63430008250033",
}

// WestEmergencyGovernor is an auto generated Go binding around an Ethereum contract.
type WestEmergencyGovernor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *WestEmergencyGovernor) GetABI() abi.ABI {
	return c.abi
}

// NewWestEmergencyGovernor creates a new instance of WestEmergencyGovernor.
func NewWestEmergencyGovernor() *WestEmergencyGovernor {
	parsed, err := WestEmergencyGovernorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &WestEmergencyGovernor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *WestEmergencyGovernor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token, address timelock, uint48 initialVotingDelay, uint32 initialVotingPeriod, uint256 initialProposalThreshold, uint256 quorumPercent, address charterRegistry_, address experimentRegistry_, address guardianRegistry_, address emergency_) returns()
func (westEmergencyGovernor *WestEmergencyGovernor) PackConstructor(token common.Address, timelock common.Address, initialVotingDelay *big.Int, initialVotingPeriod uint32, initialProposalThreshold *big.Int, quorumPercent *big.Int, charterRegistry_ common.Address, experimentRegistry_ common.Address, guardianRegistry_ common.Address, emergency_ common.Address) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("", token, timelock, initialVotingDelay, initialVotingPeriod, initialProposalThreshold, quorumPercent, charterRegistry_, experimentRegistry_, guardianRegistry_, emergency_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeaaa7cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (westEmergencyGovernor *WestEmergencyGovernor) PackBALLOTTYPEHASH() []byte {
	enc, err := westEmergencyGovernor.abi.Pack("BALLOT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeaaa7cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackBALLOTTYPEHASH() ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("BALLOT_TYPEHASH")
}

// UnpackBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdeaaa7cc.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := westEmergencyGovernor.abi.Unpack("BALLOT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (westEmergencyGovernor *WestEmergencyGovernor) PackCLOCKMODE() []byte {
	enc, err := westEmergencyGovernor.abi.Pack("CLOCK_MODE")
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
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackCLOCKMODE() ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := westEmergencyGovernor.abi.Unpack("CLOCK_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackCOUNTINGMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e2ba5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (westEmergencyGovernor *WestEmergencyGovernor) PackCOUNTINGMODE() []byte {
	enc, err := westEmergencyGovernor.abi.Pack("COUNTING_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCOUNTINGMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e2ba5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackCOUNTINGMODE() ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("COUNTING_MODE")
}

// UnpackCOUNTINGMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd4e2ba5.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackCOUNTINGMODE(data []byte) (string, error) {
	out, err := westEmergencyGovernor.abi.Unpack("COUNTING_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackEXTENDEDBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe3e261.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (westEmergencyGovernor *WestEmergencyGovernor) PackEXTENDEDBALLOTTYPEHASH() []byte {
	enc, err := westEmergencyGovernor.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXTENDEDBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe3e261.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackEXTENDEDBALLOTTYPEHASH() ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
}

// UnpackEXTENDEDBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fe3e261.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackEXTENDEDBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := westEmergencyGovernor.abi.Unpack("EXTENDED_BALLOT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452115d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackCancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("cancel", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452115d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackCancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("cancel", targets, values, calldatas, descriptionHash)
}

// UnpackCancel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x452115d6.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackCancel(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("cancel", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56781388.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackCastVote(proposalId *big.Int, support uint8) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("castVote", proposalId, support)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56781388.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackCastVote(proposalId *big.Int, support uint8) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("castVote", proposalId, support)
}

// UnpackCastVote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56781388.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackCastVote(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("castVote", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ff262e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackCastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("castVoteBySig", proposalId, support, voter, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ff262e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackCastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("castVoteBySig", proposalId, support, voter, signature)
}

// UnpackCastVoteBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ff262e3.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackCastVoteBySig(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("castVoteBySig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReason is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3c71d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("castVoteWithReason", proposalId, support, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReason is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3c71d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("castVoteWithReason", proposalId, support, reason)
}

// UnpackCastVoteWithReason is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b3c71d3.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackCastVoteWithReason(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("castVoteWithReason", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReasonAndParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f398a14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReasonAndParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f398a14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
}

// UnpackCastVoteWithReasonAndParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f398a14.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackCastVoteWithReasonAndParams(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("castVoteWithReasonAndParams", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d0e0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d0e0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
}

// UnpackCastVoteWithReasonAndParamsBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b8d0e0d.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackCastVoteWithReasonAndParamsBySig(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("castVoteWithReasonAndParamsBySig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCharterRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c2b990d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function charterRegistry() view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) PackCharterRegistry() []byte {
	enc, err := westEmergencyGovernor.abi.Pack("charterRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCharterRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c2b990d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function charterRegistry() view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackCharterRegistry() ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("charterRegistry")
}

// UnpackCharterRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1c2b990d.
//
// Solidity: function charterRegistry() view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackCharterRegistry(data []byte) (common.Address, error) {
	out, err := westEmergencyGovernor.abi.Unpack("charterRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (westEmergencyGovernor *WestEmergencyGovernor) PackClock() []byte {
	enc, err := westEmergencyGovernor.abi.Pack("clock")
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
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackClock() ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackClock(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("clock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (westEmergencyGovernor *WestEmergencyGovernor) PackEip712Domain() []byte {
	enc, err := westEmergencyGovernor.abi.Pack("eip712Domain")
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
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackEip712Domain() ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("eip712Domain")
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
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := westEmergencyGovernor.abi.Unpack("eip712Domain", data)
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

// PackEmergency is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcaa6fea4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function emergency() view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) PackEmergency() []byte {
	enc, err := westEmergencyGovernor.abi.Pack("emergency")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEmergency is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcaa6fea4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function emergency() view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackEmergency() ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("emergency")
}

// UnpackEmergency is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcaa6fea4.
//
// Solidity: function emergency() view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackEmergency(data []byte) (common.Address, error) {
	out, err := westEmergencyGovernor.abi.Unpack("emergency", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2656227d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("execute", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2656227d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("execute", targets, values, calldatas, descriptionHash)
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2656227d.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackExecute(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("execute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExperimentRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf886fdef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function experimentRegistry() view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) PackExperimentRegistry() []byte {
	enc, err := westEmergencyGovernor.abi.Pack("experimentRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExperimentRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf886fdef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function experimentRegistry() view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackExperimentRegistry() ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("experimentRegistry")
}

// UnpackExperimentRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf886fdef.
//
// Solidity: function experimentRegistry() view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackExperimentRegistry(data []byte) (common.Address, error) {
	out, err := westEmergencyGovernor.abi.Unpack("experimentRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f8a668.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackGetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("getProposalId", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f8a668.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackGetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("getProposalId", targets, values, calldatas, descriptionHash)
}

// UnpackGetProposalId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8f8a668.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGetProposalId(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("getProposalId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9019d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackGetVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("getVotes", account, timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9019d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackGetVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("getVotes", account, timepoint)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb9019d4.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("getVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotesWithParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a802a6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("getVotesWithParams", account, timepoint, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotesWithParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a802a6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("getVotesWithParams", account, timepoint, params)
}

// UnpackGetVotesWithParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a802a6d.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGetVotesWithParams(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("getVotesWithParams", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGuardianRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4232a3c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function guardianRegistry() view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) PackGuardianRegistry() []byte {
	enc, err := westEmergencyGovernor.abi.Pack("guardianRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGuardianRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4232a3c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function guardianRegistry() view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackGuardianRegistry() ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("guardianRegistry")
}

// UnpackGuardianRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4232a3c3.
//
// Solidity: function guardianRegistry() view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGuardianRegistry(data []byte) (common.Address, error) {
	out, err := westEmergencyGovernor.abi.Unpack("guardianRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (westEmergencyGovernor *WestEmergencyGovernor) PackHasVoted(proposalId *big.Int, account common.Address) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("hasVoted", proposalId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackHasVoted(proposalId *big.Int, account common.Address) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("hasVoted", proposalId, account)
}

// UnpackHasVoted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43859632.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackHasVoted(data []byte) (bool, error) {
	out, err := westEmergencyGovernor.abi.Unpack("hasVoted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc59057e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc59057e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
}

// UnpackHashProposal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc59057e4.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackHashProposal(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("hashProposal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsEmergencyAction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeca18344.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isEmergencyAction(address target, uint256 value, bytes data) view returns(bool)
func (westEmergencyGovernor *WestEmergencyGovernor) PackIsEmergencyAction(target common.Address, value *big.Int, data []byte) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("isEmergencyAction", target, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsEmergencyAction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeca18344.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isEmergencyAction(address target, uint256 value, bytes data) view returns(bool)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackIsEmergencyAction(target common.Address, value *big.Int, data []byte) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("isEmergencyAction", target, value, data)
}

// UnpackIsEmergencyAction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeca18344.
//
// Solidity: function isEmergencyAction(address target, uint256 value, bytes data) view returns(bool)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackIsEmergencyAction(data []byte) (bool, error) {
	out, err := westEmergencyGovernor.abi.Unpack("isEmergencyAction", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (westEmergencyGovernor *WestEmergencyGovernor) PackName() []byte {
	enc, err := westEmergencyGovernor.abi.Pack("name")
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
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackName() ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackName(data []byte) (string, error) {
	out, err := westEmergencyGovernor.abi.Unpack("name", data)
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
func (westEmergencyGovernor *WestEmergencyGovernor) PackNonces(owner common.Address) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("nonces", owner)
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
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackNonces(owner common.Address) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (westEmergencyGovernor *WestEmergencyGovernor) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := westEmergencyGovernor.abi.Unpack("onERC1155BatchReceived", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (westEmergencyGovernor *WestEmergencyGovernor) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := westEmergencyGovernor.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (westEmergencyGovernor *WestEmergencyGovernor) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := westEmergencyGovernor.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackProposalDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01f9e37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackProposalDeadline(proposalId *big.Int) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("proposalDeadline", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01f9e37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackProposalDeadline(proposalId *big.Int) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("proposalDeadline", proposalId)
}

// UnpackProposalDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc01f9e37.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackProposalDeadline(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("proposalDeadline", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalEta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab58fb8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackProposalEta(proposalId *big.Int) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("proposalEta", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalEta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab58fb8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackProposalEta(proposalId *big.Int) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("proposalEta", proposalId)
}

// UnpackProposalEta is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab58fb8e.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackProposalEta(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("proposalEta", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalNeedsQueuing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a95294.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (westEmergencyGovernor *WestEmergencyGovernor) PackProposalNeedsQueuing(proposalId *big.Int) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("proposalNeedsQueuing", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalNeedsQueuing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a95294.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackProposalNeedsQueuing(proposalId *big.Int) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("proposalNeedsQueuing", proposalId)
}

// UnpackProposalNeedsQueuing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9a95294.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackProposalNeedsQueuing(data []byte) (bool, error) {
	out, err := westEmergencyGovernor.abi.Unpack("proposalNeedsQueuing", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackProposalProposer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143489d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) PackProposalProposer(proposalId *big.Int) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("proposalProposer", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalProposer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143489d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackProposalProposer(proposalId *big.Int) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("proposalProposer", proposalId)
}

// UnpackProposalProposer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x143489d0.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackProposalProposer(data []byte) (common.Address, error) {
	out, err := westEmergencyGovernor.abi.Unpack("proposalProposer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProposalSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d63f693.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackProposalSnapshot(proposalId *big.Int) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("proposalSnapshot", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d63f693.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackProposalSnapshot(proposalId *big.Int) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("proposalSnapshot", proposalId)
}

// UnpackProposalSnapshot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d63f693.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackProposalSnapshot(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("proposalSnapshot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackProposalThreshold() []byte {
	enc, err := westEmergencyGovernor.abi.Pack("proposalThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackProposalThreshold() ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("proposalThreshold")
}

// UnpackProposalThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb58131b0.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackProposalThreshold(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("proposalThreshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (westEmergencyGovernor *WestEmergencyGovernor) PackProposalVotes(proposalId *big.Int) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("proposalVotes", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackProposalVotes(proposalId *big.Int) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("proposalVotes", proposalId)
}

// ProposalVotesOutput serves as a container for the return parameters of contract
// method ProposalVotes.
type ProposalVotesOutput struct {
	AgainstVotes *big.Int
	ForVotes     *big.Int
	AbstainVotes *big.Int
}

// UnpackProposalVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x544ffc9c.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackProposalVotes(data []byte) (ProposalVotesOutput, error) {
	out, err := westEmergencyGovernor.abi.Unpack("proposalVotes", data)
	outstruct := new(ProposalVotesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AgainstVotes = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ForVotes = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.AbstainVotes = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("propose", targets, values, calldatas, description)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("propose", targets, values, calldatas, description)
}

// UnpackPropose is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d5e81e2.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackPropose(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("propose", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160cbed7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("queue", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160cbed7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("queue", targets, values, calldatas, descriptionHash)
}

// UnpackQueue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x160cbed7.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackQueue(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("queue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ce560a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum(uint256 blockNumber) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackQuorum(blockNumber *big.Int) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("quorum", blockNumber)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ce560a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorum(uint256 blockNumber) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackQuorum(blockNumber *big.Int) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("quorum", blockNumber)
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8ce560a.
//
// Solidity: function quorum(uint256 blockNumber) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackQuorum(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("quorum", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackQuorumDenominator() []byte {
	enc, err := westEmergencyGovernor.abi.Pack("quorumDenominator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackQuorumDenominator() ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("quorumDenominator")
}

// UnpackQuorumDenominator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97c3d334.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackQuorumDenominator(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("quorumDenominator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c4247f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackQuorumNumerator(timepoint *big.Int) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("quorumNumerator", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c4247f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackQuorumNumerator(timepoint *big.Int) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("quorumNumerator", timepoint)
}

// UnpackQuorumNumerator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60c4247f.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackQuorumNumerator(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("quorumNumerator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumNumerator0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackQuorumNumerator0() []byte {
	enc, err := westEmergencyGovernor.abi.Pack("quorumNumerator0")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackQuorumNumerator0() ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("quorumNumerator0")
}

// UnpackQuorumNumerator0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7713a70.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackQuorumNumerator0(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("quorumNumerator0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28bc2fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (westEmergencyGovernor *WestEmergencyGovernor) PackRelay(target common.Address, value *big.Int, data []byte) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("relay", target, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28bc2fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackRelay(target common.Address, value *big.Int, data []byte) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("relay", target, value, data)
}

// PackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (westEmergencyGovernor *WestEmergencyGovernor) PackSetProposalThreshold(newProposalThreshold *big.Int) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("setProposalThreshold", newProposalThreshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackSetProposalThreshold(newProposalThreshold *big.Int) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("setProposalThreshold", newProposalThreshold)
}

// PackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79051887.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (westEmergencyGovernor *WestEmergencyGovernor) PackSetVotingDelay(newVotingDelay *big.Int) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("setVotingDelay", newVotingDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79051887.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackSetVotingDelay(newVotingDelay *big.Int) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("setVotingDelay", newVotingDelay)
}

// PackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe540d01d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (westEmergencyGovernor *WestEmergencyGovernor) PackSetVotingPeriod(newVotingPeriod uint32) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("setVotingPeriod", newVotingPeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe540d01d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackSetVotingPeriod(newVotingPeriod uint32) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("setVotingPeriod", newVotingPeriod)
}

// PackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (westEmergencyGovernor *WestEmergencyGovernor) PackState(proposalId *big.Int) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("state", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackState(proposalId *big.Int) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("state", proposalId)
}

// UnpackState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e4f49e6.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackState(data []byte) (uint8, error) {
	out, err := westEmergencyGovernor.abi.Unpack("state", data)
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
func (westEmergencyGovernor *WestEmergencyGovernor) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("supportsInterface", interfaceId)
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
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := westEmergencyGovernor.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timelock() view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) PackTimelock() []byte {
	enc, err := westEmergencyGovernor.abi.Pack("timelock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timelock() view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackTimelock() ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("timelock")
}

// UnpackTimelock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackTimelock(data []byte) (common.Address, error) {
	out, err := westEmergencyGovernor.abi.Unpack("timelock", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) PackToken() []byte {
	enc, err := westEmergencyGovernor.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackToken() ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackToken(data []byte) (common.Address, error) {
	out, err := westEmergencyGovernor.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdateQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f3f9e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (westEmergencyGovernor *WestEmergencyGovernor) PackUpdateQuorumNumerator(newQuorumNumerator *big.Int) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f3f9e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackUpdateQuorumNumerator(newQuorumNumerator *big.Int) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
}

// PackUpdateTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa890c910.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (westEmergencyGovernor *WestEmergencyGovernor) PackUpdateTimelock(newTimelock common.Address) []byte {
	enc, err := westEmergencyGovernor.abi.Pack("updateTimelock", newTimelock)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa890c910.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackUpdateTimelock(newTimelock common.Address) ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("updateTimelock", newTimelock)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() view returns(string)
func (westEmergencyGovernor *WestEmergencyGovernor) PackVersion() []byte {
	enc, err := westEmergencyGovernor.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() view returns(string)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackVersion() ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() view returns(string)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackVersion(data []byte) (string, error) {
	out, err := westEmergencyGovernor.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3932abb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingDelay() view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackVotingDelay() []byte {
	enc, err := westEmergencyGovernor.abi.Pack("votingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3932abb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingDelay() view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackVotingDelay() ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("votingDelay")
}

// UnpackVotingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3932abb1.
//
// Solidity: function votingDelay() view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackVotingDelay(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("votingDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingPeriod() view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) PackVotingPeriod() []byte {
	enc, err := westEmergencyGovernor.abi.Pack("votingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingPeriod() view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) TryPackVotingPeriod() ([]byte, error) {
	return westEmergencyGovernor.abi.Pack("votingPeriod")
}

// UnpackVotingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02a251a3.
//
// Solidity: function votingPeriod() view returns(uint256)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackVotingPeriod(data []byte) (*big.Int, error) {
	out, err := westEmergencyGovernor.abi.Unpack("votingPeriod", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// WestEmergencyGovernorEIP712DomainChanged represents a EIP712DomainChanged event raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const WestEmergencyGovernorEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (WestEmergencyGovernorEIP712DomainChanged) ContractEventName() string {
	return WestEmergencyGovernorEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackEIP712DomainChangedEvent(log *types.Log) (*WestEmergencyGovernorEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != westEmergencyGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WestEmergencyGovernorEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range westEmergencyGovernor.abi.Events[event].Inputs {
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

// WestEmergencyGovernorProposalCanceled represents a ProposalCanceled event raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorProposalCanceled struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const WestEmergencyGovernorProposalCanceledEventName = "ProposalCanceled"

// ContractEventName returns the user-defined event name.
func (WestEmergencyGovernorProposalCanceled) ContractEventName() string {
	return WestEmergencyGovernorProposalCanceledEventName
}

// UnpackProposalCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCanceled(uint256 proposalId)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackProposalCanceledEvent(log *types.Log) (*WestEmergencyGovernorProposalCanceled, error) {
	event := "ProposalCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != westEmergencyGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WestEmergencyGovernorProposalCanceled)
	if len(log.Data) > 0 {
		if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range westEmergencyGovernor.abi.Events[event].Inputs {
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

// WestEmergencyGovernorProposalCreated represents a ProposalCreated event raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorProposalCreated struct {
	ProposalId  *big.Int
	Proposer    common.Address
	Targets     []common.Address
	Values      []*big.Int
	Signatures  []string
	Calldatas   [][]byte
	VoteStart   *big.Int
	VoteEnd     *big.Int
	Description string
	Raw         *types.Log // Blockchain specific contextual infos
}

const WestEmergencyGovernorProposalCreatedEventName = "ProposalCreated"

// ContractEventName returns the user-defined event name.
func (WestEmergencyGovernorProposalCreated) ContractEventName() string {
	return WestEmergencyGovernorProposalCreatedEventName
}

// UnpackProposalCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackProposalCreatedEvent(log *types.Log) (*WestEmergencyGovernorProposalCreated, error) {
	event := "ProposalCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != westEmergencyGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WestEmergencyGovernorProposalCreated)
	if len(log.Data) > 0 {
		if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range westEmergencyGovernor.abi.Events[event].Inputs {
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

// WestEmergencyGovernorProposalExecuted represents a ProposalExecuted event raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorProposalExecuted struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const WestEmergencyGovernorProposalExecutedEventName = "ProposalExecuted"

// ContractEventName returns the user-defined event name.
func (WestEmergencyGovernorProposalExecuted) ContractEventName() string {
	return WestEmergencyGovernorProposalExecutedEventName
}

// UnpackProposalExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalExecuted(uint256 proposalId)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackProposalExecutedEvent(log *types.Log) (*WestEmergencyGovernorProposalExecuted, error) {
	event := "ProposalExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != westEmergencyGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WestEmergencyGovernorProposalExecuted)
	if len(log.Data) > 0 {
		if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range westEmergencyGovernor.abi.Events[event].Inputs {
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

// WestEmergencyGovernorProposalQueued represents a ProposalQueued event raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorProposalQueued struct {
	ProposalId *big.Int
	EtaSeconds *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const WestEmergencyGovernorProposalQueuedEventName = "ProposalQueued"

// ContractEventName returns the user-defined event name.
func (WestEmergencyGovernorProposalQueued) ContractEventName() string {
	return WestEmergencyGovernorProposalQueuedEventName
}

// UnpackProposalQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalQueued(uint256 proposalId, uint256 etaSeconds)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackProposalQueuedEvent(log *types.Log) (*WestEmergencyGovernorProposalQueued, error) {
	event := "ProposalQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != westEmergencyGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WestEmergencyGovernorProposalQueued)
	if len(log.Data) > 0 {
		if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range westEmergencyGovernor.abi.Events[event].Inputs {
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

// WestEmergencyGovernorProposalThresholdSet represents a ProposalThresholdSet event raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorProposalThresholdSet struct {
	OldProposalThreshold *big.Int
	NewProposalThreshold *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const WestEmergencyGovernorProposalThresholdSetEventName = "ProposalThresholdSet"

// ContractEventName returns the user-defined event name.
func (WestEmergencyGovernorProposalThresholdSet) ContractEventName() string {
	return WestEmergencyGovernorProposalThresholdSetEventName
}

// UnpackProposalThresholdSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackProposalThresholdSetEvent(log *types.Log) (*WestEmergencyGovernorProposalThresholdSet, error) {
	event := "ProposalThresholdSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != westEmergencyGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WestEmergencyGovernorProposalThresholdSet)
	if len(log.Data) > 0 {
		if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range westEmergencyGovernor.abi.Events[event].Inputs {
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

// WestEmergencyGovernorQuorumNumeratorUpdated represents a QuorumNumeratorUpdated event raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorQuorumNumeratorUpdated struct {
	OldQuorumNumerator *big.Int
	NewQuorumNumerator *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const WestEmergencyGovernorQuorumNumeratorUpdatedEventName = "QuorumNumeratorUpdated"

// ContractEventName returns the user-defined event name.
func (WestEmergencyGovernorQuorumNumeratorUpdated) ContractEventName() string {
	return WestEmergencyGovernorQuorumNumeratorUpdatedEventName
}

// UnpackQuorumNumeratorUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackQuorumNumeratorUpdatedEvent(log *types.Log) (*WestEmergencyGovernorQuorumNumeratorUpdated, error) {
	event := "QuorumNumeratorUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != westEmergencyGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WestEmergencyGovernorQuorumNumeratorUpdated)
	if len(log.Data) > 0 {
		if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range westEmergencyGovernor.abi.Events[event].Inputs {
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

// WestEmergencyGovernorTimelockChange represents a TimelockChange event raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorTimelockChange struct {
	OldTimelock common.Address
	NewTimelock common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const WestEmergencyGovernorTimelockChangeEventName = "TimelockChange"

// ContractEventName returns the user-defined event name.
func (WestEmergencyGovernorTimelockChange) ContractEventName() string {
	return WestEmergencyGovernorTimelockChangeEventName
}

// UnpackTimelockChangeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TimelockChange(address oldTimelock, address newTimelock)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackTimelockChangeEvent(log *types.Log) (*WestEmergencyGovernorTimelockChange, error) {
	event := "TimelockChange"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != westEmergencyGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WestEmergencyGovernorTimelockChange)
	if len(log.Data) > 0 {
		if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range westEmergencyGovernor.abi.Events[event].Inputs {
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

// WestEmergencyGovernorVoteCast represents a VoteCast event raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorVoteCast struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Raw        *types.Log // Blockchain specific contextual infos
}

const WestEmergencyGovernorVoteCastEventName = "VoteCast"

// ContractEventName returns the user-defined event name.
func (WestEmergencyGovernorVoteCast) ContractEventName() string {
	return WestEmergencyGovernorVoteCastEventName
}

// UnpackVoteCastEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackVoteCastEvent(log *types.Log) (*WestEmergencyGovernorVoteCast, error) {
	event := "VoteCast"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != westEmergencyGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WestEmergencyGovernorVoteCast)
	if len(log.Data) > 0 {
		if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range westEmergencyGovernor.abi.Events[event].Inputs {
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

// WestEmergencyGovernorVoteCastWithParams represents a VoteCastWithParams event raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorVoteCastWithParams struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Params     []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const WestEmergencyGovernorVoteCastWithParamsEventName = "VoteCastWithParams"

// ContractEventName returns the user-defined event name.
func (WestEmergencyGovernorVoteCastWithParams) ContractEventName() string {
	return WestEmergencyGovernorVoteCastWithParamsEventName
}

// UnpackVoteCastWithParamsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackVoteCastWithParamsEvent(log *types.Log) (*WestEmergencyGovernorVoteCastWithParams, error) {
	event := "VoteCastWithParams"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != westEmergencyGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WestEmergencyGovernorVoteCastWithParams)
	if len(log.Data) > 0 {
		if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range westEmergencyGovernor.abi.Events[event].Inputs {
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

// WestEmergencyGovernorVotingDelaySet represents a VotingDelaySet event raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorVotingDelaySet struct {
	OldVotingDelay *big.Int
	NewVotingDelay *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const WestEmergencyGovernorVotingDelaySetEventName = "VotingDelaySet"

// ContractEventName returns the user-defined event name.
func (WestEmergencyGovernorVotingDelaySet) ContractEventName() string {
	return WestEmergencyGovernorVotingDelaySetEventName
}

// UnpackVotingDelaySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackVotingDelaySetEvent(log *types.Log) (*WestEmergencyGovernorVotingDelaySet, error) {
	event := "VotingDelaySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != westEmergencyGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WestEmergencyGovernorVotingDelaySet)
	if len(log.Data) > 0 {
		if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range westEmergencyGovernor.abi.Events[event].Inputs {
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

// WestEmergencyGovernorVotingPeriodSet represents a VotingPeriodSet event raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorVotingPeriodSet struct {
	OldVotingPeriod *big.Int
	NewVotingPeriod *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const WestEmergencyGovernorVotingPeriodSetEventName = "VotingPeriodSet"

// ContractEventName returns the user-defined event name.
func (WestEmergencyGovernorVotingPeriodSet) ContractEventName() string {
	return WestEmergencyGovernorVotingPeriodSetEventName
}

// UnpackVotingPeriodSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackVotingPeriodSetEvent(log *types.Log) (*WestEmergencyGovernorVotingPeriodSet, error) {
	event := "VotingPeriodSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != westEmergencyGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WestEmergencyGovernorVotingPeriodSet)
	if len(log.Data) > 0 {
		if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range westEmergencyGovernor.abi.Events[event].Inputs {
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
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["ERC6372InconsistentClock"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackERC6372InconsistentClockError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["EmergencyActionNotAllowed"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackEmergencyActionNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["GovernorAlreadyCastVote"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackGovernorAlreadyCastVoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["GovernorAlreadyQueuedProposal"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackGovernorAlreadyQueuedProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["GovernorDisabledDeposit"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackGovernorDisabledDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["GovernorInsufficientProposerVotes"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackGovernorInsufficientProposerVotesError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["GovernorInvalidProposalLength"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackGovernorInvalidProposalLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["GovernorInvalidQuorumFraction"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackGovernorInvalidQuorumFractionError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["GovernorInvalidSignature"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackGovernorInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["GovernorInvalidVoteParams"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackGovernorInvalidVoteParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["GovernorInvalidVoteType"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackGovernorInvalidVoteTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["GovernorInvalidVotingPeriod"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackGovernorInvalidVotingPeriodError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["GovernorNonexistentProposal"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackGovernorNonexistentProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["GovernorOnlyExecutor"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackGovernorOnlyExecutorError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["GovernorProposalQueueingFailed"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackGovernorProposalQueueingFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["GovernorProposalQueueingNotRequired"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackGovernorProposalQueueingNotRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["GovernorRestrictedProposer"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackGovernorRestrictedProposerError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["GovernorUnableToCancel"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackGovernorUnableToCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["GovernorUnexpectedProposalState"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackGovernorUnexpectedProposalStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], westEmergencyGovernor.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return westEmergencyGovernor.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// WestEmergencyGovernorCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func WestEmergencyGovernorCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackCheckpointUnorderedInsertionError(raw []byte) (*WestEmergencyGovernorCheckpointUnorderedInsertion, error) {
	out := new(WestEmergencyGovernorCheckpointUnorderedInsertion)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorERC6372InconsistentClock represents a ERC6372InconsistentClock error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorERC6372InconsistentClock struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC6372InconsistentClock()
func WestEmergencyGovernorERC6372InconsistentClockErrorID() common.Hash {
	return common.HexToHash("0x6ff07140ae905cb0f8e72fb38f5dd8e756c387b0065be0e1bf85bd0621a43dc7")
}

// UnpackERC6372InconsistentClockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC6372InconsistentClock()
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackERC6372InconsistentClockError(raw []byte) (*WestEmergencyGovernorERC6372InconsistentClock, error) {
	out := new(WestEmergencyGovernorERC6372InconsistentClock)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "ERC6372InconsistentClock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorEmergencyActionNotAllowed represents a EmergencyActionNotAllowed error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorEmergencyActionNotAllowed struct {
	Index    *big.Int
	Target   common.Address
	Selector [4]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmergencyActionNotAllowed(uint256 index, address target, bytes4 selector)
func WestEmergencyGovernorEmergencyActionNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x9b9b74a89150834fe5fc70b4cb1f55008ea6963f8e18fddae2d921beac33e83f")
}

// UnpackEmergencyActionNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmergencyActionNotAllowed(uint256 index, address target, bytes4 selector)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackEmergencyActionNotAllowedError(raw []byte) (*WestEmergencyGovernorEmergencyActionNotAllowed, error) {
	out := new(WestEmergencyGovernorEmergencyActionNotAllowed)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "EmergencyActionNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorFailedCall represents a FailedCall error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func WestEmergencyGovernorFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackFailedCallError(raw []byte) (*WestEmergencyGovernorFailedCall, error) {
	out := new(WestEmergencyGovernorFailedCall)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorGovernorAlreadyCastVote represents a GovernorAlreadyCastVote error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorGovernorAlreadyCastVote struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorAlreadyCastVote(address voter)
func WestEmergencyGovernorGovernorAlreadyCastVoteErrorID() common.Hash {
	return common.HexToHash("0x71c6af4932ed543cdb181fcbb800f4b9940a2ccceeaee5e6e141de8c50856ede")
}

// UnpackGovernorAlreadyCastVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorAlreadyCastVote(address voter)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGovernorAlreadyCastVoteError(raw []byte) (*WestEmergencyGovernorGovernorAlreadyCastVote, error) {
	out := new(WestEmergencyGovernorGovernorAlreadyCastVote)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "GovernorAlreadyCastVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorGovernorAlreadyQueuedProposal represents a GovernorAlreadyQueuedProposal error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorGovernorAlreadyQueuedProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorAlreadyQueuedProposal(uint256 proposalId)
func WestEmergencyGovernorGovernorAlreadyQueuedProposalErrorID() common.Hash {
	return common.HexToHash("0xf20e7d374e58691196b2e081c7753efc94203ab3520c58efe153076e279fde0a")
}

// UnpackGovernorAlreadyQueuedProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorAlreadyQueuedProposal(uint256 proposalId)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGovernorAlreadyQueuedProposalError(raw []byte) (*WestEmergencyGovernorGovernorAlreadyQueuedProposal, error) {
	out := new(WestEmergencyGovernorGovernorAlreadyQueuedProposal)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "GovernorAlreadyQueuedProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorGovernorDisabledDeposit represents a GovernorDisabledDeposit error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorGovernorDisabledDeposit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorDisabledDeposit()
func WestEmergencyGovernorGovernorDisabledDepositErrorID() common.Hash {
	return common.HexToHash("0xe90a651e5fdea7022846d10b5f36994c22e1f46db4b5021aa3e26ad83b24bfd8")
}

// UnpackGovernorDisabledDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorDisabledDeposit()
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGovernorDisabledDepositError(raw []byte) (*WestEmergencyGovernorGovernorDisabledDeposit, error) {
	out := new(WestEmergencyGovernorGovernorDisabledDeposit)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "GovernorDisabledDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorGovernorInsufficientProposerVotes represents a GovernorInsufficientProposerVotes error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorGovernorInsufficientProposerVotes struct {
	Proposer  common.Address
	Votes     *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)
func WestEmergencyGovernorGovernorInsufficientProposerVotesErrorID() common.Hash {
	return common.HexToHash("0xc242ee16ab08d11dbce60e744efdbd91b4e07ac4c074d993992519795a6324d0")
}

// UnpackGovernorInsufficientProposerVotesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGovernorInsufficientProposerVotesError(raw []byte) (*WestEmergencyGovernorGovernorInsufficientProposerVotes, error) {
	out := new(WestEmergencyGovernorGovernorInsufficientProposerVotes)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "GovernorInsufficientProposerVotes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorGovernorInvalidProposalLength represents a GovernorInvalidProposalLength error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorGovernorInvalidProposalLength struct {
	Targets   *big.Int
	Calldatas *big.Int
	Values    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values)
func WestEmergencyGovernorGovernorInvalidProposalLengthErrorID() common.Hash {
	return common.HexToHash("0x447b05d0c41e339e22932be48ca2091a47f3c39df25e2152ad11a8729753b2b4")
}

// UnpackGovernorInvalidProposalLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGovernorInvalidProposalLengthError(raw []byte) (*WestEmergencyGovernorGovernorInvalidProposalLength, error) {
	out := new(WestEmergencyGovernorGovernorInvalidProposalLength)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidProposalLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorGovernorInvalidQuorumFraction represents a GovernorInvalidQuorumFraction error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorGovernorInvalidQuorumFraction struct {
	QuorumNumerator   *big.Int
	QuorumDenominator *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator)
func WestEmergencyGovernorGovernorInvalidQuorumFractionErrorID() common.Hash {
	return common.HexToHash("0x243e5445050913bb1c3de7a2f82eba0c3b0b8a55c2aacf660392fa35087a1919")
}

// UnpackGovernorInvalidQuorumFractionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGovernorInvalidQuorumFractionError(raw []byte) (*WestEmergencyGovernorGovernorInvalidQuorumFraction, error) {
	out := new(WestEmergencyGovernorGovernorInvalidQuorumFraction)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidQuorumFraction", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorGovernorInvalidSignature represents a GovernorInvalidSignature error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorGovernorInvalidSignature struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidSignature(address voter)
func WestEmergencyGovernorGovernorInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x94ab6c07905fb25046d2809e4563b09690f891c9495bfe19551d602e7eddbb1b")
}

// UnpackGovernorInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidSignature(address voter)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGovernorInvalidSignatureError(raw []byte) (*WestEmergencyGovernorGovernorInvalidSignature, error) {
	out := new(WestEmergencyGovernorGovernorInvalidSignature)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorGovernorInvalidVoteParams represents a GovernorInvalidVoteParams error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorGovernorInvalidVoteParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVoteParams()
func WestEmergencyGovernorGovernorInvalidVoteParamsErrorID() common.Hash {
	return common.HexToHash("0x867db7717d0cc803be5726127d33cc17ae07776705d8ba6659af8aaa5b418dd8")
}

// UnpackGovernorInvalidVoteParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVoteParams()
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGovernorInvalidVoteParamsError(raw []byte) (*WestEmergencyGovernorGovernorInvalidVoteParams, error) {
	out := new(WestEmergencyGovernorGovernorInvalidVoteParams)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVoteParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorGovernorInvalidVoteType represents a GovernorInvalidVoteType error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorGovernorInvalidVoteType struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVoteType()
func WestEmergencyGovernorGovernorInvalidVoteTypeErrorID() common.Hash {
	return common.HexToHash("0x06b337c26289d63178b4d4ed5fd513f38a1d8832d0edd309ef07bfc9ba5caf49")
}

// UnpackGovernorInvalidVoteTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVoteType()
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGovernorInvalidVoteTypeError(raw []byte) (*WestEmergencyGovernorGovernorInvalidVoteType, error) {
	out := new(WestEmergencyGovernorGovernorInvalidVoteType)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVoteType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorGovernorInvalidVotingPeriod represents a GovernorInvalidVotingPeriod error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorGovernorInvalidVotingPeriod struct {
	VotingPeriod *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVotingPeriod(uint256 votingPeriod)
func WestEmergencyGovernorGovernorInvalidVotingPeriodErrorID() common.Hash {
	return common.HexToHash("0xf1cfbf057db43f9730bc42a52728d66da9151a5c6929758ee824e299f82f5689")
}

// UnpackGovernorInvalidVotingPeriodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVotingPeriod(uint256 votingPeriod)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGovernorInvalidVotingPeriodError(raw []byte) (*WestEmergencyGovernorGovernorInvalidVotingPeriod, error) {
	out := new(WestEmergencyGovernorGovernorInvalidVotingPeriod)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVotingPeriod", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorGovernorNonexistentProposal represents a GovernorNonexistentProposal error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorGovernorNonexistentProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorNonexistentProposal(uint256 proposalId)
func WestEmergencyGovernorGovernorNonexistentProposalErrorID() common.Hash {
	return common.HexToHash("0x6ad06075316ea071ccae80931b756598be5aad3433b2c47b38607a8eec344a70")
}

// UnpackGovernorNonexistentProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorNonexistentProposal(uint256 proposalId)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGovernorNonexistentProposalError(raw []byte) (*WestEmergencyGovernorGovernorNonexistentProposal, error) {
	out := new(WestEmergencyGovernorGovernorNonexistentProposal)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "GovernorNonexistentProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorGovernorOnlyExecutor represents a GovernorOnlyExecutor error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorGovernorOnlyExecutor struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorOnlyExecutor(address account)
func WestEmergencyGovernorGovernorOnlyExecutorErrorID() common.Hash {
	return common.HexToHash("0x47096e4749c231af946d5efc74a7fd817371e756031e98787f18bf70aaa7753c")
}

// UnpackGovernorOnlyExecutorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorOnlyExecutor(address account)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGovernorOnlyExecutorError(raw []byte) (*WestEmergencyGovernorGovernorOnlyExecutor, error) {
	out := new(WestEmergencyGovernorGovernorOnlyExecutor)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "GovernorOnlyExecutor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorGovernorProposalQueueingFailed represents a GovernorProposalQueueingFailed error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorGovernorProposalQueueingFailed struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorProposalQueueingFailed(uint256 proposalId)
func WestEmergencyGovernorGovernorProposalQueueingFailedErrorID() common.Hash {
	return common.HexToHash("0xab2d0311b12775d840d040f070d41586c4d88ef7337d352d0dfa2a1ede1d73e0")
}

// UnpackGovernorProposalQueueingFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorProposalQueueingFailed(uint256 proposalId)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGovernorProposalQueueingFailedError(raw []byte) (*WestEmergencyGovernorGovernorProposalQueueingFailed, error) {
	out := new(WestEmergencyGovernorGovernorProposalQueueingFailed)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "GovernorProposalQueueingFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorGovernorProposalQueueingNotRequired represents a GovernorProposalQueueingNotRequired error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorGovernorProposalQueueingNotRequired struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorProposalQueueingNotRequired(uint256 proposalId)
func WestEmergencyGovernorGovernorProposalQueueingNotRequiredErrorID() common.Hash {
	return common.HexToHash("0xd838bcb7f156d6ff91334907349273614e60ebfac1fd90f5ce25b84cd6c61a09")
}

// UnpackGovernorProposalQueueingNotRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorProposalQueueingNotRequired(uint256 proposalId)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGovernorProposalQueueingNotRequiredError(raw []byte) (*WestEmergencyGovernorGovernorProposalQueueingNotRequired, error) {
	out := new(WestEmergencyGovernorGovernorProposalQueueingNotRequired)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "GovernorProposalQueueingNotRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorGovernorRestrictedProposer represents a GovernorRestrictedProposer error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorGovernorRestrictedProposer struct {
	Proposer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorRestrictedProposer(address proposer)
func WestEmergencyGovernorGovernorRestrictedProposerErrorID() common.Hash {
	return common.HexToHash("0xd9b395579c6f1566cc7608394c53136f366f7fa719d01a941bee075ef8c704f4")
}

// UnpackGovernorRestrictedProposerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorRestrictedProposer(address proposer)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGovernorRestrictedProposerError(raw []byte) (*WestEmergencyGovernorGovernorRestrictedProposer, error) {
	out := new(WestEmergencyGovernorGovernorRestrictedProposer)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "GovernorRestrictedProposer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorGovernorUnableToCancel represents a GovernorUnableToCancel error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorGovernorUnableToCancel struct {
	ProposalId *big.Int
	Account    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorUnableToCancel(uint256 proposalId, address account)
func WestEmergencyGovernorGovernorUnableToCancelErrorID() common.Hash {
	return common.HexToHash("0x8fe5d8a9809b4b1a3569a8d98ce25e21fb956a89b6b9a2741d15bc699f46ef07")
}

// UnpackGovernorUnableToCancelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorUnableToCancel(uint256 proposalId, address account)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGovernorUnableToCancelError(raw []byte) (*WestEmergencyGovernorGovernorUnableToCancel, error) {
	out := new(WestEmergencyGovernorGovernorUnableToCancel)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "GovernorUnableToCancel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorGovernorUnexpectedProposalState represents a GovernorUnexpectedProposalState error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorGovernorUnexpectedProposalState struct {
	ProposalId     *big.Int
	Current        uint8
	ExpectedStates [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)
func WestEmergencyGovernorGovernorUnexpectedProposalStateErrorID() common.Hash {
	return common.HexToHash("0x31b75e4d4f8317c390cf01cbc79dfe4f67ce2d27f65a099074fdc67f00f76908")
}

// UnpackGovernorUnexpectedProposalStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackGovernorUnexpectedProposalStateError(raw []byte) (*WestEmergencyGovernorGovernorUnexpectedProposalState, error) {
	out := new(WestEmergencyGovernorGovernorUnexpectedProposalState)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "GovernorUnexpectedProposalState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorInvalidAccountNonce represents a InvalidAccountNonce error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func WestEmergencyGovernorInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackInvalidAccountNonceError(raw []byte) (*WestEmergencyGovernorInvalidAccountNonce, error) {
	out := new(WestEmergencyGovernorInvalidAccountNonce)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorInvalidShortString represents a InvalidShortString error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func WestEmergencyGovernorInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackInvalidShortStringError(raw []byte) (*WestEmergencyGovernorInvalidShortString, error) {
	out := new(WestEmergencyGovernorInvalidShortString)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func WestEmergencyGovernorSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*WestEmergencyGovernorSafeCastOverflowedUintDowncast, error) {
	out := new(WestEmergencyGovernorSafeCastOverflowedUintDowncast)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WestEmergencyGovernorStringTooLong represents a StringTooLong error raised by the WestEmergencyGovernor contract.
type WestEmergencyGovernorStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func WestEmergencyGovernorStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (westEmergencyGovernor *WestEmergencyGovernor) UnpackStringTooLongError(raw []byte) (*WestEmergencyGovernorStringTooLong, error) {
	out := new(WestEmergencyGovernorStringTooLong)
	if err := westEmergencyGovernor.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
