package dev.atelier.chain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.chain.rpc.RpcClient;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.testing.Anvil;
import dev.atelier.testing.AnvilExtension;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint96;

/**
 * Calldata built here is sent with cast and read back both with cast (the reference) and with our
 * typed reads and log replay: mint, batch mint, transfer, burn, URI and royalty changes.
 */
class TokenCallsTest {
    @RegisterExtension
    static final AnvilExtension ANVIL = new AnvilExtension();

    private static final Address OWNER = Address.parse(Anvil.ADDR0);
    private static final Address ALICE = Address.parse(Anvil.ADDR1);
    private static final Address BOB = Address.parse(Anvil.ADDR2);

    private static String deploy(ContractTemplate t, List<Type> args) throws Exception {
        String out = Anvil.cast("send", "--rpc-url", ANVIL.rpcUrl(), "--private-key", Anvil.KEY0, "--create", t.deployData(args), "--json");
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(out).get("contractAddress").asText();
    }

    private static void send(String key, String contract, String data) throws Exception {
        String status = Anvil.cast("send", "--rpc-url", ANVIL.rpcUrl(), "--private-key", key, contract, data, "--json");
        assertThat(status).contains("\"status\":\"0x1\"");
    }

    private static String call(String contract, String sig, String... args) throws Exception {
        List<String> a = new java.util.ArrayList<>(List.of("call", "--rpc-url", ANVIL.rpcUrl(), contract, sig));
        a.addAll(List.of(args));
        return Anvil.cast(a.toArray(String[]::new));
    }

    @Test
    @SuppressWarnings("rawtypes")
    void erc721MintTransferBurnAndReadBack() throws Exception {
        String c = deploy(ContractTemplate.ERC721, List.<Type>of(new Utf8String("Spirits"), new Utf8String("SPRT"),
                new org.web3j.abi.datatypes.Address(Anvil.ADDR0), new org.web3j.abi.datatypes.Address(Anvil.ADDR1),
                new Uint96(BigInteger.valueOf(250))));
        Address contract = Address.parse(c);
        EthRpc rpc = new EthRpc(new RpcClient(ANVIL.rpcUrl()));
        long from = rpc.blockNumber();
        send(Anvil.KEY0, c, TokenCalls.safeMint(ALICE, BigInteger.valueOf(7), "ipfs://bafy/7.json"));
        send(Anvil.KEY0, c, TokenCalls.safeMintBatch(ALICE, List.of(BigInteger.valueOf(8), BigInteger.valueOf(9)),
                List.of("ipfs://bafy/8.json", "ipfs://bafy/9.json")));
        send(Anvil.KEY1, c, TokenCalls.transfer721(ALICE, BOB, BigInteger.valueOf(8)));
        send(Anvil.KEY1, c, TokenCalls.burn721(BigInteger.valueOf(9)));
        send(Anvil.KEY0, c, TokenCalls.setTokenURI(BigInteger.valueOf(7), "ipfs://bafy/7-v2.json"));
        send(Anvil.KEY0, c, TokenCalls.setTokenRoyalty(BigInteger.valueOf(7), BOB, 1000));

        assertThat(call(c, "ownerOf(uint256)(address)", "8")).isEqualTo(BOB.toChecksumHex());
        assertThat(TokenCalls.ownerOf(rpc, contract, BigInteger.valueOf(8))).isEqualTo(BOB);
        assertThat(call(c, "tokenURI(uint256)(string)", "7")).isEqualTo("\"ipfs://bafy/7-v2.json\"");
        assertThat(TokenCalls.tokenURI(rpc, contract, BigInteger.valueOf(7))).isEqualTo("ipfs://bafy/7-v2.json");
        assertThat(TokenCalls.royaltyInfo(rpc, contract, BigInteger.valueOf(7), BigInteger.valueOf(10_000)))
                .isEqualTo(new TokenCalls.Royalty(BOB, BigInteger.valueOf(1000)));
        assertThat(TokenCalls.royaltyInfo(rpc, contract, BigInteger.valueOf(8), BigInteger.valueOf(10_000)))
                .isEqualTo(new TokenCalls.Royalty(ALICE, BigInteger.valueOf(250)));
        assertThat(TokenCalls.contractOwner(rpc, contract)).isEqualTo(OWNER);

        // page by one block to exercise paging
        List<TokenLogs.Movement> moves = TokenLogs.movements(rpc, contract, from, rpc.blockNumber(), 1, ProgressSink.NONE);
        assertThat(moves).hasSize(5); // 3 mints, 1 transfer, 1 burn
        assertThat(TokenLogs.owners(moves)).containsExactly(Map.entry(BigInteger.valueOf(7), ALICE), Map.entry(BigInteger.valueOf(8), BOB));
        // ERC-4906: setTokenURI emitted MetadataUpdate(7)
        String logs = Anvil.cast("logs", "--rpc-url", ANVIL.rpcUrl(), "--address", c, "--from-block", Long.toString(from),
                "MetadataUpdate(uint256)");
        assertThat(logs).contains("0x0000000000000000000000000000000000000000000000000000000000000007");
    }

    @Test
    @SuppressWarnings("rawtypes")
    void erc1155BatchMintUrisSupplyAndBalancesFromLogs() throws Exception {
        String c = deploy(ContractTemplate.ERC1155, List.<Type>of(new Utf8String("Items"), new Utf8String("ITM"),
                new Utf8String("ipfs://tmpl/{id}.json"), new org.web3j.abi.datatypes.Address(Anvil.ADDR0),
                new org.web3j.abi.datatypes.Address(Anvil.ADDR0), new Uint96(BigInteger.valueOf(500))));
        Address contract = Address.parse(c);
        EthRpc rpc = new EthRpc(new RpcClient(ANVIL.rpcUrl()));
        long from = rpc.blockNumber();
        send(Anvil.KEY0, c, TokenCalls.mintBatch1155(ALICE, List.of(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3)),
                List.of(BigInteger.TEN, BigInteger.ONE, BigInteger.valueOf(5)), List.of("", "ipfs://own/2.json", "")));
        send(Anvil.KEY0, c, TokenCalls.mint1155(BOB, BigInteger.ONE, BigInteger.valueOf(4), ""));
        send(Anvil.KEY1, c, TokenCalls.transfer1155(ALICE, BOB, BigInteger.valueOf(3), BigInteger.TWO));
        send(Anvil.KEY1, c, TokenCalls.burn1155(ALICE, BigInteger.ONE, BigInteger.valueOf(3)));
        send(Anvil.KEY0, c, TokenCalls.setURI1155(BigInteger.valueOf(3), "ipfs://own/3.json"));

        assertThat(call(c, "uri(uint256)(string)", "1")).isEqualTo("\"ipfs://tmpl/{id}.json\"");
        assertThat(TokenCalls.uri1155(rpc, contract, BigInteger.TWO)).isEqualTo("ipfs://own/2.json");
        assertThat(TokenCalls.uri1155(rpc, contract, BigInteger.valueOf(3))).isEqualTo("ipfs://own/3.json");
        assertThat(call(c, "totalSupply(uint256)(uint256)", "1")).isEqualTo("11");
        assertThat(TokenCalls.totalSupply(rpc, contract, BigInteger.ONE)).isEqualTo(11);
        assertThat(call(c, "balanceOf(address,uint256)(uint256)", Anvil.ADDR2, "3")).isEqualTo("2");

        var balances = TokenLogs.balances(TokenLogs.movements(rpc, contract, from, rpc.blockNumber(), 1000, ProgressSink.NONE));
        assertThat(balances.get(BigInteger.ONE)).containsExactlyInAnyOrderEntriesOf(Map.of(ALICE, BigInteger.valueOf(7), BOB, BigInteger.valueOf(4)));
        assertThat(balances.get(BigInteger.TWO)).containsExactlyEntriesOf(Map.of(ALICE, BigInteger.ONE));
        assertThat(balances.get(BigInteger.valueOf(3))).containsExactlyInAnyOrderEntriesOf(Map.of(ALICE, BigInteger.valueOf(3), BOB, BigInteger.TWO));
        for (var e : balances.entrySet()) {
            for (var h : e.getValue().entrySet()) {
                assertThat(TokenCalls.balanceOf1155(rpc, contract, h.getKey(), e.getKey())).isEqualTo(h.getValue());
            }
        }
    }
}
