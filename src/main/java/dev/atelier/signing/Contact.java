package dev.atelier.signing;

import dev.atelier.crypto.Address;

/** An address-book entry: a name the user chose for an address. */
public record Contact(String name, Address address) {
}
