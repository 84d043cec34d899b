package dev.atelier.ui.studio;

import atlantafx.base.theme.Styles;
import dev.atelier.common.AtelierException;
import dev.atelier.studio.DisplayType;
import dev.atelier.studio.PropertyType;
import dev.atelier.studio.imports.ColumnMapping;
import dev.atelier.studio.imports.ColumnTarget;
import dev.atelier.studio.imports.CsvImporter;
import dev.atelier.studio.imports.ItemField;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Chooses a CSV file and maps its columns: each header gets a target (a field, an attribute, a
 * typed game property, or ignore), starting from what the header names, with sample values shown.
 */
final class CsvImportDialog extends Dialog<CsvImportDialog.Choice> {
    record Choice(Path file, ColumnMapping mapping, boolean skipInvalid) {
    }

    private final TextField path = new TextField();
    private final GridPane columns = new GridPane();
    private final CheckBox skip = new CheckBox("Import the good rows and skip the rejected ones");
    private final Label problem = new Label();
    private final List<ComboBox<ColumnTarget>> targets = new ArrayList<>();
    private List<String> headers = List.of();

    CsvImportDialog() {
        setTitle("Import CSV");
        setHeaderText("Import items from a CSV file");
        path.setPromptText("/path/to/items.csv");
        path.setId("csv-path");
        HBox.setHgrow(path, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt"));
            File f = fc.showOpenDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                path.setText(f.getAbsolutePath());
                load();
            }
        });
        Button read = new Button("Read columns");
        read.setId("csv-read");
        read.setOnAction(e -> load());
        path.setOnAction(e -> load());
        columns.setHgap(10);
        columns.setVgap(6);
        columns.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(150, 170, 260),
                new javafx.scene.layout.ColumnConstraints(230), new javafx.scene.layout.ColumnConstraints(200, 320, Double.MAX_VALUE));
        columns.setId("csv-columns");
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setPrefViewportHeight(300);
        scroll.setPrefViewportWidth(640);
        scroll.setFitToWidth(true);
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        skip.setId("csv-skip");
        skip.setTooltip(new javafx.scene.control.Tooltip("Otherwise an import is all or nothing: if any row is rejected, nothing is stored."));
        Label hint = new Label("Headers such as name, image, attr:Rarity or prop:damage:int map themselves.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(10, new HBox(6, path, browse, read), hint, scroll, skip, problem);
        box.setPadding(new Insets(6, 0, 0, 0));
        getDialogPane().setContent(box);
        getDialogPane().setPrefWidth(820);
        ButtonType importType = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, importType);
        Node ok = getDialogPane().lookupButton(importType);
        ok.setId("csv-import");
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                if (headers.isEmpty()) {
                    load();
                }
                mapping().check();
            } catch (AtelierException ex) {
                problem.setText(ex.userMessage());
                e.consume();
            }
        });
        setResultConverter(bt -> bt == importType ? new Choice(Path.of(path.getText().strip()), mapping(), skip.isSelected()) : null);
    }

    void preset(Path file) {
        path.setText(file.toString());
        load();
    }

    private void load() {
        problem.setText("");
        columns.getChildren().clear();
        targets.clear();
        headers = List.of();
        Path file = Path.of(path.getText().strip());
        if (!Files.isRegularFile(file)) {
            problem.setText("Choose a CSV file first.");
            return;
        }
        try {
            CsvImporter.CsvPreview p = CsvImporter.preview(file, 3);
            headers = p.headers();
            ColumnMapping m;
            try {
                m = ColumnMapping.byHeaders(headers);
            } catch (AtelierException e) {
                problem.setText(e.userMessage());
                m = new ColumnMapping(headers, headers.stream().map(h -> ColumnTarget.IGNORE).toList());
            }
            columns.addRow(0, bold("Column"), bold("Imports as"), bold("First values"));
            for (int i = 0; i < headers.size(); i++) {
                ComboBox<ColumnTarget> box = new ComboBox<>(FXCollections.observableArrayList(choices(headers.get(i), m.targets().get(i))));
                box.setValue(m.targets().get(i));
                box.setId("csv-target-" + i);
                box.setPrefWidth(230);
                box.setConverter(new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(ColumnTarget t) {
                        return t == null ? "" : t.label();
                    }

                    @Override
                    public ColumnTarget fromString(String s) {
                        return null;
                    }
                });
                targets.add(box);
                int col = i;
                String samples = String.join(" · ", p.rows().stream().map(r -> col < r.size() ? abbreviate(r.get(col)) : "").toList());
                Label sample = new Label(samples);
                sample.getStyleClass().add(Styles.TEXT_MUTED);
                Label head = new Label(headers.get(i));
                head.setTooltip(new javafx.scene.control.Tooltip(headers.get(i)));
                columns.addRow(i + 1, head, box, sample);
            }
        } catch (AtelierException e) {
            problem.setText(e.userMessage());
        }
    }

    private static List<ColumnTarget> choices(String header, ColumnTarget current) {
        List<ColumnTarget> out = new ArrayList<>();
        out.add(ColumnTarget.IGNORE);
        for (ItemField f : ItemField.values()) {
            out.add(new ColumnTarget.Field(f));
        }
        String name = header.replaceFirst("(?i)^(attr|prop):", "").split(":")[0].strip();
        if (name.isEmpty()) {
            name = header;
        }
        out.add(new ColumnTarget.Trait(name, null, null));
        out.add(new ColumnTarget.Trait(name, DisplayType.NUMBER, null));
        out.add(new ColumnTarget.Trait(name, DisplayType.BOOST_NUMBER, null));
        out.add(new ColumnTarget.Trait(name, DisplayType.BOOST_PERCENTAGE, null));
        out.add(new ColumnTarget.Trait(name, DisplayType.DATE, null));
        for (PropertyType t : PropertyType.values()) {
            out.add(new ColumnTarget.Property(name, t));
        }
        if (!out.contains(current)) {
            out.add(current);
        }
        return out;
    }

    ColumnMapping mapping() {
        List<ColumnTarget> t = targets.stream().map(ComboBox::getValue).toList();
        return new ColumnMapping(headers, t);
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private static String abbreviate(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 28 ? t.substring(0, 27) + "…" : t;
    }
}
