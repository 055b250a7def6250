package org.paperkg.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.paperkg.text.Slugs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Papers with Code dataset lists as copied into {@code ../shared/real/vocab/}: the CSV of
 * 5,719 datasets with full names (GaganSD/ttds-cw3-research-team) and the JSON Lines of 3,294
 * datasets with the variant names papers use (viswavi/datafinder). One dataset is one entry
 * whichever file names it; its labels are its name, its full name and its variants, cleaned of
 * what no paper writes ("PubMed (0.03%)", "KILT: ELI5").
 */
final class PwcDatasets {
    static final String FULL_NAMES = "pwc_datasets_fullnames_gagansd_2022-03.csv";
    static final String VARIANTS = "pwc_datasets_variants_datafinder_2021-12.jsonl";
    private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}0-9][\\p{L}0-9+\\-]*\\p{Lu}[\\p{L}0-9+\\-]*");
    private static final int MAX_WORDS = 6;

    /** One dataset: its PwC page slug, name (its first clean label), labels (name first) and the prose that describes it. */
    record Dataset(String slug, String name, Set<String> labels, String description) {
    }

    private PwcDatasets() {
    }

    static List<Dataset> read(Path folder) throws IOException {
        Map<String, Builder> byName = new LinkedHashMap<>();
        Path csv = folder.resolve(FULL_NAMES);
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord r : parser) {
                String name = r.get("title").strip();
                if (name.isEmpty()) throw new IOException(csv + " line " + r.getParser().getCurrentLineNumber() + ": a dataset without a title");
                String url = r.get("owner").strip();
                String slug = url.contains("/dataset/") ? url.substring(url.lastIndexOf("/dataset/") + 9) : Slugs.of(name);
                Builder b = byName.computeIfAbsent(name, n -> new Builder(Slugs.of(slug), n));
                b.description = r.get("description");
                b.addLabel(r.get("subtitle"));
            }
        }
        Path jsonl = folder.resolve(VARIANTS);
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                JsonNode row;
                try {
                    row = json.readTree(line);
                } catch (IOException e) {
                    throw new IOException(jsonl + " line " + n + ": not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
                }
                String name = row.path("id").asText("").strip();
                if (name.isEmpty()) throw new IOException(jsonl + " line " + n + ": a dataset without an id");
                Builder b = byName.computeIfAbsent(name, k -> new Builder(Slugs.of(k), k));
                if (b.description == null) b.description = row.path("contents").asText(null);
                row.path("variants").forEach(v -> b.addLabel(v.asText()));
            }
        }
        List<Dataset> out = new ArrayList<>();
        for (Builder b : byName.values()) {
            // a dataset whose every name is a benchmark setting ("CAT: Context Adjustment Training") has none to match
            if (b.labels.isEmpty()) continue;
            out.add(new Dataset(b.slug, b.labels.iterator().next(), Collections.unmodifiableSet(b.labels), b.description));
        }
        return out;
    }

    /**
     * The names a label gives: "Voice Bank corpus (VCTK)" gives both, "PubMed (0.03%)" and
     * "KILT: ELI5" none (benchmark settings, not names), over {@value #MAX_WORDS} words none.
     */
    static List<String> names(String label) {
        String s = label == null ? "" : label.strip().replaceAll("\\s+", " ");
        if (s.isEmpty()) return List.of();
        Matcher m = BRACKETED.matcher(s);
        if (m.matches()) {
            List<String> out = new ArrayList<>(names(m.group(1)));
            if (ACRONYM.matcher(m.group(2)).matches()) out.addAll(names(m.group(2)));
            return out;
        }
        if (s.contains(":") || s.contains("%") || s.contains("(") || s.contains(")") || s.split(" ").length > MAX_WORDS) return List.of();
        if (s.replaceAll("[^\\p{L}\\p{N}]", "").length() < 2) return List.of();
        return List.of(s);
    }

    private static final class Builder {
        final String slug;
        final String name;
        final Set<String> labels = new LinkedHashSet<>();
        String description;

        Builder(String slug, String name) {
            this.slug = slug;
            this.name = name;
            addLabel(name);
        }

        void addLabel(String label) {
            labels.addAll(names(label));
        }
    }
}
