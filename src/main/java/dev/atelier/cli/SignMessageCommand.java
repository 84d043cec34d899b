package dev.atelier.cli;

import dev.atelier.crypto.Address;
import dev.atelier.signing.Eip191;
import dev.atelier.signing.Hex;
import dev.atelier.signing.SigningItem;
import dev.atelier.vault.SignerSource;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code atelier sign message --from ADDRESS (--text T | --hex 0x…)}: an EIP-191 personal_sign signature. */
@Command(name = "message", mixinStandardHelpOptions = true,
        description = {"Sign an EIP-191 personal message (\"\\x19Ethereum Signed Message:\\n\" + length + message).",
                "Prints the 65-byte signature r || s || v (v = 27 or 28) as 0x..."})
public final class SignMessageCommand extends CliCommand {
    @Mixin
    PassphraseOptions passphrase;

    @Mixin
    AcknowledgeOption acknowledge;

    @Option(names = "--from", required = true, paramLabel = "ADDRESS", description = "The signing account.")
    String from;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Message message;

    static final class Message {
        @Option(names = "--text", paramLabel = "T", description = "The message as text (UTF-8).")
        String text;

        @Option(names = "--hex", paramLabel = "0x…", description = "The message as bytes.")
        String hex;
    }

    @Override
    public Integer call() {
        Address who = TxBatchSigning.parseFrom(from);
        byte[] msg = message.text != null ? message.text.getBytes(StandardCharsets.UTF_8)
                : Hex.parse(message.hex, "--hex", Eip191.MAX_MESSAGE_BYTES);
        SignerSource vault = SignSupport.unlockedVault(this, passphrase);
        SigningItem.Message item = new SigningItem.Message(who, msg, message.text != null);
        SignSupport.check(SignSupport.reviewer(app(), vault).review(0, item, who), "", err(), acknowledge.acknowledged);
        out().println(Hex.of(vault.signer(who).signDigest(item.digest()).toBytes65()));
        return 0;
    }
}
