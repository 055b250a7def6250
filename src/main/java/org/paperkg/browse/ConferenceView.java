package org.paperkg.browse;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.nodes.Element;
import org.paperkg.rdf.Vocab;

import java.util.Comparator;
import java.util.Set;

/** A conference's page: its sessions, its awards with the papers that received them, and the pages about it. */
final class ConferenceView {
    private ConferenceView() {
    }

    static void render(Html h, DatasetGraph dsg, Node conference) {
        h.main.attr("class", "conference");
        Element dl = h.main.appendElement("dl").attr("class", "facts");
        String series = Reads.text(dsg, conference, Vocab.series);
        if (series != null) Html.row(dl, "Series").text(series);
        String year = Reads.text(dsg, conference, Vocab.year);
        if (year != null) Html.row(dl, "Year").text(year);
        // what paperkg link found for it (dblp's proceedings and series)
        for (Node p : java.util.List.of(Vocab.proceedingsRecord, Vocab.seriesRecord)) {
            for (Node v : Reads.objects(dsg, conference, p)) if (v.isURI()) h.link(Html.row(dl, Reads.label(dsg, p)), v, v.getURI());
        }
        Set<Node> sessions = Reads.subjects(dsg, Vocab.partOf, conference);
        if (!sessions.isEmpty()) {
            Element ul = h.section("Sessions").appendElement("ul").attr("class", "sessions");
            sessions.stream().sorted(Comparator.comparing(s -> Reads.label(dsg, s))).forEach(s -> h.link(ul.appendElement("li"), dsg, s));
        }
        Set<Node> awards = Reads.subjects(dsg, Vocab.conferredAt, conference);
        if (!awards.isEmpty()) {
            Element section = h.section("Awards");
            awards.stream().sorted(Comparator.comparing(a -> Reads.label(dsg, a))).forEach(a -> {
                h.link(section.appendElement("h3"), dsg, a);
                Element ul = section.appendElement("ul").attr("class", "papers");
                Reads.subjects(dsg, Vocab.receivedAward, a).stream().sorted(Comparator.comparing(p -> Reads.label(dsg, p)))
                        .forEach(p -> h.link(ul.appendElement("li"), dsg, p).addClass("paper"));
            });
        }
        Set<Node> pages = Reads.subjects(dsg, Vocab.aboutConference, conference);
        if (!pages.isEmpty()) {
            Element ul = h.section("Pages about it").appendElement("ul").attr("class", "sources");
            pages.forEach(p -> h.link(ul.appendElement("li"), dsg, p));
        }
    }
}
