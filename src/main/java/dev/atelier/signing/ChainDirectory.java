package dev.atelier.signing;

import java.util.Optional;

/**
 * Names and currencies of networks by chain id, for the review (wired to the chain package's
 * networks by the app; signing does not depend on chain).
 */
@FunctionalInterface
public interface ChainDirectory {
    ChainDirectory NONE = chainId -> Optional.empty();

    /** A network as the review names it. */
    record ChainLabel(String name, String currency) {
    }

    Optional<ChainLabel> lookup(long chainId);

    default String describe(long chainId) {
        return lookup(chainId).map(l -> l.name() + " (chainId " + chainId + ")").orElse("chainId " + chainId);
    }

    default String currency(long chainId) {
        return lookup(chainId).map(ChainLabel::currency).orElse("ETH");
    }
}
