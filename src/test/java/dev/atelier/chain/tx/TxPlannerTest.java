package dev.atelier.chain.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.chain.ChainFixture;
import dev.atelier.chain.Network;
import dev.atelier.chain.contracts.BatchSizer;
import dev.atelier.chain.contracts.ContractTemplate;
import dev.atelier.chain.contracts.TokenCalls;
import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.testing.Anvil;
import dev.atelier.testing.AnvilExtension;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint96;

/** Planning (nonce, gas, fees) for real transactions, signed by the reference tool and mined through the queue. */
class TxPlannerTest {
    @RegisterExtension
    static final AnvilExtension ANVIL = new AnvilExtension();

    @TempDir
    Path dir;

    static String signWithCast(String key, PlannedTx p) throws Exception {
        List<String> a = new ArrayList<>(List.of("mktx", "--private-key", key, "--chain", Long.toString(p.chainId()),
                "--nonce", Long.toString(p.nonce()), "--gas-limit", p.gas().toString(), "--gas-price", p.maxFeePerGas().toString(),
                "--priority-gas-price", p.maxPriorityFeePerGas().toString(), "--value", p.value().toString()));
        if (p.to() == null) {
            a.addAll(List.of("--create", p.data()));
        } else {
            a.addAll(List.of(p.to().toLowerHex(), p.data()));
        }
        return Anvil.cast(a.toArray(String[]::new));
    }

    @Test
    @SuppressWarnings("rawtypes")
    void aPlannedDeployAndBatchMintAreMinedAndTheBatchFitsItsGasBudget() throws Exception {
        try (ChainFixture f = new ChainFixture(dir)) {
            Network n = f.addLocal("Local", ANVIL.rpcUrl());
            EthRpc rpc = f.networks.rpc(n);
            TxPlanner planner = new TxPlanner(f.queue);
            Address owner = Address.parse(Anvil.ADDR0);
            List<Type> args = List.of(new Utf8String("Items"), new Utf8String("ITM"), new Utf8String("ipfs://t/{id}.json"),
                    new org.web3j.abi.datatypes.Address(Anvil.ADDR0), new org.web3j.abi.datatypes.Address(Anvil.ADDR0),
                    new Uint96(BigInteger.valueOf(500)));
            PlannedTx deploy = planner.plan(n, rpc, owner, null, BigInteger.ZERO, ContractTemplate.ERC1155.deployData(args), "normal");
            assertThat(deploy.nonce()).isEqualTo(rpc.pendingNonce(owner));
            assertThat(deploy.toSignRequest()).containsEntry("type", "0x2").doesNotContainKey("to");
            TxEntry d = f.queue.enqueue(n, SignedTx.parse(signWithCast(Anvil.KEY0, deploy)), "deploy");
            f.queue.drain(n, Duration.ofSeconds(20), ProgressSink.NONE);
            TxEntry deployed = f.queue.store().byId(d.id()).orElseThrow();
            assertThat(deployed.status()).isEqualTo(TxStatus.MINED);
            assertThat(deployed.gasUsed()).isLessThan(deploy.gas());
            Address contract = Address.parse(deployed.contractAddress());

            BigInteger budget = BigInteger.valueOf(3_000_000);
            Address alice = Address.parse(Anvil.ADDR1);
            BatchSizer.Sizing sizing = BatchSizer.size(k -> TxPlanner.estimate(rpc, owner, contract, BigInteger.ZERO,
                    TokenCalls.mintBatch1155(alice, ids(1000, k), Collections.nCopies(k, BigInteger.ONE), List.of())), 20, budget, 1000);
            assertThat(sizing.batchSize()).isBetween(20, 200);
            int k = sizing.batchSize();
            PlannedTx mint = planner.plan(n, rpc, owner, contract, BigInteger.ZERO,
                    TokenCalls.mintBatch1155(alice, ids(1000, k), Collections.nCopies(k, BigInteger.ONE), List.of()), "fast");
            assertThat(mint.gas()).isLessThanOrEqualTo(budget);
            TxEntry m = f.queue.enqueue(n, SignedTx.parse(signWithCast(Anvil.KEY0, mint)), "mint batch");
            f.queue.drain(n, Duration.ofSeconds(20), ProgressSink.NONE);
            assertThat(f.queue.store().byId(m.id()).orElseThrow().status()).isEqualTo(TxStatus.MINED);
            assertThat(Anvil.cast("call", "--rpc-url", ANVIL.rpcUrl(), contract.toLowerHex(), "totalSupply()(uint256)")).isEqualTo(Integer.toString(k));
        }
    }

    @Test
    void aCallTheContractWouldRefuseIsReportedBeforeSigning() throws Exception {
        try (ChainFixture f = new ChainFixture(dir)) {
            Network n = f.addLocal("Local", ANVIL.rpcUrl());
            EthRpc rpc = f.networks.rpc(n);
            String out = Anvil.cast("send", "--rpc-url", ANVIL.rpcUrl(), "--private-key", Anvil.KEY0, "--create",
                    ContractTemplate.ERC721.deployData(List.of(new Utf8String("A"), new Utf8String("A"),
                            new org.web3j.abi.datatypes.Address(Anvil.ADDR0), new org.web3j.abi.datatypes.Address(Anvil.ADDR0),
                            new Uint96(BigInteger.ZERO))), "--json");
            Address contract = Address.parse(new com.fasterxml.jackson.databind.ObjectMapper().readTree(out).get("contractAddress").asText());
            // account 1 is not the owner: safeMint reverts with OwnableUnauthorizedAccount
            assertThatThrownBy(() -> new TxPlanner(f.queue).plan(n, rpc, Address.parse(Anvil.ADDR1), contract, BigInteger.ZERO,
                    TokenCalls.safeMint(Address.parse(Anvil.ADDR1), BigInteger.ONE, "ipfs://x"), "normal"))
                    .isInstanceOf(AtelierException.class).hasMessageContaining("would fail").hasMessageContaining("reverted");
        }
    }

    @Test
    void anAccountThatCannotPayIsToldBeforeSigning() {
        try (ChainFixture f = new ChainFixture(dir)) {
            Network n = f.addLocal("Local", ANVIL.rpcUrl());
            Address empty = Address.parse("0x000000000000000000000000000000000000dEaD");
            assertThatThrownBy(() -> new TxPlanner(f.queue).plan(n, f.networks.rpc(n), empty, Address.parse(Anvil.ADDR1),
                    BigInteger.TEN.pow(18), "0x", "normal")).hasMessageContaining("Top it up");
        }
    }

    private static List<BigInteger> ids(int start, int k) {
        return IntStream.range(start, start + k).mapToObj(BigInteger::valueOf).toList();
    }
}
