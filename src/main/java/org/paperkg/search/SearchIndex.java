package org.paperkg.search;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.assembler.Mode;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.assembler.EntityDefinitionAssembler;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The full-text index of the graph: Jena's text index (Lucene) over the statements named in
 * {@code search/text-index.ttl} (titles, abstracts, names, labels), one document per distinct
 * statement, kept beside the store. It is what {@code text:query} in SPARQL, {@code paperkg search}
 * and the search box use. The store tells it which subjects a committed change touched
 * ({@link #refresh}); {@link #rebuild} makes it again from the whole graph.
 */
public final class SearchIndex implements AutoCloseable {
    private static final String ENTITY_MAP = "search/text-index.ttl";
    private static final String ROOT = "urn:paperkg:text-index";
    /** Marks around a matched word in a snippet: private-use characters, so no text holds them. */
    public static final char MATCH_START = '\uE000';
    public static final char MATCH_END = '\uE001';
    private static final String HIGHLIGHT = "s:" + MATCH_START + " | e:" + MATCH_END + " | z:180 | m:2 | f: … ";

    private final TextIndexLucene index;
    private final EntityDefinition fields;
    /** The fields in the order the entity map lists them: a snippet comes from the first that matched. */
    private final List<String> fieldOrder;
    private final Set<Node> predicates;
    /** One predicate for each field, to ask the index for every field at once. */
    private final List<Resource> fieldPredicates;

    private SearchIndex(Directory directory) {
        Model map = entityMapModel();
        Resource root = map.createResource(ROOT);
        this.fields = (EntityDefinition) new EntityDefinitionAssembler().open(Assembler.general(), root, Mode.DEFAULT);
        Set<String> order = new LinkedHashSet<>();
        root.getPropertyResourceValue(TextVocab.pMap).as(RDFList.class).iterator()
                .forEachRemaining(entry -> order.add(entry.asResource().getProperty(TextVocab.pField).getString()));
        this.fieldOrder = List.copyOf(order);
        TextIndexConfig config = new TextIndexConfig(fields);
        // English stemming: "diffusion models" finds "diffusion model"; stored values give snippets
        config.setAnalyzer(new EnglishAnalyzer());
        config.setValueStored(true);
        this.index = new TextIndexLucene(directory, config);
        Set<Node> ps = new LinkedHashSet<>();
        List<Resource> perField = new ArrayList<>();
        for (String field : fieldOrder) {
            Collection<Node> forField = fields.getPredicates(field);
            ps.addAll(forField);
            if (!forField.isEmpty()) perField.add(ResourceFactory.createProperty(forField.iterator().next().getURI()));
        }
        this.predicates = Set.copyOf(ps);
        this.fieldPredicates = List.copyOf(perField);
    }

    /** The index in {@code directory}, made empty there if there is none. */
    public static SearchIndex open(Path directory) {
        try {
            return new SearchIndex(FSDirectory.open(directory));
        } catch (IOException | TextIndexException e) {
            throw new UncheckedIOException("cannot open the text index at " + directory + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** An index in memory, for a store that is gone when closed. */
    public static SearchIndex inMemory() {
        return new SearchIndex(new ByteBuffersDirectory());
    }

    private static Model entityMapModel() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = SearchIndex.class.getClassLoader().getResourceAsStream(ENTITY_MAP)) {
            if (in == null) throw new IllegalStateException("missing resource " + ENTITY_MAP);
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

    /** Jena's index, for {@code text:query} (set in the dataset's context). */
    public TextIndex textIndex() {
        return index;
    }

    /** The predicates whose statements are indexed. */
    public Set<Node> predicates() {
        return predicates;
    }

    /** The index's field names, for field queries ({@code title:diffusion}). */
    public List<String> fieldNames() {
        return fieldOrder;
    }

    /**
     * Makes the documents of {@code subjects} what the store now says of them: each subject's
     * documents dropped, then one added for each distinct indexed statement (whatever graphs hold
     * it). Call in a read transaction after the change committed.
     */
    public void refresh(DatasetGraph dsg, Collection<Node> subjects) {
        try {
            for (Node s : subjects) {
                index.getIndexWriter().deleteDocuments(new Term(fields.getEntityField(), TextQueryFuncs.subjectToString(s)));
                Set<List<Node>> seen = new LinkedHashSet<>();
                for (Node p : predicates) {
                    dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> {
                        if (seen.add(List.of(p, q.getObject()))) add(q);
                    });
                }
            }
            index.commit();
        } catch (IOException e) {
            index.rollback();
            throw new UncheckedIOException("cannot update the text index: " + e.getMessage(), e);
        }
    }

    /** Makes the index again from every indexed statement of the store. Call in a read transaction. */
    public void rebuild(DatasetGraph dsg) {
        try {
            index.getIndexWriter().deleteAll();
            for (Node p : predicates) {
                // POSG order: the same statement in several graphs comes in a row
                Quad[] last = {null};
                dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    Quad prev = last[0];
                    if (prev == null || !prev.getSubject().equals(q.getSubject()) || !prev.getObject().equals(q.getObject())) add(q);
                    last[0] = q;
                });
            }
            index.commit();
        } catch (IOException e) {
            index.rollback();
            throw new UncheckedIOException("cannot rebuild the text index: " + e.getMessage(), e);
        }
    }

    private void add(Quad q) {
        if (!q.getObject().isLiteral()) return;
        Entity entity = TextQueryFuncs.entityFromQuad(fields, null, q.getSubject(), q.getPredicate(), q.getObject());
        if (entity != null) index.addEntity(entity);
    }

    /** The number of documents in the index. */
    public long documents() {
        return index.getIndexWriter().getDocStats().numDocs;
    }

    /**
     * The subjects that best match {@code query} (Lucene's query syntax: words, all of which must
     * match unless the query uses OR or other syntax, "a phrase", prefix*, field:word with a field
     * of {@link #fieldNames}), best first, one hit each (the
     * best-scoring of its statements) with a snippet whose matched words are marked
     * {@link #MATCH_START}…{@link #MATCH_END}.
     *
     * @throws BadQuery when the query is not one the parser takes
     */
    public List<Hit> search(String query, int limit) {
        if (query == null || query.isBlank()) throw new BadQuery("an empty query: give some words to look for");
        List<TextHit> hits;
        try {
            // more documents than subjects wanted: a paper can match in its title and its abstract
            hits = index.query(fieldPredicates, allWordsRequired(query), null, null, Math.max(limit * 4, 40), HIGHLIGHT);
        } catch (TextIndexParseException e) {
            throw new BadQuery("the query " + quoted(query) + " cannot be read: " + parserSays(e.getMessage())
                    + " (words, \"a phrase\", prefix*, or field:word with a field of " + String.join(", ", fieldOrder) + ")");
        } catch (TextIndexException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new BadQuery("the query " + quoted(query) + " cannot be run: " + firstLine(String.valueOf(cause.getMessage())));
        }
        // one hit a subject: its statements' scores added (a paper matching in title and abstract
        // ranks above one matching in either), the snippet from the first field of the entity map
        // that matched (a title before an abstract), else the best-scoring one
        Map<Node, Hit> bySubject = new LinkedHashMap<>();
        for (TextHit h : hits) {
            String field = h.getProp() == null ? null : fields.getField(h.getProp());
            String snippet = h.getLiteral() == null ? "" : h.getLiteral().getLiteralLexicalForm();
            bySubject.merge(h.getNode(), new Hit(h.getNode(), h.getScore(), field, snippet), (a, b) -> {
                boolean bFirst = fieldOrder.indexOf(b.field()) < fieldOrder.indexOf(a.field());
                Hit shown = bFirst ? b : a;
                return new Hit(a.subject(), a.score() + b.score(), shown.field(), shown.snippet());
            });
        }
        return bySubject.values().stream().sorted((a, b) -> Float.compare(b.score(), a.score())).limit(limit).toList();
    }

    /**
     * Plain words must all match, as a search box is expected to work ("imagenet diffusion" finds
     * what has both, not what has either); a query with any of Lucene's syntax (quotes, a field,
     * brackets, AND, OR, NOT, + or -) is taken as written.
     */
    static String allWordsRequired(String query) {
        String[] words = query.strip().split("\\s+");
        for (String w : words) {
            if (w.matches(".*[\"():\\[\\]{}^~\\\\].*") || w.startsWith("+") || w.startsWith("-")
                    || w.equals("AND") || w.equals("OR") || w.equals("NOT") || w.equals("&&") || w.equals("||")) {
                return query;
            }
        }
        StringBuilder out = new StringBuilder();
        for (String w : words) out.append(out.length() == 0 ? "+" : " +").append(w);
        return out.toString();
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    /** What Lucene's parser said, without jena-text's heading and the parser's list of expected tokens. */
    private static String parserSays(String message) {
        String said = message.replaceFirst("^Text search parse error:\\s*", "");
        said = firstLine(said).replaceFirst("^Cannot parse '.*?': ", "");
        return said.isBlank() ? "not Lucene query syntax" : said;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    @Override
    public void close() {
        index.close();
    }

    /**
     * One subject that matched: its best score, the field that matched, and that field's text
     * cut to the matched parts, the matched words between {@link #MATCH_START} and {@link #MATCH_END}.
     */
    public record Hit(Node subject, float score, String field, String snippet) {
    }

    /** A query the parser rejects or the index cannot run. */
    public static final class BadQuery extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public BadQuery(String message) {
            super(message);
        }
    }
}
