package dev.atelier.ui.sign;

import atlantafx.base.theme.Styles;
import dev.atelier.ui.UiServices;
import dev.atelier.ui.common.EmptyState;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Sign screen: open a request (file, pasted text, QR image; drag and drop works too), review it,
 * approve it, and take the result as hex, a response file or a QR code. With nothing open it shows
 * what to do next.
 */
public final class SignView extends StackPane {
    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination APPROVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final SignViewModel vm;
    private final UiServices ui;
    private final BorderPane frame = new BorderPane();
    private final Node empty;
    private SignFiles files = SignFiles.SYSTEM;
    private ReviewPane review;

    public SignView(SignViewModel vm, UiServices ui, ObjectProperty<Path> fileToOpen, Runnable onHelp) {
        this.vm = vm;
        this.ui = ui;
        setId("sign-view"); // the shell renames it screen-sign
        getStyleClass().addAll("screen", "sign-screen");
        empty = emptyState(onHelp);
        frame.setTop(toolbar());
        frame.setCenter(empty);
        getChildren().add(frame);

        vm.sessionProperty().addListener((o, a, s) -> showSession(s));
        vm.resultProperty().addListener((o, a, r) -> {
            if (r != null && review != null) {
                review.showResult(new ResultPane(r, ui.clipboard(), ui.dialogs()::notifySuccess, this::saveResponse,
                        vm.sessionProperty().get().erc4527() != null,
                        () -> files.chooseFolder(window(), "Save the QR frames into a folder"), ui.dialogs()));
                ui.dialogs().notifySuccess(r.rows().size() == 1 ? "Signed." : "Signed " + r.rows().size() + " items.");
            }
        });
        installDragAndDrop();
        addEventHandler(KeyEvent.KEY_PRESSED, this::shortcut);
        if (fileToOpen != null) {
            fileToOpen.addListener((o, a, f) -> {
                if (f != null) {
                    vm.openFile(f);
                    fileToOpen.set(null);
                }
            });
            if (fileToOpen.get() != null) {
                vm.openFile(fileToOpen.get());
                fileToOpen.set(null);
            }
        }
    }

    /** Replaces the file dialogs (tests answer them without an OS dialog). */
    public void setFiles(SignFiles files) {
        this.files = files;
    }

    public SignViewModel viewModel() {
        return vm;
    }

    private HBox toolbar() {
        Button open = tool("Open…", "mdi2f-folder-open-outline", "open-request", "Open a request file or QR images (Ctrl+O)", this::open);
        Button paste = tool("Paste", "mdi2c-content-paste", "paste-request", "Paste JSON or UR text (Ctrl+Shift+V)", this::paste);
        Button message = tool("Sign a message", "mdi2m-message-draw", "sign-message", "Write an EIP-191 message to sign", this::message);
        Button contacts = tool("Contacts", "mdi2c-card-account-details-outline", "open-contacts", "The address book", this::contacts);
        Label title = new Label("Sign");
        title.getStyleClass().add(Styles.TITLE_3);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, title, grow, open, paste, message, contacts);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("sign-toolbar");
        return bar;
    }

    private static Button tool(String text, String icon, String id, String tip, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add(Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node emptyState(Runnable onHelp) {
        EmptyState e = new EmptyState("mdi2f-file-sign", "Sign offline, see what you sign",
                "Open a signing request, paste one, or read its QR code from a photo or screenshot. You will see the network, "
                        + "the account, the recipient and the decoded call, with warnings, before you approve.",
                "Open a signing request", this::open);
        Hyperlink paste = new Hyperlink("Paste a request");
        paste.setOnAction(x -> paste());
        Hyperlink message = new Hyperlink("Sign a message");
        message.setOnAction(x -> message());
        Hyperlink help = new Hyperlink("How it works");
        help.setOnAction(x -> onHelp.run());
        HBox links = new HBox(12, paste, message, help);
        links.getChildren().forEach(n -> ((Hyperlink) n).setMinWidth(Region.USE_PREF_SIZE));
        links.setAlignment(Pos.CENTER);
        Label drop = new Label("…or drop a request file or QR image anywhere here.");
        drop.getStyleClass().add("text-muted");
        e.getChildren().addAll(links, drop);
        e.setId("sign-empty");
        StackPane holder = new StackPane(e);
        StackPane.setAlignment(e, Pos.CENTER);
        return holder;
    }

    private void showSession(SignSession s) {
        if (s == null) {
            review = null;
            frame.setCenter(empty);
            return;
        }
        review = new ReviewPane(vm, s, this::approve, vm::close);
        frame.setCenter(review);
    }

    private void open() {
        List<Path> chosen = files.openRequests(window());
        if (chosen.isEmpty()) {
            return;
        }
        boolean images = chosen.stream().allMatch(SignView::isImage);
        if (images) {
            vm.openImages(chosen);
        } else {
            vm.openFile(chosen.get(0));
        }
    }

    private void paste() {
        ui.dialogs().show(TextEntryDialogs.paste()).ifPresent(vm::openText);
    }

    private void message() {
        if (vm.signingAccounts().isEmpty()) {
            ui.dialogs().notifyWarning("There is no account that can sign yet: add one on the Wallet screen.");
            return;
        }
        ui.dialogs().show(TextEntryDialogs.message(vm.signingAccounts())).ifPresent(m -> vm.openMessage(m.from(), m.message(), m.isText()));
    }

    private void contacts() {
        ui.dialogs().show(new ContactsDialog(vm.app().contacts()));
        vm.rereview();
    }

    private void approve() {
        vm.approve(() -> TextEntryDialogs.passphrase(window()));
    }

    private void saveResponse() {
        Optional<Path> target = files.saveResponse(window(), vm.suggestedResponseName());
        target.ifPresent(p -> {
            vm.saveResponse(p);
            ui.dialogs().notifySuccess("Saved " + p.getFileName());
        });
    }

    private void shortcut(KeyEvent e) {
        if (OPEN.match(e)) {
            open();
        } else if (PASTE.match(e)) {
            paste();
        } else if (SAVE.match(e) && vm.resultProperty().get() != null) {
            saveResponse();
        } else if (APPROVE.match(e) && vm.canApproveProperty().get()) {
            approve();
        } else {
            return;
        }
        e.consume();
    }

    private void installDragAndDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() || e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(this::dropped);
    }

    private void dropped(DragEvent e) {
        boolean ok = false;
        if (e.getDragboard().hasFiles()) {
            List<Path> paths = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            if (!paths.isEmpty()) {
                if (paths.stream().allMatch(SignView::isImage)) {
                    vm.openImages(paths);
                } else {
                    vm.openFile(paths.get(0));
                }
                ok = true;
            }
        } else if (e.getDragboard().hasString()) {
            vm.openText(e.getDragboard().getString());
            ok = true;
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    static boolean isImage(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".gif") || n.endsWith(".bmp");
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

}
