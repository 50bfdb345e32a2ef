// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Governed} from "./Governed.sol";

/// @title CharterRegistry
/// @notice The on-chain record of the network charter (the data-rights policy). Nodes accept a gossiped
/// charter only if its SHA-256 matches a record here, so the charter changes only when an amendment
/// proposal executes through the timelock.
contract CharterRegistry is Governed {
    /// @notice Upper bound on the CID string, so a record stays cheap to store and to gossip.
    uint256 public constant MAX_CID_LENGTH = 128;

    /// @notice One adopted charter version.
    struct Record {
        uint64 version;
        bytes32 documentHash; // SHA-256 of the YAML document
        string cid; // where to fetch it (IPFS CID); may be empty if the document is gossiped inline
        uint64 blockNumber;
        uint64 timestamp;
    }

    Record[] private _history;
    mapping(bytes32 documentHash => uint64 version) private _versionOfHash;

    /// @notice A new charter version was adopted.
    event CharterAmended(uint64 indexed version, bytes32 indexed documentHash, string cid);

    /// @dev The proposed version is not greater than the current one.
    error CharterVersionNotIncreasing(uint64 current, uint64 proposed);
    /// @dev The document hash is zero.
    error CharterEmptyHash();
    /// @dev The CID is longer than MAX_CID_LENGTH bytes.
    error CharterCidTooLong(uint256 length);
    /// @dev No charter has been adopted yet, or the index is out of range.
    error CharterNoRecord();

    /// @param governance the timelock
    /// @param genesisVersion version of the charter adopted at deployment; 0 adopts none
    constructor(address governance, uint64 genesisVersion, bytes32 genesisHash, string memory genesisCid)
        Governed(governance)
    {
        if (genesisVersion != 0) {
            _amend(genesisVersion, genesisHash, genesisCid);
        }
    }

    /// @notice Adopt a new charter version. Only the timelock (an executed proposal) may call this.
    function amend(uint64 version, bytes32 documentHash, string calldata cid) external onlyRole(GOVERNANCE_ROLE) {
        _amend(version, documentHash, cid);
    }

    /// @notice The charter in force. Reverts with CharterNoRecord before the first amendment.
    function current() external view returns (Record memory) {
        uint256 n = _history.length;
        if (n == 0) {
            revert CharterNoRecord();
        }
        return _history[n - 1];
    }

    /// @notice Version of the charter in force, 0 if none.
    function currentVersion() external view returns (uint64) {
        uint256 n = _history.length;
        return n == 0 ? 0 : _history[n - 1].version;
    }

    /// @notice Number of adopted versions (the history length).
    function recordCount() external view returns (uint256) {
        return _history.length;
    }

    /// @notice The index-th adopted version, oldest first.
    function recordAt(uint256 index) external view returns (Record memory) {
        if (index >= _history.length) {
            revert CharterNoRecord();
        }
        return _history[index];
    }

    /// @notice The latest version adopted with this document hash, 0 if the hash was never adopted.
    /// Gossip validators reject a charter announcement whose hash maps to 0.
    function versionOfHash(bytes32 documentHash) external view returns (uint64) {
        return _versionOfHash[documentHash];
    }

    function _amend(uint64 version, bytes32 documentHash, string memory cid) private {
        uint256 n = _history.length;
        uint64 cur = n == 0 ? 0 : _history[n - 1].version;
        if (version <= cur) {
            revert CharterVersionNotIncreasing(cur, version);
        }
        if (documentHash == bytes32(0)) {
            revert CharterEmptyHash();
        }
        if (bytes(cid).length > MAX_CID_LENGTH) {
            revert CharterCidTooLong(bytes(cid).length);
        }
        _history.push(Record(version, documentHash, cid, uint64(block.number), uint64(block.timestamp)));
        _versionOfHash[documentHash] = version;
        emit CharterAmended(version, documentHash, cid);
    }
}
