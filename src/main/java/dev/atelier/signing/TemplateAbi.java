package dev.atelier.signing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The state-changing functions, constructor and creation code of one of Atelier's contract
 * templates, read from its committed artifact ({@code /dev/atelier/contracts/<name>.json}, compiled
 * from {@code src/main/solidity}). Reading the ABI rather than a hand-written list means the review
 * decodes exactly what the templates accept. Signing does not depend on the chain package, so this
 * reads the resource itself (chain's {@code ContractTemplate} reads the same file).
 */
record TemplateAbi(List<FunctionSignature> functions, FunctionSignature constructor, byte[] creationCode) {
    static TemplateAbi load(String contractName, String standard) {
        String resource = "/dev/atelier/contracts/" + contractName + ".json";
        JsonNode artifact;
        try (InputStream in = TemplateAbi.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing contract artifact " + resource);
            }
            artifact = JsonTree.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FunctionSignature> functions = new ArrayList<>();
        FunctionSignature constructor = new FunctionSignature(standard, contractName, List.of());
        for (JsonNode e : artifact.get("abi")) {
            String type = e.path("type").asText();
            String mutability = e.path("stateMutability").asText();
            if (mutability.equals("view") || mutability.equals("pure")) {
                continue; // read-only: never the subject of a transaction worth signing
            }
            List<FunctionSignature.Param> params = params(e.get("inputs"));
            if (params == null) {
                continue;
            }
            if (type.equals("function")) {
                functions.add(new FunctionSignature(standard, e.get("name").asText(), params));
            } else if (type.equals("constructor")) {
                constructor = new FunctionSignature(standard, contractName, params);
            }
        }
        return new TemplateAbi(List.copyOf(functions), constructor, Hex.parse(artifact.get("bytecode").asText(),
                contractName + " bytecode", 1 << 20));
    }

    /** Parameters as (type, name) with Solidity's trailing underscore dropped; null if a tuple is involved. */
    private static List<FunctionSignature.Param> params(JsonNode inputs) {
        List<FunctionSignature.Param> out = new ArrayList<>();
        int i = 0;
        for (JsonNode in : inputs) {
            String t = in.path("type").asText();
            if (t.startsWith("tuple")) {
                return null;
            }
            String name = in.path("name").asText();
            name = name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
            out.add(new FunctionSignature.Param(t, name.isEmpty() ? "arg" + i : name));
            i++;
        }
        return out;
    }
}
