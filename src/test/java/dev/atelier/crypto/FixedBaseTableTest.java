package dev.atelier.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FixedBaseTableTest {
    private static final ECPoint G = CustomNamedCurves.getByName("secp256k1").getG();

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 6, 7, 8})
    void windowedSumEqualsBouncyCastlesMultiplication(int width) {
        FixedBaseTable table = new FixedBaseTable(G, width);
        FixedBaseTable.Scratch scratch = new FixedBaseTable.Scratch();
        Random rnd = new Random(width);
        BigInteger n = Secp256k1.N;
        BigInteger[] special = {BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(256), BigInteger.ONE.shiftLeft(255),
            n.subtract(BigInteger.ONE), n.shiftRight(1), BigInteger.ONE.shiftLeft(width), BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)};
        for (int i = 0; i < 300 + special.length; i++) {
            BigInteger k = i < special.length ? special[i] : new BigInteger(256, rnd).mod(n.subtract(BigInteger.ONE)).add(BigInteger.ONE);
            byte[] k32 = new byte[32];
            byte[] kb = k.toByteArray();
            int len = Math.min(32, kb.length);
            System.arraycopy(kb, kb.length - len, k32, 32 - len, len);
            assertThat(table.multiply(k32, scratch)).as("k=%s", k).isTrue();
            ECPoint ref = G.multiply(k).normalize();
            byte[] expected = new byte[64];
            ref.getAffineXCoord().encodeTo(expected, 0);
            ref.getAffineYCoord().encodeTo(expected, 32);
            assertThat(Arrays.copyOf(scratch.xy, 64)).as("k=%s w=%d", k, width).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 6})
    void zeroScalarIsReportedAsExceptionalNotMiscomputed(int width) {
        // 0·G is the point at infinity: the offsets cancel and the last addition meets its negation
        assertThat(new FixedBaseTable(G, width).multiply(new byte[32], new FixedBaseTable.Scratch())).isFalse();
    }
}
