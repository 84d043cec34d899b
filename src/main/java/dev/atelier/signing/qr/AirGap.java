package dev.atelier.signing.qr;

import com.fasterxml.jackson.databind.JsonNode;
import com.sparrowwallet.hummingbird.Bytewords;
import com.sparrowwallet.hummingbird.ResultType;
import com.sparrowwallet.hummingbird.UR;
import com.sparrowwallet.hummingbird.URDecoder;
import com.sparrowwallet.hummingbird.UREncoder;
import com.sparrowwallet.hummingbird.fountain.FountainEncoder;
import dev.atelier.common.AtelierException;
import dev.atelier.signing.file.SigningFiles;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.signing.file.SigningResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * What crosses the air gap by QR code. Incoming: an Atelier request as JSON text or as a UR
 * {@code bytes} payload (animated when large), an ERC-4527 {@code eth-sign-request}, or bare JSON
 * (a transaction request or typed data, which the caller wraps). Outgoing: the response as UR
 * {@code bytes} or an {@code eth-signature}, as one QR code or as an animated fountain-coded sequence.
 */
public final class AirGap {
    /** Fragment length for animated codes: small enough for cheap phone cameras to read quickly. */
    public static final int MAX_FRAGMENT = 250;
    static final int MAX_PARTS = 10_000;
    /** The largest message accepted by QR (≈ 8,400 frames of 250 bytes would be needed; nobody scans that). */
    static final int MAX_MESSAGE_BYTES = 2 << 20;
    /** One QR code holds at most ≈ 4,300 characters; pasted text is allowed more, but not unbounded. */
    static final int MAX_PART_CHARS = 64 * 1024;

    private AirGap() {
    }

    /** A decoded incoming payload. */
    public sealed interface Incoming {
    }

    /** An Atelier signing request file. */
    public record AtelierRequest(SigningRequest request) implements Incoming {
    }

    /** An ERC-4527 sign request. */
    public record Erc4527Request(EthSignRequest request) implements Incoming {
    }

    /** Plain JSON that is not a signing request file (the caller decides what it is). */
    public record BareJson(JsonNode json) implements Incoming {
    }

    /** Collects the parts of a (possibly animated) UR until the message is complete. */
    public static final class UrCollector {
        private final URDecoder decoder = new URDecoder();
        private int received;

        /** @return true once the whole UR has been received */
        public boolean receive(String part) {
            if (++received > MAX_PARTS) {
                throw new AtelierException("Too many QR parts without completing the message; start again.");
            }
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (!p.startsWith("ur:")) {
                throw new AtelierException("This QR code is not part of a UR sequence.");
            }
            checkBounds(p);
            try {
                decoder.receivePart(p);
            } catch (RuntimeException damaged) {
                throw new AtelierException("This QR code is damaged (its checksum does not match). Scan it again.", damaged);
            }
            URDecoder.Result r = decoder.getResult();
            if (r != null && r.type == ResultType.FAILURE) {
                throw new AtelierException("The QR sequence is damaged or mixes two different messages (" + r.error + ").");
            }
            return r != null && r.type == ResultType.SUCCESS;
        }

        /**
         * Refuses a part whose header announces more than we accept, before hummingbird sees it: its
         * decoder sizes its bookkeeping by the announced sequence length, so one 60-character part
         * claiming "1-100000000" would exhaust the memory. UR spec (BCR-2020-005): a multi-part UR is
         * {@code ur:type/seqNum-seqLen/bytewords(cbor [seqNum, seqLen, messageLen, checksum, fragment])}.
         */
        private static void checkBounds(String p) {
            if (p.length() > MAX_PART_CHARS) {
                throw new AtelierException("This QR text is " + p.length() + " characters; a UR part is at most "
                        + MAX_PART_CHARS + ".");
            }
            String[] c = p.substring(3).split("/");
            if (c.length != 3) {
                return; // single-part UR: its size is the text's
            }
            String[] seq = c[1].split("-");
            long announced;
            try {
                if (seq.length != 2 || seq[1].length() > 9) {
                    throw new NumberFormatException();
                }
                announced = Long.parseLong(seq[1]);
            } catch (NumberFormatException e) {
                throw new AtelierException("This QR code's UR sequence number is malformed (\"" + (c[1].length() > 24 ? c[1].substring(0, 21) + "..." : c[1]) + "\").");
            }
            FountainEncoder.Part part;
            try {
                part = FountainEncoder.Part.fromCborBytes(Bytewords.decode(c[2], Bytewords.Style.MINIMAL));
            } catch (Exception damaged) {
                throw new AtelierException("This QR code is damaged (its checksum does not match). Scan it again.", damaged);
            }
            long seqLen = part.getSeqLen();
            long messageLen = part.getMessageLen();
            int fragment = part.getData().length;
            if (seqLen != announced || seqLen < 1 || seqLen > MAX_PARTS || messageLen < 1 || messageLen > MAX_MESSAGE_BYTES
                    || fragment < 1 || (long) fragment * seqLen < messageLen || fragment > messageLen) {
                throw new AtelierException("This QR sequence announces " + seqLen + " parts for " + messageLen
                        + " bytes; Atelier reads at most " + MAX_PARTS + " parts and " + (MAX_MESSAGE_BYTES >> 10)
                        + " KiB by QR. It is damaged or not meant for a signer.");
            }
        }

        public double progress() {
            return decoder.getEstimatedPercentComplete();
        }

        public int expectedParts() {
            return decoder.getExpectedPartCount();
        }

        /** Distinct original parts received so far (fountain-mixed parts count once they are resolved). */
        public int receivedParts() {
            return decoder.getReceivedPartIndexes().size();
        }

        /** True once at least one part was accepted. */
        public boolean started() {
            return received > 0;
        }

        public UR result() {
            URDecoder.Result r = decoder.getResult();
            if (r == null || r.type != ResultType.SUCCESS) {
                throw new AtelierException("The QR sequence is incomplete: " + Math.round(progress() * 100)
                        + " % received. Show the remaining codes.");
            }
            return r.ur;
        }
    }

    /**
     * Which message a UR part belongs to: its type and, for a part of an animated sequence, the
     * sequence length, message length and checksum every frame of that message carries (single-part
     * URs are keyed by their text). Two keys differ when two different messages were photographed.
     */
    public static String messageKey(String part) {
        String p = part.strip().toLowerCase(Locale.ROOT);
        if (!p.startsWith("ur:")) {
            throw new AtelierException("This QR code is not part of a UR sequence.");
        }
        UrCollector.checkBounds(p);
        String[] c = p.substring(3).split("/");
        if (c.length != 3) {
            return p;
        }
        try {
            FountainEncoder.Part f = FountainEncoder.Part.fromCborBytes(Bytewords.decode(c[2], Bytewords.Style.MINIMAL));
            return c[0] + "/" + f.getSeqLen() + "/" + f.getMessageLen() + "/" + Long.toHexString(f.getChecksum());
        } catch (Exception damaged) {
            throw new AtelierException("This QR code is damaged (its checksum does not match). Scan it again.", damaged);
        }
    }

    /** The UR type named by a part ({@code ur:TYPE/...}). */
    public static String urType(String part) {
        String p = part.strip().toLowerCase(Locale.ROOT);
        int slash = p.indexOf('/');
        return p.startsWith("ur:") && slash > 3 ? p.substring(3, slash) : "";
    }

    /** Decodes scanned or pasted text: UR part(s) or JSON. */
    public static Incoming decode(List<String> texts) {
        if (texts.isEmpty()) {
            throw new AtelierException("No QR code was found. Use a sharper, well-lit picture in which the whole code is visible.");
        }
        String first = texts.get(0).strip();
        if (first.regionMatches(true, 0, "ur:", 0, 3)) {
            UrCollector c = new UrCollector();
            boolean done = false;
            for (String t : texts) {
                done = c.receive(t);
                if (done) {
                    break;
                }
            }
            if (!done) {
                c.result(); // throws with the progress
            }
            return fromUr(c.result());
        }
        if (texts.size() > 1) {
            throw new AtelierException("Found " + texts.size() + " QR codes that are not parts of one UR sequence; show one request at a time.");
        }
        return fromJson(first.getBytes(StandardCharsets.UTF_8));
    }

    public static Incoming fromUr(UR ur) {
        try {
            switch (ur.getType()) {
                case EthSignRequest.UR_TYPE:
                    return new Erc4527Request(EthSignRequest.fromCbor(ur.getCborBytes()));
                case "bytes":
                    return fromJson(ur.toBytes());
                default:
                    throw new AtelierException("This QR code carries a \"" + ur.getType() + "\", not a signing request.");
            }
        } catch (UR.InvalidCBORException e) {
            throw new AtelierException("The QR payload is damaged (invalid CBOR).", e);
        }
    }

    static Incoming fromJson(byte[] json) {
        JsonNode n = SigningFiles.parse(json, "The QR payload");
        if (n.isObject() && SigningRequest.FORMAT.equals(n.path("format").asText())) {
            return new AtelierRequest(SigningRequest.parse(n));
        }
        return new BareJson(n);
    }

    /** The response as a UR {@code bytes} payload. */
    public static UR responseUr(SigningResponse response) {
        try {
            return UR.fromBytes(compactJson(response));
        } catch (UR.URException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ERC-4527 answer. */
    public static UR signatureUr(EthSignature signature) {
        try {
            return new UR(EthSignature.UR_TYPE, signature.toCbor());
        } catch (UR.InvalidTypeException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request as a UR {@code bytes} payload (the online machine's side; also used in tests). */
    public static UR requestUr(SigningRequest request) {
        try {
            return UR.fromBytes(SigningFiles.mapper().writeValueAsBytes(request.json()));
        } catch (UR.URException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fountain encoder: {@code nextPart()} yields the next frame of the animation (uppercase for QR alphanumeric mode). */
    public static UREncoder encoder(UR ur) {
        return new UREncoder(ur, MAX_FRAGMENT, 10, 0);
    }

    /** True when the UR fits one QR code. */
    public static boolean singlePart(UR ur) {
        return encoder(ur).isSinglePart();
    }

    private static byte[] compactJson(SigningResponse response) {
        try {
            return SigningFiles.mapper().writeValueAsBytes(response.json());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
