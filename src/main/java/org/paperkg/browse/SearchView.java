package org.paperkg.browse;

import org.jsoup.nodes.Element;
import org.paperkg.search.SearchIndex;

import java.util.List;

/** The answer to a search: each thing found with its kind, where the words matched and the matching words marked. */
final class SearchView {
    private SearchView() {
    }

    static void render(Html h, String query, List<Search.Found> found, String problem) {
        h.main.attr("class", "search");
        if (problem != null) {
            h.main.appendElement("p").attr("class", "problem").attr("role", "alert").text(problem);
            return;
        }
        h.main.appendElement("p").attr("class", "count").text(found.size() + (found.size() == 1 ? " match" : " matches")
                + " for " + query + " (words, \"a phrase\", prefix*, or title: abstract: name: label: before a word)");
        Element ol = h.main.appendElement("ol").attr("class", "results");
        for (Search.Found f : found) {
            Element li = ol.appendElement("li");
            li.appendElement("span").attr("class", "kind").text(f.kind());
            h.link(li, f.iri(), f.label()).addClass("result");
            Element snippet = li.appendElement("p").attr("class", "snippet");
            if (f.field() != null) snippet.appendElement("span").attr("class", "field").text(f.field() + ": ");
            marks(snippet, f.snippet());
        }
    }

    /** The snippet as text, its marked words in {@code <mark>}. */
    static void marks(Element into, String snippet) {
        int at = 0;
        while (at < snippet.length()) {
            int s = snippet.indexOf(SearchIndex.MATCH_START, at);
            if (s < 0) break;
            int e = snippet.indexOf(SearchIndex.MATCH_END, s);
            if (e < 0) break;
            into.appendText(snippet.substring(at, s));
            into.appendElement("mark").text(snippet.substring(s + 1, e));
            at = e + 1;
        }
        into.appendText(snippet.substring(at).replace(String.valueOf(SearchIndex.MATCH_START), "").replace(String.valueOf(SearchIndex.MATCH_END), ""));
    }
}
