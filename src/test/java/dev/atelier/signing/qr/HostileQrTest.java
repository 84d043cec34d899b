package dev.atelier.signing.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sparrowwallet.hummingbird.Bytewords;
import com.sparrowwallet.hummingbird.fountain.FountainEncoder;
import dev.atelier.common.AtelierException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** QR input is whatever a camera sees: one crafted code must not exhaust the signer's memory. */
class HostileQrTest {
    @TempDir
    Path dir;

    private static long allocatedBy(Runnable r) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = mx.getCurrentThreadAllocatedBytes();
        r.run();
        return mx.getCurrentThreadAllocatedBytes() - before;
    }

    /** A syntactically valid UR part (correct bytewords checksum) announcing {@code seqLen} parts of {@code messageLen} bytes. */
    private static String part(int seqLen, int messageLen, int fragmentLen) {
        FountainEncoder.Part p = new FountainEncoder.Part(1, seqLen, messageLen, 0x1234_5678L, new byte[fragmentLen]);
        return "ur:bytes/1-" + seqLen + "/" + Bytewords.encode(p.toCborBytes(), Bytewords.Style.MINIMAL);
    }

    @Test
    void aPartAnnouncingAHundredMillionFramesIsRefusedAtOnce() {
        String hostile = part(100_000_000, 100_000_000, 1); // 60 characters: fits any QR code
        assertThat(hostile.length()).isLessThan(80);
        long allocated = allocatedBy(() -> assertThatThrownBy(() -> new AirGap.UrCollector().receive(hostile))
                .isInstanceOf(AtelierException.class).hasMessageContaining("announces 100000000 parts"));
        assertThat(allocated).isLessThan(8L << 20);
        assertThatThrownBy(() -> AirGap.decode(java.util.List.of(hostile))).isInstanceOf(AtelierException.class);
    }

    @Test
    void aPartAnnouncingAHugeMessageOrInconsistentSizesIsRefused() {
        assertThatThrownBy(() -> new AirGap.UrCollector().receive(part(4, 1 << 30, 3))).hasMessageContaining("at most");
        assertThatThrownBy(() -> new AirGap.UrCollector().receive(part(4, 1000, 10))).hasMessageContaining("announces 4 parts");
        String mismatched = part(4, 100, 25).replace("/1-4/", "/1-5/");
        assertThatThrownBy(() -> new AirGap.UrCollector().receive(mismatched)).isInstanceOf(AtelierException.class);
        assertThatThrownBy(() -> new AirGap.UrCollector().receive("ur:bytes/1-x/abcd")).hasMessageContaining("malformed");
        // an honest first part of a 4-part message is accepted
        assertThat(new AirGap.UrCollector().receive(part(4, 100, 25))).isFalse();
    }

    @Test
    void aHugeImageIsSubsampledWhileReadingAndItsCodeStillFound() throws Exception {
        assertThat(QrCodes.subsampling(12_000, 9_000)).isEqualTo(3);
        assertThat(QrCodes.subsampling(4_000, 100)).isEqualTo(1);
        // 6,000 × 6,000 grey pixels: decoded whole this is 36 MB of pixels (and 576 MB at the 12,000² limit as RGB)
        String text = "ur:bytes/hostile-but-harmless";
        var code = QrCodes.encode(text);
        int scale = 60;
        BufferedImage big = new BufferedImage(6_000, 6_000, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = big.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, big.getWidth(), big.getHeight());
        g.setColor(Color.BLACK);
        for (int y = 0; y < code.getHeight(); y++) {
            for (int x = 0; x < code.getWidth(); x++) {
                if (code.get(x, y)) {
                    g.fillRect(500 + x * scale, 500 + y * scale, scale, scale);
                }
            }
        }
        g.dispose();
        Path png = dir.resolve("big.png");
        ImageIO.write(big, "png", png.toFile());
        big = null;
        BufferedImage[] loaded = new BufferedImage[1];
        long allocated = allocatedBy(() -> loaded[0] = QrCodes.load(png));
        assertThat(loaded[0].getWidth()).isEqualTo(3_000);
        assertThat(allocated).isLessThan(24L << 20);
        assertThat(QrCodes.read(loaded[0])).containsExactly(text);
    }
}
