package org.paperkg.browse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.nodes.Element;
import org.paperkg.rdf.Vocab;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The page of a dataset, method or concept: its names, broader and narrower entries, charts of
 * the papers using it per year and per venue, the other entries those papers use (each a link
 * that narrows the list to the papers using both), and the papers, each with the sentence that
 * shows the use.
 */
final class EntryView {
    static final int PAPERS_PER_PAGE = 50;
    private static final int CO_ENTRIES = 15;

    private EntryView() {
    }

    /** What the charts and the narrowing links count: worked out over all the entry's papers, kept while the store is unchanged. */
    record Summary(List<Node> papers, List<Map.Entry<String, Long>> perYear, List<Map.Entry<String, Long>> perVenue,
                   List<Map.Entry<Node, Long>> concepts, List<Map.Entry<Node, Long>> datasets) {
    }

    /** An entry's papers, newest first and then by title: what the list pages through and the charts count. */
    private record Listed(Node paper, String title, PaperFacts facts) {
    }

    static Summary summarise(DatasetGraph dsg, Node entry) {
        Set<Node> own = Reads.narrowerOrSelf(dsg, entry);
        Set<Node> papers = Reads.papersUsing(dsg, own);
        List<Listed> listed = new ArrayList<>();
        Map<String, Long> years = new HashMap<>();
        Map<String, Long> venues = new HashMap<>();
        Map<Node, Long> concepts = new HashMap<>();
        Map<Node, Long> datasets = new HashMap<>();
        Map<Node, Set<Node>> broader = new HashMap<>();
        for (Node p : papers) {
            PaperFacts f = PaperFacts.of(dsg, p);
            listed.add(new Listed(p, Reads.label(dsg, p), f));
            years.merge(f.yearOrUnknown(), 1L, Long::sum);
            venues.merge(f.venueOrUnknown(), 1L, Long::sum);
            count(dsg, p, Vocab.aboutConcept, own, broader, concepts);
            count(dsg, p, Vocab.usesDataset, own, broader, datasets);
        }
        List<Map.Entry<String, Long>> perYear = new ArrayList<>(years.entrySet());
        perYear.sort(Map.Entry.comparingByKey());
        listed.sort(Comparator.comparing((Listed l) -> l.facts().year() == null ? "" : l.facts().year()).reversed()
                .thenComparing(Listed::title).thenComparing(l -> l.paper().getURI()));
        return new Summary(listed.stream().map(Listed::paper).toList(), perYear, top(venues, 12), top(concepts, CO_ENTRIES), top(datasets, CO_ENTRIES));
    }

    /** Counts each entry a paper uses, and the broader entries it belongs to, once per paper. */
    private static void count(DatasetGraph dsg, Node paper, Node via, Set<Node> own, Map<Node, Set<Node>> broader, Map<Node, Long> counts) {
        Set<Node> seen = new java.util.HashSet<>();
        for (Node e : Reads.objects(dsg, paper, via)) {
            Set<Node> up = broader.computeIfAbsent(e, x -> {
                Set<Node> b = new java.util.LinkedHashSet<>(Reads.objects(dsg, x, Vocab.broaderOrSelf));
                b.add(x);
                return b;
            });
            for (Node b : up) if (!own.contains(b) && seen.add(b)) counts.merge(b, 1L, Long::sum);
        }
    }

    private static <K> List<Map.Entry<K, Long>> top(Map<K, Long> counts, int n) {
        return counts.entrySet().stream().sorted(Map.Entry.<K, Long>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().toString())).limit(n).map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    /**
     * @param summaries an entry's summary, kept while the store is unchanged: the page of an
     *                  entry and of each entry it is narrowed by is one lookup of it
     */
    static void render(Html h, DatasetGraph dsg, Node entry, Reads.Kind kind, Map<String, String> params, Function<Node, Summary> summaries) {
        h.main.attr("class", "entry " + kind.word);
        h.main.appendElement("p").attr("class", "kind").text(kind.word);
        Element dl = h.main.appendElement("dl").attr("class", "facts");
        List<String> alt = Reads.objects(dsg, entry, Reads.ALT_LABEL).stream().map(Node::getLiteralLexicalForm).sorted().toList();
        if (!alt.isEmpty()) Html.row(dl, "Also called").text(String.join(", ", alt));
        links(h, dsg, Html.row(dl, "Broader"), Reads.objects(dsg, entry, Reads.BROADER));
        links(h, dsg, Html.row(dl, "Narrower"), Reads.subjects(dsg, Reads.BROADER, entry));
        for (Node v : Reads.objects(dsg, entry, RDFS.seeAlso.asNode())) h.link(Html.row(dl, "See also"), v, v.getURI());
        // what paperkg link found for it (Wikidata)
        for (Node v : Reads.objects(dsg, entry, org.apache.jena.vocabulary.SKOS.exactMatch.asNode())) {
            if (v.isURI()) h.link(Html.row(dl, "Same as"), v, v.getURI());
        }
        dl.select("dd:empty").forEach(dd -> {
            dd.previousElementSibling().remove();
            dd.remove();
        });

        Summary s = summaries.apply(entry);
        Node with = params.containsKey("with") ? NodeFactory.createURI(params.get("with")) : null;
        if (!s.papers().isEmpty()) {
            Element charts = h.section("Papers using it: " + s.papers().size());
            charts.addClass("charts");
            BarChart.draw(charts, "Papers per year", s.perYear(), Map.of());
            BarChart.draw(charts, "Papers per venue", s.perVenue(), Map.of());
            narrowing(h, dsg, entry, "Concepts in these papers", s.concepts(), charts);
            narrowing(h, dsg, entry, "Datasets in these papers", s.datasets(), charts);
        }
        papers(h, dsg, entry, s.papers(), with, with == null ? null : Set.copyOf(summaries.apply(with).papers()), params);
    }

    private static void links(Html h, DatasetGraph dsg, Element dd, Set<Node> nodes) {
        nodes.stream().sorted(Comparator.comparing(n -> Reads.label(dsg, n))).forEach(n -> {
            if (dd.childrenSize() > 0) dd.appendText(", ");
            h.link(dd, dsg, n);
        });
    }

    /** A chart of the entries the papers also use, each bar a link narrowing the list to the papers using both. */
    private static void narrowing(Html h, DatasetGraph dsg, Node entry, String caption, List<Map.Entry<Node, Long>> counts, Element into) {
        String here = h.local(entry);
        Element chart = BarChart.drawCounts(into, caption + " (click one for the papers using both)", counts, n -> Reads.label(dsg, n),
                n -> here + "?with=" + URLEncoder.encode(n.getURI(), StandardCharsets.UTF_8));
        if (chart != null) chart.addClass("narrowing");
    }

    private static void papers(Html h, DatasetGraph dsg, Node entry, List<Node> all, Node with, Set<Node> withPapers,
                               Map<String, String> params) {
        List<Node> papers = withPapers == null ? all : all.stream().filter(withPapers::contains).toList();
        Set<Node> mine = Reads.narrowerOrSelf(dsg, entry);
        Set<Node> theirs = with == null ? Set.of() : Reads.narrowerOrSelf(dsg, with);
        int page = Math.max(1, parse(params.get("page")));
        int from = Math.min(papers.size(), (page - 1) * PAPERS_PER_PAGE);
        int to = Math.min(papers.size(), from + PAPERS_PER_PAGE);
        String heading = with == null ? "Papers" : "Papers using it and " + Reads.label(dsg, with);
        Element section = h.section(heading + " (" + papers.size() + ")");
        section.attr("id", "papers");
        if (with != null) {
            Element p = section.appendElement("p").attr("class", "narrowed");
            p.appendText("Narrowed to the papers that also use ");
            h.link(p, dsg, with);
            p.appendText(". ");
            p.appendElement("a").attr("href", h.local(entry)).attr("class", "clear").text("Show all");
        }
        Element ol = section.appendElement("ol").attr("class", "papers").attr("start", String.valueOf(from + 1));
        for (Node paper : papers.subList(from, to)) {
            Element li = ol.appendElement("li");
            h.link(li, dsg, paper).addClass("paper");
            PaperFacts f = PaperFacts.of(dsg, paper);
            String where = (f.venue() == null ? "" : f.venue()) + (f.year() == null || (f.venue() != null && f.venue().contains(f.year())) ? "" : " " + f.year());
            if (!where.isBlank()) li.appendElement("span").attr("class", "by").text(where.strip());
            evidence(dsg, li, paper, mine);
            if (with != null) evidence(dsg, li, paper, theirs);
        }
        pager(h, section, entry, with, page, papers.size());
    }

    private static void evidence(DatasetGraph dsg, Element li, Node paper, Set<Node> entries) {
        for (Node m : Reads.mentionsOf(dsg, paper, entries)) {
            String sentence = Reads.text(dsg, m, Vocab.sentence);
            if (sentence == null) continue;
            li.appendElement("q").attr("class", "evidence").text(sentence);
            return;
        }
    }

    private static void pager(Html h, Element section, Node entry, Node with, int page, int total) {
        int pages = (total + PAPERS_PER_PAGE - 1) / PAPERS_PER_PAGE;
        if (pages <= 1) return;
        Element nav = section.appendElement("nav").attr("class", "pager");
        String base = h.local(entry) + "?" + (with == null ? "" : "with=" + URLEncoder.encode(with.getURI(), StandardCharsets.UTF_8) + "&");
        if (page > 1) nav.appendElement("a").attr("href", base + "page=" + (page - 1) + "#papers").attr("rel", "prev").text("← previous");
        nav.appendElement("span").text(" page " + page + " of " + pages + " ");
        if (page < pages) nav.appendElement("a").attr("href", base + "page=" + (page + 1) + "#papers").attr("rel", "next").text("next →");
    }

    static int parse(String s) {
        try {
            return s == null ? 1 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
