package dev.atelier.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.testing.Anvil;
import dev.atelier.testing.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the .deb with installers/linux/build.sh, unpacks it with dpkg-deb -x (no root needed),
 * starts the packaged app under the Xvfb display and checks its window appears, and that the
 * bundled CLI answers --version.
 */
class LinuxInstallerIT {
    @TempDir
    Path tmp;

    @Test
    void debPackageInstallsARuntimeWhoseWindowOpensAndWhoseCliAnswers() throws Exception {
        PackagedJarIT.requireDisplay();
        Path out = tmp.resolve("installer");
        Proc.Result build = Proc.run(List.of("bash", "installers/linux/build.sh"), Map.of("OUT", out.toString()), null, 900);
        assertThat(build.code()).as(build.out() + build.err()).isZero();
        Path deb;
        try (Stream<Path> s = Files.list(out)) {
            deb = s.filter(p -> p.toString().endsWith(".deb")).findFirst().orElseThrow();
        }

        Proc.Result info = Proc.run(List.of("dpkg-deb", "--field", deb.toString(), "Depends", "Package"), Map.of(), null, 60);
        assertThat(info.out()).contains("libgtk-3-0").contains("atelier");

        Path root = tmp.resolve("root");
        Proc.Result unpack = Proc.run(List.of("dpkg-deb", "-x", deb.toString(), root.toString()), Map.of(), null, 120);
        assertThat(unpack.code()).as(unpack.err()).isZero();
        Path launcher = root.resolve("opt/atelier/bin/Atelier");
        assertThat(launcher).isExecutable();
        assertThat(root.resolve("opt/atelier/lib/atelier-Atelier.desktop")).exists();

        Proc.Result version = Proc.run(List.of(launcher.toString(), "--version"), PackagedJarIT.noDisplay(), null, 60);
        assertThat(version.code()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("Atelier ");

        // The bundled runtime must carry every module the app reaches: talk to a real node through it.
        try (Anvil anvil = Anvil.start(0, null)) {
            Proc.Result add = Proc.run(List.of(launcher.toString(), "--home", tmp.resolve("cli-home").toString(),
                    "network", "add", "Local anvil", "--rpc", anvil.rpcUrl(), "--chain-id", "31337"), PackagedJarIT.noDisplay(), null, 60);
            assertThat(add.code()).as(add.out() + add.err()).isZero();
            assertThat(add.out()).contains("chain 31337");
        }

        Proc.Result window = Proc.run(List.of(launcher.toString(), "--home", tmp.resolve("home").toString()),
                Map.of("ATELIER_STARTUP_PROBE", "1"), null, 120);
        assertThat(window.code()).as(window.err()).isZero();
        assertThat(window.out()).containsPattern("startup-ms=\\d+");
        assertThat(window.err()).doesNotContain("Unsupported JavaFX configuration");
    }
}
