package org.paperkg.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.paperkg.text.Slugs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a pull is, kept in a file per source beside the store: the units already stored (each
 * with the cursor after it), when this pull started, and when the last whole pull of the same
 * source started (what {@code --since last} means). Written after each unit's page is stored,
 * so a pull stopped anywhere resumes after its last stored unit; a unit stored but not yet noted
 * is fetched again from the cache and found unchanged.
 */
public final class PullState {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final String source;
    private final String since;
    private final Instant started;
    private final Instant lastWholeStart;
    private final Map<String, String> done;
    private final boolean resumed;

    private PullState(Path file, String source, String since, Instant started, Instant lastWholeStart, Map<String, String> done,
                      boolean resumed) {
        this.file = file;
        this.source = source;
        this.since = since;
        this.started = started;
        this.lastWholeStart = lastWholeStart;
        this.done = done;
        this.resumed = resumed;
    }

    /** The state file of {@code source} in {@code dir}. */
    public static Path fileFor(Path dir, String source) {
        return dir.resolve(Slugs.distinct(source) + ".json");
    }

    /** When the last whole pull of this source started, if one finished. */
    public static Optional<Instant> lastWholeStart(Path dir, String source) {
        return read(fileFor(dir, source)).map(m -> m.path("lastWholeStart").asText(null)).map(Instant::parse);
    }

    /**
     * This pull's state: the stopped one it continues (same source and since, not finished), or
     * a new one.
     *
     * @param since  what this pull asks from (an ISO time), or null
     * @param fresh  start over even when a stopped pull could be continued
     */
    public static PullState begin(Path dir, String source, String since, Instant now, boolean fresh) {
        Path file = fileFor(dir, source);
        Optional<JsonNode> old = read(file);
        Instant lastWhole = old.map(m -> m.path("lastWholeStart").asText(null)).map(Instant::parse).orElse(null);
        if (!fresh && old.isPresent() && old.get().path("finished").isNull() && source.equals(old.get().path("source").asText())
                && String.valueOf(since).equals(old.get().path("since").asText("null"))) {
            Map<String, String> done = new LinkedHashMap<>();
            old.get().path("done").fields().forEachRemaining(e -> done.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
            return new PullState(file, source, since, Instant.parse(old.get().path("started").asText()), lastWhole, done, true);
        }
        PullState state = new PullState(file, source, since, now, lastWhole, new LinkedHashMap<>(), false);
        state.save(null);
        return state;
    }

    private static Optional<JsonNode> read(Path file) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("the pull state " + file + " cannot be read (" + e.getMessage()
                    + "); delete it to start this pull over", e);
        }
    }

    /** Whether this pull continues a stopped one. */
    public boolean resumed() {
        return resumed;
    }

    public boolean isDone(String cursor) {
        return done.containsKey(cursor);
    }

    /** The cursor after a stored unit (null after the last). */
    public String nextAfter(String cursor) {
        return done.get(cursor);
    }

    public void markDone(String cursor, String next) {
        done.put(cursor, next);
        save(null);
    }

    /** Every unit is in: the next pull of this source starts over, and {@code --since last} means this one's start. */
    public void finish(Instant now) {
        save(now);
    }

    private void save(Instant finished) {
        ObjectNode m = JSON.createObjectNode();
        m.put("source", source);
        if (since == null) m.putNull("since"); else m.put("since", since);
        m.put("started", started.toString());
        if (finished == null) m.putNull("finished"); else m.put("finished", finished.toString());
        // a finished pull has everything up to its start: from its since on, and before that what the earlier ones had
        Instant whole = finished != null ? started : lastWholeStart;
        if (whole != null) m.put("lastWholeStart", whole.toString());
        ObjectNode units = m.putObject("done");
        done.forEach(units::put);
        try {
            Files.createDirectories(file.getParent());
            ResponseCache.writeAtomically(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the pull state " + file + ": " + e.getMessage(), e);
        }
    }
}
