package dev.atelier.signing;

/**
 * Something the user must read before approving. {@link Severity#REFUSED} cannot be approved at
 * all; {@link Severity#DANGER} needs an explicit "I understand"; {@link Severity#CAUTION} is shown.
 */
public record Warning(Kind kind, Severity severity, String title, String detail) {
    /** How much a warning stands in the way of approval. */
    public enum Severity {
        CAUTION,
        DANGER,
        REFUSED
    }

    /** What was found. */
    public enum Kind {
        /** The request's chain is not the selected network. */
        CHAIN_MISMATCH,
        /** Calldata with a selector Atelier cannot decode: blind signing. */
        BLIND_SIGNING,
        /** setApprovalForAll(operator, true): every token of the collection. */
        APPROVAL_FOR_ALL,
        /** approve / increaseAllowance of a huge or unlimited amount. */
        LARGE_APPROVAL,
        /** EIP-2612 or Permit2 typed data (or calldata): a signature that grants spending. */
        PERMIT,
        /** A transaction without a recipient deploys a contract. */
        CONTRACT_CREATION,
        /** An address that shares its leading and trailing characters with a known one but is different. */
        LOOKALIKE_ADDRESS,
        /** A message that looks like a hash or a transaction: the user cannot know what it authorises. */
        OPAQUE_MESSAGE,
        /** Less gas than any transaction costs (21,000): the network will reject it. */
        GAS_TOO_LOW,
        /** A legacy transaction without EIP-155 replay protection (decoding only). */
        NO_REPLAY_PROTECTION,
        /** Typed data whose domain names no chainId: the signature is valid on every network. */
        NO_CHAIN_BINDING
    }

    public boolean blocksApproval() {
        return severity == Severity.REFUSED;
    }

    public boolean needsAcknowledgement() {
        return severity == Severity.DANGER;
    }
}
