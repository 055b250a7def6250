package org.paperkg.browse;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page under construction, built with jsoup's element API: every value from the data goes in
 * through {@code text()} or {@code attr()}, which escape it, so no title or name can open a tag.
 * Nothing here writes markup as a string.
 */
final class Html {
    final Document doc;
    final Element main;
    private final Addresses addresses;

    private Html(String title, String query, Addresses addresses) {
        this.addresses = addresses;
        doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.title(title + " · paperkg");
        doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/browse.css");
        Element header = doc.body().appendElement("header");
        Element nav = header.appendElement("nav");
        nav.appendElement("a").attr("href", "/").attr("class", "home").text("paperkg");
        Element form = nav.appendElement("form").attr("action", "/search").attr("method", "get").attr("role", "search");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("id", "search-box")
                .attr("placeholder", "Search papers, people, datasets, methods…").attr("aria-label", "search").val(query == null ? "" : query);
        form.appendElement("button").attr("type", "submit").text("Search");
        nav.appendElement("a").attr("href", "/query").text("SPARQL");
        main = doc.body().appendElement("main");
    }

    static Html page(String title, String query, Addresses addresses) {
        Html h = new Html(title, query, addresses);
        h.main.appendElement("h1").text(title);
        return h;
    }

    /** A link to {@code n} named by {@code text}: to its page here, its address elsewhere, or plain text. */
    Element link(Element parent, Node n, String text) {
        return addresses.href(n).map(href -> {
            Element a = parent.appendElement("a").attr("href", href).text(text);
            if (!href.startsWith("/")) a.attr("rel", "noopener noreferrer external");
            return a;
        }).orElseGet(() -> parent.appendElement("span").text(text));
    }

    Element link(Element parent, DatasetGraph dsg, Node n) {
        return link(parent, n, Reads.label(dsg, n));
    }

    /** The page of {@code n} here, or null when it is not one of ours. */
    String local(Node n) {
        return addresses.local(n);
    }

    Element section(String heading) {
        Element s = main.appendElement("section");
        s.appendElement("h2").text(heading);
        return s;
    }

    /** A definition-list row: a word and what follows it. */
    static Element row(Element dl, String term) {
        dl.appendElement("dt").text(term);
        return dl.appendElement("dd");
    }

    String render() {
        return "<!DOCTYPE html>\n" + doc.outerHtml();
    }
}
