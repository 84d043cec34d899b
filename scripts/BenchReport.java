import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the summary table of docs/benchmarks.md from the results scripts/bench-all.sh collected
 * (KEY TAB VALUE TAB NOTE lines written by scripts/bench-lib.sh's bench_emit) and the load samples
 * taken during the run. Run with the JDK's source launcher (no build needed):
 * {@code java scripts/BenchReport.java RESULTS.tsv LOAD.txt MODE OUT.md [DOC.md]}; with DOC.md the table
 * replaces the block between the bench-all markers (or is inserted after the title).
 */
public final class BenchReport {
    static final String BEGIN = "<!-- bench-all:begin -->";
    static final String END = "<!-- bench-all:end -->";

    /** How a row's ratio is formed and read. */
    enum Kind {
        /** Higher is better (a rate): ratio = ours ÷ peer, "× faster". */
        RATE,
        /** Lower is better (a time), shown as speed-up: ratio = peer ÷ ours, "× faster". */
        TIME_SPEEDUP,
        /** Lower is better (a time), shown as a time ratio: ratio = ours ÷ peer, "× the time". */
        TIME_RATIO,
        /** A figure on its own, compared with an absolute target (or none). */
        ABSOLUTE
    }

    record Row(String step, String capability, String figure, String oursKey, String unit, String peer, String peerKey, Kind kind,
            String target, Double bound, boolean atLeast) {
    }

    final Map<String, String> values = new LinkedHashMap<>();
    final Map<String, String> notes = new LinkedHashMap<>();
    final List<long[]> load = new ArrayList<>(); // {epoch seconds, load × 100}
    final boolean quick;

    BenchReport(Path results, Path loadFile, boolean quick) throws IOException {
        this.quick = quick;
        for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length >= 2 && !f[0].isBlank()) {
                values.put(f[0], f[1].strip());
                notes.put(f[0], f.length > 2 ? f[2].strip() : "");
            }
        }
        if (Files.exists(loadFile)) {
            for (String line : Files.readAllLines(loadFile, StandardCharsets.UTF_8)) {
                String[] f = line.trim().split("\\s+");
                if (f.length == 2) {
                    load.add(new long[] {Long.parseLong(f[0]), Math.round(Double.parseDouble(f[1]) * 100)});
                }
            }
        }
    }

    String v(String key) {
        return values.getOrDefault(key, "");
    }

    Double num(String key) {
        try {
            String s = v(key);
            return s.isEmpty() ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    List<Row> rows() {
        String lines = v("sign.process.lines").isEmpty() ? "N" : group(num("sign.process.lines"));
        String kdf = v("kdf.params").isEmpty() ? "" : v("kdf.params") + ", ";
        String mib = v("cid.mib").isEmpty() ? "?" : v("cid.mib");
        String tris = v("parse.triangles").isEmpty() ? "?" : group(num("parse.triangles"));
        String openTris = v("open.triangles").isEmpty() ? "?" : group(num("open.triangles"));
        String rows = v("studio.rows").isEmpty() ? "?" : group(num("studio.rows"));
        String mintItems = v("mint.items").isEmpty() ? "?" : group(num("mint.items"));
        return List.of(
                new Row("sign", "Signer", "secp256k1 signatures/s, one thread (JMH)", "sign.jmh.atelier", "/s",
                        "web3j `Sign.signMessage`", "sign.jmh.web3j", Kind.RATE, "≥ 3×", 3.0, true),
                new Row("sign", "Signer", "secp256k1 signatures/s, one thread", "sign.jmh.atelier", "/s",
                        "ethers v6 `signingKey.sign` (node)", "sign.jmh.ethers", Kind.RATE, "≥ 3×", 3.0, true),
                new Row("sign", "Signer", "`sign tx`, " + lines + " EIP-1559 transfers, whole process (outputs identical: "
                        + (v("sign.process.identical").isEmpty() ? "?" : v("sign.process.identical")) + ")", "sign.process.atelier", " s",
                        "ethers v6 script from its scrypt keystore, same requests", "sign.process.ethers", Kind.TIME_SPEEDUP, "—", null, true),
                new Row("sign", "Signer", "`sign tx`, " + lines + " transfers, vault at the Argon2id floor", "sign.process.atelierFloor", " s",
                        "ethers v6 script from a plain key", "sign.process.ethersPlain", Kind.TIME_SPEEDUP, "—", null, true),
                new Row("kdf", "Vault KDF", "Argon2id " + kdf + "p=4, first call in a fresh process", "kdf.p4.atelier", " ms",
                        "libargon2 (reference C)", "kdf.p4.ref", Kind.TIME_RATIO, "≤ 1.2× the time", 1.2, false),
                new Row("kdf", "Vault KDF", "Argon2id " + kdf + "p=1, first call", "kdf.p1.atelier", " ms",
                        "libargon2 (reference C)", "kdf.p1.ref", Kind.TIME_RATIO, "—", null, false),
                new Row("cid", "CID", "`asset cid` of a " + mib + " MiB file, whole process", "cid.atelier", " s",
                        "`openssl dgst -sha256`", "cid.openssl", Kind.TIME_SPEEDUP, "≥ 0.8×", 0.8, true),
                new Row("cid", "CID", "`asset cid` of a " + mib + " MiB file, whole process", "cid.atelier", " s",
                        "ipfs-only-hash 4 (CIDv1, raw leaves)", "cid.ioh", Kind.TIME_SPEEDUP, "≥ 1.3×", 1.3, true),
                new Row("parse", "glTF", "warm parse of a " + tris + "-triangle GLB into mesh arrays (median)", "parse.atelier", " ms",
                        "@gltf-transform/core `NodeIO.read`", "parse.ioh", Kind.TIME_RATIO, "≤ 1.5× the time", 1.5, false),
                new Row("open", "glTF", "open-to-first-frame, first model (" + openTris + " triangles) in the running app, llvmpipe",
                        "open.atelier", " ms", "", "", Kind.ABSOLUTE, "≤ 1000 ms", 1000.0, false),
                new Row("studio", "Catalog", "CSV import of " + rows + " rows, end to end", "studio.import", " rows/s", "", "",
                        Kind.ABSOLUTE, "≥ 50,000 rows/s", 50000.0, true),
                new Row("studio", "Catalog", "text search + attribute filter over " + rows + " items, p95 of 100 queries", "studio.search.p95",
                        " ms", "", "", Kind.ABSOLUTE, "≤ 10 ms", 10.0, false),
                new Row("studio", "Catalog", "first screen of the " + rows + "-item collection (median switch)", "studio.firstscreen", " ms",
                        "", "", Kind.ABSOLUTE, "≤ 300 ms", 300.0, false),
                new Row("mint", "Minting", "batch mint " + mintItems + " ERC-1155 items on the sandbox: gas per item", "mint.gas.batch", " gas",
                        "one transaction per item (naive loop)", "mint.gas.naive", Kind.TIME_SPEEDUP, "≥ 5× less gas", 5.0, true),
                new Row("mint", "Minting", "batch mint " + mintItems + " ERC-1155 items: wall time", "mint.wall.batch", " s",
                        "naive loop, same run", "mint.wall.naive", Kind.TIME_SPEEDUP, "—", null, true),
                new Row("startup", "Start-up", "cold start to a visible window (median; runs " + v("startup.runs") + " ms)", "startup.atelier",
                        " ms", "", "", Kind.ABSOLUTE, "< 2000 ms", 2000.0, false),
                new Row("sizes", "Size", "`.deb` installer", "size.deb", " B", "", "", Kind.ABSOLUTE, "—", null, false),
                new Row("sizes", "Size", "installed app-image (runtime + app)", "size.appimage", " B", "", "", Kind.ABSOLUTE, "—", null, false),
                new Row("sizes", "Size", "of which the jlinked Java runtime with JavaFX", "size.runtime", " B", "", "", Kind.ABSOLUTE, "—", null,
                        false),
                new Row("sizes", "Size", "`target/atelier.jar` (`java -jar`, every platform's natives)", "size.jar", " B", "", "", Kind.ABSOLUTE,
                        "—", null, false),
                new Row("sizes", "Size", "app jar inside the installers (no JavaFX, this platform's natives)", "size.appjar", " B", "", "",
                        Kind.ABSOLUTE, "—", null, false));
    }

    String table() {
        StringBuilder b = new StringBuilder();
        String date = v("run.start").isEmpty() ? "?" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
                .format(Instant.ofEpochSecond(Long.parseLong(v("run.start"))).atOffset(ZoneOffset.UTC));
        b.append(BEGIN).append('\n');
        b.append("## Summary (generated by `scripts/bench-all.sh").append(quick ? " --quick" : "").append("`)\n\n");
        b.append("Run ").append(date).append(", ").append(quick ? "**quick mode** (small inputs: a smoke test of the benchmarks, "
                + "not the conditions the targets are stated for)" : "full mode").append(", ")
                .append(v("run.minutes")).append(" min.\n");
        b.append("Machine: ").append(v("machine.cpu")).append(", ").append(v("machine.cores")).append(" cores, ")
                .append(v("machine.ram")).append(" RAM, ").append(v("machine.os")).append(", ").append(v("machine.jdk"))
                .append(", Node ").append(v("machine.node")).append(".\n");
        double[] all = loadRange(0, Long.MAX_VALUE);
        b.append("**Load average during the run: ").append(range(all)).append("** (1-minute average, sampled every 5 s, on ")
                .append(v("machine.cores")).append(" cores). ");
        if (all != null && all[1] > Double.parseDouble(v("machine.cores").isEmpty() ? "2" : v("machine.cores"))) {
            b.append("This machine is shared: other work competed for the CPUs during the run, so wall times are inflated and "
                    + "ratios between processes measured minutes apart are noisy. ");
        }
        b.append("Each row gives the load during its benchmark. Sections below the table describe each benchmark.\n\n");
        b.append("| capability | figure | Atelier | peer | peer figure | ratio | target | met? | load |\n");
        b.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows()) {
            Double ours = num(r.oursKey());
            Double peer = r.peerKey().isEmpty() ? null : num(r.peerKey());
            String rc = v("step." + r.step() + ".rc");
            String oursText;
            if (ours != null) {
                oursText = fmt(ours, r.unit());
            } else if (rc.isEmpty()) {
                oursText = "not run";
            } else {
                oursText = rc.equals("0") ? "no figure" : "failed (exit " + rc + ", see log)";
            }
            Double ratio = null;
            if (ours != null && peer != null && peer != 0 && ours != 0) {
                ratio = switch (r.kind()) {
                    case RATE, TIME_RATIO -> ours / peer;
                    case TIME_SPEEDUP -> peer / ours;
                    case ABSOLUTE -> null;
                };
            }
            String met = "—";
            if (r.bound() != null) {
                Double x = r.kind() == Kind.ABSOLUTE ? ours : ratio;
                if (x != null) {
                    boolean ok = r.atLeast() ? x >= r.bound() : (r.target().startsWith("<") ? x < r.bound() : x <= r.bound());
                    met = (ok ? "yes" : "**no**") + (quick ? " (quick)" : "");
                }
            }
            String ratioText = ratio == null ? "—" : String.format(Locale.ROOT, "%.2f×", ratio)
                    + (r.kind() == Kind.TIME_RATIO ? " the time" : r.kind() == Kind.TIME_SPEEDUP && r.oursKey().startsWith("mint.gas")
                            ? " less gas" : " faster");
            long s = parseLong(v("step." + r.step() + ".start"));
            long e = parseLong(v("step." + r.step() + ".end"));
            b.append("| ").append(r.capability()).append(" | ").append(r.figure()).append(" | ").append(oursText).append(" | ")
                    .append(r.peer().isEmpty() ? "—" : r.peer()).append(" | ").append(peer == null ? "—" : fmt(peer, r.unit()))
                    .append(" | ").append(ratioText).append(" | ").append(r.target()).append(" | ").append(met).append(" | ")
                    .append(s > 0 ? range(loadRange(s, e)) : "—").append(" |\n");
        }
        b.append("\nRaw output of this run: `target/bench/bench-all.log`; results: `target/bench/results.tsv`.\n");
        b.append(END).append('\n');
        return b.toString();
    }

    double[] loadRange(long from, long to) {
        double min = Double.MAX_VALUE;
        double max = -1;
        double sum = 0;
        int n = 0;
        for (long[] l : load) {
            if (l[0] >= from && l[0] <= to) {
                double x = l[1] / 100.0;
                min = Math.min(min, x);
                max = Math.max(max, x);
                sum += x;
                n++;
            }
        }
        return n == 0 ? null : new double[] {min, max, sum / n};
    }

    static String range(double[] r) {
        if (r == null) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.1f–%.1f (mean %.1f)", r[0], r[1], r[2]);
    }

    static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String group(Double d) {
        return d == null ? "?" : String.format(Locale.ROOT, "%,d", Math.round(d));
    }

    static String fmt(double x, String unit) {
        if (unit.equals(" B")) {
            return String.format(Locale.ROOT, "%.1f MB", x / 1e6);
        }
        String n;
        if (Math.abs(x) >= 1000) {
            n = String.format(Locale.ROOT, "%,d", Math.round(x));
        } else if (Math.abs(x) >= 100) {
            n = String.format(Locale.ROOT, "%.0f", x);
        } else if (Math.abs(x) >= 10) {
            n = String.format(Locale.ROOT, "%.1f", x);
        } else {
            n = String.format(Locale.ROOT, "%.2f", x);
        }
        return n + unit;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: java scripts/BenchReport.java RESULTS.tsv LOAD.txt full|quick OUT.md [DOC.md]");
            System.exit(2);
        }
        BenchReport r = new BenchReport(Path.of(args[0]), Path.of(args[1]), args[2].equals("quick"));
        String table = r.table();
        Files.writeString(Path.of(args[3]), table, StandardCharsets.UTF_8);
        if (args.length > 4) {
            Path doc = Path.of(args[4]);
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            int b = text.indexOf(BEGIN);
            int e = text.indexOf(END);
            if (b >= 0 && e > b) {
                int rest = e + END.length();
                if (rest < text.length() && text.charAt(rest) == '\n') {
                    rest++;
                }
                text = text.substring(0, b) + table + text.substring(rest);
            } else {
                int afterTitle = text.indexOf("\n\n") + 2;
                text = text.substring(0, afterTitle) + table + "\n" + text.substring(afterTitle);
            }
            Path tmp = doc.resolveSibling(doc.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, doc, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        System.out.print(table);
    }
}
