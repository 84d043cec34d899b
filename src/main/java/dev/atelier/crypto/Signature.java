package dev.atelier.crypto;

import java.math.BigInteger;

/**
 * A secp256k1 ECDSA signature with low s (EIP-2) and its recovery id (0 or 1: the parity of R's y).
 */
public record Signature(BigInteger r, BigInteger s, int recoveryId) {
    public Signature {
        if (recoveryId != 0 && recoveryId != 1) {
            throw new IllegalArgumentException("recovery id must be 0 or 1");
        }
    }

    /** r || s || v with v = 27 + recoveryId: the form EIP-191 and EIP-712 signatures use. */
    public byte[] toBytes65() {
        byte[] out = new byte[65];
        copy32(r, out, 0);
        copy32(s, out, 32);
        out[64] = (byte) (27 + recoveryId);
        return out;
    }

    private static void copy32(BigInteger v, byte[] out, int off) {
        byte[] b = v.toByteArray();
        int len = Math.min(b.length, 32);
        System.arraycopy(b, b.length - len, out, off + 32 - len, len);
    }
}
