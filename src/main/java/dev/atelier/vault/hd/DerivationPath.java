package dev.atelier.vault.hd;

import dev.atelier.common.AtelierException;
import java.util.Arrays;

/**
 * A BIP-32 path such as {@code m/44'/60'/0'/0/7}: hardened steps marked with {@code '} (or {@code h}).
 * Indices are stored with the hardened bit (2^31) set, as BIP-32 serialises them.
 */
public final class DerivationPath {
    public static final int HARDENED = 0x80000000;
    public static final int MAX_DEPTH = 16;
    /** BIP-44 for Ethereum (SLIP-44 coin type 60), the path MetaMask and most wallets use. */
    public static final String ETHEREUM_PREFIX = "m/44'/60'/0'/0/";

    private final int[] indices;

    private DerivationPath(int[] indices) {
        this.indices = indices;
    }

    public static DerivationPath ethereum(int accountIndex) {
        if (accountIndex < 0) {
            throw new IllegalArgumentException("index must be >= 0");
        }
        return new DerivationPath(new int[] {44 | HARDENED, 60 | HARDENED, HARDENED, 0, accountIndex});
    }

    public static DerivationPath parse(String text) {
        String s = text == null ? "" : text.strip();
        if (!s.equals("m") && !s.startsWith("m/")) {
            throw bad(s, "it must start with m/");
        }
        if (s.equals("m")) {
            return new DerivationPath(new int[0]);
        }
        String[] parts = s.substring(2).split("/", -1);
        if (parts.length > MAX_DEPTH) {
            throw bad(s, "it is deeper than " + MAX_DEPTH + " levels");
        }
        int[] idx = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            boolean hardened = p.endsWith("'") || p.endsWith("h") || p.endsWith("H");
            String digits = hardened ? p.substring(0, p.length() - 1) : p;
            if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw bad(s, "\"" + p + "\" is not an index");
            }
            long v = Long.parseLong(digits);
            if (v >= (1L << 31)) {
                throw bad(s, "index " + v + " is 2^31 or more (use ' for hardened steps)");
            }
            idx[i] = (int) v | (hardened ? HARDENED : 0);
        }
        return new DerivationPath(idx);
    }

    private static AtelierException bad(String s, String why) {
        String shown = s.length() > 60 ? s.substring(0, 57) + "..." : s;
        return new AtelierException("The derivation path \"" + shown + "\" is not valid: " + why
                + ". Example: m/44'/60'/0'/0/0.");
    }

    public int[] indices() {
        return indices.clone();
    }

    /** The account index if this is {@code m/44'/60'/0'/0/i}, else -1. */
    public int ethereumAccountIndex() {
        if (indices.length == 5 && indices[0] == (44 | HARDENED) && indices[1] == (60 | HARDENED)
                && indices[2] == HARDENED && indices[3] == 0 && indices[4] >= 0) {
            return indices[4];
        }
        return -1;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("m");
        for (int i : indices) {
            sb.append('/').append(i & 0x7fffffff);
            if ((i & HARDENED) != 0) {
                sb.append('\'');
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DerivationPath d && Arrays.equals(indices, d.indices);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(indices);
    }
}
