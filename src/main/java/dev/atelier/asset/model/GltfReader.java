package dev.atelier.asset.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.asset.AssetLimits;
import dev.atelier.asset.Issue;
import dev.atelier.common.AtelierException;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code .gltf} and {@code .glb} files (glTF 2.0 §4.4 GLB container) with every size bounded
 * before allocation. External resources resolve only to files inside the model's folder (no
 * {@code ..}, no absolute paths, no symlink escapes); URLs are never fetched; data URIs are bounded.
 * Problems with resources become {@link Issue}s; a file that is not glTF at all is an
 * {@link AtelierException}.
 */
public final class GltfReader {
    static final int GLB_MAGIC = 0x46546C67; // "glTF"
    static final int CHUNK_JSON = 0x4E4F534A;
    static final int CHUNK_BIN = 0x004E4942;

    private final AssetLimits limits;
    private final ObjectMapper mapper;

    public GltfReader(AssetLimits limits) {
        this.limits = limits;
        JsonFactory f = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(limits.maxDataUriBytes() * 2).maxNumberLength(100).build()).build();
        this.mapper = new ObjectMapper(f);
    }

    public GltfAsset read(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new AtelierException(file + " cannot be read. Check the path.", e);
        }
        if (size > limits.maxFileBytes()) {
            throw new AtelierException(file.getFileName() + " is " + size + " bytes, over the " + limits.maxFileBytes()
                    + "-byte limit for models.");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AtelierException("Could not read " + file + ": " + e.getMessage(), e);
        }
        return parse(file, bytes);
    }

    public GltfAsset parse(Path file, byte[] bytes) {
        List<Issue> issues = new ArrayList<>();
        byte[] jsonBytes;
        byte[] bin = null;
        boolean glb = bytes.length >= 4 && ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(0) == GLB_MAGIC;
        if (glb) {
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            if (bytes.length < 20) {
                throw new AtelierException(file.getFileName() + " is a truncated GLB file (no JSON chunk).");
            }
            int version = b.getInt(4);
            long declared = Integer.toUnsignedLong(b.getInt(8));
            if (version != 2) {
                throw new AtelierException(file.getFileName() + " is a GLB version " + version + " file; only glTF 2.0 is supported.");
            }
            if (declared != bytes.length) {
                issues.add(Issue.error("GLB_LENGTH_MISMATCH", "Declared length (" + declared + ") does not match GLB length ("
                        + bytes.length + ").", null));
            }
            long jsonLen = Integer.toUnsignedLong(b.getInt(12));
            if (b.getInt(16) != CHUNK_JSON || 20 + jsonLen > bytes.length) {
                throw new AtelierException(file.getFileName() + " is a damaged GLB file: its JSON chunk is missing or truncated.");
            }
            if (jsonLen > limits.maxJsonBytes()) {
                throw new AtelierException(file.getFileName() + "'s JSON is " + jsonLen + " bytes, over the " + limits.maxJsonBytes() + "-byte limit.");
            }
            jsonBytes = java.util.Arrays.copyOfRange(bytes, 20, 20 + (int) jsonLen);
            int pos = 20 + (int) jsonLen;
            if (pos + 8 <= bytes.length) {
                long binLen = Integer.toUnsignedLong(b.getInt(pos));
                int type = b.getInt(pos + 4);
                if (type == CHUNK_BIN) {
                    if (pos + 8 + binLen > bytes.length) {
                        issues.add(Issue.error("GLB_CHUNK_TOO_BIG", "Chunk (0x004e4942) length (" + binLen
                                + ") does not fit total GLB length.", null));
                        binLen = bytes.length - pos - 8L;
                    }
                    bin = java.util.Arrays.copyOfRange(bytes, pos + 8, pos + 8 + (int) binLen);
                }
            }
        } else {
            if (bytes.length > limits.maxJsonBytes()) {
                throw new AtelierException(file.getFileName() + " is " + bytes.length + " bytes of JSON, over the "
                        + limits.maxJsonBytes() + "-byte limit. Use a .glb with a binary buffer instead.");
            }
            jsonBytes = bytes;
        }
        JsonNode json;
        try {
            json = mapper.readTree(jsonBytes);
        } catch (IOException e) {
            throw new AtelierException(file.getFileName() + " is not valid glTF: its JSON cannot be parsed ("
                    + firstLine(e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage()) + ").", e);
        }
        if (json == null || !json.isObject()) {
            throw new AtelierException(file.getFileName() + " is not valid glTF: the JSON root must be an object.");
        }
        List<GltfAsset.Resource> resources = new ArrayList<>();
        byte[][] buffers = loadBuffers(file, json, bin, glb, issues, resources);
        return new GltfAsset(file, glb, json, buffers, issues, resources);
    }

    private byte[][] loadBuffers(Path file, JsonNode json, byte[] bin, boolean glb, List<Issue> issues,
                                 List<GltfAsset.Resource> resources) {
        JsonNode arr = json.path("buffers");
        byte[][] out = new byte[arr.isArray() ? arr.size() : 0][];
        long total = 0;
        for (int i = 0; i < out.length; i++) {
            JsonNode buf = arr.get(i);
            String pointer = "/buffers/" + i;
            JsonNode uriNode = buf.get("uri");
            byte[] data;
            if (uriNode == null) {
                if (i == 0 && glb && bin != null) {
                    data = bin;
                    resources.add(new GltfAsset.Resource(pointer, "glb", null, bin.length));
                } else {
                    issues.add(Issue.error("BUFFER_MISSING_GLB_DATA", "Buffer refers to GLB binary chunk that is not present.", pointer));
                    continue;
                }
            } else {
                data = resolve(file, uriNode.asText(), pointer + "/uri", issues, resources, pointer);
                if (data == null) {
                    continue;
                }
            }
            total += data.length;
            if (total > limits.maxBufferBytes()) {
                throw new AtelierException(file.getFileName() + "'s buffers total over " + limits.maxBufferBytes() + " bytes, the limit for models.");
            }
            out[i] = data;
        }
        return out;
    }

    /** Loads a URI's bytes (data: or a relative file inside the model's folder); null with an issue when refused. */
    public byte[] resolve(Path file, String uri, String uriPointer, List<Issue> issues, List<GltfAsset.Resource> resources,
                          String resourcePointer) {
        if (uri.regionMatches(true, 0, "data:", 0, 5)) {
            int comma = uri.indexOf(',');
            if (comma < 0 || !uri.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
                issues.add(Issue.error("INVALID_URI", "Data URI must be base64-encoded.", uriPointer));
                return null;
            }
            long decodedSize = (uri.length() - comma - 1) * 3L / 4;
            if (decodedSize > limits.maxDataUriBytes()) {
                issues.add(Issue.error("DATA_URI_TOO_LARGE", "Data URI holds about " + decodedSize + " bytes, over the "
                        + limits.maxDataUriBytes() + "-byte limit.", uriPointer));
                return null;
            }
            try {
                byte[] data = Base64.getDecoder().decode(uri.substring(comma + 1));
                resources.add(new GltfAsset.Resource(resourcePointer, "data-uri", null, data.length));
                return data;
            } catch (IllegalArgumentException e) {
                issues.add(Issue.error("INVALID_URI", "Data URI is not valid base64.", uriPointer));
                return null;
            }
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            issues.add(Issue.error("INVALID_URI", "URI is not valid: " + uri, uriPointer));
            return null;
        }
        if (decoded.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || decoded.startsWith("/") || decoded.startsWith("\\")
                || decoded.startsWith("//")) {
            issues.add(Issue.error("EXTERNAL_URI_REFUSED", "'" + uri + "' is not a relative path: Atelier never fetches URLs "
                    + "or reads absolute paths. Embed the resource or put it next to the model.", uriPointer));
            return null;
        }
        Path folder = file.toAbsolutePath().getParent();
        Path target;
        try {
            target = folder.resolve(decoded).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            issues.add(Issue.error("INVALID_URI", "URI is not a valid file name: " + uri, uriPointer));
            return null;
        }
        try {
            if (!target.startsWith(folder) || !target.toRealPath().startsWith(folder.toRealPath())) {
                issues.add(Issue.error("EXTERNAL_URI_REFUSED", "'" + uri + "' points outside the model's folder; "
                        + "only files inside it are read.", uriPointer));
                return null;
            }
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target)) {
                throw new IOException("not a file");
            }
            long size = Files.size(target);
            if (size > limits.maxBufferBytes()) {
                issues.add(Issue.error("RESOURCE_TOO_LARGE", "'" + uri + "' is " + size + " bytes, over the limit.", uriPointer));
                return null;
            }
            byte[] data = Files.readAllBytes(target);
            resources.add(new GltfAsset.Resource(resourcePointer, "external", uri, data.length));
            return data;
        } catch (IOException e) {
            issues.add(Issue.error("IO_ERROR", "Resource not found or unreadable: '" + uri + "'.", uriPointer));
            return null;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
