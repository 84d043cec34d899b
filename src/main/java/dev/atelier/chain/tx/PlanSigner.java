package dev.atelier.chain.tx;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.crypto.Signer;
import dev.atelier.signing.TxRequest;
import dev.atelier.signing.TxRequestParser;
import dev.atelier.signing.TxSigner;

/**
 * Signs a {@link PlannedTx} with an account's {@link Signer} through the signer's own path: the plan
 * becomes an {@code eth_signTransaction} object, parsed and validated like any request, encoded and
 * signed by {@code signing.TxSigner} (byte-identical to cast). The result is ready for the queue.
 */
public final class PlanSigner {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanSigner() {
    }

    public static TxRequest request(PlannedTx plan) {
        return TxRequestParser.parse(JSON.valueToTree(plan.toSignRequest()));
    }

    public static SignedTx sign(PlannedTx plan, Signer signer) {
        return SignedTx.parse(TxSigner.sign(request(plan), signer).rawHex());
    }
}
