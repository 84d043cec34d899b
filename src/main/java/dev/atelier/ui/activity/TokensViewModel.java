package dev.atelier.ui.activity;

import dev.atelier.app.TaskRunner;
import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.common.AtelierException;
import dev.atelier.studio.CatalogStore;
import dev.atelier.studio.Collection;
import dev.atelier.studio.CollectionSummary;
import dev.atelier.studio.mint.HoldingsStore;
import dev.atelier.studio.mint.TokenManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of Activity → Tokens: who holds each minted token, and the token movements, as last read
 * back from the contracts' Transfer/TransferSingle/TransferBatch logs (the tables the read-back of
 * Studio → Mint → Manage writes). "Refresh from chain" reads every deployed collection's new logs.
 */
public final class TokensViewModel {
    public static final int LIMIT = 5_000;

    /** One holding: the collection, the holder and balance, and the movement that brought it (null when not stored). */
    public record Holding(Collection collection, HoldingsStore.HoldingRow row, Network network) {
        public String explorerUrl() {
            return network == null || row.txHash() == null ? "" : network.txUrl(row.txHash());
        }
    }

    /** One movement (mint, transfer, burn) of a collection's token. */
    public record Movement(Collection collection, HoldingsStore.StoredMovement move, Network network) {
        public String explorerUrl() {
            return network == null ? "" : network.txUrl(move.txHash());
        }

        public String kind() {
            return move.isMint() ? "Mint" : move.isBurn() ? "Burn" : "Transfer";
        }
    }

    private final CatalogStore catalog;
    private final Networks networks;
    private final TokenManager tokens;
    private final Supplier<Network> selectedNetwork;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ObservableList<Holding> holdings = FXCollections.observableArrayList();
    private final ObservableList<Movement> movements = FXCollections.observableArrayList();
    private final BooleanProperty reading = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");

    public TokensViewModel(CatalogStore catalog, Networks networks, TokenManager tokens, Supplier<Network> selectedNetwork,
                           TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.catalog = catalog;
        this.networks = networks;
        this.tokens = tokens;
        this.selectedNetwork = selectedNetwork;
        this.tasks = tasks;
        this.onFailure = onFailure;
    }

    public ObservableList<Holding> holdings() {
        return holdings;
    }

    public ObservableList<Movement> movements() {
        return movements;
    }

    public BooleanProperty readingProperty() {
        return reading;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Collections with a deployed contract (the ones there is something to read for). */
    public List<Collection> deployed() {
        return catalog.collections().stream().map(CollectionSummary::collection).filter(c -> !c.contractAddress().isBlank()).toList();
    }

    /** Reads what studio.db holds (no network). */
    public void load() {
        Map<Long, Collection> byId = new HashMap<>();
        catalog.collections().forEach(s -> byId.put(s.collection().id(), s.collection()));
        Map<Long, Network> nets = new HashMap<>();
        for (Collection c : byId.values()) {
            tokens.holdings().scan(c.id()).flatMap(s -> networks.byId(s.networkId())).ifPresent(n -> nets.put(c.id(), n));
        }
        List<Holding> h = new ArrayList<>();
        for (HoldingsStore.HoldingRow r : tokens.holdings().allHoldings(LIMIT)) {
            Collection c = byId.get(r.collectionId());
            if (c != null) {
                h.add(new Holding(c, r, nets.get(c.id())));
            }
        }
        List<Movement> m = new ArrayList<>();
        for (HoldingsStore.StoredMovement mv : tokens.holdings().recentMovements(0, LIMIT)) {
            Collection c = byId.get(mv.collectionId());
            if (c != null) {
                m.add(new Movement(c, mv, nets.get(c.id())));
            }
        }
        holdings.setAll(h);
        movements.setAll(m);
    }

    /**
     * Reads every deployed collection's token movements since the last read (paged eth_getLogs),
     * each on the network it was read on before, else its own, else the selected one. A collection
     * whose node does not answer is named in the status; the others are still read.
     */
    public void refreshFromChain() {
        if (reading.get()) {
            return;
        }
        List<Collection> todo = deployed();
        if (todo.isEmpty()) {
            status.set("No collection has a contract yet: deploy and mint one in Studio → Mint first.");
            return;
        }
        reading.set(true);
        status.set("Reading " + todo.size() + " collection(s) from the chain…");
        tasks.submit("Reading tokens from the chain", sink -> {
            int moves = 0;
            List<String> failed = new ArrayList<>();
            for (int i = 0; i < todo.size(); i++) {
                sink.checkCancelled();
                Collection c = todo.get(i);
                sink.progress(i, todo.size());
                Network n = tokens.holdings().scan(c.id()).flatMap(s -> networks.byId(s.networkId()))
                        .or(() -> networks.byId(c.network())).orElseGet(selectedNetwork);
                try {
                    moves += tokens.readBack(c, n, false, sink).movements();
                } catch (AtelierException e) {
                    failed.add(c.name() + " (" + e.userMessage() + ")");
                }
            }
            sink.progress(todo.size(), todo.size());
            return "Read " + (todo.size() - failed.size()) + " collection(s): " + moves + " new movement(s)."
                    + (failed.isEmpty() ? "" : " Not read: " + String.join("; ", failed));
        }, (String done) -> {
            reading.set(false);
            load();
            status.set(done);
        }, e -> {
            reading.set(false);
            status.set("");
            onFailure.accept(e);
        });
    }
}
