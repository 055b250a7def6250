package org.paperkg.browse;

import org.apache.jena.graph.Node;
import org.paperkg.Paperkg;
import org.paperkg.search.SearchIndex;

import java.util.List;

/** A search over the store's text index, each hit told by its kind and name, as the command line and the search page show it. */
public final class Search {
    private Search() {
    }

    /** One thing found: its IRI, kind, name, the field the words matched in, and the snippet with the matched words marked. */
    public record Found(Node iri, String kind, String label, String field, String snippet, float score) {
        /** The snippet with its matched words between [ and ]. */
        public String bracketed() {
            return snippet.replace(SearchIndex.MATCH_START, '[').replace(SearchIndex.MATCH_END, ']');
        }
    }

    /**
     * @throws SearchIndex.BadQuery when the query cannot be read, or the store has no text index
     */
    public static List<Found> run(Paperkg kg, String query, int limit) {
        SearchIndex index = kg.store().search().orElseThrow(() -> new SearchIndex.BadQuery("this store has no text index"));
        List<SearchIndex.Hit> hits = index.search(query, limit);
        return kg.store().read(dsg -> hits.stream().map(h -> new Found(h.subject(), Reads.kind(dsg, h.subject()).word,
                Reads.label(dsg, h.subject()), h.field(), h.snippet(), h.score())).toList());
    }
}
