package org.paperkg.link;

import org.apache.jena.graph.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Wikidata from a local dump in its RDF dump format (a full {@code latest-all.ttl.gz} or an
 * extract of it), streamed four times: the items with a wanted title, DOI, arXiv id or label;
 * their types, fields and author statements; the statements' values and ordinals; the authors'
 * labels. Only scholarly articles, data sets and machine-learning concepts are kept; whether an
 * item is such a concept takes one more pass per step up its P31 / P279 / P361 chain (at most
 * {@link Wikidata#CONCEPT_DEPTH}), and only when some concept label was found.
 */
public final class WikidataDump implements ExternalGraph {
    private final Path file;
    private DumpFile dump;
    private Collection<ExternalEntity> datasets = List.of();
    private Collection<ExternalEntity> concepts = List.of();

    public WikidataDump(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        return "wikidata";
    }

    @Override
    public Collection<ExternalPaper> lookup(LookupKeys keys) throws LinkException {
        dump = new DumpFile(file);
        Set<String> titleKeys = keys.titles().stream().map(Names::titleKey).collect(Collectors.toSet());
        Set<String> dois = keys.dois().stream().map(d -> d.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<String> labels = keys.datasetLabels().stream().map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<String> conceptLabels = keys.conceptLabels().stream().map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, Wikidata.Draft> drafts = new HashMap<>();
        Map<String, Entity> entities = new HashMap<>();
        dump.stream(t -> {
            if (!t.getSubject().isURI() || !t.getObject().isLiteral()) return;
            String p = t.getPredicate().getURI();
            String value = t.getObject().getLiteralLexicalForm();
            String s = t.getSubject().getURI();
            if ((p.equals(Wikidata.TITLE) && titleKeys.contains(Names.titleKey(value)))
                    || (p.equals(Wikidata.DOI) && dois.contains(Wikidata.doi(value)))
                    || (p.equals(Wikidata.ARXIV) && keys.arxivIds().contains(value))) {
                drafts.computeIfAbsent(s, Wikidata.Draft::new);
            } else if ((p.equals(Wikidata.LABEL) || p.equals(Wikidata.ALT_LABEL)) && english(t.getObject())) {
                String key = value.toLowerCase(Locale.ROOT);
                if (labels.contains(key)) entities.computeIfAbsent(s, k -> new Entity()).datasetLabel = true;
                if (conceptLabels.contains(key)) entities.computeIfAbsent(s, k -> new Entity()).conceptLabel = true;
            }
        });
        Map<String, Wikidata.Statement> statements = new HashMap<>();
        dump.stream(t -> {
            String s = t.getSubject().isURI() ? t.getSubject().getURI() : null;
            Wikidata.Draft d = s == null ? null : drafts.get(s);
            Entity e = s == null ? null : entities.get(s);
            if (d == null && e == null) return;
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            if (e != null) {
                if (p.equals(Wikidata.INSTANCE_OF) && o.isURI() && o.getURI().equals(Wikidata.DATA_SET)) e.dataSet = true;
                else if (p.equals(Wikidata.LABEL) && english(o)) e.label = o.getLiteralLexicalForm();
                else if (p.equals(Wikidata.ALT_LABEL) && english(o)) e.aliases.add(o.getLiteralLexicalForm());
            }
            if (d == null) return;
            if (p.equals(Wikidata.INSTANCE_OF) && o.isURI() && o.getURI().equals(Wikidata.SCHOLARLY_ARTICLE)) d.article = true;
            else if (p.equals(Wikidata.TITLE) && o.isLiteral() && (d.title == null || english(o))) d.title = o.getLiteralLexicalForm();
            else if (p.equals(Wikidata.DATE) && o.isLiteral()) d.year = Wikidata.year(o.getLiteralLexicalForm());
            else if (p.equals(Wikidata.DOI) && o.isLiteral()) d.doi = Wikidata.doi(o.getLiteralLexicalForm());
            else if (p.equals(Wikidata.ARXIV) && o.isLiteral()) d.arxiv = o.getLiteralLexicalForm();
            else if (p.equals(Wikidata.P + Wikidata.AUTHOR) || p.equals(Wikidata.P + Wikidata.AUTHOR_NAME)) {
                Wikidata.Statement st = new Wikidata.Statement();
                d.authors.put(DumpFile.key(o), st);
                statements.put(DumpFile.key(o), st);
            }
        });
        Set<String> persons = new HashSet<>();
        dump.stream(t -> {
            Wikidata.Statement st = statements.get(DumpFile.key(t.getSubject()));
            if (st == null) return;
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            if (p.equals(Wikidata.PS + Wikidata.AUTHOR) && o.isURI()) {
                st.person = o.getURI();
                persons.add(o.getURI());
            } else if (p.equals(Wikidata.PS + Wikidata.AUTHOR_NAME) && o.isLiteral()) {
                st.name = o.getLiteralLexicalForm();
            } else if (p.equals(Wikidata.ORDINAL) && o.isLiteral()) {
                st.ordinal = Wikidata.ordinal(o.getLiteralLexicalForm());
            }
        });
        Map<String, String> personLabels = new HashMap<>();
        dump.stream(t -> {
            if (t.getSubject().isURI() && persons.contains(t.getSubject().getURI())
                    && t.getPredicate().getURI().equals(Wikidata.LABEL) && english(t.getObject())) {
                personLabels.put(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm());
            }
        });
        List<ExternalEntity> found = new ArrayList<>();
        entities.forEach((iri, e) -> {
            if (e.datasetLabel && e.dataSet && e.label != null) found.add(new ExternalEntity(iri, e.label, e.aliases));
        });
        datasets = found;
        Set<String> conceptItems = entities.entrySet().stream().filter(e -> e.getValue().conceptLabel && e.getValue().label != null)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Set<String> inField = reachRoots(conceptItems);
        concepts = conceptItems.stream().filter(inField::contains).sorted()
                .map(iri -> new ExternalEntity(iri, entities.get(iri).label, entities.get(iri).aliases)).toList();
        return drafts.values().stream().filter(d -> d.article && d.title != null).map(d -> d.paper(personLabels)).toList();
    }

    /**
     * The items among {@code items} from which a concept root is reached by P31 / P279 / P361
     * steps, the graph climbed one pass over the dump per step.
     */
    private Set<String> reachRoots(Set<String> items) throws LinkException {
        if (items.isEmpty()) return Set.of();
        Map<String, Set<String>> up = new HashMap<>();
        Set<String> seen = new HashSet<>(items);
        Set<String> frontier = new HashSet<>(items);
        for (int depth = 0; depth < Wikidata.CONCEPT_DEPTH && !frontier.isEmpty(); depth++) {
            Set<String> next = new HashSet<>();
            Set<String> current = frontier;
            dump.stream(t -> {
                String p = t.getPredicate().getURI();
                if (!t.getSubject().isURI() || !t.getObject().isURI() || !current.contains(t.getSubject().getURI())) return;
                if (!p.equals(Wikidata.INSTANCE_OF) && !p.equals(Wikidata.SUBCLASS_OF) && !p.equals(Wikidata.PART_OF)) return;
                up.computeIfAbsent(t.getSubject().getURI(), k -> new HashSet<>()).add(t.getObject().getURI());
                if (seen.add(t.getObject().getURI()) && !Wikidata.CONCEPT_ROOTS.contains(t.getObject().getURI())) {
                    next.add(t.getObject().getURI());
                }
            });
            frontier = next;
        }
        Set<String> out = new HashSet<>();
        for (String item : items) if (reaches(item, up, new HashSet<>())) out.add(item);
        return out;
    }

    private static boolean reaches(String node, Map<String, Set<String>> up, Set<String> visited) {
        if (!visited.add(node)) return false;
        for (String parent : up.getOrDefault(node, Set.of())) {
            if (Wikidata.CONCEPT_ROOTS.contains(parent) || reaches(parent, up, visited)) return true;
        }
        return false;
    }

    /** The concepts found by the last {@link #lookup}, which reads them in the same passes. */
    @Override
    public Collection<ExternalEntity> concepts(LookupKeys keys) {
        return concepts;
    }

    /** The data sets found by the last {@link #lookup}, which reads them in the same passes. */
    @Override
    public Collection<ExternalEntity> datasets(LookupKeys keys) {
        return datasets;
    }

    @Override
    public String traffic() {
        return dump == null ? "nothing read" : dump.traffic();
    }

    private static boolean english(Node literal) {
        String lang = literal.getLiteralLanguage();
        return lang.isEmpty() || lang.equals("en");
    }

    private static final class Entity {
        boolean datasetLabel;
        boolean conceptLabel;
        boolean dataSet;
        String label;
        final List<String> aliases = new ArrayList<>();
    }
}
