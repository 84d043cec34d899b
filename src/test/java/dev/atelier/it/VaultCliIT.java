package dev.atelier.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.testing.Proc;
import dev.atelier.testing.Vectors;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vault through the packaged jar, with the real (calibrated) Argon2id parameters: the native
 * library, the migrations and the word list are in the fat jar, and the defaults meet the floor.
 */
class VaultCliIT {
    @TempDir
    Path home;

    @Test
    void initRestoreListWithCalibratedParameters() throws Exception {
        Map<String, String> env = new HashMap<>(PackagedJarIT.noDisplay());
        env.put("ATELIER_PASSPHRASE", "packaged jar passphrase");
        String h = home.toString();
        Proc.Result init = Proc.run(Proc.jar("--home", h, "vault", "init"), env, null, 180);
        assertThat(init.code()).as(init.err()).isZero();

        JsonNode status = new ObjectMapper().readTree(Proc.run(Proc.jar("--home", h, "vault", "status", "--json"), env, null, 60).out());
        assertThat(status.get("state").asText()).isEqualTo("locked");
        JsonNode kdf = status.get("kdf");
        assertThat(kdf.get("memoryKiB").asInt()).isGreaterThanOrEqualTo(64 * 1024);
        assertThat(kdf.get("iterations").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(kdf.get("parallelism").asInt()).isEqualTo(Math.min(4, Runtime.getRuntime().availableProcessors()));

        JsonNode vec = Vectors.get("bip44_eth_test_junk");
        Proc.Result restore = Proc.run(Proc.jar("--home", h, "wallet", "restore", "--count", "3"), env,
                vec.get("mnemonic").asText() + "\n", 180);
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out().strip().split("\\R")).containsExactly(vec.get("accounts").get(0).get("address").asText(),
                vec.get("accounts").get(1).get("address").asText(), vec.get("accounts").get(2).get("address").asText());

        env.put("ATELIER_PASSPHRASE", "not it");
        Proc.Result wrong = Proc.run(Proc.jar("--home", h, "account", "derive"), env, null, 180);
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).startsWith("error: Wrong passphrase.").doesNotContain("\tat ");
    }
}
