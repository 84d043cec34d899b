package dev.atelier.studio;

import dev.atelier.studio.packaging.ContentAddresser;
import dev.atelier.testing.Proc;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * CIDs from the reference implementations (ipfs-only-hash for files, ipfs-unixfs-importer with
 * kubo's defaults for folders, via src/test/tools/scripts/unixfs-cid.mjs), to check what the Studio
 * writes independently of our own code.
 */
public final class ReferenceCids implements ContentAddresser {
    public static String cid(Path path) {
        try {
            Path tools = Path.of(System.getProperty("atelier.tools", "src/test/tools/node_modules")).getParent();
            Proc.Result r = Proc.run(List.of("node", tools.resolve("scripts/unixfs-cid.mjs").toString(),
                    java.nio.file.Files.isDirectory(path) ? "dir" : "file", path.toString()), Map.of(), null, 60);
            if (r.code() != 0) {
                throw new IllegalStateException("unixfs-cid.mjs failed: " + r.err());
            }
            return r.out().strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String folderCid(Path folder) {
        return cid(folder);
    }

    @Override
    public String writeCar(Path folder, Path car) {
        throw new UnsupportedOperationException("CAR files come from the Assets capability");
    }
}
