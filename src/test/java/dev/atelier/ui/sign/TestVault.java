package dev.atelier.ui.sign;

import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Signer;
import dev.atelier.testing.TestKeys;
import dev.atelier.vault.Account;
import java.util.Arrays;
import java.util.List;

/** A vault stand-in over test keys that starts locked and opens with one passphrase. */
final class TestVault implements VaultAccess {
    private final TestKeys keys;
    private final char[] passphrase;
    private volatile boolean locked;

    TestVault(TestKeys keys, String passphrase) {
        this.keys = keys;
        this.passphrase = passphrase.toCharArray();
        this.locked = true;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public boolean isLocked() {
        return locked;
    }

    @Override
    public void unlock(char[] p, ProgressSink progress) {
        if (!Arrays.equals(p, passphrase)) {
            throw new AtelierException("Wrong passphrase.");
        }
        locked = false;
    }

    @Override
    public List<Account> accounts() {
        return keys.accounts();
    }

    @Override
    public Signer signer(Address address) {
        if (locked) {
            throw new AtelierException("The vault is locked.");
        }
        return keys.signer(address);
    }
}
