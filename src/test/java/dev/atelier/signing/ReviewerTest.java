package dev.atelier.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.crypto.Address;
import dev.atelier.testing.TestKeys;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Address ALICE = Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    static final Address TOKEN = Address.parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    final TestKeys keys = TestKeys.anvil();
    final ContactBook contacts = () -> List.of(new Contact("Alice", ALICE), new Contact("Token", TOKEN));
    final ChainDirectory chains = id -> id == 31337 ? Optional.of(new ChainDirectory.ChainLabel("Local sandbox", "ETH"))
            : id == 1 ? Optional.of(new ChainDirectory.ChainLabel("Ethereum", "ETH")) : Optional.empty();
    final Reviewer reviewer = new Reviewer(contacts, chains, keys.accounts(), 31337);

    ItemReview tx(String to, String data) throws Exception {
        ObjectNode n = (ObjectNode) JSON.readTree("""
                {"chainId":"0x7a69","nonce":"0x0","value":"0x0","gas":"0x30000","maxFeePerGas":"0x3b9aca00","maxPriorityFeePerGas":"0x1"}""");
        if (to != null) {
            n.put("to", to);
        }
        n.put("data", data);
        return reviewer.review(0, new SigningItem.Tx(TxRequestParser.parse(n).withFrom(keys.address(0))), null);
    }

    static List<Warning.Kind> kinds(ItemReview r) {
        return r.warnings().stream().map(Warning::kind).toList();
    }

    static String word(Address a) {
        return "000000000000000000000000" + a.toLowerHex().substring(2);
    }

    @Test
    void aPlainTransferToAContactIsNamedAndCalm() throws Exception {
        ItemReview r = tx(ALICE.toChecksumHex(), "0x");
        assertThat(r.warnings()).isEmpty();
        assertThat(r.recipient()).map(Contact::name).contains("Alice");
        assertThat(r.accountLabel()).isEqualTo("Anvil 0");
        assertThat(r.network()).isEqualTo("Local sandbox (chainId 31337)");
    }

    @Test
    void aChainThatIsNotTheSelectedNetworkIsRefused() throws Exception {
        ObjectNode n = (ObjectNode) JSON.readTree("""
                {"chainId":"0x1","nonce":"0x0","to":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","gas":"0x5208","gasPrice":"0x1"}""");
        ItemReview r = reviewer.review(0, new SigningItem.Tx(TxRequestParser.parse(n)), keys.address(0));
        assertThat(r.refused()).isTrue();
        assertThat(r.warnings().get(0).detail()).contains("Ethereum (chainId 1)").contains("Local sandbox (chainId 31337)");
    }

    @Test
    void setApprovalForAllTrueIsDangerFalseIsNot() throws Exception {
        String on = "0xa22cb465" + word(ALICE) + "0".repeat(63) + "1";
        String off = "0xa22cb465" + word(ALICE) + "0".repeat(64);
        ItemReview r = tx(TOKEN.toChecksumHex(), on);
        assertThat(kinds(r)).containsExactly(Warning.Kind.APPROVAL_FOR_ALL);
        assertThat(r.needsAcknowledgement()).isTrue();
        assertThat(r.warnings().get(0).detail()).contains("contact \"Alice\"").contains("contact \"Token\"");
        assertThat(kinds(tx(TOKEN.toChecksumHex(), off))).isEmpty();
    }

    @Test
    void hugeAndUnlimitedApprovalsAreDanger() throws Exception {
        String unlimited = "0x095ea7b3" + word(ALICE) + "f".repeat(64);
        String small = "0x095ea7b3" + word(ALICE) + "0".repeat(60) + "03e8";
        String huge = "0x095ea7b3" + word(ALICE) + "0".repeat(39) + "1" + "0".repeat(24); // 2^96
        assertThat(tx(TOKEN.toChecksumHex(), unlimited).warnings().get(0).title()).isEqualTo("Unlimited token approval");
        assertThat(tx(TOKEN.toChecksumHex(), huge).warnings().get(0).title()).isEqualTo("Huge token approval");
        assertThat(kinds(tx(TOKEN.toChecksumHex(), small))).isEmpty();
    }

    @Test
    void unknownSelectorsNeedAnExplicitAcknowledgement() throws Exception {
        ItemReview r = tx(TOKEN.toChecksumHex(), "0xdeadbeef" + "00".repeat(32));
        assertThat(kinds(r)).containsExactly(Warning.Kind.BLIND_SIGNING);
        assertThat(r.needsAcknowledgement()).isTrue();
        assertThat(r.refused()).isFalse();
    }

    @Test
    void aGasLimitNoTransactionCanLiveWithIsPointedOut() throws Exception {
        ObjectNode n = (ObjectNode) JSON.readTree("""
                {"chainId":"0x7a69","nonce":"0x0","to":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","gas":"20999","gasPrice":"0x1"}""");
        assertThat(kinds(reviewer.review(0, new SigningItem.Tx(TxRequestParser.parse(n)), keys.address(0))))
                .containsExactly(Warning.Kind.GAS_TOO_LOW);
    }

    @Test
    void contractCreationIsShown() throws Exception {
        assertThat(kinds(tx(null, "0x6080604052"))).containsExactly(Warning.Kind.CONTRACT_CREATION);
    }

    @Test
    void aRecipientThatLooksLikeAContactIsAddressPoisoning() throws Exception {
        // same first three and last three hex characters as Alice's 0x709…9C8, different in between
        Address poison = Address.parse("0x709" + "1".repeat(34) + "9c8");
        ItemReview r = tx(poison.toChecksumHex(), "0x");
        assertThat(kinds(r)).containsExactly(Warning.Kind.LOOKALIKE_ADDRESS);
        assertThat(r.warnings().get(0).detail()).contains("contact \"Alice\"");
        // also inside a call: transfer(poison, 1)
        ItemReview inCall = tx(TOKEN.toChecksumHex(), "0xa9059cbb" + word(poison) + "0".repeat(63) + "1");
        assertThat(kinds(inCall)).containsExactly(Warning.Kind.LOOKALIKE_ADDRESS);
        // and one of your own accounts: anvil 0 is 0xf39F…2266
        Address ownLookalike = Address.parse("0xf39" + "0".repeat(34) + "266");
        assertThat(kinds(tx(ownLookalike.toChecksumHex(), "0x"))).containsExactly(Warning.Kind.LOOKALIKE_ADDRESS);
    }

    @Test
    void eip2612PermitTypedDataSpellsOutSpenderValueAndDeadline() throws Exception {
        JsonNode permit = JSON.readTree("""
                {"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"},
                  {"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],
                  "Permit":[{"name":"owner","type":"address"},{"name":"spender","type":"address"},{"name":"value","type":"uint256"},
                  {"name":"nonce","type":"uint256"},{"name":"deadline","type":"uint256"}]},
                 "primaryType":"Permit",
                 "domain":{"name":"USD Coin","version":"2","chainId":31337,"verifyingContract":"0x5FbDB2315678afecb367f032d93F642f64180aa3"},
                 "message":{"owner":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266","spender":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
                  "value":"115792089237316195423570985008687907853269984665640564039457584007913129639935","nonce":0,"deadline":1893456000}}""");
        ItemReview r = reviewer.review(0, new SigningItem.Typed(keys.address(0), TypedData.parse(permit)), null);
        assertThat(kinds(r)).containsExactly(Warning.Kind.PERMIT);
        assertThat(r.warnings().get(0).detail()).contains("contact \"Alice\"").contains("unlimited").contains("2030-01-01 00:00:00 UTC")
                .contains("contact \"Token\"");
        ((ObjectNode) permit.get("domain")).put("chainId", 1);
        assertThat(reviewer.review(0, new SigningItem.Typed(keys.address(0), TypedData.parse(permit)), null).refused()).isTrue();
    }

    @Test
    void typedDataWithoutAChainIsPointedOutAndALookAlikeVerifyingContractCaught() throws Exception {
        JsonNode td = JSON.readTree("""
                {"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"verifyingContract","type":"address"}],
                  "Order":[{"name":"maker","type":"address"},{"name":"amount","type":"uint256"}]},
                 "primaryType":"Order",
                 "domain":{"name":"Exchange","verifyingContract":"0x5FbDB2315678afecb367f032d93F642f64180aa3"},
                 "message":{"maker":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266","amount":"1"}}""");
        ItemReview r = reviewer.review(0, new SigningItem.Typed(keys.address(0), TypedData.parse(td)), null);
        assertThat(kinds(r)).containsExactly(Warning.Kind.NO_CHAIN_BINDING);
        assertThat(r.warnings().get(0).severity()).isEqualTo(Warning.Severity.CAUTION);
        assertThat(r.warnings().get(0).detail()).contains("valid on every network").contains("Local sandbox (chainId 31337)");
        // same first and last three hex characters as the "Token" contact, different address
        ((ObjectNode) td.get("domain")).put("verifyingContract", "0x5fb0000000000000000000000000000000000aa3");
        assertThat(kinds(reviewer.review(0, new SigningItem.Typed(keys.address(0), TypedData.parse(td)), null)))
                .contains(Warning.Kind.LOOKALIKE_ADDRESS);
    }

    @Test
    void permit2TypedDataIsDanger() throws Exception {
        JsonNode p2 = JSON.readTree("""
                {"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],
                  "PermitSingle":[{"name":"details","type":"PermitDetails"},{"name":"spender","type":"address"},{"name":"sigDeadline","type":"uint256"}],
                  "PermitDetails":[{"name":"token","type":"address"},{"name":"amount","type":"uint160"},{"name":"expiration","type":"uint48"},{"name":"nonce","type":"uint48"}]},
                 "primaryType":"PermitSingle",
                 "domain":{"name":"Permit2","chainId":31337,"verifyingContract":"0x000000000022D473030F116dDEE9F6B43aC78BA3"},
                 "message":{"details":{"token":"0x5FbDB2315678afecb367f032d93F642f64180aa3","amount":"1461501637330902918203684832716283019655932542975",
                   "expiration":1893456000,"nonce":0},"spender":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","sigDeadline":1893456000}}""");
        ItemReview r = reviewer.review(0, new SigningItem.Typed(keys.address(0), TypedData.parse(p2)), null);
        assertThat(kinds(r)).containsExactly(Warning.Kind.PERMIT);
        assertThat(r.warnings().get(0).detail()).contains("unlimited (2^160-1)").contains("contact \"Token\"").contains("contact \"Alice\"");
    }

    @Test
    void a32ByteMessageIsOpaque() {
        ItemReview r = reviewer.review(0, new SigningItem.Message(keys.address(0), new byte[32], false), null);
        assertThat(kinds(r)).containsExactly(Warning.Kind.OPAQUE_MESSAGE);
        assertThat(r.needsAcknowledgement()).isTrue();
        ItemReview text = reviewer.review(0, new SigningItem.Message(keys.address(0), "Sign in to Atelier".getBytes(), true), null);
        assertThat(text.warnings()).isEmpty();
    }
}
