package dev.atelier.vault;

import dev.atelier.crypto.Secp256k1;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Authenticates every sealed value of a vault (at unlock and before a restore): the damaged ones are
 * reported, the rest stay usable. Every opened value is wiped at once.
 */
final class VaultIntegrity {
    private VaultIntegrity() {
    }

    static List<VaultDamage> verifyAll(Connection c, byte[] master) throws SQLException {
        List<VaultDamage> out = new ArrayList<>();
        for (VaultStore.WalletRow w : VaultStore.wallets(c)) {
            String what = "HD wallet " + w.id() + " (\"" + w.label() + "\")";
            check(out, master, w.sealedMnemonic(), Aad.walletMnemonic(w.id()), what, "its sealed recovery phrase fails authentication");
            check(out, master, w.sealedPassphrase(), Aad.walletPassphrase(w.id()), what, "its sealed BIP-39 passphrase fails authentication");
        }
        for (VaultStore.AccountRow r : VaultStore.accounts(c)) {
            byte[] key = Vault.openOrNull(master, r.sealedKey(), Aad.accountKey(r.address(), r.kind(), r.walletId(), r.path()));
            if (key == null) {
                out.add(new VaultDamage(SealedEntries.describe(r), "its sealed key (or its address, kind or path) fails authentication"));
            } else {
                boolean ok = r.kind() == AccountKind.WATCH_ONLY ? key.length == 0
                        : key.length == 32 && Secp256k1.address(key).equals(r.address());
                if (!ok) {
                    out.add(new VaultDamage(SealedEntries.describe(r), "its key does not belong to its address"));
                }
                Secrets.wipe(key);
            }
        }
        for (VaultStore.SecretRow s : VaultStore.secrets(c)) {
            check(out, master, s.sealedValue(), Aad.namedSecret(s.name()), "secret \"" + s.name() + "\"", "fails authentication");
        }
        return out;
    }

    private static void check(List<VaultDamage> out, byte[] master, byte[] sealed, byte[] aad, String what, String detail) {
        byte[] v = Vault.openOrNull(master, sealed, aad);
        if (v == null) {
            out.add(new VaultDamage(what, detail));
        } else {
            Secrets.wipe(v);
        }
    }
}
