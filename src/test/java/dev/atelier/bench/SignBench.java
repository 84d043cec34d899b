package dev.atelier.bench;

import dev.atelier.crypto.Secp256k1;
import java.math.BigInteger;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

/**
 * Signatures per second on one thread, side by side in one run: Atelier's {@link Secp256k1#sign}
 * (RFC 6979, low s, recovery id from R), web3j's {@code Sign.signMessage} (the same signature, recovery
 * id by trial recoveries), and a plain Bouncy Castle comb signer ({@code ECDSASigner} + RFC 6979,
 * no recovery id) for scale. Run by scripts/bench-sign.sh (docs/benchmarks.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SignBench {
    private static final int N = 256;
    private final byte[][] keys = new byte[N][];
    private final byte[][] digests = new byte[N][];
    private final ECKeyPair[] pairs = new ECKeyPair[N];
    private final ECPrivateKeyParameters[] bcKeys = new ECPrivateKeyParameters[N];
    private final ECDSASigner bc = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
    private int i;

    @Setup
    public void setup() {
        Random rnd = new Random(1);
        var p = CustomNamedCurves.getByName("secp256k1");
        ECDomainParameters domain = new ECDomainParameters(p.getCurve(), p.getG(), p.getN(), p.getH());
        for (int k = 0; k < N; k++) {
            byte[] key = new byte[32];
            do {
                rnd.nextBytes(key);
            } while (new BigInteger(1, key).signum() == 0 || new BigInteger(1, key).compareTo(Secp256k1.N) >= 0);
            keys[k] = key;
            digests[k] = new byte[32];
            rnd.nextBytes(digests[k]);
            pairs[k] = ECKeyPair.create(key);
            bcKeys[k] = new ECPrivateKeyParameters(new BigInteger(1, key), domain);
        }
    }

    @Benchmark
    public Object atelier() {
        int k = i++ & (N - 1);
        return Secp256k1.sign(digests[k], keys[k]);
    }

    @Benchmark
    public Object web3j() {
        int k = i++ & (N - 1);
        return Sign.signMessage(digests[k], pairs[k], false);
    }

    @Benchmark
    public Object bouncyCastleComb() {
        int k = i++ & (N - 1);
        bc.init(true, bcKeys[k]);
        return bc.generateSignature(digests[k]);
    }
}
