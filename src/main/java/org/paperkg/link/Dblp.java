package org.paperkg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The terms of dblp's RDF schema ({@code https://dblp.org/rdf/schema#}) that linking reads, and
 * how a publication is assembled from them: {@code dblp:title} (dblp ends titles with a period),
 * {@code dblp:yearOfPublication}, {@code dblp:doi} (an IRI under https://doi.org/),
 * {@code dblp:hasSignature} → {@code dblp:signatureOrdinal}, {@code dblp:signatureDblpName}
 * (with homonym numbers, "Jun Li 0008") and {@code dblp:signatureCreator} (the person,
 * {@code https://dblp.org/pid/…}); CoRR preprints are typed {@code dblp:Informal}; the
 * proceedings volume is {@code dblp:publishedAsPartOf}, the series {@code dblp:publishedInStream}.
 */
final class Dblp {
    static final String NS = "https://dblp.org/rdf/schema#";
    static final String TITLE = NS + "title";
    static final String YEAR = NS + "yearOfPublication";
    static final String DOI = NS + "doi";
    static final String HAS_SIGNATURE = NS + "hasSignature";
    static final String ORDINAL = NS + "signatureOrdinal";
    static final String DBLP_NAME = NS + "signatureDblpName";
    static final String CREATOR = NS + "signatureCreator";
    static final String INFORMAL = NS + "Informal";
    static final String PART_OF = NS + "publishedAsPartOf";
    static final String STREAM = NS + "publishedInStream";
    static final String DEFAULT_ENDPOINT = "https://sparql.dblp.org/sparql";

    private Dblp() {
    }

    /** A dblp key an input gave: its record page, the publication's IRI in dblp. */
    static String given(LocalPaper paper) {
        return paper.dblpKey() == null ? null : "https://dblp.org/rec/" + paper.dblpKey();
    }

    /** "https://doi.org/10.1109/CVPR.2018.00644" → "10.1109/cvpr.2018.00644". */
    static String doi(String iri) {
        if (iri == null) return null;
        String s = iri.replaceFirst("^https?://(dx\\.)?doi\\.org/", "");
        return s.startsWith("10.") ? s.toLowerCase(Locale.ROOT) : null;
    }

    /** A publication as it is read, field by field, in any order. */
    static final class Draft {
        final String iri;
        String title;
        Integer year;
        String doi;
        boolean informal;
        String volume;
        String stream;
        final Map<String, Signature> signatures = new LinkedHashMap<>();

        Draft(String iri) {
            this.iri = iri;
        }

        ExternalPaper paper() {
            List<ExternalPaper.Author> authors = new ArrayList<>();
            signatures.values().stream().filter(s -> s.ordinal != null && s.name != null)
                    .sorted(Comparator.comparingInt(s -> s.ordinal))
                    .forEach(s -> authors.add(new ExternalPaper.Author(s.ordinal, s.name, s.person)));
            return new ExternalPaper(iri, title, authors, year, doi, null, null, new ExternalPaper.Venue(volume, stream), informal);
        }
    }

    static final class Signature {
        Integer ordinal;
        String name;
        String person;
    }

    static Integer year(String lexical) {
        return lexical != null && lexical.matches("\\d{4}.*") ? Integer.valueOf(lexical.substring(0, 4)) : null;
    }
}
