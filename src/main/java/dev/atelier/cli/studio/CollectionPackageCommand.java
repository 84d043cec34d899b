package dev.atelier.cli.studio;

import dev.atelier.cli.CliCommand;
import dev.atelier.studio.Collection;
import dev.atelier.studio.packaging.PackageResult;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atelier collection package NAME --out FOLDER [--car FILE]}: prints the metadata base URI. */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = {"Write the metadata folder as marketplaces read it, with the assets, URIs rewritten to ipfs://<CID>/...,",
            "and optionally a CAR file. Prints the metadata base URI (ipfs://CID/). Refused while errors remain."})
public final class CollectionPackageCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--out", required = true, paramLabel = "FOLDER", description = "Empty or new folder to write.")
    Path out;

    @Option(names = "--car", paramLabel = "FILE", description = "Also write a CAR v1 file holding the whole package.")
    Path car;

    @Override
    public Integer call() throws Exception {
        Collection c = app().studio().collection(name);
        PackageResult r = app().studio().packageCollection(c, out, car, dev.atelier.common.ProgressSink.NONE);
        out().println(r.baseUri());
        return 0;
    }
}
