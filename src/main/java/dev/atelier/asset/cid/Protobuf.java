package dev.atelier.asset.cid;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The few protobuf wire-format writes dag-pb and UnixFS need (https://protobuf.dev/programming-guides/encoding/). */
final class Protobuf {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(64);

    static int varintSize(long v) {
        int n = 1;
        while ((v & ~0x7FL) != 0) {
            v >>>= 7;
            n++;
        }
        return n;
    }

    static int writeVarint(byte[] dst, int off, long v) {
        while ((v & ~0x7FL) != 0) {
            dst[off++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        dst[off++] = (byte) v;
        return off;
    }

    Protobuf varint(long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
        return this;
    }

    /** Field with wire type 0 (varint). */
    Protobuf uint(int field, long value) {
        return varint((long) field << 3).varint(value);
    }

    /** Field with wire type 2 (length-delimited). */
    Protobuf bytes(int field, byte[] value) {
        varint(((long) field << 3) | 2).varint(value.length);
        out.write(value, 0, value.length);
        return this;
    }

    Protobuf string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
