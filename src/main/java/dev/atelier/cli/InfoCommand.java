package dev.atelier.cli;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atelier info}: where the data lives and what state it is in. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show the Atelier folder, its databases, the vault state and the selected network.")
public final class InfoCommand extends CliCommand {
    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        AppContext app = app();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("version", AppInfo.version());
        info.put("home", app.paths().home().toString());
        info.put("studioDb", app.paths().studioDb().toString());
        info.put("studioSchema", app.studioDb().schemaVersion());
        info.put("vaultDb", app.paths().vaultDb().toString());
        info.put("vault", app.vaultState().name().toLowerCase(java.util.Locale.ROOT));
        info.put("network", app.selectedNetwork().id());
        info.put("chainId", app.selectedNetwork().chainId());
        info.put("logs", app.paths().logFile().toString());
        if (json) {
            printJson(info);
        } else {
            info.forEach((k, v) -> out().printf("%-13s %s%n", k + ":", v));
        }
        return 0;
    }
}
