package dev.atelier.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code atelier request}: air-gapped signing requests. */
@Command(name = "request", mixinStandardHelpOptions = true,
        description = "Air-gapped signing: sign a request file (or QR image) into a response file; show a request as QR pictures.",
        subcommands = {RequestSignCommand.class, RequestQrCommand.class})
public final class RequestCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: sign or qr");
    }
}
