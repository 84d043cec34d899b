package dev.atelier.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.atelier.crypto.Address;
import dev.atelier.common.AtelierException;
import dev.atelier.signing.Contact;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code atelier contact add NAME ADDRESS | contact list}: the address book the signer's review uses. */
@Command(name = "contact", mixinStandardHelpOptions = true,
        description = "The address book: names shown next to recipients, and the addresses look-alike warnings compare against.",
        subcommands = {ContactCommand.Add.class, ContactCommand.ListContacts.class})
public final class ContactCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: add or list");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Save a contact (names and addresses are unique; the address is EIP-55 checked).")
    static final class Add extends CliCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "ADDRESS")
        String address;

        @Override
        public Integer call() {
            Address a;
            try {
                a = Address.parse(address);
            } catch (AtelierException e) {
                throw new AtelierException("ADDRESS: " + e.userMessage(), e);
            }
            Contact c = app().contacts().add(name, a);
            out().println(c.address().toChecksumHex() + " " + c.name());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List contacts by name: one \"ADDRESS NAME\" per line (EIP-55), or JSON.")
    static final class ListContacts extends CliCommand {
        @Option(names = "--json", description = "Print a JSON array of {\"name\", \"address\"}.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            List<Contact> all = app().contacts().contacts();
            if (json) {
                ArrayNode arr = JsonNodeFactory.instance.arrayNode();
                all.forEach(c -> arr.addObject().put("name", c.name()).put("address", c.address().toChecksumHex()));
                printJson(arr);
            } else {
                all.forEach(c -> out().println(c.address().toChecksumHex() + " " + c.name()));
            }
            return 0;
        }
    }
}
