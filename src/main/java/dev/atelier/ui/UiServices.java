package dev.atelier.ui;

import dev.atelier.app.AppContext;
import dev.atelier.ui.common.ClipboardService;
import dev.atelier.ui.common.Dialogs;
import dev.atelier.ui.common.FxTaskRunner;
import dev.atelier.ui.common.ThemeManager;
import java.util.function.Consumer;

/**
 * What every screen may use: the core services (through the composition root), background tasks,
 * the dialog service, the clipboard, the theme, and a way to open links outside the app.
 */
public record UiServices(AppContext app, FxTaskRunner tasks, Dialogs dialogs, ClipboardService clipboard,
                         ThemeManager theme, Consumer<String> openLink) {
}
