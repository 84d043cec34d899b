package dev.atelier.vault.hd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.common.AtelierException;
import dev.atelier.testing.RefTools;
import dev.atelier.testing.Vectors;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Bip39Test {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void trezorVectorEntropyWordsAndSeedWithPassphrase() {
        JsonNode v = Vectors.get("bip39_trezor_vector1");
        char[] words = Bip39.fromEntropy(HEX.parseHex(v.get("entropy").asText()));
        assertThat(new String(words)).isEqualTo(v.get("mnemonic").asText());
        assertThat(HEX.formatHex(Bip39.toEntropy(words))).isEqualTo(v.get("entropy").asText());
        byte[] seed = Bip39.seed(Bip39.canonical(words), v.get("passphrase").asText().toCharArray());
        assertThat("0x" + HEX.formatHex(seed)).isEqualTo(v.get("seed").asText());
    }

    @Test
    void typedPhraseIsNormalisedCaseAndWhitespaceInsensitive() {
        String typed = "  Abandon abandon\tabandon  ABANDON abandon abandon\nabandon abandon abandon abandon abandon about ";
        assertThat(new String(Bip39.canonical(typed.toCharArray())))
                .isEqualTo(Vectors.get("bip39_trezor_vector1").get("mnemonic").asText());
    }

    @Test
    void checksumUnknownWordsAndWordCountAreRejectedClearly() {
        assertThatThrownBy(() -> Bip39.canonical("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon".toCharArray()))
                .isInstanceOf(AtelierException.class).hasMessageContaining("checksum");
        assertThatThrownBy(() -> Bip39.canonical("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandonn".toCharArray()))
                .isInstanceOf(AtelierException.class).hasMessageContaining("Word 12 is not on the BIP-39 English word list")
                .hasMessageNotContaining("abandonn");
        assertThatThrownBy(() -> Bip39.canonical("abandon about".toCharArray()))
                .isInstanceOf(AtelierException.class).hasMessageContaining("12, 15, 18, 21 or 24 words; this one has 2");
    }

    @Test
    void generatedPhrasesHaveTheRightLengthValidChecksumAndDiffer() {
        SecureRandom r = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int words : new int[] {12, 24}) {
            for (int i = 0; i < 20; i++) {
                char[] m = Bip39.generate(words, r);
                assertThat(new String(m).split(" ")).hasSize(words);
                assertThat(Bip39.toEntropy(m)).hasSize(words * 4 / 3);
                assertThat(seen.add(new String(m))).isTrue();
            }
        }
        assertThatThrownBy(() -> Bip39.generate(15, r)).isInstanceOf(AtelierException.class);
    }

    @Test
    void entropyRoundTripsForEveryLength() {
        Random r = new Random(39);
        for (int len = 16; len <= 32; len += 4) {
            for (int i = 0; i < 50; i++) {
                byte[] e = new byte[len];
                r.nextBytes(e);
                assertThat(Bip39.toEntropy(Bip39.fromEntropy(e))).isEqualTo(e);
            }
        }
    }

    /** ethers normalises mnemonic and passphrase with NFKD, as BIP-39 requires: same seed for composed input. */
    @Test
    void nonAsciiPassphraseSeedMatchesEthersAndIsNfkdNormalised() throws Exception {
        String phrase = "legal winner thank year wave sausage worth useful legal winner thank yellow";
        String composed = "caf\u00e9 \u212b \u3303"; // é, Å (angstrom sign), ㌃ (squared katakana)
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFKD);
        byte[] ours = Bip39.seed(Bip39.canonical(phrase.toCharArray()), composed.toCharArray());
        assertThat(Bip39.seed(Bip39.canonical(phrase.toCharArray()), decomposed.toCharArray())).isEqualTo(ours);
        assertThat(RefTools.node("vault/ethers-ref.mjs", "seed", phrase, composed)).isEqualTo("0x" + HEX.formatHex(ours));
    }
}
