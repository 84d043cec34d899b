package dev.atelier.asset.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.asset.Issue;
import java.nio.file.Path;
import java.util.List;

/**
 * A glTF 2.0 asset as read from disk: its JSON, each buffer's bytes (null when it could not be
 * loaded safely; the reason is in {@link #issues()}), and where external resources came from.
 */
public record GltfAsset(Path file, boolean binary, JsonNode json, byte[][] buffers, List<Issue> issues,
                        List<Resource> resources) {
    /** An external or embedded resource (a buffer or an image), as glTF-Validator lists them. */
    public record Resource(String pointer, String storage, String uri, long byteLength) {
    }

    public JsonNode array(String name) {
        JsonNode n = json.get(name);
        return n != null && n.isArray() ? n : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    public int count(String name) {
        return array(name).size();
    }
}
