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
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code atelier sign tx [--from ADDRESS] [--in FILE|-]}: one eth_signTransaction object, or JSON
 * Lines; prints one raw transaction per request, in order. All requests are checked before any
 * output: one bad line fails the batch and nothing is printed. Signing uses every core.
 */
@Command(name = "tx", mixinStandardHelpOptions = true,
        description = {"Sign eth_signTransaction requests: one JSON object, or JSON Lines (one per line).",
                "Prints one raw transaction (0x...) per request, in order. chainId, nonce, gas and fees are required;",
                "a chainId that is not the selected network's is refused. Warnings go to stderr."})
public final class SignTxCommand extends CliCommand {
    @Mixin
    PassphraseOptions passphrase;

    @Option(names = "--from", paramLabel = "ADDRESS",
            description = "The signing account; may be omitted when every request carries \"from\".")
    String from;

    @Option(names = "--in", paramLabel = "FILE|-", description = "Read requests from FILE (default: stdin).")
    Path in;

    private record Line(int line, JsonNode json) {
    }

    @Override
    public Integer call() throws IOException {
        Address fromOption = from == null ? null : parseAddress(from);
        List<Line> requests = parseLines(SignSupport.readInput(in, root().io().in()));
        SignerSource vault = SignSupport.unlockedVault(this, passphrase);
        Reviewer reviewer = SignSupport.reviewer(app(), vault);
        Map<Address, Signer> signers = new HashMap<>();
        // who signs each request is known before any work, so a locked vault or unknown account fails first
        Address[] who = new Address[requests.size()];
        for (int i = 0; i < who.length; i++) {
            who[i] = declaredFrom(requests.get(i), fromOption);
            signers.computeIfAbsent(who[i], vault::signer);
        }
        PrintWriter err = err();
        List<String> raws;
        try (BatchSigner batch = new BatchSigner()) {
            raws = batch.map(requests, (i, l) -> {
                String where = requests.size() == 1 ? "" : "line " + l.line() + ": ";
                TxRequest tx;
                try {
                    tx = TxRequestParser.parse(l.json());
                } catch (AtelierException e) {
                    throw new AtelierException(where + e.userMessage(), e);
                }
                Address signer = who[i];
                SignSupport.check(reviewer.review(i, new SigningItem.Tx(tx), signer), where, err);
                return TxSigner.sign(tx, signers.get(signer)).rawHex();
            }, ProgressSink.NONE);
        } catch (BatchSigner.ItemFailedException e) {
            throw new AtelierException(e.detail(), e);
        }
        StringBuilder sb = new StringBuilder(raws.size() * 240);
        for (String r : raws) {
            sb.append(r).append('\n');
        }
        out().print(sb);
        return 0;
    }

    private Address declaredFrom(Line l, Address fromOption) {
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

    static List<Line> parseLines(byte[] input) {
        List<Line> out = new ArrayList<>();
        for (JsonSequence.Entry e : JsonSequence.parse(input, "an eth_signTransaction request")) {
            out.add(new Line(e.line(), e.json()));
        }
        return out;
    }

    static Address parseAddress(String text) {
        try {
            return Address.parse(text);
        } catch (AtelierException e) {
            throw new AtelierException("--from: " + e.userMessage(), e);
        }
    }
}
