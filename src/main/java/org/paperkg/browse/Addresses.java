package org.paperkg.browse;

import org.apache.jena.graph.Node;

import java.util.Locale;
import java.util.Optional;

/**
 * Where each IRI is served: the graph's own things (under the configured base) at
 * {@code /id/…}, the catalogue's datasets, methods and concepts (under {@value #ENTRIES}) at
 * {@code /vocab/…}. A request for {@code /id/paper/x} answers for {@code BASE paper/x}, so a
 * base that points at this server resolves to its pages (the W3C "Cool URIs" way); a suffix
 * ({@code .ttl}, {@code .nt}, {@code .jsonld}, {@code .html}) asks for one form of it.
 */
final class Addresses {
    /** The namespace of the catalogue's entries (the vocabulary graph), beside the ontology's. */
    static final String ENTRIES = "https://w3id.org/paperkg/";
    static final String ID = "/id/";
    static final String VOCAB = "/vocab/";
    private final String base;

    Addresses(String base) {
        this.base = base;
    }

    /** A request path taken apart: the IRI asked for and the form a suffix names (or null). */
    record Asked(String iri, String suffix) {
    }

    /** The IRI a request path asks for, if it is an entity path. */
    Optional<Asked> asked(String rawPath) {
        String rest;
        String prefix;
        if (rawPath.startsWith(ID) && rawPath.length() > ID.length()) {
            rest = rawPath.substring(ID.length());
            prefix = base;
        } else if (rawPath.startsWith(VOCAB) && rawPath.length() > VOCAB.length()) {
            rest = rawPath.substring(VOCAB.length());
            prefix = ENTRIES;
        } else {
            return Optional.empty();
        }
        String suffix = null;
        for (String s : new String[] {".ttl", ".nt", ".jsonld", ".html"}) {
            if (rest.toLowerCase(Locale.ROOT).endsWith(s)) {
                suffix = s.substring(1);
                rest = rest.substring(0, rest.length() - s.length());
                break;
            }
        }
        return Optional.of(new Asked(prefix + rest, suffix));
    }

    /**
     * Where a link to {@code n} goes: its page here when it is one of ours, the IRI itself when it
     * is an http(s) address elsewhere, nothing otherwise (no {@code javascript:} or data links).
     */
    Optional<String> href(Node n) {
        if (n == null || !n.isURI()) return Optional.empty();
        String iri = n.getURI();
        if (iri.startsWith(base)) return Optional.of(ID + iri.substring(base.length()));
        if (iri.startsWith(ENTRIES) && !iri.startsWith(ENTRIES + "ontology")) return Optional.of(VOCAB + iri.substring(ENTRIES.length()));
        String lower = iri.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) return Optional.of(iri);
        return Optional.empty();
    }

    /** The page of {@code n} here, or null when it is not one of ours. */
    String local(Node n) {
        return href(n).filter(h -> h.startsWith("/")).orElse(null);
    }
}
