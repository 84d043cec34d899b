package dev.atelier.ui.sign;

import dev.atelier.crypto.Address;
import dev.atelier.signing.ChainDirectory;
import dev.atelier.signing.Units;
import java.math.BigInteger;

/** How the Sign screen writes addresses and amounts. */
final class Display {
    private Display() {
    }

    /** 0xAbCd…1234 for tight columns (full addresses everywhere a decision is made). */
    static String shortAddress(Address a) {
        String s = a.toChecksumHex();
        return s.substring(0, 6) + "…" + s.substring(38);
    }

    static String ether(BigInteger wei, ChainDirectory chains, long chainId) {
        return Units.ether(wei, chains.currency(chainId));
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
