// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Governed} from "./Governed.sol";

/// @title Emergency
/// @notice On-chain signals that nodes act on: releasing a refuge manifest (guardians publish their
/// key shares when they see ManifestReleased) and suspending a peer network-wide (enforcers drop its
/// traffic until the given time). Only the timelock may emit them, i.e. only an executed proposal.
contract Emergency is Governed {
    /// @notice Upper bound on a peer identifier (a binary libp2p peer ID is 38 bytes for ed25519).
    uint256 public constant MAX_PEER_LENGTH = 128;
    /// @notice Upper bound on a suspension reason.
    uint256 public constant MAX_REASON_LENGTH = 256;

    mapping(bytes32 manifestId => uint64 blockNumber) private _releasedAt;
    mapping(bytes32 peerHash => uint64 until) private _suspendedUntil;

    /// @notice Guardians should release their shares of this refuge manifest.
    event ManifestReleased(bytes32 indexed manifestId);
    /// @notice Enforcers should suspend this peer until the unix time `until`.
    event PeerSuspended(bytes32 indexed peerHash, bytes peer, uint64 until, string reason);
    /// @notice A suspension was lifted before it expired.
    event PeerLifted(bytes32 indexed peerHash, bytes peer);

    /// @dev The manifest id is zero.
    error EmergencyZeroManifest();
    /// @dev The manifest was released already.
    error EmergencyAlreadyReleased(bytes32 manifestId);
    /// @dev The peer is empty or longer than MAX_PEER_LENGTH.
    error EmergencyBadPeer(uint256 length);
    /// @dev The suspension ends at or before the current block time.
    error EmergencyUntilInPast(uint64 until, uint256 nowSeconds);
    /// @dev The reason is longer than MAX_REASON_LENGTH.
    error EmergencyReasonTooLong(uint256 length);
    /// @dev lift on a peer that is not suspended.
    error EmergencyNotSuspended(bytes32 peerHash);

    constructor(address governance) Governed(governance) {}

    /// @notice Release a refuge manifest; only the timelock.
    function releaseManifest(bytes32 manifestId) external onlyRole(GOVERNANCE_ROLE) {
        if (manifestId == bytes32(0)) {
            revert EmergencyZeroManifest();
        }
        if (_releasedAt[manifestId] != 0) {
            revert EmergencyAlreadyReleased(manifestId);
        }
        _releasedAt[manifestId] = uint64(block.number);
        emit ManifestReleased(manifestId);
    }

    /// @notice Suspend a peer until the unix time `until`; only the timelock. A later call replaces
    /// the end time.
    function suspend(bytes calldata peer, uint64 until, string calldata reason) external onlyRole(GOVERNANCE_ROLE) {
        if (peer.length == 0 || peer.length > MAX_PEER_LENGTH) {
            revert EmergencyBadPeer(peer.length);
        }
        if (until <= block.timestamp) {
            revert EmergencyUntilInPast(until, block.timestamp);
        }
        if (bytes(reason).length > MAX_REASON_LENGTH) {
            revert EmergencyReasonTooLong(bytes(reason).length);
        }
        bytes32 h = keccak256(peer);
        _suspendedUntil[h] = until;
        emit PeerSuspended(h, peer, until, reason);
    }

    /// @notice Lift a suspension early; only the timelock.
    function lift(bytes calldata peer) external onlyRole(GOVERNANCE_ROLE) {
        bytes32 h = keccak256(peer);
        if (_suspendedUntil[h] <= block.timestamp) {
            revert EmergencyNotSuspended(h);
        }
        delete _suspendedUntil[h];
        emit PeerLifted(h, peer);
    }

    /// @notice Block number at which the manifest was released, 0 if it was not.
    function releasedAt(bytes32 manifestId) external view returns (uint64) {
        return _releasedAt[manifestId];
    }

    /// @notice End of the peer's suspension (unix seconds), 0 if never suspended or lifted. The
    /// suspension is in force while this is after the current time.
    function suspendedUntil(bytes calldata peer) external view returns (uint64) {
        return _suspendedUntil[keccak256(peer)];
    }
}
