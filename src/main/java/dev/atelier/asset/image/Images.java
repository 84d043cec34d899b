package dev.atelier.asset.image;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.geometry.size.FloatSize;
import com.github.weisj.jsvg.parser.DocumentLimits;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.ResourcePolicy;
import com.github.weisj.jsvg.parser.SVGLoader;
import dev.atelier.asset.AssetLimits;
import dev.atelier.common.AtelierException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads images safely: the header first (format, size, frames), the pixel count checked against
 * the cap before any pixel is decoded, and large images decoded subsampled when only a preview
 * size is wanted. PNG, JPEG, GIF, BMP through ImageIO, WebP through the TwelveMonkeys plugin, SVG
 * through JSVG with every external resource denied (JSVG has no script engine).
 */
public final class Images {
    private static final int SVG_MAX_BYTES = 8 << 20;
    /** JSVG reports each refused external reference at INFO through java.util.logging, which would print on stderr. */
    private static final java.util.logging.Logger JSVG_LOG = java.util.logging.Logger.getLogger("com.github.weisj.jsvg");

    private Images() {
    }

    static {
        ImageIO.setUseCache(false); // no temp files for untrusted streams
        JSVG_LOG.setLevel(java.util.logging.Level.OFF); // parse failures become AtelierExceptions instead
        JSVG_LOG.setUseParentHandlers(false);
    }

    public static boolean looksLikeSvg(byte[] data) {
        int n = Math.min(data.length, 1024);
        String head = new String(data, 0, n, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return head.contains("<svg") || (head.stripLeading().startsWith("<?xml") && head.contains("svg"));
    }

    /** Reads the header only, from the file (a huge file is never loaded whole just to be measured). */
    public static ImageInfo probe(java.nio.file.Path file, AssetLimits limits) {
        try {
            byte[] head;
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                head = in.readNBytes(1024);
            }
            if (looksLikeSvg(head)) {
                if (java.nio.file.Files.size(file) > SVG_MAX_BYTES) {
                    throw new AtelierException("This SVG is larger than " + (SVG_MAX_BYTES >> 20) + " MB, the limit for vector images.");
                }
                return probe(java.nio.file.Files.readAllBytes(file), limits);
            }
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                return probe(in);
            }
        } catch (IOException e) {
            throw new AtelierException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Reads the header only. */
    public static ImageInfo probe(byte[] data, AssetLimits limits) {
        if (looksLikeSvg(data)) {
            FloatSize size = svg(data).size();
            return new ImageInfo("svg", Math.round(size.width), Math.round(size.height), 1);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            return probe(in);
        } catch (IOException e) {
            throw new AtelierException("This image is damaged or in a format Atelier cannot read (" + describe(e) + ").", e);
        }
    }

    private static ImageInfo probe(ImageInputStream in) {
        try {
            ImageReader reader = reader(in);
            try {
                reader.setInput(in, false, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                int frames = 1;
                if (format.equals("gif") || format.equals("webp")) {
                    frames = Math.max(1, reader.getNumImages(true));
                }
                return new ImageInfo(format.equals("jpg") ? "jpeg" : format, w, h, frames);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof AtelierException ae) {
                throw ae;
            }
            throw new AtelierException("This image is damaged or in a format Atelier cannot read (" + describe(e) + ").", e);
        }
    }

    /**
     * Decodes the first frame, refusing images over the pixel cap and subsampling so that neither
     * side exceeds {@code maxSide} by more than 2× (0 = full size).
     */
    public static BufferedImage decode(byte[] data, int maxSide, AssetLimits limits) {
        ImageInfo info = probe(data, limits);
        checkPixels(info, limits);
        if (info.format().equals("svg")) {
            return renderSvg(data, info, maxSide);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            ImageReader reader = reader(in);
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int longest = Math.max(info.width(), info.height());
                if (maxSide > 0 && longest > maxSide * 2) {
                    int step = longest / maxSide;
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage img = reader.read(0, param);
                return img;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof AtelierException ae) {
                throw ae;
            }
            throw new AtelierException("This image is damaged and cannot be decoded (" + describe(e) + ").", e);
        }
    }

    public static void checkPixels(ImageInfo info, AssetLimits limits) {
        if (info.width() <= 0 || info.height() <= 0) {
            throw new AtelierException("This image declares an empty size (" + info.width() + "×" + info.height() + ").");
        }
        if (info.pixels() > limits.maxImagePixels()) {
            throw new AtelierException("This image is " + info.width() + "×" + info.height() + " pixels, over the "
                    + limits.maxImagePixels() / 1_000_000 + "-megapixel limit. It was not decoded (it could exhaust memory).");
        }
    }

    /** Scales an image to fit in a square of {@code side} pixels, keeping its aspect ratio, with smooth filtering. */
    public static BufferedImage fit(BufferedImage src, int side) {
        double s = Math.min(1.0, side / (double) Math.max(src.getWidth(), src.getHeight()));
        int w = Math.max(1, (int) Math.round(src.getWidth() * s));
        int h = Math.max(1, (int) Math.round(src.getHeight() * s));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static ImageReader reader(ImageInputStream in) {
        if (in == null) {
            throw new AtelierException("This image cannot be read.");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new AtelierException("This file is not an image format Atelier reads (PNG, JPEG, GIF, BMP, WebP, SVG).");
        }
        return readers.next();
    }

    static SVGDocument svg(byte[] data) {
        if (data.length > SVG_MAX_BYTES) {
            throw new AtelierException("This SVG is larger than " + (SVG_MAX_BYTES >> 20) + " MB, the limit for vector images.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(data)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new AtelierException("This SVG is not valid UTF-8 text; it may be damaged.", e);
        }
        if (text.contains("<!ENTITY")) {
            throw new AtelierException("This SVG declares XML entities, which Atelier refuses (they can expand without bound or read local files).");
        }
        LoaderContext ctx = LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_ALL)
                .documentLimits(DocumentLimits.DEFAULT).build();
        SVGDocument doc;
        try {
            doc = new SVGLoader().load(new ByteArrayInputStream(data), null, ctx);
        } catch (RuntimeException e) {
            throw new AtelierException("This SVG cannot be parsed (" + describe(e) + ").", e);
        }
        if (doc == null) {
            throw new AtelierException("This SVG cannot be parsed: it is not well-formed SVG.");
        }
        return doc;
    }

    private static BufferedImage renderSvg(byte[] data, ImageInfo info, int maxSide) {
        SVGDocument doc = svg(data);
        double scale = maxSide > 0 ? Math.min(4.0, maxSide / (double) Math.max(info.width(), info.height())) : 1.0;
        int w = Math.max(1, (int) Math.round(info.width() * scale));
        int h = Math.max(1, (int) Math.round(info.height() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(scale, scale);
            doc.render((java.awt.Component) null, g, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }
}
