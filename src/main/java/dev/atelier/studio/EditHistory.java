package dev.atelier.studio;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo for one item's edits: each saved edit records the item before and after. Undo
 * returns the version to save back; a new edit after undo drops the redo branch. Bounded so a long
 * session does not grow without limit.
 */
public final class EditHistory {
    public static final int LIMIT = 200;

    private record Edit(Item before, Item after) {
    }

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    /** Records an edit that was saved; ignored when nothing changed. */
    public void record(Item before, Item after) {
        if (before.sameContent(after)) {
            return;
        }
        undo.push(new Edit(before, after));
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** The version to restore, if there is an edit to undo. */
    public Optional<Item> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Edit e = undo.pop();
        redo.push(e);
        return Optional.of(e.before());
    }

    public Optional<Item> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Edit e = redo.pop();
        undo.push(e);
        return Optional.of(e.after());
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public void clear() {
        undo.clear();
        redo.clear();
    }
}
