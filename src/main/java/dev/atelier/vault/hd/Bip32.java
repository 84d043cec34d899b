package dev.atelier.vault.hd;

import dev.atelier.crypto.Secp256k1;
import dev.atelier.vault.Secrets;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * BIP-32 private derivation over secp256k1 ("Master key generation" and CKDpriv). Keys and chain
 * codes live in byte arrays that are wiped as the walk goes down the path; the point multiplication
 * for non-hardened steps uses {@link Secp256k1#publicKey}. See ADR 0004 for why not web3j's Bip32ECKeyPair.
 */
public final class Bip32 {
    private static final byte[] MASTER_HMAC_KEY = "Bitcoin seed".getBytes(StandardCharsets.US_ASCII);

    /** A private extended key: 32-byte key and chain code, plus what xprv serialisation needs. */
    public record ExtendedKey(byte[] key, byte[] chainCode, int depth, int childNumber, byte[] parentPublicKey) {
        public void wipe() {
            Secrets.wipe(key, chainCode);
        }
    }

    private Bip32() {
    }

    public static ExtendedKey master(byte[] seed) {
        byte[] i = hmacSha512(MASTER_HMAC_KEY, seed);
        try {
            byte[] key = Arrays.copyOfRange(i, 0, 32);
            BigInteger k = new BigInteger(1, key);
            if (k.signum() == 0 || k.compareTo(Secp256k1.N) >= 0) {
                throw new IllegalArgumentException("This seed gives an invalid master key (probability < 2^-127); use another seed");
            }
            return new ExtendedKey(key, Arrays.copyOfRange(i, 32, 64), 0, 0, null);
        } finally {
            Secrets.wipe(i);
        }
    }

    /** CKDpriv. An index whose IL is ≥ n or gives a zero key is skipped for the next one, as BIP-32 says. */
    public static ExtendedKey child(ExtendedKey parent, int index) {
        byte[] parentPub = compressedPublicKey(parent.key());
        int i = index;
        while (true) {
            byte[] data = new byte[37];
            if ((i & DerivationPath.HARDENED) != 0) {
                System.arraycopy(parent.key(), 0, data, 1, 32);
            } else {
                System.arraycopy(parentPub, 0, data, 0, 33);
            }
            data[33] = (byte) (i >>> 24);
            data[34] = (byte) (i >>> 16);
            data[35] = (byte) (i >>> 8);
            data[36] = (byte) i;
            byte[] out = hmacSha512(parent.chainCode(), data);
            Secrets.wipe(data);
            try {
                BigInteger il = new BigInteger(1, Arrays.copyOfRange(out, 0, 32));
                BigInteger k = il.add(new BigInteger(1, parent.key())).mod(Secp256k1.N);
                if (il.compareTo(Secp256k1.N) < 0 && k.signum() != 0) {
                    return new ExtendedKey(to32(k), Arrays.copyOfRange(out, 32, 64), parent.depth() + 1, i, parentPub);
                }
            } finally {
                Secrets.wipe(out);
            }
            i++;
        }
    }

    /** The private key at {@code path} below the seed's master key. */
    public static byte[] derivePrivateKey(byte[] seed, DerivationPath path) {
        ExtendedKey k = derive(seed, path);
        byte[] key = k.key().clone();
        k.wipe();
        return key;
    }

    public static ExtendedKey derive(byte[] seed, DerivationPath path) {
        ExtendedKey k = master(seed);
        for (int index : path.indices()) {
            ExtendedKey next = child(k, index);
            k.wipe();
            k = next;
        }
        return k;
    }

    /** SEC1 compressed point: 0x02/0x03 by the parity of y, then x. */
    public static byte[] compressedPublicKey(byte[] privateKey) {
        byte[] xy = Secp256k1.publicKey(privateKey);
        byte[] out = new byte[33];
        out[0] = (byte) ((xy[63] & 1) == 0 ? 0x02 : 0x03);
        System.arraycopy(xy, 0, out, 1, 32);
        return out;
    }

    private static byte[] to32(BigInteger v) {
        byte[] b = v.toByteArray();
        byte[] out = new byte[32];
        int len = Math.min(b.length, 32);
        System.arraycopy(b, b.length - len, out, 32 - len, len);
        return out;
    }

    private static byte[] hmacSha512(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(key, "HmacSHA512"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
