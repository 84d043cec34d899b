package dev.atelier.signing;

import dev.atelier.crypto.Address;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Array;
import org.web3j.abi.datatypes.BytesType;
import org.web3j.abi.datatypes.NumericType;
import org.web3j.abi.datatypes.Type;

/**
 * Decodes calldata against the shipped selector table ({@code selectors.txt}: ERC-20, ERC-721,
 * ERC-1155, EIP-2981, Ownable, ERC-4906 and common calls) and the functions of Atelier's contract
 * templates, read from their committed ABIs ({@link TemplateAbi}); deployments of the templates are
 * recognised by their creation code and their constructor arguments decoded. Arguments are
 * decoded with web3j's ABI decoder and then re-encoded: calldata that is not exactly the standard
 * encoding of the function is reported as malformed rather than shown as something it is not.
 * {@code bytes} arguments that hold calls themselves (multicall, proxies) are decoded as inner calls.
 */
public final class CallDecoder {
    private static final int MAX_DEPTH = 3;

    /** How decoding went. */
    public enum Outcome {
        /** No calldata: a plain transfer of value. */
        NO_DATA,
        DECODED,
        /** The selector is not in the table: the user would be signing blind. */
        UNKNOWN_SELECTOR,
        /** The selector is known but the arguments are not its standard encoding. */
        MALFORMED
    }

    /** The outcome, the call when decoded, and the raw selector. */
    public record Result(Outcome outcome, DecodedCall call, String selector) {
    }

    /** Atelier's contract templates: artifact under {@code /dev/atelier/contracts/}, and the standard named in reviews. */
    static final List<String[]> TEMPLATES = List.of(new String[] {"AtelierERC721", "Atelier ERC-721"},
            new String[] {"AtelierERC1155", "Atelier ERC-1155"});

    /** A template's creation code and constructor, to recognise and decode its deployment. */
    record Deployable(String contractName, String standard, byte[] creationCode, FunctionSignature constructor) {
    }

    private final Map<String, List<FunctionSignature>> bySelector;
    private final List<Deployable> deployables;

    private CallDecoder(Map<String, List<FunctionSignature>> bySelector, List<Deployable> deployables) {
        this.bySelector = bySelector;
        this.deployables = List.copyOf(deployables);
    }

    private static final class Shipped {
        static final CallDecoder INSTANCE = load();
    }

    /** The table shipped in the jar (loaded once). */
    public static CallDecoder shipped() {
        return Shipped.INSTANCE;
    }

    public int size() {
        return bySelector.values().stream().mapToInt(List::size).sum();
    }

    public List<FunctionSignature> candidates(String selectorHex) {
        return bySelector.getOrDefault(selectorHex, List.of());
    }

    public Result decode(byte[] data) {
        return decode(data, 0);
    }

    /**
     * A contract creation's data: when it is the creation code of one of Atelier's templates
     * followed by exactly the standard encoding of its constructor arguments, the deployment
     * decoded as a call named {@code constructor} (selector null, standard e.g. "Atelier ERC-721");
     * otherwise {@link Outcome#NO_DATA} (unknown code is shown as code).
     */
    public Result decodeDeploy(byte[] data) {
        for (Deployable d : deployables) {
            byte[] code = d.creationCode();
            if (data.length >= code.length && Arrays.equals(data, 0, code.length, code, 0, code.length)) {
                List<Type> values = decodeArgs(d.constructor().params(), data, code.length);
                if (values != null) {
                    return new Result(Outcome.DECODED, call(null, d.constructor().display(), List.of(d), values, 0,
                            List.of(d.standard() + " template: " + d.contractName())), null);
                }
            }
        }
        return new Result(Outcome.NO_DATA, null, null);
    }

    private Result decode(byte[] data, int depth) {
        if (data.length == 0) {
            return new Result(Outcome.NO_DATA, null, null);
        }
        if (data.length < 4) {
            return new Result(Outcome.UNKNOWN_SELECTOR, null, Hex.of(data));
        }
        String selector = Hex.of(Arrays.copyOf(data, 4));
        List<FunctionSignature> candidates = bySelector.get(selector);
        if (candidates == null) {
            return new Result(Outcome.UNKNOWN_SELECTOR, null, selector);
        }
        // candidates sharing the selector have the same canonical form; group them by it
        Map<String, List<FunctionSignature>> byCanonical = new LinkedHashMap<>();
        for (FunctionSignature f : candidates) {
            byCanonical.computeIfAbsent(f.canonical(), k -> new ArrayList<>()).add(f);
        }
        for (List<FunctionSignature> group : byCanonical.values()) {
            DecodedCall call = tryDecode(group, data, depth);
            if (call != null) {
                return new Result(Outcome.DECODED, call, selector);
            }
        }
        return new Result(Outcome.MALFORMED, null, selector);
    }

    private DecodedCall tryDecode(List<FunctionSignature> group, byte[] data, int depth) {
        FunctionSignature first = group.get(0);
        List<Type> values = decodeArgs(first.params(), data, 4);
        if (values == null) {
            return null;
        }
        Set<String> standards = new LinkedHashSet<>();
        group.forEach(f -> standards.add(f.standard()));
        return call(Hex.of(Arrays.copyOf(data, 4)), first.display(), group, values, depth, List.copyOf(standards));
    }

    private DecodedCall call(String selector, String display, List<?> group, List<Type> values, int depth, List<String> standards) {
        List<FunctionSignature> sigs = new ArrayList<>();
        for (Object o : group) {
            sigs.add(o instanceof Deployable d ? d.constructor() : (FunctionSignature) o);
        }
        FunctionSignature first = sigs.get(0);
        List<DecodedArg> args = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Set<String> names = new LinkedHashSet<>();
            for (FunctionSignature f : sigs) {
                names.add(f.params().get(i).name());
            }
            args.add(arg(String.join(" / ", names), first.params().get(i).type(), values.get(i), depth));
        }
        return new DecodedCall(selector, first.name(), display, standards, args);
    }

    /**
     * The arguments at {@code data[from..]} decoded with web3j, or null unless they are exactly the
     * standard encoding: the layout is checked before decoding ({@link AbiLayout}, which bounds the
     * work by the input), and the values are re-encoded and compared after.
     */
    @SuppressWarnings({"rawtypes", "unchecked"}) // web3j's ABI API is written against the raw Type
    private static List<Type> decodeArgs(List<FunctionSignature.Param> params, byte[] data, int from) {
        if (!AbiLayout.isStandard(params.stream().map(FunctionSignature.Param::type).toList(), data, from)) {
            return null; // offsets or lengths that are not the standard layout: refused before decoding anything
        }
        try {
            List<TypeReference<Type>> refs = new ArrayList<>();
            for (FunctionSignature.Param p : params) {
                refs.add((TypeReference<Type>) TypeReference.makeTypeReference(p.type()));
            }
            String argsHex = HexFormat.of().formatHex(data, from, data.length);
            List<Type> values = refs.isEmpty() ? List.of() : FunctionReturnDecoder.decode(argsHex, refs);
            if (values.size() != refs.size()) {
                return null;
            }
            String again = FunctionEncoder.encodeConstructor((List) values);
            if (!again.equalsIgnoreCase(argsHex)) {
                return null; // not the canonical encoding: padding, values or trailing bytes differ
            }
            return values;
        } catch (RuntimeException | ClassNotFoundException | LinkageError malformed) {
            return null;
        }
    }

    private DecodedArg arg(String name, String type, Type<?> v, int depth) {
        if (v instanceof Array<?> array) {
            String inner = type.substring(0, type.lastIndexOf('['));
            List<DecodedArg> elements = new ArrayList<>();
            List<Object> raw = new ArrayList<>();
            int i = 0;
            for (Object e : array.getValue()) {
                DecodedArg el = arg("[" + i++ + "]", inner, (Type<?>) e, depth);
                elements.add(el);
                raw.add(el.value());
            }
            return new DecodedArg(name, type, elements.size() + (elements.size() == 1 ? " element" : " elements"), raw, elements, null);
        }
        if (v instanceof org.web3j.abi.datatypes.Address a) {
            Address addr = Address.parse(a.toString());
            return new DecodedArg(name, type, addr.toChecksumHex(), addr, List.of(), null);
        }
        if (v instanceof org.web3j.abi.datatypes.Bool b) {
            return new DecodedArg(name, type, b.getValue().toString(), b.getValue(), List.of(), null);
        }
        if (v instanceof NumericType n) {
            BigInteger x = n.getValue();
            return new DecodedArg(name, type, x.toString(), x, List.of(), null);
        }
        if (v instanceof org.web3j.abi.datatypes.Utf8String s) {
            return new DecodedArg(name, type, s.getValue(), s.getValue(), List.of(), null);
        }
        if (v instanceof BytesType b) {
            byte[] bytes = b.getValue();
            DecodedCall inner = null;
            if (type.equals("bytes") && depth < MAX_DEPTH && bytes.length >= 4) {
                Result r = decode(bytes, depth + 1);
                if (r.outcome() == Outcome.DECODED) {
                    inner = r.call();
                }
            }
            return new DecodedArg(name, type, Hex.of(bytes), bytes, List.of(), inner);
        }
        return new DecodedArg(name, type, String.valueOf(v.getValue()), v.getValue(), List.of(), null);
    }

    static CallDecoder load() {
        Map<String, List<FunctionSignature>> map = new LinkedHashMap<>();
        try (InputStream in = CallDecoder.class.getResourceAsStream("/dev/atelier/signing/selectors.txt")) {
            if (in == null) {
                throw new IllegalStateException("selectors.txt missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                int bar = t.indexOf('|');
                FunctionSignature f = FunctionSignature.parse(t.substring(0, bar).strip(), t.substring(bar + 1).strip());
                map.computeIfAbsent(f.selectorHex(), k -> new ArrayList<>()).add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> standardCalls = new java.util.HashSet<>();
        map.values().forEach(l -> l.forEach(f -> standardCalls.add(f.canonical())));
        List<Deployable> deployables = new ArrayList<>();
        for (String[] t : TEMPLATES) {
            TemplateAbi abi = TemplateAbi.load(t[0], t[1]);
            for (FunctionSignature f : abi.functions()) {
                // calls the table already names by their standard (transferFrom, approve, ...) keep that name
                if (!standardCalls.contains(f.canonical())) {
                    map.computeIfAbsent(f.selectorHex(), k -> new ArrayList<>()).add(f);
                }
            }
            deployables.add(new Deployable(t[0], t[1], abi.creationCode(), abi.constructor()));
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new CallDecoder(Map.copyOf(map), deployables);
    }
}
