package dev.atelier.studio.packaging;

import java.nio.file.Path;

/**
 * IPFS content addressing of a folder, exactly as {@code ipfs add -r --cid-version 1} computes it,
 * and CAR v1 export. Implemented by the Assets capability ({@code dev.atelier.asset.cid}); the
 * Studio never computes CIDs itself.
 */
public interface ContentAddresser {
    /** The CIDv1 (base32) of the folder. */
    String folderCid(Path folder);

    /** Writes a CAR v1 file whose single root is the folder's CID; returns that CID. */
    String writeCar(Path folder, Path car);
}
