package org.paperkg.link;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * dblp from a local dump in its own schema (N-Triples, Turtle, TriG or N-Quads, gzip too, as dblp
 * publishes {@code dblp.ttl.gz}). The file is streamed three times and only what concerns the
 * wanted titles and DOIs is kept: the publications they name, then those publications' fields,
 * then their signatures. Memory grows with the number of candidates, not with the dump.
 */
public final class DblpDump implements ExternalGraph {
    private final Path file;
    private DumpFile dump;

    public DblpDump(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        return "dblp";
    }

    @Override
    public Collection<ExternalPaper> lookup(LookupKeys keys) throws LinkException {
        Set<String> titles = keys.titles();
        Set<String> dois = keys.dois();
        dump = new DumpFile(file);
        Set<String> titleKeys = titles.stream().map(Names::titleKey).collect(Collectors.toSet());
        Set<String> doiKeys = dois.stream().map(d -> d.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, Dblp.Draft> drafts = new HashMap<>();
        dump.stream(t -> {
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            boolean wanted = (p.equals(Dblp.TITLE) && o.isLiteral() && titleKeys.contains(Names.titleKey(o.getLiteralLexicalForm())))
                    || (p.equals(Dblp.DOI) && o.isURI() && doiKeys.contains(Dblp.doi(o.getURI())));
            if (wanted && t.getSubject().isURI()) drafts.computeIfAbsent(t.getSubject().getURI(), Dblp.Draft::new);
        });
        Map<String, Dblp.Signature> signatures = new HashMap<>();
        dump.stream(t -> {
            Dblp.Draft d = t.getSubject().isURI() ? drafts.get(t.getSubject().getURI()) : null;
            if (d == null) return;
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            if (p.equals(Dblp.TITLE) && o.isLiteral()) d.title = o.getLiteralLexicalForm();
            else if (p.equals(Dblp.YEAR) && o.isLiteral()) d.year = Dblp.year(o.getLiteralLexicalForm());
            else if (p.equals(Dblp.DOI) && o.isURI()) d.doi = Dblp.doi(o.getURI());
            else if (p.equals(RDF.type.getURI()) && o.isURI() && o.getURI().equals(Dblp.INFORMAL)) d.informal = true;
            else if (p.equals(Dblp.PART_OF) && o.isURI()) d.volume = o.getURI();
            else if (p.equals(Dblp.STREAM) && o.isURI()) d.stream = o.getURI();
            else if (p.equals(Dblp.HAS_SIGNATURE)) {
                Dblp.Signature s = new Dblp.Signature();
                d.signatures.put(DumpFile.key(o), s);
                signatures.put(DumpFile.key(o), s);
            }
        });
        dump.stream(t -> {
            Dblp.Signature s = signatures.get(DumpFile.key(t.getSubject()));
            if (s == null) return;
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            if (p.equals(Dblp.ORDINAL) && o.isLiteral()) s.ordinal = Integer.valueOf(o.getLiteralLexicalForm());
            else if (p.equals(Dblp.DBLP_NAME) && o.isLiteral()) s.name = o.getLiteralLexicalForm();
            else if (p.equals(Dblp.CREATOR) && o.isURI()) s.person = o.getURI();
        });
        return drafts.values().stream().filter(d -> d.title != null).map(Dblp.Draft::paper).toList();
    }

    @Override
    public String given(LocalPaper paper) {
        return Dblp.given(paper);
    }

    @Override
    public String traffic() {
        return dump == null ? "nothing read" : dump.traffic();
    }

}
