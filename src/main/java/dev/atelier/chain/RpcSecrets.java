package dev.atelier.chain;

import dev.atelier.common.AtelierException;
import java.util.Optional;

/**
 * Where RPC URLs that embed an API key are kept: the vault's named-secret store (encrypted,
 * available while the vault is unlocked). {@link NetworkStore} saves only the secret's name in
 * studio.db. {@link VaultRpcSecrets} keeps them in the vault; without an unlocked vault such URLs
 * are refused ({@link #NONE}), so a key never lands in studio.db.
 */
public interface RpcSecrets {
    /** True when secrets can be read and written now (vault present and unlocked). */
    boolean available();

    void put(String name, String url);

    Optional<String> get(String name);

    void remove(String name);

    /** No vault to keep secrets in: refuses to store, never finds anything. */
    RpcSecrets NONE = new RpcSecrets() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void put(String name, String url) {
            throw new AtelierException("This RPC URL contains an API key. Atelier keeps such URLs only in the "
                    + "encrypted vault, which is not unlocked: create or unlock it (Wallet screen, or 'atelier vault init'), "
                    + "then add the network again. Nothing was saved.");
        }

        @Override
        public Optional<String> get(String name) {
            return Optional.empty();
        }

        @Override
        public void remove(String name) {
        }
    };
}
