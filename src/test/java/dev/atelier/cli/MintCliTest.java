package dev.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.common.ProgressSink;
import dev.atelier.studio.Collection;
import dev.atelier.studio.Item;
import dev.atelier.studio.ItemStatus;
import dev.atelier.studio.Standard;
import dev.atelier.studio.TokenId;
import dev.atelier.testing.Anvil;
import dev.atelier.vault.TestVaults;
import dev.atelier.vault.kdf.KdfPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI contract of issue 7 on a real anvil: {@code collection deploy} prints the address,
 * {@code mint} by item or all (never twice), {@code token} manage and read-back commands, a node on
 * another chain refused, custom networks usable for collections and named in the signer's review.
 */
class MintCliTest {
    private static final Map<String, String> PASS = Map.of("ATELIER_PASSPHRASE", TestVaults.PASSPHRASE);

    @TempDir
    Path home;

    private CliTest.Result run(String... args) {
        List<String> full = new ArrayList<>(List.of("--home", home.toString()));
        full.addAll(List.of(args));
        return CliTest.run(PASS, full.toArray(String[]::new));
    }

    private CliTest.Result ok(String... args) {
        CliTest.Result r = run(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    /** The line the CLI reports a failure on (progress lines may precede it on stderr). */
    private static String errorLine(CliTest.Result r) {
        return r.err().lines().filter(l -> l.startsWith("error: ")).findFirst().orElse(r.err());
    }

    /** A vault with anvil's first account (a sandbox account), the node as network "Devnet", and a collection. */
    private String setUp(Anvil node, Standard standard, int items) {
        try (AppContext ctx = AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP))) {
            ctx.vault().create(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
            ctx.vault().keys().addSandboxAccounts(1);
            String net = ctx.networks().add(new dev.atelier.chain.Networks.NewNetwork("Devnet", node.rpcUrl(), 0, "ETH", "")).id();
            Collection c = ctx.studio().createCollection(new Collection(0, "Relics", "RLC", standard, "", "", "", Anvil.ADDR2, 250, net,
                    "opensea", "", "ipfs://bafyrelics/"));
            for (int i = 1; i <= items; i++) {
                ctx.studio().addItem(c, Item.draft(c.id(), TokenId.of(i), "Relic " + i).withSupply(4), false);
            }
            return net;
        }
    }

    private String cast(Anvil node, String contract, String sig, String... args) throws Exception {
        List<String> a = new ArrayList<>(List.of("call", "--rpc-url", node.rpcUrl(), contract, sig));
        a.addAll(List.of(args));
        return Anvil.cast(a.toArray(String[]::new));
    }

    @Test
    void deployMintByItemThenAllAndManageTokensFromTheCommandLine() throws Exception {
        try (Anvil node = Anvil.start(0, null)) {
            String net = setUp(node, Standard.ERC721, 6);
            CliTest.Result deploy = ok("collection", "deploy", "Relics", "--network", net, "--from", Anvil.ADDR0);
            String contract = deploy.out().strip();
            assertThat(contract).matches("0x[0-9a-fA-F]{40}"); // the address alone on stdout
            assertThat(cast(node, contract, "owner()(address)")).isEqualTo(Anvil.ADDR0);
            assertThat(cast(node, contract, "symbol()(string)")).isEqualTo("\"RLC\"");
            assertThat(cast(node, contract, "royaltyInfo(uint256,uint256)(address,uint256)", "1", "10000")).contains(Anvil.ADDR2).contains("250");
            CliTest.Result again = run("collection", "deploy", "Relics", "--network", net, "--from", Anvil.ADDR0);
            assertThat(again.code()).isEqualTo(AtelierCli.EXIT_FAILURE);
            assertThat(errorLine(again)).startsWith("error: Relics is already deployed at " + contract);

            CliTest.Result two = ok("mint", "--collection", "Relics", "--item", "2", "5", "--to", Anvil.ADDR1);
            assertThat(two.out()).contains("Minted 2 item(s) of \"Relics\" to " + Anvil.ADDR1).contains("checked on chain");
            assertThat(cast(node, contract, "ownerOf(uint256)(address)", "5")).isEqualTo(Anvil.ADDR1);
            assertThat(cast(node, contract, "tokenURI(uint256)(string)", "5")).isEqualTo("\"ipfs://bafyrelics/5\"");
            CliTest.Result all = ok("mint", "--collection", "Relics", "--all", "--to", Anvil.ADDR0);
            assertThat(all.out()).contains("Minted 4 item(s)");
            assertThat(cast(node, contract, "balanceOf(address)(uint256)", Anvil.ADDR0)).isEqualTo("4");
            CliTest.Result twice = run("mint", "--collection", "Relics", "--item", "2", "--to", Anvil.ADDR0);
            assertThat(twice.code()).isEqualTo(AtelierCli.EXIT_FAILURE);
            assertThat(twice.err()).contains("already minted");
            assertThat(cast(node, contract, "ownerOf(uint256)(address)", "2")).isEqualTo(Anvil.ADDR1);

            // manage: transfer, burn, royalty, metadata; then the holders read back from the logs
            ok("token", "transfer", "--collection", "Relics", "--token", "1", "--to", Anvil.ADDR2, "--from", Anvil.ADDR0);
            ok("token", "burn", "--collection", "Relics", "--token", "3", "--from", Anvil.ADDR0);
            ok("token", "royalty", "--collection", "Relics", "--receiver", Anvil.ADDR1, "--bps", "900");
            ok("token", "metadata", "--collection", "Relics", "--token", "4", "--uri", "ipfs://bafyv2/4");
            assertThat(cast(node, contract, "ownerOf(uint256)(address)", "1")).isEqualTo(Anvil.ADDR2);
            assertThat(cast(node, contract, "royaltyInfo(uint256,uint256)(address,uint256)", "4", "10000")).contains(Anvil.ADDR1).contains("900");
            assertThat(cast(node, contract, "tokenURI(uint256)(string)", "4")).isEqualTo("\"ipfs://bafyv2/4\"");
            assertThat(Anvil.cast("logs", "--rpc-url", node.rpcUrl(), "--address", contract, "MetadataUpdate(uint256)"))
                    .contains("0x0000000000000000000000000000000000000000000000000000000000000004");

            CliTest.Result holders = ok("token", "holders", "--collection", "Relics", "--json");
            JsonNode rows = new ObjectMapper().readTree(holders.out());
            Map<String, String> owners = new java.util.TreeMap<>();
            rows.forEach(r -> owners.put(r.get("token").asText(), r.get("holder").asText()));
            assertThat(owners).isEqualTo(Map.of("1", Anvil.ADDR2, "2", Anvil.ADDR1, "4", Anvil.ADDR0, "5", Anvil.ADDR1, "6", Anvil.ADDR0));
            for (var e : owners.entrySet()) {
                assertThat(cast(node, contract, "ownerOf(uint256)(address)", e.getKey())).isEqualTo(e.getValue());
            }
            assertThat(ok("token", "holders", "--collection", "Relics", "--token", "5").out().strip())
                    .isEqualTo("5 " + Anvil.ADDR1 + " 1");
            try (AppContext ctx = AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP))) {
                assertThat(ctx.studio().store().allItems(ctx.studio().collection("Relics").id()))
                        .allMatch(i -> i.status() == ItemStatus.MINTED);
            }
        }
    }

    @Test
    void anErc1155CollectionIsMintedInBatchesWithExactBalancesOnChain() throws Exception {
        try (Anvil node = Anvil.start(0, null)) {
            String net = setUp(node, Standard.ERC1155, 5);
            String contract = ok("collection", "deploy", "Relics", "--network", net, "--from", Anvil.ADDR0).out().strip();
            assertThat(contract).matches("0x[0-9a-fA-F]{40}");
            ok("mint", "--collection", "Relics", "--item", "2", "--to", Anvil.ADDR1);
            CliTest.Result rest = ok("mint", "--collection", "Relics", "--all", "--to", Anvil.ADDR1);
            assertThat(rest.out()).contains("Minted 4 item(s)").contains("checked on chain");
            for (int id = 1; id <= 5; id++) {
                // each item's supply (4), once: the single mint of item 2 was not repeated by --all
                assertThat(cast(node, contract, "balanceOf(address,uint256)(uint256)", Anvil.ADDR1, Integer.toString(id))).isEqualTo("4");
                assertThat(cast(node, contract, "totalSupply(uint256)(uint256)", Integer.toString(id))).isEqualTo("4");
            }
            assertThat(cast(node, contract, "balanceOf(address,uint256)(uint256)", Anvil.ADDR1, "6")).isEqualTo("0");
            assertThat(cast(node, contract, "uri(uint256)(string)", "3")).isEqualTo("\"ipfs://bafyrelics/{id}.json\"");
            assertThat(cast(node, contract, "royaltyInfo(uint256,uint256)(address,uint256)", "3", "10000")).contains(Anvil.ADDR2).contains("250");
        }
    }

    @Test
    void aNodeOnAnotherChainIsRefusedBeforeAnythingIsSigned() throws Exception {
        int port;
        String net;
        try (Anvil node = Anvil.start(0, null)) {
            port = node.port();
            net = setUp(node, Standard.ERC1155, 2);
        }
        // the URL now answers as chain 1337: deploy and mint are refused, nothing is queued
        try (Anvil other = Anvil.start(port, null, "--chain-id", "1337")) {
            CliTest.Result deploy = run("collection", "deploy", "Relics", "--network", net, "--from", Anvil.ADDR0);
            assertThat(deploy.code()).isEqualTo(AtelierCli.EXIT_FAILURE);
            assertThat(errorLine(deploy)).startsWith("error: The node for Devnet is on chain 1337, not 31337").contains("nothing was signed");
            CliTest.Result mint = run("mint", "--collection", "Relics", "--all", "--to", Anvil.ADDR1);
            assertThat(mint.code()).isEqualTo(AtelierCli.EXIT_FAILURE);
            assertThat(errorLine(mint)).startsWith("error: ");
            try (AppContext ctx = AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP))) {
                assertThat(ctx.txQueue().store().recent(10)).isEmpty();
                assertThat(ctx.studio().collection("Relics").contractAddress()).isEmpty();
            }
            assertThat(Anvil.cast("nonce", "--rpc-url", other.rpcUrl(), Anvil.ADDR0)).isEqualTo("0");
        }
    }

    @Test
    void customNetworksServeCollectionsAndAreNamedInTheSignersReview() throws Exception {
        try (Anvil node = Anvil.start(0, null, "--chain-id", "4242")) {
            CliTest.Result add = ok("network", "add", "Studio devnet", "--rpc", node.rpcUrl());
            assertThat(add.out()).contains("chain 4242");
            try (AppContext ctx = AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP))) {
                String id = ctx.networks().find("Studio devnet").id();
                assertThat(ctx.chainDirectory().describe(4242)).isEqualTo("Studio devnet (chainId 4242)");
                assertThat(ctx.chainDirectory().describe(1)).startsWith("Ethereum");
                CliTest.Result create = ok("collection", "create", "Forge", "--standard", "erc721", "--network", id);
                assertThat(create.code()).isZero();
                Collection c = ctx.studio().collection("Forge");
                assertThat(c.network()).isEqualTo(id);
                assertThat(ctx.studio().validateCollection(c).own().issues()).noneMatch(i -> i.field().equals("network"));
            }
            // a custom network must not rename a preset chain in a review
            try (Anvil mainnetLike = Anvil.start(0, null, "--chain-id", "1")) {
                ok("network", "add", "Totally Sepolia", "--rpc", mainnetLike.rpcUrl());
                try (AppContext ctx = AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP))) {
                    assertThat(ctx.chainDirectory().describe(1)).isEqualTo("Ethereum (chainId 1)");
                }
            }
        }
    }

    @Test
    void usageErrorsOfTheMintAndTokenCommands() {
        assertThat(run("mint").code()).isEqualTo(AtelierCli.EXIT_USAGE);
        assertThat(run("mint", "--collection", "X", "--to", Anvil.ADDR1).code()).isEqualTo(AtelierCli.EXIT_USAGE);
        assertThat(run("mint", "--collection", "X", "--all", "--item", "1", "--to", Anvil.ADDR1).code()).isEqualTo(AtelierCli.EXIT_USAGE);
        assertThat(run("token").code()).isEqualTo(AtelierCli.EXIT_USAGE);
        assertThat(run("collection", "deploy", "X").code()).isEqualTo(AtelierCli.EXIT_USAGE);
        CliTest.Result missing = run("mint", "--collection", "Nope", "--all", "--to", Anvil.ADDR1);
        assertThat(missing.code()).isEqualTo(AtelierCli.EXIT_FAILURE);
        assertThat(errorLine(missing)).startsWith("error: ");
        assertThat(missing.err()).doesNotContain("Exception");
    }
}
