package org.paperkg.browse;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.jsoup.nodes.Element;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The page of anything without a page of its own (an award, a source page, a listing…): every
 * statement about it and what refers to it, each thing a link.
 */
final class StatementsView {
    /** Things that refer to one shown; an award or a page can have thousands. */
    private static final int REFERRERS = 200;

    private StatementsView() {
    }

    static void render(Html h, DatasetGraph dsg, Node subject) {
        Element table = h.section("Statements").appendElement("table").attr("class", "statements");
        Set<java.util.List<Node>> seen = new LinkedHashSet<>();
        dsg.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!seen.add(java.util.List.of(q.getPredicate(), q.getObject()))) return;
            Element tr = table.appendElement("tr");
            tr.appendElement("th").text(Reads.label(dsg, q.getPredicate()));
            value(h, dsg, tr.appendElement("td"), q.getObject());
        });
        Iterator<Quad> in = dsg.find(Node.ANY, Node.ANY, Node.ANY, subject);
        if (!in.hasNext()) return;
        Element ul = h.section("Referred to by").appendElement("ul").attr("class", "referrers");
        Set<java.util.List<Node>> shown = new LinkedHashSet<>();
        while (in.hasNext() && shown.size() < REFERRERS) {
            Quad q = in.next();
            if (!shown.add(java.util.List.of(q.getSubject(), q.getPredicate()))) continue;
            Element li = ul.appendElement("li");
            h.link(li, dsg, q.getSubject());
            li.appendElement("span").attr("class", "by").text(" (" + Reads.label(dsg, q.getPredicate()) + ")");
        }
        if (in.hasNext()) ul.appendElement("li").text("… and more");
    }

    static void value(Html h, DatasetGraph dsg, Element td, Node o) {
        if (o.isLiteral()) td.text(o.getLiteralLexicalForm());
        else if (o.isURI()) h.link(td, dsg, o);
        else td.text(o.toString());
    }
}
