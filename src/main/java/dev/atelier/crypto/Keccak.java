package dev.atelier.crypto;

import org.bouncycastle.crypto.digests.KeccakDigest;

/** Keccak-256 as Ethereum uses it (the pre-standard padding, not SHA3-256). */
public final class Keccak {
    private Keccak() {
    }

    public static byte[] hash256(byte[] input) {
        return hash256(input, 0, input.length);
    }

    public static byte[] hash256(byte[] input, int offset, int length) {
        KeccakDigest d = new KeccakDigest(256);
        d.update(input, offset, length);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }
}
