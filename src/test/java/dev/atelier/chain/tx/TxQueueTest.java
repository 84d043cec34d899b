package dev.atelier.chain.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.chain.ChainFixture;
import dev.atelier.chain.Network;
import dev.atelier.chain.NetworkPresets;
import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.chain.rpc.RpcClient;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.testing.Anvil;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persisted queue against a real anvil: written before sent, never twice, survives a dead node. */
class TxQueueTest {
    @TempDir
    Path dir;

    private final List<Anvil> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() throws Exception {
        for (Anvil a : nodes) {
            a.close();
        }
    }

    private Anvil anvil(int port, Path state, String... args) throws Exception {
        Anvil a = Anvil.start(port, state, args);
        nodes.add(a);
        return a;
    }

    private static BigInteger balance(Anvil a, String address) throws Exception {
        return new BigInteger(Anvil.cast("balance", "--rpc-url", a.rpcUrl(), address));
    }

    private static long nonceOnChain(Anvil a, String address) throws Exception {
        return Long.parseLong(Anvil.cast("nonce", "--rpc-url", a.rpcUrl(), address));
    }

    @Test
    void queuedTransactionIsSentMinedAndRecordedWithItsReceipt() throws Exception {
        Anvil a = anvil(0, null);
        try (ChainFixture f = new ChainFixture(dir)) {
            Network n = f.addLocal("Test chain", a.rpcUrl());
            BigInteger before = balance(a, Anvil.ADDR1);
            String raw = Anvil.signTransfer(Anvil.KEY0, 0, Anvil.ADDR1, "12345", 10, 1);
            TxEntry e = f.queue.enqueue(n, SignedTx.parse(raw), "test transfer");
            assertThat(e.status()).isEqualTo(TxStatus.QUEUED);
            assertThat(e.hash()).isEqualTo(Anvil.cast("keccak", raw));

            TxQueue.Pass pass = f.queue.drain(n, Duration.ofSeconds(20), ProgressSink.NONE);

            assertThat(pass.open()).isZero();
            TxEntry done = f.queue.store().byId(e.id()).orElseThrow();
            assertThat(done.status()).isEqualTo(TxStatus.MINED);
            assertThat(done.blockNumber()).isEqualTo(Long.parseLong(
                    Anvil.cast("receipt", "--rpc-url", a.rpcUrl(), e.hash(), "blockNumber")));
            assertThat(done.gasUsed()).isEqualTo(BigInteger.valueOf(21_000));
            assertThat(balance(a, Anvil.ADDR1)).isEqualTo(before.add(BigInteger.valueOf(12345)));
            assertThat(n.txUrl(done.hash())).isEqualTo("https://explorer.example/tx/" + done.hash());
        }
    }

    @Test
    void waitingForOurTransactionIsNotHeldUpByAnotherAccountsStuckOne() throws Exception {
        Anvil a = anvil(0, null);
        try (ChainFixture f = new ChainFixture(dir)) {
            Network n = f.addLocal("Test chain", a.rpcUrl());
            // account 1 has a transaction behind a nonce gap: the node keeps it waiting for ever
            TxEntry stuck = f.queue.enqueue(n, SignedTx.parse(Anvil.signTransfer(Anvil.KEY1, 5, Anvil.ADDR0, "1", 10, 1)), "gap");
            TxEntry ours = f.queue.enqueue(n, SignedTx.parse(Anvil.signTransfer(Anvil.KEY0, 0, Anvil.ADDR1, "777", 10, 1)), "ours");
            List<String> messages = new ArrayList<>();
            ProgressSink sink = new ProgressSink() {
                @Override
                public void progress(double done, double total) {
                }

                @Override
                public void message(String text) {
                    messages.add(text);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };

            TxQueue.Pass pass = f.queue.drain(n, List.of(ours.id()), Duration.ofMinutes(2), sink);

            assertThat(f.queue.store().byId(ours.id()).orElseThrow().status()).isEqualTo(TxStatus.MINED);
            assertThat(f.queue.store().byId(stuck.id()).orElseThrow().status().isFinal()).isFalse();
            assertThat(pass.open()).as("the other account's transaction is still open").isEqualTo(1);
            assertThat(messages).last().isEqualTo("0 transaction(s) waiting");
        }
    }

    @Test
    void theSameSignedBytesAreNeverSentTwice() throws Exception {
        Anvil a = anvil(0, null);
        try (ChainFixture f = new ChainFixture(dir)) {
            Network n = f.addLocal("Test chain", a.rpcUrl());
            BigInteger before = balance(a, Anvil.ADDR1);
            String raw = Anvil.signTransfer(Anvil.KEY0, 0, Anvil.ADDR1, "1000", 10, 1);
            // a previous run broadcast it and crashed before recording anything
            Anvil.cast("publish", "--rpc-url", a.rpcUrl(), raw);
            TxEntry first = f.queue.enqueue(n, SignedTx.parse(raw), "a");
            TxEntry again = f.queue.enqueue(n, SignedTx.parse(raw), "b");
            assertThat(again.id()).isEqualTo(first.id());
            for (int i = 0; i < 3; i++) {
                f.queue.process(n);
            }
            assertThat(f.queue.store().byId(first.id()).orElseThrow().status()).isEqualTo(TxStatus.MINED);
            assertThat(nonceOnChain(a, Anvil.ADDR0)).isEqualTo(1);
            assertThat(balance(a, Anvil.ADDR1)).isEqualTo(before.add(BigInteger.valueOf(1000)));
            assertThat(f.queue.store().recent(10)).hasSize(1);
        }
    }

    @Test
    void aTransactionForAnotherChainIsRefusedAndNothingIsQueued() throws Exception {
        Anvil a = anvil(0, null);
        try (ChainFixture f = new ChainFixture(dir)) {
            Network n = f.addLocal("Test chain", a.rpcUrl());
            String mainnetRaw = Anvil.cast("mktx", "--private-key", Anvil.KEY0, "--chain", "1", "--nonce", "0", "--gas-limit", "21000",
                    "--gas-price", "10gwei", "--priority-gas-price", "1gwei", Anvil.ADDR1, "--value", "1");
            assertThatThrownBy(() -> f.queue.enqueue(n, SignedTx.parse(mainnetRaw), "x"))
                    .isInstanceOf(AtelierException.class).hasMessageContaining("chain 1").hasMessageContaining("nothing was queued");
            assertThat(f.queue.store().recent(10)).isEmpty();
        }
    }

    @Test
    void aDeadNodeLosesNothingAndTheQueueFinishesWhenItReturns() throws Exception {
        Path state = dir.resolve("anvil-state.json");
        Anvil a = anvil(0, state);
        int port = a.port();
        try (ChainFixture f = new ChainFixture(dir)) {
            Network n = f.addLocal("Test chain", a.rpcUrl());
            // one transfer mined before the node dies, so the restarted node must really keep the state
            f.queue.enqueue(n, SignedTx.parse(Anvil.signTransfer(Anvil.KEY0, 0, Anvil.ADDR2, "7", 10, 1)), "before");
            assertThat(f.queue.drain(n, Duration.ofSeconds(20), ProgressSink.NONE).open()).isZero();
            BigInteger before = balance(a, Anvil.ADDR1);
            a.stop();

            List<TxEntry> queued = new ArrayList<>();
            for (int nonce = 1; nonce <= 3; nonce++) {
                queued.add(f.queue.enqueue(n, SignedTx.parse(Anvil.signTransfer(Anvil.KEY0, nonce, Anvil.ADDR1, "100", 10, 1)), "t" + nonce));
            }
            TxQueue.Pass down = f.queue.process(n);
            assertThat(down.nodeDown()).isTrue();
            assertThat(down.problem()).contains("127.0.0.1:" + port);
            assertThat(f.queue.store().open(n.id())).hasSize(3).allMatch(e -> e.status() == TxStatus.QUEUED);

            // the node comes back with the same chain after a while; drain keeps retrying meanwhile
            CompletableFuture<Anvil> restarted = CompletableFuture.supplyAsync(() -> {
                try {
                    Thread.sleep(2_500);
                    return anvil(port, state);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            TxQueue.Pass done = f.queue.drain(n, Duration.ofSeconds(60), ProgressSink.NONE);
            Anvil b = restarted.get(30, TimeUnit.SECONDS);

            assertThat(done.open()).isZero();
            for (TxEntry e : queued) {
                assertThat(f.queue.store().byId(e.id()).orElseThrow().status()).isEqualTo(TxStatus.MINED);
            }
            assertThat(nonceOnChain(b, Anvil.ADDR0)).isEqualTo(4);
            assertThat(balance(b, Anvil.ADDR1)).isEqualTo(before.add(BigInteger.valueOf(300)));
            assertThat(balance(b, Anvil.ADDR2).mod(BigInteger.valueOf(1000))).isEqualTo(BigInteger.valueOf(7));
        }
    }

    @Test
    void aQueueLeftByACrashIsReconciledOnStart() throws Exception {
        Anvil a = anvil(0, null);
        String minedRaw = Anvil.signTransfer(Anvil.KEY0, 0, Anvil.ADDR1, "5", 10, 1);
        String unsentRaw = Anvil.signTransfer(Anvil.KEY0, 1, Anvil.ADDR1, "6", 10, 1);
        try (ChainFixture f = new ChainFixture(dir)) {
            Network n = f.addLocal("Test chain", a.rpcUrl());
            f.queue.enqueue(n, SignedTx.parse(minedRaw), "sent before the crash");
            f.queue.enqueue(n, SignedTx.parse(unsentRaw), "never sent");
            Anvil.cast("publish", "--rpc-url", a.rpcUrl(), minedRaw);
        }
        // "restart": a fresh set of services over the same studio.db
        try (ChainFixture f = new ChainFixture(dir)) {
            f.queue.reconcileAll();
            assertThat(f.queue.store().recent(10)).extracting(TxEntry::status).containsOnly(TxStatus.MINED, TxStatus.PENDING);
            Network n = f.networks.find("Test chain");
            f.queue.drain(n, Duration.ofSeconds(20), ProgressSink.NONE);
            assertThat(f.queue.store().recent(10)).extracting(TxEntry::status).containsOnly(TxStatus.MINED);
            assertThat(nonceOnChain(a, Anvil.ADDR0)).isEqualTo(2);
        }
    }

    @Test
    void aTransactionIsCalledDroppedOnlyAfterItsNonceStayedUsedByAnotherForSomeBlocks() throws Exception {
        Anvil a = anvil(0, null);
        try (ChainFixture f = new ChainFixture(dir)) {
            Network n = f.addLocal("Test chain", a.rpcUrl());
            TxEntry ours = f.queue.enqueue(n, SignedTx.parse(Anvil.signTransfer(Anvil.KEY0, 0, Anvil.ADDR1, "1", 10, 1)), "ours");
            // someone else spends nonce 0 of the same account first (a wallet outside Atelier)
            Anvil.cast("publish", "--rpc-url", a.rpcUrl(), Anvil.signTransfer(Anvil.KEY0, 0, Anvil.ADDR2, "2", 10, 1));
            f.queue.process(n);
            f.queue.process(n);
            assertThat(f.queue.store().byId(ours.id()).orElseThrow().status()).as("one look is not enough").isEqualTo(TxStatus.QUEUED);
            a.rpc("anvil_mine", "0x" + Long.toHexString(TxQueue.DROP_AFTER_BLOCKS));
            f.queue.process(n);
            TxEntry dropped = f.queue.store().byId(ours.id()).orElseThrow();
            assertThat(dropped.status()).isEqualTo(TxStatus.DROPPED);
            assertThat(dropped.lastError()).contains("Nonce 0 was used by a transaction Atelier did not send");
        }
    }

    @Test
    void nextNonceCountsOurQueuedTransactionsTheNodeHasNotSeen() throws Exception {
        Anvil a = anvil(0, null);
        try (ChainFixture f = new ChainFixture(dir)) {
            Network n = f.addLocal("Test chain", a.rpcUrl());
            EthRpc rpc = f.networks.rpc(n);
            Address from = Address.parse(Anvil.ADDR0);
            assertThat(f.queue.nextNonce(n, rpc, from)).isZero();
            f.queue.enqueue(n, SignedTx.parse(Anvil.signTransfer(Anvil.KEY0, 0, Anvil.ADDR1, "1", 10, 1)), "");
            f.queue.enqueue(n, SignedTx.parse(Anvil.signTransfer(Anvil.KEY0, 1, Anvil.ADDR1, "1", 10, 1)), "");
            assertThat(f.queue.nextNonce(n, rpc, from)).isEqualTo(2); // node still says 0: nothing sent yet
            f.queue.drain(n, Duration.ofSeconds(20), ProgressSink.NONE);
            assertThat(f.queue.nextNonce(n, rpc, from)).isEqualTo(2).isEqualTo(rpc.pendingNonce(from));
        }
    }

    @Test
    void aStuckTransactionIsCancelledByAReplacementWithTheSameNonce() throws Exception {
        Anvil a = anvil(0, null, "--no-mining");
        try (ChainFixture f = new ChainFixture(dir)) {
            Network n = f.addLocal("Test chain", a.rpcUrl());
            BigInteger before = balance(a, Anvil.ADDR1);
            TxEntry stuck = f.queue.enqueue(n, SignedTx.parse(Anvil.signTransfer(Anvil.KEY0, 0, Anvil.ADDR1, "999", 3, 1)), "stuck");
            f.queue.process(n);
            assertThat(f.queue.store().byId(stuck.id()).orElseThrow().status()).isEqualTo(TxStatus.PENDING);

            FeeSuggestion fees = FeeOracle.suggest(f.networks.rpc(n));
            Replacement plan = Replacement.plan(f.queue.store().byId(stuck.id()).orElseThrow(), true, fees);
            assertThat(plan.nonce()).isZero();
            assertThat(plan.to()).isEqualTo(Anvil.ADDR0);
            assertThat(plan.value()).isZero();
            // sign the planned replacement with the reference tool
            String cancelRaw = Anvil.cast("mktx", "--private-key", Anvil.KEY0, "--chain", "31337", "--nonce", "0",
                    "--gas-limit", plan.gasLimit().toString(), "--gas-price", plan.maxFeePerGas().toString(),
                    "--priority-gas-price", plan.maxPriorityFeePerGas().toString(), plan.to(), "--value", "0");
            TxEntry cancel = f.queue.enqueueReplacement(stuck.id(), SignedTx.parse(cancelRaw), "cancel");
            assertThat(cancel.replacesId()).isEqualTo(stuck.id());
            f.queue.process(n);
            a.rpc("evm_mine");
            f.queue.drain(n, Duration.ofSeconds(20), ProgressSink.NONE);

            assertThat(f.queue.store().byId(cancel.id()).orElseThrow().status()).isEqualTo(TxStatus.MINED);
            assertThat(f.queue.store().byId(stuck.id()).orElseThrow().status()).isEqualTo(TxStatus.REPLACED);
            assertThat(balance(a, Anvil.ADDR1)).isEqualTo(before);
            assertThat(nonceOnChain(a, Anvil.ADDR0)).isEqualTo(1);
        }
    }

    @Test
    void aReplacementThatDoesNotOutbidTheOriginalIsRefused() throws Exception {
        Anvil a = anvil(0, null, "--no-mining");
        try (ChainFixture f = new ChainFixture(dir)) {
            Network n = f.addLocal("Test chain", a.rpcUrl());
            TxEntry stuck = f.queue.enqueue(n, SignedTx.parse(Anvil.signTransfer(Anvil.KEY0, 0, Anvil.ADDR1, "1", 10, 2)), "stuck");
            String cheap = Anvil.signTransfer(Anvil.KEY0, 0, Anvil.ADDR0, "0", 10, 2);
            assertThatThrownBy(() -> f.queue.enqueueReplacement(stuck.id(), SignedTx.parse(cheap), "cancel"))
                    .hasMessageContaining("10 %");
            String otherNonce = Anvil.signTransfer(Anvil.KEY0, 1, Anvil.ADDR0, "0", 20, 5);
            assertThatThrownBy(() -> f.queue.enqueueReplacement(stuck.id(), SignedTx.parse(otherNonce), "cancel"))
                    .hasMessageContaining("same nonce");
        }
    }

    @Test
    void feeTiersAreOrderedAndANormalFeeGetsMined() throws Exception {
        Anvil a = anvil(0, null);
        try (ChainFixture f = new ChainFixture(dir)) {
            Network n = f.addLocal("Test chain", a.rpcUrl());
            EthRpc rpc = f.networks.rpc(n);
            for (int i = 0; i < 4; i++) {
                f.queue.enqueue(n, SignedTx.parse(Anvil.signTransfer(Anvil.KEY1, i, Anvil.ADDR2, "1", 10, i + 1)), "");
            }
            f.queue.drain(n, Duration.ofSeconds(20), ProgressSink.NONE);
            FeeSuggestion fees = FeeOracle.suggest(rpc);
            assertThat(fees.eip1559()).isTrue();
            BigInteger base = new BigInteger(Anvil.cast("base-fee", "--rpc-url", a.rpcUrl(), "pending"));
            assertThat(fees.nextBaseFee()).isEqualTo(base);
            assertThat(fees.slow().maxPriorityFeePerGas()).isLessThanOrEqualTo(fees.normal().maxPriorityFeePerGas());
            assertThat(fees.normal().maxPriorityFeePerGas()).isLessThanOrEqualTo(fees.fast().maxPriorityFeePerGas());
            assertThat(fees.normal().maxFeePerGas()).isGreaterThanOrEqualTo(base.add(fees.normal().maxPriorityFeePerGas()));
            // the 10th..90th percentiles of tips 1..4 gwei paid above
            assertThat(fees.slow().maxPriorityFeePerGas()).isGreaterThanOrEqualTo(BigInteger.TEN.pow(9));
            assertThat(fees.fast().maxPriorityFeePerGas()).isLessThanOrEqualTo(BigInteger.valueOf(4).multiply(BigInteger.TEN.pow(9)));

            String raw = Anvil.cast("mktx", "--private-key", Anvil.KEY0, "--chain", "31337", "--nonce", "0", "--gas-limit", "21000",
                    "--gas-price", fees.normal().maxFeePerGas().toString(), "--priority-gas-price",
                    fees.normal().maxPriorityFeePerGas().toString(), Anvil.ADDR2, "--value", "1");
            TxEntry e = f.queue.enqueue(n, SignedTx.parse(raw), "normal fee");
            f.queue.drain(n, Duration.ofSeconds(20), ProgressSink.NONE);
            assertThat(f.queue.store().byId(e.id()).orElseThrow().status()).isEqualTo(TxStatus.MINED);
        }
    }

    @Test
    void theSandboxPresetNeedsTheSandboxRunning() {
        try (ChainFixture f = new ChainFixture(dir)) {
            assertThatThrownBy(() -> f.networks.rpc(NetworkPresets.SANDBOX, RpcClient.Policy.QUICK))
                    .isInstanceOf(AtelierException.class).hasMessageContaining("sandbox start");
        }
    }
}
