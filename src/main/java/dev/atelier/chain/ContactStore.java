package dev.atelier.chain;

import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.db.Database;
import dev.atelier.signing.Contact;
import dev.atelier.signing.ContactBook;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The address book in {@code studio.db}: one name per address, names unique regardless of case.
 * Names are what the review shows next to recipients and what look-alike warnings compare against.
 */
public final class ContactStore implements ContactBook {
    public static final int MAX_NAME = 64;
    private final Database db;

    public ContactStore(Database db) {
        this.db = db;
    }

    /** Saves a new contact; refuses a name or an address that is already saved. */
    public Contact add(String name, Address address) {
        String n = cleanName(name);
        return db.write(c -> {
            Optional<Contact> byAddress = find(c, "SELECT name, address FROM contacts WHERE address = ?", address.toLowerHex());
            if (byAddress.isPresent()) {
                throw new AtelierException(address + " is already saved as \"" + byAddress.get().name() + "\".");
            }
            Optional<Contact> byName = find(c, "SELECT name, address FROM contacts WHERE name = ? COLLATE NOCASE", n);
            if (byName.isPresent()) {
                throw new AtelierException("A contact named \"" + byName.get().name() + "\" already exists ("
                        + byName.get().address() + "). Choose another name.");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO contacts(address, name, created_at) VALUES (?, ?, ?)")) {
                ps.setString(1, address.toLowerHex());
                ps.setString(2, n);
                ps.setString(3, Instant.now().toString());
                ps.executeUpdate();
            }
            return new Contact(n, address);
        });
    }

    /** Removes the contact for this address; true when there was one. */
    public boolean remove(Address address) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM contacts WHERE address = ?")) {
                ps.setString(1, address.toLowerHex());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Every contact, by name. */
    @Override
    public List<Contact> contacts() {
        return db.read(c -> {
            List<Contact> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, address FROM contacts ORDER BY name COLLATE NOCASE");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Contact(rs.getString(1), Address.parse(rs.getString(2))));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<Contact> find(Address address) {
        return db.read(c -> find(c, "SELECT name, address FROM contacts WHERE address = ?", address.toLowerHex()));
    }

    private static Optional<Contact> find(java.sql.Connection c, String sql, String arg) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Contact(rs.getString(1), Address.parse(rs.getString(2)))) : Optional.empty();
            }
        }
    }

    static String cleanName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new AtelierException("A contact needs a name.");
        }
        if (n.length() > MAX_NAME) {
            throw new AtelierException("Contact names are at most " + MAX_NAME + " characters.");
        }
        if (n.chars().anyMatch(ch -> Character.isISOControl(ch))) {
            throw new AtelierException("A contact name cannot contain control characters.");
        }
        return n;
    }
}
