package dev.atelier.ui.preview;

import dev.atelier.asset.AssetLimits;
import dev.atelier.asset.model.LoadedModel;
import dev.atelier.asset.model.MeshPart;
import dev.atelier.common.AtelierException;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.DrawMode;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Turns a model's triangles into JavaFX 3D nodes: one MeshView per part with a PhongMaterial
 * (base colour and base-colour texture), the model centred and scaled to a unit size with glTF's
 * Y-up turned into JavaFX's Y-down, plus a bounding box and a ground grid. Built off the FX
 * thread (nothing here is attached to a scene yet).
 */
final class ModelScene {
    /** The model fits in a cube of this size around the origin. */
    static final double UNIT = 2.0;

    final Group model = new Group();
    final Group bbox = new Group();
    final Group grid = new Group();
    final double groundY;

    ModelScene(LoadedModel loaded, AssetLimits limits) {
        float[] min = loaded.min();
        float[] max = loaded.max();
        double sx = max[0] - min[0];
        double sy = max[1] - min[1];
        double sz = max[2] - min[2];
        double size = Math.max(1e-9, Math.max(sx, Math.max(sy, sz)));
        double s = UNIT / size;
        model.getTransforms().addAll(new Scale(s, -s, s),
                new Translate(-(min[0] + max[0]) / 2, -(min[1] + max[1]) / 2, -(min[2] + max[2]) / 2));
        Map<MeshPart.Material, PhongMaterial> materials = new IdentityHashMap<>();
        for (MeshPart part : loaded.parts()) {
            if (part.triangleCount() == 0) {
                continue;
            }
            MeshView view = new MeshView(mesh(part));
            view.setCullFace(CullFace.NONE);
            view.setMaterial(materials.computeIfAbsent(part.material(), m -> material(m, limits)));
            model.getChildren().add(view);
        }
        double hx = sx * s / 2;
        double hy = sy * s / 2;
        double hz = sz * s / 2;
        groundY = hy;
        PhongMaterial line = new PhongMaterial(Color.web("#f59e0b"));
        double t = 0.006;
        for (int a = -1; a <= 1; a += 2) {
            for (int b = -1; b <= 1; b += 2) {
                bbox.getChildren().addAll(edge(2 * hx, t, t, 0, a * hy, b * hz, line), edge(t, 2 * hy, t, a * hx, 0, b * hz, line),
                        edge(t, t, 2 * hz, a * hx, b * hy, 0, line));
            }
        }
        PhongMaterial gridLine = new PhongMaterial(Color.gray(0.55, 0.6));
        double extent = 2.0;
        int lines = 10;
        for (int i = -lines; i <= lines; i++) {
            double p = i * extent / lines;
            grid.getChildren().addAll(edge(2 * extent, 0.003, 0.003, 0, groundY, p, gridLine), edge(0.003, 0.003, 2 * extent, p, groundY, 0, gridLine));
        }
    }

    void wireframe(boolean on) {
        model.getChildren().forEach(n -> ((MeshView) n).setDrawMode(on ? DrawMode.LINE : DrawMode.FILL));
    }

    private static Box edge(double w, double h, double d, double x, double y, double z, PhongMaterial m) {
        Box b = new Box(w, h, d);
        b.setTranslateX(x);
        b.setTranslateY(y);
        b.setTranslateZ(z);
        b.setMaterial(m);
        return b;
    }

    static TriangleMesh mesh(MeshPart part) {
        boolean normals = part.normals() != null;
        TriangleMesh mesh = new TriangleMesh(normals ? VertexFormat.POINT_NORMAL_TEXCOORD : VertexFormat.POINT_TEXCOORD);
        mesh.getPoints().setAll(part.positions());
        if (normals) {
            mesh.getNormals().setAll(part.normals());
        }
        boolean uv = part.uvs() != null;
        mesh.getTexCoords().setAll(uv ? part.uvs() : new float[] {0, 0});
        int[] idx = part.indices();
        int stride = normals ? 3 : 2;
        int[] faces = new int[idx.length * stride];
        for (int i = 0, k = 0; i < idx.length; i++) {
            int v = idx[i];
            faces[k++] = v;
            if (normals) {
                faces[k++] = v;
            }
            faces[k++] = uv ? v : 0;
        }
        mesh.getFaces().setAll(faces);
        return mesh;
    }

    private static PhongMaterial material(MeshPart.Material m, AssetLimits limits) {
        float[] c = m.baseColor();
        PhongMaterial p = new PhongMaterial(Color.color(srgb(c[0]), srgb(c[1]), srgb(c[2]), Math.max(0, Math.min(1, c[3]))));
        p.setSpecularColor(Color.gray(0.25));
        if (m.baseColorImage() != null) {
            try {
                p.setDiffuseMap(FxImages.decode(m.baseColorImage(), 2048, limits));
            } catch (AtelierException e) {
                // unreadable texture: the base colour alone
            }
        }
        return p;
    }

    private static double srgb(float linear) {
        double v = Math.max(0, Math.min(1, linear));
        return v <= 0.0031308 ? v * 12.92 : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
    }
}
