package org.paperkg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Matches catalogue datasets and taxonomy concepts with external items of the right type (the
 * external graph checks that) by label, precision first: the local preferred label against the
 * item's label and aliases; only when that finds nothing, the local other labels against the
 * item's main label. Case is ignored, nothing else. One item is a link; two are ambiguous and
 * give none.
 */
final class LabelMatcher {
    private LabelMatcher() {
    }

    static List<EntityLink> decide(String kind, List<LocalEntity> datasets, java.util.Collection<ExternalEntity> entities) {
        Map<String, List<ExternalEntity>> byLabel = new TreeMap<>();
        Map<String, List<ExternalEntity>> byAnyLabel = new TreeMap<>();
        for (ExternalEntity e : entities) {
            if (e.label() != null) byLabel.computeIfAbsent(key(e.label()), k -> new ArrayList<>()).add(e);
            if (e.label() != null) byAnyLabel.computeIfAbsent(key(e.label()), k -> new ArrayList<>()).add(e);
            for (String a : e.aliases()) {
                List<ExternalEntity> list = byAnyLabel.computeIfAbsent(key(a), k -> new ArrayList<>());
                if (!list.contains(e)) list.add(e);
            }
        }
        List<EntityLink> out = new ArrayList<>();
        for (LocalEntity d : datasets) {
            List<ExternalEntity> found = byAnyLabel.getOrDefault(key(d.label()), List.of());
            String how = "label '" + d.label() + "'";
            if (found.isEmpty()) {
                for (String alias : d.aliases()) {
                    List<ExternalEntity> viaAlias = byLabel.getOrDefault(key(alias), List.of());
                    if (!viaAlias.isEmpty()) {
                        found = viaAlias;
                        how = "other label '" + alias + "'";
                        break;
                    }
                }
            }
            if (found.isEmpty()) continue;
            List<String> iris = found.stream().map(ExternalEntity::iri).distinct().sorted().toList();
            out.add(iris.size() == 1 ? new EntityLink(kind, d.iri(), iris.get(0), how, iris)
                    : new EntityLink(kind, d.iri(), null, "several items carry " + how + ": " + String.join(", ", iris), iris));
        }
        return out;
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }
}
