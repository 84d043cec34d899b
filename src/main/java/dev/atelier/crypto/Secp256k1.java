package dev.atelier.crypto;

import java.math.BigInteger;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

/**
 * secp256k1 operations on raw keys. Only the vault calls these with private keys.
 */
public final class Secp256k1 {
    public static final BigInteger N = Sign.CURVE_PARAMS.getN();

    private Secp256k1() {
    }

    /** Uncompressed public key X||Y (64 bytes) for a private key in [1, n-1]. */
    public static byte[] publicKey(byte[] privateKey32) {
        BigInteger d = new BigInteger(1, privateKey32);
        if (d.signum() == 0 || d.compareTo(N) >= 0) {
            throw new IllegalArgumentException("Private key out of range");
        }
        byte[] pub = Sign.publicKeyFromPrivate(d).toByteArray();
        byte[] out = new byte[64];
        int len = Math.min(pub.length, 64);
        System.arraycopy(pub, pub.length - len, out, 64 - len, len);
        return out;
    }

    public static Address address(byte[] privateKey32) {
        return Address.fromPublicKey(publicKey(privateKey32));
    }

    /** RFC 6979 + low-s signature of a 32-byte digest, with its recovery id. */
    public static Signature sign(byte[] digest32, byte[] privateKey32) {
        if (digest32.length != 32) {
            throw new IllegalArgumentException("Digest must be 32 bytes");
        }
        ECKeyPair kp = ECKeyPair.create(privateKey32);
        Sign.SignatureData sd = Sign.signMessage(digest32, kp, false);
        return new Signature(new BigInteger(1, sd.getR()), new BigInteger(1, sd.getS()), (sd.getV()[0] & 0xff) - 27);
    }

    /** The public key (64 bytes) that made {@code sig} over {@code digest32}. */
    public static byte[] recoverPublicKey(byte[] digest32, Signature sig) {
        BigInteger pub = Sign.recoverFromSignature(sig.recoveryId(),
                new org.web3j.crypto.ECDSASignature(sig.r(), sig.s()), digest32);
        if (pub == null) {
            throw new IllegalArgumentException("Signature does not recover a public key");
        }
        byte[] b = pub.toByteArray();
        byte[] out = new byte[64];
        int len = Math.min(b.length, 64);
        System.arraycopy(b, b.length - len, out, 64 - len, len);
        return out;
    }
}
