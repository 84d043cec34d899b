package dev.atelier.cli;

import picocli.CommandLine.Option;

/**
 * {@code --i-understand}: the command line's explicit acknowledgement, as the Sign screen's "I
 * understand" checkbox is. Without it a signing command refuses an item whose review raises a
 * danger (blind signing, approval of all tokens, huge approvals, permits, look-alike addresses,
 * opaque messages) and signs nothing. Use as {@code @Mixin AcknowledgeOption acknowledge;}.
 */
public final class AcknowledgeOption {
    public static final String FLAG = "--i-understand";

    @Option(names = FLAG, description = "Sign even when the review raises a danger (blind signing, approval of all "
            + "tokens, huge approvals, permits, look-alike addresses, opaque messages). Read the warnings on stderr first.")
    boolean acknowledged;
}
