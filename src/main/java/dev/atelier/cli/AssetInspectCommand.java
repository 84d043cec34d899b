package dev.atelier.cli;

import dev.atelier.asset.AssetInspector;
import dev.atelier.asset.AssetReport;
import dev.atelier.asset.Issue;
import dev.atelier.asset.budget.BudgetProfile;
import dev.atelier.asset.budget.BudgetProfiles;
import dev.atelier.asset.budget.BudgetResult;
import dev.atelier.asset.model.ModelStats;
import dev.atelier.common.AtelierException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atelier asset inspect FILE [--profile NAME] [--json]}: exit 1 when the file has errors or fails its budget. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Show a file's type, size, dimensions or model statistics, its validation issues",
                "(glTF checked like Khronos glTF-Validator) and, with --profile, its budget results.",
                "Exits 1 when there are errors or a budget limit fails."})
public final class AssetInspectCommand extends CliCommand {
    @Parameters(paramLabel = "FILE", description = "An image, audio, video or 3D model (glTF, GLB, OBJ) file.")
    Path file;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Budget profile: OpenSea, \"Decentraland wearable\", \"Ready Player Me outfit\", or one saved in the app.")
    String profile;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        BudgetProfile budget = profile == null ? null : resolveProfile(profile);
        AssetReport r = new AssetInspector().inspect(file, budget);
        if (json) {
            printJson(toJson(r));
        } else {
            printText(r);
        }
        return r.hasErrors() || r.budgetFailed() ? 1 : 0;
    }

    private BudgetProfile resolveProfile(String name) {
        return BudgetProfiles.builtIn(name).or(() -> app().budgetProfiles().find(name)).orElseThrow(() -> new AtelierException(
                "No budget profile named '" + name + "'. Built-in: OpenSea, Decentraland wearable, Ready Player Me outfit; "
                        + "custom profiles are created on the Assets screen."));
    }

    static Map<String, Object> toJson(AssetReport r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", r.fileName());
        o.put("type", r.type());
        o.put("mimeType", r.assetType().mimeType());
        o.put("bytes", r.bytes());
        if (r.width() != null) {
            o.put("width", r.width());
            o.put("height", r.height());
            if (r.frames() != null) {
                o.put("frames", r.frames());
            }
        }
        if (r.durationSeconds() != null) {
            o.put("durationSeconds", r.durationSeconds());
        }
        ModelStats m = r.model();
        if (m != null) {
            o.put("meshes", m.meshes());
            o.put("primitives", m.primitives());
            o.put("vertices", m.vertices());
            o.put("triangles", m.triangles());
            o.put("drawCalls", m.drawCalls());
            o.put("materials", m.materials());
            o.put("textures", m.textures().size());
            List<Map<String, Object>> tex = new ArrayList<>();
            for (ModelStats.TextureInfo t : m.textures()) {
                Map<String, Object> to = new LinkedHashMap<>();
                to.put("index", t.index());
                to.put("name", t.name());
                to.put("width", t.width());
                to.put("height", t.height());
                to.put("bytes", t.bytes());
                to.put("mimeType", t.mimeType());
                tex.add(to);
            }
            o.put("textureDetails", tex);
            o.put("animations", m.animations());
            if (m.bboxMin() != null) {
                o.put("bbox", Map.of("min", m.bboxMin(), "max", m.bboxMax()));
            }
            o.put("extensionsUsed", m.extensionsUsed());
            o.put("extensionsRequired", m.extensionsRequired());
            o.put("missingDecoders", m.missingDecoders());
        }
        List<Map<String, Object>> issues = new ArrayList<>();
        for (Issue i : r.issues()) {
            Map<String, Object> io = new LinkedHashMap<>();
            io.put("severity", i.severity().name().toLowerCase(Locale.ROOT));
            io.put("code", i.code());
            io.put("message", i.message());
            io.put("pointer", i.pointer());
            issues.add(io);
        }
        o.put("issues", issues);
        if (r.profile() != null) {
            o.put("profile", r.profile());
        }
        List<Map<String, Object>> budget = new ArrayList<>();
        for (BudgetResult b : r.budget()) {
            Map<String, Object> bo = new LinkedHashMap<>();
            bo.put("limit", b.limit());
            bo.put("value", b.value());
            bo.put("max", b.max());
            bo.put("result", b.result().toString());
            budget.add(bo);
        }
        o.put("budget", budget);
        return o;
    }

    private void printText(AssetReport r) {
        out().printf("%-12s %s%n", "file:", r.fileName());
        out().printf("%-12s %s (%s)%n", "type:", r.type(), r.assetType().mimeType());
        out().printf("%-12s %,d%n", "bytes:", r.bytes());
        if (r.width() != null) {
            out().printf("%-12s %d × %d px%s%n", "size:", r.width(), r.height(),
                    r.frames() != null && r.frames() > 1 ? ", " + r.frames() + " frames" : "");
        }
        if (r.durationSeconds() != null) {
            out().printf(Locale.ROOT, "%-12s %.2f s%n", "duration:", r.durationSeconds());
        }
        ModelStats m = r.model();
        if (m != null) {
            out().printf("%-12s %d meshes, %d primitives, %d draw calls%n", "model:", m.meshes(), m.primitives(), m.drawCalls());
            out().printf("%-12s %,d vertices, %,d triangles%n", "", m.vertices(), m.triangles());
            out().printf("%-12s %d materials, %d textures%n", "", m.materials(), m.textures().size());
            for (ModelStats.TextureInfo t : m.textures()) {
                out().printf("%-12s texture %d: %d × %d px, %,d bytes %s%n", "", t.index(), t.width(), t.height(), t.bytes(), t.mimeType());
            }
            if (m.bboxMin() != null) {
                out().printf("%-12s [%.3f, %.3f, %.3f] – [%.3f, %.3f, %.3f]%n", "bbox:", m.bboxMin()[0], m.bboxMin()[1], m.bboxMin()[2],
                        m.bboxMax()[0], m.bboxMax()[1], m.bboxMax()[2]);
            }
            if (!m.extensionsUsed().isEmpty()) {
                out().printf("%-12s %s%n", "extensions:", String.join(", ", m.extensionsUsed()));
            }
        }
        if (r.issues().isEmpty()) {
            out().println("issues:      none");
        } else {
            out().println("issues:");
            for (Issue i : r.issues()) {
                out().printf("  %-7s %s %s%s%n", i.severity().name().toLowerCase(Locale.ROOT), i.code(), i.message(),
                        i.pointer() == null ? "" : " (" + i.pointer() + ")");
            }
        }
        if (r.profile() != null) {
            out().println("budget (" + r.profile() + "):");
            for (BudgetResult b : r.budget()) {
                out().printf("  %-5s %s: %s (max %s)%n", b.result(), b.limit(), b.value(), b.max());
            }
        }
    }
}
