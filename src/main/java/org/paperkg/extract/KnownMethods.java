package org.paperkg.extract;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The well-known methods of {@code ontology/methods.ttl}: acronyms a paper uses, never proposes,
 * when it defines them in its abstract with one of their long forms (or with none).
 */
public final class KnownMethods {
    public static final String RESOURCE = "ontology/methods.ttl";

    /** One known method: its acronym and the long forms it stands for, lower case. */
    public record Entry(String iri, String acronym, List<String> longForms) {
        public Entry {
            longForms = List.copyOf(longForms);
        }
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byAcronym = new HashMap<>();

    private KnownMethods(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) byAcronym.put(e.acronym(), e);
    }

    public static KnownMethods load() {
        Graph g = DatasetCatalogue.parse(RESOURCE);
        Node method = NodeFactory.createURI(DatasetCatalogue.PKG + "Method");
        List<Entry> out = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), method).forEachRemaining(t -> {
            Node s = t.getSubject();
            List<String> forms = new ArrayList<>();
            g.find(s, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(a -> forms.add(normal(a.getObject().getLiteralLexicalForm())));
            out.add(new Entry(s.getURI(), DatasetCatalogue.literal(g, s, SKOS.prefLabel.asNode()), forms));
        });
        out.sort(Comparator.comparing(Entry::iri));
        return new KnownMethods(out);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The known method this acronym names, in its exact case ("OT", "LoRA"), also as a plural ("GANs"). */
    public Optional<Entry> byAcronym(String acronym) {
        Entry e = byAcronym.get(acronym);
        if (e == null && acronym.length() > 2 && acronym.endsWith("s")) e = byAcronym.get(acronym.substring(0, acronym.length() - 1));
        return Optional.ofNullable(e);
    }

    /**
     * Whether a paper that writes {@code acronym} with {@code longForm} (or null) means the known
     * method: no long form, or one of the known ones. "BPE (Batch Permutation and Ensembling)"
     * is not Byte Pair Encoding.
     */
    public boolean means(String acronym, String longForm) {
        Optional<Entry> e = byAcronym(acronym);
        if (e.isEmpty()) return false;
        if (longForm == null || e.get().longForms().isEmpty()) return true;
        String form = normal(longForm);
        return e.get().longForms().stream().anyMatch(f -> form.equals(f) || form.equals(f + "s") || f.equals(form + "s"));
    }

    static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
    }
}
