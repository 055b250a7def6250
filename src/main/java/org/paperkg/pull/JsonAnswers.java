package org.paperkg.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;

/** The JSON sources' answers read once, the same way. */
final class JsonAnswers {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonAnswers() {
    }

    /** An answer read as JSON, or what is wrong with it said with its address. */
    static JsonNode read(URI url, byte[] body) throws FetchException {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new FetchException(url + " did not answer JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
