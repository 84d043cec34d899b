package dev.atelier.studio;

import dev.atelier.common.AtelierException;
import dev.atelier.common.PrivateFiles;
import dev.atelier.common.ProgressSink;
import dev.atelier.studio.imports.ImportReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo creator kit shipped in the jar ({@code assets/} of the project): unpacked into the home
 * and imported as a ready-to-explore ERC-1155 collection, in one call.
 */
public final class DemoKit {
    public static final String NAME = "Demo Armory";
    private static final String ROOT = "/dev/atelier/demo/";

    private DemoKit() {
    }

    /** Unpacks the kit into {@code folder} (once) and imports it as a new collection; returns the collection. */
    public static Collection open(Studio studio, Path folder, ProgressSink progress) {
        Path kit = unpack(folder);
        String name = NAME;
        for (int i = 2; studio.store().findCollection(name).isPresent(); i++) {
            name = NAME + " " + i;
        }
        Collection draft = new Collection(0, name, "ARMORY", Standard.ERC1155,
                "Twelve items from Atelier's demo creator kit: weapons, armor, potions and trinkets with game properties.",
                kit.resolve("images/sun-amulet.png").toString(), "https://atelier.dev/demo", "", 0, "sandbox",
                MarketplaceProfile.OPENSEA.id(), "", "");
        Collection c = studio.createCollection(draft);
        ImportReport r = studio.importPath(c, kit.resolve("items.csv"), progress);
        if (!r.ok()) {
            studio.store().deleteCollection(c.id());
            throw new AtelierException("The demo kit could not be imported (" + r.errors().get(0) + ").");
        }
        return c;
    }

    /** The kit's files (from {@code kit.txt}). */
    public static List<String> files() {
        return read("kit.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    static Path unpack(Path folder) {
        try {
            PrivateFiles.ensureDirectory(folder);
            for (String f : files()) {
                Path target = folder.resolve(f).normalize();
                if (!target.startsWith(folder)) {
                    throw new IllegalStateException("bad kit entry " + f);
                }
                if (Files.exists(target)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = DemoKit.class.getResourceAsStream(ROOT + f)) {
                    if (in == null) {
                        throw new AtelierException("The demo kit is missing from this build (" + f + ").");
                    }
                    PrivateFiles.writeAtomically(target, in.readAllBytes());
                }
            }
            return folder;
        } catch (IOException e) {
            throw new AtelierException("Could not unpack the demo kit into " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String read(String name) {
        try (InputStream in = DemoKit.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new AtelierException("The demo kit is missing from this build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AtelierException("Could not read the demo kit.", e);
        }
    }
}
