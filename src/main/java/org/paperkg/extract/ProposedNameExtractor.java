package org.paperkg.extract;

import org.paperkg.text.WordLists;

import java.util.Arrays;
import opennlp.tools.util.Span;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the name a paper gives its own method, model, framework or resource — not the methods
 * it compares with — from how papers introduce their contribution:
 * <ul>
 *   <li>a title that opens with a name: "RevCol: …", "DiffusionNAG: …";</li>
 *   <li>"we propose / introduce / present X", "… called / named / dubbed / termed X",
 *       "X, a novel …", "our method, X";</li>
 *   <li>an acronym defined in such a sentence: "the Structured State Space sequence model (S4)",
 *       which also gives the long form.</li>
 * </ul>
 * A name is a word that looks coined: inner capitals or digits (DiffStride, S4, PiCO), or
 * capitalised parts joined by a hyphen (Analytic-DPM); after "called"/"named" any capitalised
 * word (Binder) will do.
 */
public final class ProposedNameExtractor implements Extractor {
    public static final String NAME = "proposed-name";
    /** Inner capitals or digits (DiffStride, S4, PiCO, RevCol), capitals (DINOSAUR), or hyphenated parts one of which is (Analytic-DPM, D-BAT). */
    // "(?:[\p{Lu}0-9][\p{L}0-9]*)+" would say the same with nested quantifiers over the same
    // characters, which backtracks exponentially on a long run of capitals; this form is linear
    private static final String PART = "(?:\\p{L}\\p{Ll}*+[\\p{Lu}0-9][\\p{L}0-9]*+|\\p{Lu}{2,}\\p{Ll}?)";
    // hyphenated parts at most 6 each side: Java's regex engine recurses once per repetition of a
    // group, so "Foo-Foo-…" 20,000 times over would overflow the stack with an unbounded '*'
    private static final String COINED = "(?:(?:[\\p{L}0-9]++-){0,6}" + PART + "(?:-[\\p{L}0-9]++){0,6})\\+{0,2}";
    private static final String CAPITALISED = "(?:\\p{Lu}[\\p{L}0-9+-]*)";
    private static final Pattern COINED_WORD = Pattern.compile("^" + COINED + "$");
    private static final Pattern WHO = Pattern.compile("\\b(?:we|our|this (?:paper|work)|here)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHAT = Pattern.compile(
            "\\b(?:propos\\w*|introduc\\w*|present\\w*|develop\\w*|design\\w*|devis\\w*|build|construct\\w*|formulat\\w*|call\\w*|dub\\w*|nam\\w*|term\\w*|releas\\w*|novel|new)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMING_WORD = Pattern.compile("\\b(?:called|named|dubbed|termed)\\b");
    private static final Pattern INTRODUCING_VERB = Pattern.compile(
            "\\b(?:propos\\w*|introduc\\w*|present\\w*|develop\\w*|design\\w*|devis\\w*|suggest\\w*|call\\w*|dub\\w*|nam\\w*|term\\w*)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String NAMING = "\\b(?:called|named|dubbed|termed|coined|(?:we|which we|that we)\\s+call)\\s+(?:as\\s+|it\\s+)?[\"“']?";
    /** A coined name may be followed by its long form: "named DYNACL (Dynamic Adversarial Contrastive Learning)". */
    private static final Pattern CALLED = Pattern.compile(NAMING + "(" + COINED + ")(?![\\p{L}0-9-])");
    /** Capitalised words followed by "(" are the long form of an acronym, which the acronym rule reads: "called Selective Kernel (SK)". */
    private static final Pattern CALLED_WORDS = Pattern.compile(
            NAMING + "((?>" + CAPITALISED + "(?:\\s+" + CAPITALISED + "){0,3}))[\"”']?+(?![\\p{L}0-9+-])(?!\\s+(?:(?:and|of|for|in|on|with|&)\\s+)?\\p{Lu})(?!\\s*\\()");
    /** A lower-case name: one to four words, the first no article, pronoun or preposition, none an adverb ("respectively"). */
    private static final String LOWER = "(?!(?:a|an|the|this|that|it|its|our|their|as|to|be|in|on|of|for|with|by|at|from|into)\\s)"
            + "(?!\\p{Ll}+ly\\b)\\p{Ll}[\\p{Ll}-]*+(?:\\s+(?!\\p{Ll}+ly\\b)\\p{Ll}[\\p{Ll}-]*+){0,3}?";
    /** "an approach called noise invariant training for …", "a method we call regeneration to …" */
    private static final Pattern CALLED_LOWER = Pattern.compile(
            NAMING + "(?:the\\s+)?(" + LOWER + ")(?=\\s*(?:,|\\.|;|:|—|–|--)|\\s+(?:for|that|to|which|predicts|is|as|in|on|with)\\b)");
    /** "we propose automatic implicit differentiation, an efficient …", "we introduce semantic entropy—an entropy …" */
    private static final Pattern INTRODUCED_LOWER = Pattern.compile(
            "\\b(?:propose[sd]?|introduce[sd]?|develop(?:s|ed)?|present[sd]?)\\s+(?:the\\s+notion\\s+of\\s+)?(" + LOWER + ")\\s*(?:,|—|–|:)\\s*(?:a|an)\\s");
    /**
     * "we propose D-BAT", "we propose a new algorithm D-BAT", "we propose Label-free CBM": an article, a few words that say
     * it is new and a kind of method may stand between the verb and the name. A name followed by
     * an acronym in brackets is the long form's ("a scalable self-referential WM (SRWM)").
     */
    private static final Pattern PROPOSE_NAME = Pattern.compile(
            "\\b(?:propose[sd]?|introduce[sd]?|present[sd]?|develop(?:s|ed)?|design(?:s|ed)?|devise[sd]?|release[sd]?)\\s+"
                    + "(?:(?:a|an|the|our)\\s+)?(?:(?:new|novel|simple|general|generic|unified|efficient|lightweight|principled|practical|effective)\\s+){0,2}"
                    + "(?:(?:algorithm|method|model|framework|approach|architecture|technique|module|system|benchmark|dataset|library|toolkit|network|family|class)\\s+(?:called\\s+|named\\s+)?)?"
                    + "((?:\\p{Lu}\\p{Ll}++-\\p{Ll}++\\s+)?" + COINED + ")(?=[\\s,.:;)])(?!\\s*\\([A-Za-z][\\w+\\-]*\\))");
    private static final Pattern APPOSITION = Pattern.compile(
            "(?:^|[\\s(])(" + COINED + "),\\s+(?:a|an)\\s+(?:\\w+[\\s-]+){0,4}?(?:method|model|framework|approach|algorithm|architecture|layer|benchmark|dataset|technique|system|module|network|library|toolkit|pipeline|strategy|scheme|paradigm|estimator|optimizer|regularizer|loss|environment|suite)\\b");
    /** "We propose Binder, a training-free framework": a plain capitalised word counts when introduced so. */
    private static final Pattern INTRODUCED_WORD = Pattern.compile(
            "\\b(?:propose[sd]?|introduce[sd]?|present[sd]?|develop(?:s|ed)?)\\s+(" + CAPITALISED + "),\\s+(?:a|an)\\s");
    /** "an efficient search method over neural modules, SP-Search, that …" */
    private static final Pattern NOUN_THEN_NAME = Pattern.compile(
            "\\b(?:method|model|framework|algorithm|approach|architecture|module|technique)\\b[^,.;]{0,60},\\s+(" + COINED + ")(?=[,\\s]+(?:that|which|to|for)\\b)");
    private static final Pattern OUR = Pattern.compile(
            "\\b(?i:our)\\s+(?:\\w+\\s+){0,2}?(?:method|model|framework|approach|algorithm|architecture)\\s*,?\\s+(" + COINED + ")");
    /** Words, then "(ABC)"; words start at a word's start only, and the capital or digit an acronym needs is checked after. */
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\w-])((?:[A-Za-z][\\w-]*+[\"”']?\\s+){1,7}?)\\(([A-Za-z][A-Za-z0-9+\\-]*+)\\)");
    private static final Pattern TITLE_NAME = Pattern.compile("^((?:" + CAPITALISED + "\\s+){0,1}" + COINED + "(?:\\s+" + CAPITALISED + "){0,2})\\s*:");
    /** Two to six capitalised words, "of"/"and"/"for" between them allowed: "Neural Sheaf Diffusion", "Deep Mixture of Experts". */
    private static final String PHRASE = "\\p{Lu}[\\p{L}0-9+]*+(?:-[\\p{L}0-9+]++){0,3}+(?:\\s+(?:(?:of|and|for|with|in)\\s+)?\\p{Lu}[\\p{L}0-9+]*+(?:-[\\p{L}0-9+]++){0,3}+){1,5}+";
    /** Capitalised words before a title's colon, none of them joining ones: "Neural Sheaf Diffusion: A Topological …". */
    private static final Pattern TITLE_PHRASE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}0-9+]*+(?:-[\\p{L}0-9+]++){0,3}+(?:\\s+\\p{Lu}[\\p{L}0-9+]*+(?:-[\\p{L}0-9+]++){0,3}+){1,4}+)\\s*:");
    /** "we introduce the Hierarchical Diffuser, a …", "the Inducing Point Neural Process, a probabilistic model". */
    private static final Pattern INTRODUCED_PHRASE = Pattern.compile(
            "\\b(?:propose[sd]?|introduce[sd]?|present[sd]?|develop(?:s|ed)?|basis of|call)\\s+(?:the\\s+|an?\\s+)?(" + PHRASE + "),\\s+(?:a|an|the)\\s");
    /** "an Iterative Preference Alignment module", in a sentence that says what the paper proposes. */
    private static final Pattern PHRASE_MODULE = Pattern.compile(
            "\\b(?:an?|the|our)\\s+(" + PHRASE + ")\\s+(?:module|framework|method|model|algorithm|approach|architecture|mechanism|layer|block)\\b");
    /** "ML-based", "all-MLP", "GPU-friendly": a coined-looking adjective, not a name. */
    private static final Pattern ADJECTIVE = Pattern.compile(
            "-(?:based|like|style|free|aware|driven|guided|specific|level|wise|friendly|agnostic|dependent|independent|only|centric|oriented)$|^(?:all|non|multi|semi|self|pre|post|cross)-",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROBLEM = Pattern.compile("\\b(?:problem|problems|setting|settings|case|scenario|phenomenon|condition)\\b\\s*,?\\s*$");
    private static final Pattern NOVEL = Pattern.compile("\\b(?:new|novel)\\b", Pattern.CASE_INSENSITIVE);
    /** Words that, just before a long form, say the paper is giving its own name. */
    private static final Pattern JUST_INTRODUCED = Pattern.compile(
            "\\b(?:propose[sd]?|proposed|introduce[sd]?|present[sd]?|develop(?:s|ed)?|design(?:s|ed)?|suggest(?:s|ed)?|call(?:ed)?|term(?:ed)?|dub(?:bed)?|named?|our)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> HEAD_NOUNS = WordLists.read("extract/method-head-nouns.txt");
    /** "Jointly-Learned Exit and Inference for a Dynamic Neural Network : JEI-DNN": the name after the colon. */
    private static final Pattern TITLE_END = Pattern.compile(":\\s*(" + COINED + ")\\s*$");
    /** Coined names that follow a proposed one in a list: "CascadingVI and CascadingBPI", "PuYun, comprising PuYun-Short …". */
    private static final Pattern LIST_NEXT = Pattern.compile(
            "^(?:\\s*,\\s*|\\s+)(?:(?:and|or|comprising|including|namely|with)\\s+)?(?:its\\s+\\w+\\s+version\\s+)?"
                    + "(?:(?:a|an|the)\\s+(?:\\p{Ll}[\\p{Ll}-]*+\\s+){0,2}?)?(" + COINED + ")(?![\\p{L}0-9-])");
    /** "we propose new personalized learning algorithms, including AdaPeD": names that follow a kind of method. */
    private static final Pattern KIND_THEN_NAMES = Pattern.compile(
            "\\b(?:algorithms|methods|models|variants|versions|frameworks|architectures)\\s*,?\\s+(?:including|namely|called|named|:)?\\s*(" + COINED + ")(?![\\p{L}0-9-])");
    private static final Pattern TITLE_WORD = Pattern.compile("^(" + CAPITALISED + ")\\s*:\\s+\\p{Lu}");
    private static final Set<String> NOT_NAMES = WordLists.read("extract/not-names.txt", false);
    /** Nouns that may follow the words an acronym abbreviates: "sequence model (S4)". */
    private static final Set<String> GENERIC_TAIL = WordLists.read("extract/long-form-tails.txt");
    /** Words that open titles before a colon without naming anything. */
    private static final Set<String> COMMON_TITLE_WORDS = WordLists.read("extract/title-opening-words.txt");
    private final Set<String> known;
    private final KnownMethods methods;

    /**
     * @param known   labels of catalogued datasets and concepts, lower case: names that are not new
     * @param methods well-known methods: defined in an abstract with a known long form (or none), used, not proposed
     */
    public ProposedNameExtractor(Set<String> known, KnownMethods methods) {
        this.known = Set.copyOf(known);
        this.methods = methods;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> extract(AnalyzedText analyzed) {
        String text = analyzed.text();
        Map<String, Mention> out = new LinkedHashMap<>();
        if (analyzed.sentenceCount() <= 1 && text.length() < 300) {
            Matcher title = TITLE_NAME.matcher(text);
            Matcher word = TITLE_WORD.matcher(text);
            // a title that opens with a name proposes it, known or not ("LoRA: Low-Rank Adaptation …")
            Matcher phrase = TITLE_PHRASE.matcher(text);
            // a title that is one coined word names what the paper proposes ("HyperNetworks")
            if (COINED_WORD.matcher(text.strip()).matches()) put(out, analyzed, text.indexOf(text.strip()), text.indexOf(text.strip()) + text.strip().length(), null, 0.8, true);
            Matcher end = TITLE_END.matcher(text);
            if (end.find()) put(out, analyzed, end.start(1), end.end(1), null, 0.8, true);
            if (title.find()) put(out, analyzed, title.start(1), title.end(1), null, 0.85, true);
            else if (word.find() && !COMMON_TITLE_WORDS.contains(word.group(1).toLowerCase(Locale.ROOT))) {
                put(out, analyzed, word.start(1), word.end(1), null, 0.75, false);
            } else if (phrase.find() && namesAMethod(phrase.group(1))) {
                // "Neural Sheaf Diffusion: …"; a whole title in capitals is too often a sentence ("Reward Design with Language Models")
                put(out, analyzed, phrase.start(1), phrase.end(1), null, 0.7, false);
            }
        }
        for (Span s : analyzed.sentences()) {
            String sentence = text.substring(s.getStart(), s.getEnd());
            // each pattern needs its trigger word; a lower-case copy tells cheaply which can match,
            // so most sentences meet two or three patterns, not fifteen
            String lower = sentence.toLowerCase(Locale.ROOT);
            boolean naming = has(lower, "call", "name", "dub", "term", "coin");
            boolean introducing = has(lower, "propos", "introduc", "present", "develop", "design", "devis", "releas", "basis", "suggest");
            boolean cue = (WHO.matcher(sentence).find() && WHAT.matcher(sentence).find())
                    || (naming && (NAMING_WORD.matcher(sentence).find() || CALLED.matcher(sentence).find() || CALLED_WORDS.matcher(sentence).find()));
            if (naming) {
                find(CALLED, sentence, s.getStart(), analyzed, out, 0.9);
                find(CALLED_WORDS, sentence, s.getStart(), analyzed, out, 0.9);
                findLower(CALLED_LOWER, sentence, s.getStart(), analyzed, out, 0.7);
            }
            if (introducing) {
                findLower(INTRODUCED_LOWER, sentence, s.getStart(), analyzed, out, 0.7);
                findPhrase(INTRODUCED_PHRASE, sentence, s.getStart(), analyzed, out, 0.75);
            }
            if (lower.contains("our")) find(OUR, sentence, s.getStart(), analyzed, out, 0.85);
            if (sentence.indexOf(',') >= 0) find(APPOSITION, sentence, s.getStart(), analyzed, out, cue ? 0.85 : 0.7);
            if (!cue) continue;
            if (introducing) {
                find(PROPOSE_NAME, sentence, s.getStart(), analyzed, out, 0.85);
                find(INTRODUCED_WORD, sentence, s.getStart(), analyzed, out, 0.8);
            }
            if (sentence.indexOf(',') >= 0) {
                find(NOUN_THEN_NAME, sentence, s.getStart(), analyzed, out, 0.75);
                find(KIND_THEN_NAMES, sentence, s.getStart(), analyzed, out, 0.7);
            }
            findPhrase(PHRASE_MODULE, sentence, s.getStart(), analyzed, out, 0.7);
            if (sentence.indexOf('(') < 0) continue;
            Matcher verb = INTRODUCING_VERB.matcher(sentence);
            int verbAt = verb.find() ? verb.start() : Integer.MAX_VALUE;
            // "using a new memory module -- a Relational Memory Core (RMC)": what is new is introduced too
            Matcher novel = NOVEL.matcher(sentence);
            if (novel.find()) verbAt = Math.min(verbAt, novel.start());
            Matcher m = ACRONYM.matcher(sentence);
            while (m.find()) {
                // an acronym defined before the paper says what it proposes is usually someone else's
                if (m.start(2) < verbAt || !hasCapitalOrDigitAfterFirst(m.group(2))) continue;
                String longForm = longForm(m.group(1), m.group(2));
                // "state space model (SSM)", "optimal control problem (OCP)": a term being defined,
                // not a name being given; a name's long form has capitals ("Structured State Space … (S4)")
                // not when the paper gives it right after saying it proposes it: "we propose cyclical curriculum learning (CCL)"
                if (longForm != null && lowerCase(longForm, sentence)
                        && !JUST_INTRODUCED.matcher(DatasetExtractor.window(sentence, m.start(2) - 1 - longForm.length() - 1, -3)).find()) continue;
                add(out, analyzed, s.getStart() + m.start(2), s.getStart() + m.end(2), longForm, longForm != null ? 0.85 : 0.7, false);
            }
        }
        return List.copyOf(followLists(analyzed, out).values());
    }

    /** Adds the coined names listed right after a proposed one, wherever it stands, once over. */
    private Map<String, Mention> followLists(AnalyzedText analyzed, Map<String, Mention> out) {
        String text = analyzed.text();
        for (Mention m : List.copyOf(out.values())) {
            // wherever the name stands, not only where it was first found
            for (int from = text.indexOf(m.surface()); from >= 0; from = text.indexOf(m.surface(), from + 1)) {
                int at = from + m.surface().length();
                if (at < text.length() && Character.isLetterOrDigit(text.charAt(at))) continue;
                for (int hops = 0; hops < 4 && at < text.length(); hops++) {
                    Matcher next = LIST_NEXT.matcher(text.substring(at, Math.min(text.length(), at + 120)));
                    if (!next.find()) break;
                    add(out, analyzed, at + next.start(1), at + next.end(1), null, 0.7, false);
                    at += next.end(1);
                }
            }
        }
        return out;
    }

    private static boolean has(String lower, String... words) {
        for (String w : words) if (lower.contains(w)) return true;
        return false;
    }

    /** In lower case, but for the capital a sentence opens with ("State space models (SSM) …"). */
    private static boolean lowerCase(String longForm, String sentence) {
        String rest = sentence.strip().startsWith(longForm) ? longForm.substring(1) : longForm;
        return rest.equals(rest.toLowerCase(Locale.ROOT));
    }

    private static boolean hasCapitalOrDigitAfterFirst(String acronym) {
        for (int i = 1; i < acronym.length(); i++) {
            char c = acronym.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
        }
        return false;
    }

    /** A lower-case name counts when it is no known concept ("called contrastive learning"). */
    private void findLower(Pattern p, String sentence, int offset, AnalyzedText analyzed, Map<String, Mention> out, double confidence) {
        Matcher m = p.matcher(sentence);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (known.contains(name) || known.contains(singular(name))) continue;
            add(out, analyzed, offset + m.start(1), offset + m.end(1), null, confidence, false);
        }
    }

    /** A capitalised phrase counts when it ends in a method's head noun and is not a known concept ("Graph Neural Networks"). */
    private void findPhrase(Pattern p, String sentence, int offset, AnalyzedText analyzed, Map<String, Mention> out, double confidence) {
        Matcher m = p.matcher(sentence);
        while (m.find()) {
            if (namesAMethod(m.group(1))) add(out, analyzed, offset + m.start(1), offset + m.end(1), null, confidence, false);
        }
    }

    /** Ends in a head noun ("… Diffusion", "… Networks"), opens with no title word, and is no known concept's label. */
    private boolean namesAMethod(String phrase) {
        String[] words = phrase.split("\\s+");
        return HEAD_NOUNS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
                && !COMMON_TITLE_WORDS.contains(words[0].toLowerCase(Locale.ROOT))
                && !known.contains(phrase.toLowerCase(Locale.ROOT)) && !known.contains(singular(phrase.toLowerCase(Locale.ROOT)));
    }

    private static String singular(String s) {
        return s.endsWith("s") ? s.substring(0, s.length() - 1) : s;
    }

    private void find(Pattern p, String sentence, int offset, AnalyzedText analyzed, Map<String, Mention> out, double confidence) {
        Matcher m = p.matcher(sentence);
        while (m.find()) {
            // "a … problem, named Iterated CVaR RL", "a limiting case …, called Worst Path RL": the name of a problem, not of a method
            if (PROBLEM.matcher(DatasetExtractor.window(sentence, m.start(), -4)).find()) continue;
            add(out, analyzed, offset + m.start(1), offset + m.end(1), null, confidence, true);
        }
    }

    /** A name found in the abstract: a well-known method meant as itself is used there, not proposed. */
    private void add(Map<String, Mention> out, AnalyzedText analyzed, int start, int end, String longForm, double confidence,
                     boolean introduced) {
        String name = analyzed.text().substring(start, end);
        if (methods.means(name, longForm)) return;
        put(out, analyzed, start, end, longForm, confidence, introduced);
    }

    /** @param introduced found by a pattern that introduces the name, so a catalogued dataset may be the paper's own */
    private void put(Map<String, Mention> out, AnalyzedText analyzed, int start, int end, String longForm, double confidence,
                     boolean introduced) {
        String name = analyzed.text().substring(start, end);
        // a plural of a coined name is the name: "RINs" → RIN
        if (name.length() > 2 && name.endsWith("s") && Character.isUpperCase(name.charAt(name.length() - 2))) {
            end--;
            name = name.substring(0, name.length() - 1);
        }
        if (NOT_NAMES.contains(name) || name.length() < 2 || ADJECTIVE.matcher(name).find()) return;
        if (!introduced && known.contains(name.toLowerCase(Locale.ROOT))) return;
        String key = name.toLowerCase(Locale.ROOT);
        Mention existing = out.get(key);
        if (existing != null && (existing.longForm() != null || longForm == null)) return;
        out.put(key, new Mention(Mention.Kind.PROPOSED, null, name, name, start, end, analyzed.sentenceAt(start), NAME,
                confidence, longForm));
    }

    /**
     * The words before "(ABC)" that the acronym abbreviates: as many trailing words as it takes
     * for their initials (or capitals) to spell the acronym's letters — a trailing "model" or
     * "network" may stand outside the acronym, and "S4" spells four S — else null.
     */
    static String longForm(String words, String acronym) {
        String[] all = words.replaceAll("[\"“”']", "").strip().split("\\s+");
        String letters = acronym.matches("[A-Za-z][2-9]") ? String.valueOf(acronym.charAt(0)).repeat(acronym.charAt(1) - '0')
                : acronym.replaceAll("[^A-Za-z]", "");
        letters = letters.toLowerCase(Locale.ROOT);
        if (letters.isEmpty()) return null;
        int tail = all.length > 1 && GENERIC_TAIL.contains(all[all.length - 1].toLowerCase(Locale.ROOT)) ? 1 : 0;
        for (int skip : tail == 1 ? new int[]{0, 1} : new int[]{0}) {
            String[] parts = Arrays.copyOf(all, all.length - skip);
            for (int n = 1; n <= parts.length; n++) {
                StringBuilder initials = new StringBuilder();
                StringBuilder capitals = new StringBuilder();
                for (int i = parts.length - n; i < parts.length; i++) {
                    initials.append(Character.toLowerCase(parts[i].charAt(0)));
                    for (char c : parts[i].toCharArray()) if (Character.isUpperCase(c)) capitals.append(Character.toLowerCase(c));
                }
                if (initials.toString().equals(letters) || (capitals.toString().equals(letters) && n >= letters.length())) {
                    String form = String.join(" ", Arrays.copyOfRange(all, parts.length - n, all.length));
                    return form.replaceFirst("^(?i)(the|a|an)\\s+", "");
                }
            }
        }
        return null;
    }

    static boolean coined(String word) {
        return COINED_WORD.matcher(word).matches();
    }
}
