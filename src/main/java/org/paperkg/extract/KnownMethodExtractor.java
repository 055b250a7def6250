package org.paperkg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the well-known methods a text uses ({@link KnownMethods}): an acronym in its exact case
 * as a whole word ("OT", "GANs"), or one of its long forms ("optimal transport"). An acronym
 * the text itself defines with another long form ("Batch Permutation and Ensembling (BPE)") is
 * not the known method, and a title that opens with the name ("LoRA: …") proposes it; neither
 * is a use. One mention per method, at its first occurrence.
 */
public final class KnownMethodExtractor implements Extractor {
    public static final String NAME = "known-method";
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]++(?:-[\\p{L}\\p{N}]++)*+");
    private static final Pattern WORDS_BEFORE = Pattern.compile("((?:[A-Za-z][\\w-]*+\\s+){1,8})$");
    private final KnownMethods methods;

    public KnownMethodExtractor(KnownMethods methods) {
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
        boolean titleName = analyzed.sentenceCount() <= 1 && text.length() < 300 && text.indexOf(':') > 0;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            var entry = methods.byAcronym(m.group());
            if (entry.isEmpty() || out.containsKey(entry.get().iri())) continue;
            if (titleName && text.substring(0, m.start()).isBlank() && text.substring(m.end()).stripLeading().startsWith(":")) continue;
            String definedAs = definedAs(text, m.start(), m.end(), m.group());
            if (definedAs != null && !methods.means(m.group(), definedAs)) continue;
            out.put(entry.get().iri(), mention(analyzed, entry.get(), m.start(), m.end(), definedAs != null ? 0.9 : 0.8));
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('-', ' ');
        for (KnownMethods.Entry e : methods.entries()) {
            if (out.containsKey(e.iri())) continue;
            for (String form : e.longForms()) {
                int at = wholePhrase(lower, form);
                if (at < 0) continue;
                out.put(e.iri(), mention(analyzed, e, at, at + form.length(), 0.85));
                break;
            }
        }
        return List.copyOf(out.values());
    }

    /** The long form a text gives an acronym written "(ABC)" right after it, or null. */
    private static String definedAs(String text, int start, int end, String acronym) {
        if (start == 0 || text.charAt(start - 1) != '(' || end >= text.length() || text.charAt(end) != ')') return null;
        Matcher w = WORDS_BEFORE.matcher(text.substring(Math.max(0, start - 1 - 120), start - 1));
        return w.find() ? ProposedNameExtractor.longForm(w.group(1), acronym) : null;
    }

    private static int wholePhrase(String lower, String form) {
        int from = 0;
        while (true) {
            int at = lower.indexOf(form, from);
            if (at < 0) return -1;
            int end = at + form.length();
            boolean left = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
            boolean right = end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end))
                    || (lower.charAt(end) == 's' && (end + 1 == lower.length() || !Character.isLetterOrDigit(lower.charAt(end + 1))));
            if (left && right) return at;
            from = at + 1;
        }
    }

    private static Mention mention(AnalyzedText analyzed, KnownMethods.Entry e, int start, int end, double confidence) {
        String surface = analyzed.text().substring(start, end);
        return new Mention(Mention.Kind.METHOD, e.iri(), e.acronym(), surface, start, end, analyzed.sentenceAt(start), NAME, confidence, null);
    }
}
