package dev.atelier.chain.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.chain.rpc.RpcClient;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.testing.Anvil;
import dev.atelier.testing.AnvilExtension;
import dev.atelier.testing.TestKeys;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint96;

/**
 * The ERC-1155 template stores batch mints as runs and materialises an id only when it first moves
 * (ADR 0012). These cases check, on a real anvil and with cast as the reference reader, that the
 * lazy state answers exactly like per-id storage would: transfers and burns of run-minted ids,
 * partial transfers, balanceOfBatch across run and materialised ids, supplies after burns, runs
 * across 256-id bitmap words, re-mints refused, and contract recipients asked as the standard says.
 */
class Erc1155RunsTest {
    @RegisterExtension
    static final AnvilExtension ANVIL = new AnvilExtension("--gas-limit", "60000000");

    private static final Address ALICE = Address.parse(Anvil.ADDR1);
    private static final Address BOB = Address.parse(Anvil.ADDR2);
    /** Runtime that answers every call with its own selector (an ERC-1155 receiver that accepts everything). */
    private static final String ACCEPTING_RECEIVER = "0x602d80600b6000396000f3" + "600035"
            + "7fffffffff00000000000000000000000000000000000000000000000000000000" + "16" + "600052" + "60206000f3";

    String c;
    Address contract;
    EthRpc rpc;

    @BeforeEach
    @SuppressWarnings("rawtypes")
    void deploy() throws Exception {
        c = create(ContractTemplate.ERC1155.deployData(List.<Type>of(new Utf8String("Items"), new Utf8String("ITM"),
                new Utf8String("ipfs://tmpl/{id}.json"), new org.web3j.abi.datatypes.Address(Anvil.ADDR0),
                new org.web3j.abi.datatypes.Address(Anvil.ADDR0), new Uint96(BigInteger.valueOf(500)))));
        contract = Address.parse(c);
        rpc = new EthRpc(new RpcClient(ANVIL.rpcUrl()));
    }

    private static String create(String data) throws Exception {
        String out = Anvil.cast("send", "--rpc-url", ANVIL.rpcUrl(), "--private-key", Anvil.KEY0, "--create", data, "--json");
        return new ObjectMapper().readTree(out).get("contractAddress").asText();
    }

    private void send(String key, String data) throws Exception {
        String out = Anvil.cast("send", "--rpc-url", ANVIL.rpcUrl(), "--private-key", key, c, data, "--json");
        assertThat(out).contains("\"status\":\"0x1\"");
    }

    /** The revert as cast reports it (cast estimates first, so nothing is mined). */
    private String revert(String key, String data) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                () -> Anvil.cast("send", "--rpc-url", ANVIL.rpcUrl(), "--private-key", key, c, data, "--json"));
        assertThat(t).as("expected a revert").isNotNull();
        return t.getMessage();
    }

    private String call(String sig, String... args) throws Exception {
        List<String> a = new ArrayList<>(List.of("call", "--rpc-url", ANVIL.rpcUrl(), c, sig));
        a.addAll(List.of(args));
        return Anvil.cast(a.toArray(String[]::new));
    }

    private static String selector(String error) throws Exception {
        return Anvil.cast("sig", error);
    }

    private static List<BigInteger> ids(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(BigInteger::valueOf).toList();
    }

    private static List<BigInteger> each(int n, long amount) {
        return java.util.Collections.nCopies(n, BigInteger.valueOf(amount));
    }

    private String balance(Address who, int id) throws Exception {
        return call("balanceOf(address,uint256)(uint256)", who.toChecksumHex(), Integer.toString(id));
    }

    @Test
    void runAcrossBitmapWordsReadsLikePerIdStorageAndEveryIdIsInTheEvent() throws Exception {
        long from = rpc.blockNumber();
        // ids 250..530 cross two 256-id words; 600..602 have other amounts; 700 stands alone
        List<BigInteger> idList = new ArrayList<>(ids(250, 530));
        List<BigInteger> amounts = new ArrayList<>(each(281, 3));
        idList.addAll(ids(600, 602));
        amounts.addAll(List.of(BigInteger.ONE, BigInteger.ONE, BigInteger.TEN));
        idList.add(BigInteger.valueOf(700));
        amounts.add(BigInteger.valueOf(7));
        send(Anvil.KEY0, TokenCalls.mintBatch1155(ALICE, idList, amounts, List.of()));

        for (int id : new int[] {250, 255, 256, 257, 511, 512, 530, 600, 601, 602, 700}) {
            String expected = id <= 530 ? "3" : id == 602 ? "10" : id == 700 ? "7" : "1";
            assertThat(balance(ALICE, id)).as("balance of %d", id).isEqualTo(expected);
            assertThat(balance(BOB, id)).isEqualTo("0");
            assertThat(call("totalSupply(uint256)(uint256)", Integer.toString(id))).isEqualTo(expected);
        }
        for (int id : new int[] {0, 249, 531, 599, 603, 699, 701, 100_000}) {
            assertThat(balance(ALICE, id)).as("never minted %d", id).isEqualTo("0");
            assertThat(call("exists(uint256)(bool)", Integer.toString(id))).isEqualTo("false");
        }
        assertThat(call("totalSupply()(uint256)")).isEqualTo(Integer.toString(281 * 3 + 1 + 1 + 10 + 7));
        // one TransferBatch with every id: indexers (and our log replay) see each token
        var balances = TokenLogs.balances(TokenLogs.movements(rpc, contract, from, rpc.blockNumber(), 100, ProgressSink.NONE));
        assertThat(balances).hasSize(idList.size());
        for (int i = 0; i < idList.size(); i++) {
            assertThat(balances.get(idList.get(i))).containsExactlyEntriesOf(Map.of(ALICE, amounts.get(i)));
        }
    }

    @Test
    void transfersAndBurnsOfRunMintedIdsMaterialiseOnlyThoseIds() throws Exception {
        send(Anvil.KEY0, TokenCalls.mintBatch1155(ALICE, ids(1, 600), each(600, 5), List.of()));
        // partial transfer of a run id, whole transfer of another, burn of a third (by an approved operator)
        send(Anvil.KEY1, TokenCalls.transfer1155(ALICE, BOB, BigInteger.valueOf(300), BigInteger.TWO));
        send(Anvil.KEY1, TokenCalls.transfer1155(ALICE, BOB, BigInteger.valueOf(1), BigInteger.valueOf(5)));
        send(Anvil.KEY1, TokenCalls.setApprovalForAll(BOB, true));
        send(TestKeys.ANVIL_2, TokenCalls.burn1155(ALICE, BigInteger.valueOf(600), BigInteger.valueOf(4)));
        // moving a materialised id again, and a batch transfer mixing run and materialised ids
        send(TestKeys.ANVIL_2, TokenCalls.transfer1155(BOB, ALICE, BigInteger.valueOf(300), BigInteger.ONE));
        send(Anvil.KEY1, TokenCalls.transferBatch1155(ALICE, BOB, List.of(BigInteger.valueOf(299), BigInteger.valueOf(300)),
                List.of(BigInteger.ONE, BigInteger.valueOf(4))));
        // burn everything of one id: supply 0, not "exists", still "minted"
        send(Anvil.KEY1, TokenCalls.burnBatch1155(ALICE, List.of(BigInteger.valueOf(2)), List.of(BigInteger.valueOf(5))));

        assertThat(balance(ALICE, 300)).isEqualTo("0");
        assertThat(balance(BOB, 300)).isEqualTo("5");
        assertThat(balance(ALICE, 299)).isEqualTo("4");
        assertThat(balance(BOB, 299)).isEqualTo("1");
        assertThat(balance(ALICE, 1)).isEqualTo("0");
        assertThat(balance(BOB, 1)).isEqualTo("5");
        assertThat(balance(ALICE, 600)).isEqualTo("1");
        assertThat(balance(ALICE, 301)).as("an untouched id of the same run").isEqualTo("5");
        assertThat(balance(ALICE, 599)).isEqualTo("5");
        assertThat(call("totalSupply(uint256)(uint256)", "600")).isEqualTo("1");
        assertThat(call("totalSupply(uint256)(uint256)", "300")).isEqualTo("5");
        assertThat(call("totalSupply(uint256)(uint256)", "2")).isEqualTo("0");
        assertThat(call("exists(uint256)(bool)", "2")).isEqualTo("false");
        assertThat(TokenCalls.minted1155(rpc, contract, BigInteger.TWO)).isTrue();
        assertThat(TokenCalls.minted1155(rpc, contract, BigInteger.valueOf(601))).isFalse();
        assertThat(call("totalSupply()(uint256)")).isEqualTo(Integer.toString(600 * 5 - 4 - 5));

        // balanceOfBatch across run ids, materialised ids and never-minted ids, both holders
        List<Address> who = List.of(ALICE, BOB, ALICE, BOB, ALICE, BOB, ALICE);
        List<BigInteger> which = List.of(BigInteger.valueOf(300), BigInteger.valueOf(300), BigInteger.valueOf(301), BigInteger.valueOf(301),
                BigInteger.valueOf(600), BigInteger.ONE, BigInteger.valueOf(9999));
        List<BigInteger> batch = TokenCalls.balanceOfBatch1155(rpc, contract, who, which);
        assertThat(batch).containsExactly(BigInteger.ZERO, BigInteger.valueOf(5), BigInteger.valueOf(5), BigInteger.ZERO, BigInteger.ONE,
                BigInteger.valueOf(5), BigInteger.ZERO);
        String castBatch = call("balanceOfBatch(address[],uint256[])(uint256[])",
                "[" + String.join(",", who.stream().map(Address::toChecksumHex).toList()) + "]",
                "[" + String.join(",", which.stream().map(BigInteger::toString).toList()) + "]");
        assertThat(castBatch).isEqualTo("[0, 5, 5, 0, 1, 5, 0]");

        // more than the balance, from a run id and from a materialised one: refused, nothing changes
        String insufficient = selector("ERC1155InsufficientBalance(address,uint256,uint256,uint256)");
        assertThat(revert(Anvil.KEY1, TokenCalls.transfer1155(ALICE, BOB, BigInteger.valueOf(400), BigInteger.valueOf(6))))
                .contains(insufficient);
        assertThat(revert(Anvil.KEY1, TokenCalls.burn1155(ALICE, BigInteger.valueOf(299), BigInteger.valueOf(5)))).contains(insufficient);
        // someone else's run id without approval
        assertThat(revert(Anvil.KEY1, TokenCalls.transfer1155(BOB, ALICE, BigInteger.valueOf(300), BigInteger.ONE)))
                .contains(selector("ERC1155MissingApprovalForAll(address,address)"));
        assertThat(balance(ALICE, 400)).isEqualTo("5");
    }

    @Test
    void aMintedIdIsNeverMintedAgainEvenAfterItWasBurned() throws Exception {
        send(Anvil.KEY0, TokenCalls.mintBatch1155(ALICE, ids(10, 20), each(11, 2), List.of()));
        send(Anvil.KEY0, TokenCalls.mint1155(ALICE, BigInteger.valueOf(40), BigInteger.ONE, ""));
        send(Anvil.KEY1, TokenCalls.burn1155(ALICE, BigInteger.valueOf(40), BigInteger.ONE));
        String already = selector("AlreadyMinted(uint256)");
        // a run overlapping the end of another, a single id inside one, a burned id, a duplicate within one call
        assertThat(revert(Anvil.KEY0, TokenCalls.mintBatch1155(BOB, ids(18, 25), each(8, 1), List.of())))
                .contains(already).contains(String.format("%064x", 18));
        assertThat(revert(Anvil.KEY0, TokenCalls.mint1155(BOB, BigInteger.valueOf(15), BigInteger.ONE, ""))).contains(already);
        assertThat(revert(Anvil.KEY0, TokenCalls.mint1155(BOB, BigInteger.valueOf(40), BigInteger.ONE, ""))).contains(already);
        assertThat(revert(Anvil.KEY0, TokenCalls.mintBatch1155(BOB, List.of(BigInteger.valueOf(50), BigInteger.valueOf(50)),
                each(2, 1), List.of()))).contains(already);
        // zero amounts and amounts that do not fit the run slot are refused too; only the owner mints
        assertThat(revert(Anvil.KEY0, TokenCalls.mint1155(BOB, BigInteger.valueOf(60), BigInteger.ZERO, "")))
                .contains(selector("InvalidAmount(uint256,uint256)"));
        assertThat(revert(Anvil.KEY0, TokenCalls.mint1155(BOB, BigInteger.valueOf(60), BigInteger.TWO.pow(96), "")))
                .contains(selector("InvalidAmount(uint256,uint256)"));
        assertThat(revert(Anvil.KEY1, TokenCalls.mint1155(BOB, BigInteger.valueOf(60), BigInteger.ONE, "")))
                .contains(selector("OwnableUnauthorizedAccount(address)"));
        assertThat(balance(BOB, 18)).isEqualTo("0");
        assertThat(balance(ALICE, 18)).isEqualTo("2");
        assertThat(balance(BOB, 50)).isEqualTo("0");
        assertThat(call("totalSupply()(uint256)")).isEqualTo("22");
    }

    @Test
    void contractRecipientsAreAskedAndARejectingOneStopsTheWholeMint() throws Exception {
        // the ERC-721 template has no onERC1155BatchReceived: it rejects ERC-1155 tokens
        @SuppressWarnings("rawtypes")
        String rejecting = create(ContractTemplate.ERC721.deployData(List.<Type>of(new Utf8String("R"), new Utf8String("R"),
                new org.web3j.abi.datatypes.Address(Anvil.ADDR0), new org.web3j.abi.datatypes.Address(Anvil.ADDR0),
                new Uint96(BigInteger.ZERO))));
        String accepting = create(ACCEPTING_RECEIVER);
        Address rejects = Address.parse(rejecting);
        Address accepts = Address.parse(accepting);
        String invalidReceiver = selector("ERC1155InvalidReceiver(address)");
        assertThat(revert(Anvil.KEY0, TokenCalls.mintBatch1155(rejects, ids(1, 50), each(50, 1), List.of()))).contains(invalidReceiver);
        assertThat(revert(Anvil.KEY0, TokenCalls.mint1155(rejects, BigInteger.ONE, BigInteger.ONE, ""))).contains(invalidReceiver);
        assertThat(TokenCalls.minted1155(rpc, contract, BigInteger.ONE)).as("nothing of the refused mint stays").isFalse();

        send(Anvil.KEY0, TokenCalls.mintBatch1155(accepts, ids(1, 50), each(50, 1), List.of()));
        send(Anvil.KEY0, TokenCalls.mintBatch1155(ALICE, ids(51, 60), each(10, 3), List.of()));
        assertThat(call("balanceOf(address,uint256)(uint256)", accepting, "25")).isEqualTo("1");
        // a run id sent to a rejecting contract: refused, the holder keeps it
        assertThat(revert(Anvil.KEY1, TokenCalls.transfer1155(ALICE, rejects, BigInteger.valueOf(55), BigInteger.ONE)))
                .contains(invalidReceiver);
        assertThat(revert(Anvil.KEY1, TokenCalls.transferBatch1155(ALICE, rejects, ids(51, 52), each(2, 1)))).contains(invalidReceiver);
        assertThat(balance(ALICE, 55)).isEqualTo("3");
        send(Anvil.KEY1, TokenCalls.transferBatch1155(ALICE, accepts, ids(51, 52), each(2, 2)));
        assertThat(call("balanceOf(address,uint256)(uint256)", accepting, "52")).isEqualTo("2");
        assertThat(balance(ALICE, 52)).isEqualTo("1");
    }

    @Test
    void seededRandomMovesAgreeWithTheLogReplay() throws Exception {
        // bounded property check: random runs, transfers and burns; every balance read from the
        // contract equals the balance replayed from the standard events
        Random random = new Random(7);
        long from = rpc.blockNumber();
        String[] keys = {Anvil.KEY1, TestKeys.ANVIL_2};
        Address[] holders = {ALICE, BOB};
        int next = 1;
        List<Integer> mintedIds = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            int n = 1 + random.nextInt(300);
            long amount = 1 + random.nextInt(4);
            send(Anvil.KEY0, TokenCalls.mintBatch1155(holders[round % 2], ids(next, next + n - 1), each(n, amount), List.of()));
            for (int i = next; i < next + n; i++) {
                mintedIds.add(i);
            }
            next += n + random.nextInt(3);
        }
        var replay = TokenLogs.balances(TokenLogs.movements(rpc, contract, from, rpc.blockNumber(), 1000, ProgressSink.NONE));
        for (int step = 0; step < 12; step++) {
            int id = mintedIds.get(random.nextInt(mintedIds.size()));
            int h = random.nextInt(2);
            BigInteger has = replay.getOrDefault(BigInteger.valueOf(id), Map.of()).getOrDefault(holders[h], BigInteger.ZERO);
            if (has.signum() == 0) {
                continue;
            }
            BigInteger value = BigInteger.valueOf(1 + random.nextInt(has.intValue()));
            send(keys[h], random.nextBoolean() ? TokenCalls.burn1155(holders[h], BigInteger.valueOf(id), value)
                    : TokenCalls.transfer1155(holders[h], holders[1 - h], BigInteger.valueOf(id), value));
            replay = TokenLogs.balances(TokenLogs.movements(rpc, contract, from, rpc.blockNumber(), 1000, ProgressSink.NONE));
        }
        List<Address> who = new ArrayList<>();
        List<BigInteger> which = new ArrayList<>();
        for (int id : mintedIds) {
            for (Address a : holders) {
                who.add(a);
                which.add(BigInteger.valueOf(id));
            }
        }
        List<BigInteger> onChain = TokenCalls.balanceOfBatch1155(rpc, contract, who, which);
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < who.size(); i++) {
            BigInteger expected = replay.getOrDefault(which.get(i), Map.of()).getOrDefault(who.get(i), BigInteger.ZERO);
            assertThat(onChain.get(i)).as("%s of id %s", who.get(i), which.get(i)).isEqualTo(expected);
            total = total.add(expected);
        }
        assertThat(call("totalSupply()(uint256)")).isEqualTo(total.toString());
        assertThatThrownBy(() -> TokenCalls.minted1155(rpc, Address.parse(Anvil.ADDR2), BigInteger.ONE))
                .hasMessageContaining("gave no answer");
    }
}
