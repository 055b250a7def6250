package org.paperkg.source.readers;

import org.paperkg.record.AbstractText;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperRecord;
import org.paperkg.source.PageFormat;
import org.paperkg.source.PageReader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problems;
import org.paperkg.text.Abstracts;

import java.util.ArrayList;
import java.util.List;

/**
 * Award pages copied from a conference site: entries separated by {@code |}, each an award name
 * ("Outstanding Paper") and then the paper — an abstract, with a title line before it only where
 * the site showed one. A bar stands on a line of its own or ends a line.
 */
public final class AwardListReader implements PageReader {
    private static final PageFormat FORMAT = new PageFormat("award-list",
            "conference award page: award name | [title] abstract | …");
    private static final int MAX_AWARD_NAME = 80;

    @Override
    public PageFormat format() {
        return FORMAT;
    }

    @Override
    public double recognise(PageText page) {
        List<Line> lines = ReaderLib.nonBlank(page);
        long bars = lines.stream().filter(l -> l.text().equals("|") || l.text().endsWith(" |")).count();
        boolean startsWithName = !lines.isEmpty() && lines.get(0).text().length() <= MAX_AWARD_NAME
                && !lines.get(0).text().contains("|");
        return bars >= 2 && startsWithName && ReaderLib.share(bars, lines.size()) >= 0.25 ? 0.9 : 0;
    }

    @Override
    public PageRecords read(PageText page, PageInfo info, Problems problems) {
        List<List<Line>> segments = segments(ReaderLib.nonBlank(page));
        List<PaperRecord> papers = new ArrayList<>();
        for (int i = 0; i < segments.size(); i += 2) {
            List<Line> award = segments.get(i);
            Line name = award.get(0);
            if (award.size() > 1 || name.text().length() > MAX_AWARD_NAME) {
                problems.error(name.number(), "expected an award name before '|', found running text '"
                        + ReaderLib.shorten(name.text()) + "'");
                continue;
            }
            if (i + 1 >= segments.size()) {
                problems.error(name.number(), "the page ends after the award name '" + name.text()
                        + "': its paper is missing (is the page cut short?)");
                break;
            }
            PaperRecord paper = paper(name.text(), segments.get(i + 1), problems);
            if (paper != null) papers.add(paper);
        }
        return new PageRecords(FORMAT.name(), null, null, papers);
    }

    private static PaperRecord paper(String award, List<Line> lines, Problems problems) {
        Line first = lines.get(0);
        String title = lines.size() > 1 ? first.text() : null;
        String body = String.join(" ", lines.subList(lines.size() > 1 ? 1 : 0, lines.size()).stream().map(Line::text).toList());
        AbstractText abstractText = Abstracts.fromPage(body);
        if (abstractText == null) {
            problems.error(first.number(), "award entry '" + award + "' has no abstract");
            return null;
        }
        return new PaperRecord(first.number(), title, abstractText, List.of(), award, null);
    }

    /** Splits the lines at bars; a bar ending a line closes the segment that line belongs to. */
    private static List<List<Line>> segments(List<Line> lines) {
        List<List<Line>> segments = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (Line line : lines) {
            String text = line.text();
            if (text.equals("|")) {
                close(segments, current);
                current = new ArrayList<>();
            } else if (text.endsWith("|")) {
                current.add(new Line(line.number(), text.substring(0, text.length() - 1).strip()));
                close(segments, current);
                current = new ArrayList<>();
            } else {
                current.add(line);
            }
        }
        close(segments, current);
        return segments;
    }

    private static void close(List<List<Line>> segments, List<Line> segment) {
        segment.removeIf(l -> l.text().isEmpty());
        if (!segment.isEmpty()) segments.add(segment);
    }
}
