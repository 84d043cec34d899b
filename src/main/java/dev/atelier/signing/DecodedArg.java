package dev.atelier.signing;

import java.util.List;

/**
 * One decoded argument: its name and ABI type, the value as shown to the user, the parsed value
 * ({@code Address}, {@code BigInteger}, {@code Boolean}, {@code String}, {@code byte[]}, or a list
 * for arrays), array elements as children, and — for {@code bytes} that are themselves a call
 * (multicall) — the decoded inner call.
 */
public record DecodedArg(String name, String type, String display, Object value, List<DecodedArg> elements,
                         DecodedCall innerCall) {
    public DecodedArg {
        elements = List.copyOf(elements);
    }
}
