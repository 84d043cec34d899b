package dev.atelier.signing;

import dev.atelier.crypto.Address;
import java.util.List;
import java.util.Optional;

/**
 * The user's address book as the review sees it (the store lives in {@code chain.ContactStore}).
 * Used to name recipients and to spot look-alike addresses.
 */
public interface ContactBook {
    ContactBook EMPTY = List::of;

    List<Contact> contacts();

    default Optional<Contact> find(Address address) {
        return contacts().stream().filter(c -> c.address().equals(address)).findFirst();
    }
}
