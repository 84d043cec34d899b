package dev.atelier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void onlyAHomeOptionMeansTheWindow() {
        assertThat(Main.guiHome(new String[] {"--home", "/tmp/x"})).isEqualTo(Path.of("/tmp/x"));
        assertThat(Main.guiHome(new String[] {"--home=/tmp/y"})).isEqualTo(Path.of("/tmp/y"));
        assertThat(Main.guiHome(new String[] {"--home", "/tmp/x", "info"})).isNull();
        assertThat(Main.guiHome(new String[] {"--version"})).isNull();
    }
}
