package org.paperkg.serve;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SPARQL's REGEX and REPLACE on RE2 (RE2/J): time linear in the text whatever the pattern.
 * Java's engine, which ARQ uses, can backtrack exponentially ({@code (.*a){10}b} against 60
 * a's) and never looks at the query timeout, so one request could hold a core for ever. The
 * server rewrites each query's REGEX and REPLACE into these functions before ARQ sees it.
 * RE2 has no backreferences or look-around, which SPARQL's XPath regular expressions lack too.
 */
final class LinearRegex {
    static final String REGEX = "https://w3id.org/paperkg/fn#regex";
    static final String REPLACE = "https://w3id.org/paperkg/fn#replace";
    private static final int CACHED = 1000;
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private LinearRegex() {
    }

    /** Registers the two functions with ARQ (once per process is enough; repeating is harmless). */
    static void register() {
        FunctionRegistry.get().put(REGEX, Regex.class);
        FunctionRegistry.get().put(REPLACE, Replace.class);
    }

    /** Rewrites REGEX(…) and REPLACE(…) into the linear-time functions. */
    static final class Rewrite extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) return new E_Function(REGEX, args);
            if (func instanceof E_StrReplace) return new E_Function(REPLACE, args);
            return super.transform(func, args);
        }
    }

    static Pattern compile(String pattern, String flags) {
        String key = flags + "\u0000" + pattern;
        Pattern p = PATTERNS.get(key);
        if (p != null) return p;
        int mask = 0;
        String source = pattern;
        for (char f : flags.toCharArray()) {
            switch (f) {
                case 'i' -> mask |= Pattern.CASE_INSENSITIVE;
                case 's' -> mask |= Pattern.DOTALL;
                case 'm' -> mask |= Pattern.MULTILINE;
                case 'q' -> source = Pattern.quote(pattern);
                case 'x' -> source = withoutWhitespace(source);
                default -> throw new ExprEvalException("unknown regex flag '" + f + "'");
            }
        }
        try {
            p = Pattern.compile(source, mask);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("bad regular expression: " + e.getMessage());
        }
        if (PATTERNS.size() > CACHED) PATTERNS.clear();
        PATTERNS.put(key, p);
        return p;
    }

    /** XPath's 'x' flag: white space in the pattern is ignored, except inside a character class. */
    private static String withoutWhitespace(String pattern) {
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                out.append(c).append(pattern.charAt(++i));
                continue;
            }
            if (c == '[') inClass = true;
            if (c == ']') inClass = false;
            if (inClass || !Character.isWhitespace(c)) out.append(c);
        }
        return out.toString();
    }

    private static String text(NodeValue v, String what) {
        Node n = v.asNode();
        if (!n.isLiteral()) throw new ExprEvalException(what + " is not a string");
        return n.getLiteralLexicalForm();
    }

    /** REGEX(text, pattern [, flags]). */
    public static final class Regex extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 2 || args.size() > 3) throw new org.apache.jena.query.QueryBuildException("REGEX takes 2 or 3 arguments");
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            String flags = args.size() == 3 ? text(args.get(2), "the flags") : "";
            return NodeValue.makeBoolean(compile(text(args.get(1), "the pattern"), flags).matcher(text(args.get(0), "the text")).find());
        }
    }

    /** REPLACE(text, pattern, replacement [, flags]); the result keeps the text's language tag. */
    public static final class Replace extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 3 || args.size() > 4) throw new org.apache.jena.query.QueryBuildException("REPLACE takes 3 or 4 arguments");
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            String flags = args.size() == 4 ? text(args.get(3), "the flags") : "";
            Pattern p = compile(text(args.get(1), "the pattern"), flags);
            if (p.matcher("").matches()) throw new ExprEvalException("REPLACE: the pattern matches the empty string");
            Node in = args.get(0).asNode();
            String out = p.matcher(text(args.get(0), "the text")).replaceAll(text(args.get(2), "the replacement"));
            String lang = in.isLiteral() ? in.getLiteralLanguage() : "";
            return NodeValue.makeNode(lang.isEmpty() ? NodeFactory.createLiteralString(out) : NodeFactory.createLiteralLang(out, lang));
        }
    }
}
