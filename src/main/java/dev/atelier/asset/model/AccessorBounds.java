package dev.atelier.asset.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.asset.Issue;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an accessor's declared {@code min}/{@code max} against its data (glTF 2.0 §3.6.2.5), as
 * glTF-Validator does: FLOAT components compared at float precision, normalized integers by their
 * raw values.
 */
final class AccessorBounds {
    private AccessorBounds() {
    }

    static List<Issue> check(JsonNode a, Accessor acc, String p) {
        List<Issue> issues = new ArrayList<>();
        JsonNode min = a.get("min");
        JsonNode max = a.get("max");
        if ((min == null && max == null) || acc.count == 0) {
            return issues;
        }
        int n = acc.components;
        double[] lo = new double[n];
        double[] hi = new double[n];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        boolean normalizedInt = acc.normalized && acc.componentType != Accessor.FLOAT;
        float[] values = normalizedInt ? null : acc.floats();
        int[] raw = normalizedInt ? rawInts(acc) : null;
        for (int i = 0; i < acc.count * n; i++) {
            double v = raw != null ? raw[i] : values[i];
            int c = i % n;
            lo[c] = Math.min(lo[c], v);
            hi[c] = Math.max(hi[c], v);
        }
        compare(min, lo, acc, p + "/min", "ACCESSOR_MIN_MISMATCH", "minimum", issues);
        compare(max, hi, acc, p + "/max", "ACCESSOR_MAX_MISMATCH", "maximum", issues);
        return issues;
    }

    /** Raw integer component values (min/max of normalized accessors are stated before normalization). */
    private static int[] rawInts(Accessor acc) {
        Accessor plain = new Accessor(acc.index, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("type", acc.type).put("componentType", acc.componentType).put("count", acc.count));
        plain.buffer = acc.buffer;
        plain.start = acc.start;
        plain.stride = acc.stride;
        plain.viewLength = acc.viewLength;
        plain.viewOffset = acc.viewOffset;
        float[] vals = plain.floats();
        int[] out = new int[vals.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) vals[i];
        }
        return out;
    }

    private static void compare(JsonNode declared, double[] actual, Accessor acc, String p, String code, String word,
                                List<Issue> issues) {
        if (declared == null || !declared.isArray()) {
            return;
        }
        for (int c = 0; c < Math.min(declared.size(), actual.length); c++) {
            double d = declared.get(c).asDouble();
            double want = acc.componentType == Accessor.FLOAT ? (float) d : d;
            if (want != actual[c]) {
                issues.add(Issue.error(code, "Declared " + word + " value for this component (" + fmt(d)
                        + ") does not match actual " + word + " (" + fmt(actual[c]) + ").", p + "/" + c));
            }
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
