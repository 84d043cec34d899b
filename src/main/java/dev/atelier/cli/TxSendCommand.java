package dev.atelier.cli;

import dev.atelier.chain.Network;
import dev.atelier.chain.tx.SignedResponses;
import dev.atelier.chain.tx.SignedTx;
import dev.atelier.chain.tx.TxEntry;
import dev.atelier.chain.tx.TxQueue;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.signing.file.SigningFiles;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.signing.file.SigningResponse;
import dev.atelier.signing.qr.ResponseScan;
import dev.atelier.studio.mint.MintService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code atelier tx send (RAW | --in RESPONSE.json | --qr IMAGE...) [--request REQUEST.json] [--network N]}: queues signed transactions in
 * studio.db, then broadcasts them and waits for their receipts. If the node is down or the wait
 * runs out, they stay queued and are sent by the next {@code tx} command or the app.
 */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Broadcast signed transactions (made here or carried back from an air-gapped signer).",
                "They are written to the queue first: nothing is lost and nothing is sent twice."})
public final class TxSendCommand extends CliCommand {
    static final class Source {
        @Parameters(index = "0", paramLabel = "RAW", description = "A signed transaction, 0x-hex.")
        String raw;

        @Option(names = "--in", paramLabel = "RESPONSE.json", description = "A signing response file (one or more signed transactions).")
        Path in;

        @Option(names = "--qr", paramLabel = "IMAGE", arity = "1..*",
                description = "Pictures of the signer's response QR code (every frame of an animated code, any order).")
        List<Path> qr;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Mixin
    PassphraseOptions passphrase;

    @Option(names = "--request", paramLabel = "REQUEST.json",
            description = "The request the response must answer, item by item (with --in or --qr); anything else is refused.")
    Path request;

    @Option(names = "--network", paramLabel = "N", description = "Network id, name or chain id (default: the selected one).")
    String network;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to wait for the receipts (default: ${DEFAULT-VALUE}; 0 = only broadcast).")
    int waitSeconds;

    /** The request digest a signer's response file answers, or null for other files (hex lines, JSON Lines). */
    static String responseDigest(Path file) {
        com.fasterxml.jackson.databind.JsonNode root;
        try {
            root = dev.atelier.signing.file.SigningFiles.read(file);
        } catch (AtelierException notJson) {
            return null;
        }
        if (root.isObject() && dev.atelier.signing.file.SigningResponse.FORMAT.equals(root.path("format").asText())) {
            // verifies the file's digest and every signature; a damaged response is refused here
            return dev.atelier.signing.file.SigningResponse.parse(root).requestDigest();
        }
        return null;
    }

    /** Reads the response from QR pictures; every picture must help, and the sequence must be complete. */
    static SigningResponse readQr(List<Path> images, SigningRequest expected) {
        if (images.size() > 10_000) {
            throw new AtelierException("At most 10,000 pictures are read.");
        }
        ResponseScan scan = new ResponseScan(expected);
        for (Path p : images) {
            if (!java.nio.file.Files.isRegularFile(p)) {
                throw new AtelierException("No file " + p + ". Check the path.");
            }
            scan.addImage(p);
        }
        return scan.response();
    }

    @Override
    public Integer call() {
        if (waitSeconds < 0 || waitSeconds > 3600) {
            throw new AtelierException("--wait must be between 0 and 3600 seconds.");
        }
        Network n = network == null ? app().selectedNetwork() : app().networks().find(network);
        NetworkAccess.unlockIfKeptInVault(app(), n, passphrase, root().io());
        SigningRequest expected = request == null ? null : SigningRequest.parse(SigningFiles.read(request));
        if (expected != null && source.raw != null) {
            throw new AtelierException("--request checks a response (--in or --qr), not a raw transaction.");
        }
        SigningResponse fromQr = source.qr == null ? null : readQr(source.qr, expected);
        if (expected != null && source.in != null) {
            SigningResponse.parseAnswer(SigningFiles.read(source.in), expected);
        }
        List<SignedTx> txs = new ArrayList<>(source.raw != null ? List.of(SignedTx.parse(source.raw))
                : fromQr != null ? SignedResponses.parse(new String(fromQr.toBytes(), java.nio.charset.StandardCharsets.UTF_8), "the QR response")
                : SignedResponses.read(source.in));
        txs.sort(Comparator.comparing((SignedTx t) -> t.from().toLowerHex()).thenComparingLong(SignedTx::nonce));
        for (SignedTx t : txs) {
            if (t.chainId() != n.chainId()) {
                throw new AtelierException("A transaction is signed for chain " + t.chainId() + ", but " + n.name() + " is chain "
                        + n.chainId() + ". Choose the matching network with --network; nothing was queued.");
            }
        }
        TxQueue queue = app().txQueue();
        // a signed response to 'mint export-request': link its transactions to the exported batches first
        String digest = fromQr != null ? fromQr.requestDigest() : source.in == null ? null : responseDigest(source.in);
        MintService mint = digest == null ? null : MintSupport.service(app());
        int linked = mint == null ? 0 : mint.attachResponse(digest, txs, n);
        if (linked > 0) {
            err().println("Matched " + linked + " transaction(s) to the mint request " + digest.substring(0, 10) + "….");
        }
        List<TxEntry> queued = new ArrayList<>();
        for (SignedTx t : txs) {
            TxEntry e = queue.submit(n, t, source.in != null ? "from " + source.in.getFileName() : fromQr != null ? "from QR pictures" : "tx send");
            queued.add(e);
            out().println("queued   " + e.hash() + "  nonce " + e.nonce() + " from " + e.from());
        }
        TxQueue.Pass pass = waitSeconds == 0 ? queue.process(n) : queue.drain(n, queued.stream().map(TxEntry::id).toList(), Duration.ofSeconds(waitSeconds), ProgressSink.NONE);
        int unfinished = 0;
        for (TxEntry q : queued) {
            TxEntry e = queue.store().byId(q.id()).orElse(q);
            out().println(String.format("%-8s %s%s", e.status().label().toLowerCase(), e.hash(),
                    e.blockNumber() != null ? "  block " + e.blockNumber() : e.lastError() != null ? "  (" + e.lastError() + ")" : ""));
            if (!n.txUrl(e.hash()).isEmpty() && e.status().isFinal()) {
                out().println("         " + n.txUrl(e.hash()));
            }
            if (!e.status().isFinal()) {
                unfinished++;
            }
        }
        if (linked > 0) {
            mint.settleExported(digest);
        }
        if (pass.nodeDown()) {
            err().println("warning: " + pass.problem() + " The transactions stay queued and are sent when the node answers "
                    + "(run 'atelier tx status HASH' or open the app).");
        } else if (unfinished > 0 && waitSeconds > 0) {
            err().println("note: " + unfinished + " transaction(s) not mined yet; follow them with 'atelier tx status HASH'.");
        }
        return 0;
    }
}
