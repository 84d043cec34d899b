package dev.atelier.asset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** File types Atelier knows, recognised by their first bytes (the extension only breaks ties). */
public enum AssetType {
    PNG("png", "image/png", AssetKind.IMAGE),
    JPEG("jpeg", "image/jpeg", AssetKind.IMAGE),
    GIF("gif", "image/gif", AssetKind.IMAGE),
    BMP("bmp", "image/bmp", AssetKind.IMAGE),
    WEBP("webp", "image/webp", AssetKind.IMAGE),
    SVG("svg", "image/svg+xml", AssetKind.IMAGE),
    MP3("mp3", "audio/mpeg", AssetKind.AUDIO),
    WAV("wav", "audio/wav", AssetKind.AUDIO),
    AAC("aac", "audio/aac", AssetKind.AUDIO),
    M4A("m4a", "audio/mp4", AssetKind.AUDIO),
    OGG("ogg", "audio/ogg", AssetKind.AUDIO),
    MP4("mp4", "video/mp4", AssetKind.VIDEO),
    WEBM("webm", "video/webm", AssetKind.VIDEO),
    GLB("glb", "model/gltf-binary", AssetKind.MODEL),
    GLTF("gltf", "model/gltf+json", AssetKind.MODEL),
    OBJ("obj", "model/obj", AssetKind.MODEL),
    UNKNOWN("unknown", "application/octet-stream", AssetKind.OTHER);

    private final String id;
    private final String mimeType;
    private final AssetKind kind;

    AssetType(String id, String mimeType, AssetKind kind) {
        this.id = id;
        this.mimeType = mimeType;
        this.kind = kind;
    }

    public String id() {
        return id;
    }

    public String mimeType() {
        return mimeType;
    }

    public AssetKind kind() {
        return kind;
    }

    /** Whether JavaFX Media plays it (MP3, WAV, AAC/M4A, MP4 with H.264). */
    public boolean playable() {
        return this == MP3 || this == WAV || this == AAC || this == M4A || this == MP4;
    }

    public static AssetType detect(Path file) throws IOException {
        byte[] head = new byte[64];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return detect(head, n, file.getFileName().toString());
    }

    static AssetType detect(byte[] b, int n, String name) {
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (starts(b, n, 0x89, 'P', 'N', 'G')) {
            return PNG;
        }
        if (starts(b, n, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(b, n, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (starts(b, n, 'g', 'l', 'T', 'F')) {
            return GLB;
        }
        if (starts(b, n, 'R', 'I', 'F', 'F') && n >= 12) {
            String form = new String(b, 8, 4, StandardCharsets.US_ASCII);
            if (form.equals("WEBP")) {
                return WEBP;
            }
            if (form.equals("WAVE")) {
                return WAV;
            }
        }
        if (n >= 12 && new String(b, 4, 4, StandardCharsets.US_ASCII).equals("ftyp")) {
            String brand = new String(b, 8, 4, StandardCharsets.US_ASCII);
            return brand.startsWith("M4A") || ext.equals("m4a") ? M4A : MP4;
        }
        if (starts(b, n, 0x1A, 0x45, 0xDF, 0xA3)) {
            return WEBM;
        }
        if (starts(b, n, 'O', 'g', 'g', 'S')) {
            return OGG;
        }
        if (starts(b, n, 'I', 'D', '3')) {
            return ext.equals("aac") ? AAC : MP3;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xF6) == 0xF0) {
            return AAC; // ADTS sync word, layer 0
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0) {
            return MP3; // MPEG audio frame sync
        }
        if (starts(b, n, 'B', 'M') && ext.equals("bmp")) {
            return BMP;
        }
        String text = new String(b, 0, n, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (ext.equals("svg") || text.contains("<svg")) {
            return SVG;
        }
        return switch (ext) {
            case "gltf" -> GLTF;
            case "obj" -> OBJ;
            case "bmp" -> BMP;
            default -> text.stripLeading().startsWith("{") && text.contains("\"asset\"") ? GLTF : UNKNOWN;
        };
    }

    private static boolean starts(byte[] b, int n, int... sig) {
        if (n < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((b[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }
}
