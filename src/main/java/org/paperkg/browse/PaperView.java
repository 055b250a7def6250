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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A paper's page: title, authors in order, where and when it was presented, its award, the
 * abstract with every extracted mention marked where it stands (kind, extractor and confidence
 * on hover), what it uses and proposes with the sentence that shows it, its identifiers and
 * links, and the pages it came from.
 */
final class PaperView {
    private static final Map<Node, String> IDENTIFIER_LINKS = Map.of(
            Vocab.arxivId, "https://arxiv.org/abs/",
            Vocab.doi, "https://doi.org/",
            Vocab.openReviewId, "https://openreview.net/forum?id=",
            Vocab.dblpKey, "https://dblp.org/rec/");
    private static final Map<Node, String> USE_HEADINGS = new LinkedHashMap<>();

    static {
        USE_HEADINGS.put(Vocab.proposes, "Proposes");
        USE_HEADINGS.put(Vocab.usesDataset, "Datasets");
        USE_HEADINGS.put(Vocab.usesMethod, "Methods");
        USE_HEADINGS.put(Vocab.aboutConcept, "Concepts");
    }

    private PaperView() {
    }

    static void render(Html h, DatasetGraph dsg, Node paper) {
        h.main.attr("class", "paper");
        authors(h, dsg, paper);
        facts(h, dsg, paper);
        String abs = Reads.text(dsg, paper, Vocab.abstract_);
        if (abs != null) {
            Element s = h.section("Abstract");
            Element p = s.appendElement("p").attr("class", "abstract");
            marked(h, dsg, p, abs, mentions(dsg, paper, "abstract"));
        }
        uses(h, dsg, paper);
        identifiers(h, dsg, paper);
        sources(h, dsg, paper);
    }

    private static void authors(Html h, DatasetGraph dsg, Node paper) {
        Element p = h.main.appendElement("p").attr("class", "authors");
        authorLinks(h, dsg, p, paper);
        if (p.childrenSize() == 0) p.remove();
    }

    /** A paper's authors in order, as its authorships give their names, each a link to the person. */
    static void authorLinks(Html h, DatasetGraph dsg, Element into, Node paper) {
        TreeMap<Integer, Node> byPosition = new TreeMap<>();
        for (Node a : Reads.objects(dsg, paper, Vocab.authorship)) {
            String pos = Reads.text(dsg, a, Vocab.position);
            if (pos != null) byPosition.put(Integer.parseInt(pos), a);
        }
        for (Node a : byPosition.values()) {
            if (into.childrenSize() > 0) into.appendText(", ");
            String name = Reads.text(dsg, a, Vocab.nameAsGiven);
            Node person = Reads.object(dsg, a, Vocab.author).orElse(null);
            if (person != null) h.link(into, person, name == null ? Reads.label(dsg, person) : name).addClass("author");
            else into.appendElement("span").text(name == null ? "?" : name);
        }
    }

    private static void facts(Html h, DatasetGraph dsg, Node paper) {
        Element dl = h.main.appendElement("dl").attr("class", "facts");
        PaperFacts facts = PaperFacts.of(dsg, paper);
        if (!facts.conferences().isEmpty()) {
            Element dd = Html.row(dl, "Conference");
            for (Node c : facts.conferences()) {
                if (dd.childrenSize() > 0) dd.appendText(", ");
                h.link(dd, dsg, c);
            }
        }
        for (String v : Reads.objects(dsg, paper, Vocab.venue).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).toList()) {
            Html.row(dl, "Venue").text(v);
        }
        if (facts.year() != null) Html.row(dl, "Year").text(facts.year());
        for (Node s : Reads.objects(dsg, paper, Vocab.presentedIn)) h.link(Html.row(dl, "Session"), dsg, s);
        for (Node talk : Reads.subjects(dsg, Vocab.presents, paper)) {
            String start = Reads.text(dsg, talk, Vocab.startDate);
            String end = Reads.text(dsg, talk, Vocab.endDate);
            if (start == null) continue;
            Element dd = Html.row(dl, "Slot");
            dd.appendElement("time").attr("datetime", start).text(Times.local(start, end));
            dd.appendElement("span").attr("class", "utc").text(" (" + Times.utc(start, end) + ")");
        }
        for (Node a : Reads.objects(dsg, paper, Vocab.receivedAward)) h.link(Html.row(dl, "Award"), dsg, a).attr("class", "award");
        for (Node k : Reads.objects(dsg, paper, Vocab.keywords)) {
            if (k.isLiteral()) Html.row(dl, "Keyword").text(k.getLiteralLexicalForm());
        }
    }

    /** A text with each mention a link to what it mentions; overlapping mentions after the first are left out. */
    static void marked(Html h, DatasetGraph dsg, Element into, String text, List<MentionAt> mentions) {
        int at = 0;
        for (MentionAt m : mentions) {
            int start;
            int end;
            try {
                start = text.offsetByCodePoints(0, m.start());
                end = text.offsetByCodePoints(0, m.end());
            } catch (IndexOutOfBoundsException e) {
                continue; // offsets of another text than this one: nothing to mark
            }
            if (start < at || end <= start) continue;
            into.appendText(text.substring(at, start));
            Element a = h.link(into, m.of(), text.substring(start, end));
            a.addClass("mention").addClass("kind-" + m.kind()).attr("title",
                    m.kind() + ": " + Reads.label(dsg, m.of()) + " · " + m.extractor() + " · confidence " + m.confidence());
            at = end;
        }
        into.appendText(text.substring(at));
    }

    /** A mention as the page marks it; offsets count code points, as the graph gives them. */
    record MentionAt(int start, int end, Node of, String kind, String extractor, String confidence, String sentence) {
    }

    static List<MentionAt> mentions(DatasetGraph dsg, Node paper, String field) {
        List<MentionAt> out = new ArrayList<>();
        for (Node m : Reads.objects(dsg, paper, Vocab.mention)) {
            if (!field.equals(Reads.text(dsg, m, Vocab.inField))) continue;
            String start = Reads.text(dsg, m, Vocab.start);
            String end = Reads.text(dsg, m, Vocab.end);
            Optional<Node> of = Reads.object(dsg, m, Vocab.mentionOf);
            if (start == null || end == null || of.isEmpty()) continue;
            out.add(new MentionAt(Integer.parseInt(start), Integer.parseInt(end), of.get(), String.valueOf(Reads.text(dsg, m, Vocab.mentionKind)),
                    String.valueOf(Reads.text(dsg, m, Vocab.extractor)), String.valueOf(Reads.text(dsg, m, Vocab.confidence)),
                    Reads.text(dsg, m, Vocab.sentence)));
        }
        out.sort(Comparator.comparingInt(MentionAt::start).thenComparingInt(m -> -m.end()));
        return out;
    }

    private static void uses(Html h, DatasetGraph dsg, Node paper) {
        List<MentionAt> all = new ArrayList<>(mentions(dsg, paper, "title"));
        all.addAll(mentions(dsg, paper, "abstract"));
        for (Map.Entry<Node, String> use : USE_HEADINGS.entrySet()) {
            Set<Node> entries = Reads.objects(dsg, paper, use.getKey());
            if (entries.isEmpty()) continue;
            Element ul = h.section(use.getValue()).appendElement("ul").attr("class", "uses");
            for (Node e : entries) {
                Element li = ul.appendElement("li");
                h.link(li, dsg, e).addClass("entry");
                all.stream().filter(m -> m.of().equals(e)).findFirst().ifPresent(m -> {
                    if (m.sentence() != null) li.appendElement("q").attr("class", "evidence").text(m.sentence());
                    li.appendElement("span").attr("class", "by").text(m.extractor() + " · " + m.confidence());
                });
            }
        }
    }

    private static void identifiers(Html h, DatasetGraph dsg, Node paper) {
        Element dl = new Element("dl").attr("class", "facts");
        for (Map.Entry<Node, String> id : IDENTIFIER_LINKS.entrySet()) {
            for (Node v : Reads.objects(dsg, paper, id.getKey())) {
                if (!v.isLiteral()) continue;
                String value = v.getLiteralLexicalForm();
                h.link(Html.row(dl, Reads.label(dsg, id.getKey())), org.apache.jena.graph.NodeFactory.createURI(id.getValue() + value), value);
            }
        }
        for (Node p : List.of(Vocab.sameAs, Vocab.url)) {
            for (Node v : Reads.objects(dsg, paper, p)) h.link(Html.row(dl, Reads.label(dsg, p)), v, v.isURI() ? v.getURI() : v.toString());
        }
        for (Node v : Reads.objects(dsg, paper, org.apache.jena.vocabulary.OWL.sameAs.asNode())) {
            h.link(Html.row(dl, "same as"), v, v.getURI());
        }
        if (dl.childrenSize() > 0) h.section("Identifiers and links").appendChild(dl);
    }

    private static void sources(Html h, DatasetGraph dsg, Node paper) {
        Set<Node> listings = Reads.subjects(dsg, Vocab.listingOf, paper);
        if (listings.isEmpty()) return;
        Element ul = h.section("Where it comes from").appendElement("ul").attr("class", "sources");
        for (Node l : listings) {
            Element li = ul.appendElement("li");
            Optional<Node> page = Reads.object(dsg, l, Vocab.onPage);
            if (page.isEmpty()) continue;
            h.link(li, dsg, page.get());
            String line = Reads.text(dsg, l, Vocab.line);
            if (line != null) li.appendText(", line " + line);
            Reads.object(dsg, page.get(), Vocab.source).ifPresent(src -> {
                li.appendText(" — ");
                h.link(li, src, src.isURI() ? src.getURI() : src.toString());
            });
        }
    }
}
