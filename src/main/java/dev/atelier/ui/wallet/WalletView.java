package dev.atelier.ui.wallet;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.atelier.ui.UiServices;
import dev.atelier.ui.common.EmptyState;
import dev.atelier.vault.Account;
import dev.atelier.vault.AccountKind;
import dev.atelier.vault.Secrets;
import dev.atelier.vault.VaultState;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Wallet screen: with no vault, an empty state whose action creates one; otherwise the unlock bar
 * (when locked), the backup reminder, the toolbar, the accounts table and the selected account's
 * details (address with copy button and QR code, kind, path, label, export and reveal).
 */
public final class WalletView extends StackPane {
    private final WalletViewModel vm;
    private final VaultDialogs vaultDialogs;
    private final HdWalletDialogs walletDialogs;
    private final ImportDialogs importDialogs;
    private final AccountActions accountActions;
    private final RevealDialogs revealDialogs;
    private final EmptyState empty;
    private final BorderPane content = new BorderPane();
    private final VBox top = new VBox(10);
    private final HBox unlockBar;
    private final Message reminderMessage = new Message();
    private final HBox reminder = new HBox(10);
    private final VBox detail = new VBox(12);

    public WalletView(WalletViewModel vm, UiServices ui, Runnable onHelp) {
        this.vm = vm;
        this.vaultDialogs = new VaultDialogs(vm, ui);
        this.walletDialogs = new HdWalletDialogs(vm, ui);
        this.importDialogs = new ImportDialogs(vm, ui);
        this.accountActions = new AccountActions(vm, ui);
        this.revealDialogs = new RevealDialogs(vm, ui);
        getStyleClass().addAll("screen", "wallet-screen");
        empty = new EmptyState("mdi2w-wallet-outline", "Your keys, on this machine",
                "Create an encrypted vault to hold HD wallets, imported keys and watch-only accounts; nothing leaves this computer.",
                "Create a vault", vaultDialogs::createVault);

        unlockBar = unlockBar();
        reminderMessage.setId("backup-reminder");
        reminderMessage.getStyleClass().add(Styles.WARNING);
        reminderMessage.setTitle("Back up your vault");
        reminderMessage.setGraphic(new FontIcon("mdi2c-content-save-alert-outline"));
        Button backupNow = new Button("Back up now", new FontIcon("mdi2c-content-save-outline"));
        backupNow.setId("backup-now");
        backupNow.setMinWidth(Region.USE_PREF_SIZE);
        backupNow.setOnAction(e -> vaultDialogs.backup());
        HBox.setHgrow(reminderMessage, Priority.ALWAYS);
        reminder.getChildren().addAll(reminderMessage, backupNow);
        reminder.setAlignment(Pos.CENTER_LEFT);
        top.getChildren().addAll(title(), toolbar());
        content.setTop(top);
        content.setCenter(body());
        BorderPane.setMargin(content.getCenter(), new Insets(10, 0, 0, 0));

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label busyText = new Label();
        busyText.textProperty().bind(vm.busyTextProperty());
        VBox busy = new VBox(10, spinner, busyText);
        busy.setId("wallet-busy");
        busy.setAlignment(Pos.CENTER);
        busy.getStyleClass().add("wallet-busy");
        busy.visibleProperty().bind(vm.busyProperty());
        busy.setMouseTransparent(false);

        getChildren().addAll(empty, content, busy);
        vm.stateProperty().addListener((o, a, b) -> layoutFor(b));
        vm.keysSinceBackupProperty().addListener((o, a, b) -> layoutFor(vm.stateProperty().get()));
        vm.selectedProperty().addListener((o, a, b) -> showDetail(b));
        vm.vault().addStateListener(s -> Platform.runLater(vm::refresh));
        vm.vault().addChangeListener(() -> Platform.runLater(vm::refresh));
        layoutFor(vm.stateProperty().get());
        showDetail(null);
    }

    private void layoutFor(VaultState s) {
        empty.setVisible(s == VaultState.NONE);
        content.setVisible(s != VaultState.NONE);
        top.getChildren().removeAll(unlockBar, reminder);
        if (s == VaultState.LOCKED) {
            top.getChildren().add(1, unlockBar);
        }
        String r = vm.backupReminder();
        if (s == VaultState.UNLOCKED && r != null) {
            reminderMessage.setDescription(r);
            top.getChildren().add(1, reminder);
        }
    }

    private Node title() {
        Label t = new Label("Wallet");
        t.getStyleClass().add(Styles.TITLE_3);
        Label state = new Label();
        state.setId("wallet-state");
        state.textProperty().bind(vm.stateProperty().map(s -> switch (s) {
            case NONE -> "";
            case LOCKED -> "Locked — unlock to add, derive, sign or export";
            case UNLOCKED -> "Unlocked — locks after the idle time in Settings (Ctrl+L now)";
        }));
        state.getStyleClass().add(Styles.TEXT_MUTED);
        HBox h = new HBox(14, t, state);
        h.setAlignment(Pos.BASELINE_LEFT);
        return h;
    }

    private HBox unlockBar() {
        PasswordField pass = Forms.secret("unlock-passphrase", "Vault passphrase");
        pass.setPrefWidth(320);
        Button unlock = new Button("Unlock", new FontIcon("mdi2l-lock-open-variant-outline"));
        unlock.setId("unlock-button");
        unlock.getStyleClass().add(Styles.ACCENT);
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(pass.textProperty().isEmpty().or(vm.busyProperty()));
        Runnable doUnlock = () -> {
            char[] p = Forms.take(pass);
            vm.run("Unlocking the vault", progress -> {
                try {
                    return vm.vault().unlock(p, progress);
                } finally {
                    Secrets.wipe(p);
                }
            }, damage -> {
                if (!damage.isEmpty()) {
                    vaultDialogs.showDamage(damage);
                }
            });
        };
        unlock.setOnAction(e -> doUnlock.run());
        pass.setOnAction(e -> {
            if (!pass.getText().isEmpty()) {
                doUnlock.run();
            }
        });
        Button restore = new Button("Restore a backup…");
        restore.getStyleClass().add(Styles.FLAT);
        restore.setOnAction(e -> vaultDialogs.restoreBackup());
        HBox bar = new HBox(10, new FontIcon("mdi2l-lock-outline"), pass, unlock, restore);
        bar.setId("unlock-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("unlock-bar");
        return bar;
    }

    private Node toolbar() {
        var locked = vm.stateProperty().isNotEqualTo(VaultState.UNLOCKED).or(vm.busyProperty());
        Button newWallet = tool("new-wallet", "New HD wallet", "mdi2w-wallet-plus-outline", walletDialogs::newWallet, locked);
        Button restore = tool("restore-wallet", "Restore words", "mdi2b-backup-restore", walletDialogs::restoreWallet, locked);
        Button derive = tool("derive", "Derive", "mdi2f-file-tree-outline", walletDialogs::derive,
                locked.or(Bindings.isEmpty(vm.wallets())));
        Button importKey = tool("import-key", "Import key", "mdi2k-key-plus", importDialogs::importKey, locked);
        Button importKs = tool("import-keystore", "Import keystore", "mdi2f-file-key-outline", importDialogs::importKeystore, locked);
        Button watch = tool("watch", "Watch address", "mdi2e-eye-outline", importDialogs::watch, locked);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button backup = tool("backup", "Back up", "mdi2c-content-save-outline", vaultDialogs::backup, locked);
        MenuItem restoreBackup = new MenuItem("Restore a backup…", new FontIcon("mdi2f-file-restore-outline"));
        restoreBackup.setId("restore-backup");
        restoreBackup.setOnAction(e -> vaultDialogs.restoreBackup());
        MenuItem change = new MenuItem("Change passphrase…", new FontIcon("mdi2f-form-textbox-password"));
        change.setId("change-passphrase");
        change.setOnAction(e -> vaultDialogs.changePassphrase());
        MenuButton more = new MenuButton(null, new FontIcon("mdi2d-dots-vertical"), restoreBackup, change);
        more.setId("vault-menu");
        more.getStyleClass().add(atlantafx.base.theme.Tweaks.NO_ARROW);
        more.setTooltip(new Tooltip("Restore a backup, change the passphrase"));
        more.disableProperty().bind(vm.busyProperty());
        Button lock = tool("lock", "Lock", "mdi2l-lock-outline", () -> vm.vault().lock(),
                vm.stateProperty().isNotEqualTo(VaultState.UNLOCKED));
        lock.setTooltip(new Tooltip("Lock the vault now (Ctrl+L)"));
        ToolBar bar = new ToolBar(newWallet, restore, derive, importKey, importKs, watch, spacer, backup, lock, more);
        bar.getStyleClass().add("wallet-toolbar");
        return bar;
    }

    private static Button tool(String id, String text, String icon, Runnable action, javafx.beans.value.ObservableBooleanValue disabled) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.disableProperty().bind(disabled);
        return b;
    }

    private Node body() {
        TableView<Account> table = new TableView<>(vm.accounts());
        table.setId("accounts-table");
        Label placeholder = new Label("No accounts yet. Create or restore an HD wallet, import a key, or watch an address.");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(360);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(placeholder);
        TableColumn<Account, String> label = column("Label", a -> a.label(), 160);
        label.setMinWidth(90);
        TableColumn<Account, String> address = column("Address", a -> a.address().toChecksumHex(), 360);
        address.getStyleClass().add("monospace-column");
        address.setCellFactory(c -> new FullTextCell());
        TableColumn<Account, String> kind = column("Kind", a -> kindText(a.kind()), 96);
        kind.setMinWidth(96);
        TableColumn<Account, String> path = column("Path", a -> a.derivationPath() == null ? "—" : a.derivationPath(), 140);
        path.setMinWidth(80);
        table.getColumns().setAll(java.util.List.of(label, address, kind, path));
        // Label, kind and path share the width; the address never gives any up (see FullTextCell). When
        // even their minimum widths do not fit (a narrow window), the table scrolls sideways instead of
        // cutting columns off.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Runnable fitPolicy = () -> {
            double needed = table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + 4;
            var policy = table.getWidth() < needed ? TableView.UNCONSTRAINED_RESIZE_POLICY
                    : TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS;
            if (table.getColumnResizePolicy() != policy) {
                table.setColumnResizePolicy(policy);
            }
        };
        table.widthProperty().addListener((o, a, b) -> fitPolicy.run());
        address.minWidthProperty().addListener((o, a, b) -> fitPolicy.run());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
        detail.setId("account-detail");
        detail.getStyleClass().add("account-detail");
        detail.setPadding(new Insets(4, 4, 4, 16));
        detail.setMinWidth(DETAIL_WIDTH);
        detail.setPrefWidth(DETAIL_WIDTH);
        SplitPane split = new SplitPane(table, detail);
        // The details keep their width when the window grows or shrinks; the table takes the rest.
        SplitPane.setResizableWithParent(detail, false);
        split.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 0) {
                    split.setDividerPositions(Math.max(0.4, 1 - DETAIL_WIDTH / now.doubleValue()));
                    split.widthProperty().removeListener(this);
                }
            }
        });
        return split;
    }

    private static final double DETAIL_WIDTH = 360;

    /**
     * A cell that sizes its column to show the whole text (every address has 42 characters in the same
     * monospace font), measured with the cell's own font so the UI scale setting is followed.
     */
    private static final class FullTextCell extends javafx.scene.control.TableCell<Account, String> {
        FullTextCell() {
            fontProperty().addListener((o, a, b) -> fit());
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            fit();
        }

        private void fit() {
            String item = getItem();
            TableColumn<Account, String> col = getTableColumn();
            if (item == null || col == null) {
                return;
            }
            javafx.scene.text.Text t = new javafx.scene.text.Text(item);
            t.setFont(getFont());
            double w = Math.ceil(t.getLayoutBounds().getWidth() + snappedLeftInset() + snappedRightInset() + 8);
            if (Math.abs(col.getMinWidth() - w) > 1) {
                col.setMinWidth(w);
                col.setPrefWidth(w);
                col.setMaxWidth(w);
            }
        }
    }

    private static TableColumn<Account, String> column(String title, java.util.function.Function<Account, String> value, double width) {
        TableColumn<Account, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    static String kindText(AccountKind k) {
        return switch (k) {
            case HD -> "HD";
            case IMPORTED -> "Imported";
            case WATCH_ONLY -> "Watch-only";
            case SANDBOX -> "Sandbox";
        };
    }

    private void showDetail(Account a) {
        detail.getChildren().clear();
        if (a == null) {
            Label hint = new Label("Select an account to see its address as a QR code, copy it, rename it, export or reveal its key.");
            hint.setWrapText(true);
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            detail.getChildren().add(hint);
            return;
        }
        String addr = a.address().toChecksumHex();
        Label address = new Label(addr);
        address.setId("detail-address");
        address.setWrapText(true);
        address.getStyleClass().addAll("monospace", "detail-address", Styles.TEXT_BOLD);
        Button copy = new Button("Copy address", new FontIcon("mdi2c-content-copy"));
        copy.setId("copy-address");
        copy.setOnAction(e -> accountActions.copyAddress(a));
        ImageView qr = new ImageView(AddressQr.of(addr, 164));
        qr.setId("address-qr");
        qr.setFitWidth(164);
        qr.setFitHeight(164);
        Label kind = new Label(kindText(a.kind()) + (a.derivationPath() == null ? "" : "  ·  " + a.derivationPath()));
        kind.getStyleClass().add(Styles.TEXT_MUTED);
        TextField labelField = new TextField(a.label());
        labelField.setId("label-field");
        labelField.setPromptText("Label");
        labelField.setOnAction(e -> accountActions.rename(a, labelField.getText()));
        Button save = new Button("Rename");
        save.setOnAction(e -> accountActions.rename(a, labelField.getText()));
        HBox labelRow = new HBox(8, labelField, save);
        HBox.setHgrow(labelField, Priority.ALWAYS);
        var locked = vm.stateProperty().isNotEqualTo(VaultState.UNLOCKED).or(vm.busyProperty());
        Button export = new Button("Export keystore…", new FontIcon("mdi2f-file-export-outline"));
        export.setId("export-keystore");
        export.setOnAction(e -> accountActions.exportKeystore(a));
        Button revealKey = new Button("Reveal private key…", new FontIcon("mdi2e-eye-off-outline"));
        revealKey.setId("reveal-key");
        revealKey.setOnAction(e -> revealDialogs.revealKey(a));
        revealKey.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.DANGER);
        export.disableProperty().bind(locked);
        revealKey.disableProperty().bind(export.disableProperty());
        detail.getChildren().addAll(address, copy, qr, kind, labelRow);
        if (a.canSign()) {
            detail.getChildren().addAll(export, revealKey);
        } else {
            detail.getChildren().add(Forms.note("Watch-only: the vault has this address but no key, so there is nothing to "
                    + "export or reveal, and it cannot sign.", Styles.TEXT_MUTED));
        }
        if (a.kind() == AccountKind.HD) {
            Button words = new Button("Reveal recovery words…", new FontIcon("mdi2f-format-list-numbered"));
            words.setId("reveal-words");
            words.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.DANGER);
            words.disableProperty().bind(locked);
            words.setOnAction(e -> revealDialogs.revealWords(a));
            detail.getChildren().add(words);
        }
        if (a.kind() == AccountKind.SANDBOX) {
            detail.getChildren().add(Forms.note("A public development key of the local sandbox chain: anyone can spend from it. "
                    + "Never send real funds to it.", Styles.WARNING));
        }
    }
}
