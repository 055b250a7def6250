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
import org.paperkg.text.LatexText;
import org.paperkg.text.PersonNames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BibTeX as dblp, the ACL Anthology and reference managers export it. Per entry: title, authors
 * ("Last, First" and "First Last", "and others" dropped, dblp's homonym numbers "Wei Li 0001"
 * taken off the name), abstract, year, booktitle or journal (from the {@code crossref}'d
 * proceedings where the entry has none), DOI, URL, keywords, and the identifiers hidden in them:
 * arXiv ({@code eprint}, CoRR {@code abs/…} volumes, arxiv.org URLs), OpenReview forum URLs and
 * dblp keys ({@code DBLP:conf/iclr/…} cite keys or {@code biburl}). LaTeX accents and braces are
 * decoded. {@code @proceedings} and {@code @book} entries are volumes, not papers.
 */
public final class BibtexReader implements PageReader {
    private static final PageFormat FORMAT = new PageFormat("bibtex",
            "BibTeX (.bib): @inproceedings{key, title = {…}, author = {A and B}, year = …, booktitle = …, doi = …}");
    private static final Pattern ENTRY = Pattern.compile("(?m)^\\s*@(article|inproceedings|conference|misc|techreport|"
            + "unpublished|phdthesis|mastersthesis|incollection|inbook|book|proceedings|online|preprint|string|comment)\\s*[{(]",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> VOLUMES = Set.of("proceedings", "book", "collection", "mvbook", "mvproceedings");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern CORR_VOLUME = Pattern.compile("abs/(\\S+)");
    private static final Pattern OPENREVIEW = Pattern.compile("openreview\\.net/(?:forum|pdf)\\?id=([A-Za-z0-9_-]+)");
    private static final Pattern DBLP_BIBURL = Pattern.compile("dblp\\.(?:org|uni-trier\\.de)/rec/(?:bibtex/)?(.+?)(?:\\.bib)?$");

    @Override
    public PageFormat format() {
        return FORMAT;
    }

    @Override
    public double recognise(PageText page) {
        return page.lines().stream().anyMatch(l -> ENTRY.matcher(l).lookingAt()) ? 0.9 : 0;
    }

    @Override
    public PageRecords read(PageText page, PageInfo info, Problems problems) {
        List<BibtexParser.Entry> entries = BibtexParser.parse(page.text(), problems);
        Map<String, BibtexParser.Entry> byKey = new HashMap<>();
        for (BibtexParser.Entry e : entries) byKey.put(e.key().toLowerCase(Locale.ROOT), e);
        List<PaperRecord> papers = new ArrayList<>();
        for (BibtexParser.Entry e : entries) {
            if (VOLUMES.contains(e.type())) continue;
            PaperRecord r = record(e, byKey, problems);
            if (r != null) papers.add(r);
        }
        return new PageRecords(FORMAT.name(), null, null, papers);
    }

    private static PaperRecord record(BibtexParser.Entry e, Map<String, BibtexParser.Entry> byKey, Problems problems) {
        String title = e.field("title") == null ? null : LatexText.toPlain(e.field("title"));
        AbstractText abstractText = e.field("abstract") == null ? null : Abstracts.fromPage(e.field("abstract"));
        if ((title == null || title.isBlank()) && abstractText == null) {
            problems.error(e.line(), "entry '" + e.key() + "' has neither a title nor an abstract");
            return null;
        }
        BibtexParser.Entry volume = e.field("crossref") == null ? null : byKey.get(e.field("crossref").toLowerCase(Locale.ROOT));
        String venue = firstOf(e, volume, "booktitle", "journal");
        Integer year = year(e, volume, problems);
        String url = e.field("url");
        PaperIds ids = new PaperIds(arxiv(e), PaperIds.doi(e.field("doi")), match(OPENREVIEW, url), dblpKey(e));
        List<String> keywords = e.field("keywords") == null ? List.of()
                : Arrays.stream(e.field("keywords").split("[,;]")).map(String::strip).filter(k -> !k.isEmpty()).toList();
        return new PaperRecord(e.line(), title, abstractText, authors(e.field("author")), null, null, ids, keywords,
                new Publication(venue == null ? null : LatexText.toPlain(venue), year, url));
    }

    static List<String> authors(String field) {
        if (field == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String raw : splitTopLevel(field.replaceAll("\\s+", " ").strip())) {
            if (raw.equalsIgnoreCase("others")) continue;
            List<String> parts = splitCommas(raw);
            String name = switch (parts.size()) {
                case 1 -> parts.get(0);
                case 2 -> parts.get(1) + " " + parts.get(0);                      // Last, First
                default -> parts.get(2) + " " + parts.get(0) + " " + parts.get(1); // Last, Jr, First
            };
            String plain = PersonNames.withoutHomonymNumber(LatexText.toPlain(name));
            if (!plain.isEmpty()) out.add(plain);
        }
        return out;
    }

    /** The names of an author field, split at " and " outside braces ("{Barnes and Noble}" is one). */
    private static List<String> splitTopLevel(String field) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (depth == 0 && c == ' ') {
                Matcher m = AND.matcher(field).region(i, field.length());
                if (m.lookingAt()) {
                    out.add(field.substring(start, i).strip());
                    start = m.end();
                    i = m.end() - 1;
                }
            }
        }
        out.add(field.substring(start).strip());
        return out.stream().filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> splitCommas(String name) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (c == ',' && depth == 0) {
                parts.add(name.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(name.substring(start).strip());
        return parts;
    }

    private static Integer year(BibtexParser.Entry e, BibtexParser.Entry volume, Problems problems) {
        String year = firstOf(e, volume, "year");
        if (year == null) return ReaderLib.yearOf(e.field("date")); // biblatex: date = {2022-04-25}
        if (!year.strip().matches("(19|2\\d)\\d\\d")) {
            problems.warning(e.line(), "entry '" + e.key() + "': year '" + year + "' is not a year; left out");
            return null;
        }
        return Integer.valueOf(year.strip());
    }

    private static String arxiv(BibtexParser.Entry e) {
        String prefix = e.field("archiveprefix") == null ? e.field("eprinttype") : e.field("archiveprefix");
        if (e.field("eprint") != null && (prefix == null || prefix.equalsIgnoreCase("arxiv"))) {
            String id = PaperIds.arxiv(e.field("eprint"));
            if (id != null) return id;
        }
        if ("corr".equalsIgnoreCase(e.field("journal")) && e.field("volume") != null) {
            String id = PaperIds.arxiv(match(CORR_VOLUME, e.field("volume")));
            if (id != null) return id;
        }
        return e.field("url") == null ? null : PaperIds.arxiv(e.field("url"));
    }

    private static String dblpKey(BibtexParser.Entry e) {
        if (e.key().startsWith("DBLP:")) return e.key().substring("DBLP:".length());
        return match(DBLP_BIBURL, e.field("biburl"));
    }

    private static String firstOf(BibtexParser.Entry e, BibtexParser.Entry volume, String... fields) {
        for (String f : fields) {
            if (e.field(f) != null) return e.field(f);
        }
        if (volume != null) {
            for (String f : fields) {
                if (volume.field(f) != null) return volume.field(f);
            }
        }
        return null;
    }

    private static String match(Pattern p, String s) {
        if (s == null) return null;
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }
}
