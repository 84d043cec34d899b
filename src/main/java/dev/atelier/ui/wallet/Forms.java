package dev.atelier.ui.wallet;

import atlantafx.base.theme.Styles;
import dev.atelier.ui.UiServices;
import java.io.File;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Small builders for the Wallet screen's dialogs: a titled form with an OK button that validation can
 * disable, file fields with a Browse… button, and the passphrase strength meter.
 */
final class Forms {
    static final ButtonType OK = new ButtonType("OK", ButtonBar.ButtonData.OK_DONE);

    private Forms() {
    }

    static Dialog<ButtonType> dialog(String id, String title, String okText, Node content, BooleanExpression invalid) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText(title);
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ok);
        d.getDialogPane().setContent(content);
        d.getDialogPane().setId(id);
        d.getDialogPane().setPrefWidth(560);
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId("dialog-ok");
        okButton.getStyleClass().add(Styles.ACCENT);
        ((Button) d.getDialogPane().lookupButton(ButtonType.CANCEL)).setId("dialog-cancel");
        if (invalid != null) {
            okButton.disableProperty().bind(invalid);
        }
        d.setResultConverter(b -> b == ok ? OK : ButtonType.CANCEL);
        return d;
    }

    static GridPane grid(Object... labelAndNode) {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        for (int i = 0; i < labelAndNode.length; i += 2) {
            Label l = new Label((String) labelAndNode[i]);
            // Labels keep their full text; the field beside them gives up the width.
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Node n = (Node) labelAndNode[i + 1];
            g.add(l, 0, i / 2);
            g.add(n, 1, i / 2);
            GridPane.setHgrow(n, Priority.ALWAYS);
        }
        return g;
    }

    static VBox column(Node... nodes) {
        VBox v = new VBox(12, nodes);
        v.setFillWidth(true);
        return v;
    }

    static Label note(String text, String... styles) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll(styles);
        return l;
    }

    static TextField text(String id, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        return t;
    }

    static PasswordField secret(String id, String prompt) {
        PasswordField p = new PasswordField();
        p.setId(id);
        p.setPromptText(prompt);
        return p;
    }

    /** Reads a password field into a char[] and clears the field (the caller wipes the array). */
    static char[] take(PasswordField f) {
        char[] c = f.getText().toCharArray();
        f.clear();
        return c;
    }

    /** A path field with a Browse… button that opens a save or open file chooser near the current path. */
    static HBox withBrowse(UiServices ui, TextField path, boolean save) {
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            File current = new File(path.getText());
            if (current.getParentFile() != null && current.getParentFile().isDirectory()) {
                fc.setInitialDirectory(current.getParentFile());
                fc.setInitialFileName(current.getName());
            }
            File f = save ? fc.showSaveDialog(ui.dialogs().owner()) : fc.showOpenDialog(ui.dialogs().owner());
            if (f != null) {
                path.setText(f.getAbsolutePath());
            }
        });
        HBox h = new HBox(8, path, browse);
        HBox.setHgrow(path, Priority.ALWAYS);
        return h;
    }

    /** A strength bar and label under a new-passphrase field, updated as the user types. */
    static VBox strengthMeter(PasswordField field) {
        ProgressBar bar = new ProgressBar(0);
        bar.setId("strength-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        Label label = new Label();
        label.setId("strength-label");
        label.getStyleClass().add(Styles.TEXT_SMALL);
        field.textProperty().addListener((o, a, b) -> {
            PassphraseStrength.Rating r = PassphraseStrength.rate(b);
            bar.setProgress(b.isEmpty() ? 0 : (r.score() + 1) / 5.0);
            bar.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING, Styles.SUCCESS);
            bar.getStyleClass().add(r.score() <= 1 ? Styles.DANGER : r.score() == 2 ? Styles.WARNING : Styles.SUCCESS);
            label.setText(b.isEmpty() ? "" : r.label() + (r.hint().isEmpty() ? "" : " — " + r.hint()));
        });
        return new VBox(4, bar, label);
    }
}
