package org.paperkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.paperkg.text.Slugs;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Mints the IRIs of the graph's things under one base, readable and stable: the same name always
 * gives the same IRI, whatever page it comes from and in whatever order pages arrive.
 *
 * <pre>
 *   paper/learning-strides-in-convolutional-neural-networks
 *   paper/untitled-3f1c…            (a paper no page has given a title yet)
 *   paper/…/authorship/2            person/yu-yu    paper/…/method/diffstride
 *   method/s4-structured-state-space-sequence-model  (a proposed name with the long form its paper gives)
 *   conference/iclr-2022            award/iclr-2022/outstanding-paper
 *   session/iclr-2022/oral-2-understanding-deep-learning[/talk/20220426T0100]
 *   page/iclr-2022-outstanding-paper-awards.txt[/listing/3]   page/2024/list.json
 *   graph/papers                    (the derived graph of chosen titles and abstracts)
 * </pre>
 */
public final class IriScheme {
    public static final String DEFAULT_BASE = "https://w3id.org/paperkg/id/";
    private static final String UNTITLED = "paper/untitled-";
    private static final DateTimeFormatter TALK = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmm");
    private final String base;

    public IriScheme(String base) {
        if (base == null || !(base.endsWith("/") || base.endsWith("#"))) {
            throw new IllegalArgumentException("the base IRI must end with '/' or '#': " + base);
        }
        if (!IRIs.check(base) || !base.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            throw new IllegalArgumentException("not an absolute IRI: " + base);
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    public Node paper(String title) {
        return iri("paper/" + Slugs.of(title));
    }

    public Node untitledPaper(String fingerprint) {
        return iri(UNTITLED + fingerprint);
    }

    public boolean isUntitledPaper(Node node) {
        return node.isURI() && node.getURI().startsWith(base + UNTITLED);
    }

    public Node person(String name) {
        return iri("person/" + Slugs.of(name));
    }

    public Node conference(String label) {
        return iri("conference/" + Slugs.of(label));
    }

    public Node session(String conferenceLabel, String sessionName) {
        return iri("session/" + (conferenceLabel == null ? "" : Slugs.of(conferenceLabel) + "/") + Slugs.of(sessionName));
    }

    public Node award(String conferenceLabel, String awardName) {
        return iri("award/" + (conferenceLabel == null ? "" : Slugs.of(conferenceLabel) + "/") + Slugs.of(awardName));
    }

    /** A dataset the extractor found in text but the catalogue does not hold. */
    public Node discoveredDataset(String name) {
        return iri("dataset/" + Slugs.of(name));
    }

    /**
     * A method, model or resource a paper proposes. With the long form the paper gives it, one
     * node for every paper that gives that name that long form ({@code method/bpe-byte-pair-encoding});
     * without one, the paper's own node ({@code paper/…/method/diffstride}): one name given two
     * meanings by two papers is two methods.
     */
    public Node method(Node paper, String name, String longForm) {
        if (longForm != null) return iri("method/" + Slugs.of(name + " " + longForm));
        return NodeFactory.createURI(paper.getURI() + "/method/" + Slugs.of(name));
    }

    public Node vocabularyGraph() {
        return iri("graph/vocabulary");
    }

    /**
     * A page, by its name (its path inside the folder it was read from). The name is
     * percent-encoded, not slugged: two different names never share a page IRI, whatever
     * punctuation, script, spaces or line breaks tell them apart.
     */
    public Node page(String pageName) {
        return iri("page/" + encodePath(pageName));
    }

    /** Percent-encodes all but RFC 3986's unreserved characters, keeping '/' between folders. */
    static String encodePath(String name) {
        // "." and ".." segments would be removed by IRI normalisation: encode their dots
        return Literals.percentEncoded(name, "/").replaceAll("(^|/)\\.(?=/|$)", "$1%2E").replaceAll("(^|/)\\.\\.(?=/|$)", "$1%2E%2E");
    }

    public Node papersGraph() {
        return iri("graph/papers");
    }

    public static Node authorship(Node paper, int position) {
        return NodeFactory.createURI(paper.getURI() + "/authorship/" + position);
    }

    /** The author at {@code position} of one page's listing: {@code page/…/listing/3/author/2}. */
    public static Node listedAuthor(Node listing, int position) {
        return NodeFactory.createURI(listing.getURI() + "/author/" + position);
    }

    public static Node presentation(Node session, OffsetDateTime start) {
        return NodeFactory.createURI(session.getURI() + "/talk/" + TALK.format(start));
    }

    public static Node listing(Node page, int position) {
        return NodeFactory.createURI(page.getURI() + "/listing/" + position);
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }
}
