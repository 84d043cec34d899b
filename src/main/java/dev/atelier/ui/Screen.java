package dev.atelier.ui;

import javafx.scene.input.KeyCode;

/** The seven screens of the left navigation, in order (Ctrl+1 … Ctrl+7). */
public enum Screen {
    WALLET("Wallet", "mdi2w-wallet-outline", "wallet", KeyCode.DIGIT1),
    SIGN("Sign", "mdi2f-file-sign", "sign", KeyCode.DIGIT2),
    STUDIO("Studio", "mdi2p-palette-outline", "studio", KeyCode.DIGIT3),
    ASSETS("Assets", "mdi2c-cube-outline", "assets", KeyCode.DIGIT4),
    NETWORKS("Networks", "mdi2l-lan-connect", "networks", KeyCode.DIGIT5),
    ACTIVITY("Activity", "mdi2h-history", "activity", KeyCode.DIGIT6),
    SETTINGS("Settings", "mdi2c-cog-outline", "settings", KeyCode.DIGIT7);

    private final String title;
    private final String icon;
    private final String id;
    private final KeyCode shortcut;

    Screen(String title, String icon, String id, KeyCode shortcut) {
        this.title = title;
        this.icon = icon;
        this.id = id;
        this.shortcut = shortcut;
    }

    public String title() {
        return title;
    }

    /** Ikonli Material Design 2 icon literal. */
    public String icon() {
        return icon;
    }

    /** Stable id: node ids ({@code screen-wallet}, {@code nav-wallet}) and help page names ({@code wallet.md}). */
    public String id() {
        return id;
    }

    public KeyCode shortcut() {
        return shortcut;
    }

    public String helpResource() {
        return "/dev/atelier/help/" + id + ".md";
    }
}
