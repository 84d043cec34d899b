package dev.atelier.cli.studio;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code atelier item ...}: the items of a collection. */
@Command(name = "item", mixinStandardHelpOptions = true,
        description = "Add, import and list the items of a collection.",
        subcommands = {ItemAddCommand.class, ItemImportCommand.class, ItemListCommand.class})
public final class ItemCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: add, import or list");
    }
}
