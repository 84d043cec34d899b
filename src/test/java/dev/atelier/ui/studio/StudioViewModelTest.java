package dev.atelier.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.SameThreadTaskRunner;
import dev.atelier.studio.Collection;
import dev.atelier.studio.CollectionReport;
import dev.atelier.studio.Item;
import dev.atelier.studio.ItemSort;
import dev.atelier.studio.Standard;
import dev.atelier.studio.StudioFixture;
import dev.atelier.studio.TraitFilter;
import dev.atelier.studio.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Studio's state and actions, without a window. */
class StudioViewModelTest {
    @TempDir
    Path dir;
    StudioFixture fx;
    StudioViewModel vm;
    final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void open() {
        fx = new StudioFixture(dir);
        vm = new StudioViewModel(fx.studio, new SameThreadTaskRunner(), dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void demoKitOpensSelectsAndQueriesWithTextFiltersVerdictAndSort() {
        Collection[] opened = new Collection[1];
        vm.openDemoKit(c -> opened[0] = c, failures::add);
        assertThat(failures).isEmpty();
        assertThat(vm.current()).isEqualTo(opened[0]);
        assertThat(vm.collections()).hasSize(1);
        assertThat(vm.rows()).hasSize(12);
        assertThat(vm.summaryProperty().get().ready()).isEqualTo(12);

        vm.textProperty().set("swor");
        assertThat(vm.rows()).extracting(Item::name).containsExactly("Iron Sword");
        vm.textProperty().set("");
        vm.traitFilters().add(new TraitFilter("Rarity", "Legendary"));
        assertThat(vm.rows()).extracting(Item::name).containsExactly("Frost Staff", "Sun Amulet");
        assertThat(vm.matchesProperty().get()).isEqualTo(2);
        vm.traitFilters().clear();
        vm.sortProperty().set(ItemSort.NAME);
        assertThat(vm.rows().get(0).name()).isEqualTo("Ancient Scroll");
        vm.descendingProperty().set(true);
        assertThat(vm.rows().get(0).name()).isEqualTo("Swift Boots");
        vm.verdictProperty().set(Verdict.ERRORS);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.traitValues().get("Rarity")).containsEntry("Common", 2L);
    }

    @Test
    void editorSavesEachChangeUndoesRedoesAndRefreshesTheRowAndCounts() {
        Collection c = vm.createCollection(Collection.draft("Mine", Standard.ERC721));
        Item added = vm.addItem();
        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.summaryProperty().get().errors()).isEqualTo(1);
        ItemEditorModel editor = new ItemEditorModel(fx.studio, vm::itemSaved);
        editor.edit(c, added);
        editor.apply(it -> it.withName("Blade"));
        editor.apply(it -> it.withImage("ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/1.png")
                .withDescription("Sharp"));
        assertThat(editor.item().verdict()).isEqualTo(Verdict.READY);
        assertThat(editor.jsonProperty().get()).contains("\"name\" : \"Blade\"").contains("\"description\" : \"Sharp\"");
        assertThat(vm.rows().get(0).name()).isEqualTo("Blade");
        assertThat(vm.summaryProperty().get().ready()).isEqualTo(1);
        editor.undo();
        assertThat(fx.studio.store().item(added.id()).orElseThrow().verdict()).isEqualTo(Verdict.ERRORS);
        assertThat(editor.reportProperty().get().issues()).extracting(i -> i.field()).contains("image");
        editor.undo();
        assertThat(fx.studio.store().item(added.id()).orElseThrow().name()).isEqualTo("New item");
        assertThat(editor.canUndoProperty().get()).isFalse();
        editor.redo();
        editor.redo();
        assertThat(fx.studio.store().item(added.id()).orElseThrow().name()).isEqualTo("Blade");
        assertThat(editor.canRedoProperty().get()).isFalse();
    }

    @Test
    void validateReportsAndPackagingFailureIsReportedNotThrown() {
        vm.createCollection(Collection.draft("V", Standard.ERC721));
        vm.addItem();
        CollectionReport[] report = new CollectionReport[1];
        vm.validate(r -> report[0] = r, failures::add);
        assertThat(report[0].hasErrors()).isTrue();
        vm.packageTo(dir.resolve("out"), null, r -> { }, failures::add);
        assertThat(failures).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("errors remain"));
    }
}
