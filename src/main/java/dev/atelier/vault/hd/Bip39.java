package dev.atelier.vault.hd;

import dev.atelier.common.AtelierException;
import dev.atelier.vault.Secrets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * BIP-39 mnemonics with the English word list: generation from {@link SecureRandom} entropy,
 * checksum validation, and the seed (PBKDF2-HMAC-SHA512, 2048 rounds, over NFKD text).
 * Hand-written rather than web3j's MnemonicUtils, which skips NFKD and holds words in Strings (ADR 0004).
 */
public final class Bip39 {
    public static final List<Integer> VALID_WORD_COUNTS = List.of(12, 15, 18, 21, 24);
    private static final List<String> WORDS = loadWords();
    private static final Map<String, Integer> INDEX = indexWords();

    private Bip39() {
    }

    public static List<String> wordList() {
        return WORDS;
    }

    /** A new mnemonic of 12 or 24 words (128 or 256 bits of entropy), as one space-separated char[]. */
    public static char[] generate(int wordCount, SecureRandom random) {
        if (wordCount != 12 && wordCount != 24) {
            throw new AtelierException("A new wallet has 12 or 24 words, not " + wordCount + ".");
        }
        byte[] entropy = new byte[wordCount * 4 / 3];
        random.nextBytes(entropy);
        try {
            return fromEntropy(entropy);
        } finally {
            Secrets.wipe(entropy);
        }
    }

    /** BIP-39 "Generating the mnemonic": entropy || first ENT/32 bits of SHA-256(entropy), in 11-bit groups. */
    public static char[] fromEntropy(byte[] entropy) {
        if (entropy.length < 16 || entropy.length > 32 || entropy.length % 4 != 0) {
            throw new IllegalArgumentException("BIP-39 entropy is 16..32 bytes in steps of 4");
        }
        byte[] hash = sha256(entropy);
        int words = entropy.length * 8 * 33 / 32 / 11;
        StringBuilder sb = new StringBuilder(words * 9);
        for (int w = 0; w < words; w++) {
            int index = 0;
            for (int b = 0; b < 11; b++) {
                int bit = w * 11 + b;
                int byteIndex = bit / 8;
                int value = byteIndex < entropy.length ? entropy[byteIndex] : hash[byteIndex - entropy.length];
                index = (index << 1) | ((value >> (7 - bit % 8)) & 1);
            }
            if (w > 0) {
                sb.append(' ');
            }
            sb.append(WORDS.get(index));
        }
        char[] out = new char[sb.length()];
        sb.getChars(0, sb.length(), out, 0);
        wipe(sb);
        Secrets.wipe(hash);
        return out;
    }

    /** Overwrites a builder's buffer (exactly its capacity, so it does not grow and copy). */
    private static void wipe(StringBuilder sb) {
        sb.setLength(0);
        for (int i = sb.capacity(); i > 0; i--) {
            sb.append('\0');
        }
    }

    /**
     * Checks a mnemonic typed by a person: NFKD, any whitespace between words, case-insensitive; every
     * word on the list, a valid count, and the checksum. Returns the canonical form (lowercase words,
     * single spaces) that other wallets hash, so the same words give the same accounts.
     */
    public static char[] canonical(char[] mnemonic) {
        char[] nfkd = Secrets.normalize(mnemonic, Normalizer.Form.NFKD);
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < nfkd.length) {
            while (i < nfkd.length && isSpace(nfkd[i])) {
                i++;
            }
            int start = i;
            while (i < nfkd.length && !isSpace(nfkd[i])) {
                i++;
            }
            if (i > start) {
                spans.add(new int[] {start, i});
            }
            if (spans.size() > 48) {
                break;
            }
        }
        try {
            if (!VALID_WORD_COUNTS.contains(spans.size())) {
                throw new AtelierException("A recovery phrase has 12, 15, 18, 21 or 24 words; this one has "
                        + (spans.size() > 48 ? "more than 48" : spans.size()) + ". Check that every word is there.");
            }
            int[] indices = new int[spans.size()];
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < spans.size(); w++) {
                int[] s = spans.get(w);
                String word = new String(nfkd, s[0], s[1] - s[0]).toLowerCase(Locale.ROOT);
                Integer idx = INDEX.get(word);
                if (idx == null) {
                    throw new AtelierException("Word " + (w + 1) + " is not on the BIP-39 English word list. "
                            + "Check its spelling (only English recovery phrases are supported).");
                }
                indices[w] = idx;
                if (w > 0) {
                    sb.append(' ');
                }
                sb.append(word);
            }
            byte[] entropy = entropyOf(indices);
            Secrets.wipe(entropy);
            char[] out = new char[sb.length()];
            sb.getChars(0, sb.length(), out, 0);
            wipe(sb);
            return out;
        } finally {
            Secrets.wipe(nfkd);
        }
    }

    /** The entropy behind a valid mnemonic (checksum verified). */
    public static byte[] toEntropy(char[] mnemonic) {
        char[] c = canonical(mnemonic);
        try {
            String[] words = new String(c).split(" ");
            int[] idx = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                idx[i] = INDEX.get(words[i]);
            }
            return entropyOf(idx);
        } finally {
            Secrets.wipe(c);
        }
    }

    private static byte[] entropyOf(int[] indices) {
        int totalBits = indices.length * 11;
        int checksumBits = totalBits / 33;
        int entropyBytes = (totalBits - checksumBits) / 8;
        byte[] all = new byte[(totalBits + 7) / 8];
        for (int w = 0; w < indices.length; w++) {
            for (int b = 0; b < 11; b++) {
                if (((indices[w] >> (10 - b)) & 1) == 1) {
                    int bit = w * 11 + b;
                    all[bit / 8] |= (byte) (1 << (7 - bit % 8));
                }
            }
        }
        byte[] entropy = Arrays.copyOf(all, entropyBytes);
        byte[] hash = sha256(entropy);
        int expected = (hash[0] & 0xff) >> (8 - checksumBits);
        int actual = (all[entropyBytes] & 0xff) >> (8 - checksumBits);
        Secrets.wipe(all, hash);
        if (expected != actual) {
            Secrets.wipe(entropy);
            throw new AtelierException("The recovery phrase's checksum does not match: a word is probably wrong or "
                    + "out of order. Check each word against your backup.");
        }
        return entropy;
    }

    /**
     * The 64-byte seed: PBKDF2-HMAC-SHA512(password = NFKD(mnemonic), salt = "mnemonic" + NFKD(passphrase), 2048).
     * The mnemonic must already be canonical (see {@link #canonical}).
     */
    public static byte[] seed(char[] canonicalMnemonic, char[] passphrase) {
        char[] pass = Secrets.normalize(passphrase == null ? new char[0] : passphrase, Normalizer.Form.NFKD);
        char[] mnemonic = Secrets.normalize(canonicalMnemonic, Normalizer.Form.NFKD);
        byte[] passBytes = Secrets.utf8(pass);
        byte[] salt = new byte[8 + passBytes.length];
        System.arraycopy("mnemonic".getBytes(StandardCharsets.US_ASCII), 0, salt, 0, 8);
        System.arraycopy(passBytes, 0, salt, 8, passBytes.length);
        // The JDK's PBKDF2 encodes the char[] password as UTF-8 (PBKDF2KeyImpl), which BIP-39 requires.
        PBEKeySpec spec = new PBEKeySpec(mnemonic, salt, 2048, 512);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 unavailable", e);
        } finally {
            spec.clearPassword();
            Secrets.wipe(pass, mnemonic);
            Secrets.wipe(passBytes, salt);
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> loadWords() {
        // The BIP-39 English list ships inside web3j's crypto jar.
        try (InputStream in = Bip39.class.getResourceAsStream("/en-mnemonic-word-list.txt")) {
            if (in == null) {
                throw new IllegalStateException("BIP-39 word list missing from the class path");
            }
            List<String> words = new ArrayList<>(2048);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank()) {
                        words.add(line.strip());
                    }
                }
            }
            if (words.size() != 2048) {
                throw new IllegalStateException("BIP-39 word list has " + words.size() + " words");
            }
            return List.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> indexWords() {
        Map<String, Integer> m = new HashMap<>(4096);
        for (int i = 0; i < WORDS.size(); i++) {
            m.put(WORDS.get(i), i);
        }
        return Map.copyOf(m);
    }
}
