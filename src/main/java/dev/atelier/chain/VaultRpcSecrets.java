package dev.atelier.chain;

import dev.atelier.vault.Vault;
import dev.atelier.vault.VaultState;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * RPC URLs with API keys as the vault's named secrets (sealed with the master key, readable while
 * the vault is unlocked). The vault is reached through a supplier because the app opens it lazily.
 */
public final class VaultRpcSecrets implements RpcSecrets {
    private final Supplier<Vault> vault;

    public VaultRpcSecrets(Supplier<Vault> vault) {
        this.vault = vault;
    }

    @Override
    public boolean available() {
        return vault.get().state() == VaultState.UNLOCKED;
    }

    @Override
    public void put(String name, String url) {
        if (!available()) {
            NONE.put(name, url); // explains, saves nothing
        }
        byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
        try {
            vault.get().putSecret(name, bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public Optional<String> get(String name) {
        if (!available()) {
            return Optional.empty();
        }
        return vault.get().secret(name).map(b -> {
            try {
                return new String(b, StandardCharsets.UTF_8);
            } finally {
                Arrays.fill(b, (byte) 0);
            }
        });
    }

    @Override
    public void remove(String name) {
        if (available()) {
            vault.get().deleteSecret(name);
        }
    }
}
