package dev.atelier.chain.tx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.common.AtelierException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the signed transactions carried back from an air-gapped signer. Until the signer's
 * response-file format lands this accepts the common shapes: one JSON object with a {@code raw},
 * {@code rawTransaction}, {@code signed} or {@code signedTransaction} field; an array of those (or of
 * hex strings); an object holding such an array under {@code transactions}, {@code responses} or
 * {@code signed}; JSON Lines; or plain hex, one transaction per line.
 */
public final class SignedResponses {
    public static final long MAX_FILE_BYTES = 64L << 20;
    public static final int MAX_TRANSACTIONS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] RAW_FIELDS = {"raw", "rawTransaction", "signed", "signedTransaction"};
    private static final String[] LIST_FIELDS = {"transactions", "responses", "signed", "results"};

    private SignedResponses() {
    }

    public static List<SignedTx> read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new AtelierException(file + " is larger than " + (MAX_FILE_BYTES >> 20) + " MiB; that is not a signing response.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new AtelierException("No file " + file + ". Check the path.", e);
        } catch (IOException e) {
            throw new AtelierException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    public static List<SignedTx> parse(String text, String source) {
        String t = text.strip();
        List<String> raws = new ArrayList<>();
        if (t.startsWith("{") || t.startsWith("[")) {
            try {
                JsonNode root = JSON.readTree(t);
                if (root.isObject() && dev.atelier.signing.file.SigningResponse.FORMAT.equals(root.path("format").asText())) {
                    // Atelier's own response file: its digest, every signature and every claimed signer are
                    // checked before anything from it is queued (a file changed on the way is refused)
                    try {
                        dev.atelier.signing.file.SigningResponse.parse(root);
                    } catch (AtelierException bad) {
                        throw new AtelierException(source + ": " + bad.userMessage() + " Nothing was queued.", bad);
                    }
                }
                collect(root, raws);
            } catch (IOException e) {
                // maybe JSON Lines
                for (String line : t.split("\\R")) {
                    if (!line.isBlank()) {
                        try {
                            collect(JSON.readTree(line), raws);
                        } catch (IOException bad) {
                            throw new AtelierException(source + " is neither JSON nor JSON Lines with signed transactions.", bad);
                        }
                    }
                }
            }
        } else {
            for (String line : t.split("\\R")) {
                if (!line.isBlank()) {
                    raws.add(line.strip());
                }
            }
        }
        if (raws.isEmpty()) {
            throw new AtelierException(source + " holds no signed transaction.");
        }
        if (raws.size() > MAX_TRANSACTIONS) {
            throw new AtelierException(source + " holds more than " + MAX_TRANSACTIONS + " transactions.");
        }
        List<SignedTx> out = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            try {
                out.add(SignedTx.parse(raws.get(i)));
            } catch (AtelierException e) {
                throw new AtelierException(source + ", transaction " + (i + 1) + ": " + e.userMessage(), e);
            }
        }
        return out;
    }

    private static void collect(JsonNode n, List<String> out) {
        if (n.isTextual()) {
            out.add(n.asText());
            return;
        }
        if (n.isArray()) {
            n.forEach(e -> collect(e, out));
            return;
        }
        if (n.isObject()) {
            for (String f : RAW_FIELDS) {
                if (n.path(f).isTextual()) {
                    out.add(n.get(f).asText());
                    return;
                }
            }
            for (String f : LIST_FIELDS) {
                if (n.path(f).isArray()) {
                    collect(n.get(f), out);
                    return;
                }
            }
        }
    }
}
