package dev.atelier.cli.studio;

import dev.atelier.cli.CliCommand;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.studio.Collection;
import dev.atelier.studio.imports.ImportReport;
import dev.atelier.studio.imports.RowError;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atelier item import --collection NAME FILE.csv|FOLDER}: all rows or none. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import items from a CSV file (columns mapped by header: name, description, image, animation_url,",
            "external_url, background_color, supply, token_id, attr:<Trait>[:display_type[:max]], prop:<key>[:int|decimal|text|bool]),",
            "a folder of metadata JSON named by token id, or a folder of assets (one item per file, optional sidecar JSON).",
            "Nothing is imported if any row is rejected; every rejected row is listed with its line number."})
public final class ItemImportCommand extends CliCommand {
    @Option(names = "--collection", required = true, paramLabel = "NAME")
    String collection;

    @Parameters(index = "0", paramLabel = "FILE.csv|FOLDER")
    Path source;

    @Override
    public Integer call() throws Exception {
        Collection c = app().studio().collection(collection);
        ImportReport r = app().studio().importPath(c, source, ProgressSink.NONE);
        r.notes().forEach(n -> err().println("note: " + n));
        if (!r.ok()) {
            for (RowError e : r.errors()) {
                err().println("  " + source.getFileName() + (e.source().isEmpty() ? "" : "/" + e.source()) + ":"
                        + (e.line() > 0 ? e.line() + ": " : " ") + e.message());
            }
            if (r.rejected() > r.errors().size()) {
                err().println("  ... and " + (r.rejected() - r.errors().size()) + " more.");
            }
            throw new AtelierException(r.rejected() + " of " + r.read() + " rows were rejected, so nothing was imported. "
                    + "Fix the rows listed above and import again.");
        }
        out().printf(Locale.ROOT, "Imported %d items into %s (%.1f s).%n", r.imported(), c.name(), r.millis() / 1000.0);
        return 0;
    }
}
