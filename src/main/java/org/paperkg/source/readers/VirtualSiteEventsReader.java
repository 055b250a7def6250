package org.paperkg.source.readers;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperkg.record.AbstractText;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperIds;
import org.paperkg.record.PaperRecord;
import org.paperkg.record.Publication;
import org.paperkg.record.SessionInfo;
import org.paperkg.source.PageFormat;
import org.paperkg.source.StreamingReader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problems;
import org.paperkg.text.Abstracts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON event exports of conference virtual sites (icml.cc, neurips.cc, iclr.cc): an array,
 * or {@code {"count", "results": [...]}}, of events with {@code type} (or {@code eventtype}),
 * {@code name}, {@code virtualsite_url}, the authors as {@code speakers/authors} ("A, B") or
 * {@code authors} (names or {@code {fullname}} objects), {@code abstract}, and where given the
 * session and the OpenReview source. Posters, orals and spotlights are papers; workshops,
 * tutorials, invited talks, socials and the like are not, and are named in one warning.
 */
public final class VirtualSiteEventsReader implements StreamingReader {
    private static final PageFormat FORMAT = new PageFormat("virtual-site-events-json",
            "conference virtual-site event export JSON: [{type, name, virtualsite_url, speakers/authors, abstract}, …]");
    private static final Set<String> PAPER_KINDS = Set.of("poster", "oral", "spotlight", "spotlightposter", "paper",
            "highlightedposter", "award");
    private static final Pattern EVENT_PATH = Pattern.compile("/virtual/(\\d{4})/([a-z_-]+)/");

    @Override
    public PageFormat format() {
        return FORMAT;
    }

    /** Sure when most sampled records are events: a name and a virtual-site URL, event type or speakers. */
    @Override
    public double recognise(PageText page) {
        return JsonRecords.sample(page).share(r -> r.has("name")
                && (r.has("virtualsite_url") || r.has("speakers/authors") || r.has("eventtype") || r.has("event_type"))) >= 0.8
                ? 0.95 : 0;
    }

    @Override
    public PageRecords stream(PageText page, PageInfo info, Problems problems, Consumer<PaperRecord> out) {
        List<String> skipped = new ArrayList<>();
        JsonRecords.read(page, problems, (line, index, event) -> {
            String title = ReaderLib.jsonText(event, "name");
            String kind = kind(event);
            if (kind != null && !PAPER_KINDS.contains(kind.replaceAll("[^a-z]", ""))) {
                skipped.add(kind + " '" + ReaderLib.shorten(title == null ? "?" : title) + "' (line " + line + ")");
                return;
            }
            String abstractValue = ReaderLib.jsonText(event, "abstract");
            AbstractText abstractText = abstractValue == null ? null : Abstracts.fromPage(abstractValue);
            if (title == null && abstractText == null) {
                problems.error(line, "event " + index + " has neither a name nor an abstract");
                return;
            }
            String forum = null;
            for (String field : List.of("sourceurl", "paper_url", "url", "openreview")) {
                String v = ReaderLib.jsonText(event, field);
                Matcher m = v == null ? null : ReaderLib.OPENREVIEW_LINK.matcher(v);
                if (m != null && m.find()) {
                    forum = m.group(1);
                    break;
                }
            }
            String session = ReaderLib.jsonText(event, "session");
            SessionInfo sessionInfo = ReaderLib.session(session);
            String url = ReaderLib.jsonText(event, "virtualsite_url");
            if (url != null && url.startsWith("/") && info.url() != null) url = ReaderLib.resolve(info.url(), url);
            out.accept(new PaperRecord(line, title == null ? null : ReaderLib.plainTitle(title), abstractText, authors(event),
                    null, null, new PaperIds(null, null, forum, null), keywords(event),
                    new Publication(ReaderLib.jsonText(event, "decision"), null, url != null && url.startsWith("http") ? url : null),
                    sessionInfo));
        });
        if (!skipped.isEmpty()) {
            problems.warning(0, skipped.size() + " events that are not papers skipped: " + String.join("; ", skipped));
        }
        return new PageRecords(FORMAT.name(), null, null, List.of());
    }

    /** The event's kind, lower-case: its type field, or the kind in its virtual-site path; null when neither says. */
    private static String kind(JsonNode event) {
        for (String field : List.of("type", "eventtype", "event_type")) {
            String v = ReaderLib.jsonText(event, field);
            if (v != null) return v.strip().toLowerCase(Locale.ROOT);
        }
        String url = ReaderLib.jsonText(event, "virtualsite_url");
        Matcher m = url == null ? null : EVENT_PATH.matcher(url);
        return m != null && m.find() ? m.group(2) : null;
    }

    private static List<String> authors(JsonNode event) {
        String joined = ReaderLib.jsonText(event, "speakers/authors");
        if (joined != null) return Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<String> out = new ArrayList<>();
        JsonNode list = event.has("authors") ? event.get("authors") : event.path("speakers");
        for (JsonNode a : list) {
            String name = ReaderLib.personName(a);
            if (name != null) out.add(name);
        }
        return out;
    }

    private static List<String> keywords(JsonNode event) {
        List<String> out = new ArrayList<>(ReaderLib.keywords(event.get("keywords")));
        String topic = ReaderLib.jsonText(event, "topic");
        if (topic != null) out.add(topic.strip());
        return out;
    }
}
