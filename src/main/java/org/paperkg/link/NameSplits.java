package org.paperkg.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The local rule for people who share a name. A person node stands for a name; its papers are
 * put into groups joined by shared co-authors. When there are two or more groups, no co-author
 * in common between them, and the fields differ — each group works with some concept and no
 * concept is shared between groups — the name may well belong to different people, and nothing
 * local says otherwise.
 */
final class NameSplits {
    private NameSplits() {
    }

    /** Person → the groups of its papers, for the persons whose papers split; others absent. */
    static Map<String, List<List<LocalPaper>>> of(Collection<LocalPaper> papers) {
        Map<String, List<LocalPaper>> byPerson = new TreeMap<>();
        for (LocalPaper p : papers) {
            for (LocalPaper.Author a : p.authors()) byPerson.computeIfAbsent(a.person(), k -> new ArrayList<>()).add(p);
        }
        Map<String, List<List<LocalPaper>>> out = new TreeMap<>();
        byPerson.forEach((person, own) -> {
            if (own.size() < 2) return;
            List<List<LocalPaper>> groups = groups(person, own);
            if (groups.size() >= 2 && fieldsDiffer(groups)) out.put(person, groups);
        });
        return out;
    }

    private static List<List<LocalPaper>> groups(String person, List<LocalPaper> papers) {
        int[] parent = new int[papers.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int i = 0; i < papers.size(); i++) {
            for (int j = i + 1; j < papers.size(); j++) {
                Set<String> shared = coAuthors(person, papers.get(i));
                shared.retainAll(coAuthors(person, papers.get(j)));
                if (!shared.isEmpty()) parent[find(parent, j)] = find(parent, i);
            }
        }
        Map<Integer, List<LocalPaper>> groups = new LinkedHashMap<>();
        for (int i = 0; i < papers.size(); i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(papers.get(i));
        return List.copyOf(groups.values());
    }

    /** Every group works with some concept, and no two groups share one. */
    private static boolean fieldsDiffer(List<List<LocalPaper>> groups) {
        List<Set<String>> fields = new ArrayList<>();
        for (List<LocalPaper> g : groups) {
            Set<String> concepts = new HashSet<>();
            g.forEach(p -> concepts.addAll(p.concepts()));
            if (concepts.isEmpty()) return false;
            for (Set<String> other : fields) {
                if (other.stream().anyMatch(concepts::contains)) return false;
            }
            fields.add(concepts);
        }
        return true;
    }

    private static Set<String> coAuthors(String person, LocalPaper paper) {
        Set<String> out = new HashSet<>();
        for (LocalPaper.Author a : paper.authors()) if (!a.person().equals(person)) out.add(a.person());
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    /** "[A; B] and [C]": the groups by their papers' titles (or IRIs where untitled). */
    static String describe(List<List<LocalPaper>> groups) {
        List<String> parts = new ArrayList<>();
        for (List<LocalPaper> g : groups) {
            parts.add("[" + String.join("; ", g.stream().map(p -> p.title() != null ? p.title() : p.iri()).sorted().toList()) + "]");
        }
        return String.join(" and ", parts);
    }
}
