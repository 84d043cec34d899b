package dev.atelier.ui.sign;

import atlantafx.base.theme.Styles;
import dev.atelier.signing.Warning;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The warnings, loudest first: refusals (red, cannot be approved), dangers (amber, need the explicit
 * "I understand"), cautions. The acknowledgement box appears when any warning needs it.
 */
final class WarningsBox extends VBox {
    WarningsBox(List<Warning> warnings, boolean needsAck, SignViewModel vm, String prefix) {
        setSpacing(8);
        setId("warnings");
        warnings.stream().sorted((a, b) -> b.severity().compareTo(a.severity())).forEach(w -> {
            String icon = switch (w.severity()) {
                case REFUSED -> "mdi2c-cancel";
                case DANGER -> "mdi2a-alert-octagon-outline";
                case CAUTION -> "mdi2i-information-outline";
            };
            FontIcon glyph = new FontIcon(icon);
            glyph.getStyleClass().add("warning-icon");
            Label title = new Label(prefix + w.title());
            title.getStyleClass().addAll(Styles.TEXT_BOLD, "warning-title");
            title.setWrapText(true);
            Label detail = new Label(w.detail());
            detail.setWrapText(true);
            detail.getStyleClass().add("warning-detail");
            VBox text = new VBox(4, title, detail);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox m = new HBox(12, glyph, text);
            m.getStyleClass().addAll("warning-card", switch (w.severity()) {
                case REFUSED -> "refused";
                case DANGER -> "danger";
                case CAUTION -> "caution";
            });
            m.getStyleClass().add("warning-" + w.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            m.setMinHeight(Region.USE_PREF_SIZE);
            getChildren().add(m);
        });
        if (needsAck) {
            CheckBox ack = new CheckBox("I understand these warnings and want to sign anyway");
            ack.setId("acknowledge");
            ack.setWrapText(true);
            ack.selectedProperty().bindBidirectional(vm.acknowledgedProperty());
            ack.getStyleClass().add("acknowledge");
            getChildren().add(ack);
        }
    }
}
