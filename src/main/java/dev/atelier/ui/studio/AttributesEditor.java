package dev.atelier.ui.studio;

import atlantafx.base.theme.Styles;
import dev.atelier.common.AtelierException;
import dev.atelier.studio.Attribute;
import dev.atelier.studio.DisplayType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The item's {@code attributes}: one row per trait (trait type, value, display type, max value).
 * A row is saved when the user leaves it or presses Enter; a bad number is shown, not saved.
 */
final class AttributesEditor extends VBox {
    private static final String PLAIN = "plain";
    private final Consumer<List<Attribute>> onChange;
    private final VBox rows = new VBox(6);
    private final Label problem = new Label();
    private List<Attribute> shown = List.of();

    AttributesEditor(Consumer<List<Attribute>> onChange) {
        this.onChange = onChange;
        setSpacing(8);
        Button add = new Button("Add attribute", new FontIcon("mdi2p-plus"));
        add.setId("attr-add");
        add.setOnAction(e -> {
            addRow(new Attribute("", "", null, null));
            ((TextField) ((HBox) rows.getChildren().get(rows.getChildren().size() - 1)).getChildren().get(0)).requestFocus();
        });
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        HBox head = new HBox(6, header("Trait", 110), header("Value", 110), header("Shown as", 104), header("Max", 52));
        getChildren().addAll(head, rows, problem, add);
    }

    private static Label header(String t, double w) {
        Label l = new Label(t);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        l.setPrefWidth(w);
        return l;
    }

    void show(List<Attribute> attrs) {
        if (attrs.equals(shown) && rows.getChildren().size() >= attrs.size()) {
            return;
        }
        shown = attrs;
        rows.getChildren().clear();
        problem.setText("");
        attrs.forEach(this::addRow);
    }

    private void addRow(Attribute a) {
        int index = rows.getChildren().size();
        TextField trait = new TextField(a.traitType());
        trait.setPromptText("e.g. Rarity");
        trait.setPrefWidth(110);
        trait.setMinWidth(70);
        trait.setId("attr-trait-" + index);
        TextField value = new TextField(a.valueText());
        value.setPromptText("value");
        value.setPrefWidth(110);
        value.setMinWidth(60);
        value.setId("attr-value-" + index);
        ComboBox<String> display = new ComboBox<>(FXCollections.observableArrayList(PLAIN, "number", "boost_number",
                "boost_percentage", "date"));
        display.setValue(a.displayType() == null ? PLAIN : a.displayType().json());
        display.setPrefWidth(104);
        display.setMinWidth(104);
        display.setTooltip(new javafx.scene.control.Tooltip("How marketplaces show it: plain, number (with an optional max), "
                + "boost_number, boost_percentage or date (Unix seconds)"));
        TextField max = new TextField(a.maxValue() == null ? "" : a.maxValue().toPlainString());
        max.setPrefWidth(52);
        max.setMinWidth(44);
        Button remove = new Button(null, new FontIcon("mdi2c-close"));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setOnAction(e -> {
            rows.getChildren().remove(remove.getParent());
            commit();
        });
        HBox row = new HBox(6, trait, value, display, max, remove);
        HBox.setHgrow(value, Priority.ALWAYS);
        HBox.setHgrow(trait, Priority.ALWAYS);
        for (TextField f : List.of(trait, value, max)) {
            f.setOnAction(e -> commit());
            f.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    commit();
                }
            });
        }
        display.valueProperty().addListener((o, x, y) -> commit());
        rows.getChildren().add(row);
    }

    /** Reads the rows back; rows without a trait and a value are drafts and not saved yet. */
    private void commit() {
        List<Attribute> out = new ArrayList<>();
        try {
            for (var n : rows.getChildren()) {
                HBox row = (HBox) n;
                String trait = ((TextField) row.getChildren().get(0)).getText().strip();
                String value = ((TextField) row.getChildren().get(1)).getText();
                @SuppressWarnings("unchecked")
                String display = ((ComboBox<String>) row.getChildren().get(2)).getValue();
                String max = ((TextField) row.getChildren().get(3)).getText().strip();
                if (trait.isEmpty() && value.isBlank()) {
                    continue;
                }
                DisplayType d = display == null || display.equals(PLAIN) ? null : DisplayType.parse(display);
                Object v = Attribute.parseValue(value);
                if (d != null && !(v instanceof BigDecimal)) {
                    throw new AtelierException("'" + trait + "' is shown as " + d.json() + ", so its value must be a number.");
                }
                BigDecimal m = null;
                if (!max.isEmpty()) {
                    try {
                        m = new BigDecimal(max);
                    } catch (NumberFormatException e) {
                        throw new AtelierException("The max value of '" + trait + "' must be a number.");
                    }
                }
                out.add(new Attribute(trait, v instanceof String s ? s.strip() : v, d, m));
            }
        } catch (AtelierException e) {
            problem.setText(e.userMessage());
            return;
        }
        problem.setText("");
        if (!out.equals(shown)) {
            shown = out;
            onChange.accept(out);
        }
    }
}
