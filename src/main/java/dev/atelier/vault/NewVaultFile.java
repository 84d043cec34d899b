package dev.atelier.vault;

import dev.atelier.common.AtelierException;
import dev.atelier.db.Database;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Supplier;

/** Writes a new vault.db so that it appears complete or not at all, and never over a vault that exists. */
final class NewVaultFile {
    private NewVaultFile() {
    }

    /**
     * Builds the vault under a temporary name with the header {@code header} supplies (read back before
     * it commits), then publishes it only if no vault exists. The temporary file is always removed.
     */
    static void write(Path file, Supplier<VaultHeader> header) {
        Path tmp = file.resolveSibling(file.getFileName() + ".creating");
        try {
            Files.deleteIfExists(tmp);
            VaultHeader h = header.get();
            try (Database fresh = Database.open(tmp, Vault.MIGRATIONS)) {
                fresh.write(c -> {
                    VaultStore.insertHeader(c, h, Vault.now());
                    VaultHeader back = VaultStore.header(c).orElseThrow();
                    if (!back.sameKeyMaterial(h)) {
                        throw new SQLException("header read back differs");
                    }
                    return null;
                });
            }
            publishIfAbsent(file, tmp);
        } catch (FileAlreadyExistsException e) {
            throw new AtelierException("A vault already exists at " + file + " (another Atelier window or command created it "
                    + "just now). Nothing was changed; unlock that vault instead.");
        } catch (IOException e) {
            throw new AtelierException("Could not create the vault at " + file + ". Check that the folder is writable.", e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort: a leftover .creating file is ignored and replaced next time
            }
        }
    }

    /**
     * Puts the finished vault in place only if none exists: a hard link fails atomically when the name is
     * taken (a rename would replace a vault that another process created meanwhile). Where links are not
     * supported, a move without REPLACE_EXISTING refuses an existing file too (checked just before).
     */
    private static void publishIfAbsent(Path file, Path tmp) throws IOException {
        try {
            Files.createLink(file, tmp);
        } catch (UnsupportedOperationException e) {
            Files.move(tmp, file);
            return;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            if (Files.exists(file)) {
                throw new FileAlreadyExistsException(file.toString());
            }
            Files.move(tmp, file);
            return;
        }
        Files.delete(tmp);
    }
}
