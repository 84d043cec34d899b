package dev.atelier.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Last line of defence for logs: masks anything shaped like a secret even if a caller passed one by
 * mistake. Private keys (64 hex digits, with or without 0x) and BIP-39 mnemonics (12 or more
 * consecutive words from the English list) are replaced before a line is written.
 * Transaction hashes share the private-key shape and are masked too; log them shortened.
 */
public final class Redactor {
    /** Shown instead of a masked value. */
    public static final String MASK = "[redacted]";
    private static final Pattern HEX_SECRET = Pattern.compile("(?i)(?<![0-9a-f])(0x)?[0-9a-f]{64}(?![0-9a-f])");
    private static final Pattern WORD = Pattern.compile("[a-zA-Z]+");
    private static final int MNEMONIC_MIN_WORDS = 12;
    private static final Set<String> BIP39 = loadWordlist();

    private Redactor() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String noHex = HEX_SECRET.matcher(text).replaceAll(MASK);
        return redactMnemonics(noHex);
    }

    private static String redactMnemonics(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int copiedTo = 0;
        int runStart = -1;
        int runEnd = -1;
        int runWords = 0;
        int lastEnd = -1;
        while (m.find()) {
            boolean inList = BIP39.contains(m.group().toLowerCase(Locale.ROOT));
            boolean adjacent = lastEnd >= 0 && text.substring(lastEnd, m.start()).isBlank();
            if (inList && (runWords > 0 && adjacent)) {
                runWords++;
                runEnd = m.end();
            } else {
                if (runWords >= MNEMONIC_MIN_WORDS) {
                    out.append(text, copiedTo, runStart).append(MASK);
                    copiedTo = runEnd;
                }
                runWords = inList ? 1 : 0;
                runStart = m.start();
                runEnd = m.end();
            }
            lastEnd = m.end();
        }
        if (runWords >= MNEMONIC_MIN_WORDS) {
            out.append(text, copiedTo, runStart).append(MASK);
            copiedTo = runEnd;
        }
        out.append(text, copiedTo, text.length());
        return out.toString();
    }

    private static Set<String> loadWordlist() {
        // The BIP-39 English list ships inside web3j's crypto jar.
        try (InputStream in = Redactor.class.getResourceAsStream("/en-mnemonic-word-list.txt")) {
            if (in == null) {
                throw new IllegalStateException("BIP-39 word list missing from the class path");
            }
            Set<String> words = new HashSet<>(4096);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank()) {
                        words.add(line.trim());
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
