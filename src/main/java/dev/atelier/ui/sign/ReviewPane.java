package dev.atelier.ui.sign;

import atlantafx.base.theme.Styles;
import dev.atelier.crypto.Address;
import dev.atelier.signing.ChainDirectory;
import dev.atelier.signing.ItemReview;
import dev.atelier.signing.Reviewer;
import dev.atelier.signing.SigningItem;
import dev.atelier.signing.Warning;
import dev.atelier.vault.Account;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The review of an open request: what it is for, which network, the items (a summary table for a
 * batch), the details of the selected item, the warnings, and the Approve bar with progress.
 */
final class ReviewPane extends BorderPane {
    private final SignViewModel vm;
    private final StackPane details = new StackPane();
    private final VBox body = new VBox(14);
    private ScrollPane scroll;

    ReviewPane(SignViewModel vm, SignSession s, Runnable onApprove, Runnable onClose) {
        this.vm = vm;
        setId("review-pane");
        ChainDirectory chains = vm.app().chainDirectory();
        long selected = vm.app().selectedNetwork().chainId();
        Reviewer names = new Reviewer(vm.app().contacts(), chains, vm.signingAccounts(), selected);

        body.setPadding(new Insets(4, 4, 16, 4));
        Label purpose = new Label(s.request().purpose().isBlank() ? "Signing request" : s.request().purpose());
        purpose.getStyleClass().add(Styles.TITLE_3);
        purpose.setId("request-purpose");
        purpose.setWrapText(true);
        long chain = s.request().chainId();
        Label network = new Label(chains.describe(chain), new FontIcon(chain == selected ? "mdi2l-lan-connect" : "mdi2l-lan-disconnect"));
        network.setId("request-network");
        network.getStyleClass().add(chain == selected ? Styles.SUCCESS : Styles.DANGER);
        Label meta = new Label(s.reviews().size() + (s.reviews().size() == 1 ? " item" : " items") + " · from " + s.source()
                + " · request " + s.request().digest().substring(0, 12) + "…");
        meta.getStyleClass().add("text-muted");
        meta.setWrapText(true);
        HBox header = new HBox(16, network, meta);
        header.setAlignment(Pos.CENTER_LEFT);
        body.getChildren().addAll(purpose, header);

        if (s.missingAccount() || vm.accountProperty().get() != null) {
            body.getChildren().add(accountChooser());
        }
        if (s.isBatch()) {
            BatchTable table = new BatchTable(s.reviews(), chains, ReviewPane::recipient);
            body.getChildren().add(table);
            WarningsBox all = new WarningsBox(summarize(s.reviews()), s.needsAcknowledgement(), vm, "");
            body.getChildren().add(all);
            Label pick = new Label("Select a row to see that item in full.");
            pick.getStyleClass().add("text-muted");
            details.getChildren().setAll(pick);
            body.getChildren().addAll(new Separator(), details);
            table.table().getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
                if (b != null) {
                    VBox one = new VBox(10, new ItemDetails(b, chains, names::describe), new WarningsBox(b.warnings(), false, vm,
                            "Item " + (b.index() + 1) + ": "));
                    details.getChildren().setAll(one);
                }
            });
        } else {
            ItemReview r = s.reviews().get(0);
            body.getChildren().addAll(new ItemDetails(r, chains, names::describe), new WarningsBox(r.warnings(), r.needsAcknowledgement(), vm, ""));
        }
        scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);

        VBox bottom = new VBox(10);
        bottom.getStyleClass().add("approve-bar");
        bottom.setPadding(new Insets(12, 0, 0, 0));
        ProgressBar progress = new ProgressBar();
        progress.setId("sign-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label hint = new Label();
        hint.setId("approve-hint");
        hint.textProperty().bind(vm.approveHintProperty());
        hint.getStyleClass().add("text-muted");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button cancel = new Button("Cancel", new FontIcon("mdi2s-stop-circle-outline"));
        cancel.setId("cancel-signing");
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        Button close = new Button("Close", new FontIcon("mdi2c-close"));
        close.setId("close-request");
        close.setOnAction(e -> onClose.run());
        Button approve = new Button("Approve and sign", new FontIcon("mdi2c-check-bold"));
        approve.setId("approve");
        approve.getStyleClass().add(Styles.SUCCESS);
        approve.disableProperty().bind(vm.canApproveProperty().not());
        approve.setOnAction(e -> onApprove.run());
        approve.visibleProperty().bind(vm.resultProperty().isNull());
        approve.managedProperty().bind(approve.visibleProperty());
        HBox actions = new HBox(10, hint, grow, cancel, close, approve);
        actions.setAlignment(Pos.CENTER_RIGHT);
        bottom.getChildren().addAll(progress, actions);
        setBottom(bottom);
    }

    /** Shows the result above the review (which stays readable below it). */
    void showResult(javafx.scene.Node result) {
        body.getChildren().add(0, result);
        body.getChildren().add(1, new Separator());
        scroll.setVvalue(0);
    }

    private HBox accountChooser() {
        ComboBox<Account> box = new ComboBox<>();
        box.setId("account-choice");
        box.getItems().setAll(vm.signingAccounts());
        box.setCellFactory(l -> TextEntryDialogs.accountCell());
        box.setButtonCell(TextEntryDialogs.accountCell());
        box.setPromptText(vm.signingAccounts().isEmpty() ? "No signing accounts: add one on the Wallet screen" : "Choose the account");
        Address current = vm.accountProperty().get();
        vm.signingAccounts().stream().filter(a -> a.address().equals(current)).findFirst().ifPresent(box::setValue);
        box.valueProperty().addListener((o, a, b) -> vm.accountProperty().set(b == null ? null : b.address()));
        Label l = new Label("Sign with");
        HBox h = new HBox(10, l, box);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static String recipient(ItemReview r) {
        if (r.item() instanceof SigningItem.Tx t) {
            if (t.tx().to() == null) {
                return "(new contract)";
            }
            return r.recipient().map(c -> c.name()).orElse(Display.shortAddress(t.tx().to()));
        }
        return "";
    }

    /** One line per distinct warning with how many items raise it (a 500-item batch must stay readable). */
    private static List<Warning> summarize(List<ItemReview> reviews) {
        Map<String, List<Integer>> items = new LinkedHashMap<>();
        Map<String, Warning> first = new LinkedHashMap<>();
        for (ItemReview r : reviews) {
            for (Warning w : r.warnings()) {
                String key = w.kind() + "|" + w.title();
                items.computeIfAbsent(key, k -> new ArrayList<>()).add(r.index() + 1);
                first.putIfAbsent(key, w);
            }
        }
        List<Warning> out = new ArrayList<>();
        first.forEach((k, w) -> {
            List<Integer> idx = items.get(k);
            String which = idx.size() == 1 ? "Item " + idx.get(0) : idx.size() + " items (" + idx.get(0) + (idx.size() > 1 ? ", " + idx.get(1) : "")
                    + (idx.size() > 2 ? ", …" : "") + ")";
            out.add(new Warning(w.kind(), w.severity(), which + ": " + w.title(), w.detail()));
        });
        return out;
    }
}
