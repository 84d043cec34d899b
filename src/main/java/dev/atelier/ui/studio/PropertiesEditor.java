package dev.atelier.ui.studio;

import atlantafx.base.theme.Styles;
import dev.atelier.common.AtelierException;
import dev.atelier.studio.GameProperty;
import dev.atelier.studio.PropertyType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.kordamp.ikonli.javafx.FontIcon;

/** Game-item properties in a ControlsFX property sheet, with typed editors, plus adding and removing keys. */
final class PropertiesEditor extends VBox {
    private final Consumer<List<GameProperty>> onChange;
    private final PropertySheet sheet = new PropertySheet();
    private final ComboBox<String> removeKey = new ComboBox<>();
    private final Label problem = new Label();
    private List<GameProperty> shown = List.of();

    PropertiesEditor(Consumer<List<GameProperty>> onChange) {
        this.onChange = onChange;
        setSpacing(8);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setPrefHeight(220);
        sheet.setId("properties-sheet");
        TextField key = new TextField();
        key.setPromptText("new property, e.g. damage");
        key.setId("prop-key");
        ComboBox<PropertyType> type = new ComboBox<>(FXCollections.observableArrayList(PropertyType.values()));
        type.setValue(PropertyType.INTEGER);
        type.setId("prop-type");
        Button add = new Button("Add", new FontIcon("mdi2p-plus"));
        add.setId("prop-add");
        add.setOnAction(e -> {
            try {
                if (shown.stream().anyMatch(p -> p.key().equalsIgnoreCase(key.getText().strip()))) {
                    throw new AtelierException("There is already a property named '" + key.getText().strip() + "'.");
                }
                String initial = switch (type.getValue()) {
                    case INTEGER, DECIMAL -> "0";
                    case BOOLEAN -> "false";
                    case TEXT -> "";
                };
                List<GameProperty> next = new ArrayList<>(shown);
                next.add(GameProperty.parse(key.getText(), type.getValue(), initial));
                key.clear();
                problem.setText("");
                change(next);
            } catch (AtelierException ex) {
                problem.setText(ex.userMessage());
            }
        });
        Button remove = new Button("Remove", new FontIcon("mdi2d-delete-outline"));
        remove.setOnAction(e -> {
            String k = removeKey.getValue();
            if (k != null) {
                change(shown.stream().filter(p -> !p.key().equals(k)).toList());
            }
        });
        removeKey.setPromptText("property");
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        getChildren().addAll(sheet, new HBox(6, key, type, add), new HBox(6, removeKey, remove), problem);
    }

    void show(List<GameProperty> props) {
        if (props.equals(shown) && !sheet.getItems().isEmpty() == !props.isEmpty()) {
            return;
        }
        shown = props;
        List<PropertySheet.Item> items = new ArrayList<>();
        for (GameProperty p : props) {
            items.add(new SheetItem(p));
        }
        sheet.getItems().setAll(items);
        removeKey.getItems().setAll(props.stream().map(GameProperty::key).toList());
    }

    private void change(List<GameProperty> next) {
        shown = next;
        onChange.accept(next);
    }

    private final class SheetItem implements PropertySheet.Item {
        private final GameProperty p;

        SheetItem(GameProperty p) {
            this.p = p;
        }

        @Override
        public Class<?> getType() {
            return switch (p.type()) {
                case INTEGER -> BigInteger.class;
                case DECIMAL -> BigDecimal.class;
                case BOOLEAN -> Boolean.class;
                case TEXT -> String.class;
            };
        }

        @Override
        public String getCategory() {
            return "Game properties";
        }

        @Override
        public String getName() {
            return p.key();
        }

        @Override
        public String getDescription() {
            return p.key() + " (" + p.type().id() + ")";
        }

        @Override
        public Object getValue() {
            return p.value();
        }

        @Override
        public void setValue(Object value) {
            if (value == null || value.equals(p.value())) {
                return;
            }
            try {
                GameProperty updated = GameProperty.parse(p.key(), p.type(), value instanceof BigDecimal d ? d.toPlainString()
                        : value.toString());
                List<GameProperty> next = new ArrayList<>();
                for (GameProperty x : shown) {
                    next.add(x.key().equals(p.key()) ? updated : x);
                }
                problem.setText("");
                change(next);
            } catch (AtelierException e) {
                problem.setText(e.userMessage());
            }
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }
    }
}
