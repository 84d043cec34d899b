package dev.atelier.studio;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A seeded, game-like catalog for scale tests and benchmarks: names from a small vocabulary,
 * four attributes and three typed properties per row. Row {@code i} is fully determined by
 * {@code i}, so tests can compute the expected answer of a query independently of the database.
 */
public final class ScaleData {
    public static final String[] MATERIALS = {"Iron", "Steel", "Oak", "Bone", "Crystal", "Obsidian", "Silver", "Golden",
        "Ember", "Frost", "Storm", "Shadow", "Ivory", "Copper", "Jade", "Ruby"};
    public static final String[] KINDS = {"Sword", "Axe", "Bow", "Staff", "Shield", "Helm", "Boots", "Ring", "Amulet",
        "Dagger", "Spear", "Hammer", "Gloves", "Cloak", "Wand", "Potion", "Scroll", "Lantern", "Crown", "Orb"};
    public static final String[] RARITY = {"Common", "Uncommon", "Rare", "Epic", "Legendary"};
    public static final String[] SLOT = {"hand", "head", "feet", "neck", "body", "offhand"};

    private ScaleData() {
    }

    public static String material(int i) {
        return MATERIALS[(int) (mix(i) % MATERIALS.length)];
    }

    public static String kind(int i) {
        return KINDS[(int) ((mix(i) >>> 8) % KINDS.length)];
    }

    public static String rarity(int i) {
        return RARITY[(int) ((mix(i) >>> 16) % RARITY.length)];
    }

    public static int level(int i) {
        return 1 + (int) ((mix(i) >>> 24) % 60);
    }

    public static String name(int i) {
        return material(i) + " " + kind(i) + " #" + i;
    }

    private static long mix(int i) {
        long z = (i + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }

    /** Writes {@code rows} items (token ids 1..rows) with an image path shared by all. */
    public static void writeCsv(Path csv, int rows, String image) throws IOException {
        SplittableRandom r = new SplittableRandom(42);
        try (Writer w = Files.newBufferedWriter(csv)) {
            w.write("token_id,name,description,image,attr:Rarity,attr:Material,attr:Type,attr:Level:number:60,"
                    + "prop:damage:int,prop:weight:decimal,prop:slot\n");
            StringBuilder b = new StringBuilder(256);
            for (int i = 1; i <= rows; i++) {
                b.setLength(0);
                b.append(i).append(',').append(name(i)).append(",\"A ").append(rarity(i).toLowerCase())
                        .append(" ").append(kind(i).toLowerCase()).append(" forged from ").append(material(i).toLowerCase())
                        .append(", for heroes of level ").append(level(i)).append(".\",").append(image).append(',')
                        .append(rarity(i)).append(',').append(material(i)).append(',').append(kind(i)).append(',')
                        .append(level(i)).append(',').append(r.nextInt(1, 200)).append(',')
                        .append(r.nextInt(1, 500) / 10.0).append(',').append(SLOT[r.nextInt(SLOT.length)]).append('\n');
                w.write(b.toString());
            }
        }
    }
}
