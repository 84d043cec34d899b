package dev.atelier.ui.preview;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The interactive 3D view: drag to orbit, right- or Shift-drag to pan, scroll to zoom; buttons to
 * reset the view and toggle lighting, wireframe, bounding box and ground grid.
 */
public final class ModelView3D extends StackPane {
    private static final double START_DISTANCE = 5.2;
    private final SubScene subScene;
    private final Rotate yaw = new Rotate(-35, Rotate.Y_AXIS);
    private final Rotate pitch = new Rotate(-22, Rotate.X_AXIS);
    private final Translate target = new Translate();
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private boolean wireframe;
    private double lastX;
    private double lastY;

    ModelView3D(ModelScene scene) {
        setId("model-view");
        getStyleClass().add("model-view");
        AmbientLight ambient = new AmbientLight(Color.gray(0.45));
        PointLight key = new PointLight(Color.gray(0.75));
        key.getTransforms().add(new Translate(-3, -6, -4));
        PointLight head = new PointLight(Color.gray(0.35));
        Group rig = new Group(camera, head);
        rig.getTransforms().addAll(target, yaw, pitch);
        camera.setNearClip(0.01);
        camera.setFarClip(200);
        camera.setFieldOfView(35);
        camera.setTranslateZ(-START_DISTANCE);
        Group world = new Group(scene.model, scene.bbox, scene.grid, ambient, key, rig);
        scene.bbox.setVisible(false);
        subScene = new SubScene(world, 400, 300, true, SceneAntialiasing.BALANCED);
        subScene.setId("model-subscene");
        subScene.setCamera(camera);
        subScene.setFill(Color.TRANSPARENT);
        subScene.widthProperty().bind(widthProperty());
        subScene.heightProperty().bind(heightProperty());
        setMinSize(0, 0);

        setFocusTraversable(true);
        subScene.setOnMousePressed(e -> {
            requestFocus(); // so R resets the view
            lastX = e.getSceneX();
            lastY = e.getSceneY();
        });
        subScene.setOnMouseDragged(e -> {
            double dx = e.getSceneX() - lastX;
            double dy = e.getSceneY() - lastY;
            lastX = e.getSceneX();
            lastY = e.getSceneY();
            if (e.getButton() == MouseButton.SECONDARY || e.isShiftDown()) {
                double k = -camera.getTranslateZ() / 600;
                target.setX(target.getX() - dx * k);
                target.setY(target.getY() - dy * k);
            } else {
                yaw.setAngle(yaw.getAngle() + dx * 0.4);
                pitch.setAngle(Math.max(-89, Math.min(89, pitch.getAngle() - dy * 0.4)));
            }
        });
        subScene.setOnScroll(e -> {
            double z = camera.getTranslateZ() * Math.pow(1.0015, -e.getDeltaY());
            camera.setTranslateZ(Math.max(-60, Math.min(-0.3, z)));
        });

        Button reset = iconButton("mdi2r-restore", "Reset view (R)");
        reset.setId("model-reset");
        reset.setOnAction(e -> resetView());
        ToggleButton light = toggle("mdi2l-lightbulb-outline", "Lighting", true);
        light.setId("model-lighting");
        light.selectedProperty().addListener((o, a, on) -> {
            key.setLightOn(on);
            head.setLightOn(on);
            ambient.setColor(on ? Color.gray(0.45) : Color.WHITE);
        });
        ToggleButton wire = toggle("mdi2v-vector-triangle", "Wireframe", false);
        wire.setId("model-wireframe");
        wire.selectedProperty().addListener((o, a, on) -> {
            wireframe = on;
            scene.wireframe(on);
        });
        ToggleButton box = toggle("mdi2c-cube-outline", "Bounding box", false);
        box.setId("model-bbox");
        scene.bbox.visibleProperty().bind(box.selectedProperty());
        ToggleButton gridToggle = toggle("mdi2g-grid", "Ground grid", true);
        gridToggle.setId("model-grid");
        scene.grid.visibleProperty().bind(gridToggle.selectedProperty());
        HBox tools = new HBox(4, reset, light, wire, box, gridToggle);
        tools.getStyleClass().add("preview-toolbar");
        tools.setPickOnBounds(false);
        tools.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(tools, Pos.TOP_LEFT);
        StackPane.setMargin(tools, new Insets(8));
        getChildren().addAll(subScene, tools);
        setOnKeyPressed(e -> {
            if (e.getText().equalsIgnoreCase("r")) {
                resetView();
            }
        });
    }

    public SubScene subScene() {
        return subScene;
    }

    /**
     * A square picture of a fresh copy of the model seen exactly as now (camera, lighting), on a
     * soft neutral background: the Assets screen's poster when JavaFX 3D is available, so the user
     * can orbit to the angle they want before saving.
     */
    public WritableImage poster(ModelScene fresh, int size) {
        PerspectiveCamera cam = new PerspectiveCamera(true);
        cam.setNearClip(camera.getNearClip());
        cam.setFarClip(camera.getFarClip());
        cam.setFieldOfView(camera.getFieldOfView());
        cam.setTranslateZ(camera.getTranslateZ() * 1.15); // a little margin in a square frame
        PointLight head = new PointLight(Color.gray(0.35));
        Group rig = new Group(cam, head);
        rig.getTransforms().addAll(new Translate(target.getX(), target.getY(), target.getZ()),
                new Rotate(yaw.getAngle(), Rotate.Y_AXIS), new Rotate(pitch.getAngle(), Rotate.X_AXIS));
        PointLight key = new PointLight(Color.gray(0.75));
        key.getTransforms().add(new Translate(-3, -6, -4));
        Group world = new Group(fresh.model, new AmbientLight(Color.gray(0.45)), key, rig);
        fresh.wireframe(wireframe);
        SubScene sub = new SubScene(world, size, size, true, SceneAntialiasing.BALANCED);
        sub.setCamera(cam);
        sub.setFill(new LinearGradient(0, 0, 0, 1, true, CycleMethod.NO_CYCLE,
                new Stop(0, Color.gray(0.965)), new Stop(1, Color.gray(0.88))));
        // Snapshot through an off-screen Scene: a detached SubScene's own snapshot is mis-framed.
        javafx.scene.Scene offscreen = new javafx.scene.Scene(new Group(sub), size, size);
        return offscreen.snapshot(new WritableImage(size, size));
    }

    public void resetView() {
        yaw.setAngle(-35);
        pitch.setAngle(-22);
        target.setX(0);
        target.setY(0);
        target.setZ(0);
        camera.setTranslateZ(-START_DISTANCE);
    }

    private static Button iconButton(String icon, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static ToggleButton toggle(String icon, String tip, boolean selected) {
        ToggleButton b = new ToggleButton(null, new FontIcon(icon));
        b.getStyleClass().add(Styles.BUTTON_ICON);
        b.setTooltip(new Tooltip(tip));
        b.setSelected(selected);
        return b;
    }
}
