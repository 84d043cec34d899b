package dev.atelier.asset.cid;

import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes a CAR v1 archive (https://ipld.io/specs/transport/car/carv1/) holding every block of a
 * file's or folder's UnixFS DAG, with that DAG's root as the only root — what pinning services
 * accept for upload. Blocks are streamed in the order they are made (leaves first); duplicates are
 * written once. The archive appears atomically: a temporary file in the target folder is renamed
 * when complete, so a failure never leaves half a CAR behind.
 */
public final class CarWriter {
    /** varint(58) + dag-cbor {"roots": [CID], "version": 1} for one 36-byte CIDv1: a fixed size. */
    static final int HEADER_SIZE = 59;

    private CarWriter() {
    }

    /** Exports {@code source} (file or folder) to {@code car}; returns the root CID. */
    public static Cid export(Path source, Path car, ProgressSink progress) {
        Path target = car.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new AtelierException("The folder for " + car + " does not exist. Create it or choose another place.");
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw new AtelierException("Cannot write in " + dir + ": " + e.getMessage(), e);
        }
        try {
            Cid root;
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.allocate(HEADER_SIZE));
                Blocks blocks = new Blocks(new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 20));
                UnixFsImporter importer = new UnixFsImporter(blocks, progress);
                try {
                    root = Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)
                            ? importer.importDirectory(source).cid() : importer.importFile(source).cid();
                    blocks.out.flush();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                ch.write(ByteBuffer.wrap(header(root)), 0);
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return root;
        } catch (IOException e) {
            throw new AtelierException("Could not write " + car + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the rename succeeded or the failure is already reported
            }
        }
    }

    /** The CAR v1 header: varint length, then the dag-cbor map with keys in canonical (length-first) order. */
    static byte[] header(Cid root) {
        byte[] out = new byte[HEADER_SIZE];
        int i = 0;
        out[i++] = HEADER_SIZE - 1;
        out[i++] = (byte) 0xa2; // map(2)
        i = text(out, i, "roots");
        out[i++] = (byte) 0x81; // array(1)
        out[i++] = (byte) 0xd8; // tag(42): CID
        out[i++] = 42;
        out[i++] = 0x58; // bytes, one-byte length
        out[i++] = (byte) (root.length() + 1);
        out[i++] = 0x00; // multibase identity prefix required by the dag-cbor CID encoding
        root.writeTo(out, i);
        i += root.length();
        i = text(out, i, "version");
        out[i++] = 0x01;
        if (i != HEADER_SIZE) {
            throw new IllegalStateException("CAR header size " + i);
        }
        return out;
    }

    private static int text(byte[] out, int i, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        out[i++] = (byte) (0x60 | b.length);
        System.arraycopy(b, 0, out, i, b.length);
        return i + b.length;
    }

    private static final class Blocks implements BlockSink {
        private final OutputStream out;
        private final Set<Cid> written = new HashSet<>();
        private final byte[] prefix = new byte[10 + 36];

        Blocks(OutputStream out) {
            this.out = out;
        }

        @Override
        public void put(Cid cid, byte[] data, int offset, int length) {
            if (!written.add(cid)) {
                return;
            }
            int p = Protobuf.writeVarint(prefix, 0, (long) cid.length() + length);
            cid.writeTo(prefix, p);
            try {
                out.write(prefix, 0, p + cid.length());
                out.write(data, offset, length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
