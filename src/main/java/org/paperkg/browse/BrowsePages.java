package org.paperkg.browse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.jsoup.nodes.Element;
import org.paperkg.Paperkg;
import org.paperkg.rdf.Vocab;
import org.paperkg.search.SearchIndex;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages a person browses the graph with: the home page at {@code /}, search at
 * {@code /search}, and a page for every thing at the address its IRI points to ({@code /id/…},
 * {@code /vocab/…}), which gives Turtle, N-Triples or JSON-LD instead when the {@code Accept}
 * header or a suffix asks. Read-only: GET and HEAD. A filter in front of Fuseki, answering only
 * its own paths.
 */
public final class BrowsePages extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** No script, style or image from anywhere but here; no frames; forms post only here. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final int SEARCH_LIMIT = 20;
    private static final int MAX_SEARCH_LIMIT = 200;
    private static final MediaType HTML = MediaType.create("text/html");
    private static final Map<String, Lang> SUFFIXES = Map.of("ttl", Lang.TURTLE, "nt", Lang.NTRIPLES, "jsonld", Lang.JSONLD);
    private static final AcceptList OFFER = AcceptList.create("text/html", "application/xhtml+xml", "text/turtle",
            "application/n-triples", "application/ld+json");

    private final transient Paperkg kg;
    private final transient Addresses addresses;
    private final transient Memo memo;

    public BrowsePages(Paperkg kg) {
        this.kg = kg;
        this.addresses = new Addresses(kg.iris().base());
        this.memo = new Memo();
    }

    /** Where the page of {@code iri} is served under a graph of this base, or null when it is not one of ours. */
    public static String pathOf(String base, Node iri) {
        return new Addresses(base).local(iri);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean mine = path.equals("/") || path.equals("/search") || path.equals("/browse.css") || addresses.asked(path).isPresent();
        if (!mine) {
            chain.doFilter(req, resp);
            return;
        }
        // the server sets nosniff, no framing and no referrer on every answer; these pages, which
        // run no script at all, narrow its policy further
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
            resp.setHeader("Allow", "GET, HEAD");
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "these pages are read-only: GET or HEAD");
            return;
        }
        Map<String, String> params = params(req);
        if (path.equals("/browse.css")) {
            css(resp);
        } else if (path.equals("/")) {
            html(resp, HttpServletResponse.SC_OK, home());
        } else if (path.equals("/search")) {
            search(resp, params);
        } else {
            entity(req, resp, addresses.asked(path).orElseThrow(), params);
        }
    }

    private String home() {
        // what the home page counts is kept until the store changes, like the charts
        long generation = kg.store().generation();
        Map<String, Long> stats = memo.get("stats", generation, kg::stats);
        List<List<String>> pages = memo.get("pages", generation, kg::pages);
        return kg.store().read(dsg -> {
            Html h = Html.page("What the graph holds", null, addresses);
            HomeView.render(h, dsg, stats, pages, memo.get("home", generation, () -> HomeView.mostUsed(dsg)));
            return h.render();
        });
    }

    private void search(HttpServletResponse resp, Map<String, String> params) throws IOException {
        String q = params.getOrDefault("q", "").strip();
        int limit = Math.min(MAX_SEARCH_LIMIT, Math.max(1, EntryView.parse(params.getOrDefault("limit", String.valueOf(SEARCH_LIMIT)))));
        Html h = Html.page(q.isEmpty() ? "Search" : "Search: " + q, q, addresses);
        int status = HttpServletResponse.SC_OK;
        if (q.isEmpty()) {
            SearchView.render(h, q, List.of(), "Type some words to look for: \"a phrase\", prefix*, or title:word.");
        } else {
            try {
                SearchView.render(h, q, Search.run(kg, q, limit), null);
            } catch (SearchIndex.BadQuery e) {
                status = HttpServletResponse.SC_BAD_REQUEST;
                SearchView.render(h, q, List.of(), e.getMessage());
            }
        }
        html(resp, status, h.render());
    }

    private void entity(HttpServletRequest req, HttpServletResponse resp, Addresses.Asked asked, Map<String, String> params) throws IOException {
        Node iri = NodeFactory.createURI(asked.iri());
        Lang lang = asked.suffix() == null ? negotiated(req.getHeader("Accept")) : SUFFIXES.get(asked.suffix());
        resp.setHeader("Vary", "Accept");
        long generation = kg.store().generation();
        Page page = kg.store().read(dsg -> {
            if (!Reads.exists(dsg, iri)) return null;
            if (lang != null) return new Page(null, Description.of(dsg, iri));
            Reads.Kind kind = Reads.kind(dsg, iri);
            Html h = Html.page(Reads.label(dsg, iri), null, addresses);
            h.main.attr("data-iri", iri.getURI());
            switch (kind) {
                case PAPER -> PaperView.render(h, dsg, iri);
                case PERSON -> PersonView.render(h, dsg, iri);
                case DATASET, METHOD, CONCEPT -> EntryView.render(h, dsg, iri, kind, params,
                        entry -> memo.get("entry " + entry.getURI(), generation, () -> EntryView.summarise(dsg, entry)));
                case SESSION -> SessionView.render(h, dsg, iri);
                case CONFERENCE -> ConferenceView.render(h, dsg, iri);
                default -> StatementsView.render(h, dsg, iri);
            }
            Element iriLine = h.main.appendElement("p").attr("class", "iri");
            iriLine.appendText("IRI: ");
            iriLine.appendElement("code").text(iri.getURI());
            iriLine.appendText(" · as ");
            String here = addresses.local(iri);
            iriLine.appendElement("a").attr("href", here + ".ttl").text("Turtle");
            iriLine.appendText(", ");
            iriLine.appendElement("a").attr("href", here + ".nt").text("N-Triples");
            iriLine.appendText(", ");
            iriLine.appendElement("a").attr("href", here + ".jsonld").text("JSON-LD");
            return new Page(h.render(), null);
        });
        if (page == null) {
            if (lang != null) {
                resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
                resp.setContentType("text/plain; charset=utf-8");
                resp.getWriter().println("nothing in the graph has the IRI " + iri.getURI());
                return;
            }
            Html h = Html.page("Not in the graph", null, addresses);
            h.main.appendElement("p").attr("class", "problem").text("Nothing in the graph has the IRI " + iri.getURI() + ".");
            html(resp, HttpServletResponse.SC_NOT_FOUND, h.render());
            return;
        }
        if (page.graph() != null) {
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentType(lang.getHeaderString() + (lang == Lang.JSONLD ? "" : "; charset=utf-8"));
            page.graph().getPrefixMapping().setNsPrefixes(Vocab.prefixes(kg.iris().base()));
            try (OutputStream out = resp.getOutputStream()) {
                RDFDataMgr.write(out, page.graph(), lang == Lang.TURTLE ? RDFFormat.TURTLE_PRETTY : lang == Lang.JSONLD
                        ? RDFFormat.JSONLD11_PRETTY : RDFFormat.NTRIPLES);
            }
            return;
        }
        html(resp, HttpServletResponse.SC_OK, page.html());
    }

    private record Page(String html, Graph graph) {
    }

    /** The RDF form an Accept header prefers, or null for HTML (browsers, and clients that take anything). */
    static Lang negotiated(String accept) {
        if (accept == null || accept.isBlank()) return null;
        MediaType best = AcceptList.match(AcceptList.create(accept), OFFER);
        if (best == null) return null;
        String type = best.getContentTypeStr();
        if (type.equals("text/turtle")) return Lang.TURTLE;
        if (type.equals("application/n-triples")) return Lang.NTRIPLES;
        if (type.equals("application/ld+json")) return Lang.JSONLD;
        return null;
    }

    private static Map<String, String> params(HttpServletRequest req) {
        Map<String, String> out = new HashMap<>();
        String q = req.getQueryString();
        if (q == null) return out;
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a malformed escape: the parameter is left out
            }
        }
        return out;
    }

    private static void html(HttpServletResponse resp, int status, String body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }

    private static void css(HttpServletResponse resp) throws IOException {
        try (InputStream in = BrowsePages.class.getClassLoader().getResourceAsStream("web/browse.css")) {
            resp.setContentType("text/css; charset=utf-8");
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
