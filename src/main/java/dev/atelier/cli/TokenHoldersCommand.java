package dev.atelier.cli;

import dev.atelier.chain.Network;
import dev.atelier.crypto.Address;
import dev.atelier.studio.Collection;
import dev.atelier.studio.TokenId;
import dev.atelier.studio.mint.TokenManager;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atelier token holders --collection NAME [--token ID] [--rescan] [--json]}: owners and balances from the chain. */
@Command(name = "holders", mixinStandardHelpOptions = true,
        description = {"Read the collection's Transfer logs (paged eth_getLogs, only blocks not read before) and print",
                "each token's holders: 'TOKEN HOLDER AMOUNT' lines, or a JSON array with --json."})
public final class TokenHoldersCommand extends CliCommand {
    @Option(names = "--collection", required = true, paramLabel = "NAME", description = "The deployed collection.")
    String collection;

    @Option(names = "--token", paramLabel = "ID", description = "Only this token.")
    String token;

    @Option(names = "--network", paramLabel = "N", description = "Network id, name or chain id (default: the collection's).")
    String network;

    @Option(names = "--rescan", description = "Forget what was read and read again from the deployment.")
    boolean rescan;

    @Option(names = "--json", description = "Print a JSON array of {token, holder, amount}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Collection c = app().studio().collection(collection);
        Network n = MintSupport.network(app(), c, network);
        TokenManager tokens = MintSupport.service(app()).tokens();
        TokenManager.ReadBack r = tokens.readBack(c, n, rescan, MintSupport.lines(err()));
        err().println("Read blocks " + r.fromBlock() + "–" + r.toBlock() + ": " + r.movements() + " new movement(s).");
        List<Map<String, String>> rows = new ArrayList<>();
        for (var e : tokens.holdings().holdings(c.id()).entrySet()) {
            if (token != null && !e.getKey().equals(TokenId.parse(token).value())) {
                continue;
            }
            for (Map.Entry<Address, BigInteger> h : e.getValue().entrySet()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("token", e.getKey().toString());
                row.put("holder", h.getKey().toChecksumHex());
                row.put("amount", h.getValue().toString());
                rows.add(row);
            }
        }
        if (json) {
            printJson(rows);
        } else {
            for (Map<String, String> row : rows) {
                out().println(row.get("token") + " " + row.get("holder") + " " + row.get("amount"));
            }
        }
        return 0;
    }
}
