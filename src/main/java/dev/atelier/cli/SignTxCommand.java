package dev.atelier.cli;

import dev.atelier.crypto.Address;
import dev.atelier.signing.Reviewer;
import dev.atelier.signing.file.JsonSequence;
import dev.atelier.vault.SignerSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code atelier sign tx [--from ADDRESS] [--in FILE|-]}: one eth_signTransaction object, or JSON
 * Lines; prints one raw transaction per request, in order. All requests are checked before any
 * output: one bad line fails the batch and nothing is printed. Signing uses every core. The plain
 * forms of this command start through {@link LeanSignTx} (same work, {@link TxBatchSigning}, without
 * picocli); this class handles the rest (help, usage errors).
 */
@Command(name = "tx", mixinStandardHelpOptions = true,
        description = {"Sign eth_signTransaction requests: one JSON object, or JSON Lines (one per line).",
                "Prints one raw transaction (0x...) per request, in order. chainId, nonce, gas and fees are required;",
                "a chainId that is not the selected network's is refused. Warnings go to stderr."})
public final class SignTxCommand extends CliCommand {
    @Mixin
    PassphraseOptions passphrase;

    @Mixin
    AcknowledgeOption acknowledge;

    @Option(names = "--from", paramLabel = "ADDRESS",
            description = "The signing account; may be omitted when every request carries \"from\".")
    String from;

    @Option(names = "--in", paramLabel = "FILE|-", description = "Read requests from FILE (default: stdin).")
    Path in;

    @Override
    public Integer call() throws IOException {
        Address fromOption = from == null ? null : TxBatchSigning.parseFrom(from);
        List<JsonSequence.Entry> requests = TxBatchSigning.requests(SignSupport.readInput(in, root().io().in()));
        SignerSource vault = SignSupport.unlockedVault(this, passphrase);
        Reviewer reviewer = SignSupport.reviewer(app(), vault);
        List<String> raws = TxBatchSigning.sign(requests, fromOption, vault, reviewer, err(), acknowledge.acknowledged);
        out().print(TxBatchSigning.lines(raws));
        return 0;
    }
}
