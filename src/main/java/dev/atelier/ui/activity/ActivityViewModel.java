package dev.atelier.ui.activity;

import dev.atelier.app.TaskRunner;
import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.chain.rpc.RpcClient;
import dev.atelier.chain.tx.FeeOracle;
import dev.atelier.chain.tx.Replacement;
import dev.atelier.chain.tx.SignedResponses;
import dev.atelier.chain.tx.SignedTx;
import dev.atelier.chain.tx.TxEntry;
import dev.atelier.chain.tx.TxQueue;
import dev.atelier.common.AtelierException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Activity screen: the queue and its history with confirmations. Refreshing first
 * runs a pass over every network with open transactions (send what is queued, record receipts),
 * so the screen is also what finishes the queue after a restart.
 */
public final class ActivityViewModel {
    public static final int HISTORY_LIMIT = 500;

    /** One table row; {@code network} is null when the network was removed; confirmations null when unknown. */
    public record Row(TxEntry entry, Network network, Long confirmations) {
        public String explorerUrl() {
            return network == null ? "" : network.txUrl(entry.hash());
        }
    }

    private final Networks networks;
    private final TxQueue queue;
    private final Supplier<Network> selectedNetwork;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty refreshing = new SimpleBooleanProperty();
    private final BooleanProperty hasOpen = new SimpleBooleanProperty();

    public ActivityViewModel(Networks networks, TxQueue queue, Supplier<Network> selectedNetwork, TaskRunner tasks,
                             Consumer<Throwable> onFailure) {
        this.networks = networks;
        this.queue = queue;
        this.selectedNetwork = selectedNetwork;
        this.tasks = tasks;
        this.onFailure = onFailure;
    }

    private dev.atelier.studio.mint.MintService mints;

    /**
     * Links broadcasts to mints exported for an offline signer: a response to such a request is
     * matched to its batches before it is queued, and every refresh moves those plans along.
     */
    public ActivityViewModel linkMints(dev.atelier.studio.mint.MintService service) {
        this.mints = service;
        return this;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public BooleanProperty refreshingProperty() {
        return refreshing;
    }

    /** True while some transaction is queued or pending (the view then refreshes by itself). */
    public BooleanProperty hasOpenProperty() {
        return hasOpen;
    }

    public Network selectedNetwork() {
        return selectedNetwork.get();
    }

    /** Reads the history at once (no network), then reconciles in the background. */
    public void load() {
        rows.setAll(snapshot(Map.of()));
        hasOpen.set(rows.stream().anyMatch(r -> !r.entry().status().isFinal()));
    }

    public void refresh() {
        if (refreshing.get()) {
            return;
        }
        refreshing.set(true);
        tasks.submit("Checking transactions", p -> {
            queue.reconcileAll();
            if (mints != null) {
                mints.settleOfflinePlans();
            }
            return snapshot(heads());
        }, (List<Row> r) -> {
            refreshing.set(false);
            rows.setAll(r);
            hasOpen.set(r.stream().anyMatch(x -> !x.entry().status().isFinal()));
        }, e -> {
            refreshing.set(false);
            onFailure.accept(e);
        });
    }

    /** Queues and broadcasts pasted raw transactions or a response file's content on the selected network. */
    public void broadcast(String text, String source, Consumer<List<TxEntry>> done) {
        Network n = selectedNetwork.get();
        tasks.submit("Broadcasting", p -> {
            List<SignedTx> txs = SignedResponses.parse(text, source);
            for (SignedTx t : txs) {
                if (t.chainId() != n.chainId()) {
                    throw new AtelierException("A transaction is signed for chain " + t.chainId() + ", but " + n.name() + " is chain "
                            + n.chainId() + ". Select the matching network first; nothing was queued.");
                }
            }
            // a response to a mint exported from Studio → Mint: its batches are linked before anything is queued
            if (mints != null) {
                mints.attachResponseText(text, txs, n);
            }
            List<TxEntry> queued = new ArrayList<>();
            for (SignedTx t : txs) {
                queued.add(queue.submit(n, t, source));
            }
            queue.process(n);
            if (mints != null) {
                mints.settleOfflinePlans();
            }
            return queued;
        }, (List<TxEntry> q) -> {
            done.accept(q);
            refresh();
        }, onFailure);
    }

    /** Plans a speed-up or cancel at today's fast fees; the result is what the signer must sign. */
    public void planReplacement(TxEntry entry, boolean cancel, Consumer<Replacement> done) {
        Optional<Network> n = networks.byId(entry.networkId());
        if (n.isEmpty()) {
            onFailure.accept(new AtelierException("The network of this transaction was removed; add it again to replace the transaction."));
            return;
        }
        tasks.submit(cancel ? "Planning a cancel" : "Planning a speed-up",
                p -> Replacement.plan(entry, cancel, FeeOracle.suggest(networks.rpc(n.get()))), done, onFailure);
    }

    private Map<String, Long> heads() {
        Map<String, Long> heads = new HashMap<>();
        for (TxEntry e : queue.store().recent(HISTORY_LIMIT)) {
            if (e.blockNumber() == null || heads.containsKey(e.networkId())) {
                continue;
            }
            networks.byId(e.networkId()).ifPresent(n -> {
                try {
                    heads.put(n.id(), networks.rpc(n, RpcClient.Policy.QUICK).blockNumber());
                } catch (AtelierException ex) {
                    heads.put(n.id(), null);
                }
            });
        }
        return heads;
    }

    private List<Row> snapshot(Map<String, Long> heads) {
        List<Row> out = new ArrayList<>();
        for (TxEntry e : queue.store().recent(HISTORY_LIMIT)) {
            Network n = networks.byId(e.networkId()).orElse(null);
            Long head = heads.get(e.networkId());
            out.add(new Row(e, n, head == null ? null : e.confirmations(head)));
        }
        return out;
    }
}
