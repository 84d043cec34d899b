package dev.atelier.common;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only the user can read: directories 0700, files 0600 (on POSIX file systems), and writes
 * that are atomic (temp file in the same directory, fsync, rename) so a crash never leaves half a file.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> DIR_PERMS = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE_PERMS = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    public static boolean isPosix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the directory (and parents) if needed and restricts it to the owner. */
    public static Path ensureDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                if (isPosix(dir)) {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIR_PERMS));
                } else {
                    Files.createDirectory(dir);
                }
            } catch (FileAlreadyExistsException raced) {
                // another process created it first; fall through and fix permissions
            }
        }
        restrict(dir, DIR_PERMS);
        return dir;
    }

    /** Creates an empty 0600 file if it does not exist; tightens permissions if it does. */
    public static Path ensureFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            try {
                Files.createFile(file, fileAttributes(file));
            } catch (FileAlreadyExistsException raced) {
                // fine
            }
        }
        restrict(file, FILE_PERMS);
        return file;
    }

    /** Writes bytes atomically: readers see the old content or the new one, never a mix. */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp", fileAttributes(dir));
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                out.write(content);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Makes a rename in {@code dir} durable: after a power cut the directory names the new file, not
     * the old one or neither. POSIX file systems need the directory itself flushed; where a directory
     * cannot be opened (Windows) the rename is already journaled by the file system, so this does nothing.
     */
    public static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported for directories here; see above
        }
    }

    private static FileAttribute<?>[] fileAttributes(Path anyOnSameFs) {
        return isPosix(anyOnSameFs)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_PERMS)}
                : new FileAttribute<?>[0];
    }

    private static void restrict(Path p, Set<PosixFilePermission> perms) throws IOException {
        if (isPosix(p) && !Files.getPosixFilePermissions(p).equals(perms)) {
            Files.setPosixFilePermissions(p, perms);
        }
    }
}
