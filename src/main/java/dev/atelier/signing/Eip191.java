package dev.atelier.signing;

import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Keccak;
import java.nio.charset.StandardCharsets;

/**
 * EIP-191 version 0x45 ("personal_sign"): the signature covers
 * {@code keccak256("\x19Ethereum Signed Message:\n" + len(message) + message)}, so a signed message
 * can never be a valid transaction.
 */
public final class Eip191 {
    public static final int MAX_MESSAGE_BYTES = 1 << 20;

    private Eip191() {
    }

    public static byte[] hash(byte[] message) {
        if (message.length > MAX_MESSAGE_BYTES) {
            throw new AtelierException("The message is " + message.length + " bytes; at most " + MAX_MESSAGE_BYTES + " are signed.");
        }
        byte[] prefix = ("\u0019Ethereum Signed Message:\n" + message.length).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prefix.length + message.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(message, 0, all, prefix.length, message.length);
        return Keccak.hash256(all);
    }
}
