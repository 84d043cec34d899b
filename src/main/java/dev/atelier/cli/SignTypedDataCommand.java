package dev.atelier.cli;

import dev.atelier.crypto.Address;
import dev.atelier.signing.Hex;
import dev.atelier.signing.SigningItem;
import dev.atelier.signing.TypedData;
import dev.atelier.signing.file.SigningFiles;
import dev.atelier.vault.SignerSource;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atelier sign typed-data --from ADDRESS FILE|-}: an EIP-712 (eth_signTypedData_v4) signature. */
@Command(name = "typed-data", mixinStandardHelpOptions = true,
        description = {"Sign EIP-712 typed data (eth_signTypedData_v4 JSON: types, primaryType, domain, message).",
                "Prints the 65-byte signature. A domain chainId that is not the selected network's is refused."})
public final class SignTypedDataCommand extends CliCommand {
    @Mixin
    PassphraseOptions passphrase;

    @Mixin
    AcknowledgeOption acknowledge;

    @Option(names = "--from", required = true, paramLabel = "ADDRESS", description = "The signing account.")
    String from;

    @Parameters(paramLabel = "FILE|-", description = "The typed data JSON (- for stdin).")
    Path file;

    @Override
    public Integer call() {
        Address who = TxBatchSigning.parseFrom(from);
        TypedData td = TypedData.parse(SigningFiles.parse(SignSupport.readInput(file, root().io().in()),
                file.toString().equals("-") ? "The input" : file.getFileName().toString()));
        SignerSource vault = SignSupport.unlockedVault(this, passphrase);
        SigningItem.Typed item = new SigningItem.Typed(who, td);
        SignSupport.check(SignSupport.reviewer(app(), vault).review(0, item, who), "", err(), acknowledge.acknowledged);
        out().println(Hex.of(vault.signer(who).signDigest(td.digest()).toBytes65()));
        return 0;
    }
}
