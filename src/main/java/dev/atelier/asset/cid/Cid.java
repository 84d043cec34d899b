package dev.atelier.asset.cid;

import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A CIDv1 with a SHA-256 multihash (https://github.com/multiformats/cid#cidv1): the content address
 * IPFS gives a file or folder. Printed in multibase base32 (lower case, prefix {@code b}), as
 * {@code ipfs add --cid-version 1} prints it.
 */
public final class Cid {
    /** Multicodec of a raw block (a file's leaf chunk). */
    public static final int RAW = 0x55;
    /** Multicodec of a dag-pb node (UnixFS files with several chunks, folders). */
    public static final int DAG_PB = 0x70;
    private static final int SHA2_256 = 0x12;
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private final byte[] bytes;

    private Cid(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The CIDv1 of a block whose SHA-256 digest is {@code sha256}. */
    public static Cid of(int codec, byte[] sha256) {
        if (sha256.length != 32) {
            throw new IllegalArgumentException("SHA-256 digest must be 32 bytes");
        }
        byte[] b = new byte[4 + 32];
        b[0] = 0x01; // CID version 1
        b[1] = (byte) codec; // 0x55 and 0x70 are one-byte varints
        b[2] = SHA2_256;
        b[3] = 32;
        System.arraycopy(sha256, 0, b, 4, 32);
        return new Cid(b);
    }

    /** Parses the base32 text form printed by {@link #toString()} (CIDv1, SHA-256 only). */
    public static Cid parse(String text) {
        String t = text.trim();
        if (t.length() < 2 || t.charAt(0) != 'b') {
            throw new AtelierException("'" + text + "' is not a base32 CIDv1 (it should start with 'b', like bafy… or bafk…).");
        }
        byte[] raw = base32Decode(t.substring(1).toLowerCase(Locale.ROOT), text);
        if (raw.length != 36 || raw[0] != 1 || (raw[1] != RAW && raw[1] != DAG_PB) || raw[2] != SHA2_256 || raw[3] != 32) {
            throw new AtelierException("'" + text + "' is not a CIDv1 of a raw or dag-pb block with a SHA-256 hash.");
        }
        return new Cid(raw);
    }

    /** The CID of a file or a folder, as {@code ipfs add --cid-version 1 [-r]} computes it with kubo's defaults. */
    public static Cid of(Path path) {
        return of(path, ProgressSink.NONE);
    }

    public static Cid of(Path path, ProgressSink progress) {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return ofDirectory(path, progress);
        }
        return ofFile(path, progress);
    }

    /** The CID of one file (raw leaves, 256 KiB chunks, balanced DAG of at most 174 links per node). */
    public static Cid ofFile(Path file) {
        return ofFile(file, ProgressSink.NONE);
    }

    public static Cid ofFile(Path file, ProgressSink progress) {
        return new UnixFsImporter(BlockSink.NONE, progress).importFile(file).cid();
    }

    /** The CID of a folder, as {@code ipfs add -r --cid-version 1} (hidden files skipped, like kubo without -H). */
    public static Cid ofDirectory(Path dir) {
        return ofDirectory(dir, ProgressSink.NONE);
    }

    public static Cid ofDirectory(Path dir, ProgressSink progress) {
        return new UnixFsImporter(BlockSink.NONE, progress).importDirectory(dir).cid();
    }

    public int codec() {
        return bytes[1] & 0xff;
    }

    /** The binary CID (version, codec, multihash), as stored in dag-pb links and CAR sections. */
    public byte[] bytes() {
        return bytes.clone();
    }

    int length() {
        return bytes.length;
    }

    void writeTo(byte[] dst, int off) {
        System.arraycopy(bytes, 0, dst, off, bytes.length);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(1 + (bytes.length * 8 + 4) / 5).append('b');
        int buffer = 0;
        int bits = 0;
        for (byte value : bytes) {
            buffer = (buffer << 8) | (value & 0xff);
            bits += 8;
            while (bits >= 5) {
                sb.append(BASE32[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            sb.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return sb.toString();
    }

    private static byte[] base32Decode(String s, String original) {
        byte[] out = new byte[s.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v = c >= 'a' && c <= 'z' ? c - 'a' : c >= '2' && c <= '7' ? c - '2' + 26 : -1;
            if (v < 0) {
                throw new AtelierException("'" + original + "' is not a base32 CID: unexpected character '" + c + "'.");
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                if (n < out.length) {
                    out[n++] = (byte) (buffer >>> (bits - 8));
                }
                bits -= 8;
            }
        }
        return Arrays.copyOf(out, n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cid c && Arrays.equals(bytes, c.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
