package dev.atelier.ui.studio;

import dev.atelier.studio.Collection;
import dev.atelier.studio.Item;
import dev.atelier.ui.UiServices;
import java.io.File;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import javafx.stage.DirectoryChooser;

/** What the Studio's buttons and shortcuts do: dialogs in, background tasks out, results shown. */
final class StudioActions {
    private final UiServices ui;
    private final StudioViewModel vm;
    private final ItemEditorModel editor;
    private final LongConsumer selectItem;

    StudioActions(UiServices ui, StudioViewModel vm, ItemEditorModel editor, LongConsumer selectItem) {
        this.ui = ui;
        this.vm = vm;
        this.editor = editor;
        this.selectItem = selectItem;
    }


    void newCollection() {
        ui.dialogs().show(new CollectionDialog(null)).ifPresent(draft -> {
            try {
                vm.createCollection(draft);
                ui.dialogs().notifySuccess("Created " + draft.name() + ".");
            } catch (RuntimeException e) {
                ui.dialogs().showFailure("Could not create the collection", e);
            }
        });
    }

    void editCollection() {
        Collection c = vm.current();
        if (c == null) {
            return;
        }
        ui.dialogs().show(new CollectionDialog(c)).ifPresent(updated -> {
            try {
                vm.saveCollection(updated);
            } catch (RuntimeException e) {
                ui.dialogs().showFailure("Could not save the collection", e);
            }
        });
    }

    void openDemoKit() {
        vm.openDemoKit(c -> ui.dialogs().notifySuccess("Opened the demo kit as '" + c.name() + "'."),
                e -> ui.dialogs().showFailure("Could not open the demo kit", e));
    }

    void addItem() {
        if (vm.current() == null) {
            return;
        }
        try {
            Item it = vm.addItem();
            selectItem.accept(it.id());
        } catch (RuntimeException e) {
            ui.dialogs().showFailure("Could not add an item", e);
        }
    }

    void deleteItem() {
        Item it = editor.item();
        if (it != null && ui.dialogs().confirm("Delete item", "Delete #" + it.tokenId() + " '" + it.name()
                + "'? This cannot be undone.", "Delete")) {
            vm.deleteItem(it);
        }
    }

    /** Opens the CSV import dialog (pre-filled when {@code file} is given). */
    void importCsv(Path file) {
        if (vm.current() == null) {
            return;
        }
        CsvImportDialog d = new CsvImportDialog();
        if (file != null) {
            d.preset(file);
        }
        ui.dialogs().show(d).ifPresent(choice -> vm.importCsv(choice.file(), choice.mapping(), choice.skipInvalid(),
                r -> ui.dialogs().show(ReportDialogs.importReport(r)),
                e -> ui.dialogs().showFailure("Import failed", e)));
    }

    void importFolder(String prompt) {
        if (vm.current() == null) {
            return;
        }
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(prompt);
        File f = dc.showDialog(ui.dialogs().owner());
        if (f != null) {
            vm.importFolder(f.toPath(), r -> ui.dialogs().show(ReportDialogs.importReport(r)),
                    e -> ui.dialogs().showFailure("Import failed", e));
        }
    }

    void validate() {
        if (vm.current() == null) {
            return;
        }
        vm.validate(r -> ReportDialogs.validation(r, selectItem).show(), e -> ui.dialogs().showFailure("Validation failed", e));
    }

    void packageCollection() {
        Collection c = vm.current();
        if (c == null) {
            return;
        }
        Path suggested = ui.app().paths().home().resolve("packages").resolve(c.name().replaceAll("[^A-Za-z0-9._-]", "_"));
        ui.dialogs().show(new PackageDialog(c.name(), suggested)).ifPresent(choice -> vm.packageTo(choice.folder(), choice.car(),
                r -> ui.dialogs().show(ReportDialogs.packaged(r, ui.clipboard()::copy)),
                e -> ui.dialogs().showFailure("Could not package " + c.name(), e)));
    }
}
