package dev.atelier.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.common.ProgressSink;
import dev.atelier.signing.BatchSigner;
import dev.atelier.signing.ChainDirectory;
import dev.atelier.signing.ContactBook;
import dev.atelier.signing.Reviewer;
import dev.atelier.signing.file.RequestSigner;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.signing.file.SigningResponse;
import dev.atelier.signing.qr.AirGap;
import dev.atelier.signing.qr.QrCodes;
import dev.atelier.signing.qr.QrFrames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The two sides of the air gap by QR pictures, for round-trip tests. */
public final class QrAirGap {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QrAirGap() {
    }

    /** {@code count} EIP-1559 transfers from anvil account 0 to account 2 on chain 31337, consecutive nonces. */
    public static SigningRequest transfers(int count, int firstNonce, String purpose) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (int i = firstNonce; i < firstNonce + count; i++) {
            items.add(SigningRequest.txItem(JSON.readTree("""
                    {"from":"%s","chainId":"0x7a69","nonce":"%d","to":"%s","value":"%d",
                     "gas":"0x5208","maxFeePerGas":"0x77359400","maxPriorityFeePerGas":"0x1"}""".formatted(
                    Anvil.ADDR0, i, Anvil.ADDR2, 1000 + i))));
        }
        return SigningRequest.create(31337, "Devnet", purpose, items);
    }

    /**
     * The offline machine: reads the request from the pictures exactly as the Sign screen's "Open…"
     * does with images ({@code QrCodes.read} each, then {@code AirGap.decode}), signs every item with
     * anvil's keys, and writes the response's QR frames as the Sign screen's "Save frames as PNG…" does.
     */
    public static List<Path> signOffline(List<Path> requestPictures, Path outDir) {
        List<String> texts = new ArrayList<>();
        for (Path p : requestPictures) {
            texts.addAll(QrCodes.read(p));
        }
        SigningRequest request = ((AirGap.AtelierRequest) AirGap.decode(texts)).request();
        return QrFrames.writePngs(AirGap.responseUr(sign(request)), outDir, "atelier-response");
    }

    public static SigningResponse sign(SigningRequest request) {
        TestKeys keys = TestKeys.anvil();
        Reviewer reviewer = new Reviewer(ContactBook.EMPTY, ChainDirectory.NONE, keys.accounts(), request.chainId());
        try (BatchSigner batch = new BatchSigner()) {
            return RequestSigner.sign(request, RequestSigner.review(request, reviewer, null), keys, batch, ProgressSink.NONE);
        }
    }

    /** The pictures in a seeded random order, one of them twice (a user photographs a frame again). */
    public static List<Path> shuffledWithDuplicate(List<Path> frames, long seed) {
        List<Path> out = new ArrayList<>(frames);
        Random r = new Random(seed);
        out.add(frames.get(r.nextInt(frames.size())));
        Collections.shuffle(out, r);
        return out;
    }
}
