package dev.atelier.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.asset.image.ImageInfo;
import dev.atelier.asset.image.Images;
import dev.atelier.common.AtelierException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images are recognised by content, measured from their headers, and hostile ones refused before decoding. */
class ImagesTest {
    @TempDir
    Path dir;

    static byte[] png(int w, int h) {
        return encode(checker(w, h), "png");
    }

    static BufferedImage checker(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        for (int y = 0; y < h; y += 8) {
            for (int x = 0; x < w; x += 8) {
                g.setColor(((x + y) / 8) % 2 == 0 ? new Color(200, 40, 40) : new Color(40, 40, 200));
                g.fillRect(x, y, 8, 8);
            }
        }
        g.dispose();
        return img;
    }

    static byte[] encode(BufferedImage img, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(ImageIO.write(img, format, out)).as("writer for " + format).isTrue();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG whose header claims the given size, with no pixel data: a decompression-bomb stand-in. */
    static byte[] pngHeaderOnly(int w, int h) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes()).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer b = ByteBuffer.allocate(8 + 4 + 17 + 4);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}).putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        return b.array();
    }

    @Test
    void commonFormatsAreRecognisedAndMeasured() throws Exception {
        BufferedImage img = checker(40, 24);
        Map<String, byte[]> files = Map.of("a.png", encode(img, "png"), "a.jpg", encode(img, "jpeg"),
                "a.bmp", encode(img, "bmp"), "a.gif", encode(img, "gif"));
        AssetInspector inspector = new AssetInspector();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path f = Files.write(dir.resolve(e.getKey()), e.getValue());
            AssetReport r = inspector.inspect(f, null);
            assertThat(r.kind()).isEqualTo(AssetKind.IMAGE);
            assertThat(r.width()).as(e.getKey()).isEqualTo(40);
            assertThat(r.height()).as(e.getKey()).isEqualTo(24);
            assertThat(r.issues()).isEmpty();
        }
    }

    @Test
    void webpAndAnimatedGifFromImageMagick() throws Exception {
        Path png = Files.write(dir.resolve("in.png"), png(32, 16));
        Path webp = dir.resolve("out.webp");
        Path gif = dir.resolve("anim.gif");
        run(List.of("convert", png.toString(), webp.toString()));
        run(List.of("convert", "-delay", "10", "-size", "20x10", "xc:red", "xc:green", "xc:blue", gif.toString()));
        AssetReport w = new AssetInspector().inspect(webp, null);
        assertThat(w.assetType()).isEqualTo(AssetType.WEBP);
        assertThat(w.width()).isEqualTo(32);
        assertThat(w.height()).isEqualTo(16);
        assertThat(Images.decode(Files.readAllBytes(webp), 0, AssetLimits.DEFAULT).getWidth()).isEqualTo(32);
        AssetReport g = new AssetInspector().inspect(gif, null);
        assertThat(g.frames()).isEqualTo(3);
        assertThat(g.width()).isEqualTo(20);
    }

    static void run(List<String> cmd) throws Exception {
        var r = dev.atelier.testing.Proc.run(cmd, Map.of(), null, 60);
        assertThat(r.code()).as(String.join(" ", cmd) + ": " + r.err()).isZero();
    }

    @Test
    void decompressionBombIsRefusedFromItsHeader() throws Exception {
        byte[] bomb = pngHeaderOnly(60_000, 60_000);
        ImageInfo info = Images.probe(bomb, AssetLimits.DEFAULT);
        assertThat(info.pixels()).isEqualTo(3_600_000_000L);
        assertThatThrownBy(() -> Images.decode(bomb, 256, AssetLimits.DEFAULT)).isInstanceOf(AtelierException.class)
                .hasMessageContaining("60000×60000").hasMessageContaining("megapixel limit");
        Path f = Files.write(dir.resolve("bomb.png"), bomb);
        AssetReport r = new AssetInspector().inspect(f, null);
        assertThat(r.issues()).extracting(Issue::code).containsExactly("IMAGE_TOO_LARGE");
    }

    @Test
    void svgRendersWithoutLoadingExternalResources() throws Exception {
        Path secret = Files.write(dir.resolve("secret.png"), png(10, 10));
        String svg = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50">
              <script>alert(1)</script>
              <rect width="100" height="50" fill="#00ff00"/>
              <image x="0" y="0" width="100" height="50" xlink:href="%s"/>
              <image x="0" y="0" width="100" height="50" href="http://127.0.0.1:9/x.png"/>
            </svg>""".formatted(secret.toUri());
        byte[] data = svg.getBytes();
        ImageInfo info = Images.probe(data, AssetLimits.DEFAULT);
        assertThat(info.width()).isEqualTo(100);
        assertThat(info.height()).isEqualTo(50);
        BufferedImage img = Images.decode(data, 0, AssetLimits.DEFAULT);
        // The rectangle is drawn; the referenced local image (red/blue checker) is not.
        assertThat(img.getRGB(50, 25) & 0xFFFFFF).isEqualTo(0x00FF00);
        assertThat(img.getRGB(3, 3) & 0xFFFFFF).isEqualTo(0x00FF00);
    }

    @Test
    void svgWithEntitiesIsRefused() {
        byte[] xxe = """
            <?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&x;</text></svg>""".getBytes();
        assertThatThrownBy(() -> Images.probe(xxe, AssetLimits.DEFAULT)).isInstanceOf(AtelierException.class)
                .hasMessageContaining("entities");
    }

    @Test
    void notAnImageIsAClearError() throws Exception {
        Path f = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> new AssetInspector().inspect(f, null)).isInstanceOf(AtelierException.class)
                .hasMessageContaining("not a file type Atelier knows");
    }
}
