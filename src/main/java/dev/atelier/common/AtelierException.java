package dev.atelier.common;

/**
 * The one family of expected failures: a wrong passphrase, a malformed file, a node that does not
 * answer. The message is written for the user and says what to do; technical detail travels as
 * the cause and is logged once, where the failure is finally handled.
 */
public class AtelierException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AtelierException(String userMessage) {
        super(userMessage);
    }

    public AtelierException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    /** The message shown to the user (never a library's internal text). */
    public String userMessage() {
        return getMessage();
    }
}
