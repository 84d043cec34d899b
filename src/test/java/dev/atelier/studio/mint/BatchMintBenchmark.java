package dev.atelier.studio.mint;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.chain.contracts.TokenCalls;
import dev.atelier.chain.tx.PlanSigner;
import dev.atelier.chain.tx.PlannedTx;
import dev.atelier.chain.tx.TxEntry;
import dev.atelier.chain.tx.TxPlanner;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Signer;
import dev.atelier.studio.Collection;
import dev.atelier.studio.Item;
import dev.atelier.studio.Standard;
import dev.atelier.studio.TokenId;
import dev.atelier.testing.Anvil;
import dev.atelier.vault.TestVaults;
import dev.atelier.vault.kdf.KdfPolicy;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Batch-mint benchmark (docs/benchmarks.md): 1,000 items minted by a MintPlan in gas-sized batch
 * transactions (ERC-1155 mintBatch, ERC-721 safeMintBatch), against a naive loop of one mint()/safeMint()
 * transaction per item on the same template, each standard on its own fresh anvil.
 * Run: scripts/bench-mint.sh [ITEMS] (prints one BENCH line per standard; checks every item on chain first).
 */
@Tag("bench")
class BatchMintBenchmark {
    static final int ITEMS = Integer.getInteger("bench.items", 1000);

    @Test
    void batchVersusNaive() throws Exception {
        measure(Standard.ERC1155);
        measure(Standard.ERC721);
    }

    private static void measure(Standard standard) throws Exception {
        Path home = Files.createTempDirectory("bench-mint");
        try (Anvil anvil = Anvil.start(0, null, "--gas-limit", "60000000");
             AppContext ctx = AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP))) {
            ctx.vault().create(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
            ctx.vault().keys().addSandboxAccounts(1);
            Signer owner = ctx.vault().signer(Address.parse(Anvil.ADDR0));
            Network n = ctx.networks().add(new Networks.NewNetwork("Bench", anvil.rpcUrl(), 31337, "ETH", ""));
            MintService mint = new MintService(ctx.studio().store(), ctx.networks(), ctx.txQueue());
            Address alice = Address.parse(Anvil.ADDR1);

            Collection batch = collection(ctx, "Batch", n, standard);
            batch = mint.deploy(batch, n, owner, Duration.ofSeconds(30), ProgressSink.NONE);
            long t0 = System.nanoTime();
            long plan = mint.plan(batch, ctx.studio().store().allItems(batch.id()), alice, owner.address(), n);
            mint.runner().run(plan, owner, Duration.ofSeconds(600), ProgressSink.NONE);
            double batchSeconds = (System.nanoTime() - t0) / 1e9;
            if (!mint.verify(plan).isEmpty() || mint.plans().progress(plan).confirmed() != ITEMS) {
                throw new IllegalStateException("the batch mint is not exact on chain: " + mint.verify(plan));
            }
            BigInteger batchGas = BigInteger.ZERO;
            int batchTxs = 0;
            for (TxEntry e : ctx.txQueue().store().recent(100_000)) {
                if (e.label().startsWith("mint batch")) {
                    batchGas = batchGas.add(e.gasUsed());
                    batchTxs++;
                }
            }

            Collection naive = mint.deploy(collection(ctx, "Naive", n, standard), n, owner, Duration.ofSeconds(30), ProgressSink.NONE);
            Address contract = Address.parse(naive.contractAddress());
            var rpc = ctx.networks().rpc(n);
            long t1 = System.nanoTime();
            BigInteger naiveGas = BigInteger.ZERO;
            java.util.List<Long> ids = new java.util.ArrayList<>();
            for (int i = 1; i <= ITEMS; i++) {
                PlannedTx p = new TxPlanner(ctx.txQueue()).plan(n, rpc, owner.address(), contract, BigInteger.ZERO,
                        standard == Standard.ERC1155 ? TokenCalls.mint1155(alice, BigInteger.valueOf(i), BigInteger.ONE, "")
                                : TokenCalls.safeMint(alice, BigInteger.valueOf(i), "ipfs://bafybench/" + i), "normal");
                ids.add(ctx.txQueue().enqueue(n, PlanSigner.sign(p, owner), "naive mint " + i).id());
                ctx.txQueue().process(n);
            }
            ctx.txQueue().drain(n, Duration.ofSeconds(600), ProgressSink.NONE);
            double naiveSeconds = (System.nanoTime() - t1) / 1e9;
            for (long id : ids) {
                TxEntry e = ctx.txQueue().store().byId(id).orElseThrow();
                if (e.gasUsed() == null) {
                    throw new IllegalStateException("naive tx " + e.label() + " " + e.status() + " " + e.lastError());
                }
                naiveGas = naiveGas.add(e.gasUsed());
            }
            double perBatch = batchGas.doubleValue() / ITEMS;
            double perNaive = naiveGas.doubleValue() / ITEMS;
            String load = Files.readString(Path.of("/proc/loadavg")).trim();
            System.out.printf("BENCH %s items=%d batch: %.1f s, %d txs, %.0f gas/item | naive: %.1f s, %d txs, %.0f gas/item | ratio %.1fx"
                    + " | loadavg %s%n", standard.label(), ITEMS, batchSeconds, batchTxs, perBatch, naiveSeconds, ITEMS, perNaive, perNaive / perBatch, load);
        }
    }

    private static Collection collection(AppContext ctx, String name, Network n, Standard standard) {
        Collection c = ctx.studio().createCollection(new Collection(0, name, "", standard, "", "", "", "", 0, n.id(), "opensea",
                "", "ipfs://bafybench/"));
        for (int i = 1; i <= ITEMS; i++) {
            ctx.studio().addItem(c, Item.draft(c.id(), TokenId.of(i), "Item " + i), false);
        }
        return ctx.studio().store().collection(c.id()).orElseThrow();
    }
}
