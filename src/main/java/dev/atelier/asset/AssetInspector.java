package dev.atelier.asset;

import dev.atelier.asset.budget.BudgetProfile;
import dev.atelier.asset.image.ImageInfo;
import dev.atelier.asset.image.Images;
import dev.atelier.asset.media.MediaInfo;
import dev.atelier.asset.media.MediaProbe;
import dev.atelier.asset.model.GltfLoader;
import dev.atelier.asset.model.LoadedModel;
import dev.atelier.asset.model.ObjLoader;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point for looking inside a file: recognises its type by content, reads only what is
 * needed under {@link AssetLimits}, validates models, and checks the result against a budget
 * profile. Headless: used by the Assets screen, the Studio and {@code atelier asset inspect}.
 */
public final class AssetInspector {
    private final AssetLimits limits;

    public AssetInspector() {
        this(AssetLimits.DEFAULT);
    }

    public AssetInspector(AssetLimits limits) {
        this.limits = limits;
    }

    public AssetLimits limits() {
        return limits;
    }

    /**
     * Loads and exercises the model and image readers on a generated 51k-triangle model so that the
     * first real file opens fast (class loading, JSON set-up and JIT cost several hundred ms when cold).
     * Meant to run in the background when a screen that inspects assets is first shown.
     */
    public void warmUp() {
        dev.atelier.asset.model.GltfLoader.warmUp(limits);
        javax.imageio.ImageIO.getImageReadersByFormatName("png").hasNext();
    }

    public AssetReport inspect(Path file, BudgetProfile profile) {
        return open(file, profile).report();
    }

    /** Inspects and keeps what a preview needs (a model's triangles). */
    public OpenedAsset open(Path file, BudgetProfile profile) {
        return open(file, profile, ProgressSink.NONE);
    }

    /** As {@link #open(Path, BudgetProfile)}, reporting coarse progress (a known total keeps progress bars still). */
    public OpenedAsset open(Path file, BudgetProfile profile, ProgressSink progress) {
        progress.progress(0, 2);
        long bytes;
        AssetType type;
        try {
            if (Files.isDirectory(file)) {
                throw new AtelierException(file + " is a folder. Choose a file to inspect.");
            }
            bytes = Files.size(file);
            type = AssetType.detect(file);
        } catch (NoSuchFileException e) {
            throw new AtelierException(file + " does not exist. Check the path.", e);
        } catch (IOException e) {
            throw new AtelierException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (bytes > limits.maxFileBytes()) {
            throw new AtelierException(file.getFileName() + " is " + bytes + " bytes, over the " + limits.maxFileBytes()
                    + "-byte limit for inspection.");
        }
        String name = file.getFileName().toString();
        List<Issue> issues = new ArrayList<>();
        Integer width = null;
        Integer height = null;
        Integer frames = null;
        Double duration = null;
        LoadedModel model = null;
        switch (type.kind()) {
            case IMAGE -> {
                ImageInfo info = Images.probe(file, limits);
                width = info.width();
                height = info.height();
                frames = info.frames();
                if (info.pixels() > limits.maxImagePixels()) {
                    issues.add(Issue.error("IMAGE_TOO_LARGE", "The image is " + info.width() + "×" + info.height()
                            + " pixels, over the " + limits.maxImagePixels() / 1_000_000 + "-megapixel limit; it is not decoded.", null));
                }
            }
            case MODEL -> {
                model = type == AssetType.OBJ ? new ObjLoader(limits).load(file) : new GltfLoader(limits).load(file);
                issues.addAll(model.issues());
                if (!model.stats().missingDecoders().isEmpty()) {
                    issues.add(Issue.warning("DECODER_MISSING", "This model needs " + String.join(" and ", model.stats().missingDecoders())
                            + ", which Atelier cannot decode: its statistics are shown but it cannot be drawn.", "/extensionsRequired"));
                }
            }
            case AUDIO, VIDEO -> {
                MediaInfo info = switch (type) {
                    case MP4, M4A -> MediaProbe.mp4(file);
                    case WAV -> MediaProbe.wav(file);
                    default -> MediaInfo.UNKNOWN;
                };
                if (info.durationSeconds() > 0) {
                    duration = info.durationSeconds();
                }
                if (type.kind() == AssetKind.VIDEO && info.width() != null) {
                    width = info.width();
                    height = info.height();
                }
                if (!type.playable()) {
                    issues.add(Issue.info("MEDIA_NOT_PLAYABLE", type.id().toUpperCase(java.util.Locale.ROOT)
                            + " files cannot be played in Atelier (JavaFX plays MP3, WAV, AAC and MP4/H.264).", null));
                }
            }
            default -> throw new AtelierException(name + " is not a file type Atelier knows (images, audio, video, glTF/GLB/OBJ models).");
        }
        progress.progress(1, 2);
        AssetReport report = new AssetReport(name, type, bytes, width, height, frames, duration, model == null ? null : model.stats(),
                issues, null, List.of());
        if (profile != null) {
            report = report.withBudget(profile.name(), profile.check(report));
        }
        return new OpenedAsset(file, report, model);
    }
}
