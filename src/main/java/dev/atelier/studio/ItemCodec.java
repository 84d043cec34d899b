package dev.atelier.studio;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * How an item's attributes and game properties are stored in {@code studio.db} (JSON text columns),
 * written and read with Jackson's streaming API because imports encode 100,000 items at a time.
 */
final class ItemCodec {
    private static final JsonFactory JSON = new JsonFactory();

    private ItemCodec() {
    }

    static String attributes(List<Attribute> attrs) {
        if (attrs.isEmpty()) {
            return "[]";
        }
        StringWriter w = new StringWriter(64 * attrs.size());
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartArray();
            for (Attribute a : attrs) {
                g.writeStartObject();
                g.writeStringField("trait_type", a.traitType());
                if (a.value() instanceof BigDecimal d) {
                    g.writeFieldName("value");
                    g.writeNumber(d.toPlainString());
                } else {
                    g.writeStringField("value", (String) a.value());
                }
                if (a.displayType() != null) {
                    g.writeStringField("display_type", a.displayType().json());
                }
                if (a.maxValue() != null) {
                    g.writeFieldName("max_value");
                    g.writeNumber(a.maxValue().toPlainString());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    static List<Attribute> attributes(String json) {
        if (json.equals("[]")) {
            return List.of();
        }
        List<Attribute> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String trait = "";
                Object value = "";
                DisplayType display = null;
                BigDecimal max = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    JsonToken t = p.nextToken();
                    switch (f) {
                        case "trait_type" -> trait = p.getText();
                        case "value" -> value = t.isNumeric() ? p.getDecimalValue() : p.getText();
                        case "display_type" -> display = DisplayType.parse(p.getText());
                        case "max_value" -> max = p.getDecimalValue();
                        default -> p.skipChildren();
                    }
                }
                out.add(new Attribute(trait, value, display, max));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String properties(List<GameProperty> props) {
        if (props.isEmpty()) {
            return "[]";
        }
        StringWriter w = new StringWriter(48 * props.size());
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartArray();
            for (GameProperty p : props) {
                g.writeStartObject();
                g.writeStringField("key", p.key());
                g.writeStringField("type", p.type().id());
                g.writeStringField("value", p.valueText());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    static List<GameProperty> properties(String json) {
        if (json.equals("[]")) {
            return List.of();
        }
        List<GameProperty> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String key = "";
                String type = "text";
                String value = "";
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    p.nextToken();
                    switch (f) {
                        case "key" -> key = p.getText();
                        case "type" -> type = p.getText();
                        case "value" -> value = p.getText();
                        default -> p.skipChildren();
                    }
                }
                PropertyType pt = PropertyType.parse(type);
                Object v = switch (pt) {
                    case INTEGER -> new BigInteger(value);
                    case DECIMAL -> new BigDecimal(value);
                    case BOOLEAN -> Boolean.valueOf(value);
                    case TEXT -> value;
                };
                out.add(new GameProperty(key, pt, v));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Trait values joined for the full-text index. */
    static String traitText(List<Attribute> attrs) {
        if (attrs.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (Attribute a : attrs) {
            b.append(a.valueText()).append(' ');
        }
        return b.toString();
    }
}
