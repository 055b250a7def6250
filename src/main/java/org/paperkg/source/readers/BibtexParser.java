package org.paperkg.source.readers;

import org.paperkg.source.Problems;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * BibTeX's entry grammar: {@code @type{key, field = {value} # "value" # macro, …}}, with
 * {@code @string} macros, {@code @comment} and {@code @preamble}. Values keep their LaTeX; the
 * reader decodes it. An unclosed brace in one entry is reported at the field that opened it and
 * reading goes on at the next line that starts an entry, so one run shows every broken entry.
 */
final class BibtexParser {
    /** A line that starts an entry: where reading resumes after a broken one. */
    private static final Pattern ENTRY_START = Pattern.compile("\\n[ \\t]*@[A-Za-z]+[ \\t]*[{(]");
    /** A line that starts a field: inside a braced value, a sign that a brace was left open. */
    private static final Pattern FIELD_START = Pattern.compile("\\n[ \\t]*[A-Za-z][A-Za-z0-9_-]*[ \\t]*=[ \\t]*[{\"0-9]");
    private static final Map<String, String> MONTHS = Map.ofEntries(
            Map.entry("jan", "1"), Map.entry("feb", "2"), Map.entry("mar", "3"), Map.entry("apr", "4"),
            Map.entry("may", "5"), Map.entry("jun", "6"), Map.entry("jul", "7"), Map.entry("aug", "8"),
            Map.entry("sep", "9"), Map.entry("oct", "10"), Map.entry("nov", "11"), Map.entry("dec", "12"));

    record Entry(String type, String key, int line, Map<String, String> fields) {
        String field(String name) {
            String v = fields.get(name);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    private final String text;
    private final Problems problems;
    private final Map<String, String> macros = new LinkedHashMap<>(MONTHS);
    private int pos;

    private final int[] lineStarts;

    private BibtexParser(String text, Problems problems) {
        this.text = text;
        this.problems = problems;
        this.lineStarts = IntStream.concat(IntStream.of(0),
                IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').map(i -> i + 1)).toArray();
    }

    static List<Entry> parse(String text, Problems problems) {
        return new BibtexParser(text, problems).entries();
    }

    private List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        while (true) {
            int at = text.indexOf('@', pos);
            if (at < 0) return out;
            pos = at + 1;
            if (!atLineStart(at)) continue; // an '@' in free text between entries, e.g. an e-mail address
            try {
                Entry e = entry(at);
                if (e != null) out.add(e);
            } catch (Broken b) {
                problems.error(b.line, b.getMessage());
                Matcher next = ENTRY_START.matcher(text);
                pos = next.find(Math.min(b.resumeFrom, text.length())) ? next.start() + 1 : text.length();
            }
        }
    }

    private Entry entry(int at) throws Broken {
        int line = lineOf(at);
        String type = identifier().toLowerCase(Locale.ROOT);
        if (type.isEmpty()) return null;
        skipSpace();
        if (pos >= text.length() || (text.charAt(pos) != '{' && text.charAt(pos) != '(')) {
            throw new Broken(line, "@" + type + " is not followed by '{' or '('", pos);
        }
        char close = text.charAt(pos) == '{' ? '}' : ')';
        int open = pos++;
        switch (type) {
            case "comment", "preamble" -> {
                pos = skipBalanced(open, "@" + type, line) + 1;
                return null;
            }
            case "string" -> {
                Map<String, String> defined = fields(close, "@string", line);
                defined.forEach((k, v) -> macros.put(k, v));
                return null;
            }
            default -> {
                skipSpace();
                int keyStart = pos;
                while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != close
                        && !Character.isWhitespace(text.charAt(pos))) pos++;
                String key = text.substring(keyStart, pos);
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == ',') pos++;
                return new Entry(type, key, line, fields(close, key.isEmpty() ? "@" + type : "'" + key + "'", line));
            }
        }
    }

    private Map<String, String> fields(char close, String entryName, int entryLine) throws Broken {
        Map<String, String> fields = new LinkedHashMap<>();
        while (true) {
            skipSpaceAndCommas();
            if (pos >= text.length()) {
                throw new Broken(entryLine, "entry " + entryName + " is not closed with '" + close + "'", text.length());
            }
            if (text.charAt(pos) == close) {
                pos++;
                return fields;
            }
            int fieldAt = pos;
            String name = identifier().toLowerCase(Locale.ROOT);
            skipSpace();
            if (name.isEmpty() || pos >= text.length() || text.charAt(pos) != '=') {
                throw new Broken(lineOf(fieldAt), "entry " + entryName + ": expected 'field = value' at '"
                        + ReaderLib.shorten(text.substring(fieldAt, Math.min(text.length(), fieldAt + 40)).strip()) + "'", fieldAt);
            }
            pos++;
            fields.put(name, value(entryName, name));
        }
    }

    /** One value: parts joined by '#'. */
    private String value(String entryName, String field) throws Broken {
        StringBuilder out = new StringBuilder();
        while (true) {
            skipSpace();
            if (pos >= text.length()) throw new Broken(lineOf(pos), "entry " + entryName + ": field '" + field + "' has no value", pos);
            char c = text.charAt(pos);
            if (c == '{') {
                int end = closingBrace(pos, entryName, field);
                out.append(text, pos + 1, end);
                pos = end + 1;
            } else if (c == '"') {
                int end = closingQuote(pos, entryName, field);
                out.append(text, pos + 1, end);
                pos = end + 1;
            } else if (Character.isDigit(c)) {
                int start = pos;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
                out.append(text, start, pos);
            } else {
                int start = pos;
                String macro = identifier().toLowerCase(Locale.ROOT);
                if (macro.isEmpty()) {
                    throw new Broken(lineOf(start), "entry " + entryName + ": field '" + field + "' has no value", start);
                }
                String v = macros.get(macro);
                if (v == null) problems.warning(lineOf(start), "entry " + entryName + ": unknown @string macro '" + macro + "'");
                else out.append(v);
            }
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == '#') {
                pos++;
                continue;
            }
            return out.toString();
        }
    }

    /**
     * The '}' that closes the brace at {@code open}. A line starting a new entry inside the value
     * means the brace was never closed: BibTeX would swallow the rest of the file.
     */
    private int closingBrace(int open, String entryName, String field) throws Broken {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            } else if (c == '\n' && (startsAt(ENTRY_START, i) || (depth == 1 && startsAt(FIELD_START, i)))) {
                throw unclosed(open, entryName, field, i);
            }
        }
        throw unclosed(open, entryName, field, text.length());
    }

    private int closingQuote(int open, String entryName, String field) throws Broken {
        int depth = 0;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') i++;
            else if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (c == '"' && depth == 0) return i;
            else if (c == '\n' && startsAt(ENTRY_START, i)) throw unclosed(open, entryName, field, i);
        }
        throw unclosed(open, entryName, field, text.length());
    }

    private Broken unclosed(int open, String entryName, String field, int stoppedAt) {
        String what = text.charAt(open) == '{' ? "brace" : "quote";
        String next = stoppedAt >= text.length() ? "the end of the file"
                : (startsAt(ENTRY_START, stoppedAt) ? "the next entry" : "the next field") + " on line " + lineOf(stoppedAt + 1);
        return new Broken(lineOf(open), "entry " + entryName + ": unclosed " + what + " in field '" + field
                + "': a " + what + " opened on line " + lineOf(open) + " is never closed before " + next, stoppedAt);
    }

    private boolean startsAt(Pattern pattern, int newline) {
        Matcher m = pattern.matcher(text).region(newline, text.length());
        return m.lookingAt();
    }

    private int skipBalanced(int open, String entryName, int line) throws Broken {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '(') depth++;
            else if ((c == '}' || c == ')') && --depth == 0) return i;
        }
        throw new Broken(line, entryName + " is not closed", text.length());
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || "_-:.+/".indexOf(c) >= 0) pos++;
            else break;
        }
        return text.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private void skipSpaceAndCommas() {
        while (pos < text.length() && (Character.isWhitespace(text.charAt(pos)) || text.charAt(pos) == ',')) pos++;
    }

    private boolean atLineStart(int at) {
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) return false;
        }
        return true;
    }

    private int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, Math.min(offset, text.length()));
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** A broken entry: where to report it and where reading may resume. */
    private static final class Broken extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int resumeFrom;

        Broken(int line, String message, int resumeFrom) {
            super(message, null, false, false);
            this.line = line;
            this.resumeFrom = resumeFrom;
        }
    }
}
