package org.paperkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a paper offers person identity as context: the name keys at each author position (as two
 * parallel arrays, {@code keys[i]} at {@code positions[i]}: person identity scans them for every
 * pair of authorships under a name, and a map of sets cost an iterator per position per pair),
 * the venue series it appeared at, and its topics (concepts, datasets, keywords, title words).
 */
record PaperContext(String[] keys, int[] positions, Set<String> venues, Set<String> topics) {
    private static final Pattern SERIES = Pattern.compile("\\b(\\p{Lu}[\\p{L}]*\\p{Lu}[\\p{L}]*)\\b");

    static PaperContext of(DatasetGraph dsg, Node derived, Node paper) {
        List<String> keys = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        dsg.find(derived, paper, Vocab.authorship, Node.ANY).forEachRemaining(q -> {
            int pos = Integer.parseInt(Literals.lexical(dsg, derived, q.getObject(), Vocab.position));
            Set<String> ks = new HashSet<>();
            dsg.find(derived, q.getObject(), Vocab.nameKey, Node.ANY).forEachRemaining(k -> ks.add(k.getObject().getLiteralLexicalForm()));
            for (String k : ks) {
                keys.add(k);
                positions.add(pos);
            }
        });
        Set<String> venues = new HashSet<>();
        dsg.find(Node.ANY, paper, Vocab.venue, Node.ANY).forEachRemaining(q -> venues.addAll(series(q.getObject().getLiteralLexicalForm())));
        dsg.find(Node.ANY, Node.ANY, Vocab.listingOf, paper).forEachRemaining(l ->
                dsg.find(l.getGraph(), l.getGraph(), Vocab.aboutConference, Node.ANY).forEachRemaining(c ->
                        dsg.find(l.getGraph(), c.getObject(), Vocab.series, Node.ANY).forEachRemaining(s ->
                                venues.add(s.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT)))));
        Set<String> topics = new HashSet<>();
        dsg.find(derived, paper, Vocab.aboutConcept, Node.ANY).forEachRemaining(q -> topics.add(q.getObject().getURI()));
        dsg.find(derived, paper, Vocab.usesDataset, Node.ANY).forEachRemaining(q -> topics.add(q.getObject().getURI()));
        dsg.find(Node.ANY, paper, Vocab.keywords, Node.ANY).forEachRemaining(q -> topics.add(q.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT)));
        dsg.find(derived, paper, Vocab.title, Node.ANY).forEachRemaining(q -> topics.addAll(TitleWords.of(q.getObject().getLiteralLexicalForm())));
        return new PaperContext(keys.toArray(String[]::new), positions.stream().mapToInt(Integer::intValue).toArray(), venues, topics);
    }

    /** The series acronyms a venue string names: "7th International Conference …, ICLR 2019, …" → iclr; "CoRL 2025 Oral" → corl. */
    static Set<String> series(String venue) {
        Set<String> out = new TreeSet<>();
        Matcher m = SERIES.matcher(venue);
        while (m.find()) out.add(m.group(1).toLowerCase(Locale.ROOT));
        return out;
    }

    /**
     * The name keys at every position of this paper but {@code position}: an author's co-authors.
     * Made once per authorship by person identity, which asks it of every pair under a name.
     */
    Set<String> keysBesides(int position) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < keys.length; i++) if (positions[i] != position) out.add(keys[i]);
        return out;
    }

    /**
     * Whether a name key at a position of this paper other than {@code position} is among
     * {@code keys}: with {@link #keysBesides} of another paper, whether the two share a co-author.
     */
    boolean hasKeyBesides(int position, Set<String> keys) {
        for (int i = 0; i < this.keys.length; i++) if (positions[i] != position && keys.contains(this.keys[i])) return true;
        return false;
    }

    boolean sharesVenueAndTopic(PaperContext other) {
        return overlaps(venues, other.venues) && overlaps(topics, other.topics);
    }

    private static boolean overlaps(Set<String> a, Set<String> b) {
        for (String x : a) if (b.contains(x)) return true;
        return false;
    }
}
