package dev.atelier.asset.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads duration and frame size from media headers without decoding: MP4/M4A boxes (ISO/IEC
 * 14496-12 §8.2.2 mvhd, §8.3.2 tkhd) and WAV (RIFF fmt/data chunks). Reads only box headers and
 * the few boxes it needs, seeking over media data; bounded in boxes visited. Anything unexpected
 * yields {@link MediaInfo#UNKNOWN} rather than an error: the file may still play.
 */
public final class MediaProbe {
    private static final int MAX_BOXES = 10_000;

    private MediaProbe() {
    }

    public static MediaInfo mp4(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long[] moov = find(ch, 0, ch.size(), "moov");
            if (moov == null) {
                return MediaInfo.UNKNOWN;
            }
            double duration = 0;
            Integer w = null;
            Integer h = null;
            long[] mvhd = find(ch, moov[0], moov[1], "mvhd");
            if (mvhd != null) {
                ByteBuffer b = read(ch, mvhd[0], (int) Math.min(32, mvhd[1] - mvhd[0]));
                int version = b.get(0);
                long timescale = version == 1 ? Integer.toUnsignedLong(b.getInt(20)) : Integer.toUnsignedLong(b.getInt(12));
                long dur = version == 1 ? b.getLong(24) : Integer.toUnsignedLong(b.getInt(16));
                if (timescale > 0 && dur >= 0) {
                    duration = dur / (double) timescale;
                }
            }
            int visited = 0;
            for (long pos = moov[0]; pos + 8 <= moov[1] && visited++ < MAX_BOXES; ) {
                long[] box = box(ch, pos, moov[1]);
                if (box == null) {
                    break;
                }
                if (type(ch, pos).equals("trak")) {
                    long[] tkhd = find(ch, box[2], box[1], "tkhd");
                    if (tkhd != null && tkhd[1] - tkhd[0] >= 84) {
                        ByteBuffer b = read(ch, tkhd[0], (int) Math.min(96, tkhd[1] - tkhd[0]));
                        int off = b.get(0) == 1 ? 88 : 76; // width, height as 16.16 fixed point after the matrix
                        if (b.limit() >= off + 8) {
                            int tw = b.getInt(off) >>> 16;
                            int th = b.getInt(off + 4) >>> 16;
                            if (tw > 0 && th > 0 && w == null) {
                                w = tw;
                                h = th;
                            }
                        }
                    }
                }
                pos = box[1];
            }
            return new MediaInfo(duration, w, h);
        } catch (IOException | RuntimeException e) {
            return MediaInfo.UNKNOWN;
        }
    }

    public static MediaInfo wav(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long byteRate = 0;
            long dataSize = -1;
            int visited = 0;
            for (long pos = 12; pos + 8 <= ch.size() && visited++ < MAX_BOXES; ) {
                ByteBuffer head = read(ch, pos, 8).order(ByteOrder.LITTLE_ENDIAN);
                String id = new String(head.array(), 0, 4, StandardCharsets.US_ASCII);
                long size = Integer.toUnsignedLong(head.getInt(4));
                if (id.equals("fmt ") && size >= 16) {
                    byteRate = Integer.toUnsignedLong(read(ch, pos + 8, 16).order(ByteOrder.LITTLE_ENDIAN).getInt(8));
                } else if (id.equals("data")) {
                    dataSize = Math.min(size, ch.size() - pos - 8);
                }
                pos += 8 + size + (size & 1);
            }
            return byteRate > 0 && dataSize >= 0 ? new MediaInfo(dataSize / (double) byteRate, null, null) : MediaInfo.UNKNOWN;
        } catch (IOException | RuntimeException e) {
            return MediaInfo.UNKNOWN;
        }
    }

    /** The content range [start, end) of the first box of {@code type} among the boxes in [from, to). */
    private static long[] find(FileChannel ch, long from, long to, String type) throws IOException {
        int visited = 0;
        for (long pos = from; pos + 8 <= to && visited++ < MAX_BOXES; ) {
            long[] box = box(ch, pos, to);
            if (box == null) {
                return null;
            }
            if (type(ch, pos).equals(type)) {
                return new long[] {box[2], box[1]};
            }
            pos = box[1];
        }
        return null;
    }

    /** {start, end, contentStart} of the box at {@code pos}, or null when its size is invalid. */
    private static long[] box(FileChannel ch, long pos, long limit) throws IOException {
        ByteBuffer b = read(ch, pos, 16);
        long size = Integer.toUnsignedLong(b.getInt(0));
        long header = 8;
        if (size == 1) {
            size = b.getLong(8);
            header = 16;
        } else if (size == 0) {
            size = limit - pos;
        }
        if (size < header || pos + size > limit) {
            return null;
        }
        return new long[] {pos, pos + size, pos + header};
    }

    private static String type(FileChannel ch, long pos) throws IOException {
        return new String(read(ch, pos + 4, 4).array(), StandardCharsets.US_ASCII);
    }

    private static ByteBuffer read(FileChannel ch, long pos, int len) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(len);
        while (b.hasRemaining() && ch.read(b, pos + b.position()) > 0) {
            // keep reading until full or end of file
        }
        b.flip();
        return ByteBuffer.wrap(java.util.Arrays.copyOf(b.array(), b.limit())).order(ByteOrder.BIG_ENDIAN);
    }
}
