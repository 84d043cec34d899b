package dev.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Studio's CLI contract: commands, flags, exit codes, JSON shapes. */
class StudioCliTest {
    @TempDir
    Path home;
    final ObjectMapper json = new ObjectMapper();

    CliTest.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliTest.run(Map.of(), all);
    }

    @Test
    void createListShowAndDuplicateNames() throws Exception {
        CliTest.Result r = run("collection", "create", "Heroes", "--standard", "erc721", "--symbol", "HERO",
                "--royalty-bps", "250", "--royalty-to", "0x52908400098527886e0f7030069857d2e4169ee7", "--profile", "opensea");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(run("collection", "create", "heroes", "--standard", "erc1155").err())
                .startsWith("error: ").contains("already exists");
        JsonNode list = json.readTree(run("collection", "list", "--json").out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("name").asText()).isEqualTo("Heroes");
        JsonNode show = json.readTree(run("collection", "show", "Heroes", "--json").out());
        assertThat(show.get("standard").asText()).isEqualTo("erc721");
        assertThat(show.get("items").asLong()).isZero();
        assertThat(show.get("contractAddress").asText()).isEmpty();
        assertThat(show.get("network").asText()).isEqualTo("sandbox");
        assertThat(show.get("baseUri").asText()).isEmpty();
        assertThat(show.get("royaltyBps").asInt()).isEqualTo(250);
    }

    @Test
    void badArgumentsAreClearErrors() {
        assertThat(run("collection", "create", "X", "--standard", "erc20").err()).contains("Unknown standard 'erc20'");
        CliTest.Result noTo = run("collection", "create", "X", "--standard", "erc721", "--royalty-bps", "500");
        assertThat(noTo.code()).isEqualTo(1);
        assertThat(noTo.err()).contains("--royalty-to");
        assertThat(run("collection", "create", "X", "--standard", "erc721", "--royalty-bps", "500", "--royalty-to", "0x1234").err())
                .contains("Not an address");
        assertThat(run("collection", "create", "X", "--standard", "erc721", "--profile", "nope").err()).contains("Unknown marketplace profile");
        CliTest.Result missing = run("collection", "show", "Nope");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("error: There is no collection named 'Nope'. 'atelier collection list' shows the collections.\n");
        assertThat(run("collection").code()).isEqualTo(AtelierCli.EXIT_USAGE);
    }

    @Test
    void addImportListValidate() throws Exception {
        Path img = Files.copy(Path.of("assets/images/iron-sword.png"), home.resolve("sword.png"));
        run("collection", "create", "Armory", "--standard", "erc1155", "--symbol", "ARM");
        CliTest.Result add = run("item", "add", "--collection", "Armory", "--name", "Sword", "--image", img.toString(),
                "--attr", "Rarity=Epic", "--attr", "Level=7", "--supply", "40");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains("Added #1 'Sword'");

        Path csv = Files.writeString(home.resolve("more.csv"), "name,image,supply,attr:Rarity\nShield,sword.png,5,Rare\nBow,sword.png,2,Epic\n");
        CliTest.Result imp = run("item", "import", "--collection", "Armory", csv.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("Imported 2 items");

        JsonNode items = json.readTree(run("item", "list", "--collection", "Armory", "--json").out());
        assertThat(items).hasSize(3);
        JsonNode first = items.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "tokenId", "name", "supply", "status");
        assertThat(first.get("tokenId").asText()).isEqualTo("1");
        assertThat(first.get("supply").asLong()).isEqualTo(40);
        assertThat(first.get("status").asText()).isEqualTo("draft");
        JsonNode epic = json.readTree(run("item", "list", "--collection", "Armory", "--query", "epi", "--json").out());
        assertThat(epic).extracting(n -> n.get("name").asText()).containsExactly("Sword", "Bow");

        CliTest.Result v = run("collection", "validate", "Armory", "--json");
        JsonNode report = json.readTree(v.out());
        assertThat(report.get("errors").asLong()).isZero();
        assertThat(v.code()).isZero(); // descriptions are missing: warnings only
        assertThat(report.get("warnings").asLong()).isEqualTo(3);
    }

    @Test
    void rejectedImportListsLinesExitsOneAndImportsNothing() throws Exception {
        run("collection", "create", "A", "--standard", "erc721");
        Path csv = Files.writeString(home.resolve("bad.csv"), "id,name\n1,Ok\nx,Bad\n1,Dup\n");
        CliTest.Result r = run("item", "import", "--collection", "A", csv.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad.csv:3: column 'id': 'x' is not a token id").contains("bad.csv:4: duplicate token id 1")
                .contains("error: 2 of 3 rows were rejected, so nothing was imported");
        assertThat(json.readTree(run("item", "list", "--collection", "A", "--json").out())).isEmpty();
    }

    @Test
    void packagePrintsTheBaseUriAndRecordsIt() throws Exception {
        Path img = Files.copy(Path.of("assets/images/oak-shield.png"), home.resolve("a.png"));
        run("collection", "create", "P", "--standard", "erc1155");
        run("item", "add", "--collection", "P", "--name", "A", "--description", "d", "--image", img.toString(), "--supply", "5");
        Path out = home.resolve("pkg");
        CliTest.Result r = run("collection", "package", "P", "--out", out.toString(), "--car", home.resolve("p.car").toString());
        assertThat(r.code()).as(r.err()).isZero();
        String base = r.out().strip();
        assertThat(base).isEqualTo("ipfs://" + dev.atelier.studio.ReferenceCids.cid(out.resolve("metadata")) + "/");
        assertThat(out.resolve("metadata").resolve("0".repeat(63) + "1.json")).isRegularFile();
        assertThat(home.resolve("p.car")).isRegularFile();
        assertThat(json.readTree(run("collection", "show", "P", "--json").out()).get("baseUri").asText()).isEqualTo(base);
        CliTest.Result again = run("collection", "package", "P", "--out", out.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("not empty");
    }

    @Test
    void validateExitsNonZeroWhileErrorsRemain() {
        run("collection", "create", "B", "--standard", "erc721");
        run("item", "add", "--collection", "B", "--name", "No picture");
        CliTest.Result r = run("collection", "validate", "B");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("error   #1 No picture: image: The item has no image.");
        assertThat(run("item", "add", "--collection", "B", "--name", "E", "--supply", "3").err()).contains("ERC-721");
    }
}
