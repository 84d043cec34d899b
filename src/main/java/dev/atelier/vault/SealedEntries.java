package dev.atelier.vault;

import dev.atelier.common.AtelierException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;

/** Opening, reading back and naming the vault's sealed entries; shared by the classes that read and write them. */
final class SealedEntries {
    private SealedEntries() {
    }

    /** Opens a sealed value, or fails with the "damaged entry" message naming {@code what}. */
    static byte[] open(byte[] master, byte[] sealed, byte[] aad, String what) {
        try {
            return SealedBox.open(master, sealed, aad);
        } catch (SealedBox.OpenFailure e) {
            throw new AtelierException("The vault entry " + what + " is damaged: it fails authentication, so it was modified "
                    + "or corrupted. Other entries are unaffected; restore vault.db from a backup to recover this one.");
        }
    }

    /** Every write is read back and decrypted before its transaction commits. */
    static void readBack(byte[] master, byte[] sealed, byte[] aad, byte[] expected) throws SQLException {
        byte[] v = Vault.openOrNull(master, sealed, aad);
        boolean same = v != null && Arrays.equals(v, expected);
        Secrets.wipe(v);
        if (!same) {
            throw new SQLException("vault write did not read back identically");
        }
    }

    static String describe(VaultStore.AccountRow r) {
        return "account " + r.address() + " (\"" + r.label() + "\")";
    }

    static AtelierException noWallet(long id) {
        return new AtelierException("The vault has no HD wallet " + id + ". List them with 'atelier wallet list'.");
    }

    /** The characters of UTF-8 bytes; the decoder's buffer is wiped, the caller wipes both arrays. */
    static char[] chars(byte[] utf8) {
        java.nio.CharBuffer cb = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(utf8));
        char[] out = Arrays.copyOfRange(cb.array(), cb.position(), cb.limit());
        Arrays.fill(cb.array(), '\0');
        return out;
    }
}
