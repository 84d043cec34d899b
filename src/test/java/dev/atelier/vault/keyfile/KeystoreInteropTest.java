package dev.atelier.vault.keyfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.testing.RefTools;
import dev.atelier.testing.Vectors;
import dev.atelier.vault.Account;
import dev.atelier.vault.AccountKind;
import dev.atelier.vault.TestVaults;
import dev.atelier.vault.Vault;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keystores from the spec, geth, cast and ethers import with the right address; ours open in cast and ethers. */
class KeystoreInteropTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final String KEY = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
    @TempDir
    Path dir;
    Vault vault;

    @BeforeEach
    void open() {
        vault = TestVaults.created(dir);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void specPbkdf2VectorImports() throws Exception {
        JsonNode v = Vectors.get("keystore_v3_pbkdf2");
        Account a = vault.keystores().importKeystore(json(v.get("keystore")), v.get("password").asText().toCharArray(), "spec", ProgressSink.NONE);
        assertThat(a.address()).isEqualTo(Address.parse(v.get("address").asText()));
        assertThat(a.kind()).isEqualTo(AccountKind.IMPORTED);
        assertThat(reveal(a.address())).isEqualTo(v.get("privateKey").asText().substring(2));
    }

    @Test
    void gethThirtyOneByteKeyIsLeftPadded() throws Exception {
        JsonNode v = Vectors.get("keystore_v3_scrypt_geth_31byte");
        Account a = vault.keystores().importKeystore(json(v.get("keystore")), v.get("password").asText().toCharArray(), "geth", ProgressSink.NONE);
        assertThat(reveal(a.address())).isEqualTo(v.get("privateKeyLeftPadded").asText().substring(2));
    }

    @Test
    void castKeystoreWithLowercaseCryptoImports() throws Exception {
        RefTools.cast("wallet", "import", "castkey", "--private-key", "0x" + KEY, "--keystore-dir", dir.toString(),
                "--unsafe-password", "cast-pass");
        byte[] file = Files.readAllBytes(dir.resolve("castkey"));
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("\"crypto\"");
        Account a = vault.keystores().importKeystore(file, "cast-pass".toCharArray(), "from cast", ProgressSink.NONE);
        assertThat(a.address().toChecksumHex()).isEqualTo(RefTools.cast("wallet", "address", "--private-key", "0x" + KEY));
        assertThat(reveal(a.address())).isEqualTo(KEY);
    }

    @Test
    void ethersKeystoreWithCapitalCryptoImports() throws Exception {
        String json = RefTools.node("vault/ethers-ref.mjs", "encrypt", "0x" + KEY, "ethers-pass", Integer.toString(1 << 17));
        assertThat(json).contains("\"Crypto\"");
        Account a = vault.keystores().importKeystore(json.getBytes(StandardCharsets.UTF_8), "ethers-pass".toCharArray(), "ethers",
                ProgressSink.NONE);
        assertThat(reveal(a.address())).isEqualTo(KEY);
    }

    /** Our default export (scrypt n=2^18, r=8, p=1) decrypts to the same key in cast and in ethers. */
    @Test
    void exportedKeystoreOpensInCastAndEthers() throws Exception {
        Account a = vault.keys().importPrivateKey(HEX.parseHex(KEY), "k");
        byte[] json = vault.keystores().exportKeystore(a.address(), "export-pass".toCharArray(), KeystoreCrypto.DEFAULT_EXPORT,
                ProgressSink.NONE);
        JsonNode tree = new ObjectMapper().readTree(json);
        assertThat(tree.at("/crypto/kdfparams/n").asInt()).isEqualTo(1 << 18);
        assertThat(tree.at("/crypto/kdfparams/r").asInt()).isEqualTo(8);
        assertThat(tree.at("/crypto/kdfparams/p").asInt()).isEqualTo(1);
        Path ks = dir.resolve("ks");
        Files.createDirectories(ks);
        Files.write(ks.resolve("exported"), json);

        String cast = RefTools.cast("wallet", "decrypt-keystore", "exported", "--keystore-dir", ks.toString(),
                "--unsafe-password", "export-pass");
        Matcher m = Pattern.compile("0x([0-9a-f]{64})").matcher(cast);
        assertThat(m.find()).as(cast).isTrue();
        assertThat(m.group(1)).isEqualTo(KEY);

        String[] ethers = RefTools.node("vault/ethers-ref.mjs", "decrypt", ks.resolve("exported").toString(), "export-pass").split(" ");
        assertThat(ethers[0]).isEqualTo(a.address().toChecksumHex());
        assertThat(ethers[1]).isEqualTo("0x" + KEY);
    }

    @Test
    void exportRefusesPasswordsThatGethAndEthersEncodeDifferently() {
        Account a = vault.keys().importPrivateKey(HEX.parseHex(KEY), "k");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vault.keystores().exportKeystore(a.address(), "caf\u00e9".toCharArray(),
                        new KeystoreCrypto.ScryptCost(1024, 8, 1), ProgressSink.NONE))
                .hasMessageContaining("NFKD");
    }

    private String reveal(Address a) {
        return HEX.formatHex(vault.reveal().revealPrivateKey(a, TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE));
    }

    private static byte[] json(JsonNode n) throws Exception {
        return new ObjectMapper().writeValueAsBytes(n);
    }
}
