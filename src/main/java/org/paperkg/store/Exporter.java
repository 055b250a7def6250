package org.paperkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.paperkg.text.Slugs;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

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

    /** One file of a split export: which graph it holds, and how many quads. */
    public record GraphFile(String file, String graph, long quads) {
    }

    /**
     * Writes each named graph to its own gzipped N-Quads file in {@code dir} (which must exist),
     * named after the graph's IRI, and {@code graphs.tsv} listing file, graph and quad count: the
     * input QLever's and Virtuoso's bulk loaders take. Streams quad by quad, holding no graph.
     * Call inside a read transaction.
     */
    public static List<GraphFile> writeSplit(DatasetGraph dsg, String base, Path dir) {
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        graphs.sort((a, b) -> a.toString().compareTo(b.toString()));
        List<GraphFile> files = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        try {
            for (Node g : graphs) {
                String name = fileName(g, base);
                if (!taken.add(name)) name = name.replace(".nq.gz", "-" + Slugs.hash(g.toString(), 8) + ".nq.gz");
                long[] n = {0};
                try (OutputStream out = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 16))) {
                    StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                    writer.start();
                    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                        writer.quad(q);
                        n[0]++;
                    });
                    writer.finish();
                }
                files.add(new GraphFile(name, g.toString(), n[0]));
            }
            StringBuilder index = new StringBuilder("file\tgraph\tquads\n");
            for (GraphFile f : files) index.append(f.file()).append('\t').append(f.graph()).append('\t').append(f.quads()).append('\n');
            Files.writeString(dir.resolve("graphs.tsv"), index, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the split export in " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }

    /** {@code BASE/page/2024/list.json} → {@code page-2024-list-json.nq.gz}; two graphs of one slug told apart by a hash. */
    static String fileName(Node graph, String base) {
        String iri = graph.toString();
        String local = iri.startsWith(base) ? iri.substring(base.length()) : iri;
        return Slugs.of(local) + ".nq.gz";
    }
}
