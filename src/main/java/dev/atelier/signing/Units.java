package dev.atelier.signing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Exact human forms of on-chain integers: wei as ether, fees in gwei, deadlines as dates. */
public final class Units {
    private static final BigInteger MAX_UINT256 = Quantity.UINT256_MAX;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Units() {
    }

    /** {@code 1.5 ETH}: exact, no rounding, trailing zeros dropped. */
    public static String ether(BigInteger wei, String symbol) {
        return plain(new BigDecimal(wei, 18)) + " " + symbol;
    }

    /** {@code 30 gwei} (exact). */
    public static String gwei(BigInteger wei) {
        return plain(new BigDecimal(wei, 9)) + " gwei";
    }

    /** A token amount without knowing its decimals: raw units, with "unlimited" spelled out. */
    public static String tokenAmount(BigInteger amount, int bits) {
        BigInteger max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        if (amount.equals(max) || amount.equals(MAX_UINT256)) {
            return "unlimited (2^" + (amount.equals(MAX_UINT256) ? 256 : bits) + "-1)";
        }
        return amount + " (base units)";
    }

    /** Seconds since the epoch as a UTC date; values past the year 9999 mean "no expiry". */
    public static String deadline(BigInteger seconds) {
        if (seconds.bitLength() > 37) {
            return "never (" + seconds + ")";
        }
        return DATE.format(Instant.ofEpochSecond(seconds.longValueExact()));
    }

    private static String plain(BigDecimal d) {
        String s = d.stripTrailingZeros().toPlainString();
        return s.equals("0.000000000000000000") ? "0" : s;
    }
}
