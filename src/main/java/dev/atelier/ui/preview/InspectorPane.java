package dev.atelier.ui.preview;

import atlantafx.base.theme.Styles;
import dev.atelier.asset.AssetReport;
import dev.atelier.asset.Issue;
import dev.atelier.asset.budget.BudgetResult;
import dev.atelier.asset.model.ModelStats;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The inspector's read-only sections: file facts, image or model statistics, validation issues, budget results. */
final class InspectorPane {
    private static final NumberFormat NUM = NumberFormat.getIntegerInstance(Locale.ROOT);

    private InspectorPane() {
    }

    static Node facts(AssetReport r) {
        GridPane g = grid();
        row(g, "File", r.fileName());
        row(g, "Type", r.type().toUpperCase(Locale.ROOT) + " · " + r.assetType().mimeType());
        row(g, "Size", bytes(r.bytes()));
        if (r.width() != null) {
            row(g, "Dimensions", r.width() + " × " + r.height() + " px");
            if (r.frames() != null && r.frames() > 1) {
                row(g, "Frames", NUM.format(r.frames()) + " (animated)");
            }
        }
        if (r.durationSeconds() != null) {
            long total = Math.round(r.durationSeconds() * 10);
            row(g, "Duration", String.format(Locale.ROOT, "%d:%02d.%d", total / 600, (total / 10) % 60, total % 10));
        }
        ModelStats m = r.model();
        if (m != null) {
            row(g, "Meshes", NUM.format(m.meshes()));
            row(g, "Primitives", NUM.format(m.primitives()));
            row(g, "Vertices", NUM.format(m.vertices()));
            row(g, "Triangles", NUM.format(m.triangles()));
            row(g, "Draw calls", NUM.format(m.drawCalls()));
            row(g, "Materials", NUM.format(m.materials()));
            row(g, "Textures", m.textures().isEmpty() ? "none" : String.valueOf(m.textures().size()));
            for (ModelStats.TextureInfo t : m.textures()) {
                row(g, "  #" + t.index(), (t.width() > 0 ? t.width() + " × " + t.height() + " px · " : "") + bytes(t.bytes())
                        + (t.mimeType().isEmpty() ? "" : " · " + t.mimeType()));
            }
            if (m.animations() > 0) {
                row(g, "Animations", NUM.format(m.animations()));
            }
            if (m.bboxMin() != null) {
                row(g, "Bounding box", String.format(Locale.ROOT, "%.3f × %.3f × %.3f", m.bboxMax()[0] - m.bboxMin()[0],
                        m.bboxMax()[1] - m.bboxMin()[1], m.bboxMax()[2] - m.bboxMin()[2]));
            }
            row(g, "Extensions used", m.extensionsUsed().isEmpty() ? "none" : String.join(", ", m.extensionsUsed()));
            if (!m.extensionsRequired().isEmpty()) {
                row(g, "Required", String.join(", ", m.extensionsRequired()));
            }
        }
        g.setId("inspector-facts");
        return g;
    }

    static Node issues(List<Issue> issues) {
        VBox box = new VBox(6);
        box.setId("inspector-issues");
        if (issues.isEmpty()) {
            Label ok = new Label("No problems found.", icon("mdi2c-check-circle-outline", "success"));
            box.getChildren().add(ok);
            return box;
        }
        for (Issue i : issues) {
            String ic = switch (i.severity()) {
                case ERROR -> "mdi2a-alert-circle-outline";
                case WARNING -> "mdi2a-alert-outline";
                case INFO -> "mdi2i-information-outline";
            };
            String tone = switch (i.severity()) {
                case ERROR -> "danger";
                case WARNING -> "warning";
                case INFO -> "accent";
            };
            Label code = new Label(i.code());
            code.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
            Label msg = new Label(i.message());
            msg.setWrapText(true);
            VBox text = new VBox(2, code, msg);
            if (i.pointer() != null) {
                Label ptr = new Label(i.pointer());
                ptr.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "mono");
                text.getChildren().add(ptr);
            }
            HBox row = new HBox(8, icon(ic, tone), text);
            HBox.setHgrow(text, Priority.ALWAYS);
            row.getStyleClass().addAll("issue-row", tone);
            box.getChildren().add(row);
        }
        return box;
    }

    static void budget(VBox box, List<BudgetResult> results) {
        box.getChildren().clear();
        if (results.isEmpty()) {
            Label none = new Label("Choose a profile to check this file against a marketplace's or world's limits.");
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(none);
            return;
        }
        for (BudgetResult b : results) {
            Label badge = new Label(b.result().toString().toUpperCase(Locale.ROOT));
            badge.getStyleClass().addAll("budget-badge", b.result().toString());
            badge.setMinWidth(48);
            badge.setAlignment(Pos.CENTER);
            Label what = new Label(b.limit());
            what.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(what, Priority.ALWAYS);
            Label value = new Label(format(b.value()) + " / " + format(b.max()));
            value.getStyleClass().add(Styles.TEXT_MUTED);
            HBox row = new HBox(8, badge, what, value);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("budget-row");
            box.getChildren().add(row);
        }
    }

    private static String format(Object v) {
        return v instanceof Number n ? NUM.format(n) : String.valueOf(v);
    }

    static String bytes(long b) {
        if (b < 1024) {
            return b + " B";
        }
        double kb = b / 1024.0;
        if (kb < 1024) {
            return String.format(Locale.ROOT, "%.1f KiB (%s B)", kb, NUM.format(b));
        }
        return String.format(Locale.ROOT, "%.2f MiB (%s B)", kb / 1024, NUM.format(b));
    }

    static FontIcon icon(String literal, String tone) {
        FontIcon i = new FontIcon(literal);
        i.getStyleClass().addAll("tone-icon", tone);
        return i;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(4);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(130);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(c0, c1);
        return g;
    }

    private static void row(GridPane g, String key, String value) {
        Label k = new Label(key);
        k.getStyleClass().add(Styles.TEXT_MUTED);
        Label v = new Label(value);
        v.setWrapText(true);
        v.setId("fact-" + key.trim().toLowerCase(Locale.ROOT).replace(' ', '-').replace("#", "texture-"));
        g.addRow(g.getRowCount(), k, v);
    }
}
