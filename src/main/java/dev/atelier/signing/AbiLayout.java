package dev.atelier.signing;

import java.util.List;

/**
 * Checks, before any decoding, that ABI-encoded arguments have exactly the standard (Solidity
 * {@code abi.encode}) layout: every dynamic value's offset points where the standard encoding puts
 * it — right after the previous one — and every length fits in what is left. Hostile calldata can
 * otherwise point many offsets at one large {@code bytes} value and make a decoder materialise it
 * thousands of times (hundreds of MB from 128 KB). With offsets pinned, each input byte belongs to
 * at most one decoded value, so decoding is bounded by the input. Word contents (padding, value
 * ranges) are not checked here: {@link CallDecoder} re-encodes what it decoded and compares.
 *
 * <p>Types are canonical ABI type strings without tuples: {@code address}, {@code bool},
 * {@code uintN}/{@code intN}, {@code bytesN}, {@code bytes}, {@code string}, and arrays of them
 * ({@code T[]}, {@code T[k]}, nested). Solidity ABI spec, "Formal Specification of the Encoding".
 */
final class AbiLayout {
    private static final int WORD = 32;

    private AbiLayout() {
    }

    /** True when {@code data[from, data.length)} is exactly the standard encoding layout of the tuple {@code types}. */
    static boolean isStandard(List<String> types, byte[] data, int from) {
        try {
            return tuple(types.toArray(String[]::new), data, from, data.length) == data.length - from;
        } catch (NotStandard e) {
            return false;
        }
    }

    private static final class NotStandard extends Exception {
        private static final long serialVersionUID = 1L;

        NotStandard() {
            super(null, null, false, false);
        }
    }

    /** Encodes a tuple of {@code types} starting at {@code base}; returns its encoded length. */
    private static long tuple(String[] types, byte[] data, int base, int end) throws NotStandard {
        long head = 0;
        for (String t : types) {
            head += isDynamic(t) ? WORD : staticSize(t);
        }
        if (base + head > end) {
            throw new NotStandard();
        }
        long tail = head;
        int slot = base;
        for (String t : types) {
            if (isDynamic(t)) {
                long offset = word(data, slot, end);
                if (offset != tail) {
                    throw new NotStandard(); // not where the standard encoding puts the next dynamic value
                }
                tail += value(t, data, (int) (base + offset), end);
                slot += WORD;
            } else {
                slot += (int) staticSize(t);
            }
        }
        return tail;
    }

    /** The encoded length of one dynamic value of type {@code t} at {@code at}. */
    private static long value(String t, byte[] data, int at, int end) throws NotStandard {
        if (at > end) {
            throw new NotStandard();
        }
        if (t.equals("bytes") || t.equals("string")) {
            long len = word(data, at, end);
            long padded = (len + WORD - 1) / WORD * WORD;
            if (at + WORD + padded > end) {
                throw new NotStandard();
            }
            return WORD + padded;
        }
        String inner = t.substring(0, t.lastIndexOf('['));
        String dims = t.substring(t.lastIndexOf('[') + 1, t.length() - 1);
        if (dims.isEmpty()) {
            long n = word(data, at, end);
            // each element takes at least one word of the head: refuse counts the data cannot hold
            if (n > (end - at - WORD) / WORD) {
                throw new NotStandard();
            }
            return WORD + tuple(repeat(inner, (int) n), data, at + WORD, end);
        }
        return tuple(repeat(inner, Integer.parseInt(dims)), data, at, end); // T[k] with a dynamic T
    }

    private static String[] repeat(String type, int n) {
        String[] out = new String[n];
        java.util.Arrays.fill(out, type);
        return out;
    }

    static boolean isDynamic(String t) {
        if (t.equals("bytes") || t.equals("string") || t.endsWith("[]")) {
            return true;
        }
        int b = t.lastIndexOf('[');
        return b >= 0 && isDynamic(t.substring(0, b));
    }

    /** Bytes a static type takes in place: one word, or k × the element for {@code T[k]}. */
    private static long staticSize(String t) throws NotStandard {
        int b = t.lastIndexOf('[');
        if (b < 0) {
            return WORD;
        }
        long k = Long.parseLong(t.substring(b + 1, t.length() - 1));
        long size = k * staticSize(t.substring(0, b));
        if (size > Integer.MAX_VALUE) {
            throw new NotStandard();
        }
        return size;
    }

    /** A 32-byte big-endian word read as a length or offset: refused when it does not fit in 31 bits. */
    private static long word(byte[] data, int at, int end) throws NotStandard {
        if (at < 0 || at + WORD > end) {
            throw new NotStandard();
        }
        for (int i = at; i < at + WORD - 4; i++) {
            if (data[i] != 0) {
                throw new NotStandard();
            }
        }
        long v = ((data[at + 28] & 0xffL) << 24) | ((data[at + 29] & 0xffL) << 16) | ((data[at + 30] & 0xffL) << 8)
                | (data[at + 31] & 0xffL);
        if (v > Integer.MAX_VALUE) {
            throw new NotStandard();
        }
        return v;
    }
}
