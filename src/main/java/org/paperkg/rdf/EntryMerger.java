package org.paperkg.rdf;

import org.paperkg.record.AbstractText;
import org.paperkg.record.PaperIds;
import org.paperkg.record.PaperRecord;
import org.paperkg.record.Publication;
import org.paperkg.record.SessionInfo;
import org.paperkg.record.Slot;
import org.paperkg.text.Abstracts;
import org.paperkg.text.Slugs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the records of one page that are one paper: same title, or same abstract (by its
 * fingerprint, so a cut-short copy meets its full twin). Order of first appearance is kept.
 */
final class EntryMerger {
    private EntryMerger() {
    }

    static String fingerprint(AbstractText text) {
        return Abstracts.fingerprint(text.clean());
    }

    static List<PaperEntry> merge(List<PaperRecord> records) {
        int[] parent = new int[records.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            for (String key : keys(records.get(i))) {
                Integer other = firstWithKey.putIfAbsent(key, i);
                if (other != null) UnionFind.union(parent, other, i);
            }
        }
        Map<Integer, List<PaperRecord>> groups = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            groups.computeIfAbsent(UnionFind.find(parent, i), k -> new ArrayList<>()).add(records.get(i));
        }
        return groups.values().stream().map(EntryMerger::entry).toList();
    }

    static PaperEntry entry(List<PaperRecord> copies) {
        String title = null;
        AbstractText best = null;
        List<String> authors = List.of();
        List<String> authorIds = List.of();
        Set<String> awards = new LinkedHashSet<>();
        Slot slot = null;
        SessionInfo session = null;
        boolean virtual = false;
        PaperIds ids = PaperIds.NONE;
        Set<String> keywords = new LinkedHashSet<>();
        Publication publication = Publication.NONE;
        for (PaperRecord r : copies) {
            publication = publication.orElse(r.publication());
            ids = ids.orElse(r.ids());
            keywords.addAll(r.keywords());
            if (title == null) title = r.title();
            if (r.abstractText() != null) {
                best = best == null ? r.abstractText() : best.better(r.abstractText());
                virtual |= r.abstractText().virtual();
            }
            if (authors.isEmpty()) {
                authors = r.authors();
                authorIds = r.authorIds();
            }
            if (r.award() != null) awards.add(r.award());
            if (slot == null) slot = r.slot();
            if (session == null) session = r.session();
        }
        return new PaperEntry(copies.get(0).line(), copies.size(), title, best, authors, awards, slot, virtual, ids,
                List.copyOf(keywords), publication, session, authorIds);
    }

    static List<String> keys(PaperRecord r) {
        List<String> keys = new ArrayList<>(2);
        if (r.title() != null) keys.add("t:" + Slugs.of(r.title()));
        if (r.abstractText() != null) keys.add("a:" + fingerprint(r.abstractText()));
        if (r.ids().arxiv() != null) keys.add("x:" + r.ids().arxiv());
        if (r.ids().doi() != null) keys.add("d:" + r.ids().doi());
        if (r.ids().openReview() != null) keys.add("o:" + r.ids().openReview());
        if (r.ids().dblp() != null) keys.add("b:" + r.ids().dblp());
        return keys;
    }
}
