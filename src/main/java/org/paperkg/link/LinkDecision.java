package org.paperkg.link;

import java.util.List;
import java.util.Objects;

/**
 * What linking decided for one local paper.
 *
 * @param paper        the local paper's IRI
 * @param outcome      linked, given (an identifier from the inputs), ambiguous, refused or unmatched
 * @param target       the external publication linked to, or null
 * @param confidence   0–1 for a link, 0 otherwise
 * @param evidence     what the link rests on, or why there is none
 * @param matchedTitle the external title that matched, or null
 * @param sharedAuthors author positions whose surnames agree
 * @param year         the external year that agreed, or null
 * @param people       local person ↔ external person pairs the link supports
 * @param gainedTitle  the external title, for a paper no page gave a title; else null
 */
public record LinkDecision(String paper, Outcome outcome, String target, double confidence, String evidence,
                           String matchedTitle, int sharedAuthors, Integer year, List<PersonPair> people, String gainedTitle) {
    public enum Outcome { LINKED, GIVEN, AMBIGUOUS, REFUSED, UNMATCHED }

    public LinkDecision {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(evidence, "evidence");
        people = List.copyOf(people);
    }

    public boolean isLink() {
        return outcome == Outcome.LINKED || outcome == Outcome.GIVEN;
    }

    static LinkDecision none(String paper, Outcome outcome, String why) {
        return new LinkDecision(paper, outcome, null, 0, why, null, 0, null, List.of(), null);
    }

    /** One author position where both graphs name the same surname. */
    public record PersonPair(String person, String name, String external, String externalName, int position, String paper) {
    }
}
