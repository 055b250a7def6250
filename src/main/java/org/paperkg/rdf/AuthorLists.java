package org.paperkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.text.PersonNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One author list per paper, reconciled from the lists its pages give. Each page keeps its own
 * list in its graph ({@code listing pkg:listedAuthor …}); the derived graph holds one list,
 * the same whatever order the pages came in:
 *
 * <ol>
 *   <li>the base list is the longest; among lists of one length, the one with the most author
 *       identifiers; then the one whose names are best formed (mixed case, accents kept); then
 *       the first by listing IRI;</li>
 *   <li>each other list is aligned to it name by name: an entry goes to the same position when
 *       the names can be one person's ({@link PersonNames#alignable}), otherwise to the nearest
 *       free position whose name can; an entry that fits none is left out (the page keeps it);</li>
 *   <li>each position has the base list's name and, as evidence, every entry aligned to it
 *       with its name and identifiers: "Nathan C. Frey" on one page and "Nathan Frey" on another
 *       are one author at one position, never two.</li>
 * </ol>
 */
final class AuthorLists {
    /** Where a source's author identifiers are kept, on its listed-author and on the reconciled authorship. */
    static final List<Node> ID_PROPERTIES = List.of(Vocab.openReviewProfile, Vocab.orcid, Vocab.mboxSha1sum);

    private AuthorLists() {
    }

    /** One author as one page lists them; each of {@code ids} is the property IRI, a space, the value. */
    record Listed(Node node, int position, String name, Set<String> ids) {
    }

    /** One page's list for the paper, in order. */
    record Source(String listing, List<Listed> authors) {
        int ids() {
            return (int) authors.stream().filter(a -> !a.ids().isEmpty()).count();
        }

        long wellFormed() {
            return authors.stream().filter(a -> PersonNames.mixedCase(a.name())).count();
        }
    }

    /** One position of the reconciled list: the base name and every entry aligned to it. */
    record Position(int position, String name, List<Listed> listed) {
        Set<String> names() {
            Set<String> out = new TreeSet<>();
            listed.forEach(l -> out.add(l.name()));
            return out;
        }

        Set<String> ids() {
            Set<String> out = new TreeSet<>();
            listed.forEach(l -> out.addAll(l.ids()));
            return out;
        }
    }

    static final Comparator<Source> BASE_ORDER = Comparator
            .comparing((Source s) -> -s.authors().size())
            .thenComparing(s -> -s.ids())
            .thenComparing(s -> -s.wellFormed())
            .thenComparing(Source::listing);

    static List<Position> reconcile(List<Source> sources) {
        List<Source> ordered = sources.stream().filter(s -> !s.authors().isEmpty()).sorted(BASE_ORDER).toList();
        if (ordered.isEmpty()) return List.of();
        Source base = ordered.get(0);
        List<List<Listed>> aligned = new ArrayList<>();
        for (Listed l : base.authors()) aligned.add(new ArrayList<>(List.of(l)));
        for (Source other : ordered.subList(1, ordered.size())) {
            boolean[] taken = new boolean[aligned.size()];
            for (int j = 0; j < other.authors().size(); j++) {
                Listed l = other.authors().get(j);
                int at = place(base, l, j, taken);
                if (at < 0) continue;
                taken[at] = true;
                aligned.get(at).add(l);
            }
        }
        List<Position> out = new ArrayList<>();
        for (int i = 0; i < aligned.size(); i++) out.add(new Position(i + 1, base.authors().get(i).name(), aligned.get(i)));
        return out;
    }

    /** The base position an entry at index {@code j} of another list goes to, or -1. */
    private static int place(Source base, Listed l, int j, boolean[] taken) {
        if (j < taken.length && !taken[j] && PersonNames.alignable(l.name(), base.authors().get(j).name())) return j;
        int best = -1;
        for (int i = 0; i < taken.length; i++) {
            if (taken[i] || !PersonNames.alignable(l.name(), base.authors().get(i).name())) continue;
            if (best < 0 || Math.abs(i - j) < Math.abs(best - j)) best = i;
        }
        return best;
    }

    /** The author identifiers of {@code node} in {@code graph}, each as its property IRI, a space, the value. */
    static Set<String> ids(DatasetGraph dsg, Node graph, Node node) {
        Set<String> ids = new TreeSet<>();
        for (Node p : ID_PROPERTIES) {
            dsg.find(graph, node, p, Node.ANY).forEachRemaining(i -> ids.add(p.getURI() + " " + i.getObject().getLiteralLexicalForm()));
        }
        return ids;
    }

    /** An identifier of {@link #ids} as the property and the literal it is stored as. */
    static Node[] idNodes(String id) {
        int space = id.indexOf(' ');
        return new Node[] {NodeFactory.createURI(id.substring(0, space)), Literals.string(id.substring(space + 1))};
    }

    /** The list a listing gives, read from its page's graph. */
    static Source read(DatasetGraph dsg, Node graph, Node listing) {
        List<Listed> out = new ArrayList<>();
        dsg.find(graph, listing, Vocab.listedAuthor, Node.ANY).forEachRemaining(q -> {
            Node n = q.getObject();
            out.add(new Listed(n, Integer.parseInt(Literals.lexical(dsg, graph, n, Vocab.position)),
                    Literals.lexical(dsg, graph, n, Vocab.nameAsGiven), ids(dsg, graph, n)));
        });
        out.sort(Comparator.comparingInt(Listed::position));
        return new Source(listing.getURI(), out);
    }

    /**
     * Writes the reconciled list into the derived graph: one authorship per position, its name,
     * the name keys people are compared under, the identifiers and the entries it rests on. The
     * person is {@link PersonIdentity}'s to add.
     *
     * @return the authorships written
     */
    static List<Node> write(DatasetGraph dsg, Node derived, Node paper, List<Position> positions) {
        List<Node> out = new ArrayList<>();
        for (Position p : positions) {
            Node a = IriScheme.authorship(paper, p.position());
            dsg.add(derived, paper, Vocab.authorship, a);
            dsg.add(derived, a, Vocab.type, Vocab.Authorship);
            dsg.add(derived, a, Vocab.position, Literals.integer(p.position()));
            dsg.add(derived, a, Vocab.nameAsGiven, Literals.string(p.name()));
            for (String name : p.names()) {
                String key = PersonNames.key(name);
                if (!key.isEmpty()) dsg.add(derived, a, Vocab.nameKey, Literals.string(key));
            }
            for (String id : p.ids()) {
                Node[] pv = idNodes(id);
                dsg.add(derived, a, pv[0], pv[1]);
            }
            for (Listed l : p.listed()) dsg.add(derived, a, Vocab.asListed, l.node());
            out.add(a);
        }
        return out;
    }

    /** Deletes the reconciled list of {@code paper} from the derived graph. */
    static void clear(DatasetGraph dsg, Node derived, Node paper) {
        List<Node> authorships = new ArrayList<>();
        dsg.find(derived, paper, Vocab.authorship, Node.ANY).forEachRemaining(q -> authorships.add(q.getObject()));
        for (Node a : authorships) dsg.deleteAny(derived, a, Node.ANY, Node.ANY);
        dsg.deleteAny(derived, paper, Vocab.authorship, Node.ANY);
        dsg.deleteAny(derived, paper, Vocab.creator, Node.ANY);
    }

}
