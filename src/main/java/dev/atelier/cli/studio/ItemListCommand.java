package dev.atelier.cli.studio;

import dev.atelier.cli.CliCommand;
import dev.atelier.studio.Collection;
import dev.atelier.studio.Item;
import dev.atelier.studio.ItemQuery;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atelier item list --collection NAME [--query Q] [--json]}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List a collection's items in token order.")
public final class ItemListCommand extends CliCommand {
    @Option(names = "--collection", required = true, paramLabel = "NAME")
    String collection;

    @Option(names = "--query", paramLabel = "Q", description = "Words to find (prefix match in names, descriptions, trait values).")
    String query = "";

    @Option(names = "--json", description = "Print [{\"id\",\"tokenId\",\"name\",\"supply\",\"status\"}].")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Collection c = app().studio().collection(collection);
        List<Item> items = app().studio().search().find(ItemQuery.all(c.id()).withText(query), Integer.MAX_VALUE);
        if (json) {
            printJson(items.stream().map(StudioJson::item).toList());
            return 0;
        }
        out().printf("%-10s %-40s %8s  %-8s %s%n", "TOKEN", "NAME", "SUPPLY", "STATUS", "CHECK");
        for (Item it : items) {
            out().printf("%-10s %-40s %8d  %-8s %s%n", it.tokenId(), it.name(), it.supply(), it.status().id(), it.verdict().id());
        }
        return 0;
    }
}
