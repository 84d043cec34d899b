package dev.atelier.ui.networks;

import dev.atelier.app.Settings;
import dev.atelier.app.TaskRunner;
import dev.atelier.chain.ConnectionReport;
import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.chain.rpc.RpcClient;
import dev.atelier.chain.sandbox.Sandbox;
import dev.atelier.chain.sandbox.SandboxAccount;
import dev.atelier.chain.sandbox.SandboxStatus;
import dev.atelier.common.AtelierException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Networks screen: the list (presets then custom), the one being looked at, the one
 * selected for the app, connection test results, and the local sandbox with its accounts. Every
 * network or process call runs through the task runner; results land here on the FX thread.
 */
public final class NetworksViewModel {
    /** A sandbox account with its balance (null until read). */
    public record AccountRow(SandboxAccount account, BigInteger balanceWei) {
    }

    private final Networks networks;
    private final java.util.function.Supplier<dev.atelier.vault.Vault> vault;
    private final Settings settings;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;

    private final ObservableList<Network> all = FXCollections.observableArrayList();
    private final ObjectProperty<Network> viewed = new SimpleObjectProperty<>();
    private final ObjectProperty<Network> selected = new SimpleObjectProperty<>();
    private final StringProperty testResult = new SimpleStringProperty("");
    private final BooleanProperty testOk = new SimpleBooleanProperty();
    private final BooleanProperty testing = new SimpleBooleanProperty();
    private final ObjectProperty<SandboxStatus> sandbox = new SimpleObjectProperty<>(SandboxStatus.stopped());
    private final BooleanProperty sandboxBusy = new SimpleBooleanProperty();
    private final BooleanProperty anvilFound = new SimpleBooleanProperty(true);
    private final ObservableList<AccountRow> accounts = FXCollections.observableArrayList();

    public NetworksViewModel(Networks networks, java.util.function.Supplier<dev.atelier.vault.Vault> vault, Settings settings,
                             TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.networks = networks;
        this.vault = vault;
        this.settings = settings;
        this.tasks = tasks;
        this.onFailure = onFailure;
        reload();
        viewed.set(selected.get());
        viewed.addListener((o, a, b) -> {
            testResult.set("");
            testOk.set(false);
        });
    }

    public void reload() {
        all.setAll(networks.all());
        String id = settings.selectedNetwork();
        selected.set(all.stream().filter(n -> n.id().equals(id)).findFirst().orElse(all.get(all.size() - 1)));
    }

    public ObservableList<Network> networks() {
        return all;
    }

    public ObjectProperty<Network> viewedProperty() {
        return viewed;
    }

    public ObjectProperty<Network> selectedProperty() {
        return selected;
    }

    public StringProperty testResultProperty() {
        return testResult;
    }

    public BooleanProperty testOkProperty() {
        return testOk;
    }

    public BooleanProperty testingProperty() {
        return testing;
    }

    public ObjectProperty<SandboxStatus> sandboxProperty() {
        return sandbox;
    }

    public BooleanProperty sandboxBusyProperty() {
        return sandboxBusy;
    }

    public BooleanProperty anvilFoundProperty() {
        return anvilFound;
    }

    public ObservableList<AccountRow> accounts() {
        return accounts;
    }

    public String installHint() {
        return networks.sandbox().installHint();
    }

    /**
     * Puts the sandbox's development accounts into the vault, marked as sandbox accounts (their keys
     * are public), so they can sign deploys and mints on the local chain.
     */
    public void addAccountsToVault(Consumer<Integer> done) {
        dev.atelier.vault.Vault v = vault.get();
        if (v.state() != dev.atelier.vault.VaultState.UNLOCKED) {
            onFailure.accept(new AtelierException(v.state() == dev.atelier.vault.VaultState.NONE
                    ? "There is no vault yet. Create one on the Wallet screen, then add the sandbox accounts."
                    : "The vault is locked. Unlock it on the Wallet screen, then add the sandbox accounts."));
            return;
        }
        int count = Math.max(1, accounts.size());
        tasks.submit("Adding sandbox accounts", p -> v.keys().addSandboxAccounts(count).size(), done::accept, onFailure);
    }

    /** Remembers where anvil is (empty = search PATH and the npm tools) and looks again. */
    public void chooseAnvil(String path) {
        settings.put(Settings.ANVIL_PATH, path == null ? "" : path);
        refreshSandbox();
    }

    public boolean isCustom(Network n) {
        return n != null && networks.isCustom(n);
    }

    public String rpcShown(Network n) {
        if (n == null) {
            return "";
        }
        if (n.isSandbox()) {
            SandboxStatus s = sandbox.get();
            return s.running() ? s.rpcUrl() : "started by Atelier (anvil)";
        }
        return networks.rpcInVault(n) ? "kept in the vault" : n.rpcUrl();
    }

    /** Makes {@code n} the app's network (the header follows through the settings listener). */
    public void use(Network n) {
        settings.setSelectedNetwork(n.id());
        selected.set(n);
    }

    public void test(Network n) {
        testing.set(true);
        testResult.set("Testing…");
        tasks.submit("Testing " + n.name(), p -> networks.test(n), (ConnectionReport r) -> {
            testing.set(false);
            testOk.set(r.chainMatches());
            testResult.set(r.summary() + (r.feeLine().isEmpty() ? "" : "\n" + r.feeLine()));
        }, e -> {
            testing.set(false);
            testOk.set(false);
            testResult.set(e instanceof AtelierException ae ? ae.userMessage() : "The test failed; details are in the log.");
        });
    }

    /** Checks the node and saves the network; {@code done} runs after it was added. */
    public void add(Networks.NewNetwork spec, Consumer<Network> done) {
        tasks.submit("Adding " + spec.name(), p -> networks.add(spec), (Network n) -> {
            reload();
            viewed.set(n);
            done.accept(n);
        }, onFailure);
    }

    public void remove(Network n) {
        networks.remove(n);
        if (selected.get() != null && selected.get().id().equals(n.id())) {
            use(all.stream().filter(Network::isSandbox).findFirst().orElseThrow());
        }
        reload();
        viewed.set(selected.get());
    }

    public void refreshSandbox() {
        Sandbox sb = networks.sandbox();
        tasks.submit("Checking the sandbox", p -> new SandboxSnapshot(sb.anvil().isPresent(), sb.status(), readAccounts(sb)),
                this::apply, onFailure);
    }

    public void startSandbox() {
        sandboxTask("Starting the sandbox", sb -> sb.start(0));
    }

    public void stopSandbox() {
        sandboxTask("Stopping the sandbox", sb -> {
            sb.stop();
            return null;
        });
    }

    public void resetSandbox() {
        sandboxTask("Resetting the sandbox", sb -> sb.reset(0));
    }

    private void sandboxTask(String title, java.util.function.Function<Sandbox, Object> action) {
        Sandbox sb = networks.sandbox();
        sandboxBusy.set(true);
        tasks.submit(title, p -> {
            action.apply(sb);
            return new SandboxSnapshot(sb.anvil().isPresent(), sb.status(), readAccounts(sb));
        }, snapshot -> {
            sandboxBusy.set(false);
            apply(snapshot);
        }, e -> {
            sandboxBusy.set(false);
            anvilFound.set(sb.anvil().isPresent());
            onFailure.accept(e);
        });
    }

    private record SandboxSnapshot(boolean anvilFound, SandboxStatus status, List<AccountRow> accounts) {
    }

    private void apply(SandboxSnapshot s) {
        anvilFound.set(s.anvilFound());
        sandbox.set(s.status());
        accounts.setAll(s.accounts());
    }

    private static List<AccountRow> readAccounts(Sandbox sb) {
        List<AccountRow> out = new ArrayList<>();
        SandboxStatus s = sb.status();
        if (!s.running()) {
            return out;
        }
        EthRpc rpc = new EthRpc(new RpcClient(s.rpcUrl(), RpcClient.Policy.QUICK));
        for (SandboxAccount a : sb.accounts()) {
            BigInteger balance;
            try {
                balance = rpc.balance(a.address());
            } catch (AtelierException e) {
                balance = null;
            }
            out.add(new AccountRow(a, balance));
        }
        return out;
    }
}
