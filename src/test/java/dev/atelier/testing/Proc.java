package dev.atelier.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a child process (the packaged jar, cast, node scripts) and captures its output. */
public final class Proc {
    public record Result(int code, String out, String err) {
    }

    private Proc() {
    }

    public static Result run(List<String> command, Map<String, String> envChanges, String stdin, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path outFile = Files.createTempFile("proc", ".out");
        Path errFile = Files.createTempFile("proc", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
            envChanges.forEach((k, v) -> {
                if (v == null) {
                    pb.environment().remove(k);
                } else {
                    pb.environment().put(k, v);
                }
            });
            Process p = pb.start();
            if (stdin != null) {
                p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out after " + timeoutSeconds + " s: " + command);
            }
            return new Result(p.exitValue(), Files.readString(outFile), Files.readString(errFile));
        } finally {
            Files.deleteIfExists(outFile);
            Files.deleteIfExists(errFile);
        }
    }

    /** {@code java -jar target/atelier.jar args...} with the given environment changes (null value removes a variable). */
    public static List<String> jar(String... args) {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-jar", jarPath()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    public static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static String jarPath() {
        String jar = System.getProperty("atelier.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("target/atelier.jar is missing: integration tests run after 'mvn package' (use mvn verify)");
        }
        return jar;
    }
}
