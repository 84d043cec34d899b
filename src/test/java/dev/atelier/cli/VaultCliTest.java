package dev.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.testing.RefTools;
import dev.atelier.testing.Vectors;
import dev.atelier.vault.TestVaults;
import dev.atelier.vault.kdf.KdfPolicy;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vault CLI contract (README "Command line"): outputs, env vars, files, errors without stack traces. */
class VaultCliTest {
    private static final String JUNK = "test test test test test test test test test test test junk";
    private static final String PASS = "cli passphrase 123";
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.isBlank() ? List.of() : List.of(out.strip().split("\\R"));
        }
    }

    Result run(Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] full = new String[args.length + 2];
        full[0] = "--home";
        full[1] = dir.resolve("home").toString();
        System.arraycopy(args, 0, full, 2, args.length);
        int code = AtelierCli.execute(full, new CliIo(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), env), KdfPolicy.testingOnly(TestVaults.CHEAP));
        Result r = new Result(code, out.toString(), err.toString());
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        return r;
    }

    Result run(String stdin, String... args) {
        return run(Map.of("ATELIER_PASSPHRASE", PASS), stdin, args);
    }

    @Test
    void initStatusAndTheErrorsAroundThem() throws Exception {
        Result none = run(Map.of(), "", "vault", "status", "--json");
        assertThat(none.code()).isZero();
        assertThat(json(none.out()).get("state").asText()).isEqualTo("none");
        assertThat(Files.exists(dir.resolve("home/vault.db"))).isFalse();

        Result noPass = run(Map.of(), "", "vault", "init");
        assertThat(noPass.code()).isEqualTo(1);
        assertThat(noPass.err()).startsWith("error: No vault passphrase given: set ATELIER_PASSPHRASE, use --passphrase-file FILE");

        Path pf = dir.resolve("pass.txt");
        Files.writeString(pf, PASS + "\n");
        Result init = run(Map.of(), "", "vault", "init", "--passphrase-file", pf.toString());
        assertThat(init.code()).isZero();
        assertThat(init.out()).startsWith("Created the vault at ").contains("Argon2id");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("home/vault.db")))).isEqualTo("rw-------");
        assertThat(run("", "vault", "init").err()).startsWith("error: A vault already exists");

        JsonNode s = json(run("", "vault", "status", "--json").out());
        assertThat(s.get("state").asText()).isEqualTo("locked");
        assertThat(s.get("kdf").get("algorithm").asText()).isEqualTo("argon2id");
        assertThat(s.get("accounts").asInt()).isZero();

        Result wrong = run(Map.of("ATELIER_PASSPHRASE", "not the passphrase"), "", "account", "watch",
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).startsWith("error: Wrong passphrase.");
    }

    /** Secret files are read bounded (even /dev/zero) and as strict UTF-8; problems are named, nothing is created. */
    @Test
    void passphraseFilesAreBoundedStrictUtf8AndNamedWhenMissing() throws Exception {
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "m\u00f6tley cr\u00fce passphrase\n".getBytes(StandardCharsets.ISO_8859_1));
        Result notUtf8 = run(Map.of(), "", "vault", "init", "--passphrase-file", latin1.toString());
        assertThat(notUtf8.code()).isEqualTo(1);
        assertThat(notUtf8.err()).startsWith("error: --passphrase-file " + latin1 + " is not UTF-8 text.");
        assertThat(Files.exists(dir.resolve("home/vault.db"))).isFalse();

        Result missing = run(Map.of(), "", "vault", "init", "--passphrase-file", dir.resolve("nope.txt").toString());
        assertThat(missing.err()).isEqualTo("error: --passphrase-file " + dir.resolve("nope.txt") + ": no such file." + System.lineSeparator());

        Result endless = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> run(Map.of(), "", "vault", "init", "--passphrase-file", "/dev/zero"));
        assertThat(endless.err()).startsWith("error: --passphrase-file /dev/zero is larger than 8 KiB");
        assertThat(Files.exists(dir.resolve("home/vault.db"))).isFalse();

        Path utf8 = dir.resolve("utf8.txt");
        Files.writeString(utf8, "m\u00f6tley cr\u00fce passphrase\n");
        assertThat(run(Map.of(), "", "vault", "init", "--passphrase-file", utf8.toString()).code()).isZero();
        assertThat(run(Map.of("ATELIER_PASSPHRASE", "m\u00f6tley cr\u00fce passphrase"), "", "account", "watch",
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed").code()).isZero();
    }

    @Test
    void walletsAndAccountsEndToEnd() throws Exception {
        assertThat(run("", "vault", "init").code()).isZero();
        JsonNode vec = Vectors.get("bip44_eth_test_junk").get("accounts");

        Result restore = run(JUNK + "\n", "wallet", "restore", "--count", "2", "--label", "Dev");
        assertThat(restore.code()).isZero();
        assertThat(restore.lines()).containsExactly(vec.get(0).get("address").asText(), vec.get(1).get("address").asText());
        Result derive = run("", "account", "derive");
        assertThat(derive.lines()).containsExactly(vec.get(2).get("address").asText());

        Result created = run("", "wallet", "create", "--words", "24", "--label", "Fresh");
        assertThat(created.code()).isZero();
        assertThat(created.lines()).hasSize(2);
        assertThat(created.lines().get(0).split(" ")).hasSize(24);
        assertThat(created.lines().get(1)).isEqualTo(RefTools.cast("wallet", "address", "--mnemonic", created.lines().get(0)));
        assertThat(run("", "account", "derive").err()).contains("2 HD wallets").contains("--wallet ID");
        JsonNode wallets = json(run("", "wallet", "list", "--json").out());
        assertThat(wallets).hasSize(2);

        Map<String, String> env = new HashMap<>(Map.of("ATELIER_PASSPHRASE", PASS, "ATELIER_BIP39_PASSPHRASE", "extra words"));
        String other = "legal winner thank year wave sausage worth useful legal winner thank yellow";
        Result withPass = run(env, other, "wallet", "restore");
        assertThat(withPass.lines()).containsExactly(RefTools.cast("wallet", "address", "--mnemonic", other,
                "--mnemonic-passphrase", "extra words"));
        assertThat(run(JUNK.replace("junk", "test"), "wallet", "restore").err()).startsWith("error: The recovery phrase's checksum");

        String key = Vectors.get("eip191").get("privateKey").asText();
        Result imported = run("  " + key + "\n", "account", "import-key", "--label", "Signer");
        assertThat(imported.lines()).containsExactly(RefTools.cast("wallet", "address", "--private-key", key));
        assertThat(run("0x1234", "account", "import-key").err()).startsWith("error: A private key is 64 hex digits");
        assertThat(run("\uFF11" + "2".repeat(63), "account", "import-key").err())
                .startsWith("error: The private key contains a character that is not a hex digit");
        assertThat(run("", "account", "import-key").err()).startsWith("error: Expected a private key in hex on standard input");

        Result watch = run("", "account", "watch", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "--label", "Cold");
        assertThat(watch.lines()).containsExactly("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB");
        assertThat(run("", "account", "watch", "0x5aaEb6053F3E94C9b9A09f33669435E7Ef1BeAed").err()).contains("EIP-55");

        JsonNode list = json(run(Map.of(), "", "account", "list", "--json").out());
        assertThat(list).hasSize(7);
        assertThat(list.get(0).get("address").asText()).isEqualTo(vec.get(0).get("address").asText());
        assertThat(list.get(0).get("kind").asText()).isEqualTo("hd");
        assertThat(list.get(0).get("path").asText()).isEqualTo("m/44'/60'/0'/0/0");
        assertThat(list.get(0).get("label").asText()).isEqualTo("Dev #0");
        JsonNode last = list.get(6);
        assertThat(last.get("kind").asText()).isEqualTo("watch-only");
        assertThat(last.get("path").isNull()).isTrue();
        assertThat(run(Map.of(), "", "account", "list").lines().get(5)).startsWith(imported.lines().get(0) + "\timported\t-\tSigner");
    }

    @Test
    void keystoreImportExportWithCast() throws Exception {
        assertThat(run("", "vault", "init").code()).isZero();
        JsonNode v = Vectors.get("keystore_v3_pbkdf2");
        Path ks = dir.resolve("spec.json");
        Files.writeString(ks, new ObjectMapper().writeValueAsString(v.get("keystore")));
        Path pw = dir.resolve("pw.txt");
        Files.writeString(pw, v.get("password").asText());
        Result imp = run("", "account", "import-keystore", ks.toString(), "--keystore-password-file", pw.toString());
        assertThat(imp.lines()).containsExactly(v.get("address").asText());

        Result bad = run(Map.of("ATELIER_PASSPHRASE", PASS, "ATELIER_KEYSTORE_PASSWORD", "nope"), "", "account", "import-keystore",
                ks.toString());
        assertThat(bad.err()).startsWith("error: Wrong password for this keystore file");
        Files.writeString(dir.resolve("trunc.json"), "{\"version\":3,\"crypto\":{");
        assertThat(run("", "account", "import-keystore", dir.resolve("trunc.json").toString()).err())
                .startsWith("error: This keystore file cannot be imported: it is not valid JSON");

        Path outDir = Files.createDirectories(dir.resolve("out"));
        Map<String, String> env = Map.of("ATELIER_PASSPHRASE", PASS, "ATELIER_KEYSTORE_PASSWORD", "export pw");
        Result exp = run(env, "", "account", "export-keystore", v.get("address").asText(), "--out", outDir.resolve("k.json").toString());
        assertThat(exp.code()).as(exp.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outDir.resolve("k.json")))).isEqualTo("rw-------");
        String cast = RefTools.cast("wallet", "decrypt-keystore", "k.json", "--keystore-dir", outDir.toString(), "--unsafe-password", "export pw");
        assertThat(cast).contains(v.get("privateKey").asText());
        assertThat(run(env, "", "account", "export-keystore", v.get("address").asText(), "--out", outDir.resolve("k.json").toString()).err())
                .contains("already exists");
        assertThat(run(env, "", "account", "export-keystore", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "--out",
                outDir.resolve("x.json").toString()).err()).contains("holds no account");
    }

    @Test
    void changePassphraseBackupAndRestore() throws Exception {
        assertThat(run("", "vault", "init").code()).isZero();
        run(JUNK, "wallet", "restore", "--count", "2");
        Result change = run(Map.of("ATELIER_PASSPHRASE", PASS, "ATELIER_NEW_PASSPHRASE", "the new passphrase"), "", "vault", "change-passphrase");
        assertThat(change.code()).isZero();
        assertThat(run("", "account", "derive").err()).startsWith("error: Wrong passphrase.");
        Map<String, String> np = Map.of("ATELIER_PASSPHRASE", "the new passphrase");
        assertThat(json(run(np, "", "vault", "status", "--json").out()).get("keysSinceBackup").asInt()).isEqualTo(2);
        Path backup = dir.resolve("vault.backup");
        Result b = run(np, "", "vault", "backup", "--out", backup.toString());
        assertThat(b.out()).startsWith("Backed up 2 accounts and 1 HD wallets to ").contains("(verified)");
        JsonNode s = json(run(np, "", "vault", "status", "--json").out());
        assertThat(s.get("keysSinceBackup").asInt()).isZero();
        assertThat(s.get("lastBackup").isNull()).isFalse();

        run(np, "", "account", "derive");
        Result refused = run(np, "", "vault", "restore", backup.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).startsWith("error: A vault already exists").contains("--force");
        Result forced = run(np, "", "vault", "restore", backup.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("Restored 2 accounts").contains("kept as");
        assertThat(json(run(Map.of(), "", "account", "list", "--json").out())).hasSize(2);
    }

    @Test
    void helpDocumentsTheCommands() {
        Result r = run(Map.of(), "", "--help");
        assertThat(r.out()).contains("vault").contains("wallet").contains("account");
        assertThat(run(Map.of(), "", "vault", "--help").out()).contains("change-passphrase").contains("backup").contains("restore");
        assertThat(run(Map.of(), "", "account", "import-keystore", "--help").out()).contains("--keystore-password-file")
                .contains("ATELIER_KEYSTORE_PASSWORD").contains("--passphrase-file");
    }

    private static JsonNode json(String s) throws Exception {
        return new ObjectMapper().readTree(s);
    }
}
