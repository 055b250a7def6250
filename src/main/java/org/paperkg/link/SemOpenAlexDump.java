package org.paperkg.link;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.paperkg.text.Abstracts;

/**
 * SemOpenAlex from a local dump (its N-Triples/Turtle files, gzip too), streamed four times:
 * works with a wanted title, DOI or abstract; their fields and authorships; the authorships'
 * positions and authors; the authors' names. Only here can a paper that no page gave a title be
 * found, by its abstract's first words.
 */
public final class SemOpenAlexDump implements ExternalGraph {
    private final Path file;
    private DumpFile dump;

    public SemOpenAlexDump(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        return "openalex";
    }

    @Override
    public Collection<ExternalPaper> lookup(LookupKeys keys) throws LinkException {
        dump = new DumpFile(file);
        Set<String> titleKeys = keys.titles().stream().map(Names::titleKey).collect(Collectors.toSet());
        Map<String, SemOpenAlex.Draft> drafts = new HashMap<>();
        dump.stream(t -> {
            if (!t.getSubject().isURI() || !t.getObject().isLiteral()) return;
            String p = t.getPredicate().getURI();
            String value = t.getObject().getLiteralLexicalForm();
            if ((p.equals(SemOpenAlex.TITLE) && titleKeys.contains(Names.titleKey(value)))
                    || (p.equals(SemOpenAlex.DOI) && keys.dois().contains(SemOpenAlex.doi(value)))
                    || (p.equals(SemOpenAlex.ABSTRACT) && !keys.abstractFingerprints().isEmpty()
                        && keys.abstractFingerprints().contains(Abstracts.fingerprint(value)))) {
                drafts.computeIfAbsent(t.getSubject().getURI(), SemOpenAlex.Draft::new);
            }
        });
        Map<String, SemOpenAlex.Authorship> authorships = new HashMap<>();
        dump.stream(t -> {
            SemOpenAlex.Draft d = t.getSubject().isURI() ? drafts.get(t.getSubject().getURI()) : null;
            if (d == null) return;
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            if (p.equals(RDF.type.getURI()) && o.isURI() && o.getURI().equals(SemOpenAlex.WORK)) d.work = true;
            else if (p.equals(SemOpenAlex.TITLE) && o.isLiteral()) d.title = o.getLiteralLexicalForm();
            else if (p.equals(SemOpenAlex.ABSTRACT) && o.isLiteral()) d.abstractText(o.getLiteralLexicalForm());
            else if (p.equals(SemOpenAlex.YEAR) && o.isLiteral()) d.year = Dblp.year(o.getLiteralLexicalForm());
            else if (p.equals(SemOpenAlex.DOI) && o.isLiteral()) d.doi = SemOpenAlex.doi(o.getLiteralLexicalForm());
            else if (p.equals(SemOpenAlex.HAS_AUTHORSHIP)) {
                SemOpenAlex.Authorship a = new SemOpenAlex.Authorship();
                d.authorships.put(DumpFile.key(o), a);
                authorships.put(DumpFile.key(o), a);
            }
        });
        Set<String> authors = new HashSet<>();
        dump.stream(t -> {
            SemOpenAlex.Authorship a = authorships.get(DumpFile.key(t.getSubject()));
            if (a == null) return;
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            if (p.equals(SemOpenAlex.POSITION) && o.isLiteral()) a.position = SemOpenAlex.position(o.getLiteralLexicalForm());
            else if (p.equals(SemOpenAlex.HAS_AUTHOR) && o.isURI()) {
                a.author = o.getURI();
                authors.add(o.getURI());
            }
        });
        Map<String, String> names = new HashMap<>();
        dump.stream(t -> {
            if (t.getSubject().isURI() && authors.contains(t.getSubject().getURI())
                    && t.getPredicate().getURI().equals(SemOpenAlex.NAME) && t.getObject().isLiteral()) {
                names.put(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm());
            }
        });
        return drafts.values().stream().filter(d -> d.work).map(d -> d.paper(names)).toList();
    }

    @Override
    public String traffic() {
        return dump == null ? "nothing read" : dump.traffic();
    }
}
