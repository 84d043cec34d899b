package dev.atelier.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.common.ProgressSink;
import dev.atelier.studio.imports.ColumnMapping;
import dev.atelier.studio.imports.ColumnTarget;
import dev.atelier.studio.imports.CsvImporter;
import dev.atelier.studio.imports.ImportReport;
import dev.atelier.studio.imports.ItemField;
import dev.atelier.studio.imports.RowError;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {
    @TempDir
    Path dir;
    StudioFixture fx;
    Collection swords;

    @BeforeEach
    void open() {
        fx = new StudioFixture(dir);
        swords = fx.collection("Swords", Standard.ERC1155);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    ImportReport importCsv(Path csv) {
        return fx.studio.importPath(swords, csv, ProgressSink.NONE);
    }

    @Test
    void wellFormedFileBecomesItemsWithAttributesPropertiesAndResolvedFiles() throws IOException {
        fx.file("img/sword.png", 10);
        Path csv = fx.write("items.csv", """
                token_id,name,description,image,supply,attr:Rarity,attr:Power:number:100,prop:damage:int,prop:slot
                7,Iron Sword,"A plain sword, ""well"" balanced",img/sword.png,25,Common,42,12,hand
                9,Fire Sword,"Burns.
                Twice.",img/sword.png,3,Epic,99.5,40,hand
                """);
        ImportReport r = importCsv(csv);
        assertThat(r.errors()).isEmpty();
        assertThat(r.imported()).isEqualTo(2);
        List<Item> items = fx.studio.store().allItems(swords.id());
        Item iron = items.get(0);
        assertThat(iron.tokenId()).isEqualTo(TokenId.of(7));
        assertThat(iron.description()).isEqualTo("A plain sword, \"well\" balanced");
        assertThat(iron.image()).isEqualTo(dir.resolve("img/sword.png").toString());
        assertThat(iron.supply()).isEqualTo(25);
        assertThat(iron.attributes()).containsExactly(Attribute.text("Rarity", "Common"),
                Attribute.number("Power", new BigDecimal("42"), DisplayType.NUMBER, new BigDecimal("100")));
        assertThat(iron.properties()).containsExactly(new GameProperty("damage", PropertyType.INTEGER, new java.math.BigInteger("12")),
                new GameProperty("slot", PropertyType.TEXT, "hand"));
        assertThat(items.get(1).description()).isEqualTo("Burns.\nTwice.");
        assertThat(iron.verdict()).isEqualTo(Verdict.READY);
    }

    @Test
    void malformedRowsAreAllReportedWithTheirLineNumbersAndNothingIsStored() throws IOException {
        Path csv = fx.write("bad.csv", String.join("\n",
                "id,name,supply,attr:Level:number,prop:damage:int",   // line 1
                "1,Good,1,3,10",                                       // 2
                "2,Missing cells,1",                                   // 3
                "3,Bad supply,lots,3,10",                              // 4
                "4,Bad level,1,high,10",                               // 5
                "1,Duplicate id,1,3,10",                               // 6
                "5,Bad damage,1,3,12.5",                               // 7
                "x7,Bad id,1,3,10",                                    // 8
                "8,Too,many,cells,1,2,3",                              // 9
                "9,\"Multi",                                           // 10
                "line name\",1,2,3",                                   // 11 (continuation of row 10)
                "10,Fine,1,2,3",                                       // 12
                ""));
        ImportReport r = importCsv(csv);
        assertThat(r.imported()).isZero();
        assertThat(r.rejected()).isEqualTo(7);
        assertThat(r.errors()).extracting(RowError::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(r.errors().get(0).message()).contains("missing columns").contains("3 cells").contains("header has 5");
        assertThat(r.errors().get(1).message()).contains("supply").contains("'lots'");
        assertThat(r.errors().get(2).message()).contains("Level").contains("'high' is not a number");
        assertThat(r.errors().get(3).message()).contains("duplicate token id 1");
        assertThat(r.errors().get(4).message()).contains("damage").contains("'12.5' is not a whole number");
        assertThat(r.errors().get(5).message()).contains("'x7' is not a token id");
        assertThat(r.errors().get(6).message()).contains("too many cells");
        assertThat(fx.studio.store().allItems(swords.id())).isEmpty();
    }

    @Test
    void unclosedQuoteIsReportedAtTheLineWhereTheRowStarts() throws IOException {
        Path csv = fx.write("quote.csv", "id,name\n1,Ok\n2,\"Never closed\n3,Next\n4,Last\n");
        ImportReport r = importCsv(csv);
        assertThat(r.imported()).isZero();
        assertThat(r.errors()).hasSize(1);
        assertThat(r.errors().get(0).line()).isEqualTo(3);
        assertThat(r.errors().get(0).message()).contains("quoted cell is never closed");
        assertThat(fx.studio.store().allItems(swords.id())).isEmpty();
    }

    @Test
    void strayQuoteAfterAClosedCellIsExplained() throws IOException {
        Path csv = fx.write("stray.csv", "id,name\n1,\"Sword\"x\n");
        ImportReport r = importCsv(csv);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).contains("text follows a closing quote");
        });
    }

    @Test
    void tenMegabyteCellIsRejectedWithoutReadingItWhole() throws IOException {
        Path csv = dir.resolve("huge.csv");
        try (Writer w = Files.newBufferedWriter(csv)) {
            w.write("id,name,description\n1,Small,ok\n2,Huge,\"");
            char[] chunk = new char[1 << 16];
            java.util.Arrays.fill(chunk, 'a');
            for (int i = 0; i < 160; i++) { // 10 MiB
                w.write(chunk);
            }
            w.write("\"\n3,After,ok\n");
        }
        ImportReport r = importCsv(csv);
        assertThat(r.imported()).isZero();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).contains("larger than 1024 KiB");
        });
    }

    @Test
    void cellJustOverTheCellLimitIsARowErrorAndTheRestIsStillChecked() throws IOException {
        String big = "b".repeat(64 * 1024 + 1);
        Path csv = fx.write("big.csv", "id,name,description\n1,A,\"" + big + "\"\n2,B,ok\n2,C,dup\n");
        ImportReport r = importCsv(csv);
        assertThat(r.errors()).extracting(RowError::line).containsExactly(2L, 4L);
        assertThat(r.errors().get(0).message()).contains("description").contains("65537 characters");
    }

    @Test
    void idsCollidingWithExistingItemsAreRejected() throws IOException {
        fx.studio.addItem(swords, Item.draft(swords.id(), TokenId.of(5), "Existing"), false);
        Path csv = fx.write("c.csv", "id,name\n5,Clash\n6,Fine\n");
        ImportReport r = importCsv(csv);
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(2));
        assertThat(fx.studio.store().allItems(swords.id())).extracting(Item::name).containsExactly("Existing");
    }

    @Test
    void skippingInvalidRowsStoresTheGoodOnes() throws IOException {
        Path csv = fx.write("s.csv", "id,name,supply\n1,A,1\n2,B,zero\n3,C,4\n");
        ImportReport r = fx.studio.importCsv(swords, csv, ColumnMapping.byHeaders(List.of("id", "name", "supply")), true,
                ProgressSink.NONE);
        assertThat(r.imported()).isEqualTo(2);
        assertThat(r.rejected()).isEqualTo(1);
        assertThat(fx.studio.store().allItems(swords.id())).extracting(Item::name).containsExactly("A", "C");
    }

    @Test
    void rowsWithoutIdsTakeIdsAfterTheHighestOne() throws IOException {
        fx.studio.addItem(swords, Item.draft(swords.id(), TokenId.of(3), "Old"), false);
        Path csv = fx.write("n.csv", "id,name\n,First\n10,Ten\n,Second\n");
        assertThat(importCsv(csv).ok()).isTrue();
        assertThat(fx.studio.store().allItems(swords.id())).extracting(i -> i.tokenId().decimal() + ":" + i.name())
                .containsExactly("3:Old", "4:First", "5:Second", "10:Ten");
    }

    @Test
    void noIdColumnNumbersRowsFromTheNextFreeId() throws IOException {
        Path csv = fx.write("a.csv", "name;attr:Rarity\nA;Rare\nB;Common\n");
        assertThat(importCsv(csv).ok()).isTrue();
        assertThat(fx.studio.store().allItems(swords.id())).extracting(i -> i.tokenId().decimal() + ":" + i.name())
                .containsExactly("1:A", "2:B");
    }

    @Test
    void columnMappingCanRenameColumnsAndIgnoredOnesAreNoted() throws IOException {
        Path csv = fx.write("m.csv", "Title,Tier,Notes\nAxe,Gold,internal\n");
        CsvImporter.CsvPreview preview = CsvImporter.preview(csv, 5);
        assertThat(preview.rows()).containsExactly(List.of("Axe", "Gold", "internal"));
        ColumnMapping m = ColumnMapping.byHeaders(preview.headers())
                .with(1, new ColumnTarget.Trait("Tier", null, null));
        assertThat(m.targets().get(0)).isEqualTo(new ColumnTarget.Field(ItemField.NAME));
        ImportReport r = fx.studio.importCsv(swords, csv, m, false, ProgressSink.NONE);
        assertThat(r.notes()).singleElement().asString().contains("'Notes' was ignored");
        Item axe = fx.studio.store().allItems(swords.id()).get(0);
        assertThat(axe.attributes()).containsExactly(Attribute.text("Tier", "Gold"));
    }

    @Test
    void cancellingRollsBackEverything() throws IOException {
        StringBuilder b = new StringBuilder("name\n");
        for (int i = 0; i < 5000; i++) {
            b.append("Item ").append(i).append('\n');
        }
        Path csv = fx.write("big.csv", b.toString());
        ProgressSink cancelAfterFirstBatch = new ProgressSink() {
            int calls;

            @Override
            public void progress(double done, double total) {
            }

            @Override
            public void message(String text) {
            }

            @Override
            public boolean isCancelled() {
                return ++calls > 1;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fx.studio.importCsv(swords, csv,
                        ColumnMapping.byHeaders(List.of("name")), false, cancelAfterFirstBatch))
                .isInstanceOf(dev.atelier.common.CancelledException.class);
        assertThat(fx.studio.store().allItems(swords.id())).isEmpty();
    }

    @Test
    void erc721RejectsEditions() throws IOException {
        Collection art = fx.collection("Art", Standard.ERC721);
        Path csv = fx.write("e.csv", "name,supply\nA,1\nB,5\n");
        ImportReport r = fx.studio.importPath(art, csv, ProgressSink.NONE);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).contains("ERC-721");
        });
    }

    @Test
    void nonUtf8FileSaysSo() throws IOException {
        Path csv = dir.resolve("latin1.csv");
        Files.write(csv, new byte[] {'n', 'a', 'm', 'e', '\n', 'C', 'a', 'f', (byte) 0xE9, '\n'});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importCsv(csv))
                .isInstanceOf(dev.atelier.common.AtelierException.class).hasMessageContaining("not UTF-8");
        ImportReport r = fx.studio.importCsv(swords, csv, ColumnMapping.byHeaders(List.of("name")), false, ProgressSink.NONE);
        assertThat(r.imported()).isZero();
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("UTF-8"));
    }
}
