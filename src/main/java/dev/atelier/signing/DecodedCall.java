package dev.atelier.signing;

import java.util.List;
import java.util.Optional;

/**
 * Calldata as the review shows it: the function (with every standard that defines this selector)
 * and its typed arguments.
 */
public record DecodedCall(String selector, String name, String signature, List<String> standards, List<DecodedArg> args) {
    public DecodedCall {
        standards = List.copyOf(standards);
        args = List.copyOf(args);
    }

    public Optional<DecodedArg> arg(String argName) {
        return args.stream().filter(a -> a.name().equals(argName)).findFirst();
    }

    public Optional<DecodedArg> arg(int index) {
        return index < args.size() ? Optional.of(args.get(index)) : Optional.empty();
    }

    /** e.g. "ERC-20 / ERC-721" */
    public String standardLabel() {
        return String.join(" / ", standards);
    }
}
