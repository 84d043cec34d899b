package dev.atelier.vault;

import dev.atelier.common.AtelierException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Named secrets in the vault (e.g. RPC URLs with API keys), each sealed under the master key with its
 * name as associated data. Every write reads its row back and decrypts it before it commits.
 */
public final class VaultSecrets {
    public static final int MAX_SECRET_BYTES = 64 * 1024;
    private static final Pattern SECRET_NAME = Pattern.compile("[A-Za-z0-9._:/-]{1,128}");

    private final Vault vault;

    VaultSecrets(Vault vault) {
        this.vault = vault;
    }

    public void put(String name, byte[] value) {
        checkSecretName(name);
        if (value.length > MAX_SECRET_BYTES) {
            throw new AtelierException("A named secret holds at most " + MAX_SECRET_BYTES / 1024 + " KiB.");
        }
        vault.withMasterKey(master -> vault.write(c -> {
            VaultStore.putSecret(c, name, SealedBox.seal(master, value, Aad.namedSecret(name)), Vault.now());
            byte[] sealed = VaultStore.secret(c, name).orElseThrow();
            SealedEntries.readBack(master, sealed, Aad.namedSecret(name), value);
            return null;
        }));
    }

    /** The secret's value (the caller wipes it), or empty if there is none by that name. */
    public Optional<byte[]> get(String name) {
        checkSecretName(name);
        return vault.withMasterKey(master -> vault.database().read(c -> {
            Optional<byte[]> sealed = VaultStore.secret(c, name);
            if (sealed.isEmpty()) {
                return Optional.<byte[]>empty();
            }
            return Optional.of(SealedEntries.open(master, sealed.get(), Aad.namedSecret(name), "secret \"" + name + "\""));
        }));
    }

    public boolean delete(String name) {
        checkSecretName(name);
        vault.requireUnlocked();
        return vault.write(c -> VaultStore.deleteSecret(c, name));
    }

    /** Names are public metadata: listed while the vault is locked too. */
    public List<String> names() {
        return vault.database().read(c -> VaultStore.secrets(c).stream().map(VaultStore.SecretRow::name).toList());
    }

    private static void checkSecretName(String name) {
        if (name == null || !SECRET_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("secret names are 1-128 characters of A-Z a-z 0-9 . _ : / -");
        }
    }
}
