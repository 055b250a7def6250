package org.paperkg.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The note a running server leaves in its store folder ({@code server.json}): its process, its
 * address and whether it takes writes. TDB2 lets one process hold a store; with this note the
 * other commands find the server that holds it and work through it instead of failing on the lock.
 *
 * @param watchFolder the folder the server ingests dropped pages from, or null
 * @param passwordFile the file of the users who may write through the server, or null (its path only)
 */
public record ServerMarker(long pid, String url, boolean allowsUpdate, Path watchFolder, Path passwordFile) {
    public static final String FILE = "server.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Leaves the note for this process. */
    public static void write(Path store, String url, boolean allowsUpdate, Path watchFolder, Path passwordFile) {
        ObjectNode n = JSON.createObjectNode().put("pid", ProcessHandle.current().pid()).put("url", url)
                .put("allowsUpdate", allowsUpdate);
        if (watchFolder != null) n.put("watchFolder", watchFolder.toAbsolutePath().toString());
        if (passwordFile != null) n.put("passwordFile", passwordFile.toAbsolutePath().toString());
        try {
            Files.writeString(store.resolve(FILE), n.toPrettyString());
        } catch (IOException e) {
            throw new PaperStore.StoreException("cannot write " + store.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** Takes this process's note away (another process's note is left alone). */
    public static void remove(Path store) {
        read(store).filter(m -> m.pid() == ProcessHandle.current().pid()).ifPresent(m -> {
            try {
                Files.deleteIfExists(store.resolve(FILE));
            } catch (IOException e) {
                // a stale note is recognised by its dead process next time
            }
        });
    }

    /** The note of a server that is running now, if the store has one. */
    public static Optional<ServerMarker> running(Path store) {
        return read(store).filter(m -> ProcessHandle.of(m.pid()).map(ProcessHandle::isAlive).orElse(false));
    }

    private static Optional<ServerMarker> read(Path store) {
        Path file = store.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            JsonNode n = JSON.readTree(file.toFile());
            String folder = n.path("watchFolder").asText(null);
            String passwords = n.path("passwordFile").asText(null);
            return Optional.of(new ServerMarker(n.path("pid").asLong(), n.path("url").asText(), n.path("allowsUpdate").asBoolean(),
                    folder == null ? null : Path.of(folder), passwords == null ? null : Path.of(passwords)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
