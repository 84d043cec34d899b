package dev.atelier.vault;

import dev.atelier.crypto.Address;
import dev.atelier.crypto.Signer;
import java.util.List;

/**
 * What signing code may ask of the vault: the accounts, and a {@link Signer} for one of them while
 * the vault is unlocked. Key material never crosses this interface.
 */
public interface SignerSource {
    List<Account> accounts();

    /**
     * @throws dev.atelier.common.AtelierException when the vault is locked, the account is watch-only,
     *         or the vault does not hold this address (each with its own message)
     */
    Signer signer(Address address);
}
