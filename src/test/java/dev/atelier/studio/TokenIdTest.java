package dev.atelier.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.common.AtelierException;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class TokenIdTest {
    @Test
    void parsesDecimalAndHexAndPrintsThe1155Form() {
        assertThat(TokenId.parse("314592").hex64()).isEqualTo("000000000000000000000000000000000000000000000000000000000004cce0");
        assertThat(TokenId.parse("0x4CCE0")).isEqualTo(TokenId.of(314592));
        assertThat(TokenId.parse(TokenId.MAX.toString()).hex64()).isEqualTo("f".repeat(64));
        assertThat(TokenId.fromHex64(TokenId.of(7).hex64())).isEqualTo(TokenId.of(7));
    }

    @Test
    void rejectsWhatIsNotAUint256() {
        assertThatThrownBy(() -> TokenId.parse("-1")).isInstanceOf(AtelierException.class).hasMessageContaining("not a token id");
        assertThatThrownBy(() -> TokenId.parse("1e3")).hasMessageContaining("not a token id");
        assertThatThrownBy(() -> TokenId.parse(TokenId.MAX.add(BigInteger.ONE).toString())).hasMessageContaining("out of range");
        assertThatThrownBy(() -> TokenId.parse("9".repeat(81))).hasMessageContaining("too long");
        assertThatThrownBy(() -> TokenId.parse(" ")).hasMessageContaining("empty");
    }

    @Test
    void hexFormAndStoredKeySortLikeTheNumbers() {
        assertThat(TokenId.of(0).key()).isEqualTo("010");
        assertThat(TokenId.of(1).key()).isEqualTo("011");
        assertThat(TokenId.of(256).key()).isEqualTo("03100");
        assertThat(new TokenId(TokenId.MAX).key()).isEqualTo("40" + "f".repeat(64));
        java.util.SplittableRandom r = new java.util.SplittableRandom(9);
        for (int i = 0; i < 1000; i++) {
            BigInteger x = new BigInteger(r.nextInt(1, 256), new java.util.Random(r.nextLong()));
            BigInteger y = new BigInteger(r.nextInt(1, 256), new java.util.Random(r.nextLong()));
            assertThat(Integer.signum(new TokenId(x).hex64().compareTo(new TokenId(y).hex64()))).isEqualTo(x.compareTo(y));
            assertThat(Integer.signum(new TokenId(x).key().compareTo(new TokenId(y).key()))).isEqualTo(x.compareTo(y));
            assertThat(TokenId.fromKey(new TokenId(x).key()).value()).isEqualTo(x);
        }
    }
}
