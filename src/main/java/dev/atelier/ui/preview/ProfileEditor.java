package dev.atelier.ui.preview;

import dev.atelier.asset.budget.BudgetLimit;
import dev.atelier.asset.budget.BudgetProfile;
import dev.atelier.asset.budget.Metric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** A dialog to define a custom budget profile: a name, a description and the limits that apply. */
final class ProfileEditor extends Dialog<BudgetProfile> {
    private final TextField name = new TextField();
    private final TextField description = new TextField();
    private final Map<Metric, CheckBox> enabled = new EnumMap<>(Metric.class);
    private final Map<Metric, TextField> values = new EnumMap<>(Metric.class);

    /** @param start the profile to edit or copy (null: a blank one); @param copy true to make a new profile from it */
    ProfileEditor(BudgetProfile start, boolean copy) {
        setTitle(start == null || copy ? "New budget profile" : "Edit " + start.name());
        setHeaderText("Limits your studio or a target world sets. A value above 90 % of a maximum warns.");
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        name.setId("profile-name");
        name.setPromptText("e.g. Mobile props");
        description.setPromptText("What it is for (optional)");
        g.addRow(0, new Label("Name"), name);
        g.addRow(1, new Label("Description"), description);
        int row = 2;
        for (Metric m : Metric.values()) {
            CheckBox on = new CheckBox(m.label() + (m.unit().isEmpty() ? "" : " (" + m.unit() + ")"));
            on.setId("limit-" + m.name().toLowerCase(Locale.ROOT));
            TextField value = new TextField();
            value.setId("limit-value-" + m.name().toLowerCase(Locale.ROOT));
            value.setPromptText(m == Metric.MEDIA_TYPE ? "png, jpeg, glb" : m == Metric.TEXTURES_SQUARE_POW2 ? "(no value)" : "maximum");
            value.setDisable(m == Metric.TEXTURES_SQUARE_POW2);
            enabled.put(m, on);
            values.put(m, value);
            g.addRow(row++, on, value);
        }
        if (start != null) {
            name.setText(copy ? start.name() + (start.builtIn() ? " (custom)" : " (copy)") : start.name());
            description.setText(start.description());
            for (BudgetLimit l : start.limits()) {
                enabled.get(l.metric()).setSelected(true);
                values.get(l.metric()).setText(l.metric() == Metric.MEDIA_TYPE ? String.join(", ", l.allowed())
                        : l.metric() == Metric.TEXTURES_SQUARE_POW2 ? "" : Long.toString(l.max()));
            }
        }
        getDialogPane().setContent(g);
        ButtonType save = new ButtonType("Save profile", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, save);
        setResultConverter(b -> b == save ? build() : null);
    }

    /** The profile as entered; numbers that do not parse become 0, which saving rejects with a message. */
    BudgetProfile build() {
        List<BudgetLimit> limits = new ArrayList<>();
        for (Metric m : Metric.values()) {
            if (!enabled.get(m).isSelected()) {
                continue;
            }
            String v = values.get(m).getText().trim();
            if (m == Metric.MEDIA_TYPE) {
                limits.add(new BudgetLimit(m, 0, Arrays.stream(v.split("[,\\s]+")).filter(s -> !s.isBlank())
                        .map(s -> s.toLowerCase(Locale.ROOT)).toList()));
            } else if (m == Metric.TEXTURES_SQUARE_POW2) {
                limits.add(BudgetLimit.flag(m));
            } else {
                long max;
                try {
                    max = Long.parseLong(v.replace("_", "").replace(",", ""));
                } catch (NumberFormatException e) {
                    max = 0;
                }
                limits.add(BudgetLimit.max(m, max));
            }
        }
        return new BudgetProfile(name.getText(), description.getText(), false, limits);
    }
}
