package dev.atelier.ui.sign;

import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Signer;
import dev.atelier.vault.Account;
import dev.atelier.vault.SignerSource;
import java.util.List;

/**
 * What the Sign screen needs from the vault: its accounts, whether it is locked, unlocking it with
 * a passphrase (the caller wipes the array), and signers while it is unlocked.
 */
public interface VaultAccess extends SignerSource {
    boolean exists();

    boolean isLocked();

    void unlock(char[] passphrase, ProgressSink progress);

    /** The app's vault. */
    static VaultAccess of(dev.atelier.vault.Vault vault) {
        return new VaultAccess() {
            @Override
            public boolean exists() {
                return vault.exists();
            }

            @Override
            public boolean isLocked() {
                return vault.state() == dev.atelier.vault.VaultState.LOCKED;
            }

            @Override
            public void unlock(char[] passphrase, ProgressSink progress) {
                vault.unlock(passphrase, progress);
            }

            @Override
            public List<Account> accounts() {
                return vault.accounts();
            }

            @Override
            public Signer signer(Address address) {
                return vault.signer(address);
            }
        };
    }

    /** No vault at all (nothing to sign with yet). */
    VaultAccess NONE = new VaultAccess() {
        @Override
        public boolean exists() {
            return false;
        }

        @Override
        public boolean isLocked() {
            return false;
        }

        @Override
        public void unlock(char[] passphrase, ProgressSink progress) {
            throw new AtelierException("There is no vault yet. Create one on the Wallet screen.");
        }

        @Override
        public List<Account> accounts() {
            return List.of();
        }

        @Override
        public Signer signer(Address address) {
            throw new AtelierException("There is no vault yet. Create one on the Wallet screen, then import or derive the account "
                    + address + ".");
        }
    };
}
