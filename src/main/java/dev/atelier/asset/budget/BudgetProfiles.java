package dev.atelier.asset.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.common.AtelierException;
import dev.atelier.db.BudgetProfileStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The built-in profiles plus the studio's own, saved in {@code studio.db}. */
public final class BudgetProfiles {
    public static final int MAX_NAME_LENGTH = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BudgetProfileStore store;

    public BudgetProfiles(BudgetProfileStore store) {
        this.store = store;
    }

    public List<BudgetProfile> all() {
        List<BudgetProfile> out = new ArrayList<>(BuiltInProfiles.ALL);
        for (BudgetProfileStore.Row row : store.list()) {
            parse(row).ifPresent(out::add);
        }
        return out;
    }

    /** Finds a profile by name, ignoring case. */
    public Optional<BudgetProfile> find(String name) {
        Optional<BudgetProfile> builtIn = builtIn(name);
        return builtIn.isPresent() ? builtIn : store.get(name.trim()).flatMap(BudgetProfiles::parse);
    }

    public static Optional<BudgetProfile> builtIn(String name) {
        return BuiltInProfiles.ALL.stream().filter(p -> p.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public BudgetProfile save(BudgetProfile profile) {
        String name = profile.name() == null ? "" : profile.name().trim();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new AtelierException("A profile needs a name of 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        if (builtIn(name).isPresent()) {
            throw new AtelierException("'" + name + "' is a built-in profile. Choose another name for your own.");
        }
        if (profile.limits().isEmpty()) {
            throw new AtelierException("A profile needs at least one limit.");
        }
        for (BudgetLimit l : profile.limits()) {
            if (l.metric().numeric() && l.max() <= 0) {
                throw new AtelierException(l.metric().label() + " must have a maximum above zero.");
            }
            if (l.metric() == Metric.MEDIA_TYPE && l.allowed().isEmpty()) {
                throw new AtelierException("Media type needs at least one allowed type.");
            }
        }
        BudgetProfile saved = new BudgetProfile(name, profile.description() == null ? "" : profile.description(), false, profile.limits());
        store.put(name, toJson(saved));
        return saved;
    }

    public boolean delete(String name) {
        if (builtIn(name).isPresent()) {
            throw new AtelierException("Built-in profiles cannot be deleted.");
        }
        return store.delete(name.trim());
    }

    static String toJson(BudgetProfile p) {
        ObjectNode root = JSON.createObjectNode();
        root.put("description", p.description());
        ArrayNode limits = root.putArray("limits");
        for (BudgetLimit l : p.limits()) {
            ObjectNode n = limits.addObject();
            n.put("metric", l.metric().name());
            n.put("max", l.max());
            ArrayNode allowed = n.putArray("allowed");
            l.allowed().forEach(allowed::add);
        }
        return root.toString();
    }

    static Optional<BudgetProfile> parse(BudgetProfileStore.Row row) {
        try {
            JsonNode root = JSON.readTree(row.definition());
            List<BudgetLimit> limits = new ArrayList<>();
            for (JsonNode n : root.path("limits")) {
                List<String> allowed = new ArrayList<>();
                n.path("allowed").forEach(a -> allowed.add(a.asText().toLowerCase(Locale.ROOT)));
                limits.add(new BudgetLimit(Metric.valueOf(n.path("metric").asText()), n.path("max").asLong(), allowed));
            }
            return Optional.of(new BudgetProfile(row.name(), root.path("description").asText(""), false, limits));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // written by a newer version with an unknown metric: not offered
        }
    }
}
