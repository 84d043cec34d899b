package dev.atelier.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ordered schema history of one database, loaded from a class-path folder that holds
 * {@code migrations.txt} (one file name per line, in order) and the {@code V<n>__<name>.sql} files.
 * Versions must run 1, 2, 3, ... without gaps, so a missing file fails loudly at start-up.
 */
public final class MigrationSet {
    private static final Pattern FILE = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");
    private final List<Migration> migrations;

    private MigrationSet(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /** The {@code studio.db} schema. */
    public static MigrationSet studio() {
        return fromClasspath("dev/atelier/db/studio");
    }

    public static MigrationSet fromClasspath(String folder) {
        String index = read(folder + "/migrations.txt");
        List<Migration> list = new ArrayList<>();
        for (String line : index.split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Matcher m = FILE.matcher(name);
            if (!m.matches()) {
                throw new IllegalStateException("Bad migration file name " + name + " in " + folder);
            }
            int version = Integer.parseInt(m.group(1));
            if (version != list.size() + 1) {
                throw new IllegalStateException("Migration " + name + " in " + folder + " is out of order; expected V" + (list.size() + 1));
            }
            list.add(new Migration(version, m.group(2), read(folder + "/" + name)));
        }
        return new MigrationSet(list);
    }

    public static MigrationSet of(List<Migration> migrations) {
        return new MigrationSet(migrations);
    }

    /** The first {@code version} migrations: how the schema looked at that version. */
    public MigrationSet upTo(int version) {
        return new MigrationSet(migrations.subList(0, version));
    }

    public List<Migration> all() {
        return migrations;
    }

    public int latestVersion() {
        return migrations.size();
    }

    private static String read(String resource) {
        try (InputStream in = MigrationSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
