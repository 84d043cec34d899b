package dev.atelier.studio.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * Regenerates the demo creator kit in {@code assets/}: twelve item pictures (256 px PNG drawn with
 * Java2D), three small GLB models and {@code items.csv} with game-item attributes and properties.
 * Run: {@code scripts/make-demo-kit.sh} (or this class's main with the output folder).
 */
public final class DemoKitGenerator {
    private record Spec(String file, String name, String rarity, String type, int level, int power, int damage,
                        String slot, boolean tradeable, String model, String description, Consumer<Graphics2D> draw) {
    }

    private static final Color STEEL = new Color(0xC9D1D9);
    private static final Color DARK = new Color(0x30363D);
    private static final Color WOOD = new Color(0x8B5A2B);
    private static final Color GOLD = new Color(0xE3B341);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "assets");
        generate(out);
        System.out.println("demo kit written to " + out.toAbsolutePath());
    }

    public static void generate(Path out) throws IOException {
        Files.createDirectories(out.resolve("images"));
        Files.createDirectories(out.resolve("models"));
        List<Spec> specs = specs();
        StringBuilder csv = new StringBuilder("token_id,name,description,image,animation_url,external_url,background_color,"
                + "supply,attr:Rarity,attr:Type,attr:Level:number:60,attr:Power:boost_number,prop:damage:int,prop:slot,"
                + "prop:level_required:int,prop:tradeable:bool\n");
        List<String> files = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            Color bg = rarityColor(s.rarity());
            g.setPaint(new GradientPaint(0, 0, bg.brighter(), 256, 256, bg.darker().darker()));
            g.fillRect(0, 0, 256, 256);
            g.setColor(new Color(255, 255, 255, 40));
            g.fill(new Ellipse2D.Double(38, 38, 180, 180));
            s.draw().accept(g);
            g.dispose();
            String image = "images/" + s.file() + ".png";
            ImageIO.write(img, "png", out.resolve(image).toFile());
            files.add(image);
            String model = "";
            if (s.model() != null) {
                model = "models/" + s.model() + ".glb";
                Files.write(out.resolve(model), model(s.model()));
                files.add(model);
            }
            csv.append(i + 1).append(',').append(s.name()).append(",\"").append(s.description().replace("\"", "\"\""))
                    .append("\",").append(image).append(',').append(model).append(",https://atelier.dev/demo/").append(s.file())
                    .append(',').append(hex(bg)).append(',').append(supply(s.rarity())).append(',').append(s.rarity()).append(',').append(s.type()).append(',')
                    .append(s.level()).append(',').append(s.power()).append(',').append(s.damage()).append(',').append(s.slot())
                    .append(',').append(Math.max(1, s.level() - 2)).append(',').append(s.tradeable()).append('\n');
        }
        Files.writeString(out.resolve("items.csv"), csv.toString(), StandardCharsets.UTF_8);
        files.add("items.csv");
        files.add("README.md");
        Files.writeString(out.resolve("kit.txt"), "# Files of the demo creator kit (read by the app to unpack it)\n"
                + String.join("\n", files) + "\n", StandardCharsets.UTF_8);
    }

    private static byte[] model(String name) {
        List<GlbWriter.Part> parts = new ArrayList<>();
        switch (name) {
            case "mana-crystal" -> {
                GlbWriter.Part p = new GlbWriter.Part(0.35f, 0.55f, 1f, 0.1f, 0.2f);
                float[] top = {0, 1.2f, 0};
                float[] bottom = {0, -1.2f, 0};
                int n = 6;
                for (int i = 0; i < n; i++) {
                    double a0 = 2 * Math.PI * i / n;
                    double a1 = 2 * Math.PI * (i + 1) / n;
                    float[] r0 = {(float) (0.5 * Math.cos(a0)), 0, (float) (0.5 * Math.sin(a0))};
                    float[] r1 = {(float) (0.5 * Math.cos(a1)), 0, (float) (0.5 * Math.sin(a1))};
                    p.tri(top, r1, r0);
                    p.tri(bottom, r0, r1);
                }
                parts.add(p);
            }
            case "iron-sword" -> {
                GlbWriter.Part blade = new GlbWriter.Part(0.8f, 0.82f, 0.85f, 0.9f, 0.25f);
                blade.box(-0.06f, 0.1f, -0.015f, 0.06f, 1.3f, 0.015f);
                GlbWriter.Part hilt = new GlbWriter.Part(0.89f, 0.7f, 0.25f, 0.8f, 0.4f);
                hilt.box(-0.3f, 0.0f, -0.05f, 0.3f, 0.1f, 0.05f);
                hilt.box(-0.035f, -0.35f, -0.035f, 0.035f, 0.0f, 0.035f);
                hilt.box(-0.06f, -0.45f, -0.06f, 0.06f, -0.35f, 0.06f);
                parts.add(blade);
                parts.add(hilt);
            }
            case "healing-potion" -> {
                GlbWriter.Part glass = new GlbWriter.Part(0.85f, 0.2f, 0.3f, 0.0f, 0.15f);
                glass.ring(10, 0f, 0.3f, 0.1f, 0.45f, true, false);
                glass.ring(10, 0.1f, 0.45f, 0.5f, 0.45f, false, false);
                glass.ring(10, 0.5f, 0.45f, 0.7f, 0.12f, false, false);
                glass.ring(10, 0.7f, 0.12f, 0.95f, 0.12f, false, false);
                GlbWriter.Part cork = new GlbWriter.Part(0.55f, 0.35f, 0.17f, 0.0f, 0.9f);
                cork.ring(10, 0.95f, 0.13f, 1.1f, 0.11f, true, true);
                parts.add(glass);
                parts.add(cork);
            }
            default -> throw new IllegalArgumentException(name);
        }
        return GlbWriter.write(name, parts);
    }

    private static List<Spec> specs() {
        return List.of(
                new Spec("iron-sword", "Iron Sword", "Common", "Weapon", 3, 5, 12, "main_hand", true, "iron-sword",
                        "A plain, honest blade. Every hero starts somewhere.", g -> sword(g, STEEL, GOLD)),
                new Spec("oak-shield", "Oak Shield", "Common", "Armor", 2, 3, 0, "off_hand", true, null,
                        "Oak planks bound with iron; it has stopped more arrows than it remembers.", g -> shield(g)),
                new Spec("healing-potion", "Healing Potion", "Uncommon", "Consumable", 1, 25, 0, "bag", true, "healing-potion",
                        "Restores 25 health. Tastes faintly of cherries.", g -> potion(g, new Color(0xE5534B))),
                new Spec("mana-crystal", "Mana Crystal", "Rare", "Material", 10, 15, 0, "bag", true, "mana-crystal",
                        "A shard humming with stored magic, used to enchant gear.", g -> crystal(g)),
                new Spec("hunters-bow", "Hunter's Bow", "Uncommon", "Weapon", 8, 8, 18, "main_hand", true, null,
                        "Yew limbs and a waxed string. Quiet, quick, reliable.", g -> bow(g)),
                new Spec("knight-helm", "Knight Helm", "Rare", "Armor", 15, 10, 0, "head", true, null,
                        "A visored helm from the old guard's armory.", g -> helm(g)),
                new Spec("ruby-ring", "Ruby Ring", "Epic", "Jewelry", 22, 12, 0, "finger", false, null,
                        "The stone is warm to the touch. **+12% fire damage.**", g -> ring(g)),
                new Spec("ancient-scroll", "Ancient Scroll", "Epic", "Consumable", 18, 30, 0, "bag", false, null,
                        "Teaches one forgotten spell, then crumbles to dust.", g -> scroll(g)),
                new Spec("battle-axe", "Battle Axe", "Rare", "Weapon", 20, 14, 34, "two_hands", true, null,
                        "Heavy, double-bitted, and not subtle about it.", g -> axe(g)),
                new Spec("frost-staff", "Frost Staff", "Legendary", "Weapon", 40, 40, 52, "two_hands", false, null,
                        "Carved from a glacier's heart. Leaves a trail of rime.", g -> staff(g)),
                new Spec("swift-boots", "Swift Boots", "Uncommon", "Armor", 6, 6, 0, "feet", true, null,
                        "Soft leather boots. **+6% movement speed.**", g -> boots(g)),
                new Spec("sun-amulet", "Sun Amulet", "Legendary", "Jewelry", 45, 50, 0, "neck", false, null,
                        "Forged at noon on the longest day. Wards off the dark.", g -> amulet(g)));
    }

    private static int supply(String rarity) {
        return switch (rarity) {
            case "Common" -> 10_000;
            case "Uncommon" -> 2_500;
            case "Rare" -> 500;
            case "Epic" -> 100;
            default -> 10;
        };
    }

    private static Color rarityColor(String rarity) {
        return switch (rarity) {
            case "Common" -> new Color(0x6E7781);
            case "Uncommon" -> new Color(0x2DA44E);
            case "Rare" -> new Color(0x0969DA);
            case "Epic" -> new Color(0x8250DF);
            default -> new Color(0xBF8700);
        };
    }

    private static String hex(Color c) {
        return String.format("%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static void outline(Graphics2D g, java.awt.Shape s, Color fill) {
        g.setColor(fill);
        g.fill(s);
        g.setColor(DARK);
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(s);
    }

    private static void sword(Graphics2D g, Color blade, Color hilt) {
        Path2D b = new Path2D.Double();
        b.moveTo(128, 30);
        b.lineTo(142, 60);
        b.lineTo(140, 170);
        b.lineTo(116, 170);
        b.lineTo(114, 60);
        b.closePath();
        outline(g, b, blade);
        outline(g, new RoundRectangle2D.Double(84, 168, 88, 16, 8, 8), hilt);
        outline(g, new RoundRectangle2D.Double(120, 184, 16, 36, 6, 6), WOOD);
        outline(g, new Ellipse2D.Double(116, 216, 24, 24), hilt);
    }

    private static void shield(Graphics2D g) {
        Path2D s = new Path2D.Double();
        s.moveTo(60, 50);
        s.lineTo(196, 50);
        s.curveTo(196, 150, 170, 200, 128, 226);
        s.curveTo(86, 200, 60, 150, 60, 50);
        s.closePath();
        outline(g, s, WOOD);
        g.setColor(STEEL);
        g.setStroke(new BasicStroke(10));
        g.drawLine(128, 56, 128, 218);
        g.drawLine(66, 110, 190, 110);
    }

    private static void potion(Graphics2D g, Color liquid) {
        outline(g, new Ellipse2D.Double(68, 96, 120, 124), new Color(0xF0F6FC));
        g.setColor(liquid);
        g.fill(new Ellipse2D.Double(76, 130, 104, 84));
        outline(g, new RoundRectangle2D.Double(110, 52, 36, 50, 8, 8), new Color(0xF0F6FC));
        outline(g, new RoundRectangle2D.Double(106, 38, 44, 20, 6, 6), WOOD);
    }

    private static void crystal(Graphics2D g) {
        Path2D c = new Path2D.Double();
        c.moveTo(128, 28);
        c.lineTo(180, 110);
        c.lineTo(128, 228);
        c.lineTo(76, 110);
        c.closePath();
        outline(g, c, new Color(0x79C0FF));
        g.setColor(new Color(255, 255, 255, 120));
        Path2D shine = new Path2D.Double();
        shine.moveTo(128, 28);
        shine.lineTo(140, 110);
        shine.lineTo(128, 228);
        shine.lineTo(76, 110);
        shine.closePath();
        g.fill(shine);
    }

    private static void bow(Graphics2D g) {
        g.setColor(DARK);
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D arc = new Path2D.Double();
        arc.moveTo(90, 36);
        arc.quadTo(220, 128, 90, 220);
        g.draw(arc);
        g.setColor(WOOD);
        g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(arc);
        g.setColor(new Color(0xF0F6FC));
        g.setStroke(new BasicStroke(2));
        g.drawLine(90, 36, 90, 220);
    }

    private static void helm(Graphics2D g) {
        Path2D h = new Path2D.Double();
        h.moveTo(62, 200);
        h.lineTo(62, 120);
        h.curveTo(62, 40, 194, 40, 194, 120);
        h.lineTo(194, 200);
        h.closePath();
        outline(g, h, STEEL);
        g.setColor(DARK);
        g.fillRoundRect(84, 118, 88, 16, 6, 6);
        g.fillRect(124, 134, 8, 50);
    }

    private static void ring(Graphics2D g) {
        g.setColor(DARK);
        g.setStroke(new BasicStroke(26));
        g.draw(new Ellipse2D.Double(74, 100, 108, 108));
        g.setColor(GOLD);
        g.setStroke(new BasicStroke(18));
        g.draw(new Ellipse2D.Double(74, 100, 108, 108));
        Path2D gem = new Path2D.Double();
        gem.moveTo(128, 40);
        gem.lineTo(160, 70);
        gem.lineTo(128, 104);
        gem.lineTo(96, 70);
        gem.closePath();
        outline(g, gem, new Color(0xE5534B));
    }

    private static void scroll(Graphics2D g) {
        outline(g, new RoundRectangle2D.Double(70, 60, 116, 140, 10, 10), new Color(0xF2E3C6));
        outline(g, new RoundRectangle2D.Double(58, 46, 140, 24, 12, 12), new Color(0xD9C29B));
        outline(g, new RoundRectangle2D.Double(58, 190, 140, 24, 12, 12), new Color(0xD9C29B));
        g.setColor(new Color(0x8B949E));
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int y = 90; y <= 170; y += 20) {
            g.drawLine(88, y, 168, y);
        }
    }

    private static void axe(Graphics2D g) {
        outline(g, new RoundRectangle2D.Double(120, 40, 16, 190, 8, 8), WOOD);
        Path2D blade = new Path2D.Double();
        blade.moveTo(136, 60);
        blade.curveTo(200, 50, 210, 130, 136, 120);
        blade.closePath();
        outline(g, blade, STEEL);
        Path2D back = new Path2D.Double();
        back.moveTo(120, 60);
        back.curveTo(56, 50, 46, 130, 120, 120);
        back.closePath();
        outline(g, back, STEEL);
    }

    private static void staff(Graphics2D g) {
        g.rotate(Math.toRadians(20), 128, 128);
        outline(g, new RoundRectangle2D.Double(120, 80, 16, 160, 8, 8), new Color(0xA5D6FF));
        Path2D c = new Path2D.Double();
        c.moveTo(128, 20);
        c.lineTo(156, 60);
        c.lineTo(128, 96);
        c.lineTo(100, 60);
        c.closePath();
        outline(g, c, new Color(0xE6F6FF));
    }

    private static void boots(Graphics2D g) {
        Path2D b = new Path2D.Double();
        b.moveTo(96, 50);
        b.lineTo(150, 50);
        b.lineTo(150, 160);
        b.curveTo(200, 165, 210, 190, 206, 210);
        b.lineTo(96, 210);
        b.closePath();
        outline(g, b, WOOD);
        g.setColor(new Color(0x5A3A1A));
        g.fillRect(96, 196, 110, 14);
    }

    private static void amulet(Graphics2D g) {
        g.setColor(DARK);
        g.setStroke(new BasicStroke(5));
        g.drawArc(70, 20, 116, 130, 200, 140);
        g.setColor(GOLD);
        for (int i = 0; i < 12; i++) {
            double a = Math.toRadians(i * 30);
            g.fillOval((int) (128 + 62 * Math.cos(a)) - 8, (int) (160 + 62 * Math.sin(a)) - 8, 16, 16);
        }
        outline(g, new Ellipse2D.Double(82, 114, 92, 92), GOLD);
        outline(g, new Ellipse2D.Double(106, 138, 44, 44), new Color(0xFFF8C5));
    }
}
