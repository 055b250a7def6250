package org.paperkg.tagger;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a span-annotated dataset-mention CSV (the format of Heddes et al. 2021): columns
 * {@code id}, {@code text} and {@code labels}, the last a Python list of
 * {@code [start, end, 'Label']} triples with {@code [start, end)} character offsets into the
 * text. {@code Dataset} (and its misspelling {@code Datatset}) marks a dataset name;
 * {@code Geen Dataset} ("not a dataset") a hard negative, read as no mention. Other columns
 * ({@code datasets}, {@code conference}) are optional.
 */
public final class MentionCorpus {
    private static final Pattern TRIPLE = Pattern.compile("\\[\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(['\"])(.*?)\\3\\s*]");
    private static final Pattern LIST = Pattern.compile("\\s*\\[\\s*(?:\\[[^\\[\\]]*]\\s*(?:,\\s*\\[[^\\[\\]]*]\\s*)*)?]\\s*");
    private static final Set<String> POSITIVE = Set.of("Dataset", "Datatset");
    private static final Set<String> NEGATIVE = Set.of("Geen Dataset");

    private MentionCorpus() {
    }

    /** @throws CorpusException naming the file and line of the first record that is not in the format */
    public static List<AnnotatedSentence> read(Path file) throws IOException {
        List<AnnotatedSentence> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setAllowMissingColumnNames(true).get().parse(in)) {
            for (String column : List.of("id", "text", "labels")) {
                if (!csv.getHeaderMap().containsKey(column)) {
                    throw new CorpusException(file + " line 1: no '" + column + "' column (the header has " + csv.getHeaderNames() + ")");
                }
            }
            for (CSVRecord r : csv) {
                long line = r.getParser().getCurrentLineNumber();
                if (!r.isConsistent() || !r.isSet("labels")) throw new CorpusException(file + " line " + line + ": the record has "
                        + r.size() + " fields, the header " + csv.getHeaderNames().size());
                String text = r.get("text");
                out.add(new AnnotatedSentence(r.get("id"), text, spans(file, line, text, r.get("labels")),
                        r.isMapped("conference") ? r.get("conference") : ""));
            }
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            // commons-csv reports a broken quote or header this way
            throw new CorpusException(file + ": not a CSV file (" + e.getMessage() + ")");
        }
        return out;
    }

    private static List<AnnotatedSentence.Span> spans(Path file, long line, String text, String labels) throws CorpusException {
        if (!LIST.matcher(labels).matches()) {
            throw new CorpusException(file + " line " + line + ": labels is not a list of [start, end, 'Label'] triples: " + cut(labels));
        }
        List<AnnotatedSentence.Span> out = new ArrayList<>();
        Matcher m = TRIPLE.matcher(labels);
        int triples = 0;
        while (m.find()) {
            triples++;
            int start = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(2));
            String label = m.group(4);
            if (end <= start || end > text.length()) {
                throw new CorpusException(file + " line " + line + ": span [" + start + ", " + end + ") is outside the "
                        + text.length() + "-character text");
            }
            if (POSITIVE.contains(label)) out.add(new AnnotatedSentence.Span(start, end));
            else if (!NEGATIVE.contains(label)) {
                throw new CorpusException(file + " line " + line + ": unknown label '" + label + "' (Dataset or Geen Dataset)");
            }
        }
        // every inner list must have been a triple: "[7, 12, Dataset]" (no quotes) is not
        if (triples != labels.chars().filter(c -> c == '[').count() - 1) {
            throw new CorpusException(file + " line " + line + ": labels is not a list of [start, end, 'Label'] triples: " + cut(labels));
        }
        return out;
    }

    private static String cut(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    /** A corpus file that is not in the format; the message names the file and line. */
    public static final class CorpusException extends IOException {
        private static final long serialVersionUID = 1L;

        CorpusException(String message) {
            super(message);
        }
    }
}
