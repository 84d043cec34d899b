package dev.atelier.cli;

import dev.atelier.app.AppContext;
import dev.atelier.chain.Network;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Signer;
import dev.atelier.studio.Collection;
import dev.atelier.studio.mint.MintService;
import java.io.PrintWriter;

/** What the deploy and mint commands share: the network of a collection, an unlocked signer, progress lines. */
final class MintSupport {
    private MintSupport() {
    }

    static MintService service(AppContext app) {
        return new MintService(app.studio().store(), app.networks(), app.txQueue());
    }

    /** --network if given, else the collection's network when it is configured, else the selected one. */
    static Network network(AppContext app, Collection c, String option) {
        if (option != null) {
            return app.networks().find(option);
        }
        return app.networks().byId(c.network()).orElse(app.selectedNetwork());
    }

    static Signer signer(AppContext app, Network n, Address from, PassphraseOptions passphrase, CliIo io) {
        NetworkAccess.unlock(app, passphrase, io);
        if (app.vault().accounts().stream().noneMatch(a -> a.address().equals(from))) {
            throw new AtelierException("The vault has no account " + from + ". List them with 'atelier account list'.");
        }
        return app.vault().signer(from);
    }

    /** Progress as occasional lines on stderr (stdout stays for the result). */
    static ProgressSink lines(PrintWriter err) {
        return new ProgressSink() {
            private String last = "";

            @Override
            public void progress(double done, double total) {
            }

            @Override
            public void message(String text) {
                if (!text.equals(last)) {
                    last = text;
                    err.println(text);
                    err.flush();
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
