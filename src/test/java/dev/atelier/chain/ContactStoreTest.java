package dev.atelier.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.crypto.Address;
import dev.atelier.db.Database;
import dev.atelier.db.MigrationSet;
import dev.atelier.signing.Contact;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactStoreTest {
    @TempDir
    Path dir;
    static final Address A = Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    static final Address B = Address.parse("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");

    @Test
    void contactsSurviveReopeningAndAreListedByName() {
        Path file = dir.resolve("studio.db");
        try (Database db = Database.open(file, MigrationSet.studio())) {
            ContactStore s = new ContactStore(db);
            s.add("  zoe ", B);
            s.add("Alice", A);
        }
        try (Database db = Database.open(file, MigrationSet.studio())) {
            ContactStore s = new ContactStore(db);
            assertThat(s.contacts()).containsExactly(new Contact("Alice", A), new Contact("zoe", B));
            assertThat(s.find(A)).map(Contact::name).contains("Alice");
            assertThat(s.remove(A)).isTrue();
            assertThat(s.find(A)).isEmpty();
        }
    }

    @Test
    void refusesDuplicateNamesAndAddresses() {
        try (Database db = Database.open(dir.resolve("studio.db"), MigrationSet.studio())) {
            ContactStore s = new ContactStore(db);
            s.add("Alice", A);
            assertThatThrownBy(() -> s.add("ALICE", B)).hasMessageContaining("A contact named \"Alice\" already exists");
            assertThatThrownBy(() -> s.add("Bob", A)).hasMessageContaining("is already saved as \"Alice\"");
            assertThatThrownBy(() -> s.add("  ", B)).hasMessageContaining("needs a name");
            assertThatThrownBy(() -> s.add("x".repeat(65), B)).hasMessageContaining("at most 64");
            assertThat(s.contacts()).hasSize(1);
        }
    }
}
