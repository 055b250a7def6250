package org.paperkg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of Wikidata's statement model linking reads (as in its RDF dumps and on the query
 * service): a scholarly article is {@code wdt:P31 wd:Q13442814} with title {@code wdt:P1476}
 * (monolingual text), publication date {@code wdt:P577}, DOI {@code wdt:P356} (Wikidata writes
 * DOIs in upper case), arXiv id {@code wdt:P818}; its authors are statements
 * {@code p:P50 [ ps:P50 wd:Q… ; pq:P1545 "1" ]} (an item, named by its {@code rdfs:label}) or
 * {@code p:P2093 [ ps:P2093 "name" ; pq:P1545 "2" ]} (a name string, no item), ordered by the
 * series ordinal {@code P1545}. A data set is {@code wdt:P31 wd:Q1172284}, named by
 * {@code rdfs:label} and {@code skos:altLabel}; a concept is an item that reaches machine
 * learning or artificial intelligence through {@code P31}, {@code P279} and {@code P361} steps.
 */
final class Wikidata {
    static final String ENTITY = "http://www.wikidata.org/entity/";
    static final String WDT = "http://www.wikidata.org/prop/direct/";
    static final String P = "http://www.wikidata.org/prop/";
    static final String PS = "http://www.wikidata.org/prop/statement/";
    static final String PQ = "http://www.wikidata.org/prop/qualifier/";
    static final String INSTANCE_OF = WDT + "P31";
    static final String TITLE = WDT + "P1476";
    static final String DATE = WDT + "P577";
    static final String DOI = WDT + "P356";
    static final String ARXIV = WDT + "P818";
    static final String AUTHOR = "P50";
    static final String AUTHOR_NAME = "P2093";
    static final String ORDINAL = PQ + "P1545";
    static final String SCHOLARLY_ARTICLE = ENTITY + "Q13442814";
    static final String DATA_SET = ENTITY + "Q1172284";
    static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    static final String ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel";
    static final String DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql";
    static final String SUBCLASS_OF = WDT + "P279";
    static final String PART_OF = WDT + "P361";
    /**
     * A concept item must reach one of these by instance-of, subclass-of or part-of steps:
     * machine learning (Q2539) or artificial intelligence (Q11660); an item of the same label in
     * another field (psychology's "attention", the electrical "transformer") does not.
     */
    static final java.util.Set<String> CONCEPT_ROOTS = java.util.Set.of(ENTITY + "Q2539", ENTITY + "Q11660");
    /** Steps a dump is searched upwards from a concept item for a root; one pass over the dump each. */
    static final int CONCEPT_DEPTH = 6;

    private Wikidata() {
    }

    /** An article as it is read, in any order. */
    static final class Draft {
        final String iri;
        String title;
        Integer year;
        String doi;
        String arxiv;
        boolean article;
        final Map<String, Statement> authors = new LinkedHashMap<>();

        Draft(String iri) {
            this.iri = iri;
        }

        ExternalPaper paper(Map<String, String> personLabels) {
            List<ExternalPaper.Author> list = new ArrayList<>();
            authors.values().stream().filter(s -> s.ordinal != null && (s.person != null || s.name != null))
                    .sorted(Comparator.comparingInt(s -> s.ordinal))
                    .forEach(s -> {
                        String name = s.person != null ? personLabels.get(s.person) : s.name;
                        if (name != null) list.add(new ExternalPaper.Author(s.ordinal, name, s.person));
                    });
            return new ExternalPaper(iri, title, list, year, doi, arxiv, null, null, false);
        }
    }

    /** One author statement: an item (P50) or a name string (P2093), with its ordinal. */
    static final class Statement {
        Integer ordinal;
        String person;
        String name;
    }

    static Integer ordinal(String lexical) {
        return lexical != null && lexical.strip().matches("\\d{1,4}") ? Integer.valueOf(lexical.strip()) : null;
    }

    /** The year of a P577 date ("2022-04-25T00:00:00Z", "+2022-…"), or null. */
    static Integer year(String date) {
        return date != null && date.matches("^\\+?\\d{4}-.*") ? Integer.valueOf(date.replaceFirst("^\\+", "").substring(0, 4)) : null;
    }

    static String doi(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
