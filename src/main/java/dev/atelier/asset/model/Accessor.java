package dev.atelier.asset.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A glTF accessor (glTF 2.0 §3.6.2) checked against its buffer view and buffer: type, component
 * type, count, and where its elements lie. {@link #floats()} and {@link #ints()} read the data
 * only after {@link #fits()} confirmed every element is inside the buffer.
 */
public final class Accessor {
    public static final int BYTE = 5120;
    public static final int UNSIGNED_BYTE = 5121;
    public static final int SHORT = 5122;
    public static final int UNSIGNED_SHORT = 5123;
    public static final int UNSIGNED_INT = 5125;
    public static final int FLOAT = 5126;

    final int index;
    final String type;
    final int componentType;
    final int components;
    final int count;
    final boolean normalized;
    final int bufferViewIndex;
    final long byteOffset;
    /** Byte offset of the first element within the buffer, and the distance between elements. */
    long start;
    int stride;
    byte[] buffer;
    long viewLength;
    long viewOffset;
    private float[] floatCache;
    private int[] intCache;

    Accessor(int index, JsonNode a) {
        this.index = index;
        this.type = a.path("type").asText(null);
        this.componentType = a.path("componentType").asInt(-1);
        this.components = components(type);
        this.count = a.path("count").canConvertToInt() ? a.path("count").asInt(-1) : -1;
        this.normalized = a.path("normalized").asBoolean(false);
        this.bufferViewIndex = a.has("bufferView") ? a.path("bufferView").asInt(-1) : -1;
        this.byteOffset = a.path("byteOffset").asLong(0);
    }

    static int components(String type) {
        if (type == null) {
            return 0;
        }
        return switch (type) {
            case "SCALAR" -> 1;
            case "VEC2" -> 2;
            case "VEC3" -> 3;
            case "VEC4", "MAT2" -> 4;
            case "MAT3" -> 9;
            case "MAT4" -> 16;
            default -> 0;
        };
    }

    static int componentSize(int componentType) {
        return switch (componentType) {
            case BYTE, UNSIGNED_BYTE -> 1;
            case SHORT, UNSIGNED_SHORT -> 2;
            case UNSIGNED_INT, FLOAT -> 4;
            default -> 0;
        };
    }

    public int count() {
        return count;
    }

    public int components() {
        return components;
    }

    public int componentType() {
        return componentType;
    }

    public String type() {
        return type;
    }

    int elementSize() {
        return components * componentSize(componentType);
    }

    /** True when the accessor's data can be read: a known format and every element inside its buffer. */
    public boolean fits() {
        if (buffer == null || components == 0 || componentSize(componentType) == 0 || count < 0) {
            return false;
        }
        if (count == 0) {
            return true;
        }
        long end = start + (long) stride * (count - 1) + elementSize();
        return start >= 0 && end <= viewOffset + viewLength && end <= buffer.length;
    }

    /** All components as floats (normalized integers mapped to [0,1] or [-1,1], glTF 2.0 §3.11). */
    public float[] floats() {
        if (floatCache == null) {
            floatCache = readFloats();
        }
        return floatCache;
    }

    private float[] readFloats() {
        float[] out = new float[count * components];
        ByteBuffer b = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
        int cs = componentSize(componentType);
        int k = 0;
        if (componentType == FLOAT && stride == elementSize()) {
            b.position((int) start);
            b.asFloatBuffer().get(out, 0, out.length);
            return out;
        }
        for (int i = 0; i < count; i++) {
            int p = (int) (start + (long) stride * i);
            for (int c = 0; c < components; c++, p += cs) {
                out[k++] = component(b, p);
            }
        }
        return out;
    }

    private float component(ByteBuffer b, int p) {
        return switch (componentType) {
            case FLOAT -> b.getFloat(p);
            case BYTE -> normalized ? Math.max(b.get(p) / 127f, -1f) : b.get(p);
            case UNSIGNED_BYTE -> normalized ? (b.get(p) & 0xff) / 255f : b.get(p) & 0xff;
            case SHORT -> normalized ? Math.max(b.getShort(p) / 32767f, -1f) : b.getShort(p);
            case UNSIGNED_SHORT -> normalized ? (b.getShort(p) & 0xffff) / 65535f : b.getShort(p) & 0xffff;
            case UNSIGNED_INT -> (float) Integer.toUnsignedLong(b.getInt(p));
            default -> 0f;
        };
    }

    /** Scalar unsigned integers (indices); values beyond int range become -1. */
    public int[] ints() {
        if (intCache == null) {
            intCache = readInts();
        }
        return intCache;
    }

    private int[] readInts() {
        int[] out = new int[count * components];
        ByteBuffer b = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
        if (stride == elementSize() && (componentType == UNSIGNED_INT || componentType == UNSIGNED_SHORT)) {
            b.position((int) start);
            if (componentType == UNSIGNED_INT) {
                b.asIntBuffer().get(out, 0, out.length);
                for (int i = 0; i < out.length; i++) {
                    if (out[i] < 0) {
                        out[i] = -1; // beyond int range
                    }
                }
            } else {
                short[] tmp = new short[out.length];
                b.asShortBuffer().get(tmp, 0, tmp.length);
                for (int i = 0; i < out.length; i++) {
                    out[i] = tmp[i] & 0xffff;
                }
            }
            return out;
        }
        int cs = componentSize(componentType);
        int k = 0;
        for (int i = 0; i < count; i++) {
            int p = (int) (start + (long) stride * i);
            for (int c = 0; c < components; c++, p += cs) {
                out[k++] = switch (componentType) {
                    case UNSIGNED_BYTE -> b.get(p) & 0xff;
                    case UNSIGNED_SHORT -> b.getShort(p) & 0xffff;
                    case UNSIGNED_INT -> {
                        int v = b.getInt(p);
                        yield v < 0 ? -1 : v;
                    }
                    default -> (int) component(b, p);
                };
            }
        }
        return out;
    }
}
