package dev.atelier.signing.qr;

import com.sparrowwallet.hummingbird.UR;
import com.sparrowwallet.hummingbird.UREncoder;
import dev.atelier.common.AtelierException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A UR as a finite set of QR pictures, for moving codes between machines as files (no camera): one
 * code when the UR fits, otherwise the {@code seqLen} original fragments of the fountain code, which
 * together are exactly enough to rebuild the message in any order.
 */
public final class QrFrames {
    /** Pixels per QR module in saved PNGs: sharp enough to survive a screenshot or a re-scale. */
    public static final int PNG_SCALE = 6;

    private QrFrames() {
    }

    /** The frames' texts, uppercase (QR alphanumeric mode). */
    public static List<String> texts(UR ur) {
        int size = ur.getCborBytes().length;
        if (size > AirGap.MAX_MESSAGE_BYTES) {
            throw new AtelierException("This is " + (size >> 10) + " KiB; QR codes carry at most " + (AirGap.MAX_MESSAGE_BYTES >> 10)
                    + " KiB (the reader refuses more). Carry the file instead.");
        }
        UREncoder encoder = AirGap.encoder(ur);
        if (encoder.isSinglePart()) {
            return List.of(UREncoder.encode(ur).toUpperCase(Locale.ROOT));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < encoder.getSeqLen(); i++) {
            out.add(encoder.nextPart().toUpperCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * Writes one PNG per frame into {@code dir} as {@code PREFIX-01-of-20.png} (or {@code PREFIX.png}
     * for a single code). Every picture is written beside its final name and moved into place, so a
     * failure leaves no half-written picture.
     */
    public static List<Path> writePngs(UR ur, Path dir, String prefix) {
        if (!Files.isDirectory(dir)) {
            throw new AtelierException("The folder " + dir + " does not exist; create it first.");
        }
        List<String> texts = texts(ur);
        int width = Math.max(2, String.valueOf(texts.size()).length());
        List<Path> written = new ArrayList<>();
        try {
            for (int i = 0; i < texts.size(); i++) {
                String name = texts.size() == 1 ? prefix + ".png"
                        : String.format(Locale.ROOT, "%s-%0" + width + "d-of-%0" + width + "d.png", prefix, i + 1, texts.size());
                Path target = dir.resolve(name);
                Path tmp = dir.resolve("." + name + ".tmp");
                QrCodes.writePng(QrCodes.encode(texts.get(i)), PNG_SCALE, tmp);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(target);
            }
        } catch (IOException e) {
            throw new AtelierException("Cannot write the QR pictures into " + dir + " (" + e.getMessage() + ").", e);
        }
        return written;
    }
}
