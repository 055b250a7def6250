package org.paperkg.link;

import org.paperkg.text.Abstracts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of the SemOpenAlex ontology linking reads: a work ({@code soa:Work},
 * {@code https://semopenalex.org/work/W…}) has {@code dcterms:title}, {@code dcterms:abstract}
 * (OpenAlex's abstract, rebuilt from its inverted index), {@code fabio:hasPublicationYear},
 * {@code datacite:doi}; {@code soa:hasAuthorship} leads to authorships with {@code soa:hasAuthor}
 * (an author, {@code https://semopenalex.org/author/A…}, named by {@code foaf:name}) and
 * {@code soa:position}, which says only first, middle or last.
 */
final class SemOpenAlex {
    static final String SOA = "https://semopenalex.org/ontology/";
    static final String WORK = SOA + "Work";
    static final String TITLE = "http://purl.org/dc/terms/title";
    static final String ABSTRACT = "http://purl.org/dc/terms/abstract";
    static final String YEAR = "http://purl.org/spar/fabio/hasPublicationYear";
    static final String DOI = "http://purl.org/spar/datacite/doi";
    static final String HAS_AUTHORSHIP = SOA + "hasAuthorship";
    static final String HAS_AUTHOR = SOA + "hasAuthor";
    static final String POSITION = SOA + "position";
    static final String NAME = "http://xmlns.com/foaf/0.1/name";
    static final String DEFAULT_ENDPOINT = "https://semopenalex.org/sparql";

    private SemOpenAlex() {
    }

    /** "https://doi.org/10.1109/CVPR.2018.00644" or "10.1109/cvpr…" → "10.1109/cvpr.2018.00644". */
    static String doi(String value) {
        if (value == null) return null;
        String s = value.strip().replaceFirst("^https?://(dx\\.)?doi\\.org/", "");
        return s.startsWith("10.") ? s.toLowerCase(Locale.ROOT) : null;
    }

    static int position(String value) {
        return switch (value == null ? "" : value.strip().toLowerCase(Locale.ROOT)) {
            case "first" -> 1;
            case "last" -> ExternalPaper.Author.LAST;
            default -> ExternalPaper.Author.MIDDLE;
        };
    }

    /** A work as it is read, in any order. */
    static final class Draft {
        final String iri;
        String title;
        Integer year;
        String doi;
        String abstractFingerprint;
        boolean work;
        final Map<String, Authorship> authorships = new LinkedHashMap<>();

        Draft(String iri) {
            this.iri = iri;
        }

        void abstractText(String text) {
            abstractFingerprint = Abstracts.fingerprint(text);
        }

        ExternalPaper paper(Map<String, String> names) {
            List<ExternalPaper.Author> authors = new ArrayList<>();
            authorships.values().stream().filter(a -> a.author != null && names.containsKey(a.author))
                    // first, then the middle ones (whose order SemOpenAlex does not say), then last
                    .sorted(Comparator.comparingInt(a -> a.position == ExternalPaper.Author.LAST ? Integer.MAX_VALUE : a.position))
                    .forEach(a -> authors.add(new ExternalPaper.Author(a.position, names.get(a.author), a.author)));
            return new ExternalPaper(iri, title == null ? "" : title, authors, year, doi, null, abstractFingerprint, null, false);
        }
    }

    static final class Authorship {
        int position = ExternalPaper.Author.MIDDLE;
        String author;
    }
}
