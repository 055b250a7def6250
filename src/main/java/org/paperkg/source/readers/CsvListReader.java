package org.paperkg.source.readers;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.paperkg.record.AbstractText;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperIds;
import org.paperkg.record.PaperRecord;
import org.paperkg.record.Publication;
import org.paperkg.record.SessionInfo;
import org.paperkg.source.PageFormat;
import org.paperkg.source.StreamingReader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problems;
import org.paperkg.text.Abstracts;
import org.paperkg.text.Slugs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSV and TSV lists of accepted papers with a header row. The delimiter (comma, tab or
 * semicolon) is the one the header uses most. Columns are mapped by name ({@link CsvColumns});
 * every column whose header means an identifier is read, and each value is told apart by its
 * form (arXiv id, DOI, OpenReview forum, dblp key). Rows whose decision says rejected or
 * withdrawn are skipped with a note.
 */
public final class CsvListReader implements StreamingReader {
    private static final PageFormat FORMAT = new PageFormat("csv-list",
            "CSV/TSV list of papers with a header row: title, authors, abstract, venue/decision, session, url, id …");
    private static final Pattern OPENREVIEW = Pattern.compile("(?:openreview\\.net/(?:forum|pdf)\\?id=|^)([A-Za-z0-9_-]{6,20})");
    private static final Pattern DBLP = Pattern.compile("(?:https?://dblp\\.org/rec/)?((?:conf|journals|books|phd)/[^\\s]+?)(?:\\.html)?");
    private final CsvColumns columns;

    public CsvListReader() {
        this(CsvColumns.DEFAULT);
    }

    public CsvListReader(CsvColumns columns) {
        this.columns = columns;
    }

    @Override
    public PageFormat format() {
        return FORMAT;
    }

    /**
     * Sure when the header names a title column; fairly sure when the first lines are evenly
     * delimited rows (so a list with an unnamed title column still gets told what is missing).
     */
    @Override
    public double recognise(PageText page) {
        List<String> lines = page.lines().stream().filter(l -> !l.isBlank()).limit(6).toList();
        if (lines.size() < 2 || lines.get(0).startsWith("<") || lines.get(0).startsWith("{") || lines.get(0).startsWith("[")
                || lines.get(0).startsWith("@")) return 0;
        char d = delimiter(lines.get(0));
        long cells = count(lines.get(0), d);
        if (cells == 0) return 0;
        List<String> header = Arrays.stream(lines.get(0).split(Pattern.quote(String.valueOf(d)))).map(h -> h.replace("\"", "").strip()).toList();
        boolean titled = header.stream().anyMatch(h -> "title".equals(CsvColumns.fieldOf(h)) || columns.isGiven(h));
        if (titled) return 0.9;
        boolean even = lines.stream().allMatch(l -> count(l, d) == cells);
        return even ? 0.6 : 0;
    }

    @Override
    public PageRecords stream(PageText page, PageInfo info, Problems problems, Consumer<PaperRecord> out) {
        char delimiter = delimiter(page.lines().stream().filter(l -> !l.isBlank()).findFirst().orElse(""));
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
        AuthorRows papers = new AuthorRows(out);
        try (CSVParser parser = CSVParser.builder().setReader(page.openReader()).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            CsvColumns named;
            try {
                named = info.columns().isEmpty() ? columns : columns.overriddenBy(CsvColumns.of(info.columns()));
            } catch (IllegalArgumentException e) {
                problems.error(0, "the manifest's columns for this file: " + e.getMessage());
                return new PageRecords(FORMAT.name(), null, null, List.of());
            }
            Map<String, List<Integer>> at = mapColumns(header, named, problems);
            if (at == null) return new PageRecords(FORMAT.name(), null, null, List.of());
            long lineBefore = parser.getCurrentLineNumber();
            for (CSVRecord row : parser) {
                int line = (int) lineBefore + 1;
                lineBefore = parser.getCurrentLineNumber();
                if (row.size() < header.size()) {
                    problems.error(line, "row has " + row.size() + " cells, the header has " + header.size());
                    continue;
                }
                PaperRecord r = record(row, header, at, line, problems);
                if (r != null) papers.accept(r);
            }
            papers.flush();
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.error(0, "not valid UTF-8 (" + e.getMessage() + "); save the page as UTF-8");
        } catch (IOException | UncheckedIOException e) {
            problems.error(0, "malformed CSV: " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            problems.error(1, "malformed CSV header: " + e.getMessage());
        }
        return new PageRecords(FORMAT.name(), null, null, List.of());
    }

    /**
     * Lists with one row per author (Conference, Year, Title, Author): a run of rows that are one
     * paper — same title, venue and year, each naming at most one author — becomes one record,
     * its authors in row order. Other rows pass as they are (rows that repeat a title with whole
     * author lists are copies the mapper merges). Runs, not groups over the whole file, so a list
     * of any length is joined as it is read.
     */
    static final class AuthorRows {
        private final Consumer<PaperRecord> out;
        private final List<PaperRecord> run = new ArrayList<>();
        private String runKey;

        AuthorRows(Consumer<PaperRecord> out) {
            this.out = out;
        }

        void accept(PaperRecord r) {
            String key = paperKey(r);
            if (!run.isEmpty() && !key.equals(runKey)) flush();
            runKey = key;
            run.add(r);
        }

        void flush() {
            if (run.isEmpty()) return;
            if (run.size() == 1 || run.stream().anyMatch(r -> r.authors().size() > 1)) {
                run.forEach(out);
            } else {
                PaperRecord first = run.get(0);
                List<String> authors = new ArrayList<>();
                AbstractText abstractText = null;
                for (PaperRecord r : run) {
                    authors.addAll(r.authors());
                    if (abstractText == null) abstractText = r.abstractText();
                }
                out.accept(new PaperRecord(first.line(), first.title(), abstractText, authors, first.award(), first.slot(),
                        first.ids(), first.keywords(), first.publication(), first.session()));
            }
            run.clear();
        }
    }

    private static String paperKey(PaperRecord r) {
        if (r.title() == null) return "line:" + r.line();
        return Slugs.of(r.title()) + "\t" + r.publication().venue() + "\t" + r.publication().year();
    }

    /** Field → column indexes, or null (with the error said) when no column gives a title or an abstract. */
    private static Map<String, List<Integer>> mapColumns(List<String> header, CsvColumns columns, Problems problems) {
        Map<String, List<Integer>> at = new LinkedHashMap<>();
        for (String field : CsvColumns.fields()) {
            String named = columns.given(field);
            if (named == null) continue;
            int i = indexOf(header, named);
            if (i < 0) {
                problems.error(1, "column '" + named + "' given for " + field + " is not in the header (" + String.join(", ", header) + ")");
                return null;
            }
            at.computeIfAbsent(field, k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < header.size(); i++) {
            String field = CsvColumns.fieldOf(header.get(i));
            if (field == null || columns.given(field) != null || columns.isGiven(header.get(i))) continue;
            if (field.equals("id") || !at.containsKey(field)) at.computeIfAbsent(field, k -> new ArrayList<>()).add(i);
        }
        if (!at.containsKey("title") && !at.containsKey("abstract")) {
            problems.error(1, "missing column: no header names a title or an abstract (the header is: "
                    + String.join(", ", header) + "); name it with --column title=HEADER");
            return null;
        }
        return at;
    }

    private static PaperRecord record(CSVRecord row, List<String> header, Map<String, List<Integer>> at, int line,
                                      Problems problems) {
        String title = cell(row, at, "title");
        String abstractValue = cell(row, at, "abstract");
        AbstractText abstractText = abstractValue == null ? null : Abstracts.fromPage(abstractValue);
        String venue = cell(row, at, "venue");
        if (ReaderLib.notAccepted(venue)) {
            problems.warning(line, "row '" + ReaderLib.shorten(title == null ? "?" : title) + "' is " + venue.toLowerCase(Locale.ROOT)
                    + ": not a paper of the venue, skipped");
            return null;
        }
        if (title == null && abstractText == null) {
            problems.error(line, "row has neither a title nor an abstract");
            return null;
        }
        String url = cell(row, at, "url");
        PaperIds ids = ids(row, header, at.getOrDefault("id", List.of()), url);
        String session = cell(row, at, "session");
        SessionInfo sessionInfo = ReaderLib.session(session);
        String year = cell(row, at, "year");
        Integer y = ReaderLib.year(year);
        if (year != null && y == null) problems.warning(line, "year '" + year + "' is not a year; left out");
        return new PaperRecord(line, title == null ? null : ReaderLib.plainTitle(title), abstractText, authors(cell(row, at, "authors")),
                cell(row, at, "award"), null, ids,
                ReaderLib.keywords(cell(row, at, "keywords")),
                new Publication(venue, y, url), sessionInfo);
    }

    /**
     * Identifiers from every id column and the url: an arXiv id or DOI is known by its form
     * wherever it stands; an OpenReview forum id or a dblp key by its URL, or by a column named
     * for it ("openreview_id", "forum", "dblp").
     */
    private static PaperIds ids(CSVRecord row, List<String> header, List<Integer> idColumns, String url) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i : idColumns) {
            String v = row.get(i).strip();
            if (!v.isEmpty()) values.put(v, CsvColumns.normal(header.get(i)));
        }
        if (url != null) values.putIfAbsent(url, "url");
        return idsOf(values);
    }

    /**
     * Identifiers from values, each with the (normalised) name of the column or field it came
     * from: arXiv ids and DOIs by their form; OpenReview ids and dblp keys by their URL or a
     * column named for them.
     */
    static PaperIds idsOf(Map<String, String> valueToColumn) {
        PaperIds ids = PaperIds.NONE;
        for (Map.Entry<String, String> e : valueToColumn.entrySet()) {
            String v = e.getKey();
            String column = e.getValue();
            String arxiv = PaperIds.arxiv(v);
            String doi = PaperIds.doi(v);
            Matcher or = OPENREVIEW.matcher(v);
            String openReview = (v.contains("openreview.net") || column.contains("openreview") || column.startsWith("forum"))
                    && or.find() ? or.group(1) : null;
            Matcher dblp = DBLP.matcher(v);
            String dblpKey = (v.contains("dblp.org") || column.contains("dblp")) && dblp.matches() ? dblp.group(1) : null;
            ids = ids.orElse(new PaperIds(arxiv, doi, openReview, dblpKey));
        }
        return ids;
    }

    /**
     * Authors as a Python or JSON list ({@code ['A B', 'C D']}, as pandas writes lists), or
     * joined by ';', '·', '|' or, when there is none of these, by ',' and 'and'.
     */
    static List<String> authors(String cell) {
        if (cell == null) return List.of();
        if (cell.strip().startsWith("[") && PythonLiteral.looksLikeContainer(cell)) {
            try {
                List<String> names = new ArrayList<>();
                for (com.fasterxml.jackson.databind.JsonNode n : PythonLiteral.parse(cell.strip())) {
                    String name = ReaderLib.personName(n);
                    if (name != null) names.add(name);
                }
                return names;
            } catch (PythonLiteral.SyntaxException e) {
                // not a list after all: read it as text below
            }
        }
        String separators = cell.contains(";") ? ";" : cell.contains("·") ? "·" : cell.contains("|") ? "\\|" : ",|\\s+and\\s+";
        return Arrays.stream(cell.split(separators)).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    private static String cell(CSVRecord row, Map<String, List<Integer>> at, String field) {
        List<Integer> cols = at.get(field);
        if (cols == null) return null;
        String v = row.get(cols.get(0)).strip();
        return v.isEmpty() ? null : v;
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (CsvColumns.normal(header.get(i)).equals(CsvColumns.normal(name))) return i;
        }
        return -1;
    }

    private static char delimiter(String header) {
        long tabs = count(header, '\t');
        long commas = count(header, ',');
        long semicolons = count(header, ';');
        if (tabs >= commas && tabs >= semicolons && tabs > 0) return '\t';
        return semicolons > commas ? ';' : ',';
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }
}
