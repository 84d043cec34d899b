package dev.atelier.studio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditHistoryTest {
    final Item a = Item.draft(1, TokenId.of(1), "A");

    @Test
    void undoAndRedoWalkTheEditsAndANewEditDropsTheRedoBranch() {
        EditHistory h = new EditHistory();
        Item b = a.withName("B");
        Item c = b.withName("C");
        h.record(a, b);
        h.record(b, c);
        h.record(c, c.withVerdict(Verdict.READY)); // same content: not an edit
        assertThat(h.undo()).contains(b);
        assertThat(h.undo()).contains(a);
        assertThat(h.undo()).isEmpty();
        assertThat(h.redo()).contains(b);
        h.record(b, b.withName("D"));
        assertThat(h.canRedo()).isFalse();
        assertThat(h.undo().orElseThrow().name()).isEqualTo("B");
    }

    @Test
    void historyIsBounded() {
        EditHistory h = new EditHistory();
        Item cur = a;
        for (int i = 0; i < EditHistory.LIMIT + 50; i++) {
            Item next = cur.withName("N" + i);
            h.record(cur, next);
            cur = next;
        }
        int undone = 0;
        while (h.undo().isPresent()) {
            undone++;
        }
        assertThat(undone).isEqualTo(EditHistory.LIMIT);
    }
}
