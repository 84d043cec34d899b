package dev.atelier.studio.mint;

import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.chain.contracts.TokenCalls;
import dev.atelier.chain.contracts.TokenLogs;
import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.chain.tx.ContractCall;
import dev.atelier.chain.tx.TxEntry;
import dev.atelier.chain.tx.TxQueue;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Signer;
import dev.atelier.studio.Collection;
import dev.atelier.studio.Standard;
import dev.atelier.studio.TokenId;
import dev.atelier.studio.packaging.Packager;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;

/**
 * Managing a deployed collection's tokens: transfer, burn, royalties, metadata updates (ERC-4906
 * {@code MetadataUpdate}/{@code BatchMetadataUpdate} for ERC-721, {@code URI} for ERC-1155, so
 * marketplaces refresh), and reading owners and balances back from the chain's Transfer logs into
 * studio.db ({@link HoldingsStore}). Every write is one signed transaction through the queue.
 */
public final class TokenManager {
    /** Blocks per eth_getLogs page (halved by TokenLogs when a node refuses a range). */
    public static final long LOG_PAGE_BLOCKS = 10_000;
    private static final Duration WAIT = Duration.ofMinutes(5);
    private final Networks networks;
    private final TxQueue queue;
    private final HoldingsStore holdings;

    public TokenManager(Networks networks, TxQueue queue, HoldingsStore holdings) {
        this.networks = networks;
        this.queue = queue;
        this.holdings = holdings;
    }

    public HoldingsStore holdings() {
        return holdings;
    }

    /** Sends {@code amount} (ERC-1155; 1 for ERC-721) of a token from the signer, its holder, to {@code to}. */
    public TxEntry transfer(Collection c, Network n, Signer holder, BigInteger tokenId, Address to, BigInteger amount) {
        String data = c.standard() == Standard.ERC721 ? TokenCalls.transfer721(holder.address(), to, tokenId)
                : TokenCalls.transfer1155(holder.address(), to, tokenId, positive(amount));
        return send(c, n, holder, data, "transfer token " + tokenId + " to " + to.toChecksumHex());
    }

    /** Burns a token (ERC-721) or {@code amount} of it (ERC-1155) held by the signer. */
    public TxEntry burn(Collection c, Network n, Signer holder, BigInteger tokenId, BigInteger amount) {
        String data = c.standard() == Standard.ERC721 ? TokenCalls.burn721(tokenId)
                : TokenCalls.burn1155(holder.address(), tokenId, positive(amount));
        return send(c, n, holder, data, "burn token " + tokenId);
    }

    /** The collection-wide EIP-2981 royalty (contract owner only). */
    public TxEntry setRoyalty(Collection c, Network n, Signer owner, Address receiver, int basisPoints) {
        return send(c, n, owner, TokenCalls.setDefaultRoyalty(receiver, basisPoints), "set royalty " + basisPoints + " bps");
    }

    /** Points a token at new metadata: ERC-721 {@code setTokenURI} (emits MetadataUpdate), ERC-1155 {@code setURI} (emits URI). */
    public TxEntry updateMetadata(Collection c, Network n, Signer owner, BigInteger tokenId, String uri) {
        if (uri == null || uri.isBlank() || uri.length() > 2048) {
            throw new AtelierException("A token URI is 1 to 2048 characters (for example ipfs://CID/1).");
        }
        String data = c.standard() == Standard.ERC721 ? TokenCalls.setTokenURI(tokenId, uri) : TokenCalls.setURI1155(tokenId, uri);
        return send(c, n, owner, data, "update metadata of token " + tokenId);
    }

    /**
     * ERC-721: asks marketplaces to re-read a range of tokens whose files changed at the same URIs
     * (ERC-4906 {@code BatchMetadataUpdate}); ERC-1155 has no such event, so each id's URI is set again.
     */
    public TxEntry refreshMetadata(Collection c, Network n, Signer owner, BigInteger fromTokenId, BigInteger toTokenId) {
        if (c.standard() != Standard.ERC721) {
            throw new AtelierException("ERC-1155 has no refresh event: update an id's metadata to emit URI for it.");
        }
        if (fromTokenId.compareTo(toTokenId) > 0) {
            throw new AtelierException("The first token id must not be above the last.");
        }
        return send(c, n, owner, TokenCalls.refreshMetadata(fromTokenId, toTokenId),
                "refresh metadata of tokens " + fromTokenId + "–" + toTokenId);
    }

    /** The URI a token's metadata has in the collection's current package (what updateMetadata proposes). */
    public static String packagedUri(Collection c, TokenId id) {
        if (c.baseUri().isBlank()) {
            throw new AtelierException(c.name() + " has no metadata address yet. Package it first.");
        }
        return c.baseUri() + Packager.fileName(c.standard(), id);
    }

    /** What a read-back found. */
    public record ReadBack(long fromBlock, long toBlock, int movements, int tokensHeld) {
    }

    /**
     * Reads the contract's token movements since the last read (or since its deployment) with
     * paged {@code eth_getLogs}, and stores the movements and the holdings they add up to. Items
     * whose tokens appear on chain are marked minted. {@code rescan} starts over from the deployment.
     */
    public ReadBack readBack(Collection c, Network n, boolean rescan, ProgressSink progress) {
        Address contract = contract(c);
        EthRpc rpc = networks.rpc(n);
        var scan = holdings.scan(c.id());
        if (rescan || scan.isPresent() && (!scan.get().contract().equals(contract) || !scan.get().networkId().equals(n.id()))) {
            holdings.reset(c.id());
            scan = java.util.Optional.empty();
        }
        long head = rpc.blockNumber();
        long from = scan.map(s -> s.scannedTo() + 1).orElseGet(() -> holdings.deployBlock(contract).orElse(0L));
        if (from > head) {
            return new ReadBack(from, head, 0, holdings.holdings(c.id()).size());
        }
        progress.message("Reading " + c.name() + "'s token movements, blocks " + from + " to " + head);
        List<TokenLogs.Movement> moves = TokenLogs.movements(rpc, contract, from, head, LOG_PAGE_BLOCKS, progress);
        holdings.apply(c.id(), n.id(), contract, moves, head);
        return new ReadBack(from, head, moves.size(), holdings.holdings(c.id()).size());
    }

    private TxEntry send(Collection c, Network n, Signer signer, String data, String label) {
        return ContractCall.send(networks, queue, n, signer, contract(c), data, label + " (" + c.name() + ")", WAIT, ProgressSink.NONE);
    }

    private static BigInteger positive(BigInteger amount) {
        if (amount == null || amount.signum() <= 0 || amount.bitLength() > 256) {
            throw new AtelierException("The amount must be a whole number of at least 1.");
        }
        return amount;
    }

    static Address contract(Collection c) {
        if (c.contractAddress().isBlank()) {
            throw new AtelierException(c.name() + " has no contract yet. Deploy it first.");
        }
        return Address.parse(c.contractAddress());
    }
}
