package dev.atelier.asset;

/**
 * One finding about an asset: a validation error or warning (glTF issues use the Khronos
 * glTF-Validator's codes), with a JSON pointer (RFC 6901) to where it is when the file is JSON.
 */
public record Issue(Severity severity, String code, String message, String pointer) {
    public enum Severity {
        ERROR, WARNING, INFO
    }

    public static Issue error(String code, String message, String pointer) {
        return new Issue(Severity.ERROR, code, message, pointer);
    }

    public static Issue warning(String code, String message, String pointer) {
        return new Issue(Severity.WARNING, code, message, pointer);
    }

    public static Issue info(String code, String message, String pointer) {
        return new Issue(Severity.INFO, code, message, pointer);
    }
}
