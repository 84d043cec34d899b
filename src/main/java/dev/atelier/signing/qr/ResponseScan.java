package dev.atelier.signing.qr;

import com.fasterxml.jackson.databind.JsonNode;
import com.sparrowwallet.hummingbird.UR;
import dev.atelier.common.AtelierException;
import dev.atelier.signing.file.SigningFiles;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.signing.file.SigningResponse;
import java.nio.file.Path;
import java.util.List;

/**
 * The online machine reading a signed response back from QR pictures: photos or screenshots of the
 * offline signer's code, one picture per frame of an animated UR, in any order, duplicates allowed.
 * The parts are collected until the message is whole; then it must be an Atelier signing response,
 * which is verified as a response file is ({@link SigningResponse#parse}: its digest and every
 * signature) and, when the request is known, checked to answer exactly that request.
 */
public final class ResponseScan {
    /** How far the reading is. {@code expected} is 0 until the first part announced its sequence. */
    public record Progress(int received, int expected, boolean complete) {
        public String text() {
            if (complete) {
                return "Complete: " + expected + (expected == 1 ? " part" : " parts") + " read";
            }
            if (expected == 0) {
                return "No part read yet";
            }
            return received + " of ~" + expected + " parts";
        }
    }

    private final SigningRequest expectedRequest;
    private String key;
    private AirGap.UrCollector collector;
    private SigningResponse response;

    /** @param expectedRequest the request the response must answer, or null to accept any valid response */
    public ResponseScan(SigningRequest expectedRequest) {
        this.expectedRequest = expectedRequest;
    }

    /** Reads every QR code in one picture. Errors name the picture; parts read before stay collected. */
    public Progress addImage(Path image) {
        List<String> texts = QrCodes.read(image);
        String name = image.getFileName().toString();
        if (texts.isEmpty()) {
            throw new AtelierException(name + ": no QR code found. Use a sharp picture in which the whole code is visible.");
        }
        Progress p = progress();
        for (String t : texts) {
            p = addText(t, name);
        }
        return p;
    }

    /** One decoded QR text; {@code source} names where it came from in errors. */
    public Progress addText(String text, String source) {
        String t = text.strip();
        if (!t.regionMatches(true, 0, "ur:", 0, 3)) {
            throw new AtelierException(source + ": this QR code is not a signed response (it holds \"" + abbreviate(t)
                    + "\"). Take pictures of the code the offline Sign screen shows after approving.");
        }
        String type = AirGap.urType(t);
        if (!"bytes".equals(type)) {
            throw new AtelierException(source + ": this QR code carries a \"" + type + "\"" + (EthSignature.UR_TYPE.equals(type)
                    ? " (an ERC-4527 answer for a watch-only wallet)" : EthSignRequest.UR_TYPE.equals(type)
                    ? " (an ERC-4527 request)" : "") + ", not an Atelier signed response.");
        }
        String k;
        try {
            k = AirGap.messageKey(t);
        } catch (AtelierException e) {
            throw new AtelierException(source + ": " + e.userMessage(), e);
        }
        if (response != null || (key != null && !key.equals(k))) {
            if (key != null && key.equals(k)) {
                return progress(); // a duplicate of a part already read
            }
            throw new AtelierException(source + ": this picture shows a different QR message from the earlier pictures "
                    + "(another request or response); leave it out.");
        }
        if (key == null) {
            key = k;
            collector = new AirGap.UrCollector();
        }
        boolean done;
        try {
            done = collector.receive(t);
        } catch (AtelierException e) {
            throw new AtelierException(source + ": " + e.userMessage(), e);
        }
        if (done) {
            finish();
        }
        return progress();
    }

    private void finish() {
        try {
            UR ur = collector.result();
            byte[] bytes;
            try {
                bytes = ur.toBytes();
            } catch (UR.InvalidCBORException e) {
                throw new AtelierException("The QR payload is damaged (invalid CBOR).", e);
            }
            JsonNode n = SigningFiles.parse(bytes, "The QR message");
            String format = n.path("format").asText("");
            if (SigningRequest.FORMAT.equals(format)) {
                throw new AtelierException("These pictures show a signing request, not the signed response. Sign it on the "
                        + "offline machine and take pictures of the code it shows after approving.");
            }
            if (!SigningResponse.FORMAT.equals(format)) {
                throw new AtelierException("The QR message is JSON but not an Atelier signed response (no \"format\": \""
                        + SigningResponse.FORMAT + "\").");
            }
            SigningResponse r = SigningResponse.parse(n);
            if (expectedRequest != null) {
                r.checkAnswers(expectedRequest);
            }
            response = r;
        } catch (AtelierException e) {
            // the whole message is unusable: start over with the next picture
            key = null;
            collector = null;
            throw e;
        }
    }

    public Progress progress() {
        if (collector == null) {
            return new Progress(0, 0, false);
        }
        int expected = Math.max(1, collector.expectedParts());
        if (response != null) {
            return new Progress(expected, expected, true);
        }
        return new Progress(Math.min(collector.receivedParts(), expected), expected, false);
    }

    public boolean complete() {
        return response != null;
    }

    /** The verified response; throws, saying how many parts are missing, while incomplete. */
    public SigningResponse response() {
        if (response == null) {
            Progress p = progress();
            if (p.expected() == 0) {
                throw new AtelierException("No part of a signed response was read yet.");
            }
            int missing = Math.max(1, p.expected() - p.received());
            throw new AtelierException("The QR sequence is incomplete: " + p.received() + " of " + p.expected()
                    + " parts read, " + missing + (missing == 1 ? " part is" : " parts are")
                    + " missing. Add pictures of the remaining frames.");
        }
        return response;
    }

    private static String abbreviate(String t) {
        String one = t.replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 37) + "..." : one;
    }
}
