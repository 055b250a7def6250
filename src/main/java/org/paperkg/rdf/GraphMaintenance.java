package org.paperkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.extract.Mention;
import org.paperkg.extract.TextExtraction;
import org.paperkg.text.TitleForms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the stored graph one graph whatever order pages come and go in. Callers run these
 * inside one write transaction with the page's own change, so readers never see a half step.
 *
 * <ul>
 *   <li>An untitled award entry and its titled twin from another page are one paper: the
 *       untitled node takes the titled IRI when the twin arrives, and gets its own back when
 *       the twin's page is removed.</li>
 *   <li>The derived graph {@code graph/papers} holds each paper's chosen title ({@link TitleForms})
 *       and abstract — a complete abstract wins over a cut-short copy, whatever page gave either —
 *       and what the extractors found in them, with evidence whose offsets point into that chosen
 *       text; the paper's reconciled author list ({@link AuthorLists}) and the persons of every
 *       authorship a change touches ({@link PersonIdentity}).</li>
 *   <li>Papers from different pages that share an identifier (arXiv id, DOI, OpenReview forum,
 *       dblp key) are one paper even when their titles differ: the group takes the least of its
 *       members' title IRIs, so the name does not depend on the order pages came in; when a page
 *       goes, the papers it joined are split back to their own titles and grouped again.</li>
 * </ul>
 */
public final class GraphMaintenance {
    private static final List<Node> IDENTIFIERS = List.of(Vocab.arxivId, Vocab.doi, Vocab.openReviewId, Vocab.dblpKey);
    private final IriScheme iris;
    private final TextExtraction extraction;
    private final MentionMapper mentions;
    private final PersonIdentity persons;

    public GraphMaintenance(IriScheme iris, TextExtraction extraction) {
        this.iris = iris;
        this.extraction = extraction;
        this.mentions = new MentionMapper(iris);
        this.persons = new PersonIdentity(iris);
    }

    /** Looks up titled twins among what {@code dsg} holds. */
    public TwinLookup twins(DatasetGraph dsg) {
        return fingerprint -> {
            Set<Node> titled = papersWithFingerprint(dsg, fingerprint).stream()
                    .filter(p -> !iris.isUntitledPaper(p)).collect(Collectors.toSet());
            return titled.size() == 1 ? Optional.of(titled.iterator().next()) : Optional.empty();
        };
    }

    public boolean hasPage(DatasetGraph dsg, Node page) {
        return dsg.containsGraph(page);
    }

    /** The stored pages whose name is {@code fileName} or ends with "/" + it. */
    public List<Node> pagesEndingWith(DatasetGraph dsg, String fileName) {
        List<Node> out = new ArrayList<>();
        var it = dsg.find(Node.ANY, Node.ANY, Vocab.fileName, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (!q.getGraph().equals(q.getSubject()) || !q.getObject().isLiteral()) continue;
            String name = q.getObject().getLiteralLexicalForm();
            if (name.equals(fileName) || name.endsWith("/" + fileName)) out.add(q.getSubject());
        }
        return out;
    }

    /** A stored page's own count ({@link Vocab#recordCount} or {@link Vocab#paperCount}), or 0. */
    public int storedCount(DatasetGraph dsg, Node page, Node count) {
        String n = Literals.lexical(dsg, page, page, count);
        return n == null ? 0 : Integer.parseInt(n);
    }

    /** The format a stored page was read as, or null. */
    public String storedFormat(DatasetGraph dsg, Node page) {
        return Literals.lexical(dsg, page, page, Vocab.format);
    }

    /** The SHA-256 the stored page was read from, if the page is stored. */
    public Optional<String> storedChecksum(DatasetGraph dsg, Node page) {
        return Optional.ofNullable(Literals.lexical(dsg, page, page, Vocab.sha256));
    }

    /**
     * After a page's graph is written: merge untitled twins into its titled papers, join papers
     * that share an identifier, then derive.
     */
    public void pageAdded(DatasetGraph dsg, MappedPage page) {
        pageAdded(dsg, page, Map.of());
    }

    /**
     * As {@link #pageAdded(DatasetGraph, MappedPage)}, with the mentions already extracted from
     * the page's texts (text → mentions), so they are not extracted again inside the transaction.
     */
    public void pageAdded(DatasetGraph dsg, MappedPage page, Map<String, List<Mention>> extracted) {
        added(dsg, page.graph(), page.papers(), extracted, true);
    }

    /**
     * As {@link #pageAdded(DatasetGraph, MappedPage, Map)} for papers of pages written together
     * (a bulk build writes every page's graph first, then this once per batch of papers): each
     * page was written as if it came first, and this does what each later page would have done.
     */
    public void papersAdded(DatasetGraph dsg, List<Node> papers, Map<String, List<Mention>> extracted) {
        added(dsg, Node.ANY, papers, extracted, false);
    }

    /** Work too large for one transaction, done in steps: each call one step, in its own write transaction. */
    public interface Steps {
        /** @return whether steps remain */
        boolean step(DatasetGraph dsg);
    }

    /**
     * Every authorship's person, decided once after the last {@link #papersAdded} of a bulk build
     * (deciding them per batch would redo, each time, every earlier batch's authorships that share
     * a name with the new ones).
     */
    public Steps personsOfAll() {
        return persons.new All(iris.papersGraph());
    }

    /**
     * @param graph         the page graph the papers came in, or {@link Node#ANY} for pages written together
     * @param assignPersons whether to decide the persons of the papers' authorships now
     */
    private void added(DatasetGraph dsg, Node graph, List<Node> papers, Map<String, List<Mention>> extracted, boolean assignPersons) {
        Set<Node> affected = new LinkedHashSet<>(papers);
        for (Node paper : papers) {
            if (iris.isUntitledPaper(paper)) continue;
            for (String fingerprint : fingerprints(dsg, graph, paper)) {
                for (Node twin : papersWithFingerprint(dsg, fingerprint)) {
                    if (iris.isUntitledPaper(twin)) rename(dsg, Node.ANY, twin, paper);
                }
            }
        }
        affected.addAll(joinByIdentifiers(dsg, papers));
        consolidate(dsg, affected, text -> {
            List<Mention> known = extracted.get(text);
            return known != null ? known : extraction.extract(text);
        }, assignPersons);
    }

    /**
     * Joins each paper with the papers that share one of its identifiers, transitively, under
     * the least titled IRI of the group.
     *
     * @return the IRIs the groups now have
     */
    private Set<Node> joinByIdentifiers(DatasetGraph dsg, Iterable<Node> papers) {
        Set<Node> joined = new LinkedHashSet<>();
        for (Node paper : papers) {
            if (!dsg.find(Node.ANY, paper, Vocab.type, Vocab.Paper).hasNext()) continue; // already joined into another
            Set<Node> group = sharingIdentifiers(dsg, paper);
            Node target = group.stream().filter(n -> !iris.isUntitledPaper(n))
                    .min(Comparator.comparing(Node::getURI)).orElse(paper);
            for (Node other : group) rename(dsg, Node.ANY, other, target);
            joined.add(target);
        }
        return joined;
    }

    private static Set<Node> sharingIdentifiers(DatasetGraph dsg, Node paper) {
        Set<Node> group = new LinkedHashSet<>();
        List<Node> todo = new ArrayList<>(List.of(paper));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (!group.add(n)) continue;
            for (Node p : IDENTIFIERS) {
                dsg.find(Node.ANY, n, p, Node.ANY).forEachRemaining(q ->
                        dsg.find(Node.ANY, Node.ANY, p, q.getObject()).forEachRemaining(o -> todo.add(o.getSubject())));
            }
        }
        return group;
    }

    /**
     * Gives each page's listing of {@code paper} back the IRI its own title makes, where that
     * differs: undoes identifier joins so they can be made again from what is left.
     *
     * @return the IRIs the listings now have
     */
    private Set<Node> splitToOwnTitles(DatasetGraph dsg, Node paper) {
        Set<Node> out = new LinkedHashSet<>();
        List<Quad> listings = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.listingOf, paper).forEachRemaining(listings::add);
        for (Quad q : listings) {
            String title = Literals.lexical(dsg, q.getGraph(), q.getSubject(), Vocab.titleAsGiven);
            if (title == null) continue;
            Node own = iris.paper(title);
            if (!own.equals(paper)) {
                rename(dsg, q.getGraph(), paper, own);
                out.add(own);
            }
        }
        return out;
    }

    /**
     * Takes a page's graph out and what follows from it: papers only that page gave a title go
     * back to their untitled IRI, and the derived graph is redone for every paper it listed.
     *
     * @return the papers the page listed
     */
    public List<Node> removePage(DatasetGraph dsg, Node page) {
        List<Node> papers = new ArrayList<>();
        dsg.find(page, Node.ANY, Vocab.type, Vocab.Paper).forEachRemaining(q -> papers.add(q.getSubject()));
        dsg.removeGraph(page);
        Set<Node> affected = new LinkedHashSet<>();
        Set<Node> split = new LinkedHashSet<>();
        for (Node paper : papers) {
            split.addAll(splitToOwnTitles(dsg, paper));
        }
        for (Node paper : papers) {
            Node now = paper;
            if (!iris.isUntitledPaper(paper) && stillListed(dsg, paper) && !hasTitledListing(dsg, paper)) {
                Optional<String> fingerprint = fingerprints(dsg, Node.ANY, paper).stream().findFirst();
                if (fingerprint.isPresent()) {
                    now = iris.untitledPaper(fingerprint.get());
                    rename(dsg, Node.ANY, paper, now);
                }
            }
            affected.add(paper);
            affected.add(now);
        }
        affected.addAll(split);
        affected.addAll(joinByIdentifiers(dsg, List.copyOf(affected)));
        consolidate(dsg, affected, extraction::extract, true);
        return papers;
    }

    /**
     * Rewrites the derived graph's statements for {@code papers} from their listings: title,
     * abstract, what the extractors found, the reconciled author list; then the persons of
     * every authorship those touch.
     */
    void consolidate(DatasetGraph dsg, Set<Node> papers, Function<String, List<Mention>> extract, boolean assignPersons) {
        Node derived = iris.papersGraph();
        Set<Node> minted = new LinkedHashSet<>();
        PersonIdentity.Seeds seeds = new PersonIdentity.Seeds();
        for (Node paper : papers) {
            if (assignPersons) seeds.addPaper(dsg, derived, paper);
            AuthorLists.clear(dsg, derived, paper);
            minted.addAll(mentions.clear(dsg, derived, paper));
            dsg.deleteAny(derived, paper, Node.ANY, Node.ANY);
            List<ListingView> listings = listings(dsg, paper);
            if (listings.isEmpty()) continue;
            Comparator<String> titles = TitleForms.order(listings.stream().map(ListingView::title).filter(Objects::nonNull).toList());
            listings.stream().filter(l -> l.title != null)
                    .min(Comparator.comparing(ListingView::title, titles).thenComparing(ListingView::order)).ifPresent(l -> {
                dsg.add(derived, paper, Vocab.title, Literals.string(l.title));
                minted.addAll(mentions.write(dsg, derived, paper, "title", l.title, extract.apply(l.title)));
            });
            listings.stream().filter(l -> l.cleanAbstract != null).min(ListingView.ABSTRACT_ORDER).ifPresent(l -> {
                dsg.add(derived, paper, Vocab.abstract_, Literals.string(l.cleanAbstract));
                dsg.add(derived, paper, Vocab.abstractTruncated, Literals.bool(l.truncated));
                dsg.add(derived, paper, Vocab.abstractFrom, l.listing);
                minted.addAll(mentions.write(dsg, derived, paper, "abstract", l.cleanAbstract, extract.apply(l.cleanAbstract)));
            });
            List<AuthorLists.Source> lists = listings.stream().map(l -> AuthorLists.read(dsg, l.graph, l.listing)).toList();
            AuthorLists.write(dsg, derived, paper, AuthorLists.reconcile(lists));
            if (assignPersons) seeds.addPaper(dsg, derived, paper);
        }
        for (Node node : minted) mentions.refresh(dsg, derived, node);
        if (assignPersons) persons.assign(dsg, derived, seeds);
    }

    private List<ListingView> listings(DatasetGraph dsg, Node paper) {
        List<ListingView> out = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.listingOf, paper).forEachRemaining(q -> {
            Node g = q.getGraph();
            Node listing = q.getSubject();
            out.add(new ListingView(g, listing, Literals.lexical(dsg, g, listing, Vocab.titleAsGiven),
                    Literals.lexical(dsg, g, listing, Vocab.cleanAbstract),
                    "true".equals(Literals.lexical(dsg, g, listing, Vocab.truncated)), listing.getURI()));
        });
        return out;
    }

    private boolean stillListed(DatasetGraph dsg, Node paper) {
        return dsg.find(Node.ANY, Node.ANY, Vocab.listingOf, paper).hasNext();
    }

    private boolean hasTitledListing(DatasetGraph dsg, Node paper) {
        return listings(dsg, paper).stream().anyMatch(l -> l.title != null);
    }

    private static Set<String> fingerprints(DatasetGraph dsg, Node graph, Node paper) {
        Set<String> out = new LinkedHashSet<>();
        dsg.find(graph, paper, Vocab.abstractFingerprint, Node.ANY)
                .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
        return out;
    }

    private static Set<Node> papersWithFingerprint(DatasetGraph dsg, String fingerprint) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.abstractFingerprint, Literals.string(fingerprint))
                .forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    /**
     * Renames {@code from} to {@code to} in {@code graph} ({@link Node#ANY}: every graph), with
     * the IRIs minted under it ({@code …/authorship/1}), as subject or object.
     */
    static void rename(DatasetGraph dsg, Node graph, Node from, Node to) {
        if (from.equals(to)) return;
        String prefix = from.getURI() + "/";
        // the nodes minted under "from" are reached from it (paper → authorship), so no scan
        Set<Node> nodes = new LinkedHashSet<>();
        List<Node> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (!nodes.add(n)) continue;
            dsg.find(graph, n, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (renamed(q.getObject(), from, prefix)) todo.add(q.getObject());
            });
        }
        Set<Quad> old = new LinkedHashSet<>();
        for (Node n : nodes) {
            dsg.find(graph, n, Node.ANY, Node.ANY).forEachRemaining(old::add);
            dsg.find(graph, Node.ANY, Node.ANY, n).forEachRemaining(old::add);
        }
        for (Quad q : old) {
            dsg.delete(q);
        }
        for (Quad q : old) {
            dsg.add(q.getGraph(), swap(q.getSubject(), from, to, prefix), q.getPredicate(),
                    swap(q.getObject(), from, to, prefix));
        }
    }

    private static boolean renamed(Node n, Node from, String prefix) {
        return n.isURI() && (n.equals(from) || n.getURI().startsWith(prefix));
    }

    private static Node swap(Node n, Node from, Node to, String prefix) {
        if (!renamed(n, from, prefix)) return n;
        return n.equals(from) ? to : NodeFactory.createURI(to.getURI() + n.getURI().substring(from.getURI().length()));
    }


    /** A listing as the choice of title and abstract sees it. */
    private record ListingView(Node graph, Node listing, String title, String cleanAbstract, boolean truncated, String order) {
        /** A complete abstract beats a cut one; then the longer; then the first by listing IRI. */
        static final Comparator<ListingView> ABSTRACT_ORDER = Comparator
                .comparing(ListingView::truncated)
                .thenComparing(l -> -l.cleanAbstract.length())
                .thenComparing(ListingView::order);
    }

}
