package dev.atelier.asset.model;

import com.fasterxml.jackson.databind.JsonNode;

/** 4×4 column-major matrices for glTF node transforms (glTF 2.0 §3.5.3: M = T * R * S). */
final class Transform {
    static final double[] IDENTITY = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};

    private Transform() {
    }

    static double[] local(JsonNode node) {
        JsonNode m = node.get("matrix");
        if (m != null && m.isArray() && m.size() == 16) {
            double[] out = new double[16];
            for (int i = 0; i < 16; i++) {
                out[i] = m.get(i).asDouble();
            }
            return out;
        }
        double[] t = vec(node.get("translation"), 3, 0);
        double[] r = vec(node.get("rotation"), 4, 0);
        if (node.get("rotation") == null) {
            r[3] = 1;
        }
        double[] s = vec(node.get("scale"), 3, 1);
        double x = r[0], y = r[1], z = r[2], w = r[3];
        return new double[] {
            (1 - 2 * (y * y + z * z)) * s[0], (2 * (x * y + z * w)) * s[0], (2 * (x * z - y * w)) * s[0], 0,
            (2 * (x * y - z * w)) * s[1], (1 - 2 * (x * x + z * z)) * s[1], (2 * (y * z + x * w)) * s[1], 0,
            (2 * (x * z + y * w)) * s[2], (2 * (y * z - x * w)) * s[2], (1 - 2 * (x * x + y * y)) * s[2], 0,
            t[0], t[1], t[2], 1};
    }

    private static double[] vec(JsonNode n, int size, double fill) {
        double[] v = new double[size];
        java.util.Arrays.fill(v, fill);
        if (n != null && n.isArray() && n.size() == size) {
            for (int i = 0; i < size; i++) {
                v[i] = n.get(i).asDouble(fill);
            }
        }
        return v;
    }

    static double[] multiply(double[] a, double[] b) {
        double[] out = new double[16];
        for (int c = 0; c < 4; c++) {
            for (int r = 0; r < 4; r++) {
                double sum = 0;
                for (int k = 0; k < 4; k++) {
                    sum += a[k * 4 + r] * b[c * 4 + k];
                }
                out[c * 4 + r] = sum;
            }
        }
        return out;
    }

    static boolean isIdentity(double[] m) {
        return java.util.Arrays.equals(m, IDENTITY);
    }

    static float[] points(float[] p, double[] m) {
        float[] out = new float[p.length];
        for (int i = 0; i < p.length; i += 3) {
            double x = p[i], y = p[i + 1], z = p[i + 2];
            out[i] = (float) (m[0] * x + m[4] * y + m[8] * z + m[12]);
            out[i + 1] = (float) (m[1] * x + m[5] * y + m[9] * z + m[13]);
            out[i + 2] = (float) (m[2] * x + m[6] * y + m[10] * z + m[14]);
        }
        return out;
    }

    static float[] directions(float[] n, double[] m) {
        float[] out = new float[n.length];
        for (int i = 0; i < n.length; i += 3) {
            double x = m[0] * n[i] + m[4] * n[i + 1] + m[8] * n[i + 2];
            double y = m[1] * n[i] + m[5] * n[i + 1] + m[9] * n[i + 2];
            double z = m[2] * n[i] + m[6] * n[i + 1] + m[10] * n[i + 2];
            double len = Math.sqrt(x * x + y * y + z * z);
            if (len > 0) {
                x /= len;
                y /= len;
                z /= len;
            }
            out[i] = (float) x;
            out[i + 1] = (float) y;
            out[i + 2] = (float) z;
        }
        return out;
    }
}
