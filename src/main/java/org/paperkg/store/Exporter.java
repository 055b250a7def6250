package org.paperkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.OutputStream;
import java.util.Locale;

/**
 * Writes the store out. Turtle holds the union of all graphs (Turtle has no graphs); TriG,
 * N-Quads and JSON-LD keep each page's named graph.
 */
public final class Exporter {
    public enum Format {
        TURTLE(RDFFormat.TURTLE_PRETTY, false), TRIG(RDFFormat.TRIG_PRETTY, true),
        NQUADS(RDFFormat.NQUADS, true), JSONLD(RDFFormat.JSONLD11, true);

        private final RDFFormat rdfFormat;
        private final boolean quads;

        Format(RDFFormat rdfFormat, boolean quads) {
            this.rdfFormat = rdfFormat;
            this.quads = quads;
        }

        public static Format parse(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT).replace("-", ""));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + s + "': use turtle, trig, nquads or jsonld");
            }
        }
    }

    private Exporter() {
    }

    /** Call inside a read transaction. */
    public static void write(DatasetGraph dsg, Format format, PrefixMapping prefixes, OutputStream out) {
        if (format.quads) {
            // copied so the export's prefixes need no write to the store
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            dsg.find().forEachRemaining(copy::add);
            copy.prefixes().putAll(prefixes);
            RDFWriter.source(copy).format(format.rdfFormat).output(out);
        } else {
            Graph union = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(union, dsg.getUnionGraph());
            union.getPrefixMapping().setNsPrefixes(prefixes);
            RDFWriter.source(union).format(format.rdfFormat).output(out);
        }
    }
}
