package dev.atelier.cli;

import dev.atelier.asset.cid.CarWriter;
import dev.atelier.asset.cid.Cid;
import dev.atelier.common.ProgressSink;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atelier asset car PATH --out FILE.car}: a CAR v1 of the file or folder; prints the root CID. */
@Command(name = "car", mixinStandardHelpOptions = true,
        description = {"Write a CAR v1 archive of a file or folder (every block of its UnixFS DAG) whose",
                "only root is the CID 'asset cid' prints, ready to upload to a pinning service.",
                "Prints the root CID."})
public final class AssetCarCommand extends CliCommand {
    @Parameters(paramLabel = "PATH", description = "A file or a folder.")
    Path path;

    @Option(names = "--out", required = true, paramLabel = "FILE.car", description = "The CAR file to write (replaced atomically).")
    Path out;

    @Override
    public Integer call() {
        Cid root = CarWriter.export(path, out, ProgressSink.NONE);
        out().println(root);
        return 0;
    }
}
