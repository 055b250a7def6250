package org.paperkg.text;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the LaTeX that conference sites leave in abstracts into plain text: {@code \textit{X}}
 * becomes X, {@code $20\times$} becomes 20×, {@code moir\'e} becomes moiré, {@code \( A \)}
 * becomes A. Macros the author defined inline with {@code \newcommand} are dropped with their
 * definitions; an unknown macro keeps its name, since it usually stands for a word the author
 * meant to show (a method's name, say) and dropping it would lose that word.
 */
public final class LatexText {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("times", "×"), Map.entry("cdot", "·"), Map.entry("pm", "±"),
            Map.entry("leq", "≤"), Map.entry("le", "≤"), Map.entry("geq", "≥"), Map.entry("ge", "≥"),
            Map.entry("neq", "≠"), Map.entry("approx", "≈"), Map.entry("sim", "∼"),
            Map.entry("infty", "∞"), Map.entry("rightarrow", "→"), Map.entry("to", "→"),
            Map.entry("leftarrow", "←"), Map.entry("in", "∈"), Map.entry("sum", "∑"),
            Map.entry("ldots", "…"), Map.entry("dots", "…"), Map.entry("cdots", "⋯"),
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"),
            Map.entry("delta", "δ"), Map.entry("epsilon", "ε"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"),
            Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"),
            Map.entry("tau", "τ"), Map.entry("phi", "φ"), Map.entry("psi", "ψ"),
            Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"),
            Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"), Map.entry("Sigma", "Σ"),
            Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
            Map.entry("L", "Ł"), Map.entry("l", "ł"), Map.entry("o", "ø"), Map.entry("O", "Ø"),
            Map.entry("ss", "ß"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("aa", "å"),
            Map.entry("AA", "Å"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"),
            Map.entry("i", "ı"), Map.entry("eg", "e.g."), Map.entry("ie", "i.e."),
            Map.entry("etc", "etc."), Map.entry("etal", "et al."), Map.entry("vs", "vs."),
            Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"), Map.entry("quad", " "),
            Map.entry("qquad", " "), Map.entry("textbackslash", "\\"), Map.entry("S", "§"));

    /** Commands whose braced argument is the visible text. */
    private static final Set<String> KEEP_ARGUMENT = Set.of("textit", "textbf", "emph", "textrm",
            "texttt", "textsf", "textsc", "text", "mathrm", "mathbf", "mathit", "mathcal", "mathbb",
            "mathsf", "mathtt", "boldsymbol", "bm", "operatorname", "underline", "url", "mbox",
            "hbox", "textnormal", "textup", "mathnormal", "footnote");

    /** Switches and spacing that show nothing themselves. */
    private static final Set<String> DROP = Set.of("it", "bf", "em", "rm", "tt", "sf", "sc",
            "small", "large", "normalsize", "displaystyle", "textstyle", "left", "right", "big",
            "Big", "noindent", "newline", "linebreak", "xspace", "nobreak", "hfill");

    private static final Map<Character, Character> ACCENTS = Map.of('\'', '\u0301', '`', '\u0300',
            '^', '\u0302', '"', '\u0308', '~', '\u0303', '=', '\u0304', '.', '\u0307', 'c', '\u0327',
            'v', '\u030C', 'u', '\u0306');

    private static final Pattern NEWCOMMAND = Pattern.compile(
            "\\\\(?:re)?newcommand\\*?\\s*\\{?\\\\([A-Za-z]+)\\}?\\s*(?:\\[\\d\\])?\\s*");
    private static final Pattern INLINE_MATH = Pattern.compile("\\$\\$?([^$]{1,400}?)\\$\\$?");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private LatexText() {
    }

    /** Plain text for {@code latex}; text with no LaTeX in it comes back with its spaces folded. */
    public static String toPlain(String latex) {
        Set<String> userMacros = new HashSet<>();
        String text = stripDefinitions(latex, userMacros);
        text = text.replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ");
        text = INLINE_MATH.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = resolveCommands(text, userMacros);
        text = text.replace("``", "“").replace("''", "”").replace("---", "—").replace("--", "–");
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(text).replaceAll(" ").trim();
    }

    private static String stripDefinitions(String text, Set<String> userMacros) {
        if (!text.contains("newcommand")) return text;
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = NEWCOMMAND.matcher(text);
        // every brace's partner found in one pass: asking for each definition's closing brace by a
        // scan of its own would cost the rest of the text per unclosed definition
        int[] closing = closingBraces(text);
        int copied = 0;
        int searchFrom = 0;
        while (m.find(searchFrom)) {
            int bodyStart = m.end();
            int bodyEnd = bodyStart < text.length() && text.charAt(bodyStart) == '{' ? closing[bodyStart] : -1;
            if (bodyEnd < 0) {
                searchFrom = m.end();
                continue;
            }
            userMacros.add(m.group(1));
            out.append(text, copied, m.start());
            copied = bodyEnd + 1;
            searchFrom = copied;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static String resolveCommands(String text, Set<String> userMacros) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' || c == '}') {
                i++;
                continue;
            }
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = text.charAt(i + 1);
            if (ACCENTS.containsKey(next) && !(Character.isLetter(next) && i + 2 < text.length()
                    && Character.isLetter(text.charAt(i + 2)))) {
                i = appendAccented(text, i + 2, ACCENTS.get(next), out);
            } else if (!Character.isLetter(next)) {
                out.append(switch (next) {
                    case ' ', '\\', ',', ';', '!', ':' -> ' ';
                    default -> next;
                });
                i += 2;
            } else {
                int end = i + 1;
                while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
                i = appendCommand(text, text.substring(i + 1, end), end, userMacros, out);
            }
        }
        return out.toString();
    }

    /** Appends a letter with a combining accent; the letter may stand bare or in braces. */
    private static int appendAccented(String text, int at, char accent, StringBuilder out) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        boolean braced = i < text.length() && text.charAt(i) == '{';
        if (braced) i++;
        if (i < text.length() && text.charAt(i) == '\\' && i + 1 < text.length()
                && text.charAt(i + 1) == 'i') {
            out.append('i').append(accent);
            i += 2;
        } else if (i < text.length()) {
            out.append(text.charAt(i)).append(accent);
            i++;
        }
        if (braced && i < text.length() && text.charAt(i) == '}') i++;
        return i;
    }

    private static int appendCommand(String text, String name, int end, Set<String> userMacros,
                                     StringBuilder out) {
        if (KEEP_ARGUMENT.contains(name) || DROP.contains(name)) {
            return end;
        }
        String symbol = SYMBOLS.get(name);
        if (symbol != null) {
            out.append(symbol);
            return end;
        }
        if (userMacros.contains(name)) {
            return end;
        }
        // "\rvecX" is "\rvec{X}" with its braces lost by the page: the longest defined prefix;
        // asked prefix by prefix, so the cost is the name's length, not the number of macros
        for (int k = name.length() - 1; k >= 1 && !userMacros.isEmpty(); k--) {
            if (userMacros.contains(name.substring(0, k))) {
                out.append(name, k, name.length());
                return end;
            }
        }
        out.append(name);
        return end;
    }

    /**
     * For each '{' of {@code text}, the index of the '}' that closes it, or -1 (also for every
     * other character). A backslash escapes the next character, so an escaped brace opens nothing.
     */
    static int[] closingBraces(String text) {
        int[] closing = new int[text.length()];
        java.util.Arrays.fill(closing, -1);
        int[] open = new int[16];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                if (depth == open.length) open = java.util.Arrays.copyOf(open, depth * 2);
                open[depth++] = i;
            } else if (c == '}' && depth > 0) {
                closing[open[--depth]] = i;
            }
        }
        return closing;
    }
}
