// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC1155} from "@openzeppelin/contracts/token/ERC1155/IERC1155.sol";
import {IERC1155MetadataURI} from "@openzeppelin/contracts/token/ERC1155/extensions/IERC1155MetadataURI.sol";
import {ERC1155Utils} from "@openzeppelin/contracts/token/ERC1155/utils/ERC1155Utils.sol";
import {IERC1155Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ERC165, IERC165} from "@openzeppelin/contracts/utils/introspection/ERC165.sol";
import {ERC2981} from "@openzeppelin/contracts/token/common/ERC2981.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title Atelier ERC-1155 collection template
/// @notice Game items and editions: any number of ids, each minted once with its whole supply. An
///         id's metadata URI is its own stored URI when one was set (emits URI), otherwise the
///         collection's `{id}` template. Total supply per id, EIP-2981 royalties, owner-only mint,
///         mintBatch and metadata changes; holders transfer and burn as with any ERC-1155.
/// @dev    Batch mints are stored as runs (docs/decisions/0012-contract-templates.md): a run of
///         consecutive ids minted to one holder with the same amount each costs one storage slot
///         (holder + amount), one bit per id in a "minted" bitmap and one bit in a "run starts"
///         bitmap, instead of two fresh slots per id (balance and supply). Balances and supplies of
///         a run's ids are derived from the run until an id first moves (transfer or burn): then
///         that id alone is materialised into ordinary per-id storage. Events are the standard
///         ones (TransferBatch lists every id), and contract recipients are asked with
///         onERC1155Received / onERC1155BatchReceived as usual. Everything that did not need to
///         change comes from OpenZeppelin Contracts 5 (interfaces, errors, receiver checks,
///         ERC165, ERC2981, Ownable).
contract AtelierERC1155 is ERC165, IERC1155, IERC1155MetadataURI, IERC1155Errors, ERC2981, Ownable {
    /// @dev ERC-7572: marketplaces re-read contractURI() when this is emitted.
    event ContractURIUpdated();

    error LengthMismatch(uint256 ids, uint256 others);
    /// @dev An id is minted once, with its whole supply; minting it again (even after a burn) is refused.
    error AlreadyMinted(uint256 id);
    /// @dev Amounts are between 1 and 2^96 - 1 (they share a slot with the holder).
    error InvalidAmount(uint256 id, uint256 amount);

    string public name;
    string public symbol;
    string private _contractURI;
    string private _uriTemplate;
    string private _baseURI;
    mapping(uint256 id => string) private _tokenURIs;

    // Materialised state: ids that moved since their mint (and only those).
    mapping(uint256 id => mapping(address account => uint256)) private _balances;
    mapping(uint256 id => uint256) private _supply;
    mapping(address account => mapping(address operator => bool)) private _operatorApprovals;
    uint256 private _totalSupplyAll;

    // Runs: bitmaps of 256 ids per word, and one packed slot per run (holder | amount << 160).
    mapping(uint256 word => uint256) private _mintedBits;
    mapping(uint256 word => uint256) private _materialisedBits;
    mapping(uint256 word => uint256) private _runStartBits;
    mapping(uint256 firstId => uint256) private _runs;

    constructor(
        string memory name_,
        string memory symbol_,
        string memory uriTemplate,
        address owner_,
        address royaltyReceiver,
        uint96 royaltyBasisPoints
    ) Ownable(owner_) {
        name = name_;
        symbol = symbol_;
        _uriTemplate = uriTemplate;
        if (royaltyReceiver != address(0)) {
            _setDefaultRoyalty(royaltyReceiver, royaltyBasisPoints);
        }
    }

    // ------------------------------------------------------------------ minting

    /// @notice Mints `amount` of the new id `id` to `to`; a non-empty `tokenUri` becomes the id's URI.
    function mint(address to, uint256 id, uint256 amount, string calldata tokenUri) external onlyOwner {
        if (bytes(tokenUri).length != 0) {
            _setURI(id, tokenUri);
        }
        _mintRun(to, id, 1, amount);
        emit TransferSingle(msg.sender, address(0), to, id, amount);
        ERC1155Utils.checkOnERC1155Received(msg.sender, address(0), to, id, amount, "");
    }

    /// @notice Mints many new ids in one transaction; `uris` is empty (use the template) or one per
    ///         id (an empty string keeps the id's current URI). Consecutive ids with the same amount
    ///         are stored as one run, so pass ids in ascending order for the cheapest mint.
    function mintBatch(address to, uint256[] calldata ids, uint256[] calldata amounts, string[] calldata uris)
        external
        onlyOwner
    {
        uint256 n = ids.length;
        if (n != amounts.length) {
            revert LengthMismatch(n, amounts.length);
        }
        if (uris.length != 0) {
            if (uris.length != n) {
                revert LengthMismatch(n, uris.length);
            }
            for (uint256 i = 0; i < n; ++i) {
                if (bytes(uris[i]).length != 0) {
                    _setURI(ids[i], uris[i]);
                }
            }
        }
        if (n == 0) {
            return;
        }
        uint256 runFirst = ids[0];
        uint256 runAmount = amounts[0];
        uint256 runCount = 1;
        for (uint256 i = 1; i < n; ++i) {
            uint256 id = ids[i];
            uint256 amount = amounts[i];
            if (amount == runAmount && runFirst + runCount == id) {
                ++runCount;
            } else {
                _mintRun(to, runFirst, runCount, runAmount);
                runFirst = id;
                runAmount = amount;
                runCount = 1;
            }
        }
        _mintRun(to, runFirst, runCount, runAmount);
        uint256[] memory idsM = ids;
        uint256[] memory amountsM = amounts;
        emit TransferBatch(msg.sender, address(0), to, idsM, amountsM);
        ERC1155Utils.checkOnERC1155BatchReceived(msg.sender, address(0), to, idsM, amountsM, "");
    }

    /// @dev Records `count` new ids from `first`, `amount` each, held by `to`: one slot for the run,
    ///      one bit per id. Emits nothing (the caller emits the standard event for the whole call).
    function _mintRun(address to, uint256 first, uint256 count, uint256 amount) private {
        if (to == address(0)) {
            revert ERC1155InvalidReceiver(address(0));
        }
        if (amount == 0 || amount > type(uint96).max) {
            revert InvalidAmount(first, amount);
        }
        uint256 last = first + count - 1; // checked: a run never wraps past 2^256 - 1
        for (uint256 word = first >> 8; word <= last >> 8; ++word) {
            uint256 lo = word == first >> 8 ? first & 0xff : 0;
            uint256 hi = word == last >> 8 ? last & 0xff : 0xff;
            uint256 mask = (type(uint256).max >> (255 - hi)) & (type(uint256).max << lo);
            uint256 bits = _mintedBits[word];
            uint256 clash = bits & mask;
            if (clash != 0) {
                revert AlreadyMinted((word << 8) | _lowestBit(clash));
            }
            _mintedBits[word] = bits | mask;
        }
        _runStartBits[first >> 8] |= 1 << (first & 0xff);
        _runs[first] = uint256(uint160(to)) | (amount << 160);
        _totalSupplyAll += count * amount;
    }

    // ------------------------------------------------------------------ reading

    /// @notice True once `id` was minted, even if all of it was burned since.
    function minted(uint256 id) public view returns (bool) {
        return (_mintedBits[id >> 8] >> (id & 0xff)) & 1 == 1;
    }

    function balanceOf(address account, uint256 id) public view returns (uint256) {
        if (_isLazy(id)) {
            (address holder, uint256 amount) = _runOf(id);
            return holder == account ? amount : 0;
        }
        return _balances[id][account];
    }

    function balanceOfBatch(address[] calldata accounts, uint256[] calldata ids) external view returns (uint256[] memory out) {
        if (accounts.length != ids.length) {
            revert ERC1155InvalidArrayLength(ids.length, accounts.length);
        }
        out = new uint256[](accounts.length);
        for (uint256 i = 0; i < accounts.length; ++i) {
            out[i] = balanceOf(accounts[i], ids[i]);
        }
    }

    /// @notice Tokens of `id` in existence (minted minus burned).
    function totalSupply(uint256 id) public view returns (uint256) {
        if (_isLazy(id)) {
            (, uint256 amount) = _runOf(id);
            return amount;
        }
        return _supply[id];
    }

    /// @notice Tokens of every id in existence.
    function totalSupply() external view returns (uint256) {
        return _totalSupplyAll;
    }

    function exists(uint256 id) external view returns (bool) {
        return totalSupply(id) > 0;
    }

    /// @notice The id's stored URI (after the base URI) when one was set, else the `{id}` template.
    function uri(uint256 id) public view returns (string memory) {
        string memory tokenUri = _tokenURIs[id];
        return bytes(tokenUri).length > 0 ? string.concat(_baseURI, tokenUri) : _uriTemplate;
    }

    function contractURI() external view returns (string memory) {
        return _contractURI;
    }

    function supportsInterface(bytes4 interfaceId) public view override(ERC165, ERC2981, IERC165) returns (bool) {
        return interfaceId == type(IERC1155).interfaceId || interfaceId == type(IERC1155MetadataURI).interfaceId
            || super.supportsInterface(interfaceId);
    }

    // ------------------------------------------------------------------ holders: approvals, transfers, burns

    function setApprovalForAll(address operator, bool approved) external {
        if (operator == address(0)) {
            revert ERC1155InvalidOperator(address(0));
        }
        _operatorApprovals[msg.sender][operator] = approved;
        emit ApprovalForAll(msg.sender, operator, approved);
    }

    function isApprovedForAll(address account, address operator) public view returns (bool) {
        return _operatorApprovals[account][operator];
    }

    function safeTransferFrom(address from, address to, uint256 id, uint256 value, bytes calldata data) external {
        _checkAuthorized(from);
        if (to == address(0)) {
            revert ERC1155InvalidReceiver(address(0));
        }
        if (from == address(0)) {
            revert ERC1155InvalidSender(address(0));
        }
        _move(from, to, id, value);
        emit TransferSingle(msg.sender, from, to, id, value);
        ERC1155Utils.checkOnERC1155Received(msg.sender, from, to, id, value, data);
    }

    function safeBatchTransferFrom(
        address from,
        address to,
        uint256[] calldata ids,
        uint256[] calldata values,
        bytes calldata data
    ) external {
        _checkAuthorized(from);
        if (to == address(0)) {
            revert ERC1155InvalidReceiver(address(0));
        }
        if (from == address(0)) {
            revert ERC1155InvalidSender(address(0));
        }
        if (ids.length != values.length) {
            revert ERC1155InvalidArrayLength(ids.length, values.length);
        }
        for (uint256 i = 0; i < ids.length; ++i) {
            _move(from, to, ids[i], values[i]);
        }
        uint256[] memory idsM = ids;
        uint256[] memory valuesM = values;
        emit TransferBatch(msg.sender, from, to, idsM, valuesM);
        ERC1155Utils.checkOnERC1155BatchReceived(msg.sender, from, to, idsM, valuesM, data);
    }

    /// @notice Burns `value` of `id` held by `account` (the holder or an approved operator).
    function burn(address account, uint256 id, uint256 value) external {
        _checkAuthorized(account);
        if (account == address(0)) {
            revert ERC1155InvalidSender(address(0));
        }
        _move(account, address(0), id, value);
        emit TransferSingle(msg.sender, account, address(0), id, value);
    }

    function burnBatch(address account, uint256[] calldata ids, uint256[] calldata values) external {
        _checkAuthorized(account);
        if (account == address(0)) {
            revert ERC1155InvalidSender(address(0));
        }
        if (ids.length != values.length) {
            revert ERC1155InvalidArrayLength(ids.length, values.length);
        }
        for (uint256 i = 0; i < ids.length; ++i) {
            _move(account, address(0), ids[i], values[i]);
        }
        emit TransferBatch(msg.sender, account, address(0), ids, values);
    }

    /// @dev Moves `value` of `id` from `from` to `to` (zero `to` = burn), materialising the id first
    ///      if it still lives in its run. Emits nothing; callers emit the standard events.
    function _move(address from, address to, uint256 id, uint256 value) private {
        if (_isLazy(id)) {
            (address holder, uint256 amount) = _runOf(id);
            _balances[id][holder] = amount;
            _supply[id] = amount;
            _materialisedBits[id >> 8] |= 1 << (id & 0xff);
        }
        uint256 fromBalance = _balances[id][from];
        if (fromBalance < value) {
            revert ERC1155InsufficientBalance(from, fromBalance, value, id);
        }
        unchecked {
            _balances[id][from] = fromBalance - value;
        }
        if (to == address(0)) {
            unchecked {
                // value <= fromBalance <= supply of id <= all supply
                _supply[id] -= value;
                _totalSupplyAll -= value;
            }
        } else {
            _balances[id][to] += value;
        }
    }

    function _checkAuthorized(address owner_) private view {
        if (owner_ != msg.sender && !isApprovedForAll(owner_, msg.sender)) {
            revert ERC1155MissingApprovalForAll(msg.sender, owner_);
        }
    }

    /// @dev Minted and not yet materialised: its balance and supply are its run's.
    function _isLazy(uint256 id) private view returns (bool) {
        uint256 word = id >> 8;
        uint256 bit = 1 << (id & 0xff);
        return _mintedBits[word] & bit != 0 && _materialisedBits[word] & bit == 0;
    }

    /// @dev The run holding a minted id: the nearest run start at or below it. Runs never overlap
    ///      (an id is minted once), so no other run can start between the id's run start and the id;
    ///      the scan reads one word per 256 ids of the run.
    function _runOf(uint256 id) private view returns (address holder, uint256 amount) {
        uint256 word = id >> 8;
        uint256 bits = _runStartBits[word] & (type(uint256).max >> (255 - (id & 0xff)));
        while (bits == 0) {
            --word; // a minted id always has a run start at or below it
            bits = _runStartBits[word];
        }
        uint256 run = _runs[(word << 8) | Math.log2(bits)];
        return (address(uint160(run)), run >> 160);
    }

    function _lowestBit(uint256 x) private pure returns (uint256) {
        return Math.log2(x & (~x + 1));
    }

    // ------------------------------------------------------------------ owner: metadata, royalties

    /// @notice Changes an id's metadata URI (emits URI, which marketplaces watch).
    function setURI(uint256 id, string calldata tokenUri) external onlyOwner {
        _setURI(id, tokenUri);
    }

    /// @notice Changes the prefix put before stored per-id URIs.
    function setBaseURI(string calldata baseUri) external onlyOwner {
        _baseURI = baseUri;
    }

    function setDefaultRoyalty(address receiver, uint96 basisPoints) external onlyOwner {
        _setDefaultRoyalty(receiver, basisPoints);
    }

    function setTokenRoyalty(uint256 id, address receiver, uint96 basisPoints) external onlyOwner {
        _setTokenRoyalty(id, receiver, basisPoints);
    }

    function setContractURI(string calldata uri_) external onlyOwner {
        _contractURI = uri_;
        emit ContractURIUpdated();
    }

    function _setURI(uint256 id, string calldata tokenUri) private {
        _tokenURIs[id] = tokenUri;
        emit URI(uri(id), id);
    }
}
