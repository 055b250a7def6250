package org.paperkg.browse;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.rdf.Vocab;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Where and when a paper appeared, for listing and counting: the conferences of the pages that
 * list it, else the venue a record gave; the conference's year, else the year it was issued.
 */
record PaperFacts(Set<Node> conferences, String venue, String year) {

    static PaperFacts of(DatasetGraph dsg, Node paper) {
        Set<Node> conferences = new LinkedHashSet<>();
        for (Node listing : Reads.subjects(dsg, Vocab.listingOf, paper)) {
            Reads.object(dsg, listing, Vocab.onPage).ifPresent(page -> conferences.addAll(Reads.objects(dsg, page, Vocab.aboutConference)));
        }
        String venue = null;
        String year = null;
        for (Node c : conferences) {
            if (venue == null) venue = Reads.label(dsg, c);
            if (year == null) year = Reads.text(dsg, c, Vocab.year);
        }
        if (venue == null) venue = Reads.text(dsg, paper, Vocab.venue);
        if (year == null) year = Reads.text(dsg, paper, Vocab.issued);
        if (year != null && year.length() > 4) year = year.substring(0, 4);
        return new PaperFacts(conferences, venue, year);
    }

    /** A short name for counting papers per venue: the conference's label, or the venue as given. */
    String venueOrUnknown() {
        return venue == null || venue.isBlank() ? "venue not given" : venue;
    }

    String yearOrUnknown() {
        return year == null ? "year not given" : year;
    }
}
