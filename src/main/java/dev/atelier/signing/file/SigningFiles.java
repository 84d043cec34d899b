package dev.atelier.signing.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Keccak;
import dev.atelier.signing.Hex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Shared reading, writing and digesting of the versioned signing files (docs/signing-files.md). */
public final class SigningFiles {
    /** Refuse larger files before parsing: a 100,000-item batch with calldata fits comfortably. */
    public static final long MAX_FILE_BYTES = 64L << 20;
    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                .maxStringLength(32 << 20).build());
        // {"to": A, "to": B} would mean B here and possibly A to another reader of the same file
        JSON.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    private SigningFiles() {
    }

    public static ObjectMapper mapper() {
        return JSON;
    }

    /** Reads a JSON file, bounded in size. */
    public static JsonNode read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new AtelierException(file.getFileName() + " is " + (size >> 20) + " MiB; signing files are at most "
                        + (MAX_FILE_BYTES >> 20) + " MiB.");
            }
            return parse(Files.readAllBytes(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new AtelierException("Cannot read " + file + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() != null ? " (" + e.getMessage() + ")" : "") + ".", e);
        }
    }

    public static JsonNode parse(byte[] bytes, String what) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new AtelierException(what + " is larger than " + (MAX_FILE_BYTES >> 20) + " MiB.");
        }
        try {
            JsonNode n = JSON.readTree(bytes);
            if (n == null || n.isMissingNode()) {
                throw new AtelierException(what + " is empty.");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new AtelierException(what + " is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new AtelierException("Cannot read " + what + ".", e);
        }
    }

    /** keccak256 of the canonical JSON (RFC 8785) of the object without its {@code digest} member. */
    public static String digest(ObjectNode root) {
        ObjectNode copy = root.deepCopy();
        copy.remove("digest");
        return Hex.of(Keccak.hash256(CanonicalJson.bytes(copy)));
    }

    public static byte[] pretty(JsonNode n) {
        try {
            return (PRETTY.writeValueAsString(n) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void checkFormat(JsonNode root, String expected, String what) {
        if (!root.isObject()) {
            throw new AtelierException("A " + what + " must be a JSON object.");
        }
        JsonNode f = root.get("format");
        if (f == null || !expected.equals(f.asText())) {
            throw new AtelierException("This is not an Atelier " + what + " (\"format\" should be \"" + expected + "\", found "
                    + (f == null ? "nothing" : "\"" + abbreviate(f.asText()) + "\"") + ").");
        }
        JsonNode v = root.get("version");
        if (v == null || !v.isIntegralNumber()) {
            throw new AtelierException("The " + what + " has no version number.");
        }
        if (v.asInt() != 1) {
            throw new AtelierException("The " + what + " is version " + v.asText() + "; this Atelier reads version 1. "
                    + (v.asInt() > 1 ? "Update Atelier on this machine." : ""));
        }
    }

    static void checkDigest(ObjectNode root, String what) {
        JsonNode d = root.get("digest");
        if (d == null || !d.isTextual()) {
            throw new AtelierException("The " + what + " has no digest; it cannot be checked for damage or tampering.");
        }
        String expected = digest(root);
        if (!expected.equalsIgnoreCase(d.asText())) {
            throw new AtelierException("The " + what + "'s digest does not match its content: the file was changed or damaged "
                    + "after it was made. Ask for a fresh one.");
        }
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
