package dev.atelier.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;

/**
 * The nonce generator against RFC 6979 itself: its own P-256/SHA-256 vectors (qlen = hlen = 256, the
 * case our generator implements), and the retry loop of step 3.2 h.3 against Bouncy Castle's
 * independent {@code HMacDSAKCalculator}.
 */
class Rfc6979Test {
    private static final HexFormat HEX = HexFormat.of();
    /** RFC 6979 A.2.5: the P-256 group order and private key. */
    private static final BigInteger P256_Q = new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);
    private static final byte[] P256_X = HEX.parseHex("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721");

    private static byte[] h1(byte[] hash, BigInteger q) {
        return BigIntegers.asUnsignedByteArray(32, new BigInteger(1, hash).mod(q)); // bits2octets
    }

    private static byte[] sha256(String s) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void firstNonceMatchesTheRfcsP256Sha256Vectors() throws Exception {
        Rfc6979 g = new Rfc6979();
        byte[] k = new byte[32];
        g.init(P256_X, h1(sha256("sample"), P256_Q));
        assertThat(HEX.formatHex(g.next(k))).isEqualToIgnoringCase("A6E3C57DD01ABE90086538398355DD4C3B17AA873382B0F24D6129493D8AAD60");
        g.init(P256_X, h1(sha256("test"), P256_Q));
        assertThat(HEX.formatHex(g.next(k))).isEqualToIgnoringCase("D16B6AE827F17175E040871A1C7EC3500192C4C92677336EC2537ACAEE0008E0");
    }

    @Test
    void theRetryLoopMatchesBouncyCastleWhenCandidatesAreRejected() {
        // With a made-up 256-bit "order" just above 2^255, about half of all candidates are ≥ q and must
        // be rejected (K = HMAC_K(V || 0x00), V = HMAC_K(V), then a fresh candidate): both generators
        // must walk the same sequence to the first acceptable k.
        BigInteger q = BigInteger.ONE.shiftLeft(255).add(BigInteger.valueOf(12345));
        Random rnd = new Random(6979);
        int retried = 0;
        Rfc6979 ours = new Rfc6979();
        byte[] k = new byte[32];
        for (int i = 0; i < 200; i++) {
            byte[] x = new byte[32];
            byte[] hash = new byte[32];
            rnd.nextBytes(x);
            x[0] &= 0x7f; // x < q
            rnd.nextBytes(hash);
            HMacDSAKCalculator bc = new HMacDSAKCalculator(new SHA256Digest());
            bc.init(q, new BigInteger(1, x), hash);
            BigInteger expected = bc.nextK();

            ours.init(x, h1(hash, q));
            BigInteger candidate = new BigInteger(1, ours.next(k));
            int attempts = 1;
            while (candidate.signum() == 0 || candidate.compareTo(q) >= 0) {
                ours.reseed();
                candidate = new BigInteger(1, ours.next(k));
                attempts++;
            }
            retried += attempts > 1 ? 1 : 0;
            assertThat(candidate).as("key/hash pair %d", i).isEqualTo(expected);
        }
        assertThat(retried).as("pairs that needed the retry loop").isGreaterThan(50);
    }

    @Test
    void wipeLeavesNothingDerivedFromTheKey() throws Exception {
        Rfc6979 g = new Rfc6979();
        g.init(P256_X, h1(sha256("sample"), P256_Q));
        g.next(new byte[32]);
        g.wipe();
        assertThat(g.hmacKeyForTest()).containsOnly(0);
        // the MAC's keyed pads were replaced: it now computes HMAC under the all-zero key
        javax.crypto.Mac zero = javax.crypto.Mac.getInstance("HmacSHA256");
        zero.init(new javax.crypto.spec.SecretKeySpec(new byte[32], "HmacSHA256"));
        assertThat(g.macForTest().doFinal(new byte[] {1, 2, 3})).isEqualTo(zero.doFinal(new byte[] {1, 2, 3}));
    }
}
