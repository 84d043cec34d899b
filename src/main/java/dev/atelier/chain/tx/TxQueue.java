package dev.atelier.chain.tx;

import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.chain.rpc.Receipt;
import dev.atelier.chain.rpc.RpcClient;
import dev.atelier.chain.rpc.RpcException;
import dev.atelier.common.AtelierException;
import dev.atelier.common.CancelledException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persisted transaction queue. Every transaction is written to {@code studio.db} before it is
 * broadcast; what is stored are the signed bytes, so broadcasting again (after a crash, a restart,
 * a dead node) can only ever deliver the same transaction, never a second one. A pass over the
 * queue sends what is queued, re-broadcasts what a node may have forgotten, and records receipts;
 * when the node is down the rows stay as they are and the next pass carries on.
 */
public final class TxQueue {
    private static final Logger LOG = LoggerFactory.getLogger(TxQueue.class);
    /** A transaction whose nonce was used by another is called dropped after this long or this many blocks. */
    static final long DROP_AFTER_MS = 60_000;
    static final long DROP_AFTER_BLOCKS = 12;

    /** What one pass did. {@code nodeDown} means the node did not answer and the pass stopped early. */
    public record Pass(int sent, int mined, int open, boolean nodeDown, String problem) {
    }

    private final TxStore store;
    private final Networks networks;

    public TxQueue(TxStore store, Networks networks) {
        this.store = store;
        this.networks = networks;
    }

    public TxStore store() {
        return store;
    }

    /**
     * Writes a signed transaction to the queue (status queued). Refuses a transaction signed for
     * another chain than the network's. Queuing the same bytes twice returns the existing row.
     */
    public TxEntry enqueue(Network network, SignedTx tx, String label) {
        checkChain(network, tx);
        return store.insert(network.id(), tx, label, null);
    }

    /**
     * Queues a transaction that arrived signed (pasted, or carried back from an air-gapped signer):
     * when one of our open transactions already has its sender and nonce, this one is its
     * replacement (speed-up or cancel) and must outbid it; otherwise it is queued as new.
     */
    public TxEntry submit(Network network, SignedTx tx, String label) {
        checkChain(network, tx);
        Optional<TxEntry> rival = store.open(network.id()).stream()
                .filter(e -> e.from().equals(tx.from().toChecksumHex()) && e.nonce() == tx.nonce() && !e.hash().equals(tx.hash()))
                .reduce((a, b) -> b);
        return rival.isPresent() ? enqueueReplacement(rival.get().id(), tx, label) : enqueue(network, tx, label);
    }

    /** Queues a speed-up or cancel of {@code originalId}: same sender and nonce, higher fees. */
    public TxEntry enqueueReplacement(long originalId, SignedTx tx, String label) {
        TxEntry original = store.byId(originalId).orElseThrow(() -> new AtelierException("No queued transaction #" + originalId + "."));
        if (original.status().isFinal()) {
            throw new AtelierException("Transaction " + original.shortHash() + " is already " + original.status().label().toLowerCase()
                    + "; there is nothing to replace.");
        }
        if (tx.chainId() != original.chainId() || !tx.from().toChecksumHex().equals(original.from()) || tx.nonce() != original.nonce()) {
            throw new AtelierException("A replacement must come from the same account, on the same chain, with the same nonce ("
                    + original.nonce() + ").");
        }
        if (!Replacement.outbids(original.decode(), tx)) {
            throw new AtelierException("The replacement must pay at least 10 % more than the original on both fees, or nodes ignore it.");
        }
        return store.insert(original.networkId(), tx, label, originalId);
    }

    /** The next free nonce for {@code from}: the node's pending count or one past our highest open row, whichever is higher. */
    public long nextNonce(Network network, EthRpc rpc, Address from) {
        long node = rpc.pendingNonce(from);
        OptionalLong ours = store.highestOpenNonce(network.chainId(), from.toChecksumHex());
        return ours.isPresent() ? Math.max(node, ours.getAsLong() + 1) : node;
    }

    /** One pass over the network's open rows. Never throws for a dead node: it reports it in the result. */
    public Pass process(Network network) {
        List<TxEntry> open = store.open(network.id());
        if (open.isEmpty()) {
            return new Pass(0, 0, 0, false, null);
        }
        EthRpc rpc;
        try {
            rpc = networks.rpc(network, RpcClient.Policy.DEFAULT.withAttempts(2));
        } catch (AtelierException e) {
            return new Pass(0, 0, open.size(), true, e.userMessage());
        }
        int sent = 0;
        int mined = 0;
        try {
            long nodeChain = rpc.chainId();
            if (nodeChain != network.chainId()) {
                return new Pass(0, 0, open.size(), true, "The node for " + network.name() + " is on chain " + nodeChain
                        + ", not " + network.chainId() + "; nothing was sent.");
            }
            for (TxEntry e : open) {
                TxEntry fresh = store.byId(e.id()).orElse(e);
                if (fresh.status().isFinal()) {
                    continue;
                }
                if (fresh.status() == TxStatus.QUEUED) {
                    // never accepted as far as we know: broadcast first; if it was mined after all (a crash between
                    // sending and recording), the node answers "nonce too low" and the receipt is looked up then
                    if (broadcast(rpc, fresh)) {
                        sent++;
                    }
                    continue;
                }
                Optional<Receipt> receipt = rpc.receipt(fresh.hash());
                if (receipt.isPresent()) {
                    record(fresh, receipt.get());
                    mined++;
                    continue;
                }
                if (rpc.minedNonce(Address.parse(fresh.from())) > fresh.nonce()) {
                    settleUsedNonce(rpc, fresh);
                    continue;
                }
                if (store.hasReplacement(fresh.id())) {
                    continue; // its replacement is the one to keep broadcasting
                }
                if (broadcast(rpc, fresh)) {
                    sent++;
                }
            }
        } catch (RpcException ex) {
            if (ex.unreachable()) {
                LOG.info("Queue pass for {} stopped: node unreachable", network.id());
                return new Pass(sent, mined, store.open(network.id()).size(), true, ex.userMessage());
            }
            throw ex;
        }
        return new Pass(sent, mined, store.open(network.id()).size(), false, null);
    }

    /**
     * Passes until every open row of the network is final or {@code timeout} runs out, waiting with
     * backoff (1 s doubling to 30 s) while the node is down. Returns the last pass.
     */
    public Pass drain(Network network, Duration timeout, ProgressSink progress) {
        return drain(network, null, timeout, progress);
    }

    /**
     * Like {@link #drain(Network, Duration, ProgressSink)}, but returns as soon as the given rows are
     * final: a stuck transaction of another account (or another task) on the same network does not
     * hold up a deploy, a mint or a send until its time-out. Every open row is still processed.
     */
    public Pass drain(Network network, java.util.Collection<Long> ids, Duration timeout, ProgressSink progress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long wait = 250;
        Pass last;
        while (true) {
            progress.checkCancelled();
            last = process(network);
            int waiting = ids == null ? last.open() : openAmong(ids);
            progress.message(last.nodeDown() ? "Waiting for the node: " + last.problem() : waiting + " transaction(s) waiting");
            if (waiting == 0 || System.nanoTime() > deadline) {
                return last;
            }
            // back off while the node is down or nothing moved (e.g. a transaction the node keeps refusing)
            boolean stuck = last.nodeDown() || last.sent() == 0 && last.mined() == 0;
            wait = stuck ? Math.min(Math.max(wait * 2, 500), 30_000) : 250;
            long left = (deadline - System.nanoTime()) / 1_000_000;
            try {
                Thread.sleep(Math.max(1, Math.min(wait, left)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
        }
    }

    private int openAmong(java.util.Collection<Long> ids) {
        int n = 0;
        for (long id : ids) {
            if (store.byId(id).map(e -> !e.status().isFinal()).orElse(false)) {
                n++;
            }
        }
        return n;
    }

    /** On start: one pass for every network with open rows; unreachable nodes are left for later. */
    public void reconcileAll() {
        for (String id : store.networksWithOpenRows()) {
            Optional<Network> n = networks.byId(id);
            if (n.isEmpty()) {
                continue;
            }
            try {
                Pass p = process(n.get());
                LOG.info("Reconciled {}: {} sent, {} mined, {} open{}", id, p.sent(), p.mined(), p.open(), p.nodeDown() ? " (node down)" : "");
            } catch (AtelierException e) {
                LOG.warn("Could not reconcile the queue for {}: {}", id, e.userMessage());
            }
        }
    }

    private boolean broadcast(EthRpc rpc, TxEntry e) {
        try {
            String hash = rpc.sendRawTransaction(e.raw());
            if (!hash.equalsIgnoreCase(e.hash())) {
                LOG.warn("Node returned hash {} for queued {}", abbreviate(hash), e.shortHash());
            }
            store.markSent(e.id(), null);
            return true;
        } catch (RpcException ex) {
            if (ex.unreachable()) {
                throw ex;
            }
            if (ex.nodeSaid("already known") || ex.nodeSaid("already imported") || ex.nodeSaid("known transaction")) {
                store.markSent(e.id(), null);
                return false;
            }
            if (ex.nodeSaid("nonce too low") || ex.nodeSaid("nonce has already been used") || ex.nodeSaid("old nonce")) {
                settleUsedNonce(rpc, e);
                return false;
            }
            if (ex.nodeSaid("underpriced") && !store.sameNonce(e).isEmpty()) {
                store.markSent(e.id(), null); // a replacement of ours is in the pool; this one stays as a fallback
                return false;
            }
            store.recordAttemptFailure(e.id(), ex.userMessage());
            return false;
        }
    }

    /** The nonce is used: record our transaction that took it, and close the others. */
    private void settleUsedNonce(EthRpc rpc, TxEntry e) {
        Optional<Receipt> own = rpc.receipt(e.hash());
        if (own.isPresent()) {
            record(e, own.get());
            return;
        }
        for (TxEntry sibling : store.sameNonce(e)) {
            Optional<Receipt> r = rpc.receipt(sibling.hash());
            if (r.isPresent()) {
                record(sibling, r.get());
                store.markFinal(e.id(), TxStatus.REPLACED, "Replaced by " + sibling.shortHash());
                return;
            }
        }
        // Receipts can lag behind the account's nonce, and a node may still be indexing the block: only
        // call it dropped when the node does not know the transaction and that has held for a while.
        if (rpc.transaction(e.hash()).isPresent()) {
            return;
        }
        long[] gone = store.noteNonceGone(e.id(), rpc.blockNumber());
        if (gone[0] >= DROP_AFTER_MS || gone[1] >= DROP_AFTER_BLOCKS) {
            store.markFinal(e.id(), TxStatus.DROPPED, "Nonce " + e.nonce() + " was used by a transaction Atelier did not send.");
        }
    }

    private void record(TxEntry e, Receipt r) {
        store.markMined(e.id(), r.blockNumber(), r.success(), r.gasUsed(), r.effectiveGasPrice(), r.contractAddress());
        for (TxEntry sibling : store.sameNonce(e)) {
            store.markFinal(sibling.id(), TxStatus.REPLACED, "Replaced by " + e.shortHash());
        }
    }

    private static void checkChain(Network network, SignedTx tx) {
        if (tx.chainId() != network.chainId()) {
            throw new AtelierException("This transaction is signed for chain " + tx.chainId() + ", but " + network.name()
                    + " is chain " + network.chainId() + ". Choose the matching network; nothing was queued.");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 14 ? s.substring(0, 10) + "…" : s;
    }
}
