package org.paperkg.source.readers;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which column of a header-less table holds what, judged by the cells of all rows rather than
 * by position, so a scraper that adds or reorders columns is still read right.
 *
 * <ul>
 *   <li>forum: most cells an OpenReview forum link;</li>
 *   <li>venue: short cells with a year, few distinct values ({@code CoRL 2025 Oral});</li>
 *   <li>abstract: the longest text;</li>
 *   <li>authors and keywords: {@code ;}-lists (or single entries) of capitalised words; authors
 *       are the list whose entries look most like names and repeat least (a keyword recurs on
 *       many papers, a name on few);</li>
 *   <li>title: the remaining text column, short and different on every row.</li>
 * </ul>
 * Each index is -1 where no column fits.
 */
record TableColumns(int forum, int title, int authors, int keywords, int venue, int abstractText) {
    private static final Pattern URL = Pattern.compile("^https?://\\S+$");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final Pattern NAME_WORD = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.|[a-z]{1,3}|d'|van|von|der|de|da|di|la|le|del|dos|du|bin|al)$");

    static TableColumns infer(List<String[]> rows) {
        int width = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        Stats[] stats = new Stats[width];
        for (int c = 0; c < width; c++) stats[c] = Stats.of(rows, c);
        Set<Integer> taken = new HashSet<>();
        int forum = best(stats, taken, s -> s.forum > 0.5 ? s.forum : -1);
        // a venue label repeats: few distinct values for the rows (a short table has few rows to repeat on)
        int venue = best(stats, taken, s -> s.nonEmpty > 0.5 && s.year > 0.9 && s.meanLength < 60
                && s.distinctCount <= Math.max(4, 0.2 * rows.size()) ? s.year : -1);
        int abstractText = best(stats, taken, s -> s.url < 0.1 && s.meanLength > 200 ? s.meanLength : -1);
        int authors = best(stats, taken, s -> s.url < 0.1 && s.nameLike > 0.8 && s.meanLength < 400 ? s.nameLike * s.pieceDistinct : -1);
        int keywords = best(stats, taken, s -> s.url < 0.1 && s.listy > 0.3 && s.pieceDistinct < 0.7 ? s.listy : -1);
        int title = best(stats, taken, s -> s.url < 0.1 && s.nonEmpty > 0.9 && s.distinct > 0.9 && s.meanLength < 300 ? s.nonEmpty : -1);
        if (title < 0 && rows.size() <= 2) {
            // one or two rows cannot show which text repeats: the first short text column left is the title
            title = best(stats, taken, s -> s.url < 0.1 && s.nonEmpty > 0.9 && s.meanLength < 300 ? 1 : -1);
        }
        return new TableColumns(forum, title, authors, keywords, venue, abstractText);
    }

    /** The cell, stripped; null where it is empty or the row is too short. */
    static String cell(String[] row, int column) {
        if (column < 0 || column >= row.length) return null;
        String v = row[column].strip();
        return v.isEmpty() ? null : v;
    }

    static List<String> split(String list) {
        return Arrays.stream(list.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private interface Score {
        double of(Stats s);
    }

    private static int best(Stats[] stats, Set<Integer> taken, Score score) {
        int best = -1;
        double top = 0;
        for (int c = 0; c < stats.length; c++) {
            if (taken.contains(c)) continue;
            double v = score.of(stats[c]);
            if (v > top) {
                top = v;
                best = c;
            }
        }
        if (best >= 0) taken.add(best);
        return best;
    }

    /** Shares over the non-empty cells of one column (nonEmpty and distinct over all rows). */
    private record Stats(double nonEmpty, double distinct, int distinctCount, double url, double forum, double year,
                         double meanLength, double listy, double nameLike, double pieceDistinct) {
        static Stats of(List<String[]> rows, int c) {
            int filled = 0;
            int urls = 0;
            int forums = 0;
            int years = 0;
            int lists = 0;
            long length = 0;
            int pieces = 0;
            int names = 0;
            Set<String> values = new HashSet<>();
            Set<String> distinctPieces = new HashSet<>();
            for (String[] row : rows) {
                String v = cell(row, c);
                if (v == null) continue;
                filled++;
                values.add(v);
                length += v.length();
                if (URL.matcher(v).matches()) urls++;
                if (ReaderLib.OPENREVIEW_LINK.matcher(v).find()) forums++;
                if (YEAR.matcher(v).find() && v.split("\\s+").length <= 8) years++;
                if (v.contains(";")) lists++;
                for (String p : split(v)) {
                    pieces++;
                    distinctPieces.add(p);
                    if (looksLikeName(p)) names++;
                }
            }
            if (filled == 0) return new Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            return new Stats((double) filled / rows.size(), (double) values.size() / rows.size(), values.size(), (double) urls / filled,
                    (double) forums / filled, (double) years / filled, (double) length / filled, (double) lists / filled,
                    pieces == 0 ? 0 : (double) names / pieces, pieces == 0 ? 0 : (double) distinctPieces.size() / pieces);
        }
    }

    private static boolean looksLikeName(String piece) {
        String[] words = piece.split("\\s+");
        if (words.length < 1 || words.length > 6 || piece.length() > 60) return false;
        if (piece.chars().anyMatch(Character::isDigit)) return false;
        int capitalised = 0;
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) return false;
            if (Character.isUpperCase(w.codePointAt(0))) capitalised++;
        }
        return capitalised >= 1;
    }
}
