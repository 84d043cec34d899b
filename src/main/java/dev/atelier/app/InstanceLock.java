package dev.atelier.app;

import dev.atelier.common.PrivateFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One desktop window per home. The first GUI holds an OS file lock on {@code gui.lock} and listens
 * on a loopback port; a second GUI on the same home fails to take the lock, sends the first a
 * "show" request carrying a random token (readable only by the owner: the home is 0700), and exits.
 * A request may carry a file to open (a signing request double-clicked in the file manager).
 * The CLI never takes this lock, so it can run beside the window.
 */
public final class InstanceLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InstanceLock.class);
    private static final String SHOW = "show ";

    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private final Path portFile;
    private final ExecutorService listener;

    private InstanceLock(FileChannel channel, FileLock lock, ServerSocket server, Path portFile, ExecutorService listener) {
        this.channel = channel;
        this.lock = lock;
        this.server = server;
        this.portFile = portFile;
        this.listener = listener;
    }

    /** Takes the lock, or returns empty when another window already holds it. */
    public static Optional<InstanceLock> tryAcquire(Path lockFile, Runnable onShowRequest) throws IOException {
        return tryAcquire(lockFile, file -> onShowRequest.run());
    }

    /**
     * Takes the lock, or returns empty when another window already holds it. {@code onShowRequest}
     * receives the file the second launch was asked to open, or null.
     */
    public static Optional<InstanceLock> tryAcquire(Path lockFile, java.util.function.Consumer<Path> onShowRequest)
            throws IOException {
        PrivateFiles.ensureFile(lockFile);
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE, StandardOpenOption.READ);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            return Optional.empty();
        }
        String token = HexFormat.of().formatHex(randomBytes());
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        Path portFile = portFile(lockFile);
        PrivateFiles.writeAtomically(portFile, (server.getLocalPort() + " " + token + "\n").getBytes(StandardCharsets.UTF_8));
        ExecutorService listener = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "atelier-instance-listener");
            t.setDaemon(true);
            return t;
        });
        listener.execute(() -> listen(server, token, onShowRequest));
        return Optional.of(new InstanceLock(ch, lock, server, portFile, listener));
    }

    /** Asks the window that holds the lock to come forward. Returns false when none answered. */
    public static boolean signalRunningInstance(Path lockFile) {
        return signalRunningInstance(lockFile, null);
    }

    /** Asks the window that holds the lock to come forward and open {@code file} (may be null). */
    public static boolean signalRunningInstance(Path lockFile, Path file) {
        try {
            String[] parts = Files.readString(portFile(lockFile), StandardCharsets.UTF_8).trim().split(" ");
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts[0])), 2_000);
                OutputStream out = s.getOutputStream();
                String request = SHOW + parts[1] + (file == null ? "" : " " + file.toAbsolutePath());
                out.write((request + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.info("No running window answered the show request: {}", e.toString());
            return false;
        }
    }

    private static void listen(ServerSocket server, String token, java.util.function.Consumer<Path> onShowRequest) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(2_000);
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                String line = in.readLine();
                String prefix = SHOW + token;
                if (line != null && line.equals(prefix)) {
                    onShowRequest.accept(null);
                } else if (line != null && line.startsWith(prefix + " ") && line.length() < 4096) {
                    onShowRequest.accept(Path.of(line.substring(prefix.length() + 1)));
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.debug("Instance listener: {}", e.toString());
                }
            }
        }
    }

    private static Path portFile(Path lockFile) {
        return lockFile.resolveSibling(lockFile.getFileName() + ".port");
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return b;
    }

    @Override
    public void close() {
        try {
            server.close();
            listener.shutdownNow();
            Files.deleteIfExists(portFile);
            lock.release();
            channel.close();
        } catch (IOException e) {
            LOG.warn("Releasing the instance lock failed", e);
        }
    }
}
