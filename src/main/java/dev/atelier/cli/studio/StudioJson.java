package dev.atelier.cli.studio;

import dev.atelier.studio.Collection;
import dev.atelier.studio.CollectionSummary;
import dev.atelier.studio.Issue;
import dev.atelier.studio.Item;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes the Studio commands print (a public contract: see README "Command line"). */
final class StudioJson {
    private StudioJson() {
    }

    static Map<String, Object> collection(CollectionSummary s) {
        Collection c = s.collection();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("symbol", c.symbol());
        m.put("standard", c.standard().id());
        m.put("items", s.items());
        m.put("ready", s.ready());
        m.put("warnings", s.warnings());
        m.put("errors", s.errors());
        m.put("royaltyBps", c.royaltyBps());
        m.put("royaltyReceiver", c.royaltyReceiver());
        m.put("network", c.network());
        m.put("profile", c.profile());
        m.put("contractAddress", c.contractAddress());
        m.put("baseUri", c.baseUri());
        return m;
    }

    /** {@code {"id","tokenId","name","supply","status"}}; tokenId is a decimal string (uint256). */
    static Map<String, Object> item(Item it) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", it.id());
        m.put("tokenId", it.tokenId().decimal());
        m.put("name", it.name());
        m.put("supply", it.supply());
        m.put("status", it.status().id());
        return m;
    }

    static List<Map<String, Object>> issues(List<Issue> issues) {
        return issues.stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", i.severity().name().toLowerCase(java.util.Locale.ROOT));
            m.put("field", i.field());
            m.put("message", i.message());
            return m;
        }).toList();
    }
}
