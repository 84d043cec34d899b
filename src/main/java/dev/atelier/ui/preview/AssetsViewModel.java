package dev.atelier.ui.preview;

import dev.atelier.app.TaskRunner;
import dev.atelier.asset.AssetInspector;
import dev.atelier.asset.AssetReport;
import dev.atelier.asset.OpenedAsset;
import dev.atelier.asset.Posters;
import dev.atelier.asset.budget.BudgetProfile;
import dev.atelier.asset.budget.BudgetProfiles;
import dev.atelier.asset.budget.BudgetResult;
import dev.atelier.asset.budget.BuiltInProfiles;
import dev.atelier.asset.cid.CarWriter;
import dev.atelier.asset.cid.Cid;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Assets screen's state: the opened file and its report, the chosen budget profile and its
 * results, the CID. Work runs through the {@link TaskRunner} (status bar with progress); failures
 * go to {@code onFailure}.
 */
public final class AssetsViewModel {
    private final AssetInspector inspector;
    private final BudgetProfiles profiles;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;

    private final ReadOnlyObjectWrapper<OpenedAsset> opened = new ReadOnlyObjectWrapper<>();
    private final ObservableList<BudgetProfile> profileList = FXCollections.observableArrayList();
    private final ObjectProperty<BudgetProfile> profile = new SimpleObjectProperty<>(BuiltInProfiles.NONE);
    private final ObservableList<BudgetResult> budget = FXCollections.observableArrayList();
    private final StringProperty cid = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public AssetsViewModel(AssetInspector inspector, BudgetProfiles profiles, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.inspector = inspector;
        this.profiles = profiles;
        this.tasks = tasks;
        this.onFailure = onFailure;
        reloadProfiles();
        profile.addListener((o, a, b) -> recheckBudget());
        // Readers are cold on first use; warm them while the user picks a file.
        tasks.submit("Preparing asset tools", p -> {
            p.progress(0, 1); // determinate: an animated bar would repaint the window all along
            inspector.warmUp();
            return null;
        }, x -> { }, e -> { });
    }

    public ReadOnlyObjectProperty<OpenedAsset> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public OpenedAsset opened() {
        return opened.get();
    }

    public ObservableList<BudgetProfile> profiles() {
        return profileList;
    }

    public ObjectProperty<BudgetProfile> profileProperty() {
        return profile;
    }

    public ObservableList<BudgetResult> budget() {
        return budget;
    }

    public StringProperty cidProperty() {
        return cid;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public AssetInspector inspector() {
        return inspector;
    }

    /** Inspects the file in the background; the preview and inspector update when done. */
    public void open(Path file, Runnable then) {
        busy.set(true);
        tasks.submit("Inspecting " + file.getFileName(), p -> inspector.open(file, null, p), result -> {
            busy.set(false);
            cid.set("");
            opened.set(result);
            recheckBudget();
            then.run();
        }, e -> {
            busy.set(false);
            onFailure.accept(e);
        });
    }

    public void open(Path file) {
        open(file, () -> { });
    }

    public void closeAsset() {
        opened.set(null);
        budget.clear();
        cid.set("");
    }

    private void recheckBudget() {
        OpenedAsset o = opened.get();
        BudgetProfile p = profile.get();
        budget.setAll(o == null || p == null ? java.util.List.of() : p.check(o.report()));
    }

    public void reloadProfiles() {
        BudgetProfile current = profile.get();
        profileList.setAll(profiles.all());
        profile.set(profileList.stream().filter(p -> current != null && p.name().equalsIgnoreCase(current.name()))
                .findFirst().orElse(BuiltInProfiles.NONE));
    }

    public BudgetProfile saveProfile(BudgetProfile p) {
        BudgetProfile saved = profiles.save(p);
        reloadProfiles();
        profile.set(profileList.stream().filter(x -> x.name().equals(saved.name())).findFirst().orElse(saved));
        return saved;
    }

    public void deleteProfile(BudgetProfile p) {
        profiles.delete(p.name());
        profile.set(BuiltInProfiles.NONE);
        reloadProfiles();
    }

    /** Computes the file's CID (all cores; progress in the status bar). */
    public void computeCid() {
        OpenedAsset o = opened.get();
        if (o == null) {
            return;
        }
        tasks.submit("Computing the CID of " + o.report().fileName(), p -> Cid.ofFile(o.path(), p).toString(), cid::set, onFailure::accept);
    }

    public void exportCar(Path car, Consumer<String> done) {
        OpenedAsset o = opened.get();
        tasks.submit("Exporting " + car.getFileName(), p -> CarWriter.export(o.path(), car, p).toString(), root -> {
            cid.set(root);
            done.accept(root);
        }, onFailure::accept);
    }

    public void savePoster(Path png, int size, Runnable done) {
        OpenedAsset o = opened.get();
        tasks.submit("Rendering poster", p -> {
            Posters.writePng(new Posters(inspector).render(o, size, false, p), png);
            return png;
        }, x -> done.run(), onFailure::accept);
    }

    /**
     * Saves the poster the 3D view draws: the model is rebuilt in the background, then
     * {@code render} (FX thread) takes the picture, and the PNG is written in the background.
     */
    public void savePosterFromView(Path png, java.util.function.Function<ModelScene, javafx.scene.image.WritableImage> render,
                                   Runnable done) {
        OpenedAsset o = opened.get();
        tasks.submit("Rendering poster", p -> {
            p.progress(0, 1);
            return new ModelScene(o.model(), inspector.limits());
        }, scene -> {
            javafx.scene.image.WritableImage img = render.apply(scene);
            java.awt.image.BufferedImage bi = javafx.embed.swing.SwingFXUtils.fromFXImage(img, null);
            tasks.submit("Saving poster", p -> {
                Posters.writePng(bi, png);
                return png;
            }, x -> done.run(), onFailure::accept);
        }, onFailure::accept);
    }

    public AssetReport report() {
        OpenedAsset o = opened.get();
        return o == null ? null : o.report();
    }
}
