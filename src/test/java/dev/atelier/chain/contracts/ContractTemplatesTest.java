package dev.atelier.chain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.chain.ChainFixture;
import dev.atelier.chain.Network;
import dev.atelier.chain.tx.SignedTx;
import dev.atelier.chain.tx.TxEntry;
import dev.atelier.chain.tx.TxStatus;
import dev.atelier.common.ProgressSink;
import dev.atelier.testing.Anvil;
import dev.atelier.testing.AnvilExtension;
import dev.atelier.testing.Proc;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint96;

/** The committed templates are exactly what the pinned compiler makes from the sources, and they deploy. */
class ContractTemplatesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final AnvilExtension ANVIL = new AnvilExtension();

    @TempDir
    Path dir;

    @Test
    void committedBytecodeIsReproducibleWithThePinnedCompiler() throws Exception {
        Path script = Anvil.tools().getParent().resolve("compile-contracts.mjs");
        Proc.Result r = Proc.run(List.of("node", script.toString(), "--out", dir.toString()), Map.of(), null, 300);
        assertThat(r.code()).as(r.err()).isZero();
        for (ContractTemplate t : ContractTemplate.values()) {
            JsonNode fresh = JSON.readTree(dir.resolve(t.contractName() + ".json").toFile());
            JsonNode committed = t.artifact();
            assertThat(committed.get("compiler").asText()).startsWith("solc 0.8.30");
            assertThat(committed.get("evmVersion").asText()).isEqualTo("cancun");
            assertThat(committed.get("bytecode").asText())
                    .as("%s: committed bytecode differs from a fresh compile; run node src/test/tools/compile-contracts.mjs and commit", t)
                    .isEqualTo(fresh.get("bytecode").asText());
            assertThat(committed.get("deployedBytecode")).isEqualTo(fresh.get("deployedBytecode"));
            assertThat(committed.get("abi")).isEqualTo(fresh.get("abi"));
        }
    }

    @ParameterizedTest
    @EnumSource(ContractTemplate.class)
    void eachTemplateDeploysThroughTheQueueAndAnswersAsDeclared(ContractTemplate t) throws Exception {
        @SuppressWarnings("rawtypes")
        List<org.web3j.abi.datatypes.Type> args = t == ContractTemplate.ERC721
                ? List.of(new Utf8String("Forest Spirits"), new Utf8String("SPRT"), new Address(Anvil.ADDR0), new Address(Anvil.ADDR1),
                        new Uint96(BigInteger.valueOf(500)))
                : List.of(new Utf8String("Forest Items"), new Utf8String("ITEM"), new Utf8String("ipfs://bafy/{id}.json"),
                        new Address(Anvil.ADDR0), new Address(Anvil.ADDR1), new Uint96(BigInteger.valueOf(750)));
        String key = Anvil.KEY0;
        String nonce = Anvil.cast("nonce", "--rpc-url", ANVIL.rpcUrl(), Anvil.ADDR0);
        String raw = Anvil.cast("mktx", "--private-key", key, "--chain", "31337", "--nonce", nonce, "--gas-limit", "5000000",
                "--gas-price", "10gwei", "--priority-gas-price", "1gwei", "--create", t.deployData(args));
        try (ChainFixture f = new ChainFixture(dir)) {
            Network n = f.addLocal("Local", ANVIL.rpcUrl());
            TxEntry e = f.queue.enqueue(n, SignedTx.parse(raw), "deploy " + t);
            f.queue.drain(n, Duration.ofSeconds(30), ProgressSink.NONE);
            TxEntry done = f.queue.store().byId(e.id()).orElseThrow();
            assertThat(done.status()).isEqualTo(TxStatus.MINED);
            String contract = done.contractAddress();
            assertThat(contract).isNotNull();
            String rpc = ANVIL.rpcUrl();
            assertThat(Anvil.cast("call", "--rpc-url", rpc, contract, "owner()(address)")).isEqualTo(Anvil.ADDR0);
            assertThat(Anvil.cast("call", "--rpc-url", rpc, contract, "royaltyInfo(uint256,uint256)(address,uint256)", "1", "10000"))
                    .contains(Anvil.ADDR1).contains(t == ContractTemplate.ERC721 ? "500" : "750");
            // ERC-165: ERC-2981 (0x2a55205a) and the token standard (ERC-721 0x80ac58cd / ERC-1155 0xd9b67a26)
            assertThat(Anvil.cast("call", "--rpc-url", rpc, contract, "supportsInterface(bytes4)(bool)", "0x2a55205a")).isEqualTo("true");
            assertThat(Anvil.cast("call", "--rpc-url", rpc, contract, "supportsInterface(bytes4)(bool)",
                    t == ContractTemplate.ERC721 ? "0x80ac58cd" : "0xd9b67a26")).isEqualTo("true");
            if (t == ContractTemplate.ERC721) {
                assertThat(Anvil.cast("call", "--rpc-url", rpc, contract, "name()(string)")).isEqualTo("\"Forest Spirits\"");
                // ERC-4906 interface id 0x49064906
                assertThat(Anvil.cast("call", "--rpc-url", rpc, contract, "supportsInterface(bytes4)(bool)", "0x49064906")).isEqualTo("true");
            } else {
                assertThat(Anvil.cast("call", "--rpc-url", rpc, contract, "uri(uint256)(string)", "7")).isEqualTo("\"ipfs://bafy/{id}.json\"");
                assertThat(Anvil.cast("call", "--rpc-url", rpc, contract, "totalSupply(uint256)(uint256)", "7")).isEqualTo("0");
            }
        }
    }
}
