package dev.atelier.studio.mint;

import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.chain.contracts.BatchSizer;
import dev.atelier.chain.contracts.TokenCalls;
import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.chain.tx.PlanSigner;
import dev.atelier.chain.tx.PlannedTx;
import dev.atelier.chain.tx.SignedTx;
import dev.atelier.chain.tx.TxEntry;
import dev.atelier.chain.tx.TxPlanner;
import dev.atelier.chain.tx.TxQueue;
import dev.atelier.chain.tx.TxStatus;
import dev.atelier.common.AtelierException;
import dev.atelier.common.CancelledException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Signer;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;

/**
 * Carries out a {@link MintPlan}: takes the next planned items, makes one batch transaction of them
 * (ERC-721 {@code safeMint}/{@code safeMintBatch}, ERC-1155 {@code mintBatch}) sized by gas, signs it,
 * and writes the signed transaction and the batch in one studio.db transaction before anything is
 * broadcast. Running a plan again — after a pause, a crash or a kill — settles the batches already
 * signed from the queue (same bytes, never a second transaction) and continues with the rest.
 */
public final class MintRunner {
    /** Gas allowed per batch transaction: well under every preset chain's block gas limit. */
    public static final BigInteger DEFAULT_GAS_BUDGET = BigInteger.valueOf(10_000_000);
    public static final int MAX_BATCH = 500;

    private final Networks networks;
    private final TxQueue queue;
    private final MintPlanStore store;
    private final BigInteger gasBudget;
    private final int maxBatch;

    public MintRunner(Networks networks, TxQueue queue, MintPlanStore store, BigInteger gasBudget, int maxBatch) {
        this.networks = networks;
        this.queue = queue;
        this.store = store;
        this.gasBudget = gasBudget;
        this.maxBatch = Math.max(1, Math.min(MAX_BATCH, maxBatch));
    }

    public MintRunner(Networks networks, TxQueue queue, MintPlanStore store) {
        this(networks, queue, store, DEFAULT_GAS_BUDGET, MAX_BATCH);
    }

    /**
     * Runs the plan until every item is confirmed or failed, or {@code wait} runs out for the last
     * receipts. Cancelling through {@code progress} pauses between batches; run again to resume.
     */
    public MintPlan.Progress run(long planId, Signer signer, Duration wait, ProgressSink progress) {
        MintPlan plan = store.plan(planId).orElseThrow(() -> new AtelierException("No mint plan #" + planId + "."));
        if (!signer.address().equals(plan.sender())) {
            throw new AtelierException("This mint plan is sent from " + plan.sender() + ", not " + signer.address() + ".");
        }
        Network network = networks.byId(plan.networkId()).orElseThrow(() -> new AtelierException(
                "The network of this mint plan (" + plan.networkId() + ") is no longer configured. Add it again to finish the plan."));
        EthRpc rpc = networks.rpc(network);
        store.setStatus(planId, MintPlan.Status.RUNNING);
        try {
            settle(plan);
            BatchSizer.Sizing sizing = null;
            while (true) {
                report(planId, progress);
                progress.checkCancelled();
                List<MintPlanStore.PlanItem> next = store.items(planId, MintPlan.ItemState.PLANNED, maxBatch);
                if (next.isEmpty()) {
                    break;
                }
                if (sizing == null) {
                    sizing = size(plan, rpc, next);
                }
                List<MintPlanStore.PlanItem> chunk = next.subList(0, Math.min(sizing.batchSize(), next.size()));
                PlannedTx p = new TxPlanner(queue).plan(network, rpc, plan.sender(), plan.contract(), BigInteger.ZERO,
                        calldata(plan, chunk), "normal");
                SignedTx signed = PlanSigner.sign(p, signer);
                store.database().write(c -> {
                    int batchNo = store.nextBatchNo(c, planId);
                    TxEntry e = queue.enqueue(network, signed, "mint batch " + batchNo + " (" + chunk.size() + " items)");
                    store.addBatch(c, planId, batchNo, e.id(), chunk);
                    return null;
                });
                queue.process(network);
                settle(plan);
            }
            long deadline = System.nanoTime() + wait.toNanos();
            while (!store.openBatches(planId).isEmpty() && System.nanoTime() < deadline) {
                progress.checkCancelled();
                java.util.List<Long> batchTxs = store.openBatches(planId).stream().map(b -> b[1]).toList();
                queue.drain(network, batchTxs, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())), progress);
                settle(plan);
                report(planId, progress);
            }
            MintPlan.Progress done = store.progress(planId);
            store.setStatus(planId, done.finished() ? (done.failed() > 0 ? MintPlan.Status.FAILED : MintPlan.Status.DONE)
                    : MintPlan.Status.RUNNING);
            return done;
        } catch (CancelledException e) {
            store.setStatus(planId, MintPlan.Status.PAUSED);
            throw e;
        }
    }

    /** Moves each signed batch along with its queue row; a batch whose nonce went elsewhere is re-planned. */
    public void settle(MintPlan plan) {
        for (long[] b : store.openBatches(plan.id())) {
            int batchNo = (int) b[0];
            TxEntry e = queue.store().byId(b[1]).orElseThrow();
            switch (e.status()) {
                case QUEUED -> { }
                case PENDING -> store.setBatchState(plan.id(), batchNo, MintPlan.ItemState.SENT, false);
                case MINED -> store.setBatchState(plan.id(), batchNo, MintPlan.ItemState.CONFIRMED, false);
                case REVERTED -> store.setBatchState(plan.id(), batchNo, MintPlan.ItemState.FAILED, false);
                case REPLACED -> {
                    // a speed-up of this batch carries the same call: its mining minted these items
                    boolean sameCall = queue.store().sameNonce(e).stream()
                            .anyMatch(s -> s.status() == TxStatus.MINED && s.decode().data().equals(e.decode().data()));
                    store.setBatchState(plan.id(), batchNo, sameCall ? MintPlan.ItemState.CONFIRMED : MintPlan.ItemState.PLANNED, !sameCall);
                }
                case DROPPED -> store.setBatchState(plan.id(), batchNo, MintPlan.ItemState.PLANNED, true);
                default -> throw new IllegalStateException(e.status().name());
            }
        }
        store.syncItemStatuses(plan.id());
    }

    private BatchSizer.Sizing size(MintPlan plan, EthRpc rpc, List<MintPlanStore.PlanItem> next) {
        if (next.size() < 2) {
            return new BatchSizer.Sizing(BigInteger.ZERO, BigInteger.ZERO, 1);
        }
        int probe = Math.min(10, next.size());
        return BatchSizer.size(k -> TxPlanner.estimate(rpc, plan.sender(), plan.contract(), BigInteger.ZERO,
                calldata(plan, next.subList(0, k))), probe, gasBudget, next.size());
    }

    static String calldata(MintPlan plan, List<MintPlanStore.PlanItem> chunk) {
        List<BigInteger> ids = chunk.stream().map(MintPlanStore.PlanItem::tokenId).toList();
        if (plan.erc1155()) {
            List<BigInteger> amounts = chunk.stream().map(MintPlanStore.PlanItem::amount).toList();
            boolean anyUri = chunk.stream().anyMatch(i -> !i.uri().isEmpty());
            return TokenCalls.mintBatch1155(plan.recipient(), ids, amounts,
                    anyUri ? chunk.stream().map(MintPlanStore.PlanItem::uri).toList() : List.of());
        }
        if (chunk.size() == 1) {
            return TokenCalls.safeMint(plan.recipient(), ids.get(0), chunk.get(0).uri());
        }
        return TokenCalls.safeMintBatch(plan.recipient(), ids, chunk.stream().map(MintPlanStore.PlanItem::uri).toList());
    }

    private void report(long planId, ProgressSink progress) {
        MintPlan.Progress p = store.progress(planId);
        progress.progress(p.confirmed() + p.failed(), p.total());
        progress.message(p.confirmed() + " of " + p.total() + " minted" + (p.sent() + p.signed() > 0 ? ", " + (p.sent() + p.signed())
                + " on the way" : "") + (p.failed() > 0 ? ", " + p.failed() + " failed" : ""));
    }
}
