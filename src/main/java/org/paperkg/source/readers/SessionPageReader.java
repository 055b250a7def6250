package org.paperkg.source.readers;

import org.paperkg.record.PageInfo;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperRecord;
import org.paperkg.record.SessionInfo;
import org.paperkg.record.Slot;
import org.paperkg.source.PageFormat;
import org.paperkg.source.PageReader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problems;
import org.paperkg.text.Abstracts;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Session pages of a conference's virtual site: the session's name after a "Session" heading,
 * then per talk a time slot ({@code Tue 26 April 1:00 - 1:15 PDT}), an optional award line, the
 * title, the authors and the abstract. Talks are cut at the slot lines, so an award line is known
 * by position, not by a list of award names.
 */
public final class SessionPageReader implements PageReader {
    private static final PageFormat FORMAT = new PageFormat("session-page",
            "conference session page: session name, then slot / [award] / title / authors / abstract per talk");
    private static final Set<String> CHROME = Set.of("Skip to yearly menu bar Skip to main content", "Session",
            "Abstract:", "Chat is not available.");
    private final int latestYear;

    public SessionPageReader() {
        this(Year.now().getValue());
    }

    /** @param latestYear the latest year a slot without a year may be placed in */
    public SessionPageReader(int latestYear) {
        this.latestYear = latestYear;
    }

    @Override
    public PageFormat format() {
        return FORMAT;
    }

    @Override
    public double recognise(PageText page) {
        List<Line> lines = ReaderLib.nonBlank(page);
        long slots = lines.stream().filter(l -> SlotParser.isSlot(l.text())).count();
        if (slots == 0) return 0;
        boolean chrome = lines.stream().limit(10).anyMatch(l -> CHROME.contains(l.text()));
        return chrome ? 0.95 : 0.7;
    }

    @Override
    public PageRecords read(PageText page, PageInfo info, Problems problems) {
        List<Line> lines = ReaderLib.nonBlank(page);
        List<Integer> slotAt = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (SlotParser.isSlot(lines.get(i).text())) slotAt.add(i);
        }
        SessionInfo session = session(lines, slotAt.isEmpty() ? lines.size() : slotAt.get(0), problems);
        List<PaperRecord> papers = new ArrayList<>();
        for (int k = 0; k < slotAt.size(); k++) {
            int from = slotAt.get(k);
            int to = k + 1 < slotAt.size() ? slotAt.get(k + 1) : lines.size();
            PaperRecord talk = talk(lines.subList(from, to), info, problems);
            if (talk != null) papers.add(talk);
        }
        return new PageRecords(FORMAT.name(), session, null, papers);
    }

    private static SessionInfo session(List<Line> header, int end, Problems problems) {
        for (int i = 0; i < end; i++) {
            String text = header.get(i).text();
            if (CHROME.contains(text)) continue;
            SessionInfo parsed = ReaderLib.parseSession(text);
            return parsed != null ? parsed : new SessionInfo(text, SessionInfo.SessionKind.OTHER, null, null);
        }
        problems.warning(0, "no session name before the first talk");
        return null;
    }

    private PaperRecord talk(List<Line> block, PageInfo info, Problems problems) {
        Line slotLine = block.get(0);
        Slot slot = SlotParser.parseOrReport(slotLine.text(), info.year(), latestYear, slotLine.number(), problems);
        if (slot == null) return null;
        List<Line> rest = block.subList(1, block.size());
        // slot, [award], title, [authors], abstract: the abstract is the last line, the title
        // the line before the authors (or before the abstract when there are none)
        if (rest.size() < 2 || !ReaderLib.looksLikeParagraph(rest.get(rest.size() - 1).text())) {
            problems.error(slotLine.number(), "talk at '" + slotLine.text() + "' is incomplete: expected a title,"
                    + " authors and an abstract" + (rest.size() < 2 ? " (is the page cut short?)" : ""));
            return null;
        }
        int abstractAt = rest.size() - 1;
        boolean hasAuthors = abstractAt >= 2 && ReaderLib.looksLikeAuthors(rest.get(abstractAt - 1).text());
        int titleAt = hasAuthors ? abstractAt - 2 : abstractAt - 1;
        if (titleAt > 1) {
            problems.error(rest.get(0).number(), "talk at '" + slotLine.text() + "' has " + titleAt
                    + " unexpected lines before its title");
            return null;
        }
        String award = titleAt == 1 ? rest.get(0).text() : null;
        Line title = rest.get(titleAt);
        List<String> authors = hasAuthors ? ReaderLib.splitAuthors(rest.get(abstractAt - 1).text()) : List.of();
        return new PaperRecord(title.number(), title.text(), Abstracts.fromPage(rest.get(abstractAt).text()),
                authors, award, slot);
    }
}
