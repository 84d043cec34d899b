package dev.atelier.signing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Keccak;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * EIP-712 typed data as {@code eth_signTypedData_v4} sends it: {@code types}, {@code primaryType},
 * {@code domain}, {@code message}. Parsing validates everything that will be hashed — every field
 * present, no field that would be shown but not signed, every value in range for its type — and
 * builds the review tree from the same pass that hashes, so what is shown is what is signed.
 * See docs/decisions/0009 for why this is not web3j's StructuredDataEncoder.
 */
public final class TypedData {
    public static final String DOMAIN = "EIP712Domain";
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern TYPE = Pattern.compile("([A-Za-z_$][A-Za-z0-9_$]*)((\\[[0-9]*\\])*)");
    private static final int MAX_TYPES = 256;
    private static final int MAX_FIELDS = 256;
    /**
     * All declared fields together. Each struct value hashes its type's encodeType, which lists every
     * type it references; without a bound on the whole, a few hundred bytes of message could make
     * that string megabytes long and hash it for every value.
     */
    private static final int MAX_TOTAL_FIELDS = 1024;
    private static final int MAX_DEPTH = 32;
    private static final int MAX_NODES = 200_000;
    private static final int MAX_BYTES_VALUE = 1 << 20;
    /** EIP-712: the domain's fields, in this order, when the request does not declare EIP712Domain. */
    private static final List<Field> DOMAIN_FIELDS = List.of(new Field("name", "string"), new Field("version", "string"),
            new Field("chainId", "uint256"), new Field("verifyingContract", "address"), new Field("salt", "bytes32"));

    /** A struct member. */
    public record Field(String name, String type) {
    }

    private final Map<String, List<Field>> types;
    private final String primaryType;
    private final byte[] domainSeparator;
    private final byte[] messageHash;
    private final TypedNode domainTree;
    private final TypedNode messageTree;
    /** typeHash = keccak256(encodeType(type)), once per type rather than once per value. */
    private final Map<String, byte[]> typeHashes = new java.util.HashMap<>();
    private int nodes;

    private TypedData(Map<String, List<Field>> types, String primaryType, JsonNode domain, JsonNode message) {
        this.types = types;
        this.primaryType = primaryType;
        Encoded d = encodeStruct(DOMAIN, domain, "domain", 0);
        this.domainSeparator = d.word;
        this.domainTree = d.node;
        if (DOMAIN.equals(primaryType)) {
            this.messageHash = null;
            this.messageTree = new TypedNode("message", DOMAIN, null, null, List.of());
        } else {
            Encoded m = encodeStruct(primaryType, message, "message", 0);
            this.messageHash = m.word;
            this.messageTree = m.node;
        }
    }

    public static TypedData parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new AtelierException("Typed data must be a JSON object with types, primaryType, domain and message (eth_signTypedData_v4).");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("types", "primaryType", "domain", "message").contains(f)) {
                throw new AtelierException("Typed data has an unknown field \"" + Hex.abbreviate(f)
                        + "\"; expected types, primaryType, domain and message.");
            }
        }
        JsonNode typesNode = root.get("types");
        if (typesNode == null || !typesNode.isObject()) {
            throw new AtelierException("Typed data has no \"types\" object.");
        }
        if (typesNode.size() > MAX_TYPES) {
            throw new AtelierException("Typed data declares " + typesNode.size() + " types; at most " + MAX_TYPES + " are accepted.");
        }
        Map<String, List<Field>> types = new LinkedHashMap<>();
        int totalFields = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = typesNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            if (!IDENT.matcher(name).matches() || isAtomic(name)) {
                throw new AtelierException("\"" + Hex.abbreviate(name) + "\" is not a valid struct type name.");
            }
            JsonNode fields = e.getValue();
            if (!fields.isArray()) {
                throw new AtelierException("types." + name + " must be an array of {name, type}.");
            }
            if (fields.size() > MAX_FIELDS) {
                throw new AtelierException("types." + name + " has " + fields.size() + " fields; at most " + MAX_FIELDS + ".");
            }
            totalFields += fields.size();
            if (totalFields > MAX_TOTAL_FIELDS) {
                throw new AtelierException("Typed data declares more than " + MAX_TOTAL_FIELDS
                        + " fields in all its types; refusing to process it.");
            }
            List<Field> list = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (JsonNode f : fields) {
                JsonNode fn = f.get("name");
                JsonNode ft = f.get("type");
                if (!f.isObject() || fn == null || ft == null || !fn.isTextual() || !ft.isTextual() || f.size() != 2) {
                    throw new AtelierException("types." + name + " must list {\"name\": ..., \"type\": ...} objects.");
                }
                if (!IDENT.matcher(fn.asText()).matches()) {
                    throw new AtelierException("types." + name + " has an invalid field name \"" + Hex.abbreviate(fn.asText()) + "\".");
                }
                if (!seen.add(fn.asText())) {
                    throw new AtelierException("types." + name + " declares the field \"" + fn.asText() + "\" twice.");
                }
                list.add(new Field(fn.asText(), ft.asText()));
            }
            types.put(name, List.copyOf(list));
        }
        JsonNode domain = root.get("domain");
        if (domain == null || !domain.isObject()) {
            throw new AtelierException("Typed data has no \"domain\" object.");
        }
        if (!types.containsKey(DOMAIN)) {
            List<Field> derived = new ArrayList<>();
            for (Field f : DOMAIN_FIELDS) {
                if (domain.has(f.name())) {
                    derived.add(f);
                }
            }
            types.put(DOMAIN, List.copyOf(derived));
        }
        for (Map.Entry<String, List<Field>> e : types.entrySet()) {
            for (Field f : e.getValue()) {
                checkType(f.type(), types, "types." + e.getKey() + "." + f.name());
            }
        }
        JsonNode pt = root.get("primaryType");
        if (pt == null || !pt.isTextual()) {
            throw new AtelierException("Typed data has no \"primaryType\".");
        }
        if (!types.containsKey(pt.asText())) {
            throw new AtelierException("primaryType \"" + Hex.abbreviate(pt.asText()) + "\" is not declared in types.");
        }
        JsonNode message = root.get("message");
        if (!DOMAIN.equals(pt.asText()) && (message == null || !message.isObject())) {
            throw new AtelierException("Typed data has no \"message\" object.");
        }
        return new TypedData(Collections.unmodifiableMap(types), pt.asText(), domain, message);
    }

    public String primaryType() {
        return primaryType;
    }

    public byte[] domainSeparator() {
        return domainSeparator.clone();
    }

    /** hashStruct(message), or empty when the primary type is the domain itself. */
    public Optional<byte[]> messageHash() {
        return Optional.ofNullable(messageHash).map(byte[]::clone);
    }

    /** {@code keccak256(0x19 0x01 || domainSeparator || hashStruct(message))}: what the key signs. */
    public byte[] digest() {
        byte[] buf = new byte[2 + 32 + (messageHash == null ? 0 : 32)];
        buf[0] = 0x19;
        buf[1] = 0x01;
        System.arraycopy(domainSeparator, 0, buf, 2, 32);
        if (messageHash != null) {
            System.arraycopy(messageHash, 0, buf, 34, 32);
        }
        return Keccak.hash256(buf);
    }

    public TypedNode domainTree() {
        return domainTree;
    }

    public TypedNode messageTree() {
        return messageTree;
    }

    /** The domain's chainId, when it declares one. */
    public Optional<BigInteger> domainChainId() {
        return domainTree.child("chainId").map(n -> (BigInteger) n.raw());
    }

    public Optional<String> domainName() {
        return domainTree.child("name").map(TypedNode::value);
    }

    /** EIP-712 encodeType: the struct followed by every struct it references, sorted by name. */
    public String encodeType(String type) {
        TreeSet<String> deps = new TreeSet<>();
        collect(type, deps);
        deps.remove(type);
        StringBuilder sb = new StringBuilder();
        sb.append(signature(type));
        for (String d : deps) {
            sb.append(signature(d));
        }
        return sb.toString();
    }

    private String signature(String type) {
        StringBuilder sb = new StringBuilder(type).append('(');
        List<Field> fields = types.get(type);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(fields.get(i).type()).append(' ').append(fields.get(i).name());
        }
        return sb.append(')').toString();
    }

    private void collect(String type, Set<String> out) {
        if (!types.containsKey(type) || !out.add(type)) {
            return;
        }
        for (Field f : types.get(type)) {
            collect(baseOf(f.type()), out);
        }
    }

    private record Encoded(byte[] word, TypedNode node) {
        Encoded(TypedDataEncoded e) {
            this(e.word(), e.node());
        }
    }

    private Encoded encodeStruct(String type, JsonNode value, String path, int depth) {
        count(path, depth);
        if (value == null || !value.isObject()) {
            throw new AtelierException(path + " must be an object of type " + type + ".");
        }
        List<Field> fields = types.get(type);
        for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (fields.stream().noneMatch(x -> x.name().equals(f))) {
                throw new AtelierException(path + "." + Hex.abbreviate(f) + " is not a field of " + type
                        + ": it would be shown but not signed. Remove it or declare it in types." + type + ".");
            }
        }
        byte[] enc = new byte[32 * (fields.size() + 1)];
        byte[] typeHash = typeHashes.computeIfAbsent(type,
                t -> Keccak.hash256(encodeType(t).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        System.arraycopy(typeHash, 0, enc, 0, 32);
        List<TypedNode> children = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            JsonNode v = value.get(f.name());
            if (v == null || v.isNull()) {
                throw new AtelierException(path + "." + f.name() + " (" + f.type() + ") is missing.");
            }
            Encoded e = encodeValue(f.name(), f.type(), v, path + "." + f.name(), depth + 1);
            System.arraycopy(e.word, 0, enc, 32 * (i + 1), 32);
            children.add(e.node);
        }
        return new Encoded(Keccak.hash256(enc), new TypedNode(lastSegment(path), type, null, null, children));
    }

    private Encoded encodeValue(String name, String type, JsonNode v, String path, int depth) {
        count(path, depth);
        int bracket = type.lastIndexOf('[');
        if (bracket >= 0) {
            String inner = type.substring(0, bracket);
            String len = type.substring(bracket + 1, type.length() - 1);
            if (!v.isArray()) {
                throw new AtelierException(path + " must be an array (" + type + ").");
            }
            if (!len.isEmpty() && v.size() != Integer.parseInt(len)) {
                throw new AtelierException(path + " must have exactly " + len + " elements, has " + v.size() + ".");
            }
            byte[] all = new byte[32 * v.size()];
            List<TypedNode> children = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                Encoded e = encodeValue("[" + i + "]", inner, v.get(i), path + "[" + i + "]", depth + 1);
                System.arraycopy(e.word, 0, all, 32 * i, 32);
                children.add(e.node);
            }
            return new Encoded(Keccak.hash256(all), new TypedNode(name, type, null, null, children));
        }
        if (types.containsKey(type)) {
            Encoded s = encodeStruct(type, v, path, depth);
            return new Encoded(s.word, new TypedNode(name, type, null, null, s.node.children()));
        }
        return new Encoded(AtomicValues.encode(name, type, v, path));
    }

    private void count(String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new AtelierException(path + " is nested more than " + MAX_DEPTH + " levels deep.");
        }
        if (++nodes > MAX_NODES) {
            throw new AtelierException("The typed data has more than " + MAX_NODES + " values; refusing to process it.");
        }
    }

    private static void checkType(String type, Map<String, List<Field>> types, String where) {
        if (!TYPE.matcher(type).matches()) {
            throw new AtelierException(where + " has an invalid type \"" + Hex.abbreviate(type) + "\".");
        }
        String base = baseOf(type);
        if (!types.containsKey(base) && !isAtomic(base)) {
            throw new AtelierException(where + " uses the type \"" + Hex.abbreviate(base)
                    + "\", which is neither a declared struct nor an EIP-712 atomic type.");
        }
        java.util.regex.Matcher dims = Pattern.compile("\\[([0-9]*)\\]").matcher(type);
        while (dims.find()) {
            String n = dims.group(1);
            if (!n.isEmpty() && (n.length() > 6 || Integer.parseInt(n) == 0)) {
                throw new AtelierException(where + " has an invalid fixed array length [" + n + "].");
            }
        }
    }

    static String baseOf(String type) {
        int b = type.indexOf('[');
        return b < 0 ? type : type.substring(0, b);
    }

    static boolean isAtomic(String t) {
        return AtomicValues.isAtomic(t);
    }

    private static String lastSegment(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    static int maxBytesValue() {
        return MAX_BYTES_VALUE;
    }
}
