package dev.atelier.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.chain.sandbox.AnvilLocator;
import dev.atelier.chain.sandbox.Sandbox;
import dev.atelier.common.ProgressSink;
import dev.atelier.db.Database;
import dev.atelier.db.MigrationSet;
import dev.atelier.testing.AnvilExtension;
import dev.atelier.vault.TestVaults;
import dev.atelier.vault.Vault;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An RPC URL with an API key lives in the vault: usable while unlocked, never written to studio.db. */
class VaultRpcSecretsTest {
    @RegisterExtension
    static final AnvilExtension ANVIL = new AnvilExtension();

    @TempDir
    Path dir;

    @Test
    void aKeyedUrlIsSealedInTheVaultAndOnlyUsableWhileUnlocked() throws Exception {
        String key = "k3yABCDEF0123456789secret";
        String url = ANVIL.rpcUrl() + "/?apikey=" + key;
        try (Vault vault = TestVaults.created(dir);
             Database db = Database.open(dir.resolve("studio.db"), MigrationSet.studio())) {
            Networks networks = new Networks(new NetworkStore(db), new VaultRpcSecrets(() -> vault),
                    new Sandbox(dir.resolve("sandbox"), new AnvilLocator("", Map.of())));
            Network n = networks.add(new Networks.NewNetwork("Keyed node", url, 31337, "ETH", ""));
            assertThat(n.rpcUrl()).isEmpty();
            assertThat(networks.rpcInVault(n)).isTrue();
            assertThat(networks.endpoint(n)).isEqualTo(url);
            assertThat(networks.test(n).chainMatches()).isTrue();

            vault.lock();
            assertThatThrownBy(() -> networks.endpoint(n)).hasMessageContaining("kept in the vault").hasMessageContaining("Unlock");
            assertThatThrownBy(() -> networks.remove(n)).hasMessageContaining("Unlock the vault first");
            assertThatThrownBy(() -> networks.add(new Networks.NewNetwork("Another", url, 0, null, null)))
                    .hasMessageContaining("API key").hasMessageContaining("Nothing was saved");

            vault.unlock(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
            assertThat(networks.endpoint(n)).isEqualTo(url);
            networks.remove(n);
            assertThat(vault.secret("rpc-url:keyed-node")).isEmpty();
        }
        for (String f : new String[] {"studio.db", "studio.db-wal"}) {
            Path p = dir.resolve(f);
            if (Files.exists(p)) {
                assertThat(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)).as(f).doesNotContain(key);
            }
        }
    }
}
