package dev.atelier.studio;

import dev.atelier.studio.packaging.ContentAddresser;
import dev.atelier.testing.Proc;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Folder CIDs from the reference implementation (ipfs-only-hash's UnixFS importer, via
 * src/test/tools/folder-cid.cjs), to check what the Studio writes independently of our own code.
 */
public final class ReferenceCids implements ContentAddresser {
    public static String cid(Path path) {
        try {
            Path tools = Path.of(System.getProperty("atelier.tools", "src/test/tools/node_modules")).getParent();
            Proc.Result r = Proc.run(List.of("node", tools.resolve("folder-cid.cjs").toString(), path.toString()), Map.of(), null, 60);
            if (r.code() != 0) {
                throw new IllegalStateException("folder-cid failed: " + r.err());
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
