package dev.atelier.cli.studio;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code atelier collection ...}: the Studio's collections. */
@Command(name = "collection", mixinStandardHelpOptions = true,
        description = "Create, list, show, validate and package collections.",
        subcommands = {CollectionCreateCommand.class, CollectionListCommand.class, CollectionShowCommand.class,
            CollectionValidateCommand.class, CollectionPackageCommand.class})
public final class CollectionCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: create, list, show, validate or package");
    }
}
