package dev.atelier.signing.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sparrowwallet.hummingbird.UR;
import com.sparrowwallet.hummingbird.URDecoder;
import com.sparrowwallet.hummingbird.UREncoder;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Secp256k1;
import dev.atelier.crypto.Signature;
import dev.atelier.signing.Hex;
import dev.atelier.signing.SignedTx;
import dev.atelier.signing.SigningItem;
import dev.atelier.signing.TxEncoder;
import dev.atelier.signing.TxSigner;
import dev.atelier.signing.TxType;
import dev.atelier.testing.TestKeys;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ERC-4527 against the example the ERC points to (the test cases of Keystone's ur-registry-eth, the
 * reference implementation): a legacy transaction for chain 1, path m/44'/1'/1'/0/1, source
 * fingerprint 12345678, request id 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d, origin "metamask".
 */
public class Erc4527Test {
    public static final String ERC_EXAMPLE = "ur:eth-sign-request/oladtpdagdndcawmgtfrkigrpmndutdnbtkgfssbjnaohdgryagalalnascsgljpnbaelfdibemwaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaelaoxlbjyihjkjyeyaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaehnaehglalalaaxadaaadahtaaddyoeadlecsdwykadykadykaewkadwkaocybgeehfksatisjnihjyhsjnhsjkjetlnndant";
    static final String ERC_SIGN_DATA = "f849808609184e72a00082271094000000000000000000000000000000000000000080a47f7465737432000000000000000000000000000000000000000000000000000000600057808080";
    /** From the Keystone Rust SDK's tests: an EIP-1559 transaction (data type 4). */
    static final String KEYSTONE_1559 = "ur:eth-sign-request/onadtpdagdwnbstbpfkidafxlbprqzdiktfldlaxheaohddlaoweaalalrhkisdlaelrhkisdlcwlfgmaymwvttkvsptykhkfwswosbdlrhhtiknftkihsnbfxdalnhtwfbeknfzaelartaxaaaaaaahtaaddyoeadlocsdwykcsfnykaeykaewkaocyjokbwejzvdrtpssp";

    @Test
    void readsTheErcExampleRequest() {
        AirGap.Incoming in = AirGap.decode(List.of(ERC_EXAMPLE));
        EthSignRequest r = ((AirGap.Erc4527Request) in).request();
        assertThat(r.requestIdText()).isEqualTo("9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d");
        assertThat(HexFormat.of().formatHex(r.signData())).isEqualTo(ERC_SIGN_DATA);
        assertThat(r.dataType()).isEqualTo(EthSignRequest.DataType.TRANSACTION);
        assertThat(r.chainId()).isEqualTo(1);
        assertThat(r.derivationPath()).isEqualTo("m/44'/1'/1'/0/1");
        assertThat(HexFormat.of().formatHex(r.sourceFingerprint())).isEqualTo("12345678");
        assertThat(r.origin()).isEqualTo("metamask");
        assertThat(r.address()).isNull();
    }

    @Test
    void encodesTheErcExampleByteForByte() throws Exception {
        EthSignRequest r = new EthSignRequest(HexFormat.of().parseHex("9b1deb4d3b7d4bad9bdd2b0d7b3dcb6d"),
                HexFormat.of().parseHex(ERC_SIGN_DATA), EthSignRequest.DataType.TRANSACTION, 1, "m/44'/1'/1'/0/1",
                HexFormat.of().parseHex("12345678"), null, "metamask");
        assertThat(UREncoder.encode(new UR(EthSignRequest.UR_TYPE, r.toCbor()))).isEqualTo(ERC_EXAMPLE);
    }

    @Test
    void signsTheErcExampleForTheAccountOnItsPathAndAnswersWithEthSignature() throws Exception {
        TestKeys keys = new TestKeys().hd("Paired", TestKeys.ANVIL_0, "m/44'/1'/1'/0/1");
        EthSignRequest r = ((AirGap.Erc4527Request) AirGap.decode(List.of(ERC_EXAMPLE))).request();
        Address who = Erc4527.resolveAccount(r, keys.accounts());
        assertThat(who).isEqualTo(keys.address(0));
        SigningItem.Tx item = (SigningItem.Tx) Erc4527.item(r, who);
        assertThat(item.tx().type()).isEqualTo(TxType.LEGACY);
        assertThat(item.tx().chainId()).isEqualTo(1);
        assertThat(item.tx().gasPrice()).isEqualTo(new BigInteger("09184e72a000", 16));
        assertThat(item.tx().gas()).isEqualTo(BigInteger.valueOf(10_000));
        assertThat(Hex.of(item.tx().data())).isEqualTo("0x7f7465737432000000000000000000000000000000000000000000000000000000600057");

        EthSignature answer = Erc4527.sign(r, item, keys.signer(who));
        UR ur = AirGap.signatureUr(answer);
        EthSignature back = EthSignature.fromCbor(URDecoder.decode(UREncoder.encode(ur)).getCborBytes());
        assertThat(back.requestId()).isEqualTo(r.requestId());
        // r || s || v with the EIP-155 v: the same values as the raw transaction we would sign
        SignedTx signed = TxSigner.sign(item.tx(), keys.signer(who));
        byte[] raw = signed.raw();
        byte[] sig = back.signature();
        assertThat(sig).hasSize(65);
        assertThat(sig[64] & 0xff).isIn(37, 38);
        assertThat(HexFormat.of().formatHex(raw)).endsWith(HexFormat.of().formatHex(Arrays.copyOfRange(sig, 0, 32)) + "a0"
                + HexFormat.of().formatHex(Arrays.copyOfRange(sig, 32, 64)));
        Signature s = new Signature(new BigInteger(1, Arrays.copyOfRange(sig, 0, 32)),
                new BigInteger(1, Arrays.copyOfRange(sig, 32, 64)), (sig[64] & 0xff) - 37);
        assertThat(Secp256k1.recoverAddress(TxEncoder.signingHash(item.tx()), s)).isEqualTo(who);
    }

    @Test
    void readsAnEip1559RequestAndAnswersWithParityV() {
        EthSignRequest r = ((AirGap.Erc4527Request) AirGap.decode(List.of(KEYSTONE_1559))).request();
        assertThat(r.dataType()).isEqualTo(EthSignRequest.DataType.TYPED_TRANSACTION);
        assertThat(HexFormat.of().formatHex(r.signData()))
                .isEqualTo("02ed04808459682f008459682f1b82520894e0cfe8a9f55942c6a70b845cd07a3a7d61a04325865af3107a400080c0");
        TestKeys keys = new TestKeys().hd("Paired", TestKeys.ANVIL_1, r.derivationPath());
        Address who = Erc4527.resolveAccount(r, keys.accounts());
        SigningItem.Tx item = (SigningItem.Tx) Erc4527.item(r, who);
        assertThat(item.tx().type()).isEqualTo(TxType.DYNAMIC_FEE);
        assertThat(item.tx().value()).isEqualTo(new BigInteger("5af3107a4000", 16));
        byte[] sig = Erc4527.sign(r, item, keys.signer(who)).signature();
        assertThat(sig).hasSize(65);
        assertThat(sig[64]).isIn((byte) 0, (byte) 1);
    }

    @Test
    void refusesARequestForAPathTheVaultDoesNotHold() {
        EthSignRequest r = ((AirGap.Erc4527Request) AirGap.decode(List.of(ERC_EXAMPLE))).request();
        assertThatThrownBy(() -> Erc4527.resolveAccount(r, TestKeys.anvil().accounts()))
                .isInstanceOf(AtelierException.class).hasMessageContaining("No account in this vault has the path m/44'/1'/1'/0/1");
    }

    @Test
    void refusesContradictionsAndDamage() {
        EthSignRequest legacy = ((AirGap.Erc4527Request) AirGap.decode(List.of(ERC_EXAMPLE))).request();
        EthSignRequest lying = new EthSignRequest(legacy.requestId(), legacy.signData(), EthSignRequest.DataType.TYPED_TRANSACTION,
                1, legacy.derivationPath(), legacy.sourceFingerprint(), null, "x");
        assertThatThrownBy(() -> Erc4527.item(lying, null)).hasMessageContaining("refusing the contradiction");
        String damaged = ERC_EXAMPLE.substring(0, ERC_EXAMPLE.length() - 12) + "aeaeaeaeaeae";
        assertThatThrownBy(() -> AirGap.decode(List.of(damaged))).isInstanceOf(AtelierException.class);
        assertThatThrownBy(() -> EthSignRequest.fromCbor(new byte[] {(byte) 0xa1, 0x02})).isInstanceOf(AtelierException.class);
    }
}
