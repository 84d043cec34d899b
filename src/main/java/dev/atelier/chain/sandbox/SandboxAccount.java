package dev.atelier.chain.sandbox;

import dev.atelier.crypto.Address;

/**
 * One of anvil's funded development accounts. Its key is derived from anvil's public test
 * mnemonic ("test test … junk"): everyone knows it, so it is only ever good for the local sandbox.
 */
public record SandboxAccount(int index, Address address, String publicTestKey) {
    public static final String WARNING = "Sandbox account — its key is public; never send real funds to it";

    @Override
    public String toString() {
        return "sandbox #" + index + " " + address;
    }
}
