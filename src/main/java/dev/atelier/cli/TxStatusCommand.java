package dev.atelier.cli;

import dev.atelier.chain.Network;
import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.chain.rpc.Receipt;
import dev.atelier.chain.tx.TxEntry;
import dev.atelier.common.AtelierException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atelier tx status HASH [--network N]}: where a transaction stands, with confirmations and explorer link. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show a transaction's status, block, confirmations and explorer link.",
                "A queued transaction is broadcast again if the node lost it."})
public final class TxStatusCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "HASH", description = "Transaction hash (0x + 64 hex digits).")
    String hash;

    @Mixin
    PassphraseOptions passphrase;

    @Option(names = "--network", paramLabel = "N", description = "Network id, name or chain id (default: the queue's record, else the selected one).")
    String network;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        String h = hash == null ? "" : hash.strip().toLowerCase(java.util.Locale.ROOT);
        if (!h.matches("0x[0-9a-f]{64}")) {
            throw new AtelierException("A transaction hash is 0x followed by 64 hex digits.");
        }
        Optional<TxEntry> queued = app().txQueue().store().byHash(h);
        Network n = network != null ? app().networks().find(network)
                : queued.flatMap(e -> app().networks().byId(e.networkId())).orElse(app().selectedNetwork());
        NetworkAccess.unlockIfKeptInVault(app(), n, passphrase, root().io());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hash", h);
        m.put("network", n.id());
        if (queued.isPresent() && queued.get().networkId().equals(n.id())) {
            app().txQueue().process(n);
            TxEntry e = app().txQueue().store().byId(queued.get().id()).orElseThrow();
            m.put("status", e.status().label().toLowerCase());
            m.put("from", e.from());
            m.put("nonce", e.nonce());
            m.put("label", e.label());
            if (e.blockNumber() != null) {
                m.put("block", e.blockNumber());
                m.put("confirmations", head(n).map(e::confirmations).orElse(null));
                m.put("gasUsed", e.gasUsed() == null ? null : e.gasUsed().toString());
            }
            if (e.contractAddress() != null) {
                m.put("contract", e.contractAddress());
            }
            if (e.lastError() != null) {
                m.put("note", e.lastError());
            }
        } else {
            EthRpc rpc = app().networks().rpc(n);
            Optional<Receipt> r = rpc.receipt(h);
            if (r.isPresent()) {
                m.put("status", r.get().success() ? "mined" : "reverted");
                m.put("block", r.get().blockNumber());
                m.put("confirmations", Math.max(0, rpc.blockNumber() - r.get().blockNumber() + 1));
                m.put("gasUsed", r.get().gasUsed().toString());
                if (r.get().contractAddress() != null) {
                    m.put("contract", r.get().contractAddress());
                }
            } else if (rpc.transaction(h).isPresent()) {
                m.put("status", "pending");
            } else {
                throw new AtelierException("Neither the queue nor the node at " + rpc.client().display() + " knows transaction "
                        + h.substring(0, 10) + "… on " + n.name() + ". Check the hash and the network (--network).");
            }
        }
        if (!n.txUrl(h).isEmpty()) {
            m.put("explorer", n.txUrl(h));
        }
        if (json) {
            printJson(m);
        } else {
            m.forEach((k, v) -> {
                if (v != null) {
                    out().printf("%-14s %s%n", k + ":", v);
                }
            });
        }
        return 0;
    }

    private Optional<Long> head(Network n) {
        try {
            return Optional.of(app().networks().rpc(n).blockNumber());
        } catch (AtelierException e) {
            return Optional.empty();
        }
    }
}
