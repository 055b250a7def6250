package org.paperkg.extract;

import opennlp.tools.lemmatizer.LemmatizerME;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the concepts of the taxonomy in a text, on lemmas: when the matcher is built, each
 * label's head word is inflected ("network" → "networks") and OpenNLP's lemmatizer keeps the
 * forms whose lemma is the head's lemma; the text is then read in one Aho–Corasick pass, with no
 * per-token tagging, which is what makes extraction fast. Acronyms ("GNN", "GNNs") match in
 * their exact case. A longer label wins over one inside it ("graph neural network" over "neural
 * network"), and a concept's sense rules drop a label that another word before it turns into
 * something else ({@code pkg:notPrecededBy}: "graph diffusion model"), that counts only in a
 * sentence about its topic or that a phrase turns into a plain word ({@code pkg:senseRule}:
 * an OOD detector's "score functions", "garnered significant attention").
 */
public final class ConceptExtractor implements Extractor {
    public static final String NAME = "concept-taxonomy";
    private final Trie caseless;
    private final Trie exact;
    private final Map<String, ConceptTaxonomy.Entry> caselessKeys = new HashMap<>();
    private final Map<String, ConceptTaxonomy.Entry> exactKeys = new HashMap<>();
    /** Each matched form's sense rule, when its label has one. */
    private final Map<String, ConceptTaxonomy.SenseRule> rules = new HashMap<>();

    public ConceptExtractor(ConceptTaxonomy taxonomy) {
        LemmatizerME lemmatizer = NlpModels.get().tools().lemmatizer();
        Trie.TrieBuilder c = Trie.builder();
        Trie.TrieBuilder e = Trie.builder();
        for (ConceptTaxonomy.Entry entry : taxonomy.entries()) {
            for (String label : entry.labels()) {
                ConceptTaxonomy.SenseRule rule = entry.senseRules().stream().filter(r -> r.label().equals(label)).findFirst().orElse(null);
                if (isAcronym(label) || entry.caseSensitive()) {
                    for (String form : List.of(label, label + "s")) {
                        exactKeys.putIfAbsent(form, entry);
                        e.addKeyword(form);
                        if (rule != null) rules.put(form, rule);
                    }
                } else {
                    for (String form : inflections(normalize(label), lemmatizer)) {
                        caselessKeys.putIfAbsent(form, entry);
                        c.addKeyword(form);
                        if (rule != null) rules.put(form, rule);
                    }
                }
            }
        }
        caseless = c.build();
        exact = e.build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> extract(AnalyzedText analyzed) {
        String text = analyzed.text();
        String lower = normalize(text);
        List<int[]> spans = new ArrayList<>();
        List<ConceptTaxonomy.Entry> entries = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (Emit m : caseless.parseText(lower)) add(text, m, caselessKeys, spans, entries, forms);
        for (Emit m : exact.parseText(text)) add(text, m, exactKeys, spans, entries, forms);
        Map<String, Mention> out = new LinkedHashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            if (insideLonger(spans, i)) continue;
            ConceptTaxonomy.Entry entry = entries.get(i);
            if (blocked(lower, s[0], entry)) continue;
            ConceptTaxonomy.SenseRule rule = rules.get(forms.get(i));
            if (rule != null && !holds(rule, lower, analyzed.sentenceSpanAt(s[0]), s[0])) continue;
            String surface = text.substring(s[0], s[1]);
            double confidence = surface.contains(" ") || surface.contains("-") ? 0.9 : 0.75;
            out.putIfAbsent(entry.iri() + "@" + s[0], new Mention(Mention.Kind.CONCEPT, entry.iri(), entry.name(), surface,
                    s[0], s[1], analyzed.sentenceAt(s[0]), NAME, confidence, null));
        }
        return List.copyOf(out.values());
    }

    private static void add(String text, Emit m, Map<String, ConceptTaxonomy.Entry> keys, List<int[]> spans,
                            List<ConceptTaxonomy.Entry> entries, List<String> forms) {
        int start = m.getStart();
        int end = m.getEnd() + 1;
        if (!AnalyzedText.isWord(text, start, end)) return;
        spans.add(new int[]{start, end});
        entries.add(keys.get(m.getKeyword()));
        forms.add(m.getKeyword());
    }

    /** Whether a label's sense rule lets the match at {@code start} stand. */
    private static boolean holds(ConceptTaxonomy.SenseRule rule, String lower, opennlp.tools.util.Span sentence, int start) {
        if (!rule.onlyInSentenceWith().isEmpty()) {
            String[] words = lower.substring(sentence.getStart(), sentence.getEnd()).split("[^\\p{L}\\p{N}]+");
            boolean with = false;
            for (String w : words) if (rule.onlyInSentenceWith().contains(w)) with = true;
            if (!with) return false;
        }
        if (!rule.notAfter().isEmpty()) {
            String before = lower.substring(sentence.getStart(), Math.max(sentence.getStart(), start)).strip();
            String[] words = before.isEmpty() ? new String[0] : before.split("[^\\p{L}\\p{N}]+");
            for (int k = Math.max(0, words.length - rule.window()); k < words.length; k++) {
                if (rule.notAfter().contains(words[k])) return false;
            }
        }
        return true;
    }

    private static boolean insideLonger(List<int[]> spans, int i) {
        int[] s = spans.get(i);
        for (int j = 0; j < spans.size(); j++) {
            int[] o = spans.get(j);
            if (j != i && o[0] <= s[0] && o[1] >= s[1] && o[1] - o[0] > s[1] - s[0]) return true;
        }
        return false;
    }

    /** The word just before the match turns it into another sense. */
    private static boolean blocked(String lower, int start, ConceptTaxonomy.Entry entry) {
        if (entry.notPrecededBy().isEmpty()) return false;
        int end = start;
        while (end > 0 && lower.charAt(end - 1) == ' ') end--;
        int begin = end;
        while (begin > 0 && Character.isLetter(lower.charAt(begin - 1))) begin--;
        return entry.notPrecededBy().contains(lower.substring(begin, end));
    }

    /** Lower case, hyphens as spaces: same length as the text, so offsets carry over. */
    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('-', ' ').replace('‐', ' ');
    }

    static boolean isAcronym(String label) {
        if (label.contains(" ")) return false;
        int upper = 0;
        for (char ch : label.toCharArray()) if (Character.isUpperCase(ch)) upper++;
        return upper >= 2;
    }

    /**
     * The label with its head (last) word in every form whose lemma, by OpenNLP's lemmatizer, is
     * the head's own lemma: "graph neural network" gives "… networks"; "attention" stays alone.
     */
    static Set<String> inflections(String label, LemmatizerME lemmatizer) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(label);
        int cut = label.lastIndexOf(' ') + 1;
        String stem = label.substring(0, cut);
        String head = label.substring(cut);
        String lemma = lemma(head, lemmatizer);
        List<String> candidates = new ArrayList<>(List.of(head + "s", head + "es"));
        if (head.endsWith("y")) candidates.add(head.substring(0, head.length() - 1) + "ies");
        if (head.endsWith("is")) candidates.add(head.substring(0, head.length() - 2) + "es");
        if (head.endsWith("um")) candidates.add(head.substring(0, head.length() - 2) + "a");
        for (String candidate : candidates) {
            if (lemma(candidate, lemmatizer).equals(lemma)) forms.add(stem + candidate);
        }
        return forms;
    }

    private static String lemma(String word, LemmatizerME lemmatizer) {
        return lemmatizer.lemmatize(new String[]{word}, new String[]{"NOUN"})[0].toLowerCase(Locale.ROOT);
    }
}
