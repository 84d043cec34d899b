package dev.atelier.ui.sign;

import dev.atelier.signing.ItemReview;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.signing.qr.EthSignRequest;
import java.util.List;

/**
 * What is open on the Sign screen: the request (an Atelier file, something pasted and wrapped as a
 * request, or an ERC-4527 request), where it came from, and the review of each item.
 *
 * @param erc4527 the ERC-4527 request when the answer must be an eth-signature; else null
 */
public record SignSession(String source, SigningRequest request, EthSignRequest erc4527, List<ItemReview> reviews) {
    public SignSession {
        reviews = List.copyOf(reviews);
    }

    public boolean refused() {
        return reviews.stream().anyMatch(ItemReview::refused);
    }

    public boolean needsAcknowledgement() {
        return reviews.stream().anyMatch(ItemReview::needsAcknowledgement);
    }

    public boolean missingAccount() {
        return reviews.stream().anyMatch(r -> r.account() == null);
    }

    public boolean isBatch() {
        return reviews.size() > 1;
    }

    SignSession withReviews(List<ItemReview> r) {
        return new SignSession(source, request, erc4527, r);
    }
}
