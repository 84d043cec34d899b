package dev.atelier.cli.studio;

import dev.atelier.cli.CliCommand;
import dev.atelier.studio.Collection;
import dev.atelier.studio.CollectionReport;
import dev.atelier.studio.Issue;
import dev.atelier.studio.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atelier collection validate NAME [--json]}: exit 1 while errors remain. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the collection and every item against its marketplace profile. Exits 1 while errors remain.")
public final class CollectionValidateCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Collection c = app().studio().collection(name);
        CollectionReport r = app().studio().validateCollection(c);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("collection", c.name());
            m.put("profile", c.profile());
            m.put("verdict", r.verdict().id());
            m.put("items", r.items().size());
            m.put("ready", r.count(Verdict.READY));
            m.put("warnings", r.count(Verdict.WARNINGS));
            m.put("errors", r.count(Verdict.ERRORS));
            m.put("issues", StudioJson.issues(r.own().issues()));
            m.put("itemIssues", r.items().stream().filter(i -> !i.report().issues().isEmpty()).map(i -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("tokenId", i.tokenId().decimal());
                x.put("name", i.name());
                x.put("verdict", i.report().verdict().id());
                x.put("issues", StudioJson.issues(i.report().issues()));
                return x;
            }).toList());
            printJson(m);
        } else {
            print("collection", r.own().issues());
            for (CollectionReport.ItemResult i : r.items()) {
                print("#" + i.tokenId() + " " + i.name(), i.report().issues());
            }
            if (r.items().isEmpty()) {
                out().println("error  collection: it has no items yet. Add or import items before packaging.");
            }
            out().printf("%d items: %d ready, %d with warnings, %d with errors.%n", r.items().size(), r.count(Verdict.READY),
                    r.count(Verdict.WARNINGS), r.count(Verdict.ERRORS));
        }
        return r.hasErrors() ? 1 : 0;
    }

    private void print(String what, List<Issue> issues) {
        for (Issue i : issues) {
            out().printf("%-7s %s: %s: %s%n", i.isError() ? "error" : "warning", what, i.field(), i.message());
        }
    }
}
