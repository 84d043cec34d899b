package dev.atelier.testing;

import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Secp256k1;
import dev.atelier.crypto.Signature;
import dev.atelier.crypto.Signer;
import dev.atelier.vault.Account;
import dev.atelier.vault.AccountKind;
import dev.atelier.vault.SignerSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real {@link SignerSource} over raw test keys (public vectors, anvil's published development
 * keys): it signs with {@link Secp256k1} exactly as the vault does, without the vault's encryption.
 */
public final class TestKeys implements SignerSource {
    /** anvil's first development accounts (mnemonic "test test ... junk"), public knowledge. */
    public static final String ANVIL_0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    public static final String ANVIL_1 = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    public static final String ANVIL_2 = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";

    private final Map<Address, byte[]> keys = new LinkedHashMap<>();
    private final List<Account> accounts = new ArrayList<>();

    public TestKeys add(String label, String hexKey) {
        byte[] k = HexFormat.of().parseHex(hexKey.startsWith("0x") ? hexKey.substring(2) : hexKey);
        Address a = Secp256k1.address(k);
        keys.put(a, k);
        accounts.add(new Account(a, label, AccountKind.IMPORTED, null));
        return this;
    }

    public TestKeys watch(String label, Address a) {
        accounts.add(new Account(a, label, AccountKind.WATCH_ONLY, null));
        return this;
    }

    public TestKeys hd(String label, String hexKey, String path) {
        add(label, hexKey);
        Account last = accounts.remove(accounts.size() - 1);
        accounts.add(new Account(last.address(), label, AccountKind.HD, path));
        return this;
    }

    public static TestKeys anvil() {
        return new TestKeys().add("Anvil 0", ANVIL_0).add("Anvil 1", ANVIL_1).add("Anvil 2", ANVIL_2);
    }

    public Address address(int i) {
        return accounts.get(i).address();
    }

    @Override
    public List<Account> accounts() {
        return List.copyOf(accounts);
    }

    @Override
    public Signer signer(Address address) {
        byte[] k = keys.get(address);
        if (k == null) {
            throw new AtelierException("The vault does not hold " + address + ".");
        }
        return new Signer() {
            @Override
            public Address address() {
                return address;
            }

            @Override
            public Signature signDigest(byte[] digest32) {
                return Secp256k1.sign(digest32, k);
            }
        };
    }
}
