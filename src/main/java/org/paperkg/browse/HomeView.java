package org.paperkg.browse;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.nodes.Element;
import org.paperkg.rdf.Vocab;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The home page: what the graph holds, the most used datasets and concepts, the pages it came
 * from, and the ways on (search, a dataset's page, SPARQL).
 */
final class HomeView {
    private static final int TOP = 15;
    private static final List<String> COUNTS = List.of("papers", "persons", "authorships", "sessions", "presentations", "awards",
            "datasetsUsed", "methods", "conceptsUsed", "mentions", "sources");

    private HomeView() {
    }

    /** The entries most papers point at, through one predicate. */
    record MostUsed(List<Map.Entry<Node, Long>> datasets, List<Map.Entry<Node, Long>> concepts) {
    }

    static MostUsed mostUsed(DatasetGraph dsg) {
        return new MostUsed(top(dsg, Vocab.usesDataset), top(dsg, Vocab.aboutConcept));
    }

    private static List<Map.Entry<Node, Long>> top(DatasetGraph dsg, Node via) {
        Map<Node, java.util.Set<Node>> papers = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, via, Node.ANY).forEachRemaining(q ->
                papers.computeIfAbsent(q.getObject(), k -> new java.util.HashSet<>()).add(q.getSubject()));
        return papers.entrySet().stream().map(e -> Map.entry(e.getKey(), (long) e.getValue().size()))
                .sorted(Map.Entry.<Node, Long>comparingByValue().reversed().thenComparing(e -> e.getKey().getURI()))
                .limit(TOP).toList();
    }

    static void render(Html h, DatasetGraph dsg, Map<String, Long> stats, List<List<String>> pages, MostUsed mostUsed) {
        h.main.attr("class", "home");
        Element intro = h.main.appendElement("p").attr("class", "intro");
        intro.appendText("A knowledge graph of machine-learning papers: who wrote them, where they were presented, what they "
                + "use and propose. Search above, start from a dataset or concept below (its page narrows to the papers that "
                + "also use another), or ask in ");
        intro.appendElement("a").attr("href", "/query").text("SPARQL");
        intro.appendText(".");
        Element dl = h.main.appendElement("dl").attr("class", "counts").attr("id", "counts");
        for (String k : COUNTS) {
            if (stats.containsKey(k)) Html.row(dl, k).text(String.format("%,d", stats.get(k)));
        }
        Element charts = h.section("Most used");
        charts.addClass("charts");
        BarChart.drawCounts(charts, "Datasets by papers using them", mostUsed.datasets(), n -> Reads.label(dsg, n), h::local);
        BarChart.drawCounts(charts, "Concepts by papers about them", mostUsed.concepts(), n -> Reads.label(dsg, n), h::local);
        if (!pages.isEmpty()) {
            Element table = h.section("Pages it came from (" + pages.size() + ")").appendElement("table").attr("class", "pages");
            Element head = table.appendElement("thead").appendElement("tr");
            for (String c : List.of("File", "Format", "Papers", "Read")) head.appendElement("th").text(c);
            Element body = table.appendElement("tbody");
            for (List<String> row : pages) {
                Element tr = body.appendElement("tr");
                for (String cell : row) tr.appendElement("td").text(cell);
            }
        }
    }
}
