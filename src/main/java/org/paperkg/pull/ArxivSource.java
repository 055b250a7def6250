package org.paperkg.pull;

import org.paperkg.record.PageInfo;
import org.paperkg.text.Slugs;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An arXiv search through its Atom API: {@code GET API?search_query=Q&start=S&max_results=N},
 * newest first, one page per window, until {@code opensearch:totalResults} or the most asked
 * for. arXiv asks for at most one request every 3 s. With a since time the query is narrowed
 * to {@code submittedDate:[since TO now]} and its pages are named apart.
 */
public final class ArxivSource implements Source {
    public static final String API = "https://export.arxiv.org/api/query";
    private static final DateTimeFormatter ARXIV_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(ZoneOffset.UTC);
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/";
    private final String api;
    private final String query;
    private final int pageSize;
    private final int max;
    private final Instant since;
    private final Instant now;

    /**
     * @param max   the most entries to fetch in all
     * @param since the earliest submission time asked for; null for all
     */
    public ArxivSource(String api, String query, int pageSize, int max, Instant since, Instant now) {
        if (query.isBlank()) throw new IllegalArgumentException("an arXiv query is needed, e.g. 'cat:cs.LG AND abs:diffusion'");
        if (pageSize < 1 || pageSize > 2000) throw new IllegalArgumentException("arXiv answers 1 to 2000 entries a request");
        if (max < 1) throw new IllegalArgumentException("--max takes a positive number");
        this.api = api;
        this.query = query.strip();
        this.pageSize = pageSize;
        this.max = max;
        this.since = since;
        this.now = now;
    }

    @Override
    public String describe() {
        return "arxiv " + query + " (at most " + max + ")";
    }

    @Override
    public String first() {
        return "0";
    }

    @Override
    public Unit unit(String cursor) {
        int start = Integer.parseInt(cursor);
        String q = since == null ? query
                : "(" + query + ") AND submittedDate:[" + ARXIV_TIME.format(since) + " TO " + ARXIV_TIME.format(now) + "]";
        URI url = URI.create(api + "?search_query=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&start=" + start
                + "&max_results=" + Math.min(pageSize, max - start) + "&sortBy=submittedDate&sortOrder=descending");
        String folder = "arxiv/" + Slugs.distinct(query) + "/"
                + (since == null ? "" : "since-" + since.toString().replace(':', '-') + "/");
        return new Unit(cursor, url, folder + String.format("results-%06d.xml", start), new PageInfo(null, null, url.toString()),
                Duration.ofHours(1));
    }

    @Override
    public Step step(String cursor, byte[] body) throws FetchException {
        int entries = 0;
        long total = -1;
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(body));
            boolean feed = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) continue;
                if (!feed) {
                    if (!"feed".equals(xml.getLocalName()) || !ATOM.equals(xml.getNamespaceURI())) {
                        throw new FetchException(unit(cursor).url() + " did not answer an Atom feed");
                    }
                    feed = true;
                } else if ("entry".equals(xml.getLocalName()) && ATOM.equals(xml.getNamespaceURI())) {
                    entries++;
                } else if ("totalResults".equals(xml.getLocalName()) && OPENSEARCH.equals(xml.getNamespaceURI())) {
                    total = Long.parseLong(xml.getElementText().strip());
                }
            }
        } catch (XMLStreamException | NumberFormatException e) {
            throw new FetchException(unit(cursor).url() + " did not answer a readable Atom feed: " + e.getMessage());
        }
        int start = Integer.parseInt(cursor);
        int next = start + entries;
        boolean more = entries > 0 && next < max && (total < 0 || next < total);
        return new Step(entries, more ? Integer.toString(next) : null);
    }

    @Override
    public Duration interval() {
        return Duration.ofSeconds(3);
    }
}
