package dev.atelier.vault.hd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.crypto.Secp256k1;
import dev.atelier.testing.RefTools;
import dev.atelier.testing.Vectors;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The same words give the same accounts as MetaMask-style wallets: vectors, cast and ethers agree. */
class HdCrossCheckTest {
    private static final String JUNK = "test test test test test test test test test test test junk";

    @Test
    void testJunkAccountsMatchThePublicVectors() {
        JsonNode v = Vectors.get("bip44_eth_test_junk");
        byte[] seed = Bip39.seed(Bip39.canonical(v.get("mnemonic").asText().toCharArray()), new char[0]);
        for (JsonNode a : v.get("accounts")) {
            byte[] key = Bip32.derivePrivateKey(seed, DerivationPath.parse(a.get("path").asText()));
            assertThat("0x" + HexFormat.of().formatHex(key)).isEqualTo(a.get("privateKey").asText());
            assertThat(Secp256k1.address(key).toChecksumHex()).isEqualTo(a.get("address").asText());
        }
    }

    @Test
    void accountsMatchCastForIndicesAndCustomPathAndPassphrase() throws Exception {
        byte[] seed = Bip39.seed(Bip39.canonical(JUNK.toCharArray()), new char[0]);
        for (int i : new int[] {0, 5, 19}) {
            String cast = RefTools.cast("wallet", "address", "--mnemonic", JUNK, "--mnemonic-index", Integer.toString(i));
            assertThat(Secp256k1.address(Bip32.derivePrivateKey(seed, DerivationPath.ethereum(i))).toChecksumHex()).isEqualTo(cast);
        }
        String custom = "m/44'/60'/3'/1/2";
        String castCustom = RefTools.cast("wallet", "address", "--mnemonic", JUNK, "--mnemonic-derivation-path", custom);
        assertThat(Secp256k1.address(Bip32.derivePrivateKey(seed, DerivationPath.parse(custom))).toChecksumHex()).isEqualTo(castCustom);

        byte[] withPass = Bip39.seed(Bip39.canonical(JUNK.toCharArray()), "correct horse".toCharArray());
        String castPass = RefTools.cast("wallet", "address", "--mnemonic", JUNK, "--mnemonic-passphrase", "correct horse",
                "--mnemonic-index", "1");
        assertThat(Secp256k1.address(Bip32.derivePrivateKey(withPass, DerivationPath.ethereum(1))).toChecksumHex()).isEqualTo(castPass);
    }

    @Test
    void accountsMatchEthersIncludingANonAsciiPassphrase() throws Exception {
        String phrase = "legal winner thank year wave sausage worth useful legal winner thank yellow";
        String pass = "Stra\u00dfe \u00e9t\u00e9";
        byte[] seed = Bip39.seed(Bip39.canonical(phrase.toCharArray()), pass.toCharArray());
        for (String path : new String[] {"m/44'/60'/0'/0/0", "m/44'/60'/0'/0/7", "m/44'/60'/2'/0/1"}) {
            String[] ethers = RefTools.node("vault/ethers-ref.mjs", "derive", phrase, pass, path).split(" ");
            byte[] key = Bip32.derivePrivateKey(seed, DerivationPath.parse(path));
            assertThat(Secp256k1.address(key).toChecksumHex()).isEqualTo(ethers[0]);
            assertThat("0x" + HexFormat.of().formatHex(key)).isEqualTo(ethers[1]);
        }
    }
}
