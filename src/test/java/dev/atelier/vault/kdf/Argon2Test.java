package dev.atelier.vault.kdf;

import static org.assertj.core.api.Assertions.assertThat;

import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Version;
import dev.atelier.common.ProgressSink;
import dev.atelier.testing.Proc;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

/** Any correct Argon2id opens a vault: both implementations agree with RFC 9106 and the reference C tool. */
class Argon2Test {
    private static final String RFC9106_ARGON2ID_TAG = "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659";

    /** RFC 9106 §5.3 (m=32 KiB, t=3, p=4, with secret and associated data). */
    @Test
    void bothImplementationsReproduceTheRfc9106Vector() {
        byte[] pw = filled(32, 1);
        byte[] salt = filled(16, 2);
        byte[] secret = filled(8, 3);
        byte[] ad = filled(12, 4);
        Argon2BytesGenerator bc = new Argon2BytesGenerator();
        bc.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withIterations(3).withMemoryAsKB(32).withParallelism(4).withSalt(salt).withSecret(secret).withAdditional(ad).build());
        byte[] out = new byte[32];
        bc.generateBytes(pw, out);
        assertThat(HexFormat.of().formatHex(out)).isEqualTo(RFC9106_ARGON2ID_TAG);
        byte[] nat = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id)
                .rawHashAdvanced(3, 32, 4, pw, salt, secret, ad, 32, Argon2Version.V13);
        assertThat(HexFormat.of().formatHex(nat)).isEqualTo(RFC9106_ARGON2ID_TAG);
    }

    @Test
    void nativeLibraryLoadsHere() {
        assertThat(NativeArgon2.available()).isTrue();
        assertThat(Argon2id.best().name()).isEqualTo(new NativeArgon2().name());
    }

    /** Our two implementations and Debian's reference `argon2` command agree across costs and lanes. */
    @Test
    void implementationsAgreeWithTheReferenceCommand() throws Exception {
        Random r = new Random(9106);
        for (int[] c : new int[][] {{12, 1, 1}, {12, 3, 2}, {13, 2, 4}, {10, 3, 3}}) {
            byte[] pw = new byte[1 + r.nextInt(40)];
            for (int i = 0; i < pw.length; i++) {
                pw[i] = (byte) ('a' + r.nextInt(26));
            }
            String saltText = "saltsalt" + r.nextInt(1_000_000);
            byte[] salt = saltText.getBytes(StandardCharsets.US_ASCII);
            Argon2Params p = new Argon2Params(1 << c[0], c[1], c[2]);
            byte[] bc = new JavaArgon2().derive(pw, salt, p, 32);
            byte[] nat = new NativeArgon2().derive(pw, salt, p, 32);
            Proc.Result ref = Proc.run(List.of("argon2", saltText, "-id", "-t", "" + c[1], "-m", "" + c[0], "-p", "" + c[2],
                    "-l", "32", "-r"), Map.of(), new String(pw, StandardCharsets.US_ASCII), 60);
            assertThat(ref.code()).as("the reference 'argon2' command (apt-get install argon2)").isZero();
            assertThat(HexFormat.of().formatHex(bc)).isEqualTo(ref.out().strip());
            assertThat(nat).isEqualTo(bc);
        }
    }

    /** The calibrated default: never below the floor (64 MiB, t=3), p = cores (≤ 4). */
    @Test
    void calibrationNeverGoesBelowTheFloorAndUsesTheCores() {
        Argon2Params p = KdfPolicy.calibrated().choose(Argon2id.best(), ProgressSink.NONE);
        assertThat(p.meetsFloor()).isTrue();
        assertThat(p.memoryKiB()).isLessThanOrEqualTo(KdfCalibrator.MAX_MEMORY_KIB);
        assertThat(p.parallelism()).isEqualTo(Math.min(4, Runtime.getRuntime().availableProcessors()));
        assertThat(KdfPolicy.floor().choose(Argon2id.best(), ProgressSink.NONE))
                .isEqualTo(new Argon2Params(64 * 1024, 3, Math.min(4, Runtime.getRuntime().availableProcessors())));
        assertThat(KdfPolicy.floor().enforcesFloor()).isTrue();
        assertThat(KdfPolicy.testingOnly(new Argon2Params(64, 1, 1)).enforcesFloor()).isFalse();
    }

    private static byte[] filled(int n, int v) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) v);
        return b;
    }
}
