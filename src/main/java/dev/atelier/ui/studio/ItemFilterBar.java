package dev.atelier.ui.studio;

import atlantafx.base.theme.Styles;
import dev.atelier.studio.TraitFilter;
import dev.atelier.studio.Verdict;
import java.util.Locale;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What narrows the Studio's items: the search field (debounced), the attribute filters menu (trait
 * values with counts, one value per trait), the status choice and the chips of active filters.
 */
final class ItemFilterBar {
    private final StudioViewModel vm;
    final TextField search = new TextField();
    final MenuButton filters = new MenuButton("Filters", new FontIcon("mdi2f-filter-variant"));
    final ComboBox<Verdict> verdict = new ComboBox<>(FXCollections.observableArrayList(null, Verdict.READY, Verdict.WARNINGS, Verdict.ERRORS));
    /** The active attribute filters, each a chip that removes it. */
    final HBox chips = new HBox(6);

    ItemFilterBar(StudioViewModel vm) {
        this.vm = vm;
        search.setPromptText("Search (Ctrl+F)"); // the long form did not fit beside the filters at common widths
        search.setTooltip(new Tooltip("Words at the start of names, descriptions and trait values (Ctrl+F)"));
        search.setId("studio-search");
        search.setMinWidth(120);
        HBox.setHgrow(search, Priority.ALWAYS);
        PauseTransition debounce = new PauseTransition(Duration.millis(120));
        search.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        debounce.setOnFinished(e -> vm.textProperty().set(search.getText()));
        filters.setId("studio-filters");
        filters.setMinWidth(Region.USE_PREF_SIZE);
        filters.setOnShowing(e -> fillFilters());
        filters.getItems().add(new MenuItem("(loading)"));
        verdict.setPromptText("Any status");
        verdict.setId("studio-verdict");
        verdict.setMinWidth(Region.USE_PREF_SIZE);
        verdict.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Verdict v) {
                return v == null ? "Any status" : VerdictBadge.text(v);
            }

            @Override
            public Verdict fromString(String s) {
                return null;
            }
        });
        verdict.valueProperty().bindBidirectional(vm.verdictProperty());
        chips.setAlignment(Pos.CENTER_LEFT);
        vm.traitFilters().addListener((javafx.collections.ListChangeListener<TraitFilter>) c -> showChips());
    }

    /** Clears every filter and the search, so every item of the collection shows. */
    void clear() {
        vm.traitFilters().clear();
        vm.verdictProperty().set(null);
        search.setText("");
        vm.textProperty().set("");
    }

    private void fillFilters() {
        filters.getItems().clear();
        Map<String, Map<String, Long>> values = vm.traitValues();
        if (values.isEmpty()) {
            filters.getItems().add(new MenuItem("No attributes yet"));
        }
        values.forEach((trait, vals) -> {
            Menu m = new Menu(trait);
            vals.forEach((value, n) -> {
                CheckMenuItem mi = new CheckMenuItem(value + "  (" + String.format(Locale.ROOT, "%,d", n) + ")");
                TraitFilter f = new TraitFilter(trait, value);
                mi.setSelected(vm.traitFilters().contains(f));
                mi.setOnAction(e -> {
                    if (mi.isSelected()) {
                        vm.traitFilters().removeIf(x -> x.traitType().equalsIgnoreCase(trait));
                        vm.traitFilters().add(f);
                    } else {
                        vm.traitFilters().remove(f);
                    }
                });
                m.getItems().add(mi);
            });
            filters.getItems().add(m);
        });
    }

    private void showChips() {
        chips.getChildren().clear();
        for (TraitFilter f : vm.traitFilters()) {
            Button chip = new Button(f.traitType() + ": " + f.value(), new FontIcon("mdi2c-close"));
            chip.getStyleClass().addAll(Styles.SMALL, Styles.ROUNDED);
            chip.setContentDisplay(ContentDisplay.RIGHT);
            chip.setOnAction(e -> vm.traitFilters().remove(f));
            chips.getChildren().add(chip);
        }
    }
}
