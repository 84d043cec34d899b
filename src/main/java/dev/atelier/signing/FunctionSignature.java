package dev.atelier.signing;

import dev.atelier.crypto.Keccak;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function from the selector table: {@code name(type argName, ...)}, its canonical form
 * {@code name(type,...)} and its 4-byte selector (the first four bytes of keccak256 of the canonical form).
 */
public record FunctionSignature(String standard, String name, List<Param> params) {
    private static final Pattern FUNCTION = Pattern.compile("([A-Za-z_$][A-Za-z0-9_$]*)\\((.*)\\)");
    private static final Pattern PARAM = Pattern.compile("([a-z0-9]+(?:\\[[0-9]*\\])*)(?:\\s+([A-Za-z_$][A-Za-z0-9_$]*))?");

    /** One parameter: its ABI type and (optional) name. */
    public record Param(String type, String name) {
    }

    public FunctionSignature {
        params = List.copyOf(params);
    }

    /** Parses {@code transfer(address to, uint256 amount)}; tuple types are not supported. */
    public static FunctionSignature parse(String standard, String text) {
        Matcher m = FUNCTION.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a function signature: " + text);
        }
        List<Param> params = new ArrayList<>();
        String inner = m.group(2).strip();
        if (!inner.isEmpty()) {
            int i = 0;
            for (String p : inner.split(",")) {
                Matcher pm = PARAM.matcher(p.strip());
                if (!pm.matches()) {
                    throw new IllegalArgumentException("unsupported parameter \"" + p + "\" in " + text);
                }
                params.add(new Param(pm.group(1), pm.group(2) != null ? pm.group(2) : "arg" + i));
                i++;
            }
        }
        return new FunctionSignature(standard, m.group(1), params);
    }

    public String canonical() {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < params.size(); i++) {
            sb.append(i > 0 ? "," : "").append(params.get(i).type());
        }
        return sb.append(')').toString();
    }

    /** The human form with names: {@code transfer(address to, uint256 amount)}. */
    public String display() {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < params.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(params.get(i).type()).append(' ').append(params.get(i).name());
        }
        return sb.append(')').toString();
    }

    public byte[] selector() {
        byte[] h = Keccak.hash256(canonical().getBytes(StandardCharsets.US_ASCII));
        return new byte[] {h[0], h[1], h[2], h[3]};
    }

    public String selectorHex() {
        return Hex.of(selector());
    }
}
