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

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A dump of an external graph read as a stream of triples, as often as a reader needs: N-Triples,
 * Turtle, TriG or N-Quads by the file's extension, gzip when it ends in {@code .gz}. Blank nodes
 * keep the labels the file gives them, so one node is the same in every pass.
 */
final class DumpFile {
    private final Path file;
    private long triples;
    private int passes;

    DumpFile(Path file) throws LinkException {
        if (!Files.isReadable(file)) throw new LinkException(file + ": no such dump file, or it cannot be read");
        this.file = file;
    }

    void stream(Consumer<Triple> each) throws LinkException {
        long before = triples;
        String name = file.getFileName().toString();
        boolean gzip = name.endsWith(".gz");
        Lang lang = RDFLanguages.filenameToLang(gzip ? name.substring(0, name.length() - 3) : name, Lang.TURTLE);
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = new BufferedInputStream(gzip ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16)) {
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
        } catch (RiotException e) {
            throw new LinkException(file + ": not readable as RDF: " + e.getMessage());
        } catch (IOException e) {
            throw new LinkException(file + ": cannot be read: " + e.getMessage());
        }
        passes++;
        if (passes > 1) triples = before;
    }

    String traffic() {
        return passes + " passes over the " + triples + " triples of " + file.getFileName();
    }

    /** Blank nodes by their label, IRIs as themselves: a key that is stable across passes. */
    static String key(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
    }
}
