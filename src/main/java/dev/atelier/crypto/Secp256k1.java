package dev.atelier.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * secp256k1 ECDSA as Ethereum uses it, on Bouncy Castle's optimised curve ({@code CustomNamedCurves}):
 * RFC 6979 deterministic nonces (HMAC-SHA256), low s (EIP-2), and the recovery id read from R
 * itself — the parity of R's y, no trial recoveries. Byte-identical to web3j, cast and ethers.
 * k·G uses a precomputed windowed table ({@link FixedBaseTable}), built once on first use.
 *
 * <p>Only the vault calls these with private keys; everything else receives a {@link Signer}.
 * Thread-safe.
 */
public final class Secp256k1 {
    private static final X9ECParameters PARAMS = CustomNamedCurves.getByName("secp256k1");
    private static final ECCurve CURVE = PARAMS.getCurve();
    private static final ECPoint G = PARAMS.getG();
    public static final BigInteger N = PARAMS.getN();
    private static final BigInteger HALF_N = N.shiftRight(1);
    /** 6-bit windows: 43 mixed additions per k·G over 64-entry tables (fastest of 4..8 here, docs/decisions/0008). */
    static final int WINDOW = 6;
    private static final ThreadLocal<WorkingState> STATE = ThreadLocal.withInitial(WorkingState::new);

    private Secp256k1() {
    }

    /** Lazily built on first use (a few ms), then shared by every thread. */
    private static final class Table {
        static final FixedBaseTable G_TABLE = new FixedBaseTable(G, WINDOW);
    }

    /** One thread's nonce generator and point scratch space (signing allocates little). */
    private static final class WorkingState {
        final Rfc6979 nonces = new Rfc6979();
        final FixedBaseTable.Scratch scratch = new FixedBaseTable.Scratch();
        final byte[] k = new byte[32];
    }

    /** k·G as affine X||Y (64 bytes, in the thread's scratch or a new array). */
    private static byte[] multiplyG(byte[] k32, FixedBaseTable.Scratch scratch) {
        if (Table.G_TABLE.multiply(k32, scratch)) {
            return scratch.xy;
        }
        return xy(G.multiply(new BigInteger(1, k32)).normalize());
    }

    /** Uncompressed public key X||Y (64 bytes) for a private key in [1, n-1]. */
    public static byte[] publicKey(byte[] privateKey32) {
        byte[] key = padded(privateKey32);
        try {
            checkPrivateKey(key);
            FixedBaseTable.Scratch scratch = STATE.get().scratch;
            try {
                return multiplyG(key, scratch).clone();
            } finally {
                scratch.wipe();
            }
        } finally {
            if (key != privateKey32) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    public static Address address(byte[] privateKey32) {
        return Address.fromPublicKey(publicKey(privateKey32));
    }

    /** RFC 6979 + low-s signature of a 32-byte digest, with its recovery id. */
    public static Signature sign(byte[] digest32, byte[] privateKey32) {
        if (digest32.length != 32) {
            throw new IllegalArgumentException("Digest must be 32 bytes");
        }
        byte[] key = padded(privateKey32);
        BigInteger d = checkPrivateKey(key);
        BigInteger e = new BigInteger(1, digest32);
        byte[] h1 = BigIntegers.asUnsignedByteArray(32, e.mod(N));
        WorkingState state = STATE.get();
        Rfc6979 nonces = state.nonces;
        byte[] kBytes = state.k;
        // RFC 6979 3.2: int2octets(x) is the 32-byte key itself, since 1 <= x < n.
        nonces.init(key, h1);
        try {
            while (true) {
                nonces.next(kBytes);
                BigInteger k = new BigInteger(1, kBytes);
                if (k.signum() == 0 || k.compareTo(N) >= 0) {
                    nonces.reseed();
                    continue;
                }
                byte[] bigR = multiplyG(kBytes, state.scratch);
                BigInteger x = new BigInteger(1, bigR, 0, 32);
                // x >= n (probability ~2^-128) would need recovery id 2 or 3, which Ethereum's v cannot
                // carry; like r = 0 or s = 0 it is treated as a rejected nonce (RFC 6979 3.2 h.3).
                if (x.signum() == 0 || x.compareTo(N) >= 0) {
                    nonces.reseed();
                    continue;
                }
                BigInteger s = BigIntegers.modOddInverse(N, k).multiply(e.add(d.multiply(x))).mod(N);
                if (s.signum() == 0) {
                    nonces.reseed();
                    continue;
                }
                int recoveryId = bigR[63] & 1;
                if (s.compareTo(HALF_N) > 0) {
                    // low s (EIP-2): s' = n - s signs with -k, whose R has the opposite y parity
                    s = N.subtract(s);
                    recoveryId ^= 1;
                }
                return new Signature(x, s, recoveryId);
            }
        } finally {
            nonces.wipe();
            state.scratch.wipe();
            Arrays.fill(kBytes, (byte) 0);
            if (key != privateKey32) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    /** The public key (64 bytes) that made {@code sig} over {@code digest32}. */
    public static byte[] recoverPublicKey(byte[] digest32, Signature sig) {
        if (digest32.length != 32) {
            throw new IllegalArgumentException("Digest must be 32 bytes");
        }
        BigInteger r = sig.r();
        BigInteger s = sig.s();
        if (r.signum() <= 0 || r.compareTo(N) >= 0 || s.signum() <= 0 || s.compareTo(N) >= 0) {
            throw new IllegalArgumentException("Signature does not recover a public key");
        }
        // SEC 1 v2 section 4.1.6: R from r and the parity of its y; Q = r^-1 (sR - eG).
        byte[] compressed = new byte[33];
        compressed[0] = (byte) (sig.recoveryId() == 1 ? 0x03 : 0x02);
        BigIntegers.asUnsignedByteArray(r, compressed, 1, 32);
        ECPoint big;
        try {
            big = CURVE.decodePoint(compressed);
        } catch (IllegalArgumentException notOnCurve) {
            throw new IllegalArgumentException("Signature does not recover a public key", notOnCurve);
        }
        BigInteger e = new BigInteger(1, digest32).mod(N);
        BigInteger rInv = BigIntegers.modOddInverseVar(N, r);
        BigInteger u1 = N.subtract(e).multiply(rInv).mod(N);
        BigInteger u2 = s.multiply(rInv).mod(N);
        ECPoint q = ECAlgorithms.sumOfTwoMultiplies(G, u1, big, u2).normalize();
        if (q.isInfinity()) {
            throw new IllegalArgumentException("Signature does not recover a public key");
        }
        return xy(q);
    }

    /** The address that made {@code sig} over {@code digest32}. */
    public static Address recoverAddress(byte[] digest32, Signature sig) {
        return Address.fromPublicKey(recoverPublicKey(digest32, sig));
    }

    /** Keys are 32 bytes; shorter encodings (leading zeros dropped) are left-padded. */
    private static byte[] padded(byte[] privateKey) {
        if (privateKey.length == 32) {
            return privateKey;
        }
        if (privateKey.length == 0 || privateKey.length > 32) {
            throw new IllegalArgumentException("A private key is 32 bytes");
        }
        byte[] out = new byte[32];
        System.arraycopy(privateKey, 0, out, 32 - privateKey.length, privateKey.length);
        return out;
    }

    private static BigInteger checkPrivateKey(byte[] privateKey32) {
        BigInteger d = new BigInteger(1, privateKey32);
        if (d.signum() == 0 || d.compareTo(N) >= 0) {
            throw new IllegalArgumentException("Private key out of range");
        }
        return d;
    }

    private static byte[] xy(ECPoint normalized) {
        byte[] out = new byte[64];
        normalized.getAffineXCoord().encodeTo(out, 0);
        normalized.getAffineYCoord().encodeTo(out, 32);
        return out;
    }
}
