import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies the app jar for one platform's installer, leaving out the native libraries that the
 * bundled libraries carry for every other platform (SQLite, JNA, jffi, c-kzg, libargon2): they are
 * half the jar and never load on this platform.
 * Usage: java StripNatives.java IN.jar OUT.jar linux-x86_64
 */
public final class StripNatives {
    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Pattern> keep = switch (args[2]) {
            case "linux-x86_64" -> List.of(
                    Pattern.compile("org/sqlite/native/Linux/x86_64/.*"),
                    Pattern.compile("com/sun/jna/linux-x86-64/.*"),
                    Pattern.compile("jni/x86_64-Linux/.*"),
                    Pattern.compile("ethereum/ckzg4844/lib/amd64/.*\\.so"),
                    Pattern.compile("linux-x86-64/.*"));
            default -> throw new IllegalArgumentException("unknown platform " + args[2]);
        };
        List<Pattern> nativeDirs = List.of(
                Pattern.compile("org/sqlite/native/.+"),
                Pattern.compile("com/sun/jna/(aix|darwin|dragonflybsd|freebsd|linux|openbsd|sunos|win32-)[^/]*/.+"),
                Pattern.compile("jni/.+"),
                Pattern.compile("ethereum/ckzg4844/lib/.+"),
                Pattern.compile("(darwin|linux|win32)-[a-z0-9-]+/.+"));
        long dropped = 0;
        try (ZipFile zip = new ZipFile(in.toFile());
             OutputStream os = Files.newOutputStream(out);
             ZipOutputStream zos = new ZipOutputStream(os)) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                boolean isNative = nativeDirs.stream().anyMatch(p -> p.matcher(name).matches());
                if (isNative && keep.stream().noneMatch(p -> p.matcher(name).matches())) {
                    dropped += entry.getSize();
                    continue;
                }
                zos.putNextEntry(new ZipEntry(name));
                try (InputStream is = zip.getInputStream(entry)) {
                    is.transferTo(zos);
                }
                zos.closeEntry();
            }
        }
        System.out.printf("stripped %.1f MB of other platforms' native libraries%n", dropped / 1e6);
    }
}
