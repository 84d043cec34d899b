// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC1155} from "@openzeppelin/contracts/token/ERC1155/ERC1155.sol";
import {ERC1155Supply} from "@openzeppelin/contracts/token/ERC1155/extensions/ERC1155Supply.sol";
import {ERC1155URIStorage} from "@openzeppelin/contracts/token/ERC1155/extensions/ERC1155URIStorage.sol";
import {ERC1155Burnable} from "@openzeppelin/contracts/token/ERC1155/extensions/ERC1155Burnable.sol";
import {ERC2981} from "@openzeppelin/contracts/token/common/ERC2981.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title Atelier ERC-1155 collection template
/// @notice Game items and editions: any number of ids, each with a supply. An id's metadata URI
///         is its own stored URI when one was set (ERC1155URIStorage, emits URI), otherwise the
///         collection's `{id}` template. Total supply per id (ERC1155Supply), EIP-2981 royalties,
///         owner-only mint, mintBatch and metadata changes.
contract AtelierERC1155 is ERC1155Supply, ERC1155URIStorage, ERC1155Burnable, ERC2981, Ownable {
    /// @dev ERC-7572: marketplaces re-read contractURI() when this is emitted.
    event ContractURIUpdated();

    error LengthMismatch(uint256 ids, uint256 others);

    string public name;
    string public symbol;
    string private _contractURI;

    constructor(
        string memory name_,
        string memory symbol_,
        string memory uriTemplate,
        address owner_,
        address royaltyReceiver,
        uint96 royaltyBasisPoints
    ) ERC1155(uriTemplate) Ownable(owner_) {
        name = name_;
        symbol = symbol_;
        if (royaltyReceiver != address(0)) {
            _setDefaultRoyalty(royaltyReceiver, royaltyBasisPoints);
        }
    }

    /// @notice Mints `amount` of `id` to `to`; a non-empty `tokenUri` becomes the id's URI.
    function mint(address to, uint256 id, uint256 amount, string calldata tokenUri) external onlyOwner {
        if (bytes(tokenUri).length != 0) {
            _setURI(id, tokenUri);
        }
        _mint(to, id, amount, "");
    }

    /// @notice Mints many ids in one transaction; `uris` is empty (use the template) or one per id
    ///         (an empty string keeps the id's current URI).
    function mintBatch(address to, uint256[] calldata ids, uint256[] calldata amounts, string[] calldata uris)
        external
        onlyOwner
    {
        if (ids.length != amounts.length) {
            revert LengthMismatch(ids.length, amounts.length);
        }
        if (uris.length != 0) {
            if (uris.length != ids.length) {
                revert LengthMismatch(ids.length, uris.length);
            }
            for (uint256 i = 0; i < ids.length; ++i) {
                if (bytes(uris[i]).length != 0) {
                    _setURI(ids[i], uris[i]);
                }
            }
        }
        _mintBatch(to, ids, amounts, "");
    }

    /// @notice Changes an id's metadata URI (emits URI, which marketplaces watch).
    function setURI(uint256 id, string calldata tokenUri) external onlyOwner {
        _setURI(id, tokenUri);
    }

    /// @notice Changes the prefix put before stored per-id URIs.
    function setBaseURI(string calldata baseUri) external onlyOwner {
        _setBaseURI(baseUri);
    }

    function setDefaultRoyalty(address receiver, uint96 basisPoints) external onlyOwner {
        _setDefaultRoyalty(receiver, basisPoints);
    }

    function setTokenRoyalty(uint256 id, address receiver, uint96 basisPoints) external onlyOwner {
        _setTokenRoyalty(id, receiver, basisPoints);
    }

    function contractURI() external view returns (string memory) {
        return _contractURI;
    }

    function setContractURI(string calldata uri_) external onlyOwner {
        _contractURI = uri_;
        emit ContractURIUpdated();
    }

    function uri(uint256 id) public view override(ERC1155, ERC1155URIStorage) returns (string memory) {
        return super.uri(id);
    }

    function supportsInterface(bytes4 interfaceId) public view override(ERC1155, ERC2981) returns (bool) {
        return super.supportsInterface(interfaceId);
    }

    function _update(address from, address to, uint256[] memory ids, uint256[] memory values)
        internal
        override(ERC1155, ERC1155Supply)
    {
        super._update(from, to, ids, values);
    }
}
