package dev.atelier.vault;

import dev.atelier.common.AtelierException;
import dev.atelier.vault.kdf.Argon2Params;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The vault's one header row: format, Argon2id parameters, salt and the wrapped master key.
 * Each group carries a truncated SHA-256 so accidental damage is named precisely; deliberate
 * changes that also fix the checksums still fail the key unwrap, whose associated data is every
 * other header field (see docs/security.md).
 */
public record VaultHeader(int format, String kdf, int kdfVersion, Argon2Params params, byte[] kdfCheck,
                          byte[] salt, byte[] saltCheck, byte[] wrappedKey, byte[] wrappedCheck) {
    public static final int FORMAT = 1;
    public static final String KDF = "argon2id";
    public static final int SALT_BYTES = 32;
    private static final int CHECK_BYTES = 16;

    public static VaultHeader create(Argon2Params params, byte[] salt, byte[] wrappedKey) {
        return new VaultHeader(FORMAT, KDF, Argon2Params.VERSION, params, kdfCheck(FORMAT, KDF, Argon2Params.VERSION, params),
                salt, check("salt", salt), wrappedKey, check("wrapped", wrappedKey));
    }

    /** The associated data of the wrapped master key: every field that decides how it is unwrapped. */
    public byte[] wrapAad() {
        return wrapAad(format, kdf, kdfVersion, params, salt);
    }

    static byte[] wrapAad(int format, String kdf, int kdfVersion, Argon2Params p, byte[] salt) {
        byte[] text = ("atelier-vault/" + format + "/master-key|" + kdf + "|v=" + kdfVersion + "|m=" + p.memoryKiB() + "|t="
                + p.iterations() + "|p=" + p.parallelism() + "|salt=").getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(text.length + salt.length).put(text).put(salt).array();
    }

    /**
     * Names the first damaged part, then checks that the format and parameters are ones this version
     * can use and that are bounded (a hostile file must not make the KDF allocate without limit).
     */
    public void verify() {
        if (!MessageDigest.isEqual(kdfCheck, kdfCheck(format, kdf, kdfVersion, params))) {
            throw damaged("its key-derivation parameters (Argon2id m, t, p or version) do not match their checksum");
        }
        if (!MessageDigest.isEqual(saltCheck, check("salt", salt))) {
            throw damaged("its salt does not match its checksum");
        }
        if (!MessageDigest.isEqual(wrappedCheck, check("wrapped", wrappedKey))) {
            throw damaged("its wrapped master key does not match its checksum");
        }
        if (format != FORMAT) {
            throw new AtelierException("This vault uses format " + format + "; this version of Atelier reads format " + FORMAT
                    + ". Update Atelier to open it.");
        }
        if (!KDF.equals(kdf) || kdfVersion != Argon2Params.VERSION) {
            throw damaged("it names an unknown key-derivation function (" + kdf + " v" + kdfVersion + ")");
        }
        if (salt.length < 16 || salt.length > 64) {
            throw damaged("its salt has " + salt.length + " bytes");
        }
        if (wrappedKey.length != SealedBox.NONCE_BYTES + SealedBox.KEY_BYTES + SealedBox.TAG_BYTES) {
            throw damaged("its wrapped master key has " + wrappedKey.length + " bytes");
        }
        params.checked();
    }

    static AtelierException damaged(String what) {
        return new AtelierException("The vault header is damaged: " + what
                + ". Nothing was changed. Restore vault.db from a backup (Wallet screen or 'atelier vault restore').");
    }

    private static byte[] kdfCheck(int format, String kdf, int version, Argon2Params p) {
        return check("kdf", (format + "|" + kdf + "|" + version + "|" + p.memoryKiB() + "|" + p.iterations() + "|"
                + p.parallelism()).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] check(String label, byte[] value) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(("atelier-vault-check|" + label + "|").getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(d.digest(value), CHECK_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the two headers unwrap with the same passphrase (used to verify a backup copy). */
    public boolean sameKeyMaterial(VaultHeader o) {
        return format == o.format && kdf.equals(o.kdf) && kdfVersion == o.kdfVersion && params.equals(o.params)
                && Arrays.equals(salt, o.salt) && Arrays.equals(wrappedKey, o.wrappedKey);
    }
}
