package dev.atelier.signing;

import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Signature;
import dev.atelier.crypto.Signer;

/** Signs one validated transaction with a {@link Signer}. */
public final class TxSigner {
    private TxSigner() {
    }

    public static SignedTx sign(TxRequest tx, Signer signer) {
        if (tx.from() != null && !tx.from().equals(signer.address())) {
            throw new AtelierException("The request is from " + tx.from() + " but the signing account is "
                    + signer.address() + ".");
        }
        Signature sig = signer.signDigest(TxEncoder.signingHash(tx));
        return new SignedTx(tx.withFrom(signer.address()), TxEncoder.signed(tx, sig), signer.address());
    }
}
