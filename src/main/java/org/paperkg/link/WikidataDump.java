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
 * labels. Only scholarly articles and data sets are kept.
 */
public final class WikidataDump implements ExternalGraph {
    private final Path file;
    private DumpFile dump;
    private Collection<ExternalEntity> datasets = List.of();

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
            } else if ((p.equals(Wikidata.LABEL) || p.equals(Wikidata.ALT_LABEL)) && english(t.getObject())
                    && labels.contains(value.toLowerCase(Locale.ROOT))) {
                entities.computeIfAbsent(s, k -> new Entity());
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
            else if (p.equals(Wikidata.DATE) && o.isLiteral()) d.year = year(o.getLiteralLexicalForm());
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
            if (e.dataSet && e.label != null) found.add(new ExternalEntity(iri, e.label, e.aliases));
        });
        datasets = found;
        return drafts.values().stream().filter(d -> d.article && d.title != null).map(d -> d.paper(personLabels)).toList();
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

    private static Integer year(String date) {
        return date.matches("^\\+?\\d{4}-.*") ? Integer.valueOf(date.replaceFirst("^\\+", "").substring(0, 4)) : null;
    }

    private static final class Entity {
        boolean dataSet;
        String label;
        final List<String> aliases = new ArrayList<>();
    }
}
