package dev.atelier.asset;

import dev.atelier.asset.model.LoadedModel;
import java.nio.file.Path;

/** An inspected file plus what a preview needs: the model's triangles (null unless a model). */
public record OpenedAsset(Path path, AssetReport report, LoadedModel model) {
}
