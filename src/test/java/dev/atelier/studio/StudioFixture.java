package dev.atelier.studio;

import dev.atelier.db.Database;
import dev.atelier.db.MigrationSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real studio.db in a temporary folder, with a Studio over it. */
public final class StudioFixture implements AutoCloseable {
    public final Path dir;
    public final Database db;
    public final Studio studio;

    public StudioFixture(Path dir) {
        this.dir = dir;
        this.db = Database.open(dir.resolve("studio.db"), MigrationSet.studio());
        this.studio = new Studio(db, MediaCheck.NONE, new dev.atelier.studio.packaging.AssetCids());
    }

    public Collection collection(String name, Standard standard) {
        return studio.createCollection(Collection.draft(name, standard));
    }

    /** A small PNG-named file (content is irrelevant to the Studio's own checks). */
    public Path file(String name, int bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[bytes]);
        return p;
    }

    public Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Override
    public void close() {
        db.close();
    }
}
