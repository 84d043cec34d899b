package dev.atelier.asset.budget;

import dev.atelier.asset.AssetReport;
import dev.atelier.asset.model.ModelStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A named set of limits a marketplace or world publishes (or a studio defines) for the files it
 * accepts. {@link #check} measures a report against every limit that applies to its kind of asset.
 */
public record BudgetProfile(String name, String description, boolean builtIn, List<BudgetLimit> limits) {
    public BudgetProfile {
        limits = List.copyOf(limits);
    }

    public List<BudgetResult> check(AssetReport r) {
        List<BudgetResult> out = new ArrayList<>();
        ModelStats m = r.model();
        for (BudgetLimit l : limits) {
            switch (l.metric()) {
                case FILE_BYTES -> out.add(numeric(l, r.bytes()));
                case MEDIA_TYPE -> out.add(new BudgetResult(l.metric().label(), r.type(), String.join(", ", l.allowed()),
                        l.allowed().contains(r.type().toLowerCase(Locale.ROOT)) ? BudgetResult.Verdict.PASS : BudgetResult.Verdict.FAIL));
                case TRIANGLES -> {
                    if (m != null) {
                        out.add(numeric(l, m.triangles()));
                    }
                }
                case VERTICES -> {
                    if (m != null) {
                        out.add(numeric(l, m.vertices()));
                    }
                }
                case DRAW_CALLS -> {
                    if (m != null) {
                        out.add(numeric(l, m.drawCalls()));
                    }
                }
                case MATERIALS -> {
                    if (m != null) {
                        out.add(numeric(l, m.materials()));
                    }
                }
                case TEXTURE_MAX_SIDE -> {
                    if (m != null) {
                        out.add(numeric(l, m.maxTextureSide()));
                    }
                }
                case TEXTURES_SQUARE_POW2 -> {
                    if (m != null) {
                        long bad = m.textures().stream().filter(t -> t.width() != t.height() || !pow2(t.width())).count();
                        out.add(new BudgetResult(l.metric().label(), bad == 0 ? "all" : bad + " not", "all",
                                bad == 0 ? BudgetResult.Verdict.PASS : BudgetResult.Verdict.FAIL));
                    }
                }
                case IMAGE_MAX_SIDE -> {
                    if (r.width() != null) {
                        out.add(numeric(l, Math.max(r.width(), r.height())));
                    }
                }
                case IMAGE_EXACT_SIDE -> {
                    if (r.width() != null) {
                        boolean ok = r.width() == l.max() && r.height() == l.max();
                        out.add(new BudgetResult(l.metric().label(), r.width() + "×" + r.height(), l.max() + "×" + l.max(),
                                ok ? BudgetResult.Verdict.PASS : BudgetResult.Verdict.FAIL));
                    }
                }
                default -> throw new IllegalStateException(l.metric().name());
            }
        }
        return out;
    }

    private static BudgetResult numeric(BudgetLimit l, long value) {
        BudgetResult.Verdict v = value > l.max() ? BudgetResult.Verdict.FAIL
                : value > l.max() * BudgetLimit.WARN_RATIO ? BudgetResult.Verdict.WARN : BudgetResult.Verdict.PASS;
        return new BudgetResult(l.metric().label(), value, l.max(), v);
    }

    private static boolean pow2(int v) {
        return v > 0 && (v & (v - 1)) == 0;
    }
}
