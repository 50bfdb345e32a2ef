// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorCountingSimple} from "@openzeppelin/contracts/governance/extensions/GovernorCountingSimple.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {GovernorVotesQuorumFraction} from "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {GovernorTimelockControl} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";

import {CharterRegistry} from "./CharterRegistry.sol";
import {ExperimentRegistry} from "./ExperimentRegistry.sol";
import {GuardianRegistry} from "./GuardianRegistry.sol";
import {Emergency} from "./Emergency.sol";

/// @title WestEmergencyGovernor
/// @notice The fast path: a short voting period and a high quorum, executing through the same
/// timelock as WestGovernor. Because it holds the timelock's proposer role, it could otherwise do
/// anything the regular governor can with far fewer days of scrutiny; so it may only propose the
/// emergency actions listed in isEmergencyAction (charter amendment, experiment halt, guardian set,
/// manifest release, peer suspension and lift, and its own settings), with no ETH attached. Anything
/// else, including changing timelock roles, goes through WestGovernor.
contract WestEmergencyGovernor is
    Governor,
    GovernorSettings,
    GovernorCountingSimple,
    GovernorVotes,
    GovernorVotesQuorumFraction,
    GovernorTimelockControl
{
    /// @notice The charter registry whose amend() is an emergency action.
    address public immutable charterRegistry;
    /// @notice The experiment registry whose halt() is an emergency action.
    address public immutable experimentRegistry;
    /// @notice The guardian registry whose setGuardians() is an emergency action.
    address public immutable guardianRegistry;
    /// @notice The emergency signal contract (releaseManifest, suspend, lift).
    address public immutable emergency;

    /// @dev Operation `index` of a proposal is not an allowed emergency action.
    error EmergencyActionNotAllowed(uint256 index, address target, bytes4 selector);

    constructor(
        IVotes token,
        TimelockController timelock,
        uint48 initialVotingDelay,
        uint32 initialVotingPeriod,
        uint256 initialProposalThreshold,
        uint256 quorumPercent,
        address charterRegistry_,
        address experimentRegistry_,
        address guardianRegistry_,
        address emergency_
    )
        Governor("WestEmergencyGovernor")
        GovernorSettings(initialVotingDelay, initialVotingPeriod, initialProposalThreshold)
        GovernorVotes(token)
        GovernorVotesQuorumFraction(quorumPercent)
        GovernorTimelockControl(timelock)
    {
        charterRegistry = charterRegistry_;
        experimentRegistry = experimentRegistry_;
        guardianRegistry = guardianRegistry_;
        emergency = emergency_;
    }

    /// @notice Whether a call (target, value, calldata) is an action this governor may propose.
    function isEmergencyAction(address target, uint256 value, bytes memory data) public view returns (bool) {
        if (value != 0 || data.length < 4) {
            return false;
        }
        bytes4 sel = bytes4(data);
        if (target == charterRegistry) {
            return sel == CharterRegistry.amend.selector;
        }
        if (target == experimentRegistry) {
            return sel == ExperimentRegistry.halt.selector;
        }
        if (target == guardianRegistry) {
            return sel == GuardianRegistry.setGuardians.selector;
        }
        if (target == emergency) {
            return sel == Emergency.releaseManifest.selector || sel == Emergency.suspend.selector
                || sel == Emergency.lift.selector;
        }
        if (target == address(this)) {
            // Its own settings only: relay() would let it act as a timelock proposer directly.
            return sel == GovernorSettings.setVotingDelay.selector || sel == GovernorSettings.setVotingPeriod.selector
                || sel == GovernorSettings.setProposalThreshold.selector
                || sel == GovernorVotesQuorumFraction.updateQuorumNumerator.selector;
        }
        return false;
    }

    function propose(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, string memory description)
        public
        override
        returns (uint256)
    {
        uint256 n = targets.length;
        if (values.length == n && calldatas.length == n) {
            for (uint256 i = 0; i < n; ++i) {
                if (!isEmergencyAction(targets[i], values[i], calldatas[i])) {
                    bytes4 sel = calldatas[i].length >= 4 ? bytes4(calldatas[i]) : bytes4(0);
                    revert EmergencyActionNotAllowed(i, targets[i], sel);
                }
            }
        }
        // Length mismatches are rejected by Governor with its own error.
        return super.propose(targets, values, calldatas, description);
    }

    function votingDelay() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingDelay();
    }

    function votingPeriod() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingPeriod();
    }

    function quorum(uint256 blockNumber) public view override(Governor, GovernorVotesQuorumFraction) returns (uint256) {
        return super.quorum(blockNumber);
    }

    function state(uint256 proposalId) public view override(Governor, GovernorTimelockControl) returns (ProposalState) {
        return super.state(proposalId);
    }

    function proposalNeedsQueuing(uint256 proposalId)
        public
        view
        override(Governor, GovernorTimelockControl)
        returns (bool)
    {
        return super.proposalNeedsQueuing(proposalId);
    }

    function proposalThreshold() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.proposalThreshold();
    }

    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint48) {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint256) {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor() internal view override(Governor, GovernorTimelockControl) returns (address) {
        return super._executor();
    }
}
