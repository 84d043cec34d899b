package dev.atelier.studio.mint;

import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.chain.contracts.ContractTemplate;
import dev.atelier.chain.contracts.Deployer;
import dev.atelier.chain.contracts.TokenCalls;
import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.chain.tx.TxQueue;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Signer;
import dev.atelier.studio.CatalogStore;
import dev.atelier.studio.Collection;
import dev.atelier.studio.Item;
import dev.atelier.studio.ItemStatus;
import dev.atelier.studio.Standard;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Deploying a collection's contract and minting its items: the studio side of the chain capability
 * (it knows collections and items; the chain package knows contracts, transactions and the queue).
 */
public final class MintService {
    private final CatalogStore catalog;
    private final Networks networks;
    private final TxQueue queue;
    private final MintPlanStore plans;

    public MintService(CatalogStore catalog, Networks networks, TxQueue queue) {
        this.catalog = catalog;
        this.networks = networks;
        this.queue = queue;
        this.plans = new MintPlanStore(catalog.database());
    }

    public MintPlanStore plans() {
        return plans;
    }

    /** Transfers, burns, royalties, metadata updates and the read-back of holders from the chain. */
    public TokenManager tokens() {
        return new TokenManager(networks, queue, new HoldingsStore(catalog.database()));
    }

    public MintRunner runner() {
        return new MintRunner(networks, queue, plans);
    }

    /** Deploys the collection's template contract from {@code from} and stores its address on the collection. */
    public Collection deploy(Collection c, Network network, Signer from, Duration wait, ProgressSink progress) {
        if (!c.contractAddress().isBlank()) {
            throw new AtelierException(c.name() + " is already deployed at " + c.contractAddress() + ".");
        }
        if (c.standard() == Standard.ERC1155 && c.baseUri().isBlank()) {
            throw new AtelierException(c.name() + " has no metadata address yet. Package it first (Studio → Package, or "
                    + "'atelier collection package'), so its tokens' {id} URI can be set at deployment.");
        }
        Address royaltyReceiver = c.royaltyReceiver().isBlank() ? null : Address.parse(c.royaltyReceiver());
        String symbol = c.symbol().isBlank() ? c.name().replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT) : c.symbol();
        Deployer.Spec spec = new Deployer.Spec(c.standard() == Standard.ERC721 ? ContractTemplate.ERC721 : ContractTemplate.ERC1155,
                c.name(), symbol.length() > 11 ? symbol.substring(0, 11) : symbol, from.address(), royaltyReceiver, c.royaltyBps(),
                c.baseUri() + "{id}.json");
        Deployer.Deployment d = new Deployer(networks, queue).deploy(network, spec, from, wait, progress);
        Collection deployed = c.withContractAddress(d.contract().toChecksumHex());
        catalog.updateCollection(deployed);
        return deployed;
    }

    /**
     * Plans minting {@code items} to {@code to}. Items already minted or on their way in another
     * plan are left out (and named in the exception when nothing is left).
     */
    public long plan(Collection c, List<Item> items, Address to, Address from, Network network) {
        if (c.contractAddress().isBlank()) {
            throw new AtelierException(c.name() + " has no contract yet. Deploy it first ('atelier collection deploy').");
        }
        if (c.standard() == Standard.ERC721 && c.baseUri().isBlank()) {
            throw new AtelierException(c.name() + " has no metadata address yet. Package it first, so each token gets its URI.");
        }
        List<MintPlanStore.PlanItem> planned = new ArrayList<>();
        java.util.Set<Long> inFlight = plans.itemsInFlight(c.id());
        // the caller's items may be stale (a window's list loaded before a resumed plan minted them):
        // decide on each item's status as studio.db has it now
        java.util.Map<Long, Item> current = catalog.items(items.stream().mapToLong(Item::id).toArray());
        for (Item given : items) {
            if (given.collectionId() != c.id()) {
                throw new IllegalArgumentException("item " + given.id() + " is not in " + c.name());
            }
            Item it = current.get(given.id());
            if (it == null) {
                continue; // deleted since
            }
            if (it.status() == ItemStatus.MINTED || it.status() == ItemStatus.MINTING || inFlight.contains(it.id())) {
                continue;
            }
            BigInteger amount = c.standard() == Standard.ERC1155 ? BigInteger.valueOf(Math.max(1, it.supply())) : BigInteger.ONE;
            String uri = c.standard() == Standard.ERC721 ? c.baseUri() + it.tokenId().decimal() : "";
            planned.add(new MintPlanStore.PlanItem(it.id(), it.tokenId().value(), amount, uri, null, MintPlan.ItemState.PLANNED));
        }
        if (planned.isEmpty()) {
            throw new AtelierException("Every chosen item of " + c.name() + " is already minted or in an unfinished mint plan.");
        }
        return plans.create(new MintPlan(0, c.id(), network.id(), network.chainId(), Address.parse(c.contractAddress()),
                c.standard() == Standard.ERC1155, from, to, MintPlan.Status.PLANNED), planned);
    }

    /**
     * The air-gapped flow, online half: plans the items, cuts them into gas-sized batches with
     * consecutive nonces and writes one signing request (signer's file format) for the offline
     * machine. The items wait as "exported" until the signed response comes back.
     */
    public dev.atelier.signing.file.SigningRequest exportRequest(Collection c, List<Item> items, Address to, Address from,
                                                                Network network, java.nio.file.Path out) {
        long planId = plan(c, items, to, from, network);
        try {
            return exportPlanned(c, planId, to, from, network, out);
        } catch (RuntimeException e) {
            // a node that failed, a chain that does not match, a file that could not be written: the
            // plan made above recorded nothing yet, so it goes and the items are free again
            plans.discardUnstarted(planId);
            throw e;
        }
    }

    private dev.atelier.signing.file.SigningRequest exportPlanned(Collection c, long planId, Address to, Address from,
                                                                  Network network, java.nio.file.Path out) {
        MintPlan plan = plans.plan(planId).orElseThrow();
        EthRpc rpc = networks.rpc(network);
        List<MintPlanStore.PlanItem> all = plans.items(planId, MintPlan.ItemState.PLANNED, Integer.MAX_VALUE);
        int batchSize = all.size() < 2 ? 1 : dev.atelier.chain.contracts.BatchSizer.size(k -> dev.atelier.chain.tx.TxPlanner.estimate(rpc,
                from, plan.contract(), BigInteger.ZERO, MintRunner.calldata(plan, all.subList(0, k))), Math.min(10, all.size()),
                MintRunner.DEFAULT_GAS_BUDGET, Math.min(all.size(), MintRunner.MAX_BATCH)).batchSize();
        dev.atelier.chain.tx.PlannedTx first = null;
        List<dev.atelier.chain.tx.PlannedTx> txs = new ArrayList<>();
        List<List<MintPlanStore.PlanItem>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += batchSize) {
            List<MintPlanStore.PlanItem> chunk = all.subList(i, Math.min(all.size(), i + batchSize));
            String data = MintRunner.calldata(plan, chunk);
            dev.atelier.chain.tx.PlannedTx p;
            if (first == null) {
                first = new dev.atelier.chain.tx.TxPlanner(queue).plan(network, rpc, from, plan.contract(), BigInteger.ZERO, data, "normal");
                p = first;
            } else {
                BigInteger gas = dev.atelier.chain.tx.TxPlanner.estimate(rpc, from, plan.contract(), BigInteger.ZERO, data);
                p = new dev.atelier.chain.tx.PlannedTx(first.chainId(), from, plan.contract(), first.nonce() + txs.size(), BigInteger.ZERO,
                        data, gas, first.maxFeePerGas(), first.maxPriorityFeePerGas(), first.eip1559());
            }
            txs.add(p);
            chunks.add(chunk);
        }
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<com.fasterxml.jackson.databind.JsonNode> reqItems = new ArrayList<>();
        for (dev.atelier.chain.tx.PlannedTx p : txs) {
            reqItems.add(dev.atelier.signing.file.SigningRequest.txItem(json.valueToTree(p.toSignRequest())));
        }
        dev.atelier.signing.file.SigningRequest request = dev.atelier.signing.file.SigningRequest.create(network.chainId(), network.name(),
                "Mint " + all.size() + " item(s) of \"" + c.name() + "\" to " + to + " (" + txs.size() + " transaction(s))", reqItems);
        // The file is written inside the transaction that records the export: when it cannot be written
        // nothing is recorded (the items stay planned, free to mint or export again), and when the
        // commit fails after the file was written the file is removed, so no request exists for an
        // export the plan does not know.
        boolean[] written = {false};
        try {
            plans.database().write(conn -> {
                for (int i = 0; i < txs.size(); i++) {
                    int batchNo = plans.nextBatchNo(conn, planId) + i;
                    plans.addExport(conn, planId, batchNo, request.digest(), txs.get(i).nonce(), dataHash(txs.get(i).data()), chunks.get(i));
                }
                try {
                    dev.atelier.common.PrivateFiles.writeAtomically(out, request.toBytes());
                } catch (java.io.IOException e) {
                    throw new AtelierException("Cannot write " + out + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "). Choose a folder that exists and can be written; nothing was exported.", e);
                }
                written[0] = true;
                return null;
            });
        } catch (RuntimeException e) {
            if (written[0]) {
                try {
                    java.nio.file.Files.deleteIfExists(out);
                } catch (java.io.IOException ignored) {
                    // the commit's error is the one to report
                }
            }
            throw e;
        }
        plans.syncItemStatuses(planId);
        return request;
    }

    /**
     * The air-gapped flow, return: links the signed transactions of a response to the batches its
     * request exported (same nonce, same calldata), writes them to the queue and the plan in one
     * transaction. Returns how many batches were linked (0 when the response is not for a mint).
     */
    public int attachResponse(String requestDigest, List<dev.atelier.chain.tx.SignedTx> signed, Network network) {
        List<MintPlanStore.Export> exports = plans.exports(requestDigest);
        if (exports.isEmpty()) {
            return 0;
        }
        return plans.database().write(conn -> {
            int linked = 0;
            for (MintPlanStore.Export ex : exports) {
                MintPlan p = plans.plan(ex.planId()).orElseThrow();
                dev.atelier.chain.tx.SignedTx tx = signed.stream().filter(s -> s.nonce() == ex.nonce() && s.from().equals(p.sender()))
                        .findFirst().orElseThrow(() -> new AtelierException("The response has no transaction with nonce " + ex.nonce()
                                + " from " + p.sender() + "; it does not answer this mint request."));
                if (!dataHash(tx.data()).equals(ex.dataHash()) || tx.to() == null || !tx.to().equals(p.contract())) {
                    throw new AtelierException("The signed transaction with nonce " + ex.nonce() + " is not the mint batch that was "
                            + "exported (different call or contract). Nothing was queued.");
                }
                var e = queue.enqueue(network, tx, "mint batch " + ex.batchNo() + " (signed offline)");
                plans.attachExport(conn, ex.planId(), ex.batchNo(), e.id());
                linked++;
            }
            return linked;
        });
    }

    /** After a response to {@code requestDigest} was broadcast: moves its plans' batches along with the queue. */
    public void settleExported(String requestDigest) {
        plans.exports(requestDigest).stream().map(MintPlanStore.Export::planId).distinct().forEach(this::settle);
    }

    /** Moves plans' signed batches along with the queue (no signer needed): after a broadcast of a response. */
    public void settle(long planId) {
        runner().settle(plans.plan(planId).orElseThrow());
        MintPlan.Progress p = plans.progress(planId);
        if (p.finished() && plans.hasExports(planId)) {
            // an offline-signed plan has no Mint run to close it: it is done when its last batch is final
            plans.setStatus(planId, p.failed() > 0 ? MintPlan.Status.FAILED : MintPlan.Status.DONE);
        }
    }

    /** After a queue pass (the Activity screen's refresh): moves every exported plan along with its broadcast batches. */
    public void settleOfflinePlans() {
        plans.unfinishedWithExports().forEach(this::settle);
    }

    /**
     * The request digest a pasted or opened signer's response answers, or null when the text is not
     * a response file (hex lines, JSON Lines). A damaged response (digest or signatures) is refused.
     */
    public static String responseDigest(String text) {
        String t = text.strip();
        if (!t.startsWith("{")) {
            return null;
        }
        com.fasterxml.jackson.databind.JsonNode root;
        try {
            root = dev.atelier.signing.file.SigningFiles.parse(t.getBytes(java.nio.charset.StandardCharsets.UTF_8), "signed response");
        } catch (AtelierException notJson) {
            return null;
        }
        if (root.isObject() && dev.atelier.signing.file.SigningResponse.FORMAT.equals(root.path("format").asText())) {
            return dev.atelier.signing.file.SigningResponse.parse(root).requestDigest();
        }
        return null;
    }

    /**
     * The air-gapped flow's return from a pasted or opened response: links its transactions to the
     * exported mint batches (see {@link #attachResponse}); 0 when the text answers no mint request.
     */
    public int attachResponseText(String text, List<dev.atelier.chain.tx.SignedTx> signed, Network network) {
        String digest = responseDigest(text);
        return digest == null ? 0 : attachResponse(digest, signed, network);
    }

    /** A plan a crash, a kill or a pause left unfinished, with what is left of it (offline-signed plans are not listed). */
    public record Interrupted(MintPlan plan, Collection collection, int left) {
    }

    /** Every interrupted plan, newest first: what the app mentions at start so the user can finish it. */
    public List<Interrupted> interrupted() {
        List<Interrupted> out = new ArrayList<>();
        for (MintPlan p : plans.unfinishedEverywhere()) {
            MintPlan.Progress pr = plans.progress(p.id());
            if (pr.finished() || plans.hasExports(p.id())) {
                continue;
            }
            catalog.collection(p.collectionId()).ifPresent(c -> out.add(new Interrupted(p, c, pr.planned() + pr.signed() + pr.sent())));
        }
        return out;
    }

    static String dataHash(String dataHex) {
        return java.util.HexFormat.of().formatHex(dev.atelier.crypto.Keccak.hash256(
                java.util.HexFormat.of().parseHex(dataHex.startsWith("0x") ? dataHex.substring(2) : dataHex)));
    }

    /**
     * Checks the plan's confirmed items on chain: ERC-721 {@code ownerOf} is the recipient, ERC-1155
     * {@code balanceOf(recipient, id)} is at least the planned amount. Returns the problems found.
     */
    public List<String> verify(long planId) {
        MintPlan p = plans.plan(planId).orElseThrow();
        Network n = networks.byId(p.networkId()).orElseThrow();
        EthRpc rpc = networks.rpc(n);
        List<String> problems = new ArrayList<>();
        for (MintPlanStore.PlanItem it : plans.allItems(planId)) {
            if (it.state() != MintPlan.ItemState.CONFIRMED) {
                continue;
            }
            if (p.erc1155()) {
                BigInteger b = TokenCalls.balanceOf1155(rpc, p.contract(), p.recipient(), it.tokenId());
                if (b.compareTo(it.amount()) < 0) {
                    problems.add("token " + it.tokenId() + ": balance " + b + ", expected " + it.amount());
                }
            } else {
                Address owner = TokenCalls.ownerOf(rpc, p.contract(), it.tokenId());
                if (!owner.equals(p.recipient())) {
                    problems.add("token " + it.tokenId() + ": owned by " + owner);
                }
            }
        }
        return problems;
    }
}
