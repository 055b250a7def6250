package org.paperkg.source.readers;

import org.paperkg.record.PageInfo;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperRecord;
import org.paperkg.source.PageFormat;
import org.paperkg.source.PageReader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problems;
import org.paperkg.text.Abstracts;

import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Daily paper feeds copied from the browser: the site's banner lines, perhaps a date ("Mar 13"),
 * then a title line and an abstract line per paper, with or without blank lines between. Copies
 * often glue the first title to the "Subscribe" button's text.
 */
public final class DailyPapersReader implements PageReader {
    private static final PageFormat FORMAT = new PageFormat("daily-papers",
            "daily paper listing: banner, optional date, then title / abstract per paper");
    private static final Set<String> BANNER = Set.of("new", "subscribe", "byak and the research community",
            "get trending papers in your email inbox!", "get trending papers in your email inbox once a day!",
            "daily papers", "trending papers");
    private static final Pattern DATE = Pattern.compile("^([A-Z][a-z]{2,8})\\.? (\\d{1,2})$");
    private static final Pattern GLUED = Pattern.compile("^Subscribe(?=[A-Z0-9])");

    @Override
    public PageFormat format() {
        return FORMAT;
    }

    @Override
    public double recognise(PageText page) {
        List<Line> lines = ReaderLib.nonBlank(page);
        if (lines.isEmpty()) return 0;
        long banner = lines.stream().limit(10).filter(l -> isBanner(l.text())).count();
        if (lines.stream().anyMatch(l -> l.text().contains(ReaderLib.AUTHOR_SEPARATOR) || l.text().equals("|"))) {
            return 0;
        }
        if (banner >= 2) return 0.9;
        long paragraphs = lines.stream().filter(l -> ReaderLib.looksLikeParagraph(l.text())).count();
        double share = ReaderLib.share(paragraphs, lines.size());
        return lines.size() >= 4 && share >= 0.4 && share <= 0.6 ? 0.6 : 0;
    }

    @Override
    public PageRecords read(PageText page, PageInfo info, Problems problems) {
        List<Line> lines = new ArrayList<>();
        MonthDay date = null;
        boolean inBanner = true;
        for (Line line : ReaderLib.nonBlank(page)) {
            String text = GLUED.matcher(line.text()).replaceFirst("");
            if (inBanner && isBanner(text)) continue;
            MonthDay d = inBanner ? date(text) : null;
            if (d != null) {
                date = d;
                continue;
            }
            inBanner = false;
            lines.add(new Line(line.number(), text));
        }
        List<PaperRecord> papers = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Line title = lines.get(i);
            if (ReaderLib.looksLikeParagraph(title.text())) {
                problems.error(title.number(), "expected a paper title, found a paragraph ('"
                        + ReaderLib.shorten(title.text()) + "'): is a title missing above it?");
                i++;
                continue;
            }
            if (i + 1 >= lines.size()) {
                problems.error(title.number(), "the page ends after the title '" + ReaderLib.shorten(title.text())
                        + "': its abstract is missing (is the page cut short?)");
                break;
            }
            Line body = lines.get(i + 1);
            if (!ReaderLib.looksLikeParagraph(body.text())) {
                problems.error(body.number(), "expected the abstract of '" + ReaderLib.shorten(title.text())
                        + "', found '" + ReaderLib.shorten(body.text()) + "'");
                i++;
                continue;
            }
            papers.add(new PaperRecord(title.number(), title.text(), Abstracts.fromPage(body.text()), List.of(), null, null));
            i += 2;
        }
        return new PageRecords(FORMAT.name(), null, date, papers);
    }

    private static boolean isBanner(String text) {
        return BANNER.contains(text.toLowerCase(Locale.ROOT));
    }

    private static MonthDay date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) return null;
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            if (full.equalsIgnoreCase(m.group(1)) || full.substring(0, 3).equalsIgnoreCase(m.group(1))) {
                int day = Integer.parseInt(m.group(2));
                return day >= 1 && day <= month.maxLength() ? MonthDay.of(month, day) : null;
            }
        }
        return null;
    }
}
