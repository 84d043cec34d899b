package dev.atelier.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.common.ProgressSink;
import dev.atelier.studio.imports.ImportReport;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100,000-item catalog imported from CSV: search and filters return exactly the items that the
 * generator says match (computed from the generator, not from the database). Not timed: the
 * figures are in docs/benchmarks.md (scripts/bench-studio.sh).
 */
class CatalogScaleTest {
    static final int N = 100_000;
    @TempDir
    static Path dir;
    static StudioFixture fx;
    static Collection c;

    @BeforeAll
    static void importHundredThousand() throws Exception {
        fx = new StudioFixture(dir);
        c = fx.collection("Armory", Standard.ERC1155);
        fx.file("item.png", 100);
        Path csv = dir.resolve("items.csv");
        ScaleData.writeCsv(csv, N, "item.png");
        ImportReport r = fx.studio.importPath(c, csv, ProgressSink.NONE);
        assertThat(r.errors()).isEmpty();
        assertThat(r.imported()).isEqualTo(N);
        System.out.println("100k import: " + r.millis() + " ms");
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void everyItemIsThereInTokenOrder() {
        long[] ids = fx.studio.search().ids(ItemQuery.all(c.id()));
        assertThat(ids).hasSize(N);
        List<Item> first = fx.studio.search().find(ItemQuery.all(c.id()), 3);
        assertThat(first).extracting(Item::name).containsExactly(ScaleData.name(1), ScaleData.name(2), ScaleData.name(3));
    }

    @Test
    void textSearchCombinedWithAnAttributeFilterFindsExactlyTheGeneratedMatches() {
        for (String[] q : new String[][] {{"frost", "Legendary"}, {"obsidian ham", "Epic"}, {"golden crown", "Common"}}) {
            String[] words = q[0].split(" ");
            List<String> expected = IntStream.rangeClosed(1, N)
                    .filter(i -> matches(ScaleData.material(i), words[0]) || matches(ScaleData.kind(i), words[0]))
                    .filter(i -> words.length < 2 || matches(ScaleData.material(i), words[1]) || matches(ScaleData.kind(i), words[1]))
                    .filter(i -> ScaleData.rarity(i).equals(q[1]))
                    .mapToObj(ScaleData::name).toList();
            ItemQuery query = ItemQuery.all(c.id()).withText(q[0]).withTraits(List.of(new TraitFilter("Rarity", q[1])));
            assertThat(expected).isNotEmpty();
            assertThat(fx.studio.search().count(query)).isEqualTo(expected.size());
            List<Item> found = fx.studio.search().find(query, Integer.MAX_VALUE);
            assertThat(found).extracting(Item::name).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void attributeFiltersCombineAndAreCaseInsensitive() {
        long expected = IntStream.rangeClosed(1, N).filter(i -> ScaleData.rarity(i).equals("Rare")
                && ScaleData.kind(i).equals("Bow")).count();
        ItemQuery q = ItemQuery.all(c.id()).withTraits(List.of(new TraitFilter("rarity", "rare"), new TraitFilter("Type", "BOW")));
        assertThat(fx.studio.search().count(q)).isEqualTo(expected);
    }

    @Test
    void sortingByNameDescendingPutsTheLastNameFirst() {
        String last = IntStream.rangeClosed(1, N).mapToObj(ScaleData::name).max(String.CASE_INSENSITIVE_ORDER).orElseThrow();
        List<Item> top = fx.studio.search().find(ItemQuery.all(c.id()).sortedBy(ItemSort.NAME, true), 1);
        assertThat(top.get(0).name()).isEqualTo(last);
    }

    private static boolean matches(String word, String prefix) {
        return word.toLowerCase().startsWith(prefix.toLowerCase());
    }
}
