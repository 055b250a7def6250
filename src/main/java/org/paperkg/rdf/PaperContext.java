package org.paperkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a paper offers person identity as context: the name keys at each author position, the
 * venue series it appeared at, and its topics (concepts, datasets, keywords, title words).
 */
record PaperContext(Map<Integer, Set<String>> keysByPosition, Set<String> venues, Set<String> topics) {
    private static final Pattern SERIES = Pattern.compile("\\b(\\p{Lu}[\\p{L}]*\\p{Lu}[\\p{L}]*)\\b");

    static PaperContext of(DatasetGraph dsg, Node derived, Node paper) {
        Map<Integer, Set<String>> keys = new HashMap<>();
        dsg.find(derived, paper, Vocab.authorship, Node.ANY).forEachRemaining(q -> {
            String pos = Literals.lexical(dsg, derived, q.getObject(), Vocab.position);
            Set<String> ks = keys.computeIfAbsent(Integer.parseInt(pos), k -> new HashSet<>());
            dsg.find(derived, q.getObject(), Vocab.nameKey, Node.ANY).forEachRemaining(k -> ks.add(k.getObject().getLiteralLexicalForm()));
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
        return new PaperContext(keys, venues, topics);
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
        keysByPosition.forEach((pos, keys) -> {
            if (pos != position) out.addAll(keys);
        });
        return out;
    }

    /**
     * Whether a name key at a position of this paper other than {@code position} is among
     * {@code keys}: with {@link #keysBesides} of another paper, whether the two share a co-author.
     */
    boolean hasKeyBesides(int position, Set<String> keys) {
        for (var e : keysByPosition.entrySet()) {
            if (e.getKey() == position) continue;
            for (String k : e.getValue()) if (keys.contains(k)) return true;
        }
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
