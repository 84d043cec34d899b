package dev.atelier.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code atelier asset}: inspect, content-address and render asset files. */
@Command(name = "asset", mixinStandardHelpOptions = true,
        description = "Inspect assets, compute IPFS CIDs, export CAR files and render posters.",
        subcommands = {AssetInspectCommand.class, AssetCidCommand.class, AssetCarCommand.class, AssetPosterCommand.class})
public final class AssetCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: inspect, cid, car or poster");
    }
}
