package org.paperkg.pull;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperkg.record.PageInfo;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A venue's notes from OpenReview's API v2: {@code GET API/notes?content.venueid=V&offset=O&limit=L},
 * one page per window of {@code limit} notes, {@code {"notes": [...], "count": N}}. The accepted
 * track of each paper is in its {@code content.venue} ("ICLR 2024 oral"), which the notes reader
 * takes. With a since time only notes created from then on are asked for ({@code mintcdate}),
 * and their pages are named apart, so they add to the venue's full pages, never replace them.
 */
public final class OpenReviewSource implements Source {
    public static final String API = "https://api2.openreview.net";
    /** {@code ICLR.cc/2024/Conference} → ICLR, 2024. */
    private static final Pattern VENUE = Pattern.compile("^([A-Za-z][A-Za-z-]*?)(?:\\.[a-z]+)?/(\\d{4})(?:/.*)?$");
    private final String api;
    private final String venueId;
    private final int limit;
    private final Instant since;

    /** @param since the earliest creation time asked for; null for all */
    public OpenReviewSource(String api, String venueId, int limit, Instant since) {
        if (venueId.isBlank() || venueId.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a venue id has no spaces, e.g. ICLR.cc/2024/Conference; not '" + venueId + "'");
        }
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("OpenReview answers at most 1000 notes a request");
        this.api = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
        this.venueId = venueId;
        this.limit = limit;
        this.since = since;
    }

    @Override
    public String describe() {
        return "openreview " + venueId;
    }

    @Override
    public String first() {
        return "0";
    }

    @Override
    public Unit unit(String cursor) {
        int offset = Integer.parseInt(cursor);
        String q = "content.venueid=" + URLEncoder.encode(venueId, StandardCharsets.UTF_8) + "&offset=" + offset + "&limit=" + limit
                + (since == null ? "" : "&mintcdate=" + since.toEpochMilli());
        URI url = URI.create(api + "/notes?" + q);
        String folder = "openreview/" + venueId + "/" + (since == null ? "" : "since-" + since.toString().replace(':', '-') + "/");
        return new Unit(cursor, url, folder + String.format("notes-%06d.json", offset), info(url), Duration.ofHours(1));
    }

    private PageInfo info(URI url) {
        Matcher m = VENUE.matcher(venueId);
        return m.matches() ? new PageInfo(m.group(1), Integer.parseInt(m.group(2)), url.toString())
                : new PageInfo(null, null, url.toString());
    }

    @Override
    public Step step(String cursor, byte[] body) throws FetchException {
        JsonNode root = JsonAnswers.read(unit(cursor).url(), body);
        JsonNode notes = root == null ? null : root.path("notes");
        if (notes == null || !notes.isArray()) {
            throw new FetchException(unit(cursor).url() + " answered JSON without a notes list"
                    + (root != null && root.has("message") ? " (" + root.path("message").asText() + ")" : ""));
        }
        int offset = Integer.parseInt(cursor);
        long count = root.path("count").asLong(-1);
        boolean more = notes.size() == limit && (count < 0 || offset + limit < count);
        return new Step(notes.size(), more ? Integer.toString(offset + limit) : null);
    }

    @Override
    public Duration interval() {
        return Duration.ofSeconds(1);
    }
}
