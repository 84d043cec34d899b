package dev.atelier.asset.cid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.common.AtelierException;
import dev.atelier.testing.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our CIDs equal the reference implementation's (ipfs-only-hash / ipfs-unixfs-importer with kubo's defaults). */
class CidTest {
    static final int K256 = 256 * 1024;

    @TempDir
    Path dir;

    static Path randomFile(Path dir, String name, long size, long seed) throws IOException {
        Path f = dir.resolve(name);
        Random r = new Random(seed);
        byte[] buf = new byte[1 << 16];
        try (var out = Files.newOutputStream(f)) {
            for (long left = size; left > 0; ) {
                int n = (int) Math.min(buf.length, left);
                r.nextBytes(buf);
                out.write(buf, 0, n);
                left -= n;
            }
        }
        return f;
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(longs = {0, 1, K256 - 1, K256, K256 + 1, 3L * K256 + 17, 174L * K256, 174L * K256 + 1})
    void fileCidEqualsIpfsOnlyHash(long size) throws Exception {
        Path f = randomFile(dir, "f" + size, size, size);
        String expected = Tools.node("unixfs-cid.mjs", "file", f.toString());
        assertThat(Cid.ofFile(f).toString()).isEqualTo(expected);
    }

    @Test
    void emptyFileIsTheWellKnownEmptyRawBlock() throws IOException {
        Path f = Files.createFile(dir.resolve("empty"));
        // The CID of zero bytes (raw codec, SHA-256 of nothing), the same in every IPFS implementation.
        assertThat(Cid.ofFile(f).toString()).isEqualTo("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku");
    }

    @Test
    void folderCidEqualsTheReferenceImporter() throws Exception {
        Path root = Files.createDirectories(dir.resolve("collection"));
        Files.createDirectories(root.resolve("images"));
        Files.createDirectories(root.resolve("empty-folder"));
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/HEAD"), "hidden: not added, like kubo without -H");
        Files.writeString(root.resolve(".DS_Store"), "hidden");
        Files.writeString(root.resolve("1.json"), "{\"name\":\"One\"}");
        Files.writeString(root.resolve("10.json"), "{\"name\":\"Ten\"}");
        Files.writeString(root.resolve("B.json"), "upper case sorts before lower case");
        Files.writeString(root.resolve("é.txt"), "non-ASCII names sort by UTF-8 bytes");
        Files.createFile(root.resolve("empty.bin"));
        randomFile(root.resolve("images"), "big.png", 2L * K256 + 5, 7);
        randomFile(root.resolve("images"), "small.png", 1000, 8);
        String expected = Tools.node("unixfs-cid.mjs", "dir", root.toString());
        assertThat(Cid.ofDirectory(root).toString()).isEqualTo(expected);
        assertThat(Cid.of(root)).isEqualTo(Cid.ofDirectory(root));
    }

    @Test
    void largeFolderIsShardedLikeKubo() throws Exception {
        // 6,500 metadata files: the plain directory estimate (names + CIDs) passes 256 KiB, so kubo
        // stores the folder as a HAMT shard.
        Path root = Files.createDirectories(dir.resolve("metadata"));
        for (int i = 1; i <= 6500; i++) {
            Files.writeString(root.resolve(i + ".json"), "{\"name\":\"Item #" + i + "\",\"image\":\"ipfs://x/" + (i % 7) + ".png\"}");
        }
        Files.createDirectories(root.resolve("sub"));
        Files.writeString(root.resolve("sub/readme.txt"), "nested folders inside a shard");
        String expected = Tools.node("unixfs-cid.mjs", "dir", root.toString());
        assertThat(Cid.ofDirectory(root).toString()).isEqualTo(expected);
    }

    @Test
    void textFormRoundTrips() throws IOException {
        Path f = randomFile(dir, "x", 12345, 1);
        Cid cid = Cid.ofFile(f);
        assertThat(Cid.parse(cid.toString())).isEqualTo(cid);
        assertThat(cid.toString()).startsWith("bafkrei");
        assertThatThrownBy(() -> Cid.parse("Qmfoo")).isInstanceOf(AtelierException.class).hasMessageContaining("CIDv1");
    }

    @Test
    void missingFileIsAClearError() {
        assertThatThrownBy(() -> Cid.of(dir.resolve("nope.png"))).isInstanceOf(AtelierException.class)
                .hasMessageContaining("nope.png").hasMessageContaining("does not exist");
    }
}
