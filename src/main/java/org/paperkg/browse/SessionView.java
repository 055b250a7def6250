package org.paperkg.browse;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.nodes.Element;
import org.paperkg.rdf.Vocab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** A session's page: its conference, and the timetable of its talks (or the papers presented in it). */
final class SessionView {
    private SessionView() {
    }

    private record Talk(Node talk, String start, String end, Node paper) {
    }

    static void render(Html h, DatasetGraph dsg, Node session) {
        h.main.attr("class", "session");
        Element dl = h.main.appendElement("dl").attr("class", "facts");
        for (Node c : Reads.objects(dsg, session, Vocab.partOf)) h.link(Html.row(dl, "Conference"), dsg, c);
        String track = Reads.text(dsg, session, Vocab.track);
        if (track != null) Html.row(dl, "Track").text(track);
        List<Talk> talks = new ArrayList<>();
        for (Node t : Reads.subjects(dsg, Vocab.inSession, session)) {
            for (Node paper : Reads.objects(dsg, t, Vocab.presents)) {
                talks.add(new Talk(t, Reads.text(dsg, t, Vocab.startDate), Reads.text(dsg, t, Vocab.endDate), paper));
            }
        }
        talks.sort(Comparator.comparing((Talk t) -> t.start() == null ? "" : t.start()).thenComparing(t -> t.paper().getURI()));
        if (!talks.isEmpty()) {
            Element table = h.section("Timetable").appendElement("table").attr("class", "timetable");
            Element head = table.appendElement("thead").appendElement("tr");
            head.appendElement("th").text("When (conference time)");
            head.appendElement("th").text("UTC");
            head.appendElement("th").text("Paper");
            head.appendElement("th").text("Authors");
            Element body = table.appendElement("tbody");
            for (Talk t : talks) {
                Element tr = body.appendElement("tr");
                tr.appendElement("td").appendElement("time").attr("datetime", t.start() == null ? "" : t.start())
                        .text(t.start() == null ? "" : Times.local(t.start(), t.end()));
                tr.appendElement("td").text(t.start() == null ? "" : Times.utc(t.start(), t.end()));
                h.link(tr.appendElement("td"), dsg, t.paper()).addClass("paper");
                PaperView.authorLinks(h, dsg, tr.appendElement("td"), t.paper());
            }
        }
        Set<Node> presented = Reads.subjects(dsg, Vocab.presentedIn, session);
        talks.forEach(t -> presented.remove(t.paper()));
        if (!presented.isEmpty()) {
            Element ol = h.section(talks.isEmpty() ? "Papers (" + presented.size() + ")" : "Also presented here").appendElement("ol").attr("class", "papers");
            presented.stream().sorted(Comparator.comparing(p -> Reads.label(dsg, p))).forEach(p -> {
                Element li = ol.appendElement("li");
                h.link(li, dsg, p).addClass("paper");
                PaperView.authorLinks(h, dsg, li.appendElement("span").attr("class", "by"), p);
            });
        }
    }
}
