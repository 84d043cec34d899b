package dev.atelier.signing;

import dev.atelier.crypto.Address;
import java.util.List;
import java.util.Optional;

/**
 * Everything the user sees before approving one item: the account that will sign (with its label),
 * the network, the recipient's contact name, the decoded call and the warnings.
 *
 * @param account      the signing account (from the request, or chosen by the user); null when unknown
 * @param accountLabel the vault's label for it, or empty
 * @param call         the decoded calldata (transactions only; null otherwise)
 */
public record ItemReview(int index, SigningItem item, Address account, String accountLabel, long chainId,
                         String network, Optional<Contact> recipient, CallDecoder.Result call,
                         List<Warning> warnings) {
    public ItemReview {
        warnings = List.copyOf(warnings);
    }

    public boolean refused() {
        return warnings.stream().anyMatch(Warning::blocksApproval);
    }

    public boolean needsAcknowledgement() {
        return warnings.stream().anyMatch(Warning::needsAcknowledgement);
    }
}
