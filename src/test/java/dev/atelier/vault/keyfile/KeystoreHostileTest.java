package dev.atelier.vault.keyfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Secp256k1;
import dev.atelier.vault.TestVaults;
import dev.atelier.vault.Vault;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile or broken keystore files are refused with a clear message before any KDF or large allocation. */
class KeystoreHostileTest {
    private static final byte[] KEY = HexFormat.of().parseHex("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    @TempDir
    Path dir;

    static String scrypt(String n, String r, String p, String dklen) {
        return "{\"version\":3,\"crypto\":{\"cipher\":\"aes-128-ctr\",\"cipherparams\":{\"iv\":\"" + "00".repeat(16) + "\"},"
                + "\"ciphertext\":\"" + "11".repeat(32) + "\",\"kdf\":\"scrypt\",\"kdfparams\":{\"dklen\":" + dklen + ",\"n\":" + n
                + ",\"r\":" + r + ",\"p\":" + p + ",\"salt\":\"" + "22".repeat(32) + "\"},\"mac\":\"" + "33".repeat(32) + "\"}}";
    }

    static String pbkdf2(String c, String prf) {
        return "{\"version\":3,\"crypto\":{\"cipher\":\"aes-128-ctr\",\"cipherparams\":{\"iv\":\"" + "00".repeat(16) + "\"},"
                + "\"ciphertext\":\"" + "11".repeat(32) + "\",\"kdf\":\"pbkdf2\",\"kdfparams\":{\"dklen\":32,\"c\":" + c
                + ",\"prf\":\"" + prf + "\",\"salt\":\"" + "22".repeat(32) + "\"},\"mac\":\"" + "33".repeat(32) + "\"}}";
    }

    static Stream<Arguments> hostile() {
        String ok = scrypt("1024", "8", "1", "32");
        return Stream.of(
                Arguments.of(scrypt("2097152", "8", "1", "32"), "above 2^20"),
                Arguments.of(scrypt("1000", "8", "1", "32"), "not a power of two"),
                Arguments.of(scrypt("0", "8", "1", "32"), "not a power of two"),
                Arguments.of(scrypt("4294967296", "8", "1", "32"), "far out of range"),
                Arguments.of(scrypt("1024", "1000000", "1", "32"), "out of range"),
                Arguments.of(scrypt("1024", "16", "16", "32"), "r·p ≤ 64"),
                Arguments.of(scrypt("1048576", "16", "1", "32"), "would need 2048 MiB"),
                Arguments.of(scrypt("65536", "1", "1", "32"), "Bouncy Castle"),
                Arguments.of(scrypt("1024", "8", "1", "64"), "dklen is 64"),
                Arguments.of(pbkdf2("10000001", "hmac-sha256"), "pbkdf2 c=10000001"),
                Arguments.of(pbkdf2("0", "hmac-sha256"), "pbkdf2 c=0"),
                Arguments.of(pbkdf2("1000", "hmac-sha512"), "prf \"hmac-sha512\""),
                Arguments.of(ok.replace("\"scrypt\"", "\"argon2\""), "kdf \"argon2\" is not supported"),
                Arguments.of(ok.replace("aes-128-ctr", "aes-256-gcm"), "cipher \"aes-256-gcm\""),
                Arguments.of(ok.replace("\"" + "11".repeat(32), "\"zz" + "11".repeat(31)), "not valid hex"),
                Arguments.of(ok.replace("\"" + "00".repeat(16), "\"" + "00".repeat(15)), "\"iv\" must be 16 bytes"),
                Arguments.of(ok.replace("\"" + "33".repeat(32), "\"" + "33".repeat(31) + "3"), "\"mac\" must be 32 bytes"),
                Arguments.of(ok.substring(0, ok.length() / 2), "not valid JSON"),
                Arguments.of("", "it is empty"),
                Arguments.of("[1,2]", "not a JSON object"),
                Arguments.of(ok.replace("\"version\":3", "\"version\":1"), "version 3"),
                Arguments.of(ok.replace("\"crypto\"", "\"cryptoX\""), "\"crypto\" section is missing"),
                Arguments.of("{\"version\":3,\"crypto\":{\"x\":\"" + "a".repeat(70_000) + "\"}}", "limit 64 KiB"));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void refusedWithAClearMessage(String json, String expected) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> KeystoreParser.parse(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AtelierException.class)
                .hasMessageStartingWith("This keystore file cannot be imported: ")
                .hasMessageContaining(expected);
        assertThat((System.nanoTime() - start) / 1_000_000).as("refused before any KDF ran").isLessThan(2000);
    }

    @Test
    void wrongPasswordAndForgedAddressAreNamed() throws Exception {
        byte[] good = KeystoreCrypto.encrypt(KEY, "pw-right".toCharArray(), new KeystoreCrypto.ScryptCost(16, 8, 1));
        assertThatThrownBy(() -> KeystoreCrypto.decrypt(KeystoreParser.parse(good), "pw-wrong".toCharArray()))
                .hasMessageContaining("Wrong password for this keystore");
        String forged = new String(good, StandardCharsets.UTF_8)
                .replace(Secp256k1.address(KEY).toLowerHex().substring(2), "00".repeat(20));
        assertThatThrownBy(() -> KeystoreCrypto.decrypt(KeystoreParser.parse(forged.getBytes(StandardCharsets.UTF_8)),
                "pw-right".toCharArray())).hasMessageContaining("but the key inside belongs to " + Secp256k1.address(KEY));
    }

    /**
     * A few thousand mutated files (byte flips, insertions, deletions, truncations, numbers swapped for
     * extremes): every one either imports the right key or fails with an AtelierException; nothing
     * else escapes, nothing hangs, and a failed import adds nothing.
     */
    @Test
    void fuzzedFilesNeverCrashHangOrHalfImport() {
        String[] seeds = {
            new String(KeystoreCrypto.encrypt(KEY, "fuzz".toCharArray(), new KeystoreCrypto.ScryptCost(2, 8, 1)), StandardCharsets.UTF_8),
            pbkdf2Real()};
        String[] extremes = {"0", "-1", "1", "3", "65536", "1048576", "2097152", "99999999999", "1e9", "\"8\"", "null", "[]", "{}"};
        Random r = new Random(20_240_611L);
        long deadline = System.nanoTime() + 90_000_000_000L;
        try (Vault vault = TestVaults.created(dir)) {
            int imported = 0;
            int refused = 0;
            for (int i = 0; i < 3000 && System.nanoTime() < deadline; i++) {
                StringBuilder s = new StringBuilder(seeds[i % seeds.length]);
                int edits = 1 + r.nextInt(3);
                for (int e = 0; e < edits; e++) {
                    int pos = r.nextInt(s.length());
                    switch (r.nextInt(6)) {
                        case 0 -> s.setCharAt(pos, (char) (s.charAt(pos) ^ (1 << r.nextInt(7))));
                        case 1 -> s.insert(pos, (char) (32 + r.nextInt(95)));
                        case 2 -> s.deleteCharAt(pos);
                        case 3 -> s.setLength(pos);
                        case 4 -> {
                            int colon = s.indexOf(":", pos);
                            int end = colon < 0 ? -1 : indexOfAny(s, colon + 1);
                            if (end > colon && colon >= 0) {
                                s.replace(colon + 1, end, extremes[r.nextInt(extremes.length)]);
                            }
                        }
                        default -> s.setCharAt(pos, "0123456789abcdef\"{}:,"
                                .charAt(r.nextInt(21)));
                    }
                    if (s.length() == 0) {
                        break;
                    }
                }
                int before = vault.accounts().size();
                try {
                    var a = vault.keystores().importKeystore(s.toString().getBytes(StandardCharsets.UTF_8), "fuzz".toCharArray(), "f",
                            ProgressSink.NONE);
                    // A harmless mutation (e.g. in "id") gives the right key, once; later ones say "already in the
                    // vault". The v3 MAC does not cover the IV, so a changed IV gives another key: only files
                    // without an "address" field (which we check when present) can do that.
                    KeystoreFile parsed = KeystoreParser.parse(s.toString().getBytes(StandardCharsets.UTF_8));
                    if (!a.address().equals(Secp256k1.address(KEY))) {
                        assertThat(parsed.address()).isNull();
                        assertThat(parsed.iv()).isNotEqualTo(new byte[16]);
                    }
                    imported++;
                    assertThat(vault.accounts()).hasSize(before + 1);
                } catch (AtelierException expected) {
                    refused++;
                    assertThat(expected.getMessage()).isNotBlank().doesNotContain("Exception");
                    assertThat(vault.accounts()).hasSize(before);
                }
            }
            assertThat(refused).isGreaterThan(1000);
            assertThat(imported).isLessThan(refused / 10);
        }
    }

    private static int indexOfAny(StringBuilder s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '}') {
                return i;
            }
        }
        return -1;
    }

    /** A valid pbkdf2 keystore with c=1 (cheap to try thousands of times), built by the spec's recipe. */
    private static String pbkdf2Real() {
        try {
            byte[] salt = HexFormat.of().parseHex("abcd");
            byte[] iv = new byte[16];
            byte[] dk = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new javax.crypto.spec.PBEKeySpec("fuzz".toCharArray(), salt, 1, 256)).getEncoded();
            javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("AES/CTR/NoPadding");
            c.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(dk, 0, 16, "AES"),
                    new javax.crypto.spec.IvParameterSpec(iv));
            byte[] ct = c.doFinal(KEY);
            byte[] macInput = new byte[48];
            System.arraycopy(dk, 16, macInput, 0, 16);
            System.arraycopy(ct, 0, macInput, 16, 32);
            byte[] mac = dev.atelier.crypto.Keccak.hash256(macInput);
            HexFormat h = HexFormat.of();
            return "{\"crypto\":{\"cipher\":\"aes-128-ctr\",\"cipherparams\":{\"iv\":\"" + h.formatHex(iv) + "\"},"
                    + "\"ciphertext\":\"" + h.formatHex(ct) + "\",\"kdf\":\"pbkdf2\",\"kdfparams\":{\"c\":1,\"dklen\":32,"
                    + "\"prf\":\"hmac-sha256\",\"salt\":\"abcd\"},\"mac\":\"" + h.formatHex(mac) + "\"},\"id\":\"x\",\"version\":3}";
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
