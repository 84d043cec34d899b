package dev.atelier.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.testing.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real runnable jar: the CLI with no display, the window under Xvfb, one window per home. */
class PackagedJarIT {
    @TempDir
    Path home;

    static Map<String, String> noDisplay() {
        Map<String, String> env = new HashMap<>();
        env.put("DISPLAY", null);
        env.put("WAYLAND_DISPLAY", null);
        return env;
    }

    @Test
    void cliAnswersWithoutADisplayAndWithoutJavaFx() throws Exception {
        Proc.Result v = Proc.run(Proc.jar("--version"), noDisplay(), null, 60);
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("Atelier ");
        assertThat(v.err()).isEmpty();

        Proc.Result h = Proc.run(Proc.jar("--help"), noDisplay(), null, 60);
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("Usage: atelier");

        Proc.Result sub = Proc.run(Proc.jar("info", "--help"), noDisplay(), null, 60);
        assertThat(sub.code()).isZero();
        assertThat(sub.out()).contains("Usage: atelier info");
    }

    @Test
    void badCommandsFailWithAMessageAndNoStackTrace() throws Exception {
        Proc.Result r = Proc.run(Proc.jar("mint-everything"), noDisplay(), null, 60);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").doesNotContain("\tat ").doesNotContain("Exception");
        Proc.Result opt = Proc.run(Proc.jar("--home", home.toString(), "info", "--nope"), noDisplay(), null, 60);
        assertThat(opt.code()).isEqualTo(2);
        assertThat(opt.err()).startsWith("error: ");
    }

    @Test
    void theWindowWithoutADisplaySaysSoInOneLine() throws Exception {
        Proc.Result r = Proc.run(Proc.jar("--home", home.toString()), noDisplay(), null, 60);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error: no graphical display").doesNotContain("\tat ").doesNotContain("WARNING");
    }

    @Test
    void theWindowOpensUnderARealDisplay() throws Exception {
        requireDisplay();
        List<String> cmd = new java.util.ArrayList<>(List.of(Proc.javaBin(), "-Datelier.startupProbe=true", "-jar", Proc.jarPath(),
                "--home", home.toString()));
        Proc.Result r = Proc.run(cmd, Map.of(), null, 120);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("startup-ms=\\d+");
        assertThat(home.resolve("studio.db")).exists();
    }

    @Test
    void aSecondWindowOnTheSameHomeBringsTheFirstForwardAndExits() throws Exception {
        requireDisplay();
        Process first = new ProcessBuilder(Proc.jar("--home", home.toString())).redirectErrorStream(true)
                .redirectOutput(home.resolveSibling(home.getFileName() + "-first.log").toFile()).start();
        try {
            Path port = home.resolve("gui.lock.port");
            long deadline = System.currentTimeMillis() + 60_000;
            while (!Files.exists(port) && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(port).as("first window started").exists();
            Proc.Result second = Proc.run(Proc.jar("--home", home.toString()), Map.of(), null, 60);
            assertThat(second.code()).isZero();
            assertThat(second.err()).contains("already open").contains("brought to the front");
            assertThat(first.isAlive()).isTrue();

            // the CLI may run beside the window
            Proc.Result cli = Proc.run(Proc.jar("--home", home.toString(), "info", "--json"), Map.of(), null, 60);
            assertThat(cli.code()).isZero();
        } finally {
            first.destroy();
            first.waitFor(10, TimeUnit.SECONDS);
            first.destroyForcibly();
        }
    }

    static void requireDisplay() {
        assertThat(System.getenv("DISPLAY"))
                .as("these tests open real windows: run the suite under xvfb-run (see README)")
                .isNotBlank();
    }
}
