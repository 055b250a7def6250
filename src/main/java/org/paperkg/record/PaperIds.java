package org.paperkg.record;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifiers a source gives a paper, normalised so that the same paper from two sources
 * carries equal values: arXiv ids without version or prefix ({@code 2301.01234}), DOIs lower-case
 * without resolver ({@code 10.1109/cvpr.2018.00644}), OpenReview forum ids, dblp keys.
 * Each may be null.
 */
public record PaperIds(String arxiv, String doi, String openReview, String dblp) {
    public static final PaperIds NONE = new PaperIds(null, null, null, null);
    private static final Pattern ARXIV = Pattern.compile(
            "(?:arxiv:|https?://(?:export\\.)?arxiv\\.org/(?:abs|pdf)/)?((?:\\d{4}\\.\\d{4,5})|(?:[a-z-]+(?:\\.[A-Z]{2})?/\\d{7}))(?:v\\d+)?(?:\\.pdf)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI = Pattern.compile("^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)?(10\\.\\d{4,9}/\\S+)$", Pattern.CASE_INSENSITIVE);

    public PaperIds {
        arxiv = blankToNull(arxiv);
        doi = blankToNull(doi);
        openReview = blankToNull(openReview);
        dblp = blankToNull(dblp);
    }

    public boolean isEmpty() {
        return arxiv == null && doi == null && openReview == null && dblp == null;
    }

    /** The first non-null value of each identifier, this one's before the other's. */
    public PaperIds orElse(PaperIds other) {
        return new PaperIds(arxiv != null ? arxiv : other.arxiv, doi != null ? doi : other.doi,
                openReview != null ? openReview : other.openReview, dblp != null ? dblp : other.dblp);
    }

    /** "arXiv:2301.01234v2", "https://arxiv.org/abs/2301.01234" … → "2301.01234"; null when it is none. */
    public static String arxiv(String raw) {
        if (raw == null) return null;
        Matcher m = ARXIV.matcher(raw.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** "https://doi.org/10.1109/CVPR.2018.00644" → "10.1109/cvpr.2018.00644"; null when it is none. */
    public static String doi(String raw) {
        if (raw == null) return null;
        Matcher m = DOI.matcher(raw.strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
