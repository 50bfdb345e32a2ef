// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Governed} from "./Governed.sol";

/// @title ExperimentRegistry
/// @notice DAO decisions about cradle experiments: approval of a signed report, advancing the staged
/// rollout, and halting it. Rollout controllers follow the stage recorded here and roll back on a halt.
contract ExperimentRegistry is Governed {
    /// @notice Upper bound on the report CID string.
    uint256 public constant MAX_CID_LENGTH = 128;

    /// @notice Lifecycle of an experiment on chain. Halted is terminal.
    enum Status {
        None,
        Approved,
        Halted
    }

    /// @notice Everything the chain knows about one experiment.
    struct Experiment {
        Status status;
        uint8 stage; // rollout stage index; 0 (the canary cohort) on approval
        bytes32 reportHash; // SHA-256 of the signed report
        string reportCid;
        uint64 approvedBlock;
        uint64 updatedBlock;
    }

    mapping(bytes32 experimentId => Experiment) private _experiments;
    bytes32[] private _ids;

    /// @notice The DAO approved the experiment's report; rollout starts at stage 0.
    event ExperimentApproved(bytes32 indexed experimentId, bytes32 reportHash, string reportCid);
    /// @notice The rollout moved to a later stage.
    event ExperimentAdvanced(bytes32 indexed experimentId, uint8 stage);
    /// @notice The experiment was halted (before or during rollout); nodes roll back.
    event ExperimentHalted(bytes32 indexed experimentId, uint8 stage);

    /// @dev The experiment id is zero.
    error ExperimentZeroId();
    /// @dev approve on an experiment that is already approved or halted.
    error ExperimentAlreadyKnown(bytes32 experimentId, Status status);
    /// @dev advance on an experiment that is not in the Approved state.
    error ExperimentNotApproved(bytes32 experimentId, Status status);
    /// @dev advance to a stage that is not after the current one.
    error ExperimentStageNotIncreasing(bytes32 experimentId, uint8 current, uint8 proposed);
    /// @dev halt on an experiment that is already halted.
    error ExperimentAlreadyHalted(bytes32 experimentId);
    /// @dev The report hash is zero.
    error ExperimentEmptyReportHash();
    /// @dev The report CID is longer than MAX_CID_LENGTH bytes.
    error ExperimentCidTooLong(uint256 length);

    constructor(address governance) Governed(governance) {}

    /// @notice Approve an experiment's report; only the timelock.
    function approve(bytes32 experimentId, string calldata reportCid, bytes32 reportHash)
        external
        onlyRole(GOVERNANCE_ROLE)
    {
        if (experimentId == bytes32(0)) {
            revert ExperimentZeroId();
        }
        Experiment storage e = _experiments[experimentId];
        if (e.status != Status.None) {
            revert ExperimentAlreadyKnown(experimentId, e.status);
        }
        if (reportHash == bytes32(0)) {
            revert ExperimentEmptyReportHash();
        }
        if (bytes(reportCid).length > MAX_CID_LENGTH) {
            revert ExperimentCidTooLong(bytes(reportCid).length);
        }
        e.status = Status.Approved;
        e.stage = 0;
        e.reportHash = reportHash;
        e.reportCid = reportCid;
        e.approvedBlock = uint64(block.number);
        e.updatedBlock = uint64(block.number);
        _ids.push(experimentId);
        emit ExperimentApproved(experimentId, reportHash, reportCid);
    }

    /// @notice Move an approved experiment's rollout to a later stage; only the timelock.
    function advance(bytes32 experimentId, uint8 stage) external onlyRole(GOVERNANCE_ROLE) {
        Experiment storage e = _experiments[experimentId];
        if (e.status != Status.Approved) {
            revert ExperimentNotApproved(experimentId, e.status);
        }
        if (stage <= e.stage) {
            revert ExperimentStageNotIncreasing(experimentId, e.stage, stage);
        }
        e.stage = stage;
        e.updatedBlock = uint64(block.number);
        emit ExperimentAdvanced(experimentId, stage);
    }

    /// @notice Halt an experiment, approved or not yet (which then can never be approved); only the
    /// timelock. This is the kill switch the emergency governor may use.
    function halt(bytes32 experimentId) external onlyRole(GOVERNANCE_ROLE) {
        if (experimentId == bytes32(0)) {
            revert ExperimentZeroId();
        }
        Experiment storage e = _experiments[experimentId];
        if (e.status == Status.Halted) {
            revert ExperimentAlreadyHalted(experimentId);
        }
        if (e.status == Status.None) {
            _ids.push(experimentId);
        }
        e.status = Status.Halted;
        e.updatedBlock = uint64(block.number);
        emit ExperimentHalted(experimentId, e.stage);
    }

    /// @notice The record of one experiment (status None if unknown).
    function experiment(bytes32 experimentId) external view returns (Experiment memory) {
        return _experiments[experimentId];
    }

    /// @notice The status of one experiment.
    function statusOf(bytes32 experimentId) external view returns (Status) {
        return _experiments[experimentId].status;
    }

    /// @notice The current rollout stage of one experiment.
    function stageOf(bytes32 experimentId) external view returns (uint8) {
        return _experiments[experimentId].stage;
    }

    /// @notice Number of experiments the registry knows.
    function experimentCount() external view returns (uint256) {
        return _ids.length;
    }

    /// @notice The index-th known experiment id, in the order they became known.
    function experimentIdAt(uint256 index) external view returns (bytes32) {
        return _ids[index];
    }
}
