package dev.atelier.cli;

import dev.atelier.common.AtelierException;
import dev.atelier.vault.Secrets;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads one secret for a command, in this order: an environment variable, a file named by an option,
 * or a prompt on the terminal (no echo; asked twice when a new secret is being chosen). Files and
 * standard input are read bounded and must be UTF-8; a file's trailing line break is dropped, nothing
 * else is trimmed.
 */
final class SecretInput {
    static final int MAX_BYTES = 8 * 1024;

    private SecretInput() {
    }

    static char[] read(CliIo io, String envName, Path file, String fileOption, String prompt, boolean confirm) {
        String env = io.env().get(envName);
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        if (file != null) {
            return fromFile(file, fileOption);
        }
        Console console = System.console();
        if (console == null) {
            throw new AtelierException("No " + prompt.toLowerCase(java.util.Locale.ROOT) + " given: set " + envName + ", use "
                    + fileOption + " FILE, or run the command in a terminal to be asked.");
        }
        char[] first = console.readPassword("%s: ", prompt);
        if (first == null || first.length == 0) {
            throw new AtelierException("No " + prompt.toLowerCase(java.util.Locale.ROOT) + " entered.");
        }
        if (confirm) {
            char[] again = console.readPassword("%s (again): ", prompt);
            boolean same = again != null && Arrays.equals(first, again);
            Secrets.wipe(again);
            if (!same) {
                Secrets.wipe(first);
                throw new AtelierException("The two entries differ. Nothing was changed; run the command again.");
            }
        }
        return first;
    }

    static char[] fromFile(Path file, String option) {
        byte[] bytes = new byte[MAX_BYTES + 1];
        int len;
        // Read at most MAX_BYTES + 1 whatever the file is: Files.size is 0 for a pipe such as <(pass show x).
        try (InputStream in = Files.newInputStream(file)) {
            len = in.readNBytes(bytes, 0, bytes.length);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new AtelierException(option + " " + file + ": no such file.", e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new AtelierException(option + " " + file + ": permission denied.", e);
        } catch (IOException e) {
            throw new AtelierException("Cannot read " + option + " " + file + " (" + e.getClass().getSimpleName() + ").", e);
        }
        if (len > MAX_BYTES) {
            Secrets.wipe(bytes);
            throw new AtelierException(option + " " + file + " is larger than " + MAX_BYTES / 1024 + " KiB; it should hold one line.");
        }
        if (len > 0 && bytes[len - 1] == '\n') {
            len--;
            if (len > 0 && bytes[len - 1] == '\r') {
                len--;
            }
        }
        char[] out;
        try {
            out = decode(bytes, len, option + " " + file);
        } finally {
            Secrets.wipe(bytes);
        }
        if (out.length == 0) {
            throw new AtelierException(option + " " + file + " is empty.");
        }
        return out;
    }

    /** All of standard input (bounded), whitespace at both ends removed. */
    static char[] stdin(CliIo io, String what) {
        byte[] buf = new byte[MAX_BYTES + 1];
        int n;
        try {
            InputStream in = io.in();
            n = in.readNBytes(buf, 0, buf.length);
        } catch (IOException e) {
            throw new AtelierException("Cannot read " + what + " from standard input.", e);
        }
        if (n > MAX_BYTES) {
            Secrets.wipe(buf);
            throw new AtelierException("Standard input is larger than " + MAX_BYTES / 1024 + " KiB; expected " + what + ".");
        }
        char[] all;
        try {
            all = decode(buf, n, "Standard input");
        } finally {
            Secrets.wipe(buf);
        }
        int start = 0;
        int end = all.length;
        while (start < end && Character.isWhitespace(all[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(all[end - 1])) {
            end--;
        }
        char[] out = Arrays.copyOfRange(all, start, end);
        Secrets.wipe(all);
        if (out.length == 0) {
            throw new AtelierException("Expected " + what + " on standard input, got nothing. Example: echo ... | atelier ...");
        }
        return out;
    }

    /**
     * Strict UTF-8: a byte sequence that is not UTF-8 (a passphrase file saved as Latin-1, say) is an
     * error, not U+FFFD: a vault created from such a file could never be unlocked by typing the
     * passphrase, and every invalid byte would count as the same character.
     */
    private static char[] decode(byte[] bytes, int len, String what) {
        CharBuffer cb = CharBuffer.allocate(len);
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult r = d.decode(ByteBuffer.wrap(bytes, 0, len), cb, true);
        if (!r.isError()) {
            r = d.flush(cb);
        }
        if (r.isError()) {
            Arrays.fill(cb.array(), '\0');
            throw new AtelierException(what + " is not UTF-8 text. Save it as UTF-8 (the encoding every terminal uses) "
                    + "and try again.");
        }
        char[] out = Arrays.copyOf(cb.array(), cb.position());
        Arrays.fill(cb.array(), '\0');
        return out;
    }
}
