package dev.atelier.asset;

import dev.atelier.asset.image.Images;
import dev.atelier.asset.render.PosterRenderer;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/**
 * Pictures of assets, made without a display: a model is drawn by {@link PosterRenderer}; an image
 * is decoded (under the pixel cap) and scaled. Posters are what an NFT's {@code image} shows when
 * its {@code animation_url} is the GLB.
 */
public final class Posters {
    private final AssetInspector inspector;

    public Posters(AssetInspector inspector) {
        this.inspector = inspector;
    }

    /** A picture of the file fitting in {@code size}×{@code size}. */
    public BufferedImage render(Path file, int size, boolean transparent, ProgressSink progress) {
        OpenedAsset opened = inspector.open(file, null);
        return render(opened, size, transparent, progress);
    }

    public BufferedImage render(OpenedAsset opened, int size, boolean transparent, ProgressSink progress) {
        return switch (opened.report().kind()) {
            case MODEL -> new PosterRenderer(inspector.limits()).render(opened.model(), size, transparent, progress);
            case IMAGE -> {
                try {
                    byte[] data = Files.readAllBytes(opened.path());
                    yield Images.fit(Images.decode(data, size, inspector.limits()), size);
                } catch (IOException e) {
                    throw new AtelierException("Cannot read " + opened.path() + ": " + e.getMessage(), e);
                }
            }
            default -> throw new AtelierException(opened.report().fileName() + " is " + opened.report().type()
                    + " media: posters are made from 3D models and images.");
        };
    }

    /** Renders a poster and writes it as PNG (atomically: a failure leaves no partial file). */
    public void write(Path file, Path png, int size, ProgressSink progress) {
        BufferedImage img = render(file, size, false, progress);
        writePng(img, png);
    }

    public static void writePng(BufferedImage img, Path png) {
        Path target = png.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new AtelierException("The folder for " + png + " does not exist. Create it or choose another place.");
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            try {
                Files.write(tmp, out.toByteArray());
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new AtelierException("Could not write " + png + ": " + e.getMessage(), e);
        }
    }
}
