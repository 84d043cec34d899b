package dev.atelier.cli;

import dev.atelier.asset.AssetInspector;
import dev.atelier.asset.Posters;
import dev.atelier.common.ProgressSink;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atelier asset poster FILE --out PNG [--size N]}: a PNG picture of a 3D model (or an image), no display needed. */
@Command(name = "poster", mixinStandardHelpOptions = true,
        description = {"Render a square PNG poster of a 3D model (glTF, GLB, OBJ) or an image, for an NFT whose",
                "'image' must be a picture while 'animation_url' is the model. Needs no display or GPU."})
public final class AssetPosterCommand extends CliCommand {
    @Parameters(paramLabel = "FILE", description = "A model or image file.")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "PNG", description = "The PNG file to write.")
    Path out;

    @Option(names = "--size", paramLabel = "N", defaultValue = "1024", description = "Width and height in pixels (16–4096, default ${DEFAULT-VALUE}).")
    int size;

    @Override
    public Integer call() {
        new Posters(new AssetInspector()).write(file, out, size, ProgressSink.NONE);
        out().println(out.toAbsolutePath());
        return 0;
    }
}
