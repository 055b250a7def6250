package org.paperkg.source.readers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Python literals as {@code repr()} writes them ({@code {'a': [1, 'x'], 'b': None}}), read into
 * Jackson's JSON tree: what {@code ast.literal_eval} accepts, minus sets of non-literals and
 * complex numbers. Scrapers that {@code str()} a dict before dumping JSON leave such strings in
 * real files, and CSV exports of pandas leave {@code "['A B', 'C D']"} in author cells.
 *
 * <p>One left-to-right pass with a small explicit depth limit: linear in the text, whatever it holds.
 */
final class PythonLiteral {
    private static final int MAX_DEPTH = 200;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final String s;
    private int at;

    private PythonLiteral(String s) {
        this.s = s;
    }

    /** The literal {@code text} holds, as a JSON tree. */
    static JsonNode parse(String text) throws SyntaxException {
        PythonLiteral p = new PythonLiteral(text);
        JsonNode v = p.value(0);
        p.space();
        if (p.at < text.length()) throw p.error("unexpected text after the literal");
        return v;
    }

    /** Whether {@code text} looks like a Python literal of a container (starts with '[', '{' or '('). */
    static boolean looksLikeContainer(String text) {
        String t = text.strip();
        return t.length() >= 2 && "[{(".indexOf(t.charAt(0)) >= 0 && "]})".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** A malformed literal, with the character offset where reading stopped. */
    static final class SyntaxException extends Exception {
        private final int offset;

        SyntaxException(String message, int offset) {
            super(message + " at character " + (offset + 1));
            this.offset = offset;
        }

        int offset() {
            return offset;
        }
    }

    private JsonNode value(int depth) throws SyntaxException {
        if (depth > MAX_DEPTH) throw error("nested deeper than " + MAX_DEPTH);
        space();
        if (at >= s.length()) throw error("a value is missing");
        char c = s.charAt(at);
        switch (c) {
            case '{':
                return dict(depth);
            case '[':
                return sequence(']', depth);
            case '(':
                return sequence(')', depth);
            case '\'':
            case '"':
                return NODES.textNode(strings());
            default:
                break;
        }
        if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) return number();
        if (Character.isLetter(c) || c == '_') {
            int start = at;
            while (at < s.length() && (Character.isLetterOrDigit(s.charAt(at)) || s.charAt(at) == '_')) at++;
            String word = s.substring(start, at);
            if (at < s.length() && (s.charAt(at) == '\'' || s.charAt(at) == '"') && word.matches("(?i)[rbuf]{1,2}")) {
                at = start;
                return NODES.textNode(strings());
            }
            return switch (word) {
                case "True" -> NODES.booleanNode(true);
                case "False" -> NODES.booleanNode(false);
                case "None" -> NODES.nullNode();
                case "inf", "nan" -> NODES.textNode(word); // repr of float('inf') and float('nan')
                default -> {
                    at = start;
                    throw error("'" + word + "' is not a literal");
                }
            };
        }
        throw error("unexpected character '" + c + "'");
    }

    private JsonNode dict(int depth) throws SyntaxException {
        at++;
        space();
        ObjectNode obj = NODES.objectNode();
        ArrayNode set = null;
        while (true) {
            space();
            if (peek('}')) {
                at++;
                return set != null ? set : obj;
            }
            JsonNode key = value(depth + 1);
            space();
            if (set != null || peek(',') || peek('}')) {
                // a set literal: {'a', 'b'}
                if (set == null) {
                    if (!obj.isEmpty()) throw error("a set member in a dict");
                    set = NODES.arrayNode();
                }
                set.add(key);
            } else {
                expect(':');
                JsonNode v = value(depth + 1);
                obj.set(key.isTextual() ? key.asText() : key.toString(), v);
            }
            space();
            if (peek(',')) at++;
            else if (!peek('}')) throw error("expected ',' or '}'");
        }
    }

    private JsonNode sequence(char close, int depth) throws SyntaxException {
        at++;
        ArrayNode arr = NODES.arrayNode();
        while (true) {
            space();
            if (peek(close)) {
                at++;
                return arr;
            }
            arr.add(value(depth + 1));
            space();
            if (peek(',')) at++;
            else if (!peek(close)) throw error("expected ',' or '" + close + "'");
        }
    }

    /** One string, or several written side by side ('a' 'b' is 'ab' in Python). */
    private String strings() throws SyntaxException {
        StringBuilder out = new StringBuilder();
        do {
            string(out);
            int save = at;
            space();
            if (!(at < s.length() && (s.charAt(at) == '\'' || s.charAt(at) == '"'))) {
                at = save;
                break;
            }
        } while (true);
        return out.toString();
    }

    private void string(StringBuilder out) throws SyntaxException {
        boolean raw = false;
        while (at < s.length() && Character.isLetter(s.charAt(at))) {
            char p = Character.toLowerCase(s.charAt(at));
            if (p == 'r') raw = true;
            at++;
        }
        char q = s.charAt(at);
        boolean triple = s.startsWith(String.valueOf(q).repeat(3), at);
        int start = at;
        at += triple ? 3 : 1;
        while (true) {
            if (at >= s.length()) throw new SyntaxException("a string is never closed", start);
            char c = s.charAt(at);
            if (c == q && (!triple || s.startsWith(String.valueOf(q).repeat(3), at))) {
                at += triple ? 3 : 1;
                return;
            }
            if (c == '\n' && !triple) throw error("a line break inside a one-line string");
            if (c == '\\' && at + 1 < s.length()) {
                if (raw) {
                    out.append(c).append(s.charAt(at + 1));
                    at += 2;
                    continue;
                }
                escape(out);
                continue;
            }
            out.append(c);
            at++;
        }
    }

    private void escape(StringBuilder out) throws SyntaxException {
        char e = s.charAt(at + 1);
        at += 2;
        switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'v' -> out.append('\u000B');
            case 'a' -> out.append('\u0007');
            case '0' -> out.append('\0');
            case '\n' -> { }
            case 'x' -> out.appendCodePoint(hex(2));
            case 'u' -> out.appendCodePoint(hex(4));
            case 'U' -> out.appendCodePoint(hex(8));
            case '\\', '\'', '"' -> out.append(e);
            default -> out.append('\\').append(e);
        }
    }

    private int hex(int digits) throws SyntaxException {
        if (at + digits > s.length()) throw error("a \\x, \\u or \\U escape is cut short");
        try {
            int cp = Integer.parseUnsignedInt(s.substring(at, at + digits), 16);
            if (!Character.isValidCodePoint(cp)) throw error("not a Unicode code point");
            at += digits;
            return cp;
        } catch (NumberFormatException ex) {
            throw error("bad hexadecimal escape");
        }
    }

    private JsonNode number() throws SyntaxException {
        int start = at;
        if (peek('-') || peek('+')) at++;
        while (at < s.length() && (Character.isLetterOrDigit(s.charAt(at)) || s.charAt(at) == '.' || s.charAt(at) == '_'
                || ((s.charAt(at) == '-' || s.charAt(at) == '+') && (s.charAt(at - 1) == 'e' || s.charAt(at - 1) == 'E')))) at++;
        String n = s.substring(start, at).replace("_", "");
        try {
            if (n.matches("[-+]?\\d+")) return NODES.numberNode(new BigInteger(n));
            if (n.matches("(?i)[-+]?(inf|nan)")) return NODES.textNode(n);
            return NODES.numberNode(new BigDecimal(n));
        } catch (NumberFormatException e) {
            at = start;
            throw error("'" + n + "' is not a number");
        }
    }

    private void space() {
        while (at < s.length() && Character.isWhitespace(s.charAt(at))) at++;
    }

    private boolean peek(char c) {
        return at < s.length() && s.charAt(at) == c;
    }

    private void expect(char c) throws SyntaxException {
        if (!peek(c)) throw error("expected '" + c + "'");
        at++;
    }

    private SyntaxException error(String message) {
        return new SyntaxException(message, at);
    }
}
