package dev.atelier.signing.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sparrowwallet.hummingbird.UR;
import com.sparrowwallet.hummingbird.UREncoder;
import dev.atelier.common.AtelierException;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.signing.file.SigningResponse;
import dev.atelier.testing.QrAirGap;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request → PNG frames → offline read and sign → response frames → read back online, and every refusal. */
class ResponseScanTest {
    @TempDir
    Path dir;

    private List<Path> responseFrames(SigningRequest request, String sub) throws Exception {
        Path req = Files.createDirectories(dir.resolve(sub + "-req"));
        Path resp = Files.createDirectories(dir.resolve(sub + "-resp"));
        return QrAirGap.signOffline(QrFrames.writePngs(AirGap.requestUr(request), req, "atelier-request"), resp);
    }

    @Test
    void aRequestTravelsAsPicturesAndItsResponseComesBackInAnyOrderWithDuplicates() throws Exception {
        SigningRequest request = QrAirGap.transfers(8, 0, "Eight transfers");
        List<Path> requestFrames = QrFrames.writePngs(AirGap.requestUr(request), Files.createDirectories(dir.resolve("r")), "atelier-request");
        assertThat(requestFrames).hasSizeGreaterThan(3);
        assertThat(requestFrames.get(0).getFileName().toString()).matches("atelier-request-01-of-\\d\\d\\.png");
        // every frame alone is a readable QR code holding one UR part
        for (Path p : requestFrames) {
            assertThat(QrCodes.read(p)).singleElement().asString().startsWith("UR:BYTES/");
        }
        List<Path> frames = QrAirGap.signOffline(requestFrames, Files.createDirectories(dir.resolve("s")));
        assertThat(frames).hasSizeGreaterThan(3);

        ResponseScan scan = new ResponseScan(request);
        List<Path> order = QrAirGap.shuffledWithDuplicate(frames, 42);
        ResponseScan.Progress p = null;
        for (int i = 0; i < order.size() && !scan.complete(); i++) {
            p = scan.addImage(order.get(i));
        }
        assertThat(scan.complete()).isTrue();
        assertThat(p.complete()).isTrue();
        assertThat(p.text()).isEqualTo("Complete: " + frames.size() + " parts read");
        SigningResponse r = scan.response();
        r.checkAnswers(request);
        assertThat(r.results()).hasSize(8);
        // a duplicate after completion is harmless
        assertThat(scan.addImage(frames.get(0)).complete()).isTrue();
    }

    @Test
    void anIncompleteSequenceSaysHowManyPartsAreMissing() throws Exception {
        SigningRequest request = QrAirGap.transfers(8, 0, "Eight");
        List<Path> frames = responseFrames(request, "inc");
        int n = frames.size();
        ResponseScan scan = new ResponseScan(request);
        ResponseScan.Progress p = null;
        for (int i = 0; i < n - 2; i++) {
            p = scan.addImage(frames.get(i));
        }
        assertThat(p.complete()).isFalse();
        assertThat(p.expected()).isEqualTo(n);
        assertThat(p.received()).isEqualTo(n - 2);
        assertThat(p.text()).isEqualTo((n - 2) + " of ~" + n + " parts");
        assertThatThrownBy(scan::response).isInstanceOf(AtelierException.class)
                .hasMessageContaining((n - 2) + " of " + n + " parts read, 2 parts are missing");
        scan.addImage(frames.get(n - 1));
        scan.addImage(frames.get(n - 2));
        assertThat(scan.complete()).isTrue();
    }

    @Test
    void aResponseToAnotherRequestIsRefused() throws Exception {
        SigningRequest mine = QrAirGap.transfers(3, 0, "Mine");
        SigningRequest other = QrAirGap.transfers(3, 5, "Other");
        List<Path> frames = responseFrames(other, "other");
        ResponseScan scan = new ResponseScan(mine);
        assertThatThrownBy(() -> frames.forEach(scan::addImage)).isInstanceOf(AtelierException.class)
                .hasMessageContaining("answers a different request");
        assertThat(scan.complete()).isFalse();
        // without a known request it is a valid response (its own digest and signatures check out)
        ResponseScan any = new ResponseScan(null);
        frames.forEach(any::addImage);
        assertThat(any.response().requestDigest()).isEqualTo(other.digest());
    }

    @Test
    void picturesThatAreNotTheResponseAreRefusedClearly() throws Exception {
        SigningRequest request = QrAirGap.transfers(3, 0, "Three");
        ResponseScan scan = new ResponseScan(request);
        // not a QR code at all
        Path blank = dir.resolve("holiday.png");
        BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                img.setRGB(x, y, (x * 7 + y * 13) % 255 * 0x010101);
            }
        }
        ImageIO.write(img, "png", blank.toFile());
        assertThatThrownBy(() -> scan.addImage(blank)).hasMessageStartingWith("holiday.png: no QR code found");
        // a QR code of something else: a web address
        Path url = dir.resolve("url.png");
        QrCodes.writePng(QrCodes.encode("https://example.com/menu"), 6, url);
        assertThatThrownBy(() -> scan.addImage(url)).hasMessageContaining("url.png: this QR code is not a signed response")
                .hasMessageContaining("https://example.com/menu");
        // an ERC-4527 answer meant for a watch-only wallet
        Path sig = dir.resolve("sig.png");
        QrCodes.writePng(QrCodes.encode(UREncoder.encode(new UR("eth-signature", new byte[] {(byte) 0xa1, 1, 2}))
                .toUpperCase(Locale.ROOT)), 6, sig);
        assertThatThrownBy(() -> scan.addImage(sig)).hasMessageContaining("carries a \"eth-signature\"");
        // the request's own frames photographed by mistake
        List<Path> reqFrames = QrFrames.writePngs(AirGap.requestUr(request), Files.createDirectories(dir.resolve("rq")), "atelier-request");
        assertThatThrownBy(() -> reqFrames.forEach(scan::addImage)).hasMessageContaining("show a signing request, not the signed response");
        // after those refusals the real response still reads
        responseFrames(request, "ok").forEach(scan::addImage);
        assertThat(scan.response().results()).hasSize(3);
    }

    @Test
    void framesOfTwoDifferentMessagesAreNotMixed() throws Exception {
        SigningRequest request = QrAirGap.transfers(8, 0, "Eight");
        List<Path> a = responseFrames(request, "a");
        List<Path> b = responseFrames(QrAirGap.transfers(8, 20, "Other eight"), "b");
        ResponseScan scan = new ResponseScan(request);
        scan.addImage(a.get(0));
        assertThatThrownBy(() -> scan.addImage(b.get(1))).hasMessageContaining("different QR message from the earlier pictures");
        List<Path> rest = new ArrayList<>(a.subList(1, a.size()));
        rest.forEach(scan::addImage);
        assertThat(scan.complete()).isTrue();
    }

    @Test
    void aMessageTooLargeForTheReaderIsNotWrittenAsPictures() throws Exception {
        UR huge = UR.fromBytes(new byte[AirGap.MAX_MESSAGE_BYTES + 1]);
        assertThatThrownBy(() -> QrFrames.writePngs(huge, dir, "big")).isInstanceOf(AtelierException.class)
                .hasMessageContaining("Carry the file instead");
        try (var s = Files.list(dir)) {
            assertThat(s.count()).isZero();
        }
    }
}
