package org.paperkg.link;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * dblp from a local dump in its own schema (N-Triples, Turtle, TriG or N-Quads, gzip too, as dblp
 * publishes {@code dblp.ttl.gz}). The file is streamed three times and only what concerns the
 * wanted titles and DOIs is kept: the publications they name, then those publications' fields,
 * then their signatures. Memory grows with the number of candidates, not with the dump.
 */
public final class DblpDump implements ExternalGraph {
    private final Path file;
    private long triples;
    private int passes;

    public DblpDump(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        return "dblp";
    }

    @Override
    public Collection<ExternalPaper> lookup(Set<String> titles, Set<String> dois) throws LinkException {
        if (!Files.isReadable(file)) throw new LinkException(file + ": no such dump file, or it cannot be read");
        Set<String> titleKeys = titles.stream().map(Names::titleKey).collect(Collectors.toSet());
        Set<String> doiKeys = dois.stream().map(d -> d.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, Dblp.Draft> drafts = new HashMap<>();
        stream(t -> {
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            boolean wanted = (p.equals(Dblp.TITLE) && o.isLiteral() && titleKeys.contains(Names.titleKey(o.getLiteralLexicalForm())))
                    || (p.equals(Dblp.DOI) && o.isURI() && doiKeys.contains(Dblp.doi(o.getURI())));
            if (wanted && t.getSubject().isURI()) drafts.computeIfAbsent(t.getSubject().getURI(), Dblp.Draft::new);
        });
        Map<String, Dblp.Signature> signatures = new HashMap<>();
        stream(t -> {
            Dblp.Draft d = t.getSubject().isURI() ? drafts.get(t.getSubject().getURI()) : null;
            if (d == null) return;
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            if (p.equals(Dblp.TITLE) && o.isLiteral()) d.title = o.getLiteralLexicalForm();
            else if (p.equals(Dblp.YEAR) && o.isLiteral()) d.year = Dblp.year(o.getLiteralLexicalForm());
            else if (p.equals(Dblp.DOI) && o.isURI()) d.doi = Dblp.doi(o.getURI());
            else if (p.equals(RDF.type.getURI()) && o.isURI() && o.getURI().equals(Dblp.INFORMAL)) d.informal = true;
            else if (p.equals(Dblp.HAS_SIGNATURE)) {
                Dblp.Signature s = new Dblp.Signature();
                d.signatures.put(key(o), s);
                signatures.put(key(o), s);
            }
        });
        stream(t -> {
            Dblp.Signature s = signatures.get(key(t.getSubject()));
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
        return passes + " passes over the " + triples + " triples of " + file.getFileName();
    }

    /** Signatures are blank nodes in some dumps and IRIs in others. */
    private static String key(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
    }

    private void stream(Consumer<Triple> each) throws LinkException {
        try {
            long before = triples;
            // labels as written, so a blank-node signature is the same node in every pass
            String name = file.getFileName().toString();
            boolean gzip = name.endsWith(".gz");
            Lang lang = RDFLanguages.filenameToLang(gzip ? name.substring(0, name.length() - 3) : name, Lang.TURTLE);
            InputStream raw = Files.newInputStream(file);
            InputStream in = new BufferedInputStream(gzip ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16);
            try (in) {
                RDFParser.source(in).lang(lang).labelToNode(LabelToNode.createUseLabelAsGiven()).parse(new StreamRDFBase() {
                    @Override
                    public void triple(Triple t) {
                        triples++;
                        each.accept(t);
                    }

                    @Override
                    public void quad(Quad q) {
                        triple(q.asTriple());
                    }
                });
            }
            passes++;
            if (passes > 1) triples = before;
        } catch (RiotException e) {
            throw new LinkException(file + ": not readable as RDF: " + e.getMessage());
        } catch (IOException e) {
            throw new LinkException(file + ": cannot be read: " + e.getMessage());
        }
    }
}
