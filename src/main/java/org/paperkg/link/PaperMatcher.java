package org.paperkg.link;

import org.paperkg.text.Abstracts;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a local paper is one of the external publications that share its title or
 * DOI. Precision first: a wrong link is worse than a missing one.
 *
 * <ul>
 *   <li>The title (normalised), the DOI, the arXiv id or, for a paper no page gave a title, the
 *       abstract's first words must agree; a DOI or arXiv id that differs refuses.</li>
 *   <li>Where both sides list authors, every position both list must carry the same surname
 *       (see {@link AuthorAlignment}).</li>
 *   <li>Where both sides give a year, they may differ by at most one (a preprint the year
 *       before the conference).</li>
 *   <li>A title alone is not enough: an identifier, an author or a year must confirm it.</li>
 *   <li>Of several candidates that pass, a formal record is preferred to preprints of the same
 *       work; two formal records (or two preprints) are ambiguous, and nothing is linked.</li>
 * </ul>
 */
final class PaperMatcher {
    private PaperMatcher() {
    }

    static LinkDecision decide(LocalPaper paper, List<ExternalPaper> candidates) {
        if (candidates.isEmpty()) {
            return LinkDecision.none(paper.iri(), LinkDecision.Outcome.UNMATCHED, "no publication with this title or DOI");
        }
        List<LinkDecision> passed = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (ExternalPaper c : candidates) {
            String why = refusal(paper, c);
            if (why != null) refusals.add(c.iri() + ": " + why);
            else passed.add(link(paper, c));
        }
        if (passed.size() > 1) {
            List<LinkDecision> formal = passed.stream().filter(d -> !isInformal(d, candidates)).toList();
            if (formal.size() == 1) return formal.get(0);
        }
        if (passed.size() == 1) return passed.get(0);
        if (passed.size() > 1) {
            return LinkDecision.none(paper.iri(), LinkDecision.Outcome.AMBIGUOUS, "several publications fit: "
                    + String.join(", ", passed.stream().map(LinkDecision::target).sorted().toList()));
        }
        return LinkDecision.none(paper.iri(), LinkDecision.Outcome.REFUSED, String.join("; ", refusals));
    }

    private static boolean isInformal(LinkDecision d, List<ExternalPaper> candidates) {
        return candidates.stream().anyMatch(c -> c.iri().equals(d.target()) && c.informal());
    }

    /** Why {@code c} is not {@code paper}, or null when nothing speaks against it and something for it. */
    private static String refusal(LocalPaper paper, ExternalPaper c) {
        boolean doiAgrees = paper.doi() != null && paper.doi().equals(c.doi());
        if (paper.doi() != null && c.doi() != null && !doiAgrees) return "DOI " + c.doi() + " is not " + paper.doi();
        boolean arxivAgrees = paper.arxiv() != null && paper.arxiv().equals(c.arxiv());
        if (paper.arxiv() != null && c.arxiv() != null && !arxivAgrees) return "arXiv id " + c.arxiv() + " is not " + paper.arxiv();
        boolean titleAgrees = paper.title() != null && Names.titleKey(paper.title()).equals(Names.titleKey(c.title()));
        boolean abstractAgrees = paper.abstractFingerprint() != null && paper.abstractFingerprint().equals(c.abstractFingerprint());
        if (!titleAgrees && !doiAgrees && !arxivAgrees && !abstractAgrees) return "title '" + c.title() + "' differs";
        AuthorAlignment authors = AuthorAlignment.of(paper, c);
        if (authors.mismatch() != null) return authors.mismatch();
        int compared = authors.pairs().size();
        boolean yearAgrees = false;
        if (!paper.years().isEmpty() && c.year() != null) {
            yearAgrees = paper.years().stream().anyMatch(y -> Math.abs(y - c.year()) <= 1);
            if (!yearAgrees) return "year " + c.year() + " is far from " + paper.years();
        }
        if (!doiAgrees && !arxivAgrees && !abstractAgrees && compared == 0 && !yearAgrees) {
            return "only the title agrees; no author, year or identifier confirms it";
        }
        return null;
    }

    private static LinkDecision link(LocalPaper paper, ExternalPaper c) {
        boolean doiAgrees = paper.doi() != null && paper.doi().equals(c.doi());
        boolean arxivAgrees = paper.arxiv() != null && paper.arxiv().equals(c.arxiv());
        boolean abstractAgrees = paper.abstractFingerprint() != null && paper.abstractFingerprint().equals(c.abstractFingerprint());
        List<AuthorAlignment.Pair> pairs = AuthorAlignment.of(paper, c).pairs();
        int shared = pairs.size();
        boolean yearAgrees = !paper.years().isEmpty() && c.year() != null;
        List<String> evidence = new ArrayList<>();
        if (doiAgrees) evidence.add("DOI " + c.doi());
        if (arxivAgrees) evidence.add("arXiv " + c.arxiv());
        if (paper.title() != null && Names.titleKey(paper.title()).equals(Names.titleKey(c.title()))) evidence.add("title");
        if (abstractAgrees) evidence.add("abstract (first " + Abstracts.FINGERPRINT_WORDS + " words)");
        if (shared > 0) evidence.add(shared + " author surname(s) in order");
        if (yearAgrees) evidence.add("year " + c.year());
        double confidence = doiAgrees || arxivAgrees ? 1.0 : shared >= 2 && yearAgrees ? 0.98
                : shared >= 2 || abstractAgrees ? 0.95 : shared == 1 ? 0.9 : 0.8;
        List<LinkDecision.PersonPair> people = new ArrayList<>();
        for (AuthorAlignment.Pair pair : pairs) {
            if (pair.theirs().person() != null) {
                people.add(new LinkDecision.PersonPair(pair.ours().person(), pair.ours().name(), pair.theirs().person(),
                        pair.theirs().name(), pair.ours().position(), paper.iri()));
            }
        }
        return new LinkDecision(paper.iri(), LinkDecision.Outcome.LINKED, c.iri(), confidence, String.join(", ", evidence),
                c.title(), shared, yearAgrees ? c.year() : null, people, paper.title() == null ? c.title() : null);
    }
}
