package dev.atelier.studio.imports;

import dev.atelier.common.AtelierException;
import dev.atelier.studio.DisplayType;
import dev.atelier.studio.PropertyType;
import java.math.BigDecimal;
import java.util.Locale;

/** Where one CSV column goes: nowhere, an item field, an attribute, or a typed game property. */
public sealed interface ColumnTarget {
    record Ignore() implements ColumnTarget {
        @Override
        public String label() {
            return "(ignore)";
        }
    }

    record Field(ItemField field) implements ColumnTarget {
        @Override
        public String label() {
            return field.label();
        }
    }

    /** An {@code attributes} entry named {@code trait}; with a display type, values must be numbers. */
    record Trait(String trait, DisplayType displayType, BigDecimal maxValue) implements ColumnTarget {
        @Override
        public String label() {
            return "Attribute: " + trait + (displayType == null ? "" : " (" + displayType.json() + ")");
        }
    }

    record Property(String key, PropertyType type) implements ColumnTarget {
        @Override
        public String label() {
            return "Game property: " + key + " (" + type.id() + ")";
        }
    }

    String label();

    ColumnTarget IGNORE = new Ignore();

    /**
     * The target a header names: a field name ({@code name}, {@code image}, ...),
     * {@code attr:<Trait>[:<display_type>[:<max_value>]]}, or {@code prop:<key>[:int|decimal|text|bool]}.
     */
    static ColumnTarget fromHeader(String header) {
        String h = header.strip();
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("attr:")) {
            String[] parts = h.substring(5).split(":", -1);
            String trait = parts[0].strip();
            if (trait.isEmpty()) {
                throw new AtelierException("The column '" + header + "' has no trait name: write attr:<Trait>, e.g. attr:Rarity.");
            }
            DisplayType d = parts.length > 1 && !parts[1].isBlank() ? DisplayType.parse(parts[1]) : null;
            BigDecimal max = null;
            if (parts.length > 2 && !parts[2].isBlank()) {
                try {
                    max = new BigDecimal(parts[2].strip());
                } catch (NumberFormatException e) {
                    throw new AtelierException("The column '" + header + "' has a max_value that is not a number.");
                }
            }
            return new Trait(trait, d, max);
        }
        if (lower.startsWith("prop:")) {
            String[] parts = h.substring(5).split(":", -1);
            String key = parts[0].strip();
            if (key.isEmpty()) {
                throw new AtelierException("The column '" + header + "' has no property name: write prop:<key>[:type], e.g. prop:damage:int.");
            }
            return new Property(key, parts.length > 1 ? PropertyType.parse(parts[1]) : PropertyType.TEXT);
        }
        return ItemField.byHeader(h).<ColumnTarget>map(Field::new).orElse(IGNORE);
    }
}
