package dev.atelier.asset.cid;

import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Builds the UnixFS DAG of a file or folder exactly as kubo's {@code ipfs add --cid-version 1}
 * does with its defaults (boxo importer): fixed 256 KiB chunks stored as raw leaves, a balanced
 * tree of dag-pb file nodes with at most 174 links each, a single chunk is its own root, and
 * folders are dag-pb directories with links sorted by name, or HAMT shards when large (hidden
 * entries skipped, symlinks stored as UnixFS symlinks, never followed). Leaves are read and hashed in parallel on all cores.
 */
public final class UnixFsImporter {
    public static final int CHUNK_SIZE = 256 * 1024;
    public static final int MAX_LINKS = 174;
    /** kubo's Import.UnixFSHAMTDirectorySizeThreshold: larger folders become HAMT shards. */
    static final int HAMT_THRESHOLD_BYTES = 256 * 1024;
    private static final int BATCH = 64;

    /** A finished node: its CID, its cumulative block size (a link's Tsize) and its content size. */
    public record Imported(Cid cid, long tsize, long contentSize) {
    }

    private final BlockSink sink;
    private final ProgressSink progress;
    /** For nodes built on the calling thread; leaves hashed in parallel use their own digests. */
    private final MessageDigest sha256 = newSha256();
    private long totalBytes;
    private long doneBytes;

    public UnixFsImporter(BlockSink sink, ProgressSink progress) {
        this.sink = sink;
        this.progress = progress;
    }

    public Imported importFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw notFound(file);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            totalBytes = Math.max(totalBytes, size);
            return importChannel(ch, size, file);
        } catch (NoSuchFileException e) {
            throw notFound(file);
        } catch (AccessDeniedException e) {
            throw new AtelierException("Cannot read " + file + ": permission denied.", e);
        } catch (IOException e) {
            throw new AtelierException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    public Imported importDirectory(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw notFound(dir);
        }
        totalBytes = sizeOf(dir);
        return directory(dir);
    }

    private Imported directory(Path dir) {
        progress.checkCancelled();
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (!p.getFileName().toString().startsWith(".")) {
                    children.add(p);
                }
            }
        } catch (IOException e) {
            throw new AtelierException("Could not list the folder " + dir + ": " + e.getMessage(), e);
        }
        // dag-pb links are sorted by the bytes of their names.
        children.sort((a, b) -> Arrays.compareUnsigned(nameBytes(a), nameBytes(b)));
        List<DagPbNode.Link> links = new ArrayList<>(children.size());
        long estimate = 0;
        long tsizes = 0;
        for (Path child : children) {
            Imported entry;
            if (Files.isSymbolicLink(child)) {
                entry = symlink(child);
            } else if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                entry = directory(child);
            } else if (Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
                entry = importFile(child);
            } else {
                throw new AtelierException(child + " is neither a file nor a folder (a device or socket?). Remove it from the folder and try again.");
            }
            String name = child.getFileName().toString();
            // kubo's (and ipfs-unixfs-importer's "links-bytes") estimate of the plain node's size
            estimate += nameBytes(child).length + entry.cid().length();
            links.add(new DagPbNode.Link(entry.cid(), name, entry.tsize()));
            tsizes += entry.tsize();
        }
        if (estimate > HAMT_THRESHOLD_BYTES) {
            List<HamtShard.Entry> entries = new ArrayList<>(links.size());
            for (DagPbNode.Link l : links) {
                entries.add(HamtShard.Entry.of(l.name(), new Imported(l.cid(), l.tsize(), 0)));
            }
            return HamtShard.build(entries, 0, this::putNode);
        }
        byte[] node = DagPbNode.directoryNode(links);
        Cid cid = putNode(node);
        return new Imported(cid, node.length + tsizes, 0);
    }

    private Cid putNode(byte[] node) {
        Cid cid = Cid.of(Cid.DAG_PB, digest(node, 0, node.length));
        sink.put(cid, node, 0, node.length);
        return cid;
    }

    private Imported symlink(Path link) {
        try {
            byte[] target = Files.readSymbolicLink(link).toString().getBytes(StandardCharsets.UTF_8);
            byte[] node = DagPbNode.symlinkNode(target);
            Cid cid = Cid.of(Cid.DAG_PB, digest(node, 0, node.length));
            sink.put(cid, node, 0, node.length);
            return new Imported(cid, node.length, 0);
        } catch (IOException e) {
            throw new AtelierException("Could not read the link " + link + ": " + e.getMessage(), e);
        }
    }

    private Imported importChannel(FileChannel ch, long size, Path file) {
        long leafCount = size == 0 ? 1 : (size + CHUNK_SIZE - 1) / CHUNK_SIZE;
        if (leafCount > Integer.MAX_VALUE) {
            throw new AtelierException(file + " is too large to address (over 512 TiB).");
        }
        int n = (int) leafCount;
        Imported[] leaves = new Imported[n];
        if (!sink.wantsData()) {
            new LeafHasher(ch, size, file, leaves, progress, totalBytes, doneBytes).run();
            doneBytes += size;
            return balancedTree(List.of(leaves));
        }
        for (int start = 0; start < n; start += BATCH) {
            progress.checkCancelled();
            int from = start;
            int to = Math.min(n, start + BATCH);
            byte[][] data = new byte[to - from][];
            try {
                IntStream.range(from, to).parallel().forEach(i -> {
                    long pos = (long) i * CHUNK_SIZE;
                    int len = (int) Math.min(CHUNK_SIZE, size - pos);
                    byte[] buf = new byte[len];
                    readFully(ch, buf, len, pos, file);
                    MessageDigest md = newSha256();
                    md.update(buf, 0, len);
                    leaves[i] = new Imported(Cid.of(Cid.RAW, md.digest()), len, len);
                    data[i - from] = buf;
                });
            } catch (UncheckedIOException e) {
                throw new AtelierException("Could not read " + file + ": " + e.getCause().getMessage(), e.getCause());
            }
            for (int i = from; i < to; i++) {
                byte[] d = data[i - from];
                sink.put(leaves[i].cid(), d, 0, d.length);
            }
            doneBytes += Math.min(size, (long) to * CHUNK_SIZE) - Math.min(size, (long) from * CHUNK_SIZE);
            progress.progress(doneBytes, Math.max(totalBytes, 1));
        }
        return balancedTree(List.of(leaves));
    }

    /** Groups nodes into parents of at most 174 links, level by level, until one root is left. */
    private Imported balancedTree(List<Imported> level) {
        while (level.size() > 1) {
            List<Imported> next = new ArrayList<>((level.size() + MAX_LINKS - 1) / MAX_LINKS);
            for (int i = 0; i < level.size(); i += MAX_LINKS) {
                List<Imported> group = level.subList(i, Math.min(level.size(), i + MAX_LINKS));
                List<DagPbNode.Link> links = new ArrayList<>(group.size());
                long[] sizes = new long[group.size()];
                long tsizes = 0;
                long content = 0;
                for (int k = 0; k < group.size(); k++) {
                    Imported c = group.get(k);
                    links.add(new DagPbNode.Link(c.cid(), "", c.tsize()));
                    sizes[k] = c.contentSize();
                    tsizes += c.tsize();
                    content += c.contentSize();
                }
                byte[] node = DagPbNode.fileNode(links, sizes);
                Cid cid = Cid.of(Cid.DAG_PB, digest(node, 0, node.length));
                sink.put(cid, node, 0, node.length);
                next.add(new Imported(cid, node.length + tsizes, content));
            }
            level = next;
        }
        return level.get(0);
    }

    private static void readFully(FileChannel ch, byte[] buf, int len, long pos, Path file) {
        ByteBuffer bb = ByteBuffer.wrap(buf, 0, len);
        try {
            while (bb.hasRemaining()) {
                int r = ch.read(bb, pos + bb.position());
                if (r < 0) {
                    throw new IOException(file + " became shorter while it was being read");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] digest(byte[] data, int off, int len) {
        sha256.update(data, off, len);
        return sha256.digest();
    }

    private static byte[] nameBytes(Path p) {
        return p.getFileName().toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long sizeOf(Path dir) {
        try (var walk = Files.walk(dir)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static AtelierException notFound(Path p) {
        return new AtelierException(p + " does not exist or cannot be read. Check the path.");
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

}
