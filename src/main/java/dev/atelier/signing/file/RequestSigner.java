package dev.atelier.signing.file;

import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Signer;
import dev.atelier.signing.BatchSigner;
import dev.atelier.signing.Hex;
import dev.atelier.signing.ItemReview;
import dev.atelier.signing.Reviewer;
import dev.atelier.signing.SignedTx;
import dev.atelier.signing.SigningItem;
import dev.atelier.signing.TxSigner;
import dev.atelier.vault.SignerSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reviews every item of a request, then signs the approved request into a response. */
public final class RequestSigner {
    private RequestSigner() {
    }

    /** @param account the account for items that do not name one (may be null) */
    public static List<ItemReview> review(SigningRequest request, Reviewer reviewer, Address account) {
        List<ItemReview> out = new ArrayList<>(request.items().size());
        for (int i = 0; i < request.items().size(); i++) {
            out.add(reviewer.review(i, request.items().get(i), account));
        }
        return out;
    }

    /**
     * Signs every item (across the batch signer's threads). Refuses the whole request when any item
     * is refused or has no signing account: a response is all or nothing.
     */
    public static SigningResponse sign(SigningRequest request, List<ItemReview> reviews, SignerSource source,
                                       BatchSigner batch, ProgressSink progress) {
        Map<Address, Signer> signers = new HashMap<>();
        for (ItemReview r : reviews) {
            if (r.refused()) {
                String why = r.warnings().stream().filter(w -> w.blocksApproval()).findFirst().map(w -> w.detail()).orElse("");
                throw new AtelierException("Item " + (r.index() + 1) + " cannot be signed: " + why);
            }
            if (r.account() == null) {
                throw new AtelierException("Item " + (r.index() + 1) + " does not say which account signs it; choose one.");
            }
            // fetched up front, on this thread: a locked vault or a watch-only account fails before any work
            signers.computeIfAbsent(r.account(), source::signer);
        }
        List<SigningResponse.Result> results = batch.map(reviews, (i, r) -> signOne(r, signers.get(r.account())), progress);
        return SigningResponse.create(request, results);
    }

    static SigningResponse.Result signOne(ItemReview r, Signer signer) {
        SigningItem item = r.item();
        if (item instanceof SigningItem.Tx t) {
            SignedTx s = TxSigner.sign(t.tx(), signer);
            return new SigningResponse.TxResult(s.from(), t.tx().nonce(), s.hashHex(), s.rawHex());
        }
        byte[] digest = item instanceof SigningItem.Message m ? m.digest() : ((SigningItem.Typed) item).data().digest();
        if (item.from().isPresent() && !item.from().get().equals(signer.address())) {
            throw new AtelierException("The item names " + item.from().get() + " but the signing account is " + signer.address() + ".");
        }
        return new SigningResponse.SignatureResult(item.kind(), signer.address(), Hex.of(digest),
                Hex.of(signer.signDigest(digest).toBytes65()));
    }
}
