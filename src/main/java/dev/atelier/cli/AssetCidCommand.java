package dev.atelier.cli;

import dev.atelier.asset.cid.Cid;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code atelier asset cid PATH}: the CIDv1 {@code ipfs add --cid-version 1 [-r]} would print.
 * {@link LeanCid} runs the plain form without picocli or logging for speed; this class handles the rest.
 */
@Command(name = "cid", mixinStandardHelpOptions = true,
        description = {"Print the IPFS CIDv1 of a file or folder, exactly as 'ipfs add --cid-version 1 [-r]'",
                "computes it with kubo's defaults (raw leaves, 256 KiB chunks, 174 links per node).",
                "Hidden files in folders are skipped, as kubo does without -H."})
public final class AssetCidCommand extends CliCommand {
    @Parameters(paramLabel = "PATH", description = "A file or a folder.")
    Path path;

    @Override
    public Integer call() {
        out().println(Cid.of(path));
        return 0;
    }
}
