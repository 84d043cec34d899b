package dev.atelier.studio.mint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.chain.contracts.TokenLogs;
import dev.atelier.common.CancelledException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Signer;
import dev.atelier.studio.Collection;
import dev.atelier.studio.Item;
import dev.atelier.studio.ItemStatus;
import dev.atelier.studio.Standard;
import dev.atelier.studio.Studio;
import dev.atelier.studio.TokenId;
import dev.atelier.testing.Anvil;
import dev.atelier.testing.AnvilExtension;
import dev.atelier.vault.TestVaults;
import dev.atelier.vault.kdf.KdfPolicy;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Deploy both templates from a vault account, mint through persisted plans, read back and cross-check with cast. */
class MintServiceTest {
    @RegisterExtension
    static final AnvilExtension ANVIL = new AnvilExtension("--gas-limit", "60000000");

    @TempDir
    Path home;
    AppContext ctx;
    Network net;
    Signer owner;
    MintService mint;
    static final Address ALICE = Address.parse(Anvil.ADDR1);

    @BeforeEach
    void setUp() {
        ctx = AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP));
        ctx.vault().create(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
        ctx.vault().keys().addSandboxAccounts(1);
        owner = ctx.vault().signer(Address.parse(Anvil.ADDR0));
        net = ctx.networks().add(new Networks.NewNetwork("Local " + home.getFileName(), ANVIL.rpcUrl(), 31337, "ETH", ""));
        mint = new MintService(ctx.studio().store(), ctx.networks(), ctx.txQueue());
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    private Collection collection(String name, Standard standard, int items, long supply) {
        Studio studio = ctx.studio();
        Collection c = studio.createCollection(new Collection(0, name, "", standard, "", "", "", Anvil.ADDR2, 500, "sandbox", "opensea",
                "", "ipfs://bafymeta/"));
        for (int i = 1; i <= items; i++) {
            studio.addItem(c, Item.draft(c.id(), TokenId.of(i), "Item " + i).withSupply(supply), false);
        }
        return studio.store().collection(c.id()).orElseThrow();
    }

    private String cast(String contract, String sig, String... args) throws Exception {
        List<String> a = new ArrayList<>(List.of("call", "--rpc-url", ANVIL.rpcUrl(), contract, sig));
        a.addAll(List.of(args));
        return Anvil.cast(a.toArray(String[]::new));
    }

    @Test
    void erc721DeployMintOneAndReadBackMatchesCast() throws Exception {
        Collection c = mint.deploy(collection("Spirits", Standard.ERC721, 3, 1), net, owner, Duration.ofSeconds(30), ProgressSink.NONE);
        assertThat(ctx.studio().store().collection(c.id()).orElseThrow().contractAddress()).isEqualTo(c.contractAddress());
        String contract = c.contractAddress();
        assertThat(cast(contract, "owner()(address)")).isEqualTo(Anvil.ADDR0);
        assertThat(cast(contract, "name()(string)")).isEqualTo("\"Spirits\"");

        Item first = ctx.studio().store().allItems(c.id()).get(0);
        long plan = mint.plan(c, List.of(first), ALICE, owner.address(), net);
        MintPlan.Progress p = mint.runner().run(plan, owner, Duration.ofSeconds(30), ProgressSink.NONE);
        assertThat(p.confirmed()).isEqualTo(1);
        assertThat(mint.verify(plan)).isEmpty();
        assertThat(cast(contract, "ownerOf(uint256)(address)", "1")).isEqualTo(ALICE.toChecksumHex());
        assertThat(cast(contract, "tokenURI(uint256)(string)", "1")).isEqualTo("\"ipfs://bafymeta/1\"");
        assertThat(cast(contract, "royaltyInfo(uint256,uint256)(address,uint256)", "1", "10000")).contains(Anvil.ADDR2).contains("500");
        assertThat(ctx.studio().store().item(first.id()).orElseThrow().status()).isEqualTo(ItemStatus.MINTED);

        // the rest: minting the same item again is left out; the others go in one batch
        List<Item> loadedBefore = ctx.studio().store().allItems(c.id());
        long rest = mint.plan(c, loadedBefore, ALICE, owner.address(), net);
        assertThat(mint.plans().allItems(rest)).hasSize(2);
        mint.runner().run(rest, owner, Duration.ofSeconds(30), ProgressSink.NONE);
        assertThat(cast(contract, "ownerOf(uint256)(address)", "3")).isEqualTo(ALICE.toChecksumHex());
        assertThatThrownBy(() -> mint.plan(c, ctx.studio().store().allItems(c.id()), ALICE, owner.address(), net))
                .hasMessageContaining("already minted");
        // a list loaded before the mint (a window's stale copy) plans nothing either: studio.db decides
        assertThatThrownBy(() -> mint.plan(c, loadedBefore, ALICE, owner.address(), net)).hasMessageContaining("already minted");
        assertThat(mint.plans().unfinished(c.id())).isEmpty();
    }

    @Test
    void erc1155BatchMintOf500ItemsIsExactOnChainAndSurvivesAPause() throws Exception {
        Collection c = mint.deploy(collection("Forest items", Standard.ERC1155, 500, 3), net, owner, Duration.ofSeconds(30),
                ProgressSink.NONE);
        String contract = c.contractAddress();
        assertThat(cast(contract, "uri(uint256)(string)", "7")).isEqualTo("\"ipfs://bafymeta/{id}.json\"");
        long from = Long.parseLong(Anvil.cast("block-number", "--rpc-url", ANVIL.rpcUrl()));
        long plan = mint.plan(c, ctx.studio().store().allItems(c.id()), ALICE, owner.address(), net);

        // pause after the first batch is signed: the plan keeps it and resumes without repeating it
        int[] batches = {0};
        ProgressSink pauseAfterFirstBatch = new ProgressSink() {
            @Override
            public void progress(double done, double total) {
            }

            @Override
            public void message(String text) {
            }

            @Override
            public boolean isCancelled() {
                return mint.plans().openBatches(plan).size() + countConfirmedBatches(plan) > 0 && batches[0]++ >= 0;
            }
        };
        MintRunner small = new MintRunner(ctx.networks(), ctx.txQueue(), mint.plans(), BigInteger.valueOf(3_000_000), 100);
        assertThatThrownBy(() -> small.run(plan, owner, Duration.ofSeconds(30), pauseAfterFirstBatch)).isInstanceOf(CancelledException.class);
        assertThat(mint.plans().plan(plan).orElseThrow().status()).isEqualTo(MintPlan.Status.PAUSED);
        assertThat(mint.plans().progress(plan).planned()).isBetween(1, 499);

        MintPlan.Progress done = small.run(plan, owner, Duration.ofSeconds(60), ProgressSink.NONE);
        assertThat(done.confirmed()).isEqualTo(500);
        assertThat(mint.verify(plan)).isEmpty();
        // exact: every id has supply 3 and Alice holds all of it (no id twice, none missed), from the logs
        var balances = TokenLogs.balances(TokenLogs.movements(ctx.networks().rpc(net), Address.parse(contract), from,
                Long.parseLong(Anvil.cast("block-number", "--rpc-url", ANVIL.rpcUrl())), 10_000, ProgressSink.NONE));
        assertThat(balances).hasSize(500);
        assertThat(balances.values()).allMatch(h -> h.equals(Map.of(ALICE, BigInteger.valueOf(3))));
        assertThat(cast(contract, "totalSupply()(uint256)")).isEqualTo("1500");
        assertThat(cast(contract, "totalSupply(uint256)(uint256)", "250")).isEqualTo("3");
        assertThat(mint.plans().allItems(plan).stream().map(MintPlanStore.PlanItem::batchNo).distinct().count()).isGreaterThan(1);
    }

    @Test
    void manageTransferBurnRoyaltyAndMetadataThenReadOwnersBackFromLogs() throws Exception {
        Collection c = mint.deploy(collection("Relics", Standard.ERC721, 3, 1), net, owner, Duration.ofSeconds(30), ProgressSink.NONE);
        long from = Long.parseLong(Anvil.cast("block-number", "--rpc-url", ANVIL.rpcUrl()));
        long plan = mint.plan(c, ctx.studio().store().allItems(c.id()), owner.address(), owner.address(), net);
        mint.runner().run(plan, owner, Duration.ofSeconds(30), ProgressSink.NONE);
        TokenManager manage = mint.tokens();
        manage.transfer(c, net, owner, BigInteger.ONE, ALICE, BigInteger.ONE);
        manage.burn(c, net, owner, BigInteger.TWO, BigInteger.ONE);
        manage.setRoyalty(c, net, owner, ALICE, 750);
        manage.updateMetadata(c, net, owner, BigInteger.valueOf(3), "ipfs://bafynew/3.json");
        String contract = c.contractAddress();
        assertThat(cast(contract, "ownerOf(uint256)(address)", "1")).isEqualTo(ALICE.toChecksumHex());
        assertThat(cast(contract, "tokenURI(uint256)(string)", "3")).isEqualTo("\"ipfs://bafynew/3.json\"");
        assertThat(cast(contract, "royaltyInfo(uint256,uint256)(address,uint256)", "3", "10000")).contains(ALICE.toChecksumHex()).contains("750");
        assertThat(Anvil.cast("logs", "--rpc-url", ANVIL.rpcUrl(), "--address", contract, "--from-block", Long.toString(from),
                "MetadataUpdate(uint256)")).contains("0x0000000000000000000000000000000000000000000000000000000000000003");
        // read back into studio.db: holders per token, movements, items marked minted
        TokenManager.ReadBack r = manage.readBack(c, net, false, ProgressSink.NONE);
        assertThat(r.movements()).isEqualTo(5); // 3 mints, 1 transfer, 1 burn
        assertThat(manage.holdings().holdings(c.id())).containsExactly(Map.entry(BigInteger.ONE, Map.of(ALICE, BigInteger.ONE)),
                Map.entry(BigInteger.valueOf(3), Map.of(owner.address(), BigInteger.ONE)));
        assertThat(manage.holdings().holders(c.id(), TokenId.of(2))).isEmpty();
        assertThat(manage.holdings().recentMovements(c.id(), 10)).hasSize(5).first()
                .satisfies(m -> assertThat(m.isBurn()).isTrue());
        // the same from cast's view of the chain
        assertThat(cast(contract, "balanceOf(address)(uint256)", ALICE.toChecksumHex())).isEqualTo("1");
        // reading again only reads new blocks; a transfer after it shows up incrementally
        manage.transfer(c, net, owner, BigInteger.valueOf(3), ALICE, BigInteger.ONE);
        TokenManager.ReadBack again = manage.readBack(c, net, false, ProgressSink.NONE);
        assertThat(again.fromBlock()).isEqualTo(r.toBlock() + 1);
        assertThat(again.movements()).isEqualTo(1);
        assertThat(manage.holdings().holders(c.id(), TokenId.of(3))).extracting(HoldingsStore.Holding::holder).containsExactly(ALICE);
        // a rescan from the deployment gives the same holdings
        var before = manage.holdings().holdings(c.id());
        manage.readBack(c, net, true, ProgressSink.NONE);
        assertThat(manage.holdings().holdings(c.id())).isEqualTo(before);
    }

    private int countConfirmedBatches(long plan) {
        return (int) mint.plans().allItems(plan).stream().filter(i -> i.batchNo() != null).map(MintPlanStore.PlanItem::batchNo).distinct().count();
    }
}
