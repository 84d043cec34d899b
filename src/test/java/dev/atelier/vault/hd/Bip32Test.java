package dev.atelier.vault.hd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.common.AtelierException;
import dev.atelier.testing.Vectors;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Bip32ECKeyPair;

class Bip32Test {
    @Test
    void bip32TestVector1MasterAndHardenedChild() throws Exception {
        JsonNode v = Vectors.get("bip32_tv1");
        byte[] seed = HexFormat.of().parseHex(v.get("seed").asText());
        assertThat(xprv(Bip32.master(seed))).isEqualTo(v.get("m").asText());
        assertThat(xprv(Bip32.derive(seed, DerivationPath.parse("m/0H")))).isEqualTo(v.get("m/0H").asText());
    }

    @Test
    void trezorVectorMasterKeyFromTheSeed() throws Exception {
        JsonNode v = Vectors.get("bip39_trezor_vector1");
        byte[] seed = HexFormat.of().parseHex(v.get("seed").asText().substring(2));
        assertThat(xprv(Bip32.master(seed))).isEqualTo(v.get("xprv").asText());
    }

    /** An independent implementation (web3j's Bip32ECKeyPair) agrees on random seeds and mixed paths. */
    @Test
    void agreesWithWeb3jOnRandomSeedsAndPaths() {
        Random r = new Random(32);
        for (int i = 0; i < 40; i++) {
            byte[] seed = new byte[16 + r.nextInt(49)];
            r.nextBytes(seed);
            int depth = 1 + r.nextInt(6);
            int[] path = new int[depth];
            StringBuilder text = new StringBuilder("m");
            for (int d = 0; d < depth; d++) {
                int idx = r.nextInt(1000);
                boolean hardened = r.nextBoolean();
                path[d] = idx | (hardened ? DerivationPath.HARDENED : 0);
                text.append('/').append(idx).append(hardened ? "'" : "");
            }
            byte[] ours = Bip32.derivePrivateKey(seed, DerivationPath.parse(text.toString()));
            Bip32ECKeyPair theirs = Bip32ECKeyPair.deriveKeyPair(Bip32ECKeyPair.generateKeyPair(seed), path);
            assertThat(new BigInteger(1, ours)).as(text.toString()).isEqualTo(theirs.getPrivateKey());
        }
    }

    @Test
    void pathsParseAndPrintAndBadOnesAreExplained() {
        assertThat(DerivationPath.parse("m/44'/60'/0'/0/7").toString()).isEqualTo("m/44'/60'/0'/0/7");
        assertThat(DerivationPath.parse("m/44h/60H/0'/0/7")).isEqualTo(DerivationPath.ethereum(7));
        assertThat(DerivationPath.ethereum(7).ethereumAccountIndex()).isEqualTo(7);
        assertThat(DerivationPath.parse("m/44'/60'/1'/0/7").ethereumAccountIndex()).isEqualTo(-1);
        for (String bad : new String[] {"44'/60'", "m/", "m/x", "m/2147483648", "m//1", "m/1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16/17"}) {
            assertThatThrownBy(() -> DerivationPath.parse(bad)).isInstanceOf(AtelierException.class)
                    .hasMessageContaining("is not valid").hasMessageContaining("m/44'/60'/0'/0/0");
        }
    }

    /** BIP-32 serialisation (xprv, version 0x0488ADE4) to compare with the published vectors. */
    static String xprv(Bip32.ExtendedKey k) throws Exception {
        byte[] out = new byte[78];
        out[0] = 0x04;
        out[1] = (byte) 0x88;
        out[2] = (byte) 0xAD;
        out[3] = (byte) 0xE4;
        out[4] = (byte) k.depth();
        if (k.parentPublicKey() != null) {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(k.parentPublicKey());
            RIPEMD160Digest rip = new RIPEMD160Digest();
            rip.update(sha, 0, sha.length);
            byte[] h160 = new byte[20];
            rip.doFinal(h160, 0);
            System.arraycopy(h160, 0, out, 5, 4);
        }
        int c = k.childNumber();
        out[9] = (byte) (c >>> 24);
        out[10] = (byte) (c >>> 16);
        out[11] = (byte) (c >>> 8);
        out[12] = (byte) c;
        System.arraycopy(k.chainCode(), 0, out, 13, 32);
        System.arraycopy(k.key(), 0, out, 46, 32);
        return base58Check(out);
    }

    static String base58Check(byte[] payload) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] check = sha.digest(sha.digest(payload));
        byte[] full = new byte[payload.length + 4];
        System.arraycopy(payload, 0, full, 0, payload.length);
        System.arraycopy(check, 0, full, payload.length, 4);
        String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        BigInteger n = new BigInteger(1, full);
        StringBuilder sb = new StringBuilder();
        while (n.signum() > 0) {
            BigInteger[] qr = n.divideAndRemainder(BigInteger.valueOf(58));
            sb.append(alphabet.charAt(qr[1].intValue()));
            n = qr[0];
        }
        for (int i = 0; i < full.length && full[i] == 0; i++) {
            sb.append('1');
        }
        return sb.reverse().toString();
    }
}
