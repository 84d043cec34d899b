package dev.atelier.vault.keyfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import java.io.IOException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and bounds a Web3 Secret Storage v3 file (geth, MetaMask, MyEtherWallet, cast, ethers)
 * before anything expensive happens: every limit below is checked before a KDF runs or a buffer
 * sized by the file is allocated. Accepts {@code crypto} and {@code Crypto}, with or without
 * {@code address}, and ciphertexts shorter than 32 bytes (keys that geth wrote without leading zeros).
 */
public final class KeystoreParser {
    public static final int MAX_FILE_BYTES = 64 * 1024;
    public static final int MAX_SCRYPT_N = 1 << 20;
    public static final int MAX_SCRYPT_R = 32;
    public static final int MAX_SCRYPT_P = 16;
    public static final int MAX_SCRYPT_RP = 64;
    public static final long MAX_SCRYPT_MEMORY = 1L << 30;
    public static final long MAX_SCRYPT_WORK = 1L << 24;
    public static final int MAX_PBKDF2_ROUNDS = 10_000_000;
    public static final int MAX_SALT_BYTES = 256;
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeystoreParser() {
    }

    public static KeystoreFile parse(byte[] json) {
        if (json.length > MAX_FILE_BYTES) {
            throw bad("it is " + json.length / 1024 + " KiB; a keystore file is under 1 KiB (limit " + MAX_FILE_BYTES / 1024 + " KiB)");
        }
        if (json.length == 0) {
            throw bad("it is empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw bad("it is not valid JSON (truncated or not a keystore file)");
        } catch (IOException e) {
            throw bad("it could not be read");
        }
        if (root == null || root.isMissingNode()) {
            throw bad("it is empty");
        }
        if (!root.isObject()) {
            throw bad("it is not a JSON object");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || version.asInt() != 3) {
            throw bad("only version 3 keystores are supported (\"version\": 3)");
        }
        JsonNode crypto = fieldIgnoringCase(root, "crypto");
        if (crypto == null || !crypto.isObject()) {
            throw bad("the \"crypto\" section is missing");
        }
        String cipher = text(crypto, "cipher");
        if (!"aes-128-ctr".equals(cipher)) {
            throw bad("cipher \"" + shorten(cipher) + "\" is not supported (only aes-128-ctr)");
        }
        JsonNode cipherParams = object(crypto, "cipherparams");
        byte[] iv = hex(cipherParams, "iv", 16, 16);
        byte[] ciphertext = hex(crypto, "ciphertext", 1, 32);
        byte[] mac = hex(crypto, "mac", 32, 32);
        String kdf = text(crypto, "kdf");
        JsonNode kp = object(crypto, "kdfparams");
        int dklen = integer(kp, "dklen");
        if (dklen != 32) {
            throw bad("kdfparams.dklen is " + dklen + "; v3 keystores derive 32 bytes");
        }
        byte[] salt = hex(kp, "salt", 1, MAX_SALT_BYTES);
        Address address = address(root);
        return switch (kdf) {
            case "scrypt" -> {
                int n = integer(kp, "n");
                int r = integer(kp, "r");
                int p = integer(kp, "p");
                checkScrypt(n, r, p);
                yield new KeystoreFile("scrypt", n, r, p, 0, salt, iv, ciphertext, mac, address);
            }
            case "pbkdf2" -> {
                int c = integer(kp, "c");
                String prf = text(kp, "prf");
                if (!"hmac-sha256".equals(prf)) {
                    throw bad("pbkdf2 prf \"" + shorten(prf) + "\" is not supported (only hmac-sha256)");
                }
                if (c < 1 || c > MAX_PBKDF2_ROUNDS) {
                    throw bad("pbkdf2 c=" + c + " is outside 1.." + MAX_PBKDF2_ROUNDS + " (a hostile or damaged file)");
                }
                yield new KeystoreFile("pbkdf2", 0, 0, 0, c, salt, iv, ciphertext, mac, address);
            }
            default -> throw bad("kdf \"" + shorten(kdf) + "\" is not supported (only scrypt and pbkdf2)");
        };
    }

    static void checkScrypt(int n, int r, int p) {
        if (n < 2 || Integer.bitCount(n) != 1) {
            throw bad("scrypt n=" + n + " is not a power of two of at least 2");
        }
        if (n > MAX_SCRYPT_N) {
            throw bad("scrypt n=" + n + " is above 2^20 (" + MAX_SCRYPT_N + "), more than any wallet writes: a hostile or damaged file");
        }
        if (r < 1 || p < 1 || r > MAX_SCRYPT_R || p > MAX_SCRYPT_P || (long) r * p > MAX_SCRYPT_RP) {
            throw bad("scrypt r=" + r + ", p=" + p + " are out of range (r ≤ " + MAX_SCRYPT_R + ", p ≤ " + MAX_SCRYPT_P
                    + ", r·p ≤ " + MAX_SCRYPT_RP + ")");
        }
        if (128L * r * n > MAX_SCRYPT_MEMORY || (long) n * r * p > MAX_SCRYPT_WORK) {
            throw bad("scrypt n=" + n + ", r=" + r + ", p=" + p + " would need " + (128L * r * n >> 20)
                    + " MiB and too much work (limits: 1 GiB, n·r·p ≤ 2^24)");
        }
        if (r == 1 && n >= 65536) {
            throw bad("scrypt with r=1 and n ≥ 65536 cannot be computed here: the scrypt implementation Atelier uses "
                    + "(Bouncy Castle) refuses it. Re-export the key from the wallet that made it with r=8");
        }
    }

    static AtelierException bad(String why) {
        return new AtelierException("This keystore file cannot be imported: " + why + ".");
    }

    private static JsonNode fieldIgnoringCase(JsonNode obj, String name) {
        JsonNode exact = obj.get(name);
        if (exact != null) {
            return exact;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().toLowerCase(Locale.ROOT).equals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static JsonNode object(JsonNode parent, String name) {
        JsonNode n = parent.get(name);
        if (n == null || !n.isObject()) {
            throw bad("\"" + name + "\" is missing");
        }
        return n;
    }

    private static String text(JsonNode parent, String name) {
        JsonNode n = parent.get(name);
        if (n == null || !n.isTextual()) {
            throw bad("\"" + name + "\" is missing");
        }
        return n.asText().toLowerCase(Locale.ROOT);
    }

    private static int integer(JsonNode parent, String name) {
        JsonNode n = parent.get(name);
        if (n == null || !n.isIntegralNumber()) {
            throw bad("kdfparams." + name + " is missing or not a whole number");
        }
        if (!n.canConvertToInt()) {
            throw bad("kdfparams." + name + "=" + shorten(n.asText()) + " is far out of range");
        }
        return n.intValue();
    }

    private static byte[] hex(JsonNode parent, String name, int minBytes, int maxBytes) {
        JsonNode n = parent.get(name);
        if (n == null || !n.isTextual()) {
            throw bad("\"" + name + "\" is missing");
        }
        String s = n.asText();
        if (s.startsWith("0x") || s.startsWith("0X")) {
            s = s.substring(2);
        }
        if (s.length() % 2 != 0 || s.length() / 2 < minBytes || s.length() / 2 > maxBytes) {
            throw bad("\"" + name + "\" must be " + (minBytes == maxBytes ? minBytes : minBytes + " to " + maxBytes)
                    + " bytes of hex");
        }
        try {
            return HexFormat.of().parseHex(s);
        } catch (IllegalArgumentException e) {
            throw bad("\"" + name + "\" is not valid hex");
        }
    }

    private static Address address(JsonNode root) {
        JsonNode n = root.get("address");
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw bad("\"address\" is not text");
        }
        String s = n.asText().strip();
        if (!s.startsWith("0x") && !s.startsWith("0X")) {
            s = "0x" + s;
        }
        try {
            return Address.parse(s.toLowerCase(Locale.ROOT));
        } catch (AtelierException e) {
            throw bad("\"address\" is not 20 bytes of hex");
        }
    }

    private static String shorten(String s) {
        return s.length() > 24 ? s.substring(0, 21) + "..." : s;
    }
}
