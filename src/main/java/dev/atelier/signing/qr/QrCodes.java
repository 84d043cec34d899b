package dev.atelier.signing.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import dev.atelier.common.AtelierException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * QR codes with ZXing: encode text to a module matrix (and PNG), and read every QR code in an image
 * file — a screenshot or a phone photo. Reading tries the hybrid binarizer with TRY_HARDER (also
 * inverted codes), then the global-histogram binarizer, then a pure-code pass, each at full size
 * and scaled down (large photos decode better smaller). Images are bounded before decoding.
 */
public final class QrCodes {
    public static final long MAX_IMAGE_BYTES = 40L << 20;
    public static final int MAX_IMAGE_SIDE = 12_000;
    /** Pixels per side actually decoded (larger images are subsampled while reading). */
    static final int DECODE_SIDE = 4_000;
    /** Safe capacity of one code at error correction M for our alphanumeric UR parts. */
    public static final int MAX_SINGLE_CODE_CHARS = 1_800;

    private QrCodes() {
    }

    /** The module matrix (quiet zone included) for {@code text}, error correction M. */
    public static BitMatrix encode(String text) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 4);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException | IllegalArgumentException e) {
            throw new AtelierException("The data is too large for one QR code (" + text.length() + " characters).", e);
        }
    }

    /** A black-on-white image, {@code scale} pixels per module. */
    public static BufferedImage image(BitMatrix m, int scale) {
        int w = m.getWidth() * scale;
        int h = m.getHeight() * scale;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                int rgb = m.get(x, y) ? 0x000000 : 0xffffff;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        img.setRGB(x * scale + dx, y * scale + dy, rgb);
                    }
                }
            }
        }
        return img;
    }

    public static void writePng(BitMatrix m, int scale, Path file) throws IOException {
        MatrixToImageWriter.writeToPath(scaled(m, scale), "PNG", file);
    }

    private static BitMatrix scaled(BitMatrix m, int scale) {
        BitMatrix out = new BitMatrix(m.getWidth() * scale, m.getHeight() * scale);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    out.setRegion(x * scale, y * scale, scale, scale);
                }
            }
        }
        return out;
    }

    /** Every QR code found in the image file (texts in the order found; duplicates removed). */
    public static List<String> read(Path file) {
        return read(load(file));
    }

    public static List<String> read(BufferedImage image) {
        Set<String> found = new LinkedHashSet<>();
        List<BufferedImage> sizes = new ArrayList<>();
        sizes.add(image);
        int longest = Math.max(image.getWidth(), image.getHeight());
        for (int target : new int[] {1600, 800}) {
            if (longest > target * 1.3) {
                sizes.add(downscale(image, (double) target / longest));
            }
        }
        List<Function<LuminanceSource, Binarizer>> binarizers = List.of(HybridBinarizer::new, GlobalHistogramBinarizer::new);
        for (BufferedImage img : sizes) {
            LuminanceSource src = new BufferedImageLuminanceSource(img);
            for (Function<LuminanceSource, Binarizer> b : binarizers) {
                found.addAll(decodeAll(new BinaryBitmap(b.apply(src))));
                if (!found.isEmpty()) {
                    return List.copyOf(found);
                }
            }
        }
        // a clean, tightly cropped code (e.g. a PNG we wrote without a quiet zone)
        Map<DecodeHintType, Object> pure = new EnumMap<>(DecodeHintType.class);
        pure.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
        try {
            Result r = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))), pure);
            found.add(r.getText());
        } catch (com.google.zxing.ReaderException e) {
            // nothing found
        }
        return List.copyOf(found);
    }

    private static List<String> decodeAll(BinaryBitmap bitmap) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.ALSO_INVERTED, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        List<String> out = new ArrayList<>();
        try {
            for (Result r : new QRCodeMultiReader().decodeMultiple(bitmap, hints)) {
                out.add(r.getText());
            }
        } catch (NotFoundException e) {
            try {
                out.add(new QRCodeReader().decode(bitmap, hints).getText());
            } catch (com.google.zxing.ReaderException e2) {
                // none
            }
        }
        return out;
    }

    private static BufferedImage downscale(BufferedImage src, double f) {
        int w = Math.max(1, (int) Math.round(src.getWidth() * f));
        int h = Math.max(1, (int) Math.round(src.getHeight() * f));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** Reads an image, refusing oversized files and dimensions before decoding pixels. */
    static BufferedImage load(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_IMAGE_BYTES) {
                throw new AtelierException(file.getFileName() + " is " + (size >> 20) + " MiB; images up to "
                        + (MAX_IMAGE_BYTES >> 20) + " MiB are read.");
            }
            try (InputStream in = Files.newInputStream(file); ImageInputStream iis = ImageIO.createImageInputStream(in)) {
                Iterator<ImageReader> readers = ImageIO.getImageReaders(iis);
                if (iis == null || !readers.hasNext()) {
                    throw new AtelierException(file.getFileName() + " is not an image Atelier can read (PNG, JPEG, GIF or BMP).");
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(iis, true, true);
                    int w = reader.getWidth(0);
                    int h = reader.getHeight(0);
                    if (w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE) {
                        throw new AtelierException(file.getFileName() + " is " + w + "×" + h + " pixels; images up to "
                                + MAX_IMAGE_SIDE + " pixels per side are read.");
                    }
                    // Decode at most ~DECODE_SIDE pixels per side: a 12,000² image would take 576 MB as
                    // pixels (a tiny, highly compressed PNG can declare that), and QR codes read well smaller.
                    javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
                    int step = subsampling(w, h);
                    if (step > 1) {
                        param.setSourceSubsampling(step, step, 0, 0);
                    }
                    return reader.read(0, param);
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException e) {
            throw new AtelierException("Cannot read the image " + file.getFileName() + ": it is damaged or not an image.", e);
        }
    }

    /** The integer step that brings the longer side to at most {@link #DECODE_SIDE}. */
    static int subsampling(int width, int height) {
        int longest = Math.max(width, height);
        return Math.max(1, (longest + DECODE_SIDE - 1) / DECODE_SIDE);
    }

    /** True when the file starts like a PNG, JPEG, GIF or BMP. */
    public static boolean looksLikeImage(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] h = in.readNBytes(4);
            return h.length >= 2 && ((h[0] == (byte) 0x89 && h[1] == 'P') || (h[0] == (byte) 0xff && h[1] == (byte) 0xd8)
                    || (h[0] == 'G' && h[1] == 'I') || (h[0] == 'B' && h[1] == 'M'));
        } catch (IOException e) {
            return false;
        }
    }
}
