package dev.atelier.studio;

/**
 * One validation finding: how bad, on which field, and a message that says how to fix it.
 *
 * @param field the metadata field ({@code image}, {@code attributes[2].value}, ...) or collection field
 */
public record Issue(Severity severity, String field, String message) {
    public enum Severity { ERROR, WARNING }

    public static Issue error(String field, String message) {
        return new Issue(Severity.ERROR, field, message);
    }

    public static Issue warning(String field, String message) {
        return new Issue(Severity.WARNING, field, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
