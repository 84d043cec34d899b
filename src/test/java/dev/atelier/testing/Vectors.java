package dev.atelier.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The public test vectors (EIP-155/191/712, BIP-39/32/44, Web3 Secret Storage, EIP-55), copied from shared/vectors. */
public final class Vectors {
    private static JsonNode root;

    private Vectors() {
    }

    public static synchronized JsonNode get(String name) {
        if (root == null) {
            try (InputStream in = Vectors.class.getResourceAsStream("/vectors/public-vectors.json")) {
                root = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        JsonNode n = root.get(name);
        if (n == null) {
            throw new IllegalArgumentException("no vector " + name);
        }
        return n;
    }
}
