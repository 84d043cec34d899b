package dev.atelier.ui.studio;

import atlantafx.base.theme.Styles;
import dev.atelier.app.TaskRunner;
import dev.atelier.asset.AssetInspector;
import dev.atelier.asset.budget.BudgetProfile;
import dev.atelier.asset.budget.BuiltInProfiles;
import dev.atelier.studio.Collection;
import dev.atelier.studio.Item;
import dev.atelier.studio.MediaRef;
import dev.atelier.ui.preview.AssetPreviews;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The item's asset as the Assets screen shows it: the model (animation_url) in the 3D view, or the
 * picture, or the video/audio player. The file is opened by the inspector in the background; a
 * newer request replaces an older one that is still loading.
 */
final class AssetPreview extends StackPane {
    private final AssetInspector inspector;
    private final AssetPreviews previews;
    private final TaskRunner tasks;
    private long generation;

    AssetPreview(AssetInspector inspector, TaskRunner tasks) {
        this.inspector = inspector;
        this.previews = new AssetPreviews(inspector, tasks);
        this.tasks = tasks;
        setId("item-preview");
        setMinHeight(320);
        getChildren().setAll(note("mdi2i-image-outline", "Choose an item to see its picture or model."));
    }

    void show(Item item, Collection collection) {
        long mine = ++generation;
        if (item == null) {
            getChildren().clear();
            return;
        }
        Path file = localFile(item.animationUrl());
        if (file == null) {
            file = localFile(item.image());
        }
        if (file == null) {
            getChildren().setAll(note("mdi2w-web", item.image().isBlank() && item.animationUrl().isBlank()
                    ? "This item has no picture or model yet." : "Only local files are previewed; URIs are never fetched."));
            return;
        }
        BudgetProfile budget = collection == null ? BuiltInProfiles.NONE : BuiltInProfiles.ALL.stream()
                .filter(b -> b.name().equalsIgnoreCase(collection.marketplaceProfile().assetBudget())).findFirst()
                .orElse(BuiltInProfiles.NONE);
        Path target = file;
        getChildren().setAll(note("mdi2t-timer-sand", "Opening " + file.getFileName() + "…"));
        tasks.submit("Opening " + file.getFileName(), p -> inspector.open(target, budget, p), opened -> {
            if (mine == generation) {
                getChildren().setAll(previews.create(opened));
            }
        }, e -> {
            if (mine == generation) {
                getChildren().setAll(note("mdi2f-file-alert-outline", e instanceof dev.atelier.common.AtelierException ae
                        ? ae.userMessage() : "This file cannot be previewed."));
            }
        });
    }

    private static Path localFile(String ref) {
        MediaRef m = MediaRef.of(ref);
        if (m.kind() != MediaRef.Kind.FILE) {
            return null;
        }
        try {
            Path p = m.path();
            return Files.isRegularFile(p) ? p : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static StackPane note(String icon, String text) {
        Label l = new Label(text, new FontIcon(icon));
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane p = new StackPane(l);
        p.setAlignment(Pos.CENTER);
        return p;
    }
}
