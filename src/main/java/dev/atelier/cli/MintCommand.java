package dev.atelier.cli;

import dev.atelier.chain.Network;
import dev.atelier.chain.contracts.TokenCalls;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Signer;
import dev.atelier.studio.Collection;
import dev.atelier.studio.Item;
import dev.atelier.studio.TokenId;
import dev.atelier.studio.mint.MintPlan;
import dev.atelier.studio.mint.MintService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code atelier mint --collection NAME (--item ID… | --all) --to ADDRESS [--network N] [--from ADDRESS]}:
 * mints through a persisted plan. An unfinished plan of the collection to the same address is
 * resumed first (after a crash or Ctrl+C), so running the command again never mints an item twice.
 */
@Command(name = "mint", mixinStandardHelpOptions = true, subcommands = {MintExportRequestCommand.class},
        description = {"Mint items of a deployed collection to an address, in gas-sized batches.",
                "Interrupted? Run the same command again: the plan resumes, nothing is minted twice."})
public final class MintCommand extends CliCommand {
    static final class Which {
        @Option(names = "--item", paramLabel = "ID", arity = "1..*", description = "Token ids of the items to mint.")
        List<String> items;

        @Option(names = "--all", description = "Every item of the collection not minted yet.")
        boolean all;
    }

    // checked in call(), not by picocli: 'mint export-request' must not need the parent's options
    @Option(names = "--collection", paramLabel = "NAME", description = "The collection (required).")
    String collection;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Which which;

    @Option(names = "--to", paramLabel = "ADDRESS", description = "Who receives the tokens (required).")
    String to;

    @Option(names = "--network", paramLabel = "N", description = "Network id, name or chain id (default: the collection's).")
    String network;

    @Option(names = "--from", paramLabel = "ADDRESS", description = "The vault account that owns the contract (default: its owner).")
    String from;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "600", description = "How long to wait for receipts (default: ${DEFAULT-VALUE}).")
    int waitSeconds;

    @Mixin
    PassphraseOptions passphrase;

    @Override
    public Integer call() {
        if (collection == null || to == null || which == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "mint needs --collection NAME, --to ADDRESS and --item ID... or --all");
        }
        Collection c = app().studio().collection(collection);
        if (c.contractAddress().isBlank()) {
            throw new AtelierException(c.name() + " has no contract yet. Deploy it first: atelier collection deploy \"" + c.name()
                    + "\" --network N --from ADDRESS");
        }
        Network n = MintSupport.network(app(), c, network);
        Address recipient = Address.parse(to);
        MintService service = MintSupport.service(app());
        Address sender = from != null ? Address.parse(from)
                : TokenCalls.contractOwner(app().networks().rpc(n), Address.parse(c.contractAddress()));
        Signer signer = MintSupport.signer(app(), n, sender, passphrase, root().io());
        var sink = MintSupport.lines(err());
        Duration wait = Duration.ofSeconds(Math.max(1, waitSeconds));

        List<Long> plans = new ArrayList<>();
        for (MintPlan p : service.plans().unfinished(c.id())) {
            if (p.recipient().equals(recipient) && p.networkId().equals(n.id()) && p.sender().equals(sender)) {
                err().println("Resuming mint plan #" + p.id() + ".");
                plans.add(p.id());
            }
        }
        for (long id : plans) {
            service.runner().run(id, signer, wait, sink);
        }
        List<Item> chosen = chosen(c);
        int planned = 0;
        if (!chosen.isEmpty()) {
            try {
                long id = service.plan(c, chosen, recipient, sender, n);
                plans.add(id);
                planned = service.plans().allItems(id).size();
                service.runner().run(id, signer, wait, sink);
            } catch (AtelierException e) {
                if (plans.isEmpty()) {
                    throw e;
                }
            }
        }
        int confirmed = 0;
        int failed = 0;
        int open = 0;
        List<String> problems = new ArrayList<>();
        for (long id : plans) {
            MintPlan.Progress p = service.plans().progress(id);
            confirmed += p.confirmed();
            failed += p.failed();
            open += p.planned() + p.signed() + p.sent();
            problems.addAll(service.verify(id));
        }
        out().println("Minted " + confirmed + " item(s) of \"" + c.name() + "\" to " + recipient + " on " + n.name()
                + (failed > 0 ? "; " + failed + " failed" : "") + (open > 0 ? "; " + open + " still on their way" : "")
                + (problems.isEmpty() ? "; checked on chain." : "."));
        if (!problems.isEmpty()) {
            throw new AtelierException("The chain does not show every minted item: " + String.join("; ", problems.subList(0,
                    Math.min(5, problems.size()))));
        }
        if (open > 0) {
            err().println("note: run the same command again (or open the app) to finish; nothing will be minted twice.");
        }
        return failed > 0 ? 1 : 0;
    }

    private List<Item> chosen(Collection c) {
        return chosen(app().studio().store().allItems(c.id()), c, which.all ? null : which.items);
    }

    /** The items with these token ids ({@code null} = all). */
    static List<Item> chosen(List<Item> all, Collection c, List<String> tokenIds) {
        if (tokenIds == null) {
            return all;
        }
        List<Item> out = new ArrayList<>();
        for (String id : tokenIds) {
            TokenId t = TokenId.parse(id);
            out.add(all.stream().filter(i -> i.tokenId().equals(t)).findFirst().orElseThrow(() -> new AtelierException(
                    c.name() + " has no item with token id " + id + ".")));
        }
        return out;
    }
}
