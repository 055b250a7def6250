package org.paperkg.source.readers;

import org.paperkg.record.AbstractText;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperRecord;
import org.paperkg.record.SessionInfo;
import org.paperkg.source.PageFormat;
import org.paperkg.source.PageReader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problems;
import org.paperkg.text.Abstracts;

import java.util.ArrayList;
import java.util.List;

/**
 * Poster-session lists: a heading ("Poster Session 6"), then per paper a title line, an author
 * line (names joined by " · ") and an abstract line.
 */
public final class PosterSessionReader implements PageReader {
    private static final PageFormat FORMAT = new PageFormat("poster-session",
            "session list: heading, then title / authors joined by ' · ' / abstract per paper");

    @Override
    public PageFormat format() {
        return FORMAT;
    }

    @Override
    public double recognise(PageText page) {
        List<Line> lines = ReaderLib.nonBlank(page);
        if (lines.isEmpty() || lines.stream().anyMatch(l -> SlotParser.isSlot(l.text()))) return 0;
        long authorLines = lines.stream().filter(l -> l.text().contains(ReaderLib.AUTHOR_SEPARATOR)).count();
        boolean heading = ReaderLib.parseSession(lines.get(0).text()) != null;
        double share = ReaderLib.share(authorLines, lines.size());
        if (authorLines >= 1 && heading && share >= 0.2) return 0.9;
        return share >= 0.25 ? 0.7 : 0;
    }

    @Override
    public PageRecords read(PageText page, PageInfo info, Problems problems) {
        List<Line> lines = ReaderLib.nonBlank(page);
        SessionInfo session = lines.isEmpty() ? null : ReaderLib.parseSession(lines.get(0).text());
        int i = session == null ? 0 : 1;
        List<PaperRecord> papers = new ArrayList<>();
        while (i < lines.size()) {
            Line title = lines.get(i);
            if (ReaderLib.looksLikeParagraph(title.text())) {
                problems.error(title.number(), "expected a paper title, found a paragraph ('"
                        + ReaderLib.shorten(title.text()) + "'): is a title missing above it?");
                i++;
                continue;
            }
            int at = i + 1;
            List<String> authors = List.of();
            if (at < lines.size() && ReaderLib.looksLikeAuthors(lines.get(at).text())) {
                authors = ReaderLib.splitAuthors(lines.get(at).text());
                at++;
            }
            if (at >= lines.size() || !ReaderLib.looksLikeParagraph(lines.get(at).text())) {
                problems.error(title.number(), "paper '" + ReaderLib.shorten(title.text()) + "' has no abstract"
                        + (at >= lines.size() ? ": the page ends here (is it cut short?)" : ""));
                i = at;
                continue;
            }
            AbstractText abstractText = Abstracts.fromPage(lines.get(at).text());
            papers.add(new PaperRecord(title.number(), title.text(), abstractText, authors, null, null));
            i = at + 1;
        }
        return new PageRecords(FORMAT.name(), session, null, papers);
    }
}
