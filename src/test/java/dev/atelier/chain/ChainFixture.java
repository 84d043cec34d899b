package dev.atelier.chain;

import dev.atelier.chain.sandbox.AnvilLocator;
import dev.atelier.chain.sandbox.Sandbox;
import dev.atelier.chain.tx.TxQueue;
import dev.atelier.chain.tx.TxStore;
import dev.atelier.db.Database;
import dev.atelier.db.MigrationSet;
import java.nio.file.Path;
import java.util.Map;

/** A real studio.db in a temp folder with the chain services over it, as AppContext wires them. */
public final class ChainFixture implements AutoCloseable {
    public final Database db;
    public final Networks networks;
    public final TxQueue queue;

    public ChainFixture(Path dir) {
        db = Database.open(dir.resolve("studio.db"), MigrationSet.studio());
        networks = new Networks(new NetworkStore(db), RpcSecrets.NONE,
                new Sandbox(dir.resolve("sandbox"), new AnvilLocator("", Map.of())));
        queue = new TxQueue(new TxStore(db), networks);
    }

    /** Adds the node at {@code rpcUrl} as a custom network (its chain id checked like a user's would be). */
    public Network addLocal(String name, String rpcUrl) {
        return networks.add(new Networks.NewNetwork(name, rpcUrl, 31337, "ETH", "https://explorer.example"));
    }

    @Override
    public void close() {
        db.close();
    }
}
