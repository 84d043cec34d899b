package dev.atelier.ui.preview;

import dev.atelier.asset.AssetLimits;
import dev.atelier.asset.image.Images;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;

/** Decodes untrusted image bytes for JavaFX through the capped core decoder (any format Atelier reads). */
final class FxImages {
    private FxImages() {
    }

    static Image decode(byte[] data, int maxSide, AssetLimits limits) {
        BufferedImage img = Images.decode(data, maxSide, limits);
        if (maxSide > 0 && Math.max(img.getWidth(), img.getHeight()) > maxSide) {
            img = Images.fit(img, maxSide);
        }
        WritableImage out = new WritableImage(img.getWidth(), img.getHeight());
        return SwingFXUtils.toFXImage(img, out);
    }

    static Image of(BufferedImage img) {
        return SwingFXUtils.toFXImage(img, new WritableImage(img.getWidth(), img.getHeight()));
    }
}
