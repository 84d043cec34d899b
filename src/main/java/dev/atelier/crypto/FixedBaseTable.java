package dev.atelier.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.custom.sec.SecP256K1Field;
import org.bouncycastle.math.raw.Nat256;

/**
 * k·G for the fixed generator G of secp256k1 by a windowed sum over precomputed tables:
 * k is cut into w-bit digits d_i and k·G = Σ T_i[d_i] with T_i[j] = j·2^(w·i)·G + O_i.
 * That is one mixed (Jacobian + affine) addition per window and no doublings. The arithmetic is
 * Bouncy Castle's secp256k1 field ({@link SecP256K1Field}) on preallocated limbs, so the loop
 * allocates nothing; one field inversion turns the result affine. See docs/decisions/0008.
 *
 * <p>The offsets O_i = 2^i·P (P a fixed point, the last offset cancelling the others) keep table
 * entries and partial sums away from the point at infinity and from each other. Each lookup reads every entry of its
 * window and selects with a mask, so the memory access pattern does not depend on k. If an
 * addition ever meets the exceptional case (equal x coordinates, probability about 2^-250 for a
 * nonce that nobody chose) the caller falls back to Bouncy Castle's general multiplication.
 *
 * <p>The table is immutable and shared; {@link Scratch} holds one thread's working limbs.
 */
final class FixedBaseTable {
    private static final int LIMBS = 8;
    /** A table entry is x and y packed two limbs per long: 8 longs. */
    private static final int POINT_LONGS = LIMBS;

    private final int width;
    private final int windows;
    private final int entries;
    /** Per window: entries × (x, y) affine, limbs packed in pairs (low limb in the low half). */
    private final long[][] tables;

    FixedBaseTable(ECPoint generator, int width) {
        if (width < 2 || width > 8) {
            throw new IllegalArgumentException("window width must be 2..8");
        }
        this.width = width;
        this.windows = (256 + width - 1) / width;
        this.entries = 1 << width;
        BigInteger order = generator.getCurve().getOrder();
        ECPoint p = generator.multiply(new BigInteger(1,
                Keccak.hash256("atelier fixed-base offset".getBytes(StandardCharsets.US_ASCII))).mod(order));
        ECPoint[] all = new ECPoint[windows * entries];
        ECPoint base = generator;
        for (int i = 0; i < windows; i++) {
            // O_i = 2^i·P, and the last one cancels the rest: Σ O_i = 0. Distinct offsets keep the
            // partial sums of zero digits (P, 3P, 7P, ...) from ever meeting the next offset.
            ECPoint acc = i < windows - 1 ? p.timesPow2(i)
                    : p.multiply(BigInteger.ONE.shiftLeft(windows - 1).subtract(BigInteger.ONE)).negate();
            for (int j = 0; j < entries; j++) {
                all[i * entries + j] = acc;
                acc = acc.add(base);
            }
            base = base.timesPow2(width);
        }
        generator.getCurve().normalizeAll(all);
        tables = new long[windows][entries * POINT_LONGS];
        for (int i = 0; i < windows; i++) {
            for (int j = 0; j < entries; j++) {
                ECPoint e = all[i * entries + j];
                if (e.isInfinity()) {
                    throw new IllegalStateException("fixed-base table entry at infinity");
                }
                int[] x = Nat256.fromBigInteger(e.getAffineXCoord().toBigInteger());
                int[] y = Nat256.fromBigInteger(e.getAffineYCoord().toBigInteger());
                int off = j * POINT_LONGS;
                for (int l = 0; l < LIMBS / 2; l++) {
                    tables[i][off + l] = pack(x[2 * l], x[2 * l + 1]);
                    tables[i][off + LIMBS / 2 + l] = pack(y[2 * l], y[2 * l + 1]);
                }
            }
        }
    }

    /** One thread's working memory for {@link #multiply}. */
    static final class Scratch {
        final int[] x = new int[LIMBS];
        final int[] y = new int[LIMBS];
        final int[] z = new int[LIMBS];
        final int[] ax = new int[LIMBS];
        final int[] ay = new int[LIMBS];
        final int[] z1z1 = new int[LIMBS];
        final int[] u2 = new int[LIMBS];
        final int[] s2 = new int[LIMBS];
        final int[] h = new int[LIMBS];
        final int[] r = new int[LIMBS];
        final int[] hh = new int[LIMBS];
        final int[] hhh = new int[LIMBS];
        final int[] v = new int[LIMBS];
        final int[] t = new int[LIMBS];
        final int[] ext = Nat256.createExt();
        final long[] acc = new long[POINT_LONGS];
        /** The affine result: x then y, 32 bytes each, big-endian. */
        final byte[] xy = new byte[64];

        void wipe() {
            for (int[] a : new int[][] {x, y, z, ax, ay, z1z1, u2, s2, h, r, hh, hhh, v, t, ext}) {
                java.util.Arrays.fill(a, 0);
            }
            java.util.Arrays.fill(xy, (byte) 0);
            java.util.Arrays.fill(acc, 0L);
        }
    }

    /**
     * k·G for a scalar given as 32 big-endian bytes, written affine into {@code s.xy}.
     *
     * @return false in the exceptional case (the caller must use another method); true otherwise
     */
    boolean multiply(byte[] k32, Scratch s) {
        select(0, digit(k32, 0), s.acc, s.x, s.y);
        java.util.Arrays.fill(s.z, 0);
        s.z[0] = 1;
        for (int i = 1; i < windows; i++) {
            select(i, digit(k32, i), s.acc, s.ax, s.ay);
            if (!addAffine(s)) {
                return false;
            }
        }
        // to affine: x = X/Z^2, y = Y/Z^3
        SecP256K1Field.inv(s.z, s.t);
        SecP256K1Field.square(s.t, s.z1z1, s.ext);
        SecP256K1Field.multiply(s.x, s.z1z1, s.ax, s.ext);
        SecP256K1Field.multiply(s.z1z1, s.t, s.hh, s.ext);
        SecP256K1Field.multiply(s.y, s.hh, s.ay, s.ext);
        encode(s.ax, s.xy, 0);
        encode(s.ay, s.xy, 32);
        return true;
    }

    /**
     * (X1, Y1, Z1) += (x2, y2) in Jacobian coordinates, "add-1998-cmo-2" specialised to Z2 = 1
     * (8M + 3S; hyperelliptic.org/EFD g1p/auto-shortw-jacobian-0).
     */
    private static boolean addAffine(Scratch s) {
        SecP256K1Field.square(s.z, s.z1z1, s.ext);                 // Z1Z1 = Z1^2
        SecP256K1Field.multiply(s.ax, s.z1z1, s.u2, s.ext);        // U2 = X2·Z1Z1
        SecP256K1Field.multiply(s.z, s.z1z1, s.t, s.ext);
        SecP256K1Field.multiply(s.ay, s.t, s.s2, s.ext);           // S2 = Y2·Z1·Z1Z1
        SecP256K1Field.subtract(s.u2, s.x, s.h);                   // H = U2 - X1
        SecP256K1Field.subtract(s.s2, s.y, s.r);                   // R = S2 - Y1
        if (Nat256.isZero(s.h)) {
            return false; // P1 = ±P2: doubling or infinity, not handled here
        }
        SecP256K1Field.square(s.h, s.hh, s.ext);                   // HH = H^2
        SecP256K1Field.multiply(s.h, s.hh, s.hhh, s.ext);          // HHH = H·HH
        SecP256K1Field.multiply(s.x, s.hh, s.v, s.ext);            // V = X1·HH
        SecP256K1Field.square(s.r, s.t, s.ext);
        SecP256K1Field.subtract(s.t, s.hhh, s.t);
        SecP256K1Field.subtract(s.t, s.v, s.t);
        SecP256K1Field.subtract(s.t, s.v, s.x);                    // X3 = R^2 - HHH - 2V
        SecP256K1Field.subtract(s.v, s.x, s.t);
        SecP256K1Field.multiply(s.r, s.t, s.t, s.ext);
        SecP256K1Field.multiply(s.y, s.hhh, s.u2, s.ext);
        SecP256K1Field.subtract(s.t, s.u2, s.y);                   // Y3 = R(V - X3) - Y1·HHH
        SecP256K1Field.multiply(s.z, s.h, s.z, s.ext);             // Z3 = Z1·H
        return true;
    }

    /** Copies entry {@code index} of window {@code w} into x, y, reading every entry (masked select). */
    private void select(int w, int index, long[] acc, int[] x, int[] y) {
        long[] table = tables[w];
        java.util.Arrays.fill(acc, 0L);
        for (int j = 0, off = 0; j < entries; j++, off += POINT_LONGS) {
            long mask = ((j ^ index) - 1) >> 31; // all ones when j == index, else 0
            for (int l = 0; l < POINT_LONGS; l++) {
                acc[l] |= table[off + l] & mask;
            }
        }
        for (int l = 0; l < LIMBS / 2; l++) {
            x[2 * l] = (int) acc[l];
            x[2 * l + 1] = (int) (acc[l] >>> 32);
            y[2 * l] = (int) acc[LIMBS / 2 + l];
            y[2 * l + 1] = (int) (acc[LIMBS / 2 + l] >>> 32);
        }
    }

    private static long pack(int low, int high) {
        return (low & 0xffff_ffffL) | ((long) high << 32);
    }

    /** The i-th w-bit digit of the 256-bit big-endian number, least significant digit first. */
    private int digit(byte[] k, int i) {
        int bit = i * width;
        int value = 0;
        for (int b = 0; b < width && bit + b < 256; b++) {
            int pos = bit + b;
            value |= ((k[31 - (pos >>> 3)] >>> (pos & 7)) & 1) << b;
        }
        return value;
    }

    private static void encode(int[] limbs, byte[] out, int off) {
        for (int i = 0; i < LIMBS; i++) {
            int v = limbs[LIMBS - 1 - i];
            int o = off + 4 * i;
            out[o] = (byte) (v >>> 24);
            out[o + 1] = (byte) (v >>> 16);
            out[o + 2] = (byte) (v >>> 8);
            out[o + 3] = (byte) v;
        }
    }
}
