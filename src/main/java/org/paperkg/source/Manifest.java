package org.paperkg.source;

import org.paperkg.record.PageInfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What pages do not say about themselves, kept beside them in {@code manifest.tsv}: a header
 * row {@code file	conference	year	url}, then one row per page. Empty cells are unknown.
 * Lines starting with {@code #} are comments. A page with no row still ingests.
 */
public final class Manifest {
    public static final String FILE_NAME = "manifest.tsv";
    private static final List<String> COLUMNS = List.of("file", "conference", "year", "url");
    private final Map<String, PageInfo> byFile;

    private Manifest(Map<String, PageInfo> byFile) {
        this.byFile = Map.copyOf(byFile);
    }

    public static Manifest empty() {
        return new Manifest(Map.of());
    }

    /** The manifest in {@code folder}, or an empty one when the folder has none. */
    public static Manifest inFolder(Path folder) throws PageException {
        Path file = folder.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? read(file) : empty();
    }

    public static Manifest read(Path file) throws PageException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PageException(new Problem(file.toString(), 0, Problem.Severity.ERROR,
                    "cannot read manifest: " + e.getMessage()));
        }
        Problems problems = new Problems(file.toString());
        Map<String, PageInfo> rows = new HashMap<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (header) {
                if (!List.of(cells).equals(COLUMNS)) {
                    problems.error(i + 1, "manifest header must be: " + String.join("<TAB>", COLUMNS));
                }
                header = false;
                continue;
            }
            if (cells.length != COLUMNS.size()) {
                problems.error(i + 1, "expected " + COLUMNS.size() + " tab-separated cells, found " + cells.length);
                continue;
            }
            try {
                Integer year = cells[2].isBlank() ? null : Integer.valueOf(cells[2].strip());
                rows.put(cells[0].strip(), new PageInfo(cells[1].strip(), year, cells[3].strip()));
            } catch (IllegalArgumentException e) {
                problems.error(i + 1, "bad year '" + cells[2] + "': " + e.getMessage());
            }
        }
        if (problems.hasErrors()) throw new PageException(problems.all());
        return new Manifest(rows);
    }

    public PageInfo infoFor(String fileName) {
        return byFile.getOrDefault(fileName, PageInfo.UNKNOWN);
    }
}
