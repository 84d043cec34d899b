package dev.atelier.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.testing.Vectors;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

class Secp256k1Test {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void signsTheEip155VectorLikeTheEip() {
        JsonNode v = Vectors.get("eip155");
        byte[] key = hex(v.get("privateKey").asText());
        byte[] hash = hex(v.get("signingHash").asText());
        Signature sig = Secp256k1.sign(hash, key);
        String raw = v.get("raw").asText();
        // raw ends with ... 25 a0 <r> a0 <s>: v = 37 = 1*2 + 35 + recoveryId(0)
        assertThat(raw).endsWith("25a0" + hex32(sig.r()) + "a0" + hex32(sig.s()));
        assertThat(sig.recoveryId()).isZero();
    }

    @Test
    void matchesWeb3jOnManyRandomKeysAndDigests() {
        Random rnd = new Random(4_2024);
        for (int i = 0; i < 3000; i++) {
            byte[] key = randomKey(rnd);
            byte[] digest = new byte[32];
            rnd.nextBytes(digest);
            if (i % 500 == 0) {
                Arrays.fill(digest, (byte) 0xff); // a digest >= n exercises bits2octets' reduction
            }
            ECKeyPair kp = ECKeyPair.create(key);
            Sign.SignatureData ref = Sign.signMessage(digest, kp, false);
            Signature ours = Secp256k1.sign(digest, key);
            assertThat(ours.toBytes65()).as("signature %d", i)
                    .isEqualTo(concat(ref.getR(), ref.getS(), ref.getV()));
            byte[] pub = Secp256k1.publicKey(key);
            assertThat(new BigInteger(1, pub)).isEqualTo(kp.getPublicKey());
            assertThat(Secp256k1.recoverPublicKey(digest, ours)).isEqualTo(pub);
        }
    }

    @Test
    void extremeKeysSignAndRecover() {
        byte[] one = new byte[32];
        one[31] = 1;
        byte[] nMinusOne = to32(Secp256k1.N.subtract(BigInteger.ONE));
        for (byte[] key : new byte[][] {one, nMinusOne}) {
            byte[] digest = Keccak.hash256(key);
            Signature s = Secp256k1.sign(digest, key);
            Sign.SignatureData ref = Sign.signMessage(digest, ECKeyPair.create(key), false);
            assertThat(s.toBytes65()).isEqualTo(concat(ref.getR(), ref.getS(), ref.getV()));
            assertThat(Secp256k1.recoverAddress(digest, s)).isEqualTo(Secp256k1.address(key));
        }
        // 1·G is the generator itself
        assertThat(HEX.formatHex(Secp256k1.publicKey(one)))
                .startsWith("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");
    }

    @Test
    void shortKeysAreLeftPadded() {
        byte[] full = to32(BigInteger.valueOf(0x1234_5678L));
        assertThat(Secp256k1.publicKey(new byte[] {0x12, 0x34, 0x56, 0x78})).isEqualTo(Secp256k1.publicKey(full));
    }

    @Test
    void refusesKeysOutOfRange() {
        assertThatThrownBy(() -> Secp256k1.publicKey(new byte[32])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Secp256k1.publicKey(to32(Secp256k1.N))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Secp256k1.sign(new byte[31], to32(BigInteger.TWO))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recoveryRefusesImpossibleSignatures() {
        byte[] digest = new byte[32];
        assertThatThrownBy(() -> Secp256k1.recoverPublicKey(digest, new Signature(BigInteger.ZERO, BigInteger.ONE, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Secp256k1.recoverPublicKey(digest, new Signature(Secp256k1.N, BigInteger.ONE, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        // x = 5 is not the x of any curve point (5^3 + 7 = 132 is not a square mod p)
        assertThatThrownBy(() -> Secp256k1.recoverPublicKey(digest, new Signature(BigInteger.valueOf(5), BigInteger.ONE, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static byte[] randomKey(Random rnd) {
        while (true) {
            byte[] k = new byte[32];
            rnd.nextBytes(k);
            BigInteger d = new BigInteger(1, k);
            if (d.signum() > 0 && d.compareTo(Secp256k1.N) < 0) {
                return k;
            }
        }
    }

    private static byte[] to32(BigInteger v) {
        byte[] out = new byte[32];
        byte[] b = v.toByteArray();
        int len = Math.min(32, b.length);
        System.arraycopy(b, b.length - len, out, 32 - len, len);
        return out;
    }

    private static String hex32(BigInteger v) {
        return HEX.formatHex(to32(v));
    }

    private static byte[] hex(String s) {
        return HEX.parseHex(s.startsWith("0x") ? s.substring(2) : s);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int o = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }
}
