package dev.atelier.asset.render;

import dev.atelier.asset.AssetLimits;
import dev.atelier.asset.image.Images;
import dev.atelier.asset.model.LoadedModel;
import dev.atelier.asset.model.MeshPart;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import java.awt.image.BufferedImage;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Draws a model to a picture without a GPU or a display: a small z-buffered triangle rasterizer
 * with perspective-correct texture coordinates, base-colour textures, a key and a fill light, and
 * 2× supersampling. Used for posters ({@code atelier asset poster}) and catalog thumbnails, where
 * JavaFX 3D is unavailable (it renders only on a GPU pipeline). See docs/decisions/0003.
 */
public final class PosterRenderer {
    private static final double YAW = Math.toRadians(35);
    private static final double PITCH = Math.toRadians(22);
    private static final double FOV = Math.toRadians(30);
    private static final int SUPERSAMPLE = 2;

    private final AssetLimits limits;

    public PosterRenderer(AssetLimits limits) {
        this.limits = limits;
    }

    /** Renders a {@code size}×{@code size} picture of the model on a soft neutral background. */
    public BufferedImage render(LoadedModel model, int size, boolean transparent, ProgressSink progress) {
        if (size < 16 || size > 4096) {
            throw new AtelierException("Poster size must be between 16 and 4096 pixels (got " + size + ").");
        }
        if (!model.hasGeometry()) {
            throw new AtelierException(model.stats().renderable()
                    ? "This model has no triangles to draw."
                    : "This model needs " + String.join(" and ", model.stats().missingDecoders())
                    + ", which Atelier cannot decode, so no poster can be drawn.");
        }
        int s = size * SUPERSAMPLE;
        int[] color = new int[s * s];
        float[] depth = new float[s * s];
        java.util.Arrays.fill(depth, Float.POSITIVE_INFINITY);
        background(color, s, transparent);
        Camera cam = new Camera(model.min(), model.max(), s);
        Map<MeshPart.Material, Texture> textures = new IdentityHashMap<>();
        long total = model.renderedTriangles();
        long done = 0;
        for (MeshPart part : model.parts()) {
            progress.checkCancelled();
            Texture tex = textures.computeIfAbsent(part.material(), m -> Texture.of(m.baseColorImage(), limits));
            drawPart(part, tex, cam, color, depth, s);
            done += part.triangleCount();
            progress.progress(done, Math.max(total, 1));
        }
        return downsample(color, s, size);
    }

    private static void background(int[] color, int s, boolean transparent) {
        for (int y = 0; y < s; y++) {
            double t = y / (double) s;
            int c = transparent ? 0 : 0xFF000000 | gray(0.93 - 0.12 * t);
            java.util.Arrays.fill(color, y * s, (y + 1) * s, c);
        }
    }

    private static int gray(double v) {
        int g = (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
        return (g << 16) | (g << 8) | g;
    }

    private static void drawPart(MeshPart part, Texture tex, Camera cam, int[] color, float[] depth, int s) {
        float[] p = part.positions();
        int vc = p.length / 3;
        float[] sx = new float[vc];
        float[] sy = new float[vc];
        float[] sz = new float[vc];
        for (int i = 0; i < vc; i++) {
            cam.project(p[i * 3], p[i * 3 + 1], p[i * 3 + 2], i, sx, sy, sz);
        }
        int[] idx = part.indices();
        float[] n = part.normals();
        float[] uv = part.uvs();
        float[] base = part.material().baseColor();
        for (int t = 0; t + 2 < idx.length; t += 3) {
            int a = idx[t];
            int b = idx[t + 1];
            int c = idx[t + 2];
            if (sz[a] <= 0 || sz[b] <= 0 || sz[c] <= 0) {
                continue; // behind the camera
            }
            // face normal for lighting (and for models without normals)
            double ux = p[b * 3] - p[a * 3], uy = p[b * 3 + 1] - p[a * 3 + 1], uz = p[b * 3 + 2] - p[a * 3 + 2];
            double vx = p[c * 3] - p[a * 3], vy = p[c * 3 + 1] - p[a * 3 + 1], vz = p[c * 3 + 2] - p[a * 3 + 2];
            double fx = uy * vz - uz * vy, fy = uz * vx - ux * vz, fz = ux * vy - uy * vx;
            double fl = Math.sqrt(fx * fx + fy * fy + fz * fz);
            if (fl == 0) {
                continue;
            }
            fx /= fl;
            fy /= fl;
            fz /= fl;
            if (n != null) {
                double nx = n[a * 3] + n[b * 3] + n[c * 3], ny = n[a * 3 + 1] + n[b * 3 + 1] + n[c * 3 + 1],
                        nz = n[a * 3 + 2] + n[b * 3 + 2] + n[c * 3 + 2];
                double nl = Math.sqrt(nx * nx + ny * ny + nz * nz);
                if (nl > 0) {
                    fx = nx / nl;
                    fy = ny / nl;
                    fz = nz / nl;
                }
            }
            if (cam.facingAway(fx, fy, fz, p[a * 3], p[a * 3 + 1], p[a * 3 + 2])) {
                fx = -fx; // light both sides: single-sided culling hides thin assets' backs
                fy = -fy;
                fz = -fz;
            }
            double light = 0.35 + 0.55 * Math.max(0, fx * Camera.KEY[0] + fy * Camera.KEY[1] + fz * Camera.KEY[2])
                    + 0.2 * Math.max(0, fx * Camera.FILL[0] + fy * Camera.FILL[1] + fz * Camera.FILL[2]);
            triangle(sx, sy, sz, a, b, c, uv, tex, base, light, color, depth, s);
        }
    }

    private static void triangle(float[] sx, float[] sy, float[] sz, int a, int b, int c, float[] uv, Texture tex, float[] base,
                                 double light, int[] color, float[] depth, int s) {
        float x0 = sx[a], y0 = sy[a], x1 = sx[b], y1 = sy[b], x2 = sx[c], y2 = sy[c];
        float area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
        if (area == 0 || Float.isNaN(area)) {
            return;
        }
        int minX = Math.max(0, (int) Math.floor(Math.min(x0, Math.min(x1, x2))));
        int maxX = Math.min(s - 1, (int) Math.ceil(Math.max(x0, Math.max(x1, x2))));
        int minY = Math.max(0, (int) Math.floor(Math.min(y0, Math.min(y1, y2))));
        int maxY = Math.min(s - 1, (int) Math.ceil(Math.max(y0, Math.max(y1, y2))));
        if (minX > maxX || minY > maxY) {
            return;
        }
        float iz0 = 1 / sz[a], iz1 = 1 / sz[b], iz2 = 1 / sz[c];
        boolean textured = tex != null && uv != null;
        for (int y = minY; y <= maxY; y++) {
            float py = y + 0.5f;
            for (int x = minX; x <= maxX; x++) {
                float px = x + 0.5f;
                float w0 = ((x1 - px) * (y2 - py) - (x2 - px) * (y1 - py)) / area;
                float w1 = ((x2 - px) * (y0 - py) - (x0 - px) * (y2 - py)) / area;
                float w2 = 1 - w0 - w1;
                if (w0 < 0 || w1 < 0 || w2 < 0) {
                    continue;
                }
                float iz = w0 * iz0 + w1 * iz1 + w2 * iz2;
                float z = 1 / iz;
                int o = y * s + x;
                if (z >= depth[o]) {
                    continue;
                }
                double r = base[0], g = base[1], bl = base[2];
                if (textured) {
                    float u = (w0 * uv[a * 2] * iz0 + w1 * uv[b * 2] * iz1 + w2 * uv[c * 2] * iz2) / iz;
                    float v = (w0 * uv[a * 2 + 1] * iz0 + w1 * uv[b * 2 + 1] * iz1 + w2 * uv[c * 2 + 1] * iz2) / iz;
                    int texel = tex.sample(u, v);
                    if ((texel >>> 24) < 128) {
                        continue; // alpha-masked texel
                    }
                    r *= Texture.linear((texel >> 16) & 0xFF);
                    g *= Texture.linear((texel >> 8) & 0xFF);
                    bl *= Texture.linear(texel & 0xFF);
                }
                depth[o] = z;
                color[o] = 0xFF000000 | (srgb(r * light) << 16) | (srgb(g * light) << 8) | srgb(bl * light);
            }
        }
    }

    private static int srgb(double linear) {
        double c = Math.max(0, Math.min(1, linear));
        double v = c <= 0.0031308 ? c * 12.92 : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
        return (int) Math.round(v * 255);
    }

    private static BufferedImage downsample(int[] color, int s, int size) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int a = 0, r = 0, g = 0, b = 0;
                for (int dy = 0; dy < SUPERSAMPLE; dy++) {
                    for (int dx = 0; dx < SUPERSAMPLE; dx++) {
                        int c = color[(y * SUPERSAMPLE + dy) * s + x * SUPERSAMPLE + dx];
                        int ca = c >>> 24;
                        a += ca;
                        r += ((c >> 16) & 0xFF) * ca;
                        g += ((c >> 8) & 0xFF) * ca;
                        b += (c & 0xFF) * ca;
                    }
                }
                int k = SUPERSAMPLE * SUPERSAMPLE;
                row[x] = a == 0 ? 0 : ((a / k) << 24) | ((r / a) << 16) | ((g / a) << 8) | (b / a);
            }
            out.setRGB(0, y, size, 1, row, 0, size);
        }
        return out;
    }

    /** A look-at camera placed so the model's bounding sphere fills the frame. */
    private static final class Camera {
        static final double[] KEY = normalize(-0.4, 0.8, 0.6);
        static final double[] FILL = normalize(0.6, 0.2, -0.5);
        final double cx, cy, cz, ex, ey, ez;
        final double[] right, up, fwd;
        final double focal;
        final int s;

        Camera(float[] min, float[] max, int s) {
            this.s = s;
            cx = (min[0] + max[0]) / 2.0;
            cy = (min[1] + max[1]) / 2.0;
            cz = (min[2] + max[2]) / 2.0;
            double dx = max[0] - min[0], dy = max[1] - min[1], dz = max[2] - min[2];
            double radius = Math.max(1e-6, Math.sqrt(dx * dx + dy * dy + dz * dz) / 2);
            double dist = radius / Math.sin(FOV / 2) * 1.05;
            double dirX = Math.sin(YAW) * Math.cos(PITCH), dirY = Math.sin(PITCH), dirZ = Math.cos(YAW) * Math.cos(PITCH);
            ex = cx + dirX * dist;
            ey = cy + dirY * dist;
            ez = cz + dirZ * dist;
            fwd = normalize(-dirX, -dirY, -dirZ);
            right = normalize(-fwd[2], 0, fwd[0]); // fwd × world up
            up = cross(right, fwd);
            focal = (s / 2.0) / Math.tan(FOV / 2);
        }

        void project(double x, double y, double z, int i, float[] sx, float[] sy, float[] sz) {
            double rx = x - ex, ry = y - ey, rz = z - ez;
            double cxv = rx * right[0] + ry * right[1] + rz * right[2];
            double cyv = rx * up[0] + ry * up[1] + rz * up[2];
            double czv = rx * fwd[0] + ry * fwd[1] + rz * fwd[2];
            sz[i] = (float) czv;
            sx[i] = (float) (s / 2.0 + cxv / czv * focal);
            sy[i] = (float) (s / 2.0 - cyv / czv * focal);
        }

        boolean facingAway(double nx, double ny, double nz, double px, double py, double pz) {
            return nx * (ex - px) + ny * (ey - py) + nz * (ez - pz) < 0;
        }

        static double[] normalize(double x, double y, double z) {
            double l = Math.sqrt(x * x + y * y + z * z);
            return new double[] {x / l, y / l, z / l};
        }

        static double[] cross(double[] a, double[] b) {
            return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
        }
    }

    /** A decoded base-colour texture sampled with wrapping (glTF's default REPEAT) and nearest filtering. */
    private record Texture(int[] argb, int w, int h) {
        private static final double[] LINEAR = new double[256];

        static {
            for (int i = 0; i < 256; i++) {
                double c = i / 255.0;
                LINEAR[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
            }
        }

        static Texture of(byte[] encoded, AssetLimits limits) {
            if (encoded == null) {
                return null;
            }
            try {
                BufferedImage img = Images.decode(encoded, 1024, limits);
                int w = img.getWidth();
                int h = img.getHeight();
                return new Texture(img.getRGB(0, 0, w, h, null, 0, w), w, h);
            } catch (AtelierException e) {
                return null; // unreadable texture: draw the base colour
            }
        }

        static double linear(int c) {
            return LINEAR[c];
        }

        int sample(float u, float v) {
            double fu = u - Math.floor(u);
            double fv = v - Math.floor(v);
            int x = Math.min(w - 1, (int) (fu * w));
            int y = Math.min(h - 1, (int) (fv * h));
            return argb[y * w + x];
        }
    }
}
