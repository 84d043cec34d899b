package dev.atelier.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one real anvil per test class on a free port and stops it after the class:
 * {@code @RegisterExtension static final AnvilExtension ANVIL = new AnvilExtension();}
 */
public final class AnvilExtension implements BeforeAllCallback, AfterAllCallback {
    private final String[] args;
    private Anvil anvil;

    public AnvilExtension(String... extraAnvilArgs) {
        this.args = extraAnvilArgs;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        anvil = Anvil.start(0, null, args);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (anvil != null) {
            anvil.close();
        }
    }

    public Anvil anvil() {
        return anvil;
    }

    public String rpcUrl() {
        return anvil.rpcUrl();
    }
}
