package dev.atelier.chain.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Type;

/**
 * The contract templates compiled from {@code src/main/solidity} (see
 * docs/decisions/0012-contract-templates.md): ABI and creation bytecode, loaded from the committed
 * artifacts under {@code dev/atelier/contracts/}.
 */
public enum ContractTemplate {
    ERC721("AtelierERC721"),
    ERC1155("AtelierERC1155");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String contractName;
    private volatile JsonNode artifact;

    ContractTemplate(String contractName) {
        this.contractName = contractName;
    }

    public String contractName() {
        return contractName;
    }

    public String resource() {
        return "/dev/atelier/contracts/" + contractName + ".json";
    }

    public JsonNode artifact() {
        JsonNode a = artifact;
        if (a == null) {
            try (InputStream in = ContractTemplate.class.getResourceAsStream(resource())) {
                if (in == null) {
                    throw new IllegalStateException("Missing contract artifact " + resource());
                }
                a = JSON.readTree(in);
                artifact = a;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return a;
    }

    public JsonNode abi() {
        return artifact().get("abi");
    }

    /** Creation bytecode, 0x-prefixed. */
    public String bytecode() {
        return artifact().get("bytecode").asText();
    }

    /** Creation bytecode followed by the ABI-encoded constructor arguments: the data of a deploy transaction. */
    @SuppressWarnings("rawtypes")
    public String deployData(List<Type> constructorArgs) {
        return bytecode() + FunctionEncoder.encodeConstructor(constructorArgs);
    }
}
