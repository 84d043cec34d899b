package dev.atelier.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.testing.RefTools;
import dev.atelier.testing.TestKeys;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** EIP-191 and EIP-712 signatures against ethers over seeded random messages and typed data. */
public class MessageCrossCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    final TestKeys keys = TestKeys.anvil();

    @Test
    void personalMessagesMatchEthers() throws Exception {
        Random rnd = new Random(21);
        ArrayNode jobs = RefTools.jobs();
        List<String> ours = new ArrayList<>();
        String[] texts = {"", "Hello", "Sign in to Atelier\nNonce: 42", "émoji 🎨 and 日本語", "x".repeat(1000)};
        for (String t : texts) {
            ours.add(sign(t.getBytes(StandardCharsets.UTF_8)));
            jobs.addObject().put("op", "signMessage").put("key", TestKeys.ANVIL_0).put("text", t);
        }
        for (int i = 0; i < 20; i++) {
            byte[] b = new byte[rnd.nextInt(200)];
            rnd.nextBytes(b);
            ours.add(sign(b));
            jobs.addObject().put("op", "signMessage").put("key", TestKeys.ANVIL_0).put("hex", Hex.of(b));
        }
        JsonNode ref = RefTools.ethers(jobs);
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i)).as("message %d", i).isEqualTo(ref.get(i).get("signature").asText());
        }
    }

    private String sign(byte[] msg) {
        return Hex.of(keys.signer(keys.address(0)).signDigest(Eip191.hash(msg)).toBytes65());
    }

    @Test
    void randomTypedDataMatchesEthers() throws Exception {
        Random rnd = new Random(77);
        ArrayNode jobs = RefTools.jobs();
        List<TypedData> ours = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ObjectNode td = new Generator(rnd).typedData(i);
            ours.add(TypedData.parse(td));
            jobs.addObject().put("op", "signTypedData").put("key", TestKeys.ANVIL_1).set("typedData", td);
        }
        JsonNode ref = RefTools.ethers(jobs);
        for (int i = 0; i < ours.size(); i++) {
            assertThat(Hex.of(ours.get(i).digest())).as("typed data %d: %s", i, jobs.get(i).get("typedData")).isEqualTo(ref.get(i).get("digest").asText());
            assertThat(Hex.of(keys.signer(keys.address(1)).signDigest(ours.get(i).digest()).toBytes65()))
                    .isEqualTo(ref.get(i).get("signature").asText());
        }
    }

    /** Random struct graphs rooted at "Root": nested structs, dynamic and fixed arrays, every atomic type. */
    public static final class Generator {
        private final Random rnd;
        private final ObjectNode types = JSON.createObjectNode();
        private int structs;

        public Generator(Random rnd) {
            this.rnd = rnd;
        }

        public ObjectNode typedData(int i) {
            ObjectNode td = JSON.createObjectNode();
            ObjectNode domain = JSON.createObjectNode();
            ArrayNode domainType = JSON.createArrayNode();
            if (i % 2 == 0 || i % 5 == 1) {
                domain.put("name", "Atelier Test " + i);
                domainType.addObject().put("name", "name").put("type", "string");
            }
            if (i % 3 != 0) {
                domain.put("version", Integer.toString(i));
                domainType.addObject().put("name", "version").put("type", "string");
            }
            domain.put("chainId", 31337);
            domainType.addObject().put("name", "chainId").put("type", "uint256");
            if (i % 2 == 1) {
                domain.put("verifyingContract", addr());
                domainType.addObject().put("name", "verifyingContract").put("type", "address");
            }
            if (i % 4 == 3) {
                domain.put("salt", hex(32));
                domainType.addObject().put("name", "salt").put("type", "bytes32");
            }
            types.set("EIP712Domain", domainType);
            ObjectNode message = (ObjectNode) struct("Root", 0);
            td.set("types", types);
            td.put("primaryType", "Root");
            td.set("domain", domain);
            td.set("message", message);
            return td;
        }

        private JsonNode struct(String name, int depth) {
            ArrayNode fields = types.putArray(name);
            ObjectNode value = JSON.createObjectNode();
            int n = 1 + rnd.nextInt(5);
            for (int f = 0; f < n; f++) {
                String fname = "f" + f;
                int kind = rnd.nextInt(depth < 2 ? 10 : 8);
                String type;
                JsonNode v;
                if (kind < 8) {
                    type = atomicType();
                    v = atomicValue(type);
                    if (rnd.nextInt(5) == 0) {
                        boolean fixed = rnd.nextBoolean();
                        int len = fixed ? 1 + rnd.nextInt(3) : rnd.nextInt(4);
                        ArrayNode arr = JSON.createArrayNode();
                        for (int k = 0; k < len; k++) {
                            arr.add(atomicValue(type));
                        }
                        type = type + (fixed ? "[" + len + "]" : "[]");
                        v = arr;
                    }
                } else {
                    String child = "S" + (++structs);
                    if (kind == 8) {
                        type = child;
                        v = struct(child, depth + 1);
                    } else {
                        ArrayNode arr = JSON.createArrayNode();
                        JsonNode first = struct(child, depth + 1);
                        arr.add(first);
                        type = child + "[]";
                        // more elements of the same struct type
                        for (int k = 0; k < rnd.nextInt(2); k++) {
                            arr.add(sameShape(child));
                        }
                        v = arr;
                    }
                }
                fields.addObject().put("name", fname).put("type", type);
                value.set(fname, v);
            }
            return value;
        }

        private JsonNode sameShape(String structName) {
            return shapeOf(structName);
        }

        private ObjectNode shapeOf(String structName) {
            // another value of the same struct type, field by field
            ObjectNode v = JSON.createObjectNode();
            for (JsonNode f : types.get(structName)) {
                v.set(f.get("name").asText(), valueOf(f.get("type").asText()));
            }
            return v;
        }

        private JsonNode valueOf(String type) {
            if (type.endsWith("]")) {
                String inner = type.substring(0, type.lastIndexOf('['));
                String len = type.substring(type.lastIndexOf('[') + 1, type.length() - 1);
                int n = len.isEmpty() ? rnd.nextInt(3) : Integer.parseInt(len);
                ArrayNode arr = JSON.createArrayNode();
                for (int k = 0; k < n; k++) {
                    arr.add(valueOf(inner));
                }
                return arr;
            }
            return types.has(type) ? shapeOf(type) : atomicValue(type);
        }

        private String atomicType() {
            return switch (rnd.nextInt(9)) {
                case 0 -> "address";
                case 1 -> "bool";
                case 2 -> "string";
                case 3 -> "bytes";
                case 4 -> "bytes" + (1 + rnd.nextInt(32));
                case 5 -> "uint" + (8 * (1 + rnd.nextInt(32)));
                case 6 -> "int" + (8 * (1 + rnd.nextInt(32)));
                case 7 -> "uint256";
                default -> "int256";
            };
        }

        private JsonNode atomicValue(String type) {
            if (type.equals("address")) {
                return JSON.getNodeFactory().textNode(addr());
            }
            if (type.equals("bool")) {
                return JSON.getNodeFactory().booleanNode(rnd.nextBoolean());
            }
            if (type.equals("string")) {
                String[] s = {"", "hello", "Ünïcödé 🎨", "a\"quote\" and \\ backslash", "x".repeat(rnd.nextInt(80))};
                return JSON.getNodeFactory().textNode(s[rnd.nextInt(s.length)]);
            }
            if (type.equals("bytes")) {
                return JSON.getNodeFactory().textNode(hex(rnd.nextInt(70)));
            }
            if (type.startsWith("bytes")) {
                return JSON.getNodeFactory().textNode(hex(Integer.parseInt(type.substring(5))));
            }
            boolean signed = type.startsWith("int");
            int bits = Integer.parseInt(type.substring(signed ? 3 : 4));
            BigInteger v = new BigInteger(signed ? bits - 1 : bits, rnd);
            if (signed && rnd.nextBoolean()) {
                v = v.negate().subtract(rnd.nextInt(4) == 0 ? BigInteger.ZERO : BigInteger.ONE).max(BigInteger.ONE.shiftLeft(bits - 1).negate());
            }
            return rnd.nextBoolean() || v.bitLength() > 50 ? JSON.getNodeFactory().textNode(v.toString())
                    : JSON.getNodeFactory().numberNode(v.longValue());
        }

        private String addr() {
            return "0x" + HexFormat.of().formatHex(bytes(20));
        }

        private String hex(int n) {
            return "0x" + HexFormat.of().formatHex(bytes(n));
        }

        private byte[] bytes(int n) {
            byte[] b = new byte[n];
            rnd.nextBytes(b);
            return b;
        }
    }
}
