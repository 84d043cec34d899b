package dev.atelier.signing;

import java.util.List;

/** Lets tests in other packages build the same offline {@code cast mktx} command as {@link TxCrossCheckTest}. */
public final class TxCrossCheckTestAccess {
    private TxCrossCheckTestAccess() {
    }

    public static List<String> castArgs(TxRequest tx, String key) {
        return TxCrossCheckTest.castArgs(tx, key);
    }
}
