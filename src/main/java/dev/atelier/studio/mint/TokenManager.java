package dev.atelier.studio.mint;

import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.chain.contracts.TokenCalls;
import dev.atelier.chain.contracts.TokenLogs;
import dev.atelier.chain.tx.ContractCall;
import dev.atelier.chain.tx.TxEntry;
import dev.atelier.chain.tx.TxQueue;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Signer;
import dev.atelier.studio.Collection;
import dev.atelier.studio.Standard;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;

/**
 * Managing a deployed collection's tokens: transfer, burn, royalties, metadata updates (ERC-4906
 * {@code MetadataUpdate} / ERC-1155 {@code URI} so marketplaces refresh), and reading owners and
 * balances back from the chain's Transfer logs.
 */
public final class TokenManager {
    private static final Duration WAIT = Duration.ofMinutes(5);
    private final Networks networks;
    private final TxQueue queue;

    public TokenManager(Networks networks, TxQueue queue) {
        this.networks = networks;
        this.queue = queue;
    }

    public TxEntry transfer(Collection c, Network n, Signer holder, BigInteger tokenId, Address to, BigInteger amount) {
        String data = c.standard() == Standard.ERC721 ? TokenCalls.transfer721(holder.address(), to, tokenId)
                : TokenCalls.transfer1155(holder.address(), to, tokenId, amount);
        return send(c, n, holder, data, "transfer token " + tokenId + " to " + to);
    }

    public TxEntry burn(Collection c, Network n, Signer holder, BigInteger tokenId, BigInteger amount) {
        String data = c.standard() == Standard.ERC721 ? TokenCalls.burn721(tokenId) : TokenCalls.burn1155(holder.address(), tokenId, amount);
        return send(c, n, holder, data, "burn token " + tokenId);
    }

    public TxEntry setRoyalty(Collection c, Network n, Signer owner, Address receiver, int basisPoints) {
        return send(c, n, owner, TokenCalls.setDefaultRoyalty(receiver, basisPoints), "set royalty " + basisPoints + " bps");
    }

    /** Points a token at new metadata: ERC-721 {@code setTokenURI} (MetadataUpdate), ERC-1155 {@code setURI} (URI). */
    public TxEntry updateMetadata(Collection c, Network n, Signer owner, BigInteger tokenId, String uri) {
        String data = c.standard() == Standard.ERC721 ? TokenCalls.setTokenURI(tokenId, uri) : TokenCalls.setURI1155(tokenId, uri);
        return send(c, n, owner, data, "update metadata of token " + tokenId);
    }

    /** Every token movement of the collection's contract since {@code fromBlock}, read with paged eth_getLogs. */
    public List<TokenLogs.Movement> movements(Collection c, Network n, long fromBlock, ProgressSink progress) {
        var rpc = networks.rpc(n);
        return TokenLogs.movements(rpc, contract(c), fromBlock, rpc.blockNumber(), 10_000, progress);
    }

    private TxEntry send(Collection c, Network n, Signer signer, String data, String label) {
        return ContractCall.send(networks, queue, n, signer, contract(c), data, label + " (" + c.name() + ")", WAIT, ProgressSink.NONE);
    }

    private static Address contract(Collection c) {
        if (c.contractAddress().isBlank()) {
            throw new AtelierException(c.name() + " has no contract yet. Deploy it first.");
        }
        return Address.parse(c.contractAddress());
    }
}
