package dev.atelier.asset;

import dev.atelier.common.AtelierException;
import dev.atelier.common.PrivateFiles;
import dev.atelier.common.ProgressSink;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Cached PNG thumbnails for the catalog: one file per (path, size, modification time, length)
 * under {@code <home>/cache/thumbnails}, made on first request (images scaled, models drawn by the
 * software renderer) and reused afterwards. Safe to call from several background threads.
 */
public final class Thumbnails {
    public static final int MIN_SIZE = 16;
    public static final int MAX_SIZE = 1024;

    private final Path dir;
    private final Posters posters;

    public Thumbnails(Path cacheDir, AssetInspector inspector) {
        this.dir = cacheDir.resolve("thumbnails");
        this.posters = new Posters(inspector);
    }

    /** The thumbnail's PNG file, made now if it is not cached yet. */
    public Path get(Path file, int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new AtelierException("Thumbnail size must be between " + MIN_SIZE + " and " + MAX_SIZE + " pixels.");
        }
        Path cached = cached(file, size);
        if (Files.isRegularFile(cached)) {
            return cached;
        }
        BufferedImage img = posters.render(file, size, true, ProgressSink.NONE);
        try {
            PrivateFiles.ensureDirectory(dir);
            PrivateFiles.ensureDirectory(cached.getParent());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            PrivateFiles.writeAtomically(cached, out.toByteArray());
        } catch (IOException e) {
            throw new AtelierException("Could not write the thumbnail cache in " + dir + ": " + e.getMessage(), e);
        }
        return cached;
    }

    /** The cached thumbnail if it exists, without making one. */
    public Optional<Path> peek(Path file, int size) {
        Path cached = cached(file, size);
        return Files.isRegularFile(cached) ? Optional.of(cached) : Optional.empty();
    }

    Path cached(Path file, int size) {
        try {
            Path abs = file.toAbsolutePath().normalize();
            String key = abs + "\n" + size + "\n" + Files.getLastModifiedTime(abs).toMillis() + "\n" + Files.size(abs);
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
            return dir.resolve(hex.substring(0, 2)).resolve(hex + ".png");
        } catch (IOException e) {
            throw new AtelierException(file + " does not exist or cannot be read.", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
