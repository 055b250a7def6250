package org.paperkg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The rows of {@code ../shared/gold/seed-papers.tsv}, page names translated to the examples'. */
public record GoldPapers(List<Row> rows) {
    public record Row(String id, String title, Set<String> pages, String award, String session, String slot,
                      List<String> authors, String abstractStart) {
    }

    /** The graph's paper for each gold row (by title, or for title-less rows by abstract start); absent when not exactly one. */
    public Map<String, GraphView.Paper> match(Map<String, GraphView.Paper> papers) {
        Map<String, GraphView.Paper> out = new LinkedHashMap<>();
        for (Row row : rows) {
            List<GraphView.Paper> hits = row.title().isEmpty()
                    ? papers.values().stream().filter(p -> p.title == null)
                        .filter(p -> p.abstractsAsGiven.stream().map(a -> a.replaceFirst("^\\[ Virtual \\] ", ""))
                                .anyMatch(a -> a.startsWith(row.abstractStart().strip()))).toList()
                    : papers.values().stream().filter(p -> row.title().equals(p.title)).toList();
            if (hits.size() == 1) out.put(row.id(), hits.get(0));
        }
        return out;
    }

    public static GoldPapers load() throws IOException {
        List<String> lines = Files.readAllLines(Examples.GOLD.resolve("seed-papers.tsv"), StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] c = line.split("\t", -1);
            Set<String> pages = new TreeSet<>();
            for (String seed : c[2].split(",")) pages.add(Examples.SEED_TO_EXAMPLE.get(seed.strip()));
            List<String> authors = c[7].isBlank() ? List.of() : Arrays.stream(c[7].split(" · ")).map(String::strip).toList();
            if (authors.size() != Integer.parseInt(c[6])) throw new IllegalStateException("gold row " + c[0] + " is inconsistent");
            rows.add(new Row(c[0], c[1], pages, c[3], c[4], c[5], authors, c[8]));
        }
        return new GoldPapers(List.copyOf(rows));
    }
}
