package dev.atelier.signing.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.zxing.common.BitMatrix;
import com.sparrowwallet.hummingbird.UR;
import com.sparrowwallet.hummingbird.UREncoder;
import dev.atelier.common.AtelierException;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.testing.RandomTxs;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QrRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void aSigningRequestSurvivesEncodePngDecode() throws Exception {
        SigningRequest req = request(1);
        UR ur = AirGap.requestUr(req);
        assertThat(AirGap.singlePart(ur)).isFalse(); // one tx with calldata is already several hundred bytes
        SigningRequest small = SigningRequest.create(31337, "Local sandbox", "One transfer", List.of(SigningRequest.txItem(
                new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                        {"chainId":"0x7a69","nonce":"0x0","to":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","value":"0x1",
                         "gas":"0x5208","maxFeePerGas":"0x3b9aca00","maxPriorityFeePerGas":"0x1"}"""))));
        String text = UREncoder.encode(AirGap.requestUr(small)).toUpperCase(Locale.ROOT);
        Path png = dir.resolve("request.png");
        QrCodes.writePng(QrCodes.encode(text), 6, png);
        List<String> read = QrCodes.read(png);
        assertThat(read).containsExactly(text);
        SigningRequest back = ((AirGap.AtelierRequest) AirGap.decode(read)).request();
        assertThat(back.digest()).isEqualTo(small.digest());
    }

    @Test
    void anAnimatedUrSequenceRoundTripsThroughImages() throws Exception {
        SigningRequest req = request(12);
        UREncoder enc = AirGap.encoder(AirGap.requestUr(req));
        assertThat(enc.getSeqLen()).isGreaterThan(3);
        List<String> scanned = new ArrayList<>();
        AirGap.UrCollector collector = new AirGap.UrCollector();
        boolean done = false;
        for (int frame = 0; frame < enc.getSeqLen() * 3 && !done; frame++) {
            String part = enc.nextPart().toUpperCase(Locale.ROOT);
            if (frame % 4 == 1) {
                continue; // a camera misses frames; fountain codes do not care
            }
            Path png = dir.resolve("frame-" + frame + ".png");
            QrCodes.writePng(QrCodes.encode(part), 4, png);
            String text = QrCodes.read(png).get(0);
            scanned.add(text);
            done = collector.receive(text);
        }
        assertThat(done).isTrue();
        SigningRequest back = ((AirGap.AtelierRequest) AirGap.fromUr(collector.result())).request();
        assertThat(back.digest()).isEqualTo(req.digest());
        assertThat(((AirGap.AtelierRequest) AirGap.decode(scanned)).request().items()).hasSize(12);
    }

    @Test
    void readsACodeFromAPhotoLikeImage() throws Exception {
        String text = UREncoder.encode(AirGap.requestUr(request(1))).toUpperCase(Locale.ROOT);
        UREncoder enc = AirGap.encoder(AirGap.requestUr(request(1)));
        String part = enc.nextPart().toUpperCase(Locale.ROOT);
        BufferedImage code = QrCodes.image(QrCodes.encode(part), 5);
        // a phone photo: bigger frame, uneven light, a slight tilt, noise, JPEG compression
        BufferedImage photo = new BufferedImage(2400, 1800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(205, 195, 180), 2400, 1800, new Color(120, 110, 100)));
        g.fillRect(0, 0, 2400, 1800);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform t = new AffineTransform();
        t.translate(700, 350);
        t.rotate(Math.toRadians(7));
        t.scale(1.6, 1.6);
        g.drawImage(code, t, null);
        g.dispose();
        Random rnd = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            int x = rnd.nextInt(2400);
            int y = rnd.nextInt(1800);
            int c = photo.getRGB(x, y);
            int d = rnd.nextInt(41) - 20;
            int r = clamp(((c >> 16) & 0xff) + d);
            int gg = clamp(((c >> 8) & 0xff) + d);
            int b = clamp((c & 0xff) + d);
            photo.setRGB(x, y, (r << 16) | (gg << 8) | b);
        }
        Path jpg = dir.resolve("photo.jpg");
        ImageIO.write(photo, "jpg", jpg.toFile());
        assertThat(QrCodes.read(jpg)).containsExactly(part);
        assertThat(text).startsWith("UR:BYTES/");
    }

    @Test
    void refusesWhatIsNotAnImageOrHasNoCode() throws Exception {
        Path notImage = Files.writeString(dir.resolve("x.png"), "hello");
        assertThatThrownBy(() -> QrCodes.read(notImage)).isInstanceOf(AtelierException.class).hasMessageContaining("not an image");
        BufferedImage blank = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Path empty = dir.resolve("blank.png");
        ImageIO.write(blank, "png", empty.toFile());
        assertThat(QrCodes.read(empty)).isEmpty();
        assertThatThrownBy(() -> AirGap.decode(List.of())).hasMessageContaining("No QR code was found");
        BitMatrix m = QrCodes.encode("{\"not\":\"a request\"}");
        assertThat(m.getWidth()).isGreaterThan(20);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    static SigningRequest request(int n) {
        RandomTxs gen = new RandomTxs(5);
        List<ObjectNode> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ObjectNode tx = gen.next(i * 3 + 2);
            tx.put("chainId", "0x7a69");
            items.add(SigningRequest.txItem(tx));
        }
        return SigningRequest.create(31337, "Local sandbox", "test batch", items);
    }
}
