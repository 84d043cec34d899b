package dev.atelier.studio;

import dev.atelier.asset.AssetInspector;
import dev.atelier.asset.AssetKind;
import dev.atelier.asset.AssetReport;
import dev.atelier.asset.budget.BudgetProfile;
import dev.atelier.asset.budget.BudgetResult;
import dev.atelier.asset.budget.BuiltInProfiles;
import dev.atelier.common.AtelierException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Item media checked by the Assets capability: the file's real type (sniffed, not its extension),
 * decode problems, pixel dimensions, glTF validation and the marketplace's budget (types, sizes,
 * triangles, textures), each reported on the item's field with the inspector's own wording.
 */
public final class AssetMediaCheck implements MediaCheck {
    private static final int CACHED = 512;
    private final AssetInspector inspector;
    /** Results by file, size and modification time: editing an item re-validates it on every change. */
    private final java.util.Map<String, List<Issue>> cache = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, List<Issue>> eldest) {
                    return size() > CACHED;
                }
            });

    public AssetMediaCheck(AssetInspector inspector) {
        this.inspector = inspector;
    }

    @Override
    public List<Issue> check(String field, Path file, MarketplaceProfile profile) {
        String key;
        try {
            key = field + '|' + profile.id() + '|' + file.toAbsolutePath() + '|' + java.nio.file.Files.size(file) + '|'
                    + java.nio.file.Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException e) {
            return List.of(Issue.error(field, "Cannot read " + file + ". Check its permissions."));
        }
        return cache.computeIfAbsent(key, k -> List.copyOf(inspect(field, file, profile)));
    }

    private List<Issue> inspect(String field, Path file, MarketplaceProfile profile) {
        BudgetProfile budget = BuiltInProfiles.ALL.stream().filter(b -> b.name().equalsIgnoreCase(profile.assetBudget()))
                .findFirst().orElse(BuiltInProfiles.NONE);
        AssetReport r;
        try {
            r = inspector.inspect(file, budget);
        } catch (AtelierException e) {
            return List.of(Issue.error(field, file.getFileName() + ": " + e.userMessage()));
        }
        List<Issue> out = new ArrayList<>();
        String name = file.getFileName().toString();
        if (field.equals("image") && r.kind() != AssetKind.IMAGE) {
            out.add(Issue.error(field, name + " is " + r.type() + ", not a picture. Use a PNG, JPEG, GIF, SVG or WebP as the image"
                    + (r.kind() == AssetKind.MODEL ? " (render a poster of the model on the Assets screen) and put the model in animation_url." : ".")));
        }
        if (field.equals("animation_url") && r.kind() == AssetKind.OTHER) {
            out.add(Issue.error(field, name + " is not a model, video or audio file that marketplaces play."));
        }
        for (dev.atelier.asset.Issue i : r.issues()) {
            switch (i.severity()) {
                case ERROR -> out.add(Issue.error(field, name + ": " + i.message()));
                case WARNING -> out.add(Issue.warning(field, name + ": " + i.message()));
                default -> { }
            }
        }
        for (BudgetResult b : r.budget()) {
            String text = name + ": " + b.limit() + " is " + b.value() + " (" + budget.name() + " allows " + b.max() + ").";
            if (b.result() == BudgetResult.Verdict.FAIL) {
                out.add(Issue.error(field, text));
            } else if (b.result() == BudgetResult.Verdict.WARN) {
                out.add(Issue.warning(field, text + " Close to the limit."));
            }
        }
        return out;
    }
}
