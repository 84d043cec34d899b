package dev.atelier.signing;

import dev.atelier.crypto.Address;
import java.util.List;

/** One EIP-2930 access-list entry: an address and the 32-byte storage keys it pre-declares. */
public record AccessListEntry(Address address, List<byte[]> storageKeys) {
    public AccessListEntry {
        storageKeys = List.copyOf(storageKeys);
    }
}
