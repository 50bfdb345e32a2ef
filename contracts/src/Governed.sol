// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title Governed
/// @notice Base of every westworld registry: state changes need GOVERNANCE_ROLE, and both that role
/// and DEFAULT_ADMIN_ROLE are granted to one address only, the timelock, at construction. The deployer
/// never holds a role, so there is nothing for it to renounce and no person can change a registry.
abstract contract Governed is AccessControl {
    /// @notice The role allowed to change registry state (the timelock).
    bytes32 public constant GOVERNANCE_ROLE = keccak256("GOVERNANCE_ROLE");

    /// @dev The governance address given to the constructor is the zero address.
    error GovernedZeroAddress();

    constructor(address governance) {
        if (governance == address(0)) {
            revert GovernedZeroAddress();
        }
        _grantRole(DEFAULT_ADMIN_ROLE, governance);
        _grantRole(GOVERNANCE_ROLE, governance);
    }
}
