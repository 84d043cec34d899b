package dev.atelier.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duration and frame size come from media headers (no decoding); damaged headers never throw. */
class MediaProbeTest {
    @TempDir
    Path dir;

    static byte[] box(String type, byte[]... content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] c : content) {
            body.writeBytes(c);
        }
        ByteBuffer b = ByteBuffer.allocate(8 + body.size());
        b.putInt(8 + body.size()).put(type.getBytes(StandardCharsets.US_ASCII)).put(body.toByteArray());
        return b.array();
    }

    /** An MP4 skeleton per ISO/IEC 14496-12: ftyp, mdat, then moov (mvhd v0, trak/tkhd v0 with 1280×720). */
    static byte[] mp4(long timescale, long duration, int width, int height) {
        ByteBuffer mvhd = ByteBuffer.allocate(100);
        mvhd.putInt(0).putInt(0).putInt(0).putInt((int) timescale).putInt((int) duration);
        ByteBuffer tkhd = ByteBuffer.allocate(84);
        tkhd.putInt(0).putInt(0).putInt(0).putInt(1).putInt(0).putInt((int) duration).putLong(0).putInt(0).putInt(0);
        tkhd.position(76);
        tkhd.putInt(width << 16).putInt(height << 16);
        byte[] ftyp = box("ftyp", "isom".getBytes(StandardCharsets.US_ASCII), new byte[4], "isomavc1".getBytes(StandardCharsets.US_ASCII));
        byte[] mdat = box("mdat", new byte[5000]);
        byte[] moov = box("moov", box("mvhd", mvhd.array()), box("trak", box("tkhd", tkhd.array()), box("mdia", new byte[16])));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ftyp);
        out.writeBytes(mdat);
        out.writeBytes(moov);
        return out.toByteArray();
    }

    @Test
    void mp4DurationAndFrameSizeFromMoovAfterMdat() throws Exception {
        Path f = Files.write(dir.resolve("clip.mp4"), mp4(1000, 3500, 1280, 720));
        AssetReport r = new AssetInspector().inspect(f, null);
        assertThat(r.assetType()).isEqualTo(AssetType.MP4);
        assertThat(r.durationSeconds()).isEqualTo(3.5);
        assertThat(r.width()).isEqualTo(1280);
        assertThat(r.height()).isEqualTo(720);
    }

    @Test
    void wavDurationFromItsChunks() throws Exception {
        Path wav = dir.resolve("tone.wav");
        AudioFormat format = new AudioFormat(22_050, 16, 2, true, false);
        byte[] pcm = new byte[22_050 * 4 * 3]; // 3 s of stereo 16-bit
        AudioSystem.write(new AudioInputStream(new java.io.ByteArrayInputStream(pcm), format, pcm.length / 4),
                AudioFileFormat.Type.WAVE, wav.toFile());
        AssetReport r = new AssetInspector().inspect(wav, null);
        assertThat(r.assetType()).isEqualTo(AssetType.WAV);
        assertThat(r.durationSeconds()).isEqualTo(3.0);
        assertThat(r.width()).isNull();
    }

    @Test
    void damagedMp4HeadersNeverThrow() throws Exception {
        byte[] seed = mp4(600, 1200, 640, 480);
        Random rnd = new Random(77);
        for (int i = 0; i < 400; i++) {
            Path f = Files.write(dir.resolve("fuzz.mp4"), LoaderFuzzTest.mutate(seed, rnd));
            try {
                AssetReport r = new AssetInspector().inspect(f, null);
                assertThat(r.bytes()).isEqualTo(Files.size(f));
            } catch (dev.atelier.common.AtelierException refused) {
                assertThat(refused.userMessage()).isNotBlank(); // no longer recognisable as MP4
            }
        }
    }
}
