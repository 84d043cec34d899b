package dev.atelier.cli;

import dev.atelier.common.AtelierException;
import dev.atelier.signing.file.SigningFiles;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.signing.qr.AirGap;
import dev.atelier.signing.qr.QrFrames;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code atelier request qr REQUEST --out DIR}: the online half of the air gap by pictures. Writes the
 * request as QR code PNGs (a UR {@code bytes} payload; the original frames of an animated UR when it
 * is too large for one code), which the offline Sign screen or {@code request sign} reads back.
 */
@Command(name = "qr", mixinStandardHelpOptions = true,
        description = {"Write a signing request as QR code pictures (PNG) for the offline signer.",
                "One picture when it fits one code, otherwise every frame of an animated UR (PREFIX-01-of-N.png …);",
                "all frames together rebuild the request, in any order. The signed answer comes back with 'tx send --qr'."})
public final class RequestQrCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "REQUEST", description = "The signing request file (.json / .atelier-request).")
    Path request;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "An existing folder for the pictures.")
    Path out;

    @Option(names = "--prefix", paramLabel = "NAME", defaultValue = "atelier-request",
            description = "File name prefix (default: ${DEFAULT-VALUE}).")
    String prefix;

    @Override
    public Integer call() {
        if (!prefix.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new AtelierException("--prefix may hold letters, digits, '.', '_' and '-' only (at most 64).");
        }
        SigningRequest r = SigningRequest.parse(SigningFiles.read(request));
        List<Path> written = QrFrames.writePngs(AirGap.requestUr(r), out.toAbsolutePath(), prefix);
        for (Path p : written) {
            out().println(p);
        }
        err().println("Wrote " + (written.size() == 1 ? "one QR code" : written.size() + " QR frames") + " for request "
                + r.digest().substring(0, 10) + "… (" + r.items().size() + (r.items().size() == 1 ? " item" : " items")
                + "). Offline: Sign → Open… and choose " + (written.size() == 1 ? "it." : "all of them."));
        return 0;
    }
}
