package dev.atelier.cli.studio;

import dev.atelier.cli.CliCommand;
import dev.atelier.common.AtelierException;
import dev.atelier.studio.Attribute;
import dev.atelier.studio.Collection;
import dev.atelier.studio.Item;
import dev.atelier.studio.Standard;
import dev.atelier.studio.TokenId;
import dev.atelier.studio.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atelier item add --collection NAME --name N [--image FILE] [--animation FILE] [--attr T=V]... [--supply N]}. */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Add one item to a collection.")
public final class ItemAddCommand extends CliCommand {
    @Option(names = "--collection", required = true, paramLabel = "NAME")
    String collection;

    @Option(names = "--name", required = true, paramLabel = "N")
    String name;

    @Option(names = "--description", paramLabel = "TEXT")
    String description = "";

    @Option(names = "--image", paramLabel = "FILE", description = "Image file (or an ipfs://, ar://, https:// URI).")
    String image = "";

    @Option(names = "--animation", paramLabel = "FILE", description = "animation_url: GLB/glTF model, video or audio file, or a URI.")
    String animation = "";

    @Option(names = "--attr", paramLabel = "Trait=Value", description = "An attribute; repeat for more. Numbers stay numbers.")
    List<String> attrs = new ArrayList<>();

    @Option(names = "--supply", paramLabel = "N", description = "Amount to mint (ERC-1155; ERC-721 is always 1).")
    Long supply;

    @Option(names = "--token-id", paramLabel = "ID", description = "Explicit token id (default: the next free id).")
    String tokenId;

    @Override
    public Integer call() throws Exception {
        Collection c = app().studio().collection(collection);
        if (supply != null && (supply < 1 || (c.standard() == Standard.ERC721 && supply != 1))) {
            throw new AtelierException(c.standard() == Standard.ERC721
                    ? "An ERC-721 token is unique: --supply must be 1 (use an ERC-1155 collection for editions)."
                    : "--supply must be 1 or more.");
        }
        List<Attribute> attributes = new ArrayList<>();
        for (String a : attrs) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new AtelierException("--attr needs Trait=Value (e.g. --attr Rarity=Epic), not '" + a + "'.");
            }
            attributes.add(new Attribute(a.substring(0, eq).strip(), Attribute.parseValue(a.substring(eq + 1)), null, null));
        }
        Item draft = Item.draft(c.id(), tokenId == null ? TokenId.of(0) : TokenId.parse(tokenId), name.strip())
                .withDescription(description).withImage(media(image)).withAnimationUrl(media(animation))
                .withSupply(supply == null ? 1 : supply).withAttributes(attributes);
        Item saved = app().studio().addItem(c, draft, tokenId == null);
        ValidationReport r = app().studio().validate(saved, c);
        out().println("Added #" + saved.tokenId() + " '" + saved.name() + "' to " + c.name() + " (" + saved.verdict().id() + ").");
        r.issues().forEach(i -> out().println("  " + (i.isError() ? "error" : "warning") + ": " + i.field() + ": " + i.message()));
        return 0;
    }

    /** Local files are stored as absolute paths so the item does not depend on the working directory. */
    private static String media(String ref) {
        if (ref.isBlank() || ref.matches("^[a-zA-Z][a-zA-Z0-9+.-]{1,15}:.*")) {
            return ref.strip();
        }
        Path p = Path.of(ref.strip()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(p)) {
            throw new AtelierException("The file " + p + " does not exist.");
        }
        return p.toString();
    }
}
