package dev.atelier.studio.packaging;

import java.nio.file.Path;

/**
 * A written package.
 *
 * @param baseUri     {@code ipfs://<metadata CID>/}: ERC-721 tokenURI = baseUri + decimal id; ERC-1155
 *                    uri = baseUri + "{id}.json"
 * @param contractUri {@code ipfs://<root CID>/collection.json} (contract-level metadata)
 */
public record PackageResult(Path folder, String rootCid, String assetsCid, String metadataCid, String baseUri,
                            String contractUri, int tokens, int assets, Path car) {
}
