package dev.atelier.asset;

/**
 * Caps applied to untrusted files before anything large is allocated: a hostile file is refused
 * with a clear message instead of exhausting memory or time.
 *
 * @param maxFileBytes     largest file inspected at all
 * @param maxImagePixels   width × height read from the header before decoding (decompression bombs)
 * @param maxJsonBytes     glTF JSON (a .gltf file or a GLB's JSON chunk)
 * @param maxBufferBytes   all glTF buffers together
 * @param maxDataUriBytes  one data: URI inside a glTF
 * @param maxAccessorElements total accessor elements read for statistics and rendering
 */
public record AssetLimits(long maxFileBytes, long maxImagePixels, int maxJsonBytes, long maxBufferBytes,
                          int maxDataUriBytes, long maxAccessorElements) {
    public static final AssetLimits DEFAULT = new AssetLimits(
            1L << 30, 100_000_000L, 64 << 20, 1L << 30, 64 << 20, 64_000_000L);
}
