package dev.atelier.ui.studio;

import atlantafx.base.theme.Styles;
import dev.atelier.studio.CollectionReport;
import dev.atelier.studio.Issue;
import dev.atelier.studio.Verdict;
import dev.atelier.studio.imports.ImportReport;
import dev.atelier.studio.imports.RowError;
import dev.atelier.studio.packaging.PackageResult;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The result dialogs: an import's rejected rows, a collection's validation, a written package. */
final class ReportDialogs {
    private ReportDialogs() {
    }

    static Dialog<Void> importReport(ImportReport r) {
        Dialog<Void> d = new Dialog<>();
        d.setTitle("Import");
        boolean ok = r.ok();
        d.setHeaderText(ok ? String.format(Locale.ROOT, "Imported %,d items", r.imported())
                : r.imported() > 0 ? String.format(Locale.ROOT, "Imported %,d items; %,d rows were rejected", r.imported(), r.rejected())
                : String.format(Locale.ROOT, "Nothing was imported: %,d of %,d rows were rejected", r.rejected(), r.read()));
        ListView<String> list = new ListView<>();
        list.setId("import-errors");
        for (RowError e : r.errors()) {
            list.getItems().add(e.toString());
        }
        if (r.rejected() > r.errors().size()) {
            list.getItems().add("… and " + (r.rejected() - r.errors().size()) + " more");
        }
        r.notes().forEach(n -> list.getItems().add("Note: " + n));
        Label hint = new Label(ok ? "Every row was imported." : "Fix these rows in the file and import it again.");
        hint.getStyleClass().add(ok ? Styles.SUCCESS : Styles.DANGER);
        VBox box = new VBox(8, hint);
        if (!list.getItems().isEmpty()) {
            list.setPrefSize(640, 260);
            box.getChildren().add(list);
        }
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        return d;
    }

    /** Lists every finding; choosing an item's line selects that item. */
    static Dialog<Void> validation(CollectionReport r, LongConsumer selectItem) {
        Dialog<Void> d = new Dialog<>();
        d.setTitle("Validation");
        d.setHeaderText(String.format(Locale.ROOT, "%,d items: %,d ready, %,d with warnings, %,d with errors", r.items().size(),
                r.count(Verdict.READY), r.count(Verdict.WARNINGS), r.count(Verdict.ERRORS)));
        record Line(long itemId, String text, boolean error) {
        }
        ListView<Line> list = new ListView<>();
        list.setId("validation-list");
        for (Issue i : r.own().issues()) {
            list.getItems().add(new Line(0, "Collection · " + i.field() + ": " + i.message(), i.isError()));
        }
        int shown = 0;
        for (CollectionReport.ItemResult ir : r.items()) {
            for (Issue i : ir.report().issues()) {
                if (shown++ < 2_000) {
                    list.getItems().add(new Line(ir.itemId(), "#" + ir.tokenId() + " " + ir.name() + " · " + i.field() + ": " + i.message(),
                            i.isError()));
                }
            }
        }
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Line l, boolean empty) {
                super.updateItem(l, empty);
                if (empty || l == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(l.text());
                setWrapText(true);
                setPrefWidth(0);
                FontIcon icon = new FontIcon(l.error() ? "mdi2c-close-circle-outline" : "mdi2a-alert-outline");
                icon.getStyleClass().add(l.error() ? "icon-danger" : "icon-warning");
                setGraphic(icon);
            }
        });
        list.setOnMouseClicked(e -> {
            Line l = list.getSelectionModel().getSelectedItem();
            if (l != null && l.itemId() > 0) {
                selectItem.accept(l.itemId());
            }
        });
        Label verdict = new Label(r.hasErrors() ? (r.items().isEmpty() ? "The collection has no items yet."
                : "Fix the errors before packaging. Click a line to open the item.") : "Ready to package.");
        verdict.getStyleClass().add(r.hasErrors() ? Styles.DANGER : Styles.SUCCESS);
        verdict.setId("validation-verdict");
        list.setPrefSize(720, 340);
        Label nothing = new Label("Nothing to fix.");
        nothing.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(nothing);
        d.getDialogPane().setContent(new VBox(8, verdict, list));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        d.initModality(javafx.stage.Modality.NONE);
        return d;
    }

    static Dialog<Void> packaged(PackageResult r, Consumer<String> copy) {
        Dialog<Void> d = new Dialog<>();
        d.setTitle("Package written");
        d.setHeaderText(String.format(Locale.ROOT, "%,d tokens and %,d asset files written to %s", r.tokens(), r.assets(), r.folder()));
        TextField base = new TextField(r.baseUri());
        base.setEditable(false);
        base.setId("package-base-uri");
        HBox.setHgrow(base, Priority.ALWAYS);
        Button copyButton = new Button("Copy", new FontIcon("mdi2c-content-copy"));
        copyButton.setOnAction(e -> copy.accept(r.baseUri()));
        Label explain = new Label("The collection's metadata base URI. Upload " + (r.car() == null ? "the folder" : r.car().getFileName())
                + " to an IPFS pinning service; the addresses are already final.");
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(8, explain, new HBox(6, base, copyButton), new Label("Root CID: " + r.rootCid()));
        box.setPadding(new Insets(4));
        box.setPrefWidth(620);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        return d;
    }
}
