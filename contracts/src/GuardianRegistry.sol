// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Governed} from "./Governed.sol";

/// @title GuardianRegistry
/// @notice The refuge guardian set: who holds key shares, the X25519 key each share is encrypted to,
/// and how many shares release a key. Recipients are stored as the raw 32-byte X25519 public key
/// (the payload of an age "age1..." recipient string; the Go package converts both ways), which is
/// fixed-size, cheap, and checkable on chain.
contract GuardianRegistry is Governed {
    /// @notice Largest guardian set, so replacing the set always fits in a block.
    uint256 public constant MAX_GUARDIANS = 64;

    /// @notice One guardian.
    struct Guardian {
        address account;
        bytes32 recipient; // X25519 public key
    }

    Guardian[] private _guardians;
    mapping(address account => uint256 indexPlusOne) private _index;
    uint8 private _threshold;
    uint64 private _epoch;

    /// @notice The whole guardian set was replaced; epoch increases by one each time.
    event GuardianSetUpdated(uint64 indexed epoch, uint8 threshold, address[] accounts, bytes32[] recipients);

    /// @dev More than MAX_GUARDIANS guardians.
    error GuardianSetTooLarge(uint256 count);
    /// @dev The threshold is 0 or larger than the set (or non-zero with an empty set).
    error GuardianInvalidThreshold(uint8 threshold, uint256 count);
    /// @dev A guardian address or recipient is zero.
    error GuardianZeroEntry(uint256 index);
    /// @dev The same account or the same recipient appears twice.
    error GuardianDuplicate(uint256 index);

    /// @param governance the timelock
    /// @param initial the genesis guardian set (may be empty, then initialThreshold must be 0)
    constructor(address governance, Guardian[] memory initial, uint8 initialThreshold) Governed(governance) {
        if (initial.length != 0 || initialThreshold != 0) {
            _set(initial, initialThreshold);
        }
    }

    /// @notice Replace the guardian set; only the timelock.
    function setGuardians(Guardian[] calldata newGuardians, uint8 newThreshold) external onlyRole(GOVERNANCE_ROLE) {
        _set(newGuardians, newThreshold);
    }

    /// @notice The current set, in order.
    function guardians() external view returns (Guardian[] memory) {
        return _guardians;
    }

    /// @notice Number of guardians.
    function guardianCount() external view returns (uint256) {
        return _guardians.length;
    }

    /// @notice Shares needed to release a key.
    function threshold() external view returns (uint8) {
        return _threshold;
    }

    /// @notice How many times the set was set (0 before the first).
    function epoch() external view returns (uint64) {
        return _epoch;
    }

    /// @notice Whether account is a guardian, and its recipient.
    function recipientOf(address account) external view returns (bool found, bytes32 recipient) {
        uint256 i = _index[account];
        if (i == 0) {
            return (false, bytes32(0));
        }
        return (true, _guardians[i - 1].recipient);
    }

    function _set(Guardian[] memory next, uint8 threshold_) private {
        uint256 n = next.length;
        if (n > MAX_GUARDIANS) {
            revert GuardianSetTooLarge(n);
        }
        if (threshold_ == 0 || threshold_ > n) {
            revert GuardianInvalidThreshold(threshold_, n);
        }
        for (uint256 i = 0; i < _guardians.length; ++i) {
            delete _index[_guardians[i].account];
        }
        delete _guardians;
        address[] memory accounts = new address[](n);
        bytes32[] memory recipients = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            Guardian memory g = next[i];
            if (g.account == address(0) || g.recipient == bytes32(0)) {
                revert GuardianZeroEntry(i);
            }
            if (_index[g.account] != 0) {
                revert GuardianDuplicate(i);
            }
            for (uint256 j = 0; j < i; ++j) {
                if (recipients[j] == g.recipient) {
                    revert GuardianDuplicate(i);
                }
            }
            _guardians.push(g);
            _index[g.account] = i + 1;
            accounts[i] = g.account;
            recipients[i] = g.recipient;
        }
        _threshold = threshold_;
        _epoch += 1;
        emit GuardianSetUpdated(_epoch, threshold_, accounts, recipients);
    }
}
