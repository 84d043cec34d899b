package dev.atelier.ui.studio;

import dev.atelier.studio.Collection;
import dev.atelier.studio.EditHistory;
import dev.atelier.studio.Item;
import dev.atelier.studio.Metadata;
import dev.atelier.studio.Studio;
import dev.atelier.studio.ValidationReport;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One item being edited: every change is saved at once (and re-validated), recorded for undo/redo,
 * and reflected in the live metadata JSON preview and the validation messages.
 */
public final class ItemEditorModel {
    private final Studio studio;
    private final Consumer<Item> saved;
    private final EditHistory history = new EditHistory();
    private final ReadOnlyObjectWrapper<Item> item = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ValidationReport> report = new ReadOnlyObjectWrapper<>(new ValidationReport(List.of()));
    private final ReadOnlyStringWrapper json = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private Collection collection;

    public ItemEditorModel(Studio studio, Consumer<Item> saved) {
        this.studio = studio;
        this.saved = saved;
    }

    /** Starts editing another item (or none); the undo history belongs to one item. */
    public void edit(Collection c, Item it) {
        if (it != null && item.get() != null && item.get().id() == it.id() && collection != null && collection.id() == c.id()) {
            return;
        }
        collection = c;
        history.clear();
        show(it);
    }

    public Collection collection() {
        return collection;
    }

    public ReadOnlyObjectProperty<Item> itemProperty() {
        return item.getReadOnlyProperty();
    }

    public Item item() {
        return item.get();
    }

    public ReadOnlyObjectProperty<ValidationReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty jsonProperty() {
        return json.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Applies an edit, saves it and records it for undo; a no-op edit saves nothing. */
    public void apply(UnaryOperator<Item> change) {
        Item before = item.get();
        if (before == null) {
            return;
        }
        Item after = change.apply(before);
        if (after.sameContent(before)) {
            return;
        }
        Item stored = studio.saveItem(collection, after);
        history.record(before, stored);
        show(stored);
        saved.accept(stored);
    }

    public void undo() {
        history.undo().ifPresent(this::restore);
    }

    public void redo() {
        history.redo().ifPresent(this::restore);
    }

    private void restore(Item version) {
        Item stored = studio.saveItem(collection, version);
        show(stored);
        saved.accept(stored);
    }

    private void show(Item it) {
        item.set(it);
        if (it == null) {
            report.set(new ValidationReport(List.of()));
            json.set("");
        } else {
            report.set(studio.validate(it, collection));
            json.set(Metadata.toJsonText(it, s -> s));
        }
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }
}
