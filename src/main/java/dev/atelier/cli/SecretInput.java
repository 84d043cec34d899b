package dev.atelier.cli;

import dev.atelier.common.AtelierException;
import dev.atelier.vault.Secrets;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads one secret for a command, in this order: an environment variable, a file named by an option,
 * or a prompt on the terminal (no echo; asked twice when a new secret is being chosen). The file's
 * trailing line break is dropped; nothing else is trimmed.
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
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new AtelierException(option + " " + file + " is larger than " + MAX_BYTES / 1024 + " KiB; it should hold one line.");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AtelierException("Cannot read " + option + " " + file + ": " + e.getClass().getSimpleName() + ".", e);
        }
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\n') {
            len--;
            if (len > 0 && bytes[len - 1] == '\r') {
                len--;
            }
        }
        char[] out = decode(bytes, len);
        Secrets.wipe(bytes);
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
        char[] all = decode(buf, n);
        Secrets.wipe(buf);
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

    private static char[] decode(byte[] bytes, int len) {
        CharBuffer cb = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, len));
        char[] out = Arrays.copyOfRange(cb.array(), cb.position(), cb.limit());
        Arrays.fill(cb.array(), '\0');
        return out;
    }
}
