// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

// OpenZeppelin's TimelockController, deployed as is. Importing it here puts it in the compilation so
// the build emits its ABI, bytecode and Go binding alongside the westworld contracts.
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
