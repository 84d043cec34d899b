package dev.atelier.cli.studio;

import dev.atelier.cli.CliCommand;
import dev.atelier.studio.Collection;
import dev.atelier.studio.CollectionSummary;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atelier collection show NAME [--json]}. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a collection's settings and counts.")
public final class CollectionShowCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Collection c = app().studio().collection(name);
        CollectionSummary s = app().studio().store().summary(c.id());
        Map<String, Object> m = StudioJson.collection(s);
        if (json) {
            printJson(m);
        } else {
            m.forEach((k, v) -> out().printf("%-16s %s%n", k + ":", v));
        }
        return 0;
    }
}
