package dev.atelier.ui.preview;

import dev.atelier.app.TaskRunner;
import dev.atelier.asset.AssetInspector;
import dev.atelier.asset.AssetKind;
import dev.atelier.asset.AssetType;
import dev.atelier.asset.OpenedAsset;
import dev.atelier.asset.render.PosterRenderer;
import java.nio.file.Files;
import java.util.function.Consumer;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Builds the preview of an inspected asset — reusable outside the Assets screen (the Studio shows
 * items with it): images (animated GIF included), audio/video with controls, and 3D models in an
 * interactive view when the graphics pipeline supports 3D, else a software-rendered still.
 * Heavy work (decoding, building meshes) runs through the task runner; the node fills in when done.
 */
public final class AssetPreviews {
    private final AssetInspector inspector;
    private final TaskRunner tasks;

    public AssetPreviews(AssetInspector inspector, TaskRunner tasks) {
        this.inspector = inspector;
        this.tasks = tasks;
    }

    /** Whether models get the interactive 3D view (false under software rendering: then a still). */
    public static boolean interactive3d() {
        return Platform.isSupported(ConditionalFeature.SCENE3D);
    }

    public Node create(OpenedAsset asset) {
        StackPane host = new StackPane(loading());
        host.getStyleClass().add("asset-preview");
        host.setId("asset-preview");
        host.setMinSize(0, 0);
        Consumer<Node> show = n -> host.getChildren().setAll(n);
        AssetKind kind = asset.report().kind();
        if (asset.report().hasErrors() && kind == AssetKind.IMAGE) {
            show.accept(message("mdi2i-image-broken-variant", asset.report().issues().get(0).message()));
        } else if (kind == AssetKind.IMAGE) {
            image(asset, show);
        } else if (kind == AssetKind.AUDIO || kind == AssetKind.VIDEO) {
            show.accept(asset.report().assetType().playable() ? new MediaPreview(asset.path(), kind == AssetKind.VIDEO)
                    : message("mdi2m-music-off", asset.report().type().toUpperCase(java.util.Locale.ROOT)
                    + " cannot be played here. JavaFX plays MP3, WAV, AAC and MP4 (H.264)."));
        } else if (kind == AssetKind.MODEL) {
            model(asset, show);
        } else {
            show.accept(message("mdi2f-file-question-outline", "No preview for this file type."));
        }
        return host;
    }

    private void image(OpenedAsset asset, Consumer<Node> show) {
        AssetType t = asset.report().assetType();
        if (t == AssetType.PNG || t == AssetType.JPEG || t == AssetType.GIF || t == AssetType.BMP) {
            // JavaFX decodes these itself (and animates GIFs); the size was checked from the header.
            Image img = new Image(asset.path().toUri().toString(), true);
            show.accept(fit(img));
            return;
        }
        tasks.submit("Decoding " + asset.report().fileName(), p -> FxImages.decode(Files.readAllBytes(asset.path()), 2048, inspector.limits()),
                img -> show.accept(fit(img)), e -> show.accept(message("mdi2i-image-broken-variant", describe(e))));
    }

    private void model(OpenedAsset asset, Consumer<Node> show) {
        if (asset.model() == null || !asset.model().hasGeometry()) {
            String why = asset.report().model() != null && !asset.report().model().missingDecoders().isEmpty()
                    ? "This model needs " + String.join(" and ", asset.report().model().missingDecoders())
                    + ", which Atelier cannot decode. Its statistics are in the inspector."
                    : "This model has no triangles that can be drawn (see the validation issues).";
            show.accept(message("mdi2c-cube-off-outline", why));
            return;
        }
        if (interactive3d()) {
            tasks.submit("Preparing " + asset.report().fileName(), p -> {
                        p.progress(0, 1);
                        return new ModelScene(asset.model(), inspector.limits());
                    },
                    scene -> show.accept(new ModelView3D(scene)), e -> show.accept(message("mdi2c-cube-off-outline", describe(e))));
        } else {
            tasks.submit("Rendering " + asset.report().fileName(), p -> FxImages.of(new PosterRenderer(inspector.limits())
                            .render(asset.model(), 768, true, p)),
                    img -> {
                        Label note = new Label("3D acceleration is not available here: showing a still picture.");
                        note.getStyleClass().addAll("text-muted", "preview-note");
                        StackPane.setAlignment(note, Pos.BOTTOM_CENTER);
                        StackPane still = new StackPane(fit(img), note);
                        still.setId("model-still");
                        show.accept(still);
                    }, e -> show.accept(message("mdi2c-cube-off-outline", describe(e))));
        }
    }

    static Node fit(Image img) {
        ImageView view = new ImageView(img);
        view.setId("preview-image");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        StackPane pane = new StackPane(view);
        pane.getStyleClass().add("image-stage");
        pane.setMinSize(0, 0);
        view.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(pane.getWidth() - 24, img.getWidth() <= 0 ? pane.getWidth() : Math.max(img.getWidth(), 64)),
                pane.widthProperty(), img.widthProperty()));
        view.fitHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(pane.getHeight() - 24, img.getHeight() <= 0 ? pane.getHeight() : Math.max(img.getHeight(), 64)),
                pane.heightProperty(), img.heightProperty()));
        return pane;
    }

    static Node message(String icon, String text) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("preview-message-icon");
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(420);
        l.getStyleClass().add("text-muted");
        VBox box = new VBox(10, glyph, l);
        box.setAlignment(Pos.CENTER);
        box.setId("preview-message");
        return box;
    }

    /** A still "loading" note: a spinning indicator would keep a software-rendered window repainting. */
    private static Node loading() {
        Label l = new Label("Loading…", new FontIcon("mdi2t-timer-sand"));
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof dev.atelier.common.AtelierException ae) {
                return ae.userMessage();
            }
        }
        return "The preview could not be made. Details are in the log.";
    }
}
