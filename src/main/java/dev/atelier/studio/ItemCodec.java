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

    // Compact forms (imports store 100,000 rows at a time; every byte is written twice by the WAL):
    //   attributes: [["Rarity","Epic"],["Level",3,"number",60],["Power",5,"boost_number"]]
    //   properties: [["damage","int","12"],["slot","text","hand"]]

    static String attributes(List<Attribute> attrs) {
        if (attrs.isEmpty()) {
            return "[]";
        }
        StringWriter w = new StringWriter(32 * attrs.size());
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartArray();
            for (Attribute a : attrs) {
                g.writeStartArray();
                g.writeString(a.traitType());
                if (a.value() instanceof BigDecimal d) {
                    g.writeNumber(d.toPlainString());
                } else {
                    g.writeString((String) a.value());
                }
                if (a.displayType() != null || a.maxValue() != null) {
                    if (a.displayType() == null) {
                        g.writeNull();
                    } else {
                        g.writeString(a.displayType().json());
                    }
                    if (a.maxValue() != null) {
                        g.writeNumber(a.maxValue().toPlainString());
                    }
                }
                g.writeEndArray();
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
            while (p.nextToken() == JsonToken.START_ARRAY) {
                p.nextToken();
                String trait = p.getText();
                JsonToken t = p.nextToken();
                Object value = t.isNumeric() ? p.getDecimalValue() : p.getText();
                DisplayType display = null;
                BigDecimal max = null;
                if (p.nextToken() != JsonToken.END_ARRAY) {
                    display = p.currentToken() == JsonToken.VALUE_NULL ? null : DisplayType.parse(p.getText());
                    if (p.nextToken() != JsonToken.END_ARRAY) {
                        max = p.getDecimalValue();
                        p.nextToken();
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
        StringWriter w = new StringWriter(24 * props.size());
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartArray();
            for (GameProperty p : props) {
                g.writeStartArray();
                g.writeString(p.key());
                g.writeString(p.type().id());
                g.writeString(p.valueText());
                g.writeEndArray();
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
            while (p.nextToken() == JsonToken.START_ARRAY) {
                p.nextToken();
                String key = p.getText();
                p.nextToken();
                PropertyType pt = PropertyType.parse(p.getText());
                p.nextToken();
                String value = p.getText();
                p.nextToken(); // END_ARRAY
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
