package org.paperkg.browse;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.nodes.Element;
import org.paperkg.rdf.Vocab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A person's page: papers in time order, co-authors, name variants, identity marks, external links. */
final class PersonView {
    private PersonView() {
    }

    /** One authorship of the person's, with what the list needs. */
    private record Authored(Node paper, String title, int position, int of, PaperFacts facts) {
    }

    static void render(Html h, DatasetGraph dsg, Node person) {
        h.main.attr("class", "person");
        Element dl = h.main.appendElement("dl").attr("class", "facts");
        for (Node v : Reads.objects(dsg, person, Vocab.nameVariant)) Html.row(dl, "Also written").text(v.getLiteralLexicalForm());
        for (Node e : Reads.objects(dsg, person, Vocab.identityEvidence)) Html.row(dl, "One person because").text(e.getLiteralLexicalForm());
        if (Reads.has(dsg, person, Vocab.identityUncertain, org.paperkg.browse.Nodes.TRUE)) {
            Element dd = Html.row(dl, "Identity uncertain");
            dd.addClass("uncertain");
            for (Node why : Reads.objects(dsg, person, Vocab.uncertainBecause)) dd.appendElement("p").text(why.getLiteralLexicalForm());
            for (Node m : Reads.objects(dsg, person, Vocab.possibleMatch)) {
                Element p = dd.appendElement("p");
                p.appendText("possibly ");
                h.link(p, m, m.getURI());
            }
        }
        for (Node p : List.of(Vocab.sameAs, org.apache.jena.vocabulary.OWL.sameAs.asNode(), Vocab.orcid, Vocab.openReviewProfile)) {
            for (Node v : Reads.objects(dsg, person, p)) h.link(Html.row(dl, Reads.label(dsg, p)), v, v.isURI() ? v.getURI() : v.getLiteralLexicalForm());
        }

        List<Authored> papers = new ArrayList<>();
        Map<Node, Integer> coauthors = new LinkedHashMap<>();
        for (Node a : Reads.subjects(dsg, Vocab.author, person)) {
            for (Node paper : Reads.subjects(dsg, Vocab.authorship, a)) {
                Set<Node> all = Reads.objects(dsg, paper, Vocab.authorship);
                String pos = Reads.text(dsg, a, Vocab.position);
                papers.add(new Authored(paper, Reads.label(dsg, paper), pos == null ? 0 : Integer.parseInt(pos), all.size(),
                        PaperFacts.of(dsg, paper)));
                for (Node other : all) {
                    if (other.equals(a)) continue;
                    Reads.object(dsg, other, Vocab.author).filter(o -> !o.equals(person)).ifPresent(o -> coauthors.merge(o, 1, Integer::sum));
                }
            }
        }
        papers.sort(Comparator.comparing((Authored x) -> x.facts().year() == null ? "9999" : x.facts().year()).thenComparing(Authored::title));
        Element ol = h.section("Papers (" + papers.size() + ")").appendElement("ol").attr("class", "papers");
        for (Authored x : papers) {
            Element li = ol.appendElement("li");
            if (x.facts().year() != null) li.appendElement("span").attr("class", "year").text(x.facts().year());
            h.link(li, x.paper(), x.title()).addClass("paper");
            li.appendElement("span").attr("class", "by").text("author " + x.position() + " of " + x.of()
                    + (x.facts().venue() == null ? "" : " · " + x.facts().venue()));
        }
        if (!coauthors.isEmpty()) {
            Element ul = h.section("Co-authors").appendElement("ul").attr("class", "coauthors");
            coauthors.entrySet().stream().sorted(Map.Entry.<Node, Integer>comparingByValue().reversed()
                            .thenComparing(e -> Reads.label(dsg, e.getKey())))
                    .forEach(e -> {
                        Element li = ul.appendElement("li");
                        h.link(li, dsg, e.getKey());
                        if (e.getValue() > 1) li.appendText(" (" + e.getValue() + " papers)");
                    });
        }
    }
}
