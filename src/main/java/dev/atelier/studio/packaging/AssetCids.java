package dev.atelier.studio.packaging;

import dev.atelier.asset.cid.CarWriter;
import dev.atelier.asset.cid.Cid;
import dev.atelier.common.ProgressSink;
import java.nio.file.Path;

/** Content addressing from the Assets capability: kubo-compatible CIDv1 and CAR v1 export. */
public final class AssetCids implements ContentAddresser {
    private final ProgressSink progress;

    public AssetCids() {
        this(ProgressSink.NONE);
    }

    public AssetCids(ProgressSink progress) {
        this.progress = progress;
    }

    @Override
    public String folderCid(Path folder) {
        return Cid.of(folder, progress).toString();
    }

    @Override
    public String writeCar(Path folder, Path car) {
        return CarWriter.export(folder, car, progress).toString();
    }
}
