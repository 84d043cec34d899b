package dev.atelier.ui.studio;

import atlantafx.base.theme.Styles;
import dev.atelier.common.AtelierException;
import dev.atelier.studio.Issue;
import dev.atelier.studio.Item;
import dev.atelier.studio.Standard;
import dev.atelier.studio.TokenId;
import dev.atelier.studio.ValidationReport;
import java.io.File;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Edits one item: every field saves when the user leaves it (or presses Enter), Ctrl+Z / Ctrl+Y undo
 * and redo, the picture and the metadata JSON preview update live, and validation messages say what
 * to fix.
 */
final class ItemEditor extends VBox {
    private final ItemEditorModel model;
    private final Consumer<Throwable> failure;
    private final Thumbnails thumbnails;
    private final ImageView picture = new ImageView();
    private final Label title = new Label();
    private final Label token = new Label();
    private final VerdictBadge badge = new VerdictBadge();
    private final VBox issues = new VBox(4);
    private final TextField tokenId = field("item-token");
    private final TextField name = field("item-name");
    private final TextArea description = new TextArea();
    private final TextField image = field("item-image");
    private final TextField animation = field("item-animation");
    private final TextField external = field("item-external");
    private final TextField background = field("item-background");
    private final ColorPicker colour = new ColorPicker();
    private final TextField supply = field("item-supply");
    private final Label modelNote = new Label();
    private final TextArea json = new TextArea();
    private final AssetPreview preview;
    private final AttributesEditor attributes;
    private final PropertiesEditor properties;
    private boolean filling;

    ItemEditor(ItemEditorModel model, Thumbnails thumbnails, AssetPreview preview, Consumer<Throwable> failure, Runnable onDelete) {
        this.model = model;
        this.preview = preview;
        this.thumbnails = thumbnails;
        this.failure = failure;
        setId("item-editor");
        getStyleClass().add("item-editor");
        setSpacing(10);
        setPadding(new Insets(12));
        setMinWidth(340);
        setPrefWidth(420);

        picture.setFitWidth(96);
        picture.setFitHeight(96);
        picture.setPreserveRatio(true);
        StackPane pic = new StackPane(picture);
        pic.getStyleClass().add("item-picture");
        pic.setMinSize(100, 100);
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        token.getStyleClass().add(Styles.TEXT_MUTED);
        Button undo = iconButton("mdi2u-undo", "Undo (Ctrl+Z)", "item-undo", model::undo);
        Button redo = iconButton("mdi2r-redo", "Redo (Ctrl+Y)", "item-redo", model::redo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button delete = iconButton("mdi2d-delete-outline", "Delete this item", "item-delete", onDelete);
        HBox actions = new HBox(4, undo, redo, delete);
        VBox head = new VBox(4, title, token, badge, actions);
        HBox header = new HBox(12, pic, head);
        header.setAlignment(Pos.CENTER_LEFT);

        description.setWrapText(true);
        description.setPrefRowCount(4);
        description.setId("item-description");
        json.setEditable(false);
        json.setId("item-json");
        json.getStyleClass().add("json-preview");
        json.setPrefRowCount(18);
        modelNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        modelNote.setWrapText(true);

        commit(tokenId, t -> it -> it.withTokenId(TokenId.parse(t)));
        commit(name, t -> it -> it.withName(t.strip()));
        commit(description, t -> it -> it.withDescription(t));
        commit(image, t -> it -> it.withImage(t.strip()));
        commit(animation, t -> it -> it.withAnimationUrl(t.strip()));
        commit(external, t -> it -> it.withExternalUrl(t.strip()));
        commit(background, t -> it -> it.withBackgroundColor(t.strip()));
        commit(supply, t -> it -> it.withSupply(parseSupply(t)));
        colour.setOnAction(e -> {
            if (!filling) {
                Color c = colour.getValue();
                background.setText(String.format("%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                        Math.round(c.getBlue() * 255)));
                save(it -> it.withBackgroundColor(background.getText()));
            }
        });

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        int r = 0;
        row(form, r++, "Token id", tokenId);
        row(form, r++, "Name", name);
        row(form, r++, "Description", description);
        row(form, r++, "Image", withBrowse(image, false));
        row(form, r++, "Model / media", withBrowse(animation, true));
        form.add(modelNote, 1, r++);
        row(form, r++, "External link", external);
        row(form, r++, "Background", new HBox(6, background, colour));
        row(form, r++, "Supply", supply);
        form.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(110),
                new javafx.scene.layout.ColumnConstraints(120, 300, Double.MAX_VALUE, Priority.ALWAYS, javafx.geometry.HPos.LEFT, true));

        attributes = new AttributesEditor(list -> save(it -> it.withAttributes(list)));
        properties = new PropertiesEditor(list -> save(it -> it.withProperties(list)));
        Tab previewTab = new Tab("Preview", preview);
        previewTab.setId("item-preview-tab");
        TabPane tabs = new TabPane(tab("Details", form), previewTab, tab("Attributes", attributes), tab("Properties", properties),
                tab("JSON", json));
        // The preview opens the file (a 3D model can take a moment) only while its tab is shown.
        previewTab.selectedProperty().addListener((o, a, b) -> preview.show(b ? model.item() : null, model.collection()));
        model.itemProperty().addListener((o, a, b) -> {
            if (previewTab.isSelected()) {
                preview.show(b, model.collection());
            }
        });
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("item-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        issues.setId("item-issues");
        getChildren().addAll(header, issues, tabs);

        model.itemProperty().addListener((o, a, b) -> fill(b));
        model.reportProperty().addListener((o, a, b) -> showIssues(b));
        model.jsonProperty().addListener((o, a, b) -> json.setText(b));
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)) {
                commitFocused();
                model.undo();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).match(e)
                    || new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).match(e)) {
                model.redo();
                e.consume();
            }
        });
        fill(model.item());
    }

    /** The scrollable form, for the screen's side panel. */
    ScrollPane inScroll() {
        ScrollPane s = new ScrollPane(this);
        s.setFitToWidth(true);
        s.setFitToHeight(true);
        s.getStyleClass().add("edge-to-edge");
        return s;
    }

    private void commitFocused() {
        Node f = getScene() == null ? null : getScene().getFocusOwner();
        if (f instanceof TextInputControl t && t.getProperties().containsKey(COMMIT)) {
            @SuppressWarnings("unchecked")
            Runnable r = (Runnable) t.getProperties().get(COMMIT);
            r.run();
        }
    }

    private static final String COMMIT = "atelier.commit";

    private void commit(TextInputControl field, Function<String, UnaryOperator<Item>> change) {
        Runnable run = () -> {
            if (!filling && model.item() != null) {
                save(it -> change.apply(field.getText()).apply(it));
            }
        };
        field.getProperties().put(COMMIT, run);
        if (field instanceof TextField tf) {
            tf.setOnAction(e -> run.run());
        }
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                run.run();
            }
        });
    }

    private void save(UnaryOperator<Item> change) {
        try {
            model.apply(change);
        } catch (AtelierException e) {
            fill(model.item()); // put the saved value back
            failure.accept(e);
        }
    }

    private static long parseSupply(String t) {
        String s = t.strip();
        if (!s.matches("[0-9]{1,18}")) {
            throw new AtelierException("The supply must be a whole number of tokens, such as 100.");
        }
        return Long.parseLong(s);
    }

    private void fill(Item it) {
        filling = true;
        try {
            setDisable(it == null);
            if (it == null) {
                title.setText("No item selected");
                return;
            }
            title.setText(it.name().isBlank() ? "(no name)" : it.name());
            token.setText("Token #" + it.tokenId() + "  ·  " + it.status().id());
            badge.show(it.verdict());
            tokenId.setText(it.tokenId().decimal());
            name.setText(it.name());
            description.setText(it.description());
            image.setText(it.image());
            animation.setText(it.animationUrl());
            external.setText(it.externalUrl());
            background.setText(it.backgroundColor());
            if (it.backgroundColor().matches("[0-9a-fA-F]{6}")) {
                colour.setValue(Color.web("#" + it.backgroundColor()));
            }
            boolean erc1155 = model.collection() != null && model.collection().standard() == Standard.ERC1155;
            supply.setText(Long.toString(it.supply()));
            supply.setDisable(!erc1155);
            supply.setTooltip(new Tooltip(erc1155 ? "How many to mint" : "ERC-721 tokens are unique: the supply is always 1"));
            picture.setImage(thumbnails.get(it.image(), 192));
            modelNote.setText(it.animationUrl().toLowerCase().matches(".*\\.(glb|gltf)$")
                    ? "3D model: see it on the Preview tab, or open it on the Assets screen for its statistics." : "");
            attributes.show(it.attributes());
            properties.show(it.properties());
            json.setText(model.jsonProperty().get());
            showIssues(model.reportProperty().get());
        } finally {
            filling = false;
        }
    }

    private void showIssues(ValidationReport report) {
        issues.getChildren().clear();
        for (Issue i : report.issues()) {
            FontIcon icon = new FontIcon(i.isError() ? "mdi2c-close-circle-outline" : "mdi2a-alert-outline");
            Label l = new Label(i.field() + ": " + i.message(), icon);
            l.setWrapText(true);
            l.getStyleClass().addAll(i.isError() ? Styles.DANGER : Styles.WARNING, "issue-line");
            issues.getChildren().add(l);
        }
        if (report.issues().isEmpty() && model.item() != null) {
            Label ok = new Label("Ready: nothing to fix for this marketplace profile.", new FontIcon("mdi2c-check-circle-outline"));
            ok.getStyleClass().add(Styles.SUCCESS);
            issues.getChildren().add(ok);
        }
    }

    private Node withBrowse(TextField f, boolean model3d) {
        Button b = new Button("…");
        b.setTooltip(new Tooltip("Choose a file"));
        b.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            if (model3d) {
                fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Models and media", "*.glb", "*.gltf", "*.mp4",
                        "*.webm", "*.mp3", "*.wav", "*.ogg"));
            } else {
                fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images", "*.png", "*.jpg", "*.jpeg", "*.gif",
                        "*.svg", "*.webp"));
            }
            File file = fc.showOpenDialog(getScene().getWindow());
            if (file != null) {
                f.setText(file.getAbsolutePath());
                save(it -> model3d ? it.withAnimationUrl(f.getText()) : it.withImage(f.getText()));
            }
        });
        HBox.setHgrow(f, Priority.ALWAYS);
        return new HBox(6, f, b);
    }

    private static Tab tab(String title, Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        if (content instanceof TextArea) {
            s.setFitToHeight(true);
        }
        s.setPadding(new Insets(8, 2, 2, 2));
        return new Tab(title, s);
    }

    private static Button iconButton(String icon, String tip, String id, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TextField field(String id) {
        TextField t = new TextField();
        t.setId(id);
        return t;
    }

    private static void row(GridPane g, int r, String label, Node field) {
        Label l = new Label(label);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        g.add(l, 0, r);
        g.add(field, 1, r);
    }
}
