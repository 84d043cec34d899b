package dev.atelier.cli;

import com.sparrowwallet.hummingbird.UREncoder;
import dev.atelier.common.AtelierException;
import dev.atelier.common.PrivateFiles;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.signing.BatchSigner;
import dev.atelier.signing.ItemReview;
import dev.atelier.signing.Reviewer;
import dev.atelier.signing.SigningItem;
import dev.atelier.signing.file.RequestSigner;
import dev.atelier.signing.file.SigningFiles;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.signing.file.SigningResponse;
import dev.atelier.signing.qr.AirGap;
import dev.atelier.signing.qr.Erc4527;
import dev.atelier.signing.qr.EthSignRequest;
import dev.atelier.signing.qr.EthSignature;
import dev.atelier.signing.qr.QrCodes;
import dev.atelier.vault.SignerSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code atelier request sign --in REQUEST --out RESPONSE}: the offline half of the air gap. The
 * request is an Atelier signing-request file, or a QR image / UR text carrying one or an ERC-4527
 * {@code eth-sign-request}. Every item is reviewed (refusals stop everything, warnings go to
 * stderr), signed, and the response is written atomically: a signed-response file, or for ERC-4527
 * an {@code ur:eth-signature} (as text, or as a QR image when RESPONSE ends in .png).
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Sign a signing request into a response file (docs/signing-files.md).",
                "REQUEST: an Atelier request (.json / .atelier-request), a QR image (PNG/JPEG) or a text file of UR parts,",
                "including ERC-4527 eth-sign-request codes; those are answered with ur:eth-signature (a QR PNG when",
                "RESPONSE ends in .png). Refused items stop the whole request; warnings are printed on stderr."})
public final class RequestSignCommand extends CliCommand {
    @Mixin
    PassphraseOptions passphrase;

    @Mixin
    AcknowledgeOption acknowledge;

    @Option(names = "--in", required = true, paramLabel = "REQUEST", description = "The request file or QR image.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "RESPONSE", description = "Where to write the response.")
    Path out;

    @Override
    public Integer call() throws IOException {
        AirGap.Incoming incoming = read(in);
        SignerSource vault = SignSupport.unlockedVault(this, passphrase);
        Reviewer reviewer = SignSupport.reviewer(app(), vault);
        if (incoming instanceof AirGap.Erc4527Request e) {
            return answerErc4527(e.request(), vault, reviewer);
        }
        if (!(incoming instanceof AirGap.AtelierRequest r)) {
            throw new AtelierException(in + " is JSON but not an Atelier signing request (no \"format\": \""
                    + SigningRequest.FORMAT + "\"). To sign bare transactions use 'atelier sign tx'.");
        }
        SigningRequest request = r.request();
        List<ItemReview> reviews = RequestSigner.review(request, reviewer, null);
        for (ItemReview review : reviews) {
            if (review.account() == null) {
                throw new AtelierException("Item " + (review.index() + 1) + " does not name its account (\"from\"); "
                        + "the command line signs only requests that say who signs each item.");
            }
            SignSupport.check(review, "item " + (review.index() + 1) + ": ", err(), acknowledge.acknowledged);
        }
        SigningResponse response;
        try (BatchSigner batch = new BatchSigner()) {
            response = RequestSigner.sign(request, reviews, vault, batch, ProgressSink.NONE);
        } catch (BatchSigner.ItemFailedException e) {
            throw new AtelierException("Item " + (e.index() + 1) + ": " + e.detail(), e);
        }
        write(out, response.toBytes());
        out().println("Signed " + reviews.size() + (reviews.size() == 1 ? " item" : " items") + " of request "
                + request.digest().substring(0, 10) + "…; the response is in " + out + ".");
        return 0;
    }

    private int answerErc4527(EthSignRequest request, SignerSource vault, Reviewer reviewer) throws IOException {
        Address who = Erc4527.resolveAccount(request, vault.accounts());
        SigningItem item = Erc4527.item(request, who);
        SignSupport.check(reviewer.review(0, item, who), "", err(), acknowledge.acknowledged);
        EthSignature sig = Erc4527.sign(request, item, vault.signer(who));
        String ur = UREncoder.encode(AirGap.signatureUr(sig));
        if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            QrCodes.writePng(QrCodes.encode(ur.toUpperCase(Locale.ROOT)), 8, out.toAbsolutePath());
        } else {
            write(out, (ur + "\n").getBytes(StandardCharsets.UTF_8));
        }
        out().println("Signed the ERC-4527 request " + request.requestIdText() + " with " + who + "; the answer is in " + out + ".");
        return 0;
    }

    static AirGap.Incoming read(Path file) {
        if (QrCodes.looksLikeImage(file)) {
            return AirGap.decode(QrCodes.read(file));
        }
        String text = new String(SignSupport.readInput(file, null), StandardCharsets.UTF_8).strip();
        if (text.regionMatches(true, 0, "ur:", 0, 3)) {
            return AirGap.decode(Arrays.stream(text.split("\\s+")).filter(s -> !s.isBlank()).toList());
        }
        SigningRequest request = SigningRequest.parse(SigningFiles.parse(text.getBytes(StandardCharsets.UTF_8), file.getFileName().toString()));
        return new AirGap.AtelierRequest(request);
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Path abs = file.toAbsolutePath();
            if (abs.getParent() != null && !java.nio.file.Files.isDirectory(abs.getParent())) {
                throw new AtelierException("The folder " + abs.getParent() + " does not exist.");
            }
            PrivateFiles.writeAtomically(abs, bytes);
        } catch (IOException e) {
            throw new AtelierException("Cannot write " + file + " (" + e.getClass().getSimpleName() + ").", e);
        }
    }
}
