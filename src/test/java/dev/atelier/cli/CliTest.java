package dev.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path home;

    record Result(int code, String out, String err) {
    }

    static Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtelierCli.execute(args, new CliIo(new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true), new PrintWriter(err, true), env));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void helpListsCommandsAndExitsZero() {
        Result r = run(Map.of(), "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: atelier").contains("--home").contains("info");
    }

    @Test
    void versionPrintsTheAppVersion() {
        Result r = run(Map.of(), "--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Atelier ");
    }

    @Test
    void subcommandHelpWorksWithoutTouchingTheHome() {
        Path untouched = home.resolve("never-created");
        Result r = run(Map.of("ATELIER_HOME", untouched.toString()), "info", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: atelier info");
        assertThat(untouched).doesNotExist();
    }

    @Test
    void unknownCommandIsAUsageErrorWithAClearMessage() {
        Result r = run(Map.of(), "frobnicate");
        assertThat(r.code()).isEqualTo(AtelierCli.EXIT_USAGE);
        assertThat(r.err()).startsWith("error: ").contains("frobnicate").contains("--help");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void badOptionIsAUsageError() {
        Result r = run(Map.of(), "info", "--colour");
        assertThat(r.code()).isEqualTo(AtelierCli.EXIT_USAGE);
        assertThat(r.err()).startsWith("error: ").contains("--colour");
    }

    @Test
    void infoJsonDescribesTheHomeFromTheOptionOrTheEnvironment() throws Exception {
        Result r = run(Map.of(), "--home", home.toString(), "info", "--json");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("home").asText()).isEqualTo(home.toString());
        assertThat(j.get("vault").asText()).isEqualTo("none");
        assertThat(j.get("chainId").asLong()).isEqualTo(31337);
        assertThat(Files.exists(home.resolve("studio.db"))).isTrue();

        Path other = home.resolve("other");
        Result viaEnv = run(Map.of("ATELIER_HOME", other.toString()), "info", "--json");
        assertThat(new ObjectMapper().readTree(viaEnv.out()).get("home").asText()).isEqualTo(other.toString());
        Result optionAfterCommand = run(Map.of(), "info", "--home", other.toString(), "--json");
        assertThat(new ObjectMapper().readTree(optionAfterCommand.out()).get("home").asText()).isEqualTo(other.toString());
    }

    @Test
    void anUnusableHomeIsReportedAsAnErrorLine() throws Exception {
        Path file = home.resolve("a-file");
        Files.writeString(file, "x");
        Result r = run(Map.of(), "--home", file.resolve("sub").toString(), "info");
        assertThat(r.code()).isEqualTo(AtelierCli.EXIT_FAILURE);
        assertThat(r.err()).startsWith("error: Cannot create the Atelier folder").doesNotContain("\tat ");
    }
}
