package dev.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.studio.Collection;
import dev.atelier.studio.Item;
import dev.atelier.studio.ItemStatus;
import dev.atelier.studio.Standard;
import dev.atelier.studio.TokenId;
import dev.atelier.studio.mint.MintService;
import dev.atelier.testing.Anvil;
import dev.atelier.testing.AnvilExtension;
import dev.atelier.vault.TestVaults;
import dev.atelier.vault.kdf.KdfPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The air-gapped mint round trip through the CLI: export a mint as a signing request on the online
 * home, sign it with the vault of an offline home, broadcast the response online.
 */
class AirGappedMintTest {
    @RegisterExtension
    static final AnvilExtension ANVIL = new AnvilExtension();

    @TempDir
    Path dir;

    @Test
    void exportSignOfflineAndBroadcastMintsEveryItemOnce() throws Exception {
        Path online = dir.resolve("online");
        Path offline = dir.resolve("offline");
        String networkId;
        long collectionId;
        try (AppContext ctx = AppContext.open(AppPaths.at(online), KdfPolicy.testingOnly(TestVaults.CHEAP))) {
            // the online machine deploys with a hot account here only to set the test up; the owner key is offline
            ctx.vault().create(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
            ctx.vault().keys().addSandboxAccounts(1);
            Network n = ctx.networks().add(new Networks.NewNetwork("Devnet", ANVIL.rpcUrl(), 31337, "ETH", ""));
            networkId = n.id();
            Collection c = ctx.studio().createCollection(new Collection(0, "Relics", "RLC", Standard.ERC721, "", "", "", "", 0,
                    n.id(), "opensea", "", "ipfs://bafyrelics/"));
            for (int i = 1; i <= 25; i++) {
                ctx.studio().addItem(c, Item.draft(c.id(), TokenId.of(i), "Relic " + i), false);
            }
            collectionId = c.id();
            new MintService(ctx.studio().store(), ctx.networks(), ctx.txQueue()).deploy(ctx.studio().store().collection(c.id()).orElseThrow(),
                    n, ctx.vault().signer(Address.parse(Anvil.ADDR0)), Duration.ofSeconds(30), ProgressSink.NONE);
        }
        try (AppContext ctx = AppContext.open(AppPaths.at(offline), KdfPolicy.testingOnly(TestVaults.CHEAP))) {
            ctx.vault().create(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
            ctx.vault().keys().addSandboxAccounts(1);
        }
        Path request = dir.resolve("request.json");
        Path response = dir.resolve("response.json");

        // a request that cannot be written exports nothing: every item stays free for the real export below
        Path nowhere = dir.resolve("no-such-folder").resolve("request.json");
        CliTest.Result failed = CliTest.run(Map.of(), "--home", online.toString(), "mint", "export-request", "--collection", "Relics",
                "--to", Anvil.ADDR1, "--out", nowhere.toString(), "--network", networkId);
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err()).contains("Cannot write " + nowhere).contains("nothing was exported").doesNotContain("\tat ");
        assertThat(nowhere).doesNotExist();

        CliTest.Result export = CliTest.run(Map.of(), "--home", online.toString(), "mint", "export-request", "--collection", "Relics",
                "--to", Anvil.ADDR1, "--out", request.toString(), "--network", networkId);
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("Wrote " + request).contains("from " + Anvil.ADDR0).contains("Mint 25 item(s)");
        assertThat(Files.readString(request)).contains("\"format\" : \"atelier-signing-request\"");

        CliTest.Result sign = CliTest.run(Map.of("ATELIER_PASSPHRASE", TestVaults.PASSPHRASE), "--home", offline.toString(),
                "request", "sign", "--in", request.toString(), "--out", response.toString());
        assertThat(sign.code()).as(sign.err()).isZero();

        // a response changed on the way (here its signing time, so every transaction is still validly signed) is refused whole
        Path tampered = dir.resolve("tampered.json");
        String original = Files.readString(response);
        Files.writeString(tampered, original.replaceFirst("\"signedAt\" : \"20", "\"signedAt\" : \"19"));
        assertThat(Files.readString(tampered)).isNotEqualTo(original);
        CliTest.Result refused = CliTest.run(Map.of(), "--home", online.toString(), "tx", "send", "--in", tampered.toString(),
                "--network", networkId);
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("tampered.json").contains("Nothing was queued").doesNotContain("\tat ");
        assertThat(Anvil.cast("call", "--rpc-url", ANVIL.rpcUrl(), contract(online, collectionId), "balanceOf(address)(uint256)",
                Anvil.ADDR1)).isEqualTo("0");

        CliTest.Result send = CliTest.run(Map.of(), "--home", online.toString(), "tx", "send", "--in", response.toString(),
                "--network", networkId);
        assertThat(send.code()).as(send.err()).isZero();
        assertThat(send.err()).contains("Matched");
        assertThat(send.out()).contains("mined");

        for (int id : new int[] {1, 13, 25}) {
            assertThat(Anvil.cast("call", "--rpc-url", ANVIL.rpcUrl(), contract(online, collectionId), "ownerOf(uint256)(address)",
                    Integer.toString(id))).isEqualTo(Anvil.ADDR1);
        }
        assertThat(Anvil.cast("call", "--rpc-url", ANVIL.rpcUrl(), contract(online, collectionId), "balanceOf(address)(uint256)",
                Anvil.ADDR1)).isEqualTo("25");
        try (AppContext ctx = AppContext.open(AppPaths.at(online), KdfPolicy.testingOnly(TestVaults.CHEAP))) {
            assertThat(ctx.studio().store().allItems(collectionId)).allMatch(i -> i.status() == ItemStatus.MINTED);
        }
        // broadcasting the same response again changes nothing on chain
        assertThat(CliTest.run(Map.of(), "--home", online.toString(), "tx", "send", "--in", response.toString(), "--network", networkId)
                .code()).isZero();
        assertThat(Anvil.cast("call", "--rpc-url", ANVIL.rpcUrl(), contract(online, collectionId), "balanceOf(address)(uint256)",
                Anvil.ADDR1)).isEqualTo("25");
    }

    private static String contract(Path home, long collectionId) {
        try (AppContext ctx = AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP))) {
            return ctx.studio().store().collection(collectionId).orElseThrow().contractAddress();
        }
    }
}
