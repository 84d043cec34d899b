package dev.atelier.signing;

import dev.atelier.crypto.Address;
import dev.atelier.crypto.Keccak;

/** A signed transaction: the raw bytes for {@code eth_sendRawTransaction}, its hash and its sender. */
public record SignedTx(TxRequest request, byte[] raw, Address from) {
    public SignedTx {
        raw = raw.clone();
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    public String rawHex() {
        return Hex.of(raw);
    }

    /** The transaction hash: keccak256 of the raw bytes. */
    public byte[] hash() {
        return Keccak.hash256(raw);
    }

    public String hashHex() {
        return Hex.of(hash());
    }
}
