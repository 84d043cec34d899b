package dev.atelier.asset.media;

/** What a media file's headers say: duration in seconds (0 when unknown) and, for video, the frame size. */
public record MediaInfo(double durationSeconds, Integer width, Integer height) {
    public static final MediaInfo UNKNOWN = new MediaInfo(0, null, null);
}
