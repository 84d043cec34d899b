package dev.atelier.studio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.common.AtelierException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Token metadata JSON as marketplaces read it: the EIP-721 / EIP-1155 metadata schema fields
 * ({@code name}, {@code description}, {@code image}; 1155 {@code properties}) plus OpenSea's
 * {@code animation_url}, {@code external_url}, {@code background_color} and {@code attributes}.
 * Empty fields are left out; numbers keep the digits they were typed with.
 */
public final class Metadata {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    public static final ObjectMapper MAPPER = new ObjectMapper().setNodeFactory(NODES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private Metadata() {
    }

    /** The item's metadata with media fields passed through {@code media} (e.g. file path → ipfs:// URI). */
    public static ObjectNode toJson(Item item, UnaryOperator<String> media) {
        ObjectNode o = NODES.objectNode();
        o.put("name", item.name());
        putIfSet(o, "description", item.description());
        putIfSet(o, "image", item.image().isBlank() ? "" : media.apply(item.image()));
        putIfSet(o, "animation_url", item.animationUrl().isBlank() ? "" : media.apply(item.animationUrl()));
        putIfSet(o, "external_url", item.externalUrl());
        putIfSet(o, "background_color", item.backgroundColor());
        if (!item.attributes().isEmpty()) {
            ArrayNode attrs = o.putArray("attributes");
            for (Attribute a : item.attributes()) {
                ObjectNode n = attrs.addObject();
                if (a.displayType() != null) {
                    n.put("display_type", a.displayType().json());
                }
                if (!a.traitType().isEmpty()) {
                    n.put("trait_type", a.traitType());
                }
                if (a.value() instanceof BigDecimal d) {
                    n.put("value", d);
                } else {
                    n.put("value", (String) a.value());
                }
                if (a.maxValue() != null) {
                    n.put("max_value", a.maxValue());
                }
            }
        }
        if (!item.properties().isEmpty()) {
            ObjectNode props = o.putObject("properties");
            for (GameProperty p : item.properties()) {
                switch (p.type()) {
                    case INTEGER -> props.put(p.key(), (BigInteger) p.value());
                    case DECIMAL -> props.put(p.key(), (BigDecimal) p.value());
                    case BOOLEAN -> props.put(p.key(), (Boolean) p.value());
                    case TEXT -> props.put(p.key(), (String) p.value());
                }
            }
        }
        return o;
    }

    public static String toJsonText(Item item, UnaryOperator<String> media) {
        try {
            return MAPPER.writeValueAsString(toJson(item, media));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putIfSet(ObjectNode o, String field, String value) {
        if (value != null && !value.isBlank()) {
            o.put(field, value);
        }
    }

    /** The fields of a metadata document, read leniently (imports of files written by other tools). */
    public record Parsed(String name, String description, String image, String animationUrl, String externalUrl,
                         String backgroundColor, List<Attribute> attributes, List<GameProperty> properties) {
        public Item toItem(long collectionId, TokenId tokenId) {
            return Item.draft(collectionId, tokenId, name).withDescription(description).withImage(image)
                    .withAnimationUrl(animationUrl).withExternalUrl(externalUrl).withBackgroundColor(backgroundColor)
                    .withAttributes(attributes).withProperties(properties);
        }
    }

    /** Reads a metadata object; a wrongly typed field is an error that names it. */
    public static Parsed parse(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new AtelierException("The file is not a metadata JSON object.");
        }
        List<Attribute> attrs = new ArrayList<>();
        JsonNode a = n.get("attributes");
        if (a != null && !a.isNull()) {
            if (!a.isArray()) {
                throw new AtelierException("'attributes' must be an array of {trait_type, value} objects.");
            }
            for (JsonNode e : a) {
                attrs.add(parseAttribute(e));
            }
        }
        List<GameProperty> props = new ArrayList<>();
        JsonNode p = n.get("properties");
        if (p != null && p.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                props.add(parseProperty(e.getKey(), e.getValue()));
            }
        }
        return new Parsed(text(n, "name"), text(n, "description"), text(n, "image"), text(n, "animation_url"),
                text(n, "external_url"), text(n, "background_color"), attrs, props);
    }

    private static Attribute parseAttribute(JsonNode e) {
        if (!e.isObject()) {
            throw new AtelierException("Each entry of 'attributes' must be an object with trait_type and value.");
        }
        String trait = text(e, "trait_type");
        JsonNode v = e.get("value");
        if (v == null || v.isNull()) {
            throw new AtelierException("The attribute '" + trait + "' has no value.");
        }
        Object value = v.isNumber() ? v.decimalValue() : v.isBoolean() ? v.asText() : v.isTextual() ? v.textValue() : v.toString();
        DisplayType display = e.hasNonNull("display_type") ? DisplayType.parse(e.get("display_type").asText()) : null;
        BigDecimal max = null;
        JsonNode m = e.get("max_value");
        if (m != null && !m.isNull()) {
            if (!m.isNumber()) {
                throw new AtelierException("max_value of '" + trait + "' must be a number.");
            }
            max = m.decimalValue();
        }
        return new Attribute(trait, value, display, max);
    }

    private static GameProperty parseProperty(String key, JsonNode v) {
        if (v.isIntegralNumber()) {
            return new GameProperty(key, PropertyType.INTEGER, v.bigIntegerValue());
        }
        if (v.isNumber()) {
            return new GameProperty(key, PropertyType.DECIMAL, v.decimalValue());
        }
        if (v.isBoolean()) {
            return new GameProperty(key, PropertyType.BOOLEAN, v.booleanValue());
        }
        return new GameProperty(key, PropertyType.TEXT, v.isTextual() ? v.textValue() : v.toString());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new AtelierException("'" + field + "' must be a string, not " + v.getNodeType().name().toLowerCase() + ".");
        }
        return v.textValue();
    }
}
