// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ERC721URIStorage} from "@openzeppelin/contracts/token/ERC721/extensions/ERC721URIStorage.sol";
import {ERC721Burnable} from "@openzeppelin/contracts/token/ERC721/extensions/ERC721Burnable.sol";
import {ERC2981} from "@openzeppelin/contracts/token/common/ERC2981.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title Atelier ERC-721 collection template
/// @notice One token per catalog item. Token ids are chosen by the minter (the item's id), so
///         minting the same item twice reverts on chain. Token URIs are stored per token
///         (ERC721URIStorage); every URI change emits ERC-4906 MetadataUpdate so marketplaces
///         refresh. Royalties follow EIP-2981. Only the owner mints and manages metadata.
contract AtelierERC721 is ERC721URIStorage, ERC721Burnable, ERC2981, Ownable {
    /// @dev ERC-7572: marketplaces re-read contractURI() when this is emitted.
    event ContractURIUpdated();

    error LengthMismatch(uint256 tokenIds, uint256 uris);

    string private _contractURI;

    constructor(
        string memory name_,
        string memory symbol_,
        address owner_,
        address royaltyReceiver,
        uint96 royaltyBasisPoints
    ) ERC721(name_, symbol_) Ownable(owner_) {
        if (royaltyReceiver != address(0)) {
            _setDefaultRoyalty(royaltyReceiver, royaltyBasisPoints);
        }
    }

    /// @notice Mints `tokenId` to `to` with its metadata URI. Reverts if the token exists.
    function safeMint(address to, uint256 tokenId, string calldata uri) external onlyOwner {
        _safeMint(to, tokenId);
        _setTokenURI(tokenId, uri);
    }

    /// @notice Mints several tokens to `to` in one transaction. Reverts whole if any exists.
    function safeMintBatch(address to, uint256[] calldata tokenIds, string[] calldata uris) external onlyOwner {
        if (tokenIds.length != uris.length) {
            revert LengthMismatch(tokenIds.length, uris.length);
        }
        for (uint256 i = 0; i < tokenIds.length; ++i) {
            _safeMint(to, tokenIds[i]);
            _setTokenURI(tokenIds[i], uris[i]);
        }
    }

    /// @notice Changes a token's metadata URI (emits ERC-4906 MetadataUpdate).
    function setTokenURI(uint256 tokenId, string calldata uri) external onlyOwner {
        _requireOwned(tokenId);
        _setTokenURI(tokenId, uri);
    }

    /// @notice Asks marketplaces to refresh a range of tokens whose off-chain metadata changed.
    function refreshMetadata(uint256 fromTokenId, uint256 toTokenId) external onlyOwner {
        emit BatchMetadataUpdate(fromTokenId, toTokenId);
    }

    function setDefaultRoyalty(address receiver, uint96 basisPoints) external onlyOwner {
        _setDefaultRoyalty(receiver, basisPoints);
    }

    function setTokenRoyalty(uint256 tokenId, address receiver, uint96 basisPoints) external onlyOwner {
        _setTokenRoyalty(tokenId, receiver, basisPoints);
    }

    function contractURI() external view returns (string memory) {
        return _contractURI;
    }

    function setContractURI(string calldata uri) external onlyOwner {
        _contractURI = uri;
        emit ContractURIUpdated();
    }

    function tokenURI(uint256 tokenId) public view override(ERC721, ERC721URIStorage) returns (string memory) {
        return super.tokenURI(tokenId);
    }

    function supportsInterface(bytes4 interfaceId)
        public
        view
        override(ERC721, ERC721URIStorage, ERC2981)
        returns (bool)
    {
        return super.supportsInterface(interfaceId);
    }
}
