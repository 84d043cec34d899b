package dev.atelier.ui.studio;

import dev.atelier.studio.CatalogStore;
import dev.atelier.studio.Item;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows of a query as a list the table can page through: it holds only the row ids (8 bytes per
 * item) and loads items a page at a time when a row becomes visible, keeping a few pages.
 */
final class LazyItems extends AbstractList<Item> {
    static final int PAGE = 100;
    private static final int PAGES_KEPT = 20;

    private final CatalogStore store;
    private final long[] ids;
    private final Map<Integer, Item[]> pages = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Item[]> eldest) {
            return size() > PAGES_KEPT;
        }
    };

    LazyItems(CatalogStore store, long[] ids) {
        this.store = store;
        this.ids = ids;
    }

    long[] ids() {
        return ids;
    }

    @Override
    public Item get(int index) {
        int page = index / PAGE;
        Item[] rows = pages.get(page);
        if (rows == null) {
            int from = page * PAGE;
            long[] slice = Arrays.copyOfRange(ids, from, Math.min(ids.length, from + PAGE));
            Map<Long, Item> loaded = store.items(slice);
            rows = new Item[slice.length];
            for (int i = 0; i < slice.length; i++) {
                rows[i] = loaded.get(slice[i]);
            }
            pages.put(page, rows);
        }
        Item it = rows[index - page * PAGE];
        return it;
    }

    /** Replaces a loaded row after an edit, so the table shows the new values without a reload. */
    void replace(Item item) {
        for (Map.Entry<Integer, Item[]> e : pages.entrySet()) {
            Item[] rows = e.getValue();
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] != null && rows[i].id() == item.id()) {
                    rows[i] = item;
                }
            }
        }
    }

    int indexOf(long itemId) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == itemId) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return ids.length;
    }
}
