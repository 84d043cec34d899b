package dev.atelier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppPathsTest {
    @TempDir
    Path tmp;

    @Test
    void homeOptionBeatsEnvironmentWhichBeatsTheDefault() {
        Map<String, String> env = Map.of("ATELIER_HOME", tmp.resolve("env").toString());
        assertThat(AppPaths.resolve(tmp.resolve("opt"), env).home()).isEqualTo(tmp.resolve("opt"));
        assertThat(AppPaths.resolve(null, env).home()).isEqualTo(tmp.resolve("env"));
        assertThat(AppPaths.resolve(null, Map.of()).home())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".atelier").toAbsolutePath());
        assertThat(AppPaths.resolve(null, Map.of("ATELIER_HOME", "  ")).home().getFileName()).hasToString(".atelier");
    }

    @Test
    void createdFoldersAreOwnerOnlyAndLooseOnesAreTightened() throws Exception {
        Path home = tmp.resolve("deep/home");
        Files.createDirectories(home);
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        AppPaths p = AppPaths.at(home).ensureCreated();
        for (Path d : new Path[] {p.home(), p.logs(), p.cache()}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(d))).isEqualTo("rwx------");
        }
    }

    @Test
    void contextCreatesStudioDbAndLogOwnerOnly() throws Exception {
        AppPaths p = AppPaths.at(tmp.resolve("h"));
        try (AppContext ctx = AppContext.open(p)) {
            ctx.settings().setTheme(ThemeChoice.DARK);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p.studioDb()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p.logFile()))).isEqualTo("rw-------");
        assertThat(Files.readString(p.logFile())).contains("Migrated studio.db");
    }
}
