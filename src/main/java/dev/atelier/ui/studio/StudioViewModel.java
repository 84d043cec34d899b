package dev.atelier.ui.studio;

import dev.atelier.app.TaskRunner;
import dev.atelier.common.ProgressSink;
import dev.atelier.studio.Collection;
import dev.atelier.studio.CollectionReport;
import dev.atelier.studio.CollectionSummary;
import dev.atelier.studio.DemoKit;
import dev.atelier.studio.Item;
import dev.atelier.studio.ItemQuery;
import dev.atelier.studio.ItemSort;
import dev.atelier.studio.Studio;
import dev.atelier.studio.TraitFilter;
import dev.atelier.studio.Verdict;
import dev.atelier.studio.imports.ColumnMapping;
import dev.atelier.studio.imports.ImportReport;
import dev.atelier.studio.packaging.PackageResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Studio screen's state: the collections, the selected one, the item query (words, attribute
 * filters, verdict, order) and its rows, the selected item. Long work (imports, validation,
 * packaging, the demo kit) goes through the task runner; queries are indexed and run inline.
 */
public final class StudioViewModel {
    private final Studio studio;
    private final TaskRunner tasks;
    private final Path home;
    private final ObservableList<CollectionSummary> collections = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Collection> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CollectionSummary> currentSummary = new ReadOnlyObjectWrapper<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<TraitFilter> traits = FXCollections.observableArrayList();
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final ObjectProperty<ItemSort> sort = new SimpleObjectProperty<>(ItemSort.TOKEN);
    private final ObjectProperty<Boolean> descending = new SimpleObjectProperty<>(false);
    private final ReadOnlyObjectWrapper<LazyItems> rows = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper matches = new ReadOnlyLongWrapper();
    private final ObjectProperty<Item> selected = new SimpleObjectProperty<>();

    /**
     * Titles of the Studio's background tasks start with this: while one runs, the screen waits
     * (the task holds studio.db's one connection, so paging the table would stall the window).
     */
    public static final String TASK_PREFIX = "Studio: ";

    public StudioViewModel(Studio studio, TaskRunner tasks, Path home) {
        this.studio = studio;
        this.tasks = tasks;
        this.home = home;
        text.addListener((o, a, b) -> requery());
        traits.addListener((javafx.collections.ListChangeListener<TraitFilter>) c -> requery());
        verdict.addListener((o, a, b) -> requery());
        sort.addListener((o, a, b) -> requery());
        descending.addListener((o, a, b) -> requery());
    }

    public Studio studio() {
        return studio;
    }

    public ObservableList<CollectionSummary> collections() {
        return collections;
    }

    public ReadOnlyObjectProperty<Collection> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Collection current() {
        return current.get();
    }

    public ReadOnlyObjectProperty<CollectionSummary> summaryProperty() {
        return currentSummary.getReadOnlyProperty();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<TraitFilter> traitFilters() {
        return traits;
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    public ObjectProperty<ItemSort> sortProperty() {
        return sort;
    }

    public ObjectProperty<Boolean> descendingProperty() {
        return descending;
    }

    ReadOnlyObjectProperty<LazyItems> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public List<Item> rows() {
        return rows.get() == null ? List.of() : rows.get();
    }

    public ReadOnlyLongProperty matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    public ObjectProperty<Item> selectedProperty() {
        return selected;
    }

    /** Reloads the collection list (and the current collection's counts); keeps the selection by id. */
    public void refreshCollections() {
        List<CollectionSummary> all = studio.store().collections();
        collections.setAll(all);
        Collection c = current.get();
        if (c != null) {
            CollectionSummary s = all.stream().filter(x -> x.collection().id() == c.id()).findFirst().orElse(null);
            currentSummary.set(s);
            current.set(s == null ? null : s.collection());
        }
    }

    public void select(Collection c) {
        if (c != null && current.get() != null && current.get().id() == c.id() && rows.get() != null) {
            return;
        }
        current.set(c);
        currentSummary.set(c == null ? null : collections.stream().filter(x -> x.collection().id() == c.id()).findFirst()
                .orElse(null));
        selected.set(null);
        traits.clear();
        verdict.set(null);
        if (text.get().isEmpty()) {
            requery();
        } else {
            text.set("");
        }
    }

    public ItemQuery query() {
        Collection c = current.get();
        return new ItemQuery(c == null ? 0 : c.id(), text.get(), new ArrayList<>(traits), verdict.get(), sort.get(),
                descending.get());
    }

    /** Runs the query (indexed: milliseconds even at 100,000 items) and replaces the rows. */
    public void requery() {
        Collection c = current.get();
        if (c == null) {
            rows.set(null);
            matches.set(0);
            return;
        }
        long[] ids = studio.search().ids(query());
        rows.set(new LazyItems(studio.store(), ids));
        matches.set(ids.length);
    }

    public Map<String, Map<String, Long>> traitValues() {
        Collection c = current.get();
        return c == null ? Map.of() : studio.search().traitValues(c.id(), 200);
    }

    /** Called by the editor after it saved an item: updates the visible row and the counts. */
    public void itemSaved(Item item) {
        LazyItems r = rows.get();
        if (r != null) {
            r.replace(item);
        }
        refreshCollections();
    }

    // ---- actions ----

    public Collection createCollection(Collection draft) {
        Collection c = studio.createCollection(draft);
        refreshCollections();
        select(c);
        return c;
    }

    public void saveCollection(Collection c) {
        studio.saveCollection(c);
        refreshCollections();
        requery();
    }

    public Item addItem() {
        Collection c = current.get();
        Item it = studio.addItem(c, Item.draft(c.id(), dev.atelier.studio.TokenId.of(0), "New item"), true);
        refreshCollections();
        requery();
        selected.set(it);
        return it;
    }

    public void deleteItem(Item it) {
        studio.store().deleteItem(it.id());
        selected.set(null);
        refreshCollections();
        requery();
    }

    public void openDemoKit(Consumer<Collection> done, Consumer<Throwable> failed) {
        tasks.submit(TASK_PREFIX + "opening the demo kit", p -> DemoKit.open(studio, home.resolve("demo-kit"), p), c -> {
            refreshCollections();
            select(c);
            done.accept(c);
        }, failed);
    }

    public void importCsv(Path file, ColumnMapping mapping, boolean skipInvalid, Consumer<ImportReport> done,
                          Consumer<Throwable> failed) {
        Collection c = current.get();
        tasks.submit(TASK_PREFIX + "importing " + file.getFileName(), p -> studio.importCsv(c, file, mapping, skipInvalid, p),
                r -> afterImport(r, done), failed);
    }

    public void importFolder(Path folder, Consumer<ImportReport> done, Consumer<Throwable> failed) {
        Collection c = current.get();
        tasks.submit(TASK_PREFIX + "importing " + folder.getFileName(), p -> studio.importPath(c, folder, p), r -> afterImport(r, done), failed);
    }

    private void afterImport(ImportReport r, Consumer<ImportReport> done) {
        refreshCollections();
        requery();
        done.accept(r);
    }

    public void validate(Consumer<CollectionReport> done, Consumer<Throwable> failed) {
        Collection c = current.get();
        tasks.submit(TASK_PREFIX + "validating " + c.name(), p -> studio.validateCollection(c, p), r -> {
            refreshCollections();
            requery();
            done.accept(r);
        }, failed);
    }

    public void packageTo(Path out, Path car, Consumer<PackageResult> done, Consumer<Throwable> failed) {
        Collection c = current.get();
        tasks.submit(TASK_PREFIX + "packaging " + c.name(), p -> studio.packageCollection(c, out, car, p), r -> {
            refreshCollections();
            done.accept(r);
        }, failed);
    }

    static ProgressSink none() {
        return ProgressSink.NONE;
    }
}
