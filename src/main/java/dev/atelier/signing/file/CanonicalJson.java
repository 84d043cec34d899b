package dev.atelier.signing.file;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.common.AtelierException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * RFC 8785 (JSON Canonicalization Scheme) for the values our files contain: object members sorted
 * by their names' UTF-16 code units, no whitespace, strings with only the mandatory escapes, and
 * integers of at most 2^53 (larger numbers and fractions are refused: write them as strings).
 * Any JCS library produces the same bytes, so other tools can compute a file's digest.
 */
public final class CanonicalJson {
    private static final BigInteger MAX_SAFE = BigInteger.ONE.shiftLeft(53);

    private CanonicalJson() {
    }

    public static byte[] bytes(JsonNode node) {
        StringBuilder sb = new StringBuilder(1024);
        write(node, sb);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode n, StringBuilder sb) {
        switch (n.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>();
                for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                    names.add(it.next());
                }
                Collections.sort(names);
                sb.append('{');
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    string(names.get(i), sb);
                    sb.append(':');
                    write(n.get(names.get(i)), sb);
                }
                sb.append('}');
            }
            case ARRAY -> {
                sb.append('[');
                for (int i = 0; i < n.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    write(n.get(i), sb);
                }
                sb.append(']');
            }
            case STRING -> string(n.asText(), sb);
            case BOOLEAN -> sb.append(n.booleanValue());
            case NULL -> sb.append("null");
            case NUMBER -> {
                if (!n.isIntegralNumber() || n.bigIntegerValue().abs().compareTo(MAX_SAFE) > 0) {
                    throw new AtelierException("The number " + n.asText() + " cannot be represented exactly in a signing file: "
                            + "write fractions and numbers above 2^53 as strings.");
                }
                sb.append(n.bigIntegerValue());
            }
            default -> throw new AtelierException("Unsupported JSON value in a signing file.");
        }
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
