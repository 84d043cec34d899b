package dev.atelier.signing.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.common.AtelierException;
import dev.atelier.signing.JsonTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of JSON objects — JSON Lines, or one object spread over several lines — with the line
 * each starts on. Read with the streaming parser into trees ({@link JsonTree}: no ObjectMapper,
 * duplicate members refused).
 */
public final class JsonSequence {
    private JsonSequence() {
    }

    /** One object of the sequence. */
    public record Entry(int line, JsonNode json) {
    }

    public static List<Entry> parse(byte[] input, String what) {
        List<Entry> out = new ArrayList<>();
        try (JsonParser p = JsonTree.factory().createParser(input)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonLocation at = p.currentTokenLocation();
                if (t != JsonToken.START_OBJECT) {
                    throw new AtelierException("line " + at.getLineNr() + ": expected a JSON object (" + what + ").");
                }
                out.add(new Entry(at.getLineNr(), JsonTree.read(p)));
                if (out.size() > SigningRequest.MAX_ITEMS) {
                    throw new AtelierException("More than " + SigningRequest.MAX_ITEMS + " requests in one input.");
                }
            }
        } catch (JsonProcessingException e) {
            throw new AtelierException("line " + e.getLocation().getLineNr() + ": not valid JSON (" + e.getOriginalMessage() + ").", e);
        } catch (IOException e) {
            throw new AtelierException("Cannot read the input.", e);
        }
        if (out.isEmpty()) {
            throw new AtelierException("No " + what + " in the input.");
        }
        return out;
    }
}
