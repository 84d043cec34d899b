package dev.atelier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @Test
    void onlyAHomeOptionMeansTheWindow() {
        assertThat(Main.guiHome(new String[] {"--home", "/tmp/x"})).isEqualTo(Path.of("/tmp/x"));
        assertThat(Main.guiHome(new String[] {"--home=/tmp/y"})).isEqualTo(Path.of("/tmp/y"));
        assertThat(Main.guiHome(new String[] {"--home", "/tmp/x", "info"})).isNull();
        assertThat(Main.guiHome(new String[] {"--version"})).isNull();
    }

    @Test
    void aSigningRequestFileAloneOpensTheWindowOnIt(@TempDir Path dir) throws Exception {
        Path req = Files.writeString(dir.resolve("mint.atelier-request"), "{}");
        assertThat(Main.fileToOpen(new String[] {req.toString()})).isEqualTo(req.toAbsolutePath());
        assertThat(Main.fileToOpen(new String[] {dir.resolve("missing.atelier-request").toString()})).isNull();
        assertThat(Main.fileToOpen(new String[] {"info"})).isNull();
    }
}
