package dev.atelier.studio;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Decimal numbers as people type them in cells and forms (no exponents, no thousands separators). */
final class NumberText {
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?");

    private NumberText() {
    }

    static boolean isDecimal(String t) {
        return t.length() <= 50 && DECIMAL.matcher(t).matches();
    }

    static String plain(BigDecimal d) {
        return d.toPlainString();
    }
}
