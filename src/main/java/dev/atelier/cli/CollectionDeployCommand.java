package dev.atelier.cli;

import dev.atelier.chain.Network;
import dev.atelier.crypto.Address;
import dev.atelier.studio.Collection;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atelier collection deploy NAME --network N --from ADDRESS}: prints the contract address. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = {"Deploy the collection's contract (Atelier's ERC-721 or ERC-1155 template) from a vault account,",
                "owned by that account, with the collection's name, symbol and royalty. Prints the contract address."})
public final class CollectionDeployCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The collection.")
    String name;

    @Option(names = "--network", required = true, paramLabel = "N", description = "Network id, name or chain id.")
    String network;

    @Option(names = "--from", required = true, paramLabel = "ADDRESS", description = "The vault account that deploys and owns the contract.")
    String from;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "300", description = "How long to wait for the receipt (default: ${DEFAULT-VALUE}).")
    int waitSeconds;

    @Mixin
    PassphraseOptions passphrase;

    @Override
    public Integer call() {
        Collection c = app().studio().collection(name);
        Network n = MintSupport.network(app(), c, network);
        Address sender = Address.parse(from);
        Collection deployed = MintSupport.service(app()).deploy(c, n, MintSupport.signer(app(), n, sender, passphrase, root().io()),
                Duration.ofSeconds(Math.max(1, waitSeconds)), MintSupport.lines(err()));
        out().println(deployed.contractAddress());
        return 0;
    }
}
