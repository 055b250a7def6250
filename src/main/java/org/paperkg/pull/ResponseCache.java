package org.paperkg.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.paperkg.text.Slugs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * Answers kept on disk, one body and one description per address, so a pull asks a source
 * again only for what may have changed, and then conditionally ({@code If-None-Match},
 * {@code If-Modified-Since}). Each file is written beside its place and moved in, so a killed
 * run leaves whole entries or none.
 */
public final class ResponseCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;

    /** An answer kept: its body and what the server said to revalidate it with. */
    public record Entry(URI uri, byte[] body, String etag, String lastModified, Instant fetchedAt) {
    }

    public ResponseCache(Path dir) {
        this.dir = dir;
    }

    public Optional<Entry> lookup(URI uri) {
        Path meta = dir.resolve(key(uri) + ".json");
        Path body = dir.resolve(key(uri) + ".body");
        if (!Files.isRegularFile(meta) || !Files.isRegularFile(body)) return Optional.empty();
        try {
            JsonNode m = JSON.readTree(meta.toFile());
            if (!uri.toString().equals(m.path("uri").asText())) return Optional.empty();
            byte[] bytes = Files.readAllBytes(body);
            if (m.path("length").asLong(-1) != bytes.length) return Optional.empty();
            return Optional.of(new Entry(uri, bytes, m.path("etag").asText(null), m.path("lastModified").asText(null),
                    Instant.parse(m.path("fetchedAt").asText())));
        } catch (IOException | RuntimeException e) {
            // a damaged entry is a miss: the source is asked again and the entry rewritten
            return Optional.empty();
        }
    }

    public void store(Entry entry) {
        try {
            Files.createDirectories(dir);
            String key = key(entry.uri());
            writeAtomically(dir.resolve(key + ".body"), entry.body());
            ObjectNode m = JSON.createObjectNode();
            m.put("uri", entry.uri().toString());
            m.put("length", entry.body().length);
            if (entry.etag() != null) m.put("etag", entry.etag());
            if (entry.lastModified() != null) m.put("lastModified", entry.lastModified());
            m.put("fetchedAt", entry.fetchedAt().toString());
            writeAtomically(dir.resolve(key + ".json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the pull cache in " + dir + ": " + e.getMessage(), e);
        }
    }

    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String key(URI uri) {
        return Slugs.hash(uri.toString(), 32);
    }
}
