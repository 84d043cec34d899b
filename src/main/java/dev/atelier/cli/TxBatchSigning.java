package dev.atelier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Signer;
import dev.atelier.signing.BatchSigner;
import dev.atelier.signing.Reviewer;
import dev.atelier.signing.SigningItem;
import dev.atelier.signing.TxRequest;
import dev.atelier.signing.TxRequestParser;
import dev.atelier.signing.TxSigner;
import dev.atelier.signing.file.JsonSequence;
import dev.atelier.vault.SignerSource;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code atelier sign tx} does once its options are read, shared by the picocli command and
 * the lean start-up path ({@link LeanSignTx}): read the requests (one JSON object or JSON Lines),
 * know every request's signer before any work (a locked vault or unknown account fails first), then
 * parse, review and sign across the cores, in order. One bad request fails the batch and nothing is
 * printed.
 */
final class TxBatchSigning {
    private TxBatchSigning() {
    }

    /** The requests of the input, each with the line it starts on. */
    static List<JsonSequence.Entry> requests(byte[] input) {
        return JsonSequence.parse(input, "an eth_signTransaction request");
    }

    /**
     * One raw transaction (0x…) per request, in order; warnings go to {@code err}. A request with a
     * danger fails the batch unless {@code acknowledged} ({@code --i-understand}).
     */
    static List<String> sign(List<JsonSequence.Entry> requests, Address fromOption, SignerSource vault, Reviewer reviewer,
                             PrintWriter err, boolean acknowledged) {
        Map<Address, Signer> signers = new HashMap<>();
        Address[] who = new Address[requests.size()];
        for (int i = 0; i < who.length; i++) {
            who[i] = declaredFrom(requests.get(i), fromOption);
            signers.computeIfAbsent(who[i], vault::signer);
        }
        try (BatchSigner batch = new BatchSigner()) {
            return batch.map(requests, (i, l) -> {
                String where = requests.size() == 1 ? "" : "line " + l.line() + ": ";
                TxRequest tx;
                try {
                    tx = TxRequestParser.parse(l.json());
                } catch (AtelierException e) {
                    throw new AtelierException(where + e.userMessage(), e);
                }
                Address signer = who[i];
                SignSupport.check(reviewer.review(i, new SigningItem.Tx(tx), signer), where, err, acknowledged);
                return TxSigner.sign(tx, signers.get(signer)).rawHex();
            }, ProgressSink.NONE);
        } catch (BatchSigner.ItemFailedException e) {
            throw new AtelierException(e.detail(), e);
        }
    }

    /** The raws, one per line, as one string (one write to the output). */
    static String lines(List<String> raws) {
        StringBuilder sb = new StringBuilder(raws.size() * (raws.isEmpty() ? 0 : raws.get(0).length() + 1));
        for (String r : raws) {
            sb.append(r).append('\n');
        }
        return sb.toString();
    }

    private static Address declaredFrom(JsonSequence.Entry l, Address fromOption) {
        JsonNode f = l.json().get("from");
        String where = "line " + l.line() + ": ";
        if (f == null || f.isNull()) {
            if (fromOption == null) {
                throw new AtelierException(where + "the request has no \"from\"; give the signing account with --from ADDRESS.");
            }
            return fromOption;
        }
        Address a;
        try {
            a = Address.parse(f.asText());
        } catch (AtelierException e) {
            throw new AtelierException(where + "from: " + e.userMessage(), e);
        }
        if (fromOption != null && !fromOption.equals(a)) {
            throw new AtelierException(where + "the request is from " + a + " but --from is " + fromOption + "; refusing the contradiction.");
        }
        return a;
    }

    static Address parseFrom(String text) {
        try {
            return Address.parse(text);
        } catch (AtelierException e) {
            throw new AtelierException("--from: " + e.userMessage(), e);
        }
    }
}
