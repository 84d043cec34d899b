package dev.atelier.vault.keyfile;

import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Keccak;
import dev.atelier.crypto.Secp256k1;
import dev.atelier.vault.Secrets;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * Web3 Secret Storage v3: decrypts a bounded {@link KeystoreFile} and writes new files
 * (scrypt, aes-128-ctr, MAC = keccak256(dk[16..32] || ciphertext)).
 */
public final class KeystoreCrypto {
    /** What we write by default: geth's "standard" scrypt cost. */
    public static final ScryptCost DEFAULT_EXPORT = new ScryptCost(1 << 18, 8, 1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    public record ScryptCost(int n, int r, int p) {
        public ScryptCost {
            KeystoreParser.checkScrypt(n, r, p);
        }
    }

    private KeystoreCrypto() {
    }

    /**
     * Returns the 32-byte private key (left-padded). Tries the password as typed (geth, cast, web3j)
     * and, when it differs, its NFKD form (ethers normalizes passwords).
     */
    public static byte[] decrypt(KeystoreFile f, char[] password) {
        checkMemory(f.scryptMemoryBytes());
        byte[] dk = derive(f, password);
        try {
            if (!macMatches(dk, f)) {
                char[] nfkd = Secrets.normalize(password, Normalizer.Form.NFKD);
                try {
                    if (!Arrays.equals(nfkd, password)) {
                        Secrets.wipe(dk);
                        dk = derive(f, nfkd);
                    }
                } finally {
                    Secrets.wipe(nfkd);
                }
                if (!macMatches(dk, f)) {
                    throw new AtelierException("Wrong password for this keystore file (or the file was modified). "
                            + "Check the password and try again.");
                }
            }
            byte[] raw = aesCtr(Arrays.copyOfRange(dk, 0, 16), f.iv(), f.ciphertext());
            byte[] key = new byte[32];
            System.arraycopy(raw, 0, key, 32 - raw.length, raw.length);
            Secrets.wipe(raw);
            BigInteger k = new BigInteger(1, key);
            if (k.signum() == 0 || k.compareTo(Secp256k1.N) >= 0) {
                Secrets.wipe(key);
                throw KeystoreParser.bad("the decrypted key is not a valid secp256k1 private key");
            }
            if (f.address() != null) {
                Address actual = Secp256k1.address(key);
                if (!actual.equals(f.address())) {
                    Secrets.wipe(key);
                    throw KeystoreParser.bad("its \"address\" field says " + f.address() + " but the key inside belongs to "
                            + actual + " (a damaged or forged file)");
                }
            }
            return key;
        } finally {
            Secrets.wipe(dk);
        }
    }

    /** A v3 keystore JSON for the key, encrypted under the password with scrypt. */
    public static byte[] encrypt(byte[] privateKey, char[] password, ScryptCost cost) {
        char[] nfkd = Secrets.normalize(password, Normalizer.Form.NFKD);
        boolean stable = Arrays.equals(nfkd, password);
        Secrets.wipe(nfkd);
        if (!stable) {
            throw new AtelierException("This password contains characters that geth and ethers encode differently "
                    + "(ethers applies Unicode NFKD, geth does not), so one of them could not open the file. "
                    + "Choose a password without accents or composed characters.");
        }
        if (password.length == 0) {
            throw new AtelierException("A keystore password cannot be empty.");
        }
        checkMemory(128L * cost.r() * cost.n());
        byte[] salt = random(32);
        byte[] iv = random(16);
        byte[] pw = Secrets.utf8(password);
        byte[] dk = SCrypt.generate(pw, salt, cost.n(), cost.r(), cost.p(), 32);
        Secrets.wipe(pw);
        try {
            byte[] ciphertext = aesCtr(Arrays.copyOfRange(dk, 0, 16), iv, privateKey);
            byte[] mac = mac(dk, ciphertext);
            HexFormat hex = HexFormat.of();
            Map<String, Object> kdfparams = new LinkedHashMap<>();
            kdfparams.put("dklen", 32);
            kdfparams.put("n", cost.n());
            kdfparams.put("p", cost.p());
            kdfparams.put("r", cost.r());
            kdfparams.put("salt", hex.formatHex(salt));
            Map<String, Object> crypto = new LinkedHashMap<>();
            crypto.put("cipher", "aes-128-ctr");
            crypto.put("ciphertext", hex.formatHex(ciphertext));
            crypto.put("cipherparams", Map.of("iv", hex.formatHex(iv)));
            crypto.put("kdf", "scrypt");
            crypto.put("kdfparams", kdfparams);
            crypto.put("mac", hex.formatHex(mac));
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("address", Secp256k1.address(privateKey).toLowerHex().substring(2));
            root.put("crypto", crypto);
            root.put("id", UUID.randomUUID().toString());
            root.put("version", 3);
            return JSON.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        } finally {
            Secrets.wipe(dk);
        }
    }

    private static byte[] derive(KeystoreFile f, char[] password) {
        if ("scrypt".equals(f.kdf())) {
            byte[] pw = Secrets.utf8(password);
            try {
                return SCrypt.generate(pw, f.salt(), f.scryptN(), f.scryptR(), f.scryptP(), 32);
            } finally {
                Secrets.wipe(pw);
            }
        }
        // The JDK encodes the char[] password as UTF-8, as geth does with its []byte.
        PBEKeySpec spec = new PBEKeySpec(password, f.salt(), f.pbkdf2Rounds(), 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            spec.clearPassword();
        }
    }

    private static boolean macMatches(byte[] dk, KeystoreFile f) {
        return MessageDigest.isEqual(mac(dk, f.ciphertext()), f.mac());
    }

    private static byte[] mac(byte[] dk, byte[] ciphertext) {
        byte[] input = new byte[16 + ciphertext.length];
        System.arraycopy(dk, 16, input, 0, 16);
        System.arraycopy(ciphertext, 0, input, 16, ciphertext.length);
        byte[] h = Keccak.hash256(input);
        Secrets.wipe(input);
        return h;
    }

    private static byte[] aesCtr(byte[] key16, byte[] iv, byte[] data) {
        try {
            Cipher c = Cipher.getInstance("AES/CTR/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key16, "AES"), new IvParameterSpec(iv));
            return c.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            Secrets.wipe(key16);
        }
    }

    private static void checkMemory(long bytes) {
        if (bytes <= 0 || bytes + (32L << 20) <= freeHeap()) {
            return;
        }
        System.gc(); // garbage from an earlier derivation may still count as used
        long available = freeHeap();
        if (bytes + (32L << 20) > available) {
            throw new AtelierException("This keystore's scrypt parameters need " + (bytes >> 20) + " MiB of memory, and only "
                    + (available >> 20) + " MiB are free. Close other work in Atelier and try again.");
        }
    }

    private static long freeHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
