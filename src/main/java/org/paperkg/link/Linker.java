package org.paperkg.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reconciles the local papers with one external graph: papers first (identifiers the inputs
 * already carry, then titles confirmed by authors, year or DOI), then people through the papers
 * matched and their author positions, so that a link to a person always rests on a shared paper.
 *
 * <p>People who share a name: a local person node stands for a name. When the external graph
 * puts that name, on the papers matched, on two or more different people (dblp's homonyms
 * "Jun Li 0001" and "Jun Li 0008"), the node is not linked to any of them; it is marked
 * uncertain, with the people and the papers that tell them apart.
 */
public final class Linker {
    private Linker() {
    }

    /** The decisions and the people linked, for {@code papers} against {@code graph}. */
    public static LinkResult link(List<LocalPaper> papers, List<LocalEntity> datasets, List<LocalEntity> concepts, ExternalGraph graph)
            throws LinkException {
        Set<String> titles = new LinkedHashSet<>();
        Set<String> dois = new LinkedHashSet<>();
        Set<String> arxivIds = new LinkedHashSet<>();
        Set<String> untitledAbstracts = new LinkedHashSet<>();
        for (LocalPaper p : papers) {
            if (p.title() != null) titles.add(p.title());
            else if (p.abstractFingerprint() != null) untitledAbstracts.add(p.abstractFingerprint());
            if (p.doi() != null) dois.add(p.doi());
            if (p.arxiv() != null) arxivIds.add(p.arxiv());
        }
        Set<String> labels = new LinkedHashSet<>();
        for (LocalEntity d : datasets) {
            labels.add(d.label());
            labels.addAll(d.aliases());
        }
        Set<String> conceptLabels = new LinkedHashSet<>();
        for (LocalEntity c : concepts) {
            conceptLabels.add(c.label());
            conceptLabels.addAll(c.aliases());
        }
        LookupKeys keys = new LookupKeys(titles, dois, arxivIds, untitledAbstracts, labels, conceptLabels);
        Collection<ExternalPaper> found = graph.lookup(keys);
        Map<String, List<ExternalPaper>> byTitle = new HashMap<>();
        Map<String, List<ExternalPaper>> byDoi = new HashMap<>();
        Map<String, List<ExternalPaper>> byArxiv = new HashMap<>();
        Map<String, List<ExternalPaper>> byAbstract = new HashMap<>();
        for (ExternalPaper e : found) {
            byTitle.computeIfAbsent(Names.titleKey(e.title()), k -> new ArrayList<>()).add(e);
            if (e.doi() != null) byDoi.computeIfAbsent(e.doi(), k -> new ArrayList<>()).add(e);
            if (e.arxiv() != null) byArxiv.computeIfAbsent(e.arxiv(), k -> new ArrayList<>()).add(e);
            if (e.abstractFingerprint() != null) byAbstract.computeIfAbsent(e.abstractFingerprint(), k -> new ArrayList<>()).add(e);
        }
        List<LinkDecision> decisions = new ArrayList<>();
        for (LocalPaper p : papers) {
            Map<String, ExternalPaper> candidates = new TreeMap<>();
            if (p.title() != null) byTitle.getOrDefault(Names.titleKey(p.title()), List.of()).forEach(e -> candidates.put(e.iri(), e));
            if (p.doi() != null) byDoi.getOrDefault(p.doi(), List.of()).forEach(e -> candidates.put(e.iri(), e));
            if (p.arxiv() != null) byArxiv.getOrDefault(p.arxiv(), List.of()).forEach(e -> candidates.put(e.iri(), e));
            if (p.title() == null && p.abstractFingerprint() != null) {
                byAbstract.getOrDefault(p.abstractFingerprint(), List.of()).forEach(e -> candidates.put(e.iri(), e));
            }
            String given = graph.given(p);
            decisions.add(given != null ? given(p, given, graph.name(), candidates) : PaperMatcher.decide(p, List.copyOf(candidates.values())));
        }
        List<EntityLink> entities = new ArrayList<>(LabelMatcher.decide(EntityLink.DATASET, datasets, graph.datasets(keys)));
        entities.addAll(LabelMatcher.decide(EntityLink.CONCEPT, concepts, graph.concepts(keys)));
        entities.addAll(venues(papers, decisions, found));
        return new LinkResult(graph.name(), decisions, people(decisions, NameSplits.of(papers)), entities, graph.traffic());
    }

    /**
     * A key the inputs gave is the link; the record's authors, when the lookup found it, still
     * give the people.
     */
    private static LinkDecision given(LocalPaper p, String target, String source, Map<String, ExternalPaper> candidates) {
        ExternalPaper record = candidates.get(target);
        List<LinkDecision.PersonPair> people = List.of();
        if (record != null) {
            LinkDecision checked = PaperMatcher.decide(p, List.of(record));
            if (checked.isLink()) people = checked.people();
        }
        return new LinkDecision(p.iri(), LinkDecision.Outcome.GIVEN, target, 1.0, "identifier in the inputs names this " + source + " record",
                record == null ? null : record.title(), 0, null, people, null);
    }

    /**
     * A conference's proceedings volume and series, from its linked papers: when at least two
     * formal records of its papers are linked and all of them name the same volume (series), the
     * conference is linked to it; when they name several, that is ambiguous and nothing is linked.
     */
    private static List<EntityLink> venues(List<LocalPaper> papers, List<LinkDecision> decisions, Collection<ExternalPaper> found) {
        Map<String, ExternalPaper> records = new HashMap<>();
        found.forEach(e -> records.put(e.iri(), e));
        Map<String, LocalPaper> local = new HashMap<>();
        papers.forEach(p -> local.put(p.iri(), p));
        Map<String, List<ExternalPaper>> byConference = new TreeMap<>();
        for (LinkDecision d : decisions) {
            ExternalPaper record = d.isLink() ? records.get(d.target()) : null;
            if (record == null || record.informal()) continue;
            for (String conference : local.get(d.paper()).conferences()) {
                byConference.computeIfAbsent(conference, k -> new ArrayList<>()).add(record);
            }
        }
        List<EntityLink> out = new ArrayList<>();
        byConference.forEach((conference, recs) -> {
            if (recs.size() < 2) return;
            venue(conference, EntityLink.PROCEEDINGS, "proceedings volume", recs.stream().map(r -> r.venue().volume()).toList(), out);
            venue(conference, EntityLink.SERIES, "series", recs.stream().map(r -> r.venue().series()).toList(), out);
        });
        return out;
    }

    private static void venue(String conference, String kind, String what, List<String> named, List<EntityLink> out) {
        List<String> distinct = named.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
        if (distinct.isEmpty()) return;
        long naming = named.stream().filter(java.util.Objects::nonNull).count();
        if (distinct.size() == 1 && naming == named.size()) {
            out.add(new EntityLink(kind, conference, distinct.get(0), "all " + naming + " linked papers of it are in this " + what, distinct));
        } else {
            out.add(new EntityLink(kind, conference, null, "its linked papers are not all in one " + what + ": "
                    + String.join(", ", distinct), distinct));
        }
    }

    private static List<PersonLink> people(List<LinkDecision> decisions, Map<String, List<List<LocalPaper>>> splits) {
        Map<String, Map<String, List<LinkDecision.PersonPair>>> byPerson = new TreeMap<>();
        for (LinkDecision d : decisions) {
            if (!d.isLink()) continue;
            for (LinkDecision.PersonPair pair : d.people()) {
                byPerson.computeIfAbsent(pair.person(), k -> new TreeMap<>())
                        .computeIfAbsent(pair.external(), k -> new ArrayList<>()).add(pair);
            }
        }
        List<PersonLink> out = new ArrayList<>();
        byPerson.forEach((person, externals) -> {
            List<String> evidence = new ArrayList<>();
            Set<String> papers = new TreeSet<>();
            externals.forEach((external, pairs) -> pairs.forEach(pr -> {
                papers.add(pr.paper());
                evidence.add(pr.externalName() + " (" + external + ") at position " + pr.position() + " of " + pr.paper());
            }));
            List<List<LocalPaper>> groups = splits.get(person);
            if (externals.size() == 1 && groups != null && groupsSpanned(groups, papers) < 2) {
                out.add(new PersonLink(person, null, splitReason(groups) + "; the external graph names one person on the papers "
                        + "of only one group: " + String.join("; ", evidence), papers.size(), List.copyOf(externals.keySet())));
            } else if (externals.size() == 1) {
                out.add(new PersonLink(person, externals.keySet().iterator().next(), String.join("; ", evidence)
                        + (groups == null ? "" : " — one person across " + groups.size() + " groups of papers with no co-author in common"),
                        papers.size(), List.copyOf(externals.keySet())));
            } else {
                out.add(new PersonLink(person, null, "the external graph names " + externals.size()
                        + " different people under this name: " + String.join("; ", evidence), papers.size(),
                        List.copyOf(externals.keySet())));
            }
        });
        splits.forEach((person, groups) -> {
            if (!byPerson.containsKey(person)) out.add(new PersonLink(person, null, splitReason(groups), 0, List.of()));
        });
        out.sort(java.util.Comparator.comparing(PersonLink::person));
        return out;
    }

    private static String splitReason(List<List<LocalPaper>> groups) {
        return "the name's papers fall into " + groups.size() + " groups with no co-author and no concept in common: "
                + NameSplits.describe(groups);
    }

    /** How many of the groups hold one of {@code papers}. */
    private static long groupsSpanned(List<List<LocalPaper>> groups, Set<String> papers) {
        return groups.stream().filter(g -> g.stream().anyMatch(p -> papers.contains(p.iri()))).count();
    }

    /** Everything one run decided. */
    public record LinkResult(String source, List<LinkDecision> papers, List<PersonLink> people, List<EntityLink> entities,
                             String traffic) {
        public LinkResult {
            papers = List.copyOf(papers);
            people = List.copyOf(people);
            entities = List.copyOf(entities);
        }

        /** The links of one kind of entity: datasets, proceedings, series. */
        public List<EntityLink> entities(String kind) {
            return entities.stream().filter(e -> e.kind().equals(kind)).toList();
        }

        /** Outcome → count, every outcome present. */
        public Map<LinkDecision.Outcome, Long> paperCounts() {
            Map<LinkDecision.Outcome, Long> counts = new LinkedHashMap<>();
            for (LinkDecision.Outcome o : LinkDecision.Outcome.values()) {
                counts.put(o, papers.stream().filter(d -> d.outcome() == o).count());
            }
            return counts;
        }
    }
}
