package dev.atelier.signing;

import dev.atelier.crypto.Address;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** One thing to sign: a transaction, an EIP-191 message, or EIP-712 typed data. */
public sealed interface SigningItem {
    /** The account the request names, if it names one. */
    Optional<Address> from();

    /** What kind of item: "transaction", "message" or "typedData" (the request file's names). */
    String kind();

    /** A transaction request. */
    record Tx(TxRequest tx) implements SigningItem {
        @Override
        public Optional<Address> from() {
            return tx.fromAddress();
        }

        @Override
        public String kind() {
            return "transaction";
        }
    }

    /** An EIP-191 personal message: UTF-8 text or raw bytes. */
    record Message(Address signer, byte[] message, boolean isText) implements SigningItem {
        public Message {
            message = message.clone();
        }

        @Override
        public byte[] message() {
            return message.clone();
        }

        @Override
        public Optional<Address> from() {
            return Optional.ofNullable(signer);
        }

        @Override
        public String kind() {
            return "message";
        }

        /** The message as text when it is valid UTF-8. */
        public Optional<String> text() {
            try {
                return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(message)).toString());
            } catch (CharacterCodingException e) {
                return Optional.empty();
            }
        }

        public byte[] digest() {
            return Eip191.hash(message);
        }
    }

    /** EIP-712 typed data. */
    record Typed(Address signer, TypedData data) implements SigningItem {
        @Override
        public Optional<Address> from() {
            return Optional.ofNullable(signer);
        }

        @Override
        public String kind() {
            return "typedData";
        }
    }
}
