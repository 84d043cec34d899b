package dev.atelier.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.signing.AccessListEntry;
import dev.atelier.signing.CallDecoder;
import dev.atelier.signing.DecodedArg;
import dev.atelier.signing.DecodedCall;
import dev.atelier.signing.Hex;
import dev.atelier.signing.ItemReview;
import dev.atelier.signing.RawTxDecoder;
import dev.atelier.signing.Reviewer;
import dev.atelier.signing.SigningItem;
import dev.atelier.signing.TxRequest;
import dev.atelier.signing.TxType;
import dev.atelier.signing.Units;
import dev.atelier.signing.Warning;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code atelier tx decode (RAW | --in FILE)}: what a raw transaction does, as JSON — type, chain,
 * nonce, the sender recovered from the signature, recipient (with contact name), value, fees,
 * the decoded call and the warnings the Sign screen would show. Needs no vault.
 */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"Decode a raw signed transaction (0x...) into JSON: type, chainId, nonce, from (recovered),",
                "to, value, fees, the decoded call and warnings. --in FILE reads one raw transaction per line",
                "(several print a JSON array). Amounts are decimal strings in wei."})
public final class TxDecodeCommand extends CliCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "RAW", description = "The raw transaction, 0x-prefixed hex.")
        String raw;

        @Option(names = "--in", paramLabel = "FILE", description = "A file with one raw transaction per line (- for stdin).")
        Path in;
    }

    @Override
    public Integer call() throws Exception {
        List<String> raws = new ArrayList<>();
        if (source.raw != null) {
            raws.add(source.raw);
        } else {
            String text = new String(SignSupport.readInput(source.in, root().io().in()), StandardCharsets.UTF_8);
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    raws.add(line.strip());
                }
            }
            if (raws.isEmpty()) {
                throw new AtelierException("No raw transaction in " + source.in + ".");
            }
        }
        Reviewer reviewer = new Reviewer(app().contacts(), app().chainDirectory(), List.of(), app().selectedNetwork().chainId());
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            String where = raws.size() == 1 ? "" : "line " + (i + 1) + ": ";
            try {
                out.add(json(RawTxDecoder.decodeSigned(Hex.parse(raws.get(i), "The raw transaction", RawTxDecoder.MAX_RAW_BYTES)), reviewer));
            } catch (AtelierException e) {
                throw new AtelierException(where + e.userMessage(), e);
            }
        }
        if (out.size() == 1) {
            printJson(out.get(0));
        } else {
            ArrayNode arr = JsonNodeFactory.instance.arrayNode();
            out.forEach(arr::add);
            printJson(arr);
        }
        return 0;
    }

    static ObjectNode json(RawTxDecoder.Decoded d, Reviewer reviewer) {
        TxRequest tx = d.tx();
        ItemReview review = reviewer.review(0, new SigningItem.Tx(tx), tx.from());
        String symbol = reviewer.chains().currency(tx.chainId());
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("type", tx.type().hex());
        o.put("typeName", tx.type().label());
        o.put("chainId", tx.chainId());
        reviewer.chains().lookup(tx.chainId()).ifPresentOrElse(l -> o.put("network", l.name()), () -> o.putNull("network"));
        o.put("hash", Hex.of(d.hash()));
        o.put("nonce", tx.nonce());
        o.put("from", tx.from().toChecksumHex());
        if (tx.to() == null) {
            o.putNull("to");
        } else {
            o.put("to", tx.to().toChecksumHex());
        }
        review.recipient().ifPresentOrElse(c -> o.put("toContact", c.name()), () -> o.putNull("toContact"));
        o.put("value", tx.value().toString());
        o.put("valueFormatted", Units.ether(tx.value(), symbol));
        o.put("gas", tx.gas());
        if (tx.type() == TxType.DYNAMIC_FEE) {
            o.put("maxFeePerGas", tx.maxFeePerGas().toString());
            o.put("maxPriorityFeePerGas", tx.maxPriorityFeePerGas().toString());
        } else {
            o.put("gasPrice", tx.gasPrice().toString());
        }
        o.put("feeCeiling", tx.feeCeiling().toString());
        o.put("feeCeilingFormatted", Units.ether(tx.feeCeiling(), symbol));
        o.put("data", Hex.of(tx.data()));
        if (tx.type() != TxType.LEGACY) {
            ArrayNode al = o.putArray("accessList");
            for (AccessListEntry e : tx.accessList()) {
                ObjectNode entry = al.addObject();
                entry.put("address", e.address().toChecksumHex());
                ArrayNode keys = entry.putArray("storageKeys");
                e.storageKeys().forEach(k -> keys.add(Hex.of(k)));
            }
        }
        o.put("replayProtected", d.replayProtected());
        CallDecoder.Result call = review.call();
        switch (call.outcome()) {
            case NO_DATA -> o.putNull("call");
            case DECODED -> o.set("call", call(call.call(), reviewer));
            default -> {
                ObjectNode c = o.putObject("call");
                c.put("selector", call.selector());
                c.put("decoded", false);
                c.put("reason", call.outcome() == CallDecoder.Outcome.UNKNOWN_SELECTOR ? "unknown selector" : "arguments do not match the function");
            }
        }
        ArrayNode warnings = o.putArray("warnings");
        List<Warning> all = new ArrayList<>(review.warnings());
        if (!d.replayProtected()) {
            all.add(new Warning(Warning.Kind.NO_REPLAY_PROTECTION, Warning.Severity.DANGER, "No replay protection",
                    "This legacy transaction has no chain id (pre-EIP-155): it is valid on every network that accepts it."));
        }
        for (Warning w : all) {
            ObjectNode wj = warnings.addObject();
            wj.put("kind", w.kind().name().toLowerCase(Locale.ROOT));
            wj.put("severity", w.severity().name().toLowerCase(Locale.ROOT));
            wj.put("title", w.title());
            wj.put("detail", w.detail());
        }
        return o;
    }

    static ObjectNode call(DecodedCall c, Reviewer reviewer) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("selector", c.selector());
        o.put("decoded", true);
        o.put("function", c.name());
        o.put("signature", c.signature());
        ArrayNode st = o.putArray("standards");
        c.standards().forEach(st::add);
        ArrayNode args = o.putArray("args");
        c.args().forEach(a -> args.add(arg(a, reviewer)));
        return o;
    }

    private static ObjectNode arg(DecodedArg a, Reviewer reviewer) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("name", a.name());
        o.put("type", a.type());
        if (!a.elements().isEmpty() || a.value() instanceof List) {
            ArrayNode el = o.putArray("elements");
            a.elements().forEach(e -> el.add(arg(e, reviewer)));
        } else if (a.value() instanceof Boolean b) {
            o.put("value", b);
        } else {
            o.put("value", a.display());
        }
        if (a.value() instanceof Address addr) {
            reviewer.contact(addr).ifPresent(c -> o.put("contact", c.name()));
        }
        if (a.innerCall() != null) {
            o.set("call", call(a.innerCall(), reviewer));
        }
        return o;
    }

}
