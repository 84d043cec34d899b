package dev.atelier.ui.mint;

import dev.atelier.app.AppContext;
import dev.atelier.app.TaskHandle;
import dev.atelier.app.TaskRunner;
import dev.atelier.chain.Network;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Signer;
import dev.atelier.studio.Collection;
import dev.atelier.studio.Item;
import dev.atelier.studio.mint.MintPlan;
import dev.atelier.studio.mint.HoldingsStore;
import dev.atelier.studio.mint.MintService;
import dev.atelier.studio.mint.TokenManager;
import dev.atelier.chain.tx.TxEntry;
import java.math.BigInteger;
import dev.atelier.vault.Account;
import dev.atelier.vault.VaultState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of Studio → Mint: the collection (deployed or not), where and from which account, progress
 * of the running plan, and pause (cancel between batches; minting again resumes the plan).
 */
public final class MintViewModel {
    private final AppContext app;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final MintService service;
    private final TokenManager tokens;
    private final ObjectProperty<Collection> collection = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final javafx.beans.property.IntegerProperty revision = new javafx.beans.property.SimpleIntegerProperty();
    private TaskHandle handle;

    public MintViewModel(AppContext app, Collection c, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.app = app;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.service = new MintService(app.studio().store(), app.networks(), app.txQueue());
        this.tokens = service.tokens();
        collection.set(c);
    }

    public ObjectProperty<Collection> collectionProperty() {
        return collection;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Bumped after every finished task: views re-read holders and items. */
    public javafx.beans.property.ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public List<Network> networks() {
        return app.networks().all();
    }

    public Network defaultNetwork() {
        return app.networks().byId(collection.get().network()).orElse(app.selectedNetwork());
    }

    /** Accounts that can sign, or empty when the vault is locked. */
    public List<Account> accounts() {
        return app.vault().state() == VaultState.UNLOCKED ? app.vault().accounts().stream().filter(Account::canSign).toList() : List.of();
    }

    /** Where exported signing requests are proposed: the home's requests folder. */
    public java.nio.file.Path requestsFolder() {
        return app.paths().home().resolve("requests");
    }

    public boolean vaultUnlocked() {
        return app.vault().state() == VaultState.UNLOCKED;
    }

    /**
     * The newest unfinished plan of this collection (paused, or cut off by a crash or a kill), so the
     * dialog can offer to finish it; {@link #mint} resumes it for the same network, account and recipient.
     */
    public java.util.Optional<MintPlan> interruptedPlan() {
        return service.plans().unfinished(collection.get().id()).stream().filter(p -> !service.plans().hasExports(p.id())).findFirst();
    }

    /** How many items of this collection were exported for an offline signer and wait for the signed response. */
    public int awaitingResponse() {
        return service.plans().unfinished(collection.get().id()).stream().filter(p -> service.plans().hasExports(p.id()))
                .mapToInt(p -> service.plans().progress(p.id()).exported()).sum();
    }

    /**
     * The air-gapped flow from the GUI: writes the mint of {@code items} to {@code to} as one signing
     * request (the same service as 'atelier mint export-request'), sent from the contract's owner as
     * the chain reports it (the offline account). The items are recorded as exported, so neither Mint
     * nor a second export takes them again. {@code done} gets the request's file and purpose.
     */
    public void exportRequest(Network n, Address to, List<Item> items, java.nio.file.Path out,
                              Consumer<dev.atelier.signing.file.SigningRequest> done) {
        Collection c = collection.get();
        if (c.contractAddress().isBlank()) {
            throw new AtelierException(c.name() + " has no contract yet. Deploy it first.");
        }
        // checked before anything is planned: a request that cannot be written must not set the items aside
        java.nio.file.Path folder = out.toAbsolutePath().getParent();
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new AtelierException("Cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
        if (!java.nio.file.Files.isWritable(folder) || java.nio.file.Files.isDirectory(out)) {
            throw new AtelierException("Cannot write " + out + ". Choose another place for the signing request.");
        }
        start("Exporting the mint of " + c.name(), sink -> {
            sink.message("Reading the contract's owner and planning the batches…");
            Address owner = dev.atelier.chain.contracts.TokenCalls.contractOwner(app.networks().rpc(n), Address.parse(c.contractAddress()));
            dev.atelier.signing.file.SigningRequest r = service.exportRequest(c, items, to, owner, n, out);
            Platform.runLater(() -> done.accept(r));
            return "Wrote " + out.getFileName() + ": " + r.items().size() + " transaction(s) from " + owner
                    + " to sign offline. Then broadcast the response on Activity.";
        });
    }

    public MintPlan.Progress progress(MintPlan plan) {
        return service.plans().progress(plan.id());
    }

    public void deploy(Network n, Address from) {
        Signer signer = signer(from);
        start("Deploying " + collection.get().name(), sink -> {
            Collection c = service.deploy(collection.get(), n, signer, Duration.ofMinutes(10), sink);
            Platform.runLater(() -> collection.set(c));
            return "Deployed at " + c.contractAddress();
        });
    }

    /** Resumes this recipient's unfinished plan(s), then plans and mints the chosen items not minted yet. */
    public void mint(Network n, Address from, Address to, List<Item> items) {
        Signer signer = signer(from);
        Collection c = collection.get();
        start("Minting " + c.name(), sink -> {
            List<Long> plans = new ArrayList<>();
            for (MintPlan p : service.plans().unfinished(c.id())) {
                if (p.recipient().equals(to) && p.networkId().equals(n.id()) && p.sender().equals(from) && !service.plans().hasExports(p.id())) {
                    plans.add(p.id());
                }
            }
            for (long id : plans) {
                service.runner().run(id, signer, Duration.ofMinutes(10), sink);
            }
            try {
                long id = service.plan(c, items, to, from, n);
                plans.add(id);
                service.runner().run(id, signer, Duration.ofMinutes(10), sink);
            } catch (AtelierException e) {
                if (plans.isEmpty()) {
                    throw e;
                }
            }
            int confirmed = 0;
            int problems = 0;
            for (long id : plans) {
                confirmed += service.plans().progress(id).confirmed();
                problems += service.verify(id).size();
            }
            return "Minted " + confirmed + " item(s) to " + to + (problems == 0 ? " — checked on chain." : "; " + problems
                    + " not found on chain, see the log.");
        });
    }

    // ---- Manage: tokens of the deployed collection ----

    /** The holders of a token as last read back from the chain. */
    public List<HoldingsStore.Holding> holders(Item it) {
        return it == null ? List.of() : tokens.holdings().holders(collection.get().id(), it.tokenId());
    }

    /** Reads the contract's new token movements (paged eth_getLogs) into studio.db. */
    public void readBack(Network n, boolean rescan) {
        Collection c = collection.get();
        start("Reading " + c.name() + " from the chain", sink -> {
            TokenManager.ReadBack r = tokens.readBack(c, n, rescan, sink);
            return "Read blocks " + r.fromBlock() + "–" + r.toBlock() + ": " + r.movements() + " new movement(s), "
                    + r.tokensHeld() + " token(s) held.";
        });
    }

    public void transfer(Network n, Address from, Item it, Address to, BigInteger amount) {
        Signer signer = signer(from);
        manage("Transferring token #" + need(it).tokenId(), "Transferred", n, () -> tokens.transfer(collection.get(), n, signer, it.tokenId().value(),
                to, amount));
    }

    public void burn(Network n, Address from, Item it, BigInteger amount) {
        Signer signer = signer(from);
        manage("Burning token #" + need(it).tokenId(), "Burned", n, () -> tokens.burn(collection.get(), n, signer, it.tokenId().value(), amount));
    }

    public void updateMetadata(Network n, Address from, Item it, String uri) {
        Signer signer = signer(from);
        manage("Updating the metadata of token #" + need(it).tokenId(), "Metadata updated", n, () -> tokens.updateMetadata(collection.get(), n, signer,
                it.tokenId().value(), uri));
    }

    public void setRoyalty(Network n, Address from, Address receiver, int bps) {
        Signer signer = signer(from);
        manage("Setting the royalty to " + bps / 100.0 + " %", "Royalty set", n, () -> tokens.setRoyalty(collection.get(), n, signer, receiver, bps));
    }

    /** The URI the item has in the collection's current package, or "" before packaging. */
    public String packagedUri(Item it) {
        Collection c = collection.get();
        return it == null || c.baseUri().isBlank() ? "" : TokenManager.packagedUri(c, it.tokenId());
    }

    private static Item need(Item it) {
        if (it == null) {
            throw new AtelierException("Select an item in the Studio first.");
        }
        return it;
    }

    /** One token transaction, then the read-back so owners and balances show the change. */
    private void manage(String title, String done, Network n, java.util.function.Supplier<TxEntry> tx) {
        Collection c = collection.get();
        start(title, sink -> {
            TxEntry e = tx.get();
            tokens.readBack(c, n, false, sink);
            return done + ": " + e.shortHash() + " mined in block " + e.blockNumber() + ".";
        });
    }

    /** Stops after the current batch; Mint resumes from there. */
    public void pause() {
        if (handle != null) {
            handle.cancel();
            status.set("Paused. Mint again to resume: nothing is minted twice.");
        }
    }

    private Signer signer(Address from) {
        if (!vaultUnlocked()) {
            throw new AtelierException("Unlock the vault on the Wallet screen to sign deployments and mints.");
        }
        return app.vault().signer(from);
    }

    private interface Work {
        String run(ProgressSink sink) throws Exception;
    }

    private void start(String title, Work work) {
        running.set(true);
        progress.set(-1);
        status.set(title + "…");
        handle = tasks.submit(title, task -> work.run(new ProgressSink() {
            @Override
            public void progress(double done, double total) {
                task.progress(done, total);
                Platform.runLater(() -> progress.set(total <= 0 ? -1 : done / total));
            }

            @Override
            public void message(String text) {
                task.message(text);
                Platform.runLater(() -> status.set(text));
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        }), (String done) -> {
            running.set(false);
            progress.set(1);
            status.set(done);
            revision.set(revision.get() + 1);
        }, e -> {
            running.set(false);
            progress.set(0);
            status.set("");
            onFailure.accept(e);
        });
    }
}
