// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @title WestToken
/// @notice The westworld votes token. The whole supply is minted once, at construction, to a
/// recipient; the contract has no owner and no minter afterwards, so nobody can dilute the
/// electorate. Voting power follows delegation (ERC20Votes) and is checkpointed by block number.
contract WestToken is ERC20, ERC20Permit, ERC20Votes {
    /// @dev The recipient of the initial supply is the zero address.
    error WestTokenZeroRecipient();

    constructor(address recipient, uint256 initialSupply) ERC20("Westworld", "WEST") ERC20Permit("Westworld") {
        if (recipient == address(0)) {
            revert WestTokenZeroRecipient();
        }
        _mint(recipient, initialSupply);
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}
