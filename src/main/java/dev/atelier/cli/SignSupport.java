package dev.atelier.cli;

import dev.atelier.app.AppContext;
import dev.atelier.common.AtelierException;
import dev.atelier.signing.ItemReview;
import dev.atelier.signing.Reviewer;
import dev.atelier.signing.Warning;
import dev.atelier.vault.SignerSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** What the signing commands share: the unlocked vault, the review, warnings on stderr, bounded input. */
final class SignSupport {
    /** Largest input a signing command reads (a 100,000-line JSON Lines batch with calldata fits). */
    static final long MAX_INPUT_BYTES = 256L << 20;

    private SignSupport() {
    }

    /** The vault, unlocked with the command's passphrase options ($ATELIER_PASSPHRASE, --passphrase-file, prompt). */
    static SignerSource unlockedVault(CliCommand command, PassphraseOptions passphrase) {
        return VaultSession.unlocked(command.app(), passphrase, command.root().io());
    }

    static Reviewer reviewer(AppContext app, SignerSource source) {
        return new Reviewer(app.contacts(), app.chainDirectory(), source.accounts(), app.selectedNetwork().chainId());
    }

    /**
     * Refuses a refused item; prints the other warnings as {@code warning: <where>: <title> — <detail>};
     * then refuses an item with a danger unless the user acknowledged dangers ({@code --i-understand}).
     */
    static void check(ItemReview review, String where, PrintWriter err, boolean acknowledged) {
        for (Warning w : review.warnings()) {
            if (w.blocksApproval()) {
                throw new AtelierException(where + w.detail());
            }
        }
        for (Warning w : review.warnings()) {
            synchronized (err) {
                err.println("warning: " + where + w.title() + " — " + w.detail());
            }
        }
        if (!acknowledged) {
            for (Warning w : review.warnings()) {
                if (w.needsAcknowledgement()) {
                    throw new AtelierException(where + w.title() + ": nothing was signed. Read the warnings above; to sign "
                            + "anyway, run the command again with " + AcknowledgeOption.FLAG + ".");
                }
            }
        }
    }

    /** The whole of FILE, or of stdin for {@code -} / no file, refusing more than {@link #MAX_INPUT_BYTES}. */
    static byte[] readInput(Path file, InputStream stdin) {
        try {
            if (file == null || file.toString().equals("-")) {
                byte[] b = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_INPUT_BYTES + 1));
                if (b.length > MAX_INPUT_BYTES) {
                    throw new AtelierException("The input is larger than " + (MAX_INPUT_BYTES >> 20) + " MiB.");
                }
                return b;
            }
            if (Files.size(file) > MAX_INPUT_BYTES) {
                throw new AtelierException(file + " is larger than " + (MAX_INPUT_BYTES >> 20) + " MiB.");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new AtelierException("No such file: " + file + ".", e);
        } catch (IOException e) {
            throw new AtelierException("Cannot read " + file + " (" + e.getClass().getSimpleName() + ").", e);
        }
    }
}
