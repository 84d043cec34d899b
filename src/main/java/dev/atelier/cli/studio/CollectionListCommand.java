package dev.atelier.cli.studio;

import dev.atelier.cli.CliCommand;
import dev.atelier.studio.CollectionSummary;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atelier collection list [--json]}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the collections.")
public final class CollectionListCommand extends CliCommand {
    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<CollectionSummary> all = app().studio().store().collections();
        if (json) {
            printJson(all.stream().map(StudioJson::collection).toList());
            return 0;
        }
        if (all.isEmpty()) {
            out().println("No collections yet. Create one with: atelier collection create NAME --standard erc721");
            return 0;
        }
        out().printf("%-32s %-8s %8s  %s%n", "NAME", "STANDARD", "ITEMS", "STATUS");
        for (CollectionSummary s : all) {
            out().printf("%-32s %-8s %8d  %s%n", s.collection().name(), s.collection().standard().label(), s.items(),
                    s.items() == 0 ? "empty" : s.ready() + " ready, " + s.warnings() + " with warnings, " + s.errors() + " with errors");
        }
        return 0;
    }
}
