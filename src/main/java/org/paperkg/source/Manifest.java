package org.paperkg.source;

import org.paperkg.record.PageInfo;
import org.paperkg.source.readers.CsvColumns;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What pages do not say about themselves, kept beside them in {@code manifest.tsv}: a header
 * row naming the columns ({@code file} first; then any of {@code conference}, {@code year},
 * {@code url}, {@code columns}), then one row per page. Empty cells are unknown. Lines starting
 * with {@code #} are comments. A UTF-8 byte-order mark (as Excel and Notepad save) is accepted.
 *
 * <p>Problems stay local: a bad row is reported once, and the page it describes is read without
 * its metadata (with a warning on that page); a manifest that cannot be read at all is reported
 * once and every page of its folder goes in without it. A missing manifest is no problem.
 *
 * <p>The {@code columns} cell maps CSV/TSV fields to that file's headers, as {@code --column}
 * does for a whole run: {@code title=Paper Name; authors=Writers}.
 */
public final class Manifest {
    public static final String FILE_NAME = "manifest.tsv";
    static final List<String> COLUMNS = List.of("file", "conference", "year", "url", "columns");
    private final Map<String, PageInfo> byFile;
    private final Map<String, Problem> badRows;
    private final List<Problem> problems;
    private final String unreadable;

    private Manifest(Map<String, PageInfo> byFile, Map<String, Problem> badRows, List<Problem> problems, String unreadable) {
        this.byFile = Map.copyOf(byFile);
        this.badRows = Map.copyOf(badRows);
        this.problems = List.copyOf(problems);
        this.unreadable = unreadable;
    }

    public static Manifest empty() {
        return new Manifest(Map.of(), Map.of(), List.of(), null);
    }

    /** The manifest in {@code folder}, or an empty one when the folder has none. */
    public static Manifest inFolder(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? read(file) : empty();
    }

    /** Reads a manifest; never throws: what is wrong is in {@link #problems()}. */
    public static Manifest read(Path file) {
        String name = file.toString();
        List<String> lines;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            lines = PageLoader.splitLines(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return unusable(name, 0, "not UTF-8 text: save the manifest as UTF-8");
        } catch (IOException e) {
            return unusable(name, 0, "cannot read manifest: " + e.getMessage());
        }
        Map<String, PageInfo> rows = new HashMap<>();
        Map<String, Problem> bad = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> at = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (at == null) {
                at = header(cells);
                if (at == null) {
                    return unusable(name, i + 1, "manifest header must name tab-separated columns, 'file' first, then any of "
                            + String.join(", ", COLUMNS.subList(1, COLUMNS.size())) + "; found '" + line.strip() + "'");
                }
                continue;
            }
            String fileCell = cells[0].strip();
            try {
                rows.put(fileCell, row(cells, at));
            } catch (IllegalArgumentException e) {
                Problem p = new Problem(name, i + 1, Problem.Severity.ERROR, "row for '" + fileCell + "': " + e.getMessage()
                        + "; that page is read without its manifest row");
                problems.add(p);
                if (!fileCell.isEmpty()) bad.put(fileCell, p);
            }
        }
        return new Manifest(rows, bad, problems, null);
    }

    private static Manifest unusable(String name, int line, String message) {
        Problem p = new Problem(name, line, Problem.Severity.ERROR, message + "; the pages of this folder are read without it");
        return new Manifest(Map.of(), Map.of(), List.of(p), FILE_NAME + (line > 0 ? ":" + line : ""));
    }

    /** Column name → index, or null when the header is not a manifest header. */
    private static Map<String, Integer> header(String[] cells) {
        Map<String, Integer> at = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].strip().toLowerCase(Locale.ROOT);
            if (c.isEmpty() && i == cells.length - 1) continue;
            if (!COLUMNS.contains(c) || at.containsKey(c)) return null;
            at.put(c, i);
        }
        return at.getOrDefault("file", -1) == 0 ? at : null;
    }

    private static PageInfo row(String[] cells, Map<String, Integer> at) {
        if (cells.length > at.size() && !String.join("", List.of(cells).subList(at.size(), cells.length)).isBlank()) {
            throw new IllegalArgumentException("expected " + at.size() + " tab-separated cells, found " + cells.length);
        }
        if (cells[0].isBlank()) throw new IllegalArgumentException("the file cell is empty");
        String year = cell(cells, at, "year");
        Integer y = null;
        if (year != null) {
            if (!year.matches("\\d{4}")) throw new IllegalArgumentException("bad year '" + year + "': write it as four digits");
            y = Integer.valueOf(year);
        }
        Map<String, String> columns = columns(cell(cells, at, "columns"));
        CsvColumns.of(columns); // says which field name is unknown
        return new PageInfo(cell(cells, at, "conference"), y, cell(cells, at, "url"), columns);
    }

    /** The manifest's {@code columns} cell as a field → header map, checked ({@code null} → none). */
    public static Map<String, String> columnsOf(String cell) {
        Map<String, String> columns = columns(cell);
        CsvColumns.of(columns);
        return columns;
    }

    /** "title=Paper Name; authors=Writers" → {title: Paper Name, authors: Writers}. */
    static Map<String, String> columns(String cell) {
        if (cell == null) return Map.of();
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : cell.split(";")) {
            if (part.isBlank()) continue;
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new IllegalArgumentException("bad columns entry '" + part.strip() + "': write FIELD=HEADER, separated by ';'");
            }
            out.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return out;
    }

    private static String cell(String[] cells, Map<String, Integer> at, String column) {
        Integer i = at.get(column);
        if (i == null || i >= cells.length) return null;
        String v = cells[i].strip();
        return v.isEmpty() ? null : v;
    }

    public PageInfo infoFor(String fileName) {
        return byFile.getOrDefault(fileName, PageInfo.UNKNOWN);
    }

    /** The problem with the row that describes {@code fileName}, or with the whole manifest; null when none. */
    public String problemFor(String fileName) {
        if (unreadable != null) return "read without the folder's manifest (" + unreadable + ": see its error)";
        Problem p = badRows.get(fileName);
        return p == null ? null : "read without its manifest row (" + FILE_NAME + ":" + p.line() + " is bad)";
    }

    /** Everything wrong with the manifest, each said once. */
    public List<Problem> problems() {
        return problems;
    }
}
