package org.paperkg.source.readers;

import org.paperkg.record.AbstractText;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperIds;
import org.paperkg.record.PaperRecord;
import org.paperkg.record.Publication;
import org.paperkg.source.PageFormat;
import org.paperkg.source.PageReader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problems;
import org.paperkg.text.Abstracts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Accepted-paper tables that OpenReview scrapers save: tab-separated, no header row, one paper
 * per line. Columns are told apart by what they hold, over all rows ({@link TableColumns}): the
 * forum URL or id, the title, the {@code ;}-separated authors, the venue label ({@code CoRL
 * 2025 Oral}), the abstract, keywords. Such a file is not RFC 4180: a quote character is part of
 * the text. Rows whose venue says {@code Submitted to …}, withdrawn or rejected are not papers
 * of the venue: they are skipped and named in a warning.
 */
public final class OpenReviewTableReader implements PageReader {
    private static final PageFormat FORMAT = new PageFormat("openreview-table",
            "OpenReview accepted-paper table: tab-separated, no header; forum URL, title, ;-separated authors, venue, abstract …");

    @Override
    public PageFormat format() {
        return FORMAT;
    }

    /** Sure when most rows are tab-separated with an OpenReview forum link, and the first row is one of them (no header). */
    @Override
    public double recognise(PageText page) {
        String first = page.lines().stream().filter(l -> !l.isBlank()).findFirst().orElse("");
        String[] firstRow = first.split("\t", -1);
        // most pages are told apart by their first line alone, before every line is split
        if (firstRow.length < 3 || !hasForumLink(firstRow)) return 0;
        List<String[]> rows = rows(page).cells();
        long withForum = rows.stream().filter(r -> r.length >= 3 && hasForumLink(r)).count();
        return withForum >= 0.9 * rows.size() ? 0.95 : 0;
    }

    private static boolean hasForumLink(String[] row) {
        return Arrays.stream(row).anyMatch(c -> ReaderLib.OPENREVIEW_LINK.matcher(c).find());
    }

    @Override
    public PageRecords read(PageText page, PageInfo info, Problems problems) {
        List<String[]> rows = rows(page).cells();
        List<Integer> lineOf = rows(page).lines();
        TableColumns columns = TableColumns.infer(rows);
        if (columns.title() < 0 && columns.abstractText() < 0) {
            problems.error(1, "no column of this table holds titles or abstracts");
            return new PageRecords(FORMAT.name(), null, null, List.of());
        }
        List<PaperRecord> papers = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            int line = lineOf.get(r);
            String title = TableColumns.cell(row, columns.title());
            String venue = TableColumns.cell(row, columns.venue());
            if (ReaderLib.notAccepted(venue)) {
                skipped.add("line " + line + " '" + ReaderLib.shorten(title == null ? "?" : title) + "' (" + venue + ")");
                continue;
            }
            String abstractValue = TableColumns.cell(row, columns.abstractText());
            AbstractText abstractText = abstractValue == null ? null : Abstracts.fromPage(abstractValue);
            if (title == null && abstractText == null) {
                problems.error(line, "row has neither a title nor an abstract (" + row.length + " cells)");
                continue;
            }
            String forumCell = TableColumns.cell(row, columns.forum());
            String forum = null;
            if (forumCell != null) {
                Matcher m = ReaderLib.OPENREVIEW_LINK.matcher(forumCell);
                forum = m.find() ? m.group(1) : forumCell.matches("[A-Za-z0-9_-]{5,30}") ? forumCell : null;
            }
            String authors = TableColumns.cell(row, columns.authors());
            String keywords = TableColumns.cell(row, columns.keywords());
            papers.add(new PaperRecord(line, title == null ? null : ReaderLib.plainTitle(title), abstractText,
                    authors == null ? List.of() : TableColumns.split(authors),
                    null, null, new PaperIds(null, null, forum, null),
                    keywords == null ? List.of() : TableColumns.split(keywords),
                    new Publication(venue, ReaderLib.yearIn(venue), forum == null ? null : "https://openreview.net/forum?id=" + forum)));
        }
        if (!skipped.isEmpty()) {
            problems.warning(0, skipped.size() + " row(s) not accepted at the venue, skipped: " + String.join("; ", skipped));
        }
        return new PageRecords(FORMAT.name(), null, null, papers);
    }

    /** The page's non-blank lines split at tabs, with their line numbers; split once per page for recognise and read. */
    private record Rows(List<String[]> cells, List<Integer> lines) {
    }

    private static final Object ROWS = new Object();

    private static Rows rows(PageText page) {
        return page.derived(ROWS, p -> {
            List<String[]> cells = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (int i = 0; i < p.lines().size(); i++) {
                String line = p.lines().get(i);
                if (line.isBlank()) continue;
                cells.add(line.split("\t", -1));
                lines.add(i + 1);
            }
            return new Rows(List.copyOf(cells), List.copyOf(lines));
        });
    }
}
