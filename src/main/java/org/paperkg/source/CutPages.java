package org.paperkg.source;

import org.paperkg.record.AbstractText;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * A page cut short inside its last abstract (a download that stopped, a copy-paste that missed
 * the end) still parses in the line-based formats. Its last record is then flagged: when the
 * page ends with that abstract and the abstract ends mid-sentence, without closing punctuation,
 * it is marked truncated (so a complete copy elsewhere wins) and a warning names the line.
 */
public final class CutPages {
    /** What may end a complete abstract: sentence punctuation, closing brackets and quotes. */
    private static final String CLOSING = ".!?…)]}\"'”’»》。！？";

    private CutPages() {
    }

    public static PageRecords flagCutLastAbstract(PageText page, PageRecords records, Problems problems) {
        if (records.papers().isEmpty()) return records;
        int last = 0;
        for (int i = 1; i < records.papers().size(); i++) {
            if (records.papers().get(i).line() >= records.papers().get(last).line()) last = i;
        }
        PaperRecord flagged = flagIfCut(page, records.papers().get(last), problems);
        if (flagged == null) return records;
        List<PaperRecord> papers = new ArrayList<>(records.papers());
        papers.set(last, flagged);
        return new PageRecords(records.format(), records.session(), records.listingDate(), papers);
    }

    /**
     * The page's last record (the one that starts on the highest line), marked truncated with a
     * warning when the page ends inside its abstract; null when it does not.
     */
    public static PaperRecord flagIfCut(PageText page, PaperRecord r, Problems problems) {
        AbstractText a = r.abstractText();
        if (a == null || a.truncated() || endsComplete(a.clean()) || !pageEndsWith(page, a.asGiven())) return null;
        String clean = a.clean();
        String tail = clean.length() <= 40 ? clean : "…" + clean.substring(clean.length() - 40);
        problems.warning(r.line(), "the last abstract ends mid-sentence ('" + tail + "') where the page ends: "
                + "is the page cut short? Stored, marked pkg:truncated");
        return new PaperRecord(r.line(), r.title(), new AbstractText(a.asGiven(), a.clean(), true, a.virtual()),
                r.authors(), r.award(), r.slot(), r.ids(), r.keywords(), r.publication(), r.session(), r.authorIds());
    }

    private static boolean endsComplete(String text) {
        String t = text.strip();
        return t.isEmpty() || CLOSING.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Whether the page's last non-blank line ends with the abstract's last words (so nothing follows it). */
    private static boolean pageEndsWith(PageText page, String asGiven) {
        List<String> lines = page.lastLines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) continue;
            String given = asGiven.strip();
            String tail = given.length() <= 20 ? given : given.substring(given.length() - 20);
            return line.endsWith(tail);
        }
        return false;
    }
}
