package org.paperkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.text.PersonNames;
import org.paperkg.text.Slugs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who each authorship's person is, decided from evidence over the whole store, as dblp and
 * S2AND decide it over signatures (an author at a position of a paper). Two authorships are one
 * person when
 *
 * <ol>
 *   <li><b>same paper, same position</b>: the sources' entries aligned to one position (see
 *       {@link AuthorLists}) are one person, whatever their spellings;</li>
 *   <li><b>same identifier</b>: they carry one OpenReview profile, ORCID or e-mail checksum and
 *       their names can be one person's ({@link PersonNames#compatible}; an identifier beside a
 *       name that does not fit is a source's slip, not evidence);</li>
 *   <li><b>a shared co-author</b> or <b>the same venue and a topic in common</b> (concept,
 *       dataset or keyword), with names that can be one person's and no two different
 *       OpenReview profiles or ORCIDs.</li>
 * </ol>
 *
 * A name alone never joins: papers under one name with none of this evidence between them
 * stay separate persons, each marked {@code pkg:identityUncertain} with the reason. The result
 * depends only on what is stored, never on the order pages came in; after each change it is
 * recomputed for the authorships the change touches and everything joined to them by a name
 * key, an identifier or a person.
 *
 * <p>A person's IRI is {@code person/} and the slug of its most common spelling; of several
 * persons under one slug, the one with the most papers keeps the plain IRI and each other adds
 * a short hash of its first paper's IRI.
 */
final class PersonIdentity {
    private final IriScheme iris;

    PersonIdentity(IriScheme iris) {
        this.iris = iris;
    }

    /** What a change starts from: the name keys, identifiers and persons of authorships before and after it. */
    static final class Seeds {
        private final Set<String> keys = new LinkedHashSet<>();
        private final Set<String> ids = new LinkedHashSet<>();
        private final Set<Node> persons = new LinkedHashSet<>();
        private final Set<Node> authorships = new LinkedHashSet<>();

        /** Adds what the derived graph says now about {@code paper}'s authorships. */
        void addPaper(DatasetGraph dsg, Node derived, Node paper) {
            dsg.find(derived, paper, Vocab.authorship, Node.ANY).forEachRemaining(q -> addAuthorship(dsg, derived, q.getObject()));
        }

        void addAuthorship(DatasetGraph dsg, Node derived, Node a) {
            authorships.add(a);
            Links.of(dsg, derived, a).addTo(keys, ids, persons);
        }
    }

    /**
     * What joins an authorship to others: its name keys, its identifiers ("property value") and its
     * person (one, or none yet). Read once per authorship: the closure follows them, and the
     * signature is made of them.
     */
    private record Links(Set<String> keys, Set<String> ids, List<Node> persons) {
        static Links of(DatasetGraph dsg, Node derived, Node a) {
            Set<String> keys = new TreeSet<>();
            dsg.find(derived, a, Vocab.nameKey, Node.ANY).forEachRemaining(q -> keys.add(q.getObject().getLiteralLexicalForm()));
            Set<String> ids = new TreeSet<>(AuthorLists.ids(dsg, derived, a));
            List<Node> persons = new ArrayList<>(1);
            dsg.find(derived, a, Vocab.author, Node.ANY).forEachRemaining(q -> persons.add(q.getObject()));
            return new Links(keys, ids, persons);
        }

        Node person() {
            return persons.isEmpty() ? null : persons.get(persons.size() - 1);
        }

        /** Adds what this authorship joins to, for the closure (or the seeds) to follow. */
        void addTo(Collection<String> keys, Collection<String> ids, Collection<Node> persons) {
            keys.addAll(this.keys);
            ids.addAll(this.ids);
            persons.addAll(this.persons);
        }
    }

    /**
     * One authorship as identity sees it.
     *
     * @param order paper IRI and position: the order signatures are decided in, whatever order they were found in
     */
    private record Signature(Node authorship, Node paper, int position, String name, Set<String> names,
                             Set<String> keys, Set<String> ids, Set<String> strongIds, Node oldPerson, String order) {
        Signature(Node authorship, Node paper, int position, String name, Set<String> names, Set<String> keys, Set<String> ids,
                  Node oldPerson) {
            this(authorship, paper, position, name, names, keys, ids, strong(ids), oldPerson,
                    paper.getURI() + "#" + String.format("%05d", position));
        }

        /** OpenReview profiles and ORCIDs: one person each, unlike e-mail addresses. */
        private static Set<String> strong(Set<String> ids) {
            Set<String> out = new TreeSet<>();
            for (String id : ids) if (!id.startsWith(Vocab.mboxSha1sum.getURI())) out.add(id);
            return out;
        }
    }

    /**
     * Decides every authorship's person from nothing (a bulk build consolidates its papers without
     * persons, then runs this): one closure per name key not yet reached, so each group of
     * authorships that can share a person is decided once and only one group is held at a time;
     * in steps, each meant for its own write transaction, since TDB2 keeps the terms a transaction
     * writes in memory until it commits.
     */
    final class All implements GraphMaintenance.Steps {
        private final Node derived;
        private Iterator<String> keys;
        private final Set<String> reached = new HashSet<>();
        // a paper is in the group of each of its authors' names: its context is read once, and
        // its creators written once at the end, not once per group
        private final Map<Node, PaperContext> contexts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Node, PaperContext> eldest) {
                return size() > CONTEXTS_KEPT;
            }
        };
        private final Set<Node> changedPapers = new LinkedHashSet<>();
        private Iterator<Node> creatorsLeft;

        All(Node derived) {
            this.derived = derived;
        }

        @Override
        public boolean step(DatasetGraph dsg) {
            if (keys == null) {
                Set<String> all = new TreeSet<>();
                dsg.find(derived, Node.ANY, Vocab.nameKey, Node.ANY).forEachRemaining(q -> all.add(q.getObject().getLiteralLexicalForm()));
                keys = all.iterator();
            }
            int groups = 0;
            while (keys.hasNext() && groups < GROUPS_PER_STEP) {
                String key = keys.next();
                if (reached.contains(key)) continue;
                Seeds seeds = new Seeds();
                seeds.keys.add(key);
                reached.addAll(assign(dsg, derived, seeds, contexts, changedPapers));
                groups++;
            }
            if (keys.hasNext()) return true;
            if (creatorsLeft == null) {
                // an authorship without a name key is reached by none of the groups
                List<Node> unassigned = new ArrayList<>();
                dsg.find(derived, Node.ANY, Vocab.type, Vocab.Authorship).forEachRemaining(q -> {
                    if (!dsg.find(derived, q.getSubject(), Vocab.author, Node.ANY).hasNext()) unassigned.add(q.getSubject());
                });
                for (Node a : unassigned) {
                    Seeds seeds = new Seeds();
                    seeds.addAuthorship(dsg, derived, a);
                    assign(dsg, derived, seeds, contexts, changedPapers);
                }
                creatorsLeft = changedPapers.iterator();
            }
            for (int n = 0; creatorsLeft.hasNext() && n < PAPERS_PER_STEP; n++) writeCreators(dsg, derived, creatorsLeft.next());
            return creatorsLeft.hasNext();
        }
    }

    /** Name groups, and papers' creators, decided in one step of {@link All}. */
    private static final int GROUPS_PER_STEP = 2_000;
    private static final int PAPERS_PER_STEP = 5_000;

    /** Papers whose context {@link All} keeps between groups (a few hundred bytes each). */
    private static final int CONTEXTS_KEPT = 20_000;

    /**
     * Recomputes the persons of everything the seeds reach, in the derived graph.
     *
     * @return the name keys the seeds reached
     */
    Set<String> assign(DatasetGraph dsg, Node derived, Seeds seeds) {
        Set<Node> changedPapers = new LinkedHashSet<>();
        Set<String> reached = assign(dsg, derived, seeds, new HashMap<>(), changedPapers);
        for (Node paper : changedPapers) writeCreators(dsg, derived, paper);
        return reached;
    }

    /**
     * @param contexts      papers' contexts already read (what a paper offers does not change while persons are decided)
     * @param changedPapers collects the papers whose authorships changed person, for {@link #writeCreators}
     */
    private Set<String> assign(DatasetGraph dsg, Node derived, Seeds seeds, Map<Node, PaperContext> contexts, Set<Node> changedPapers) {
        Set<String> reached = new HashSet<>();
        List<Signature> sigs = closure(dsg, derived, seeds, reached);
        if (sigs.isEmpty() && seeds.persons.isEmpty()) return reached;
        EvidenceClusters clusters = new EvidenceClusters(sigs.size());

        // 2. the same identifier, names that align (1., one position in several sources, is AuthorLists' alignment)
        Map<String, List<Integer>> byId = new TreeMap<>();
        for (int i = 0; i < sigs.size(); i++) for (String id : sigs.get(i).ids()) byId.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
        byId.values().forEach(group -> pairs(group, (i, j) -> {
            if (namesAlign(sigs.get(i), sigs.get(j)) && !sigs.get(i).paper().equals(sigs.get(j).paper())) {
                clusters.join(i, j, "the same author identifier");
            }
        }));
        // 3. a shared co-author, or the same venue and a topic in common
        Map<String, List<Integer>> byKey = new TreeMap<>();
        for (int i = 0; i < sigs.size(); i++) for (String k : sigs.get(i).keys()) byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        // each authorship's paper context and co-author keys, and each two name sets' fit, made
        // once: a name shared by a prolific author's papers asks for them of every pair
        PaperContext[] context = new PaperContext[sigs.size()];
        List<Set<String>> coAuthorKeys = new ArrayList<>(java.util.Collections.nCopies(sigs.size(), null));
        NameFits fits = new NameFits(sigs);
        byKey.values().forEach(group -> pairs(group, (i, j) -> {
            Signature a = sigs.get(i);
            Signature b = sigs.get(j);
            if (a.paper().equals(b.paper()) || !fits.fit(i, j) || conflicting(a, b)) return;
            PaperContext ca = context(context, i, a, dsg, derived, contexts);
            PaperContext cb = context(context, j, b, dsg, derived, contexts);
            Set<String> aCoAuthors = coAuthorKeys.get(i);
            if (aCoAuthors == null) coAuthorKeys.set(i, aCoAuthors = ca.keysBesides(a.position()));
            if (cb.hasKeyBesides(b.position(), aCoAuthors)) clusters.join(i, j, "a co-author in common");
            else if (ca.sharesVenueAndTopic(cb)) {
                clusters.join(i, j, "the same venue and a topic in common");
            }
        }));
        write(dsg, derived, sigs, clusters, byKey, fits, seeds.persons, changedPapers);
        return reached;
    }

    private static PaperContext context(PaperContext[] made, int i, Signature s, DatasetGraph dsg, Node derived,
                                        Map<Node, PaperContext> contexts) {
        if (made[i] == null) made[i] = contexts.computeIfAbsent(s.paper(), p -> PaperContext.of(dsg, derived, p));
        return made[i];
    }

    /**
     * Whether two signatures' names can be one person's ({@link PersonNames#compatible}), asked
     * once per two distinct sets of spellings: a group under one name holds few.
     */
    private static final class NameFits {
        private final List<Signature> sigs;
        private final int[] setOf;
        private final Map<Long, Boolean> known = new HashMap<>();

        NameFits(List<Signature> sigs) {
            this.sigs = sigs;
            setOf = new int[sigs.size()];
            Map<Set<String>, Integer> ids = new HashMap<>();
            for (int i = 0; i < sigs.size(); i++) setOf[i] = ids.computeIfAbsent(sigs.get(i).names(), k -> ids.size());
        }

        boolean fit(int i, int j) {
            int x = Math.min(setOf[i], setOf[j]);
            int y = Math.max(setOf[i], setOf[j]);
            return known.computeIfAbsent(((long) x << 32) | y, k -> namesFit(sigs.get(i), sigs.get(j)));
        }
    }

    /** The authorships the seeds reach through name keys, identifiers and current persons, in a fixed order. */
    private List<Signature> closure(DatasetGraph dsg, Node derived, Seeds seeds, Set<String> keysDone) {
        Map<Node, Links> found = new LinkedHashMap<>();
        Deque<Node> todo = new ArrayDeque<>(seeds.authorships);
        Set<String> idsDone = new HashSet<>();
        Set<Node> personsDone = new HashSet<>();
        Deque<String> keys = new ArrayDeque<>(seeds.keys);
        Deque<String> ids = new ArrayDeque<>(seeds.ids);
        Deque<Node> persons = new ArrayDeque<>(seeds.persons);
        while (!todo.isEmpty() || !keys.isEmpty() || !ids.isEmpty() || !persons.isEmpty()) {
            while (!keys.isEmpty()) {
                String k = keys.pop();
                if (keysDone.add(k)) dsg.find(derived, Node.ANY, Vocab.nameKey, Literals.string(k)).forEachRemaining(q -> todo.add(q.getSubject()));
            }
            while (!ids.isEmpty()) {
                String id = ids.pop();
                if (idsDone.add(id)) {
                    Node[] pv = AuthorLists.idNodes(id);
                    dsg.find(derived, Node.ANY, pv[0], pv[1]).forEachRemaining(q -> todo.add(q.getSubject()));
                }
            }
            while (!persons.isEmpty()) {
                Node p = persons.pop();
                if (personsDone.add(p)) dsg.find(derived, Node.ANY, Vocab.author, p).forEachRemaining(q -> todo.add(q.getSubject()));
            }
            while (!todo.isEmpty()) {
                Node a = todo.pop();
                if (found.containsKey(a)) continue;
                Links l = Links.of(dsg, derived, a);
                found.put(a, l);
                l.addTo(keys, ids, persons);
            }
        }
        List<Signature> out = new ArrayList<>();
        for (Map.Entry<Node, Links> a : found.entrySet()) {
            Signature s = signature(dsg, derived, a.getKey(), a.getValue());
            if (s != null) out.add(s);
        }
        out.sort(Comparator.comparing(Signature::order));
        return out;
    }

    private static Signature signature(DatasetGraph dsg, Node derived, Node a, Links links) {
        var paperIt = dsg.find(derived, Node.ANY, Vocab.authorship, a);
        if (!paperIt.hasNext()) return null; // a seed whose paper was cleared
        Node paper = paperIt.next().getSubject();
        String name = Literals.lexical(dsg, derived, a, Vocab.nameAsGiven);
        String pos = Literals.lexical(dsg, derived, a, Vocab.position);
        if (name == null || pos == null) return null;
        Set<String> names = new TreeSet<>(List.of(name));
        dsg.find(derived, a, Vocab.asListed, Node.ANY).forEachRemaining(q ->
                dsg.find(Node.ANY, q.getObject(), Vocab.nameAsGiven, Node.ANY).forEachRemaining(n -> names.add(n.getObject().getLiteralLexicalForm())));
        return new Signature(a, paper, Integer.parseInt(pos), name, names, links.keys(), links.ids(), links.person());
    }

    private static boolean namesAlign(Signature a, Signature b) {
        for (String x : a.names()) for (String y : b.names()) if (PersonNames.alignable(x, y)) return true;
        return false;
    }

    private static boolean namesFit(Signature a, Signature b) {
        for (String x : a.names()) for (String y : b.names()) if (PersonNames.compatible(x, y)) return true;
        return false;
    }

    /** Two different OpenReview profiles or ORCIDs: two people, whatever else they share. */
    private static boolean conflicting(Signature a, Signature b) {
        Set<String> sa = a.strongIds();
        Set<String> sb = b.strongIds();
        if (sa.isEmpty() || sb.isEmpty()) return false;
        for (String x : sa) if (sb.contains(x)) return false;
        return true;
    }

    /**
     * Writes the persons, changing only what differs from what is stored: most of a closure's
     * persons are the same before and after a page comes, and rewriting them all would cost more
     * than deciding them.
     */
    private void write(DatasetGraph dsg, Node derived, List<Signature> sigs, EvidenceClusters clusters,
                       Map<String, List<Integer>> byKey, NameFits fits, Set<Node> seedPersons, Set<Node> changedPapers) {
        Map<Integer, List<Integer>> components = new TreeMap<>();
        for (int i = 0; i < sigs.size(); i++) components.computeIfAbsent(clusters.root(i), k -> new ArrayList<>()).add(i);
        // the IRI name of each component, then who keeps the plain IRI
        Map<String, List<List<Integer>>> bySlug = new TreeMap<>();
        for (List<Integer> c : components.values()) bySlug.computeIfAbsent(iriName(sigs, c), k -> new ArrayList<>()).add(c);
        Map<Node, Set<Triple>> wanted = new LinkedHashMap<>();
        Node[] personOf = new Node[sigs.size()];
        for (var e : bySlug.entrySet()) {
            List<List<Integer>> persons = new ArrayList<>(e.getValue());
            persons.sort(Comparator.comparing((List<Integer> c) -> -papers(sigs, c).size())
                    .thenComparing(c -> sigs.get(c.get(0)).order()));
            Set<String> used = new HashSet<>();
            for (int n = 0; n < persons.size(); n++) {
                List<Integer> c = persons.get(n);
                String name = e.getKey();
                if (n > 0) {
                    name = name + " " + Slugs.hash(sigs.get(c.get(0)).paper().getURI(), 6);
                    if (!used.add(name)) name = name + " " + sigs.get(c.get(0)).position();
                }
                Node person = iris.person(name);
                for (int i : c) personOf[i] = person;
                wanted.put(person, personTriples(person, sigs, c, clusters, splitReason(sigs, components, c, byKey, clusters, fits)));
            }
        }
        for (int i = 0; i < sigs.size(); i++) {
            Signature s = sigs.get(i);
            if (personOf[i].equals(s.oldPerson())) continue;
            dsg.deleteAny(derived, s.authorship(), Vocab.author, Node.ANY);
            dsg.add(derived, s.authorship(), Vocab.author, personOf[i]);
            changedPapers.add(s.paper());
        }
        Set<Node> touched = new LinkedHashSet<>(seedPersons);
        for (Signature s : sigs) if (s.oldPerson() != null) touched.add(s.oldPerson());
        touched.addAll(wanted.keySet());
        for (Node person : touched) {
            Set<Triple> want = wanted.getOrDefault(person, Set.of());
            Set<Triple> have = new HashSet<>();
            dsg.find(derived, person, Node.ANY, Node.ANY).forEachRemaining(q -> have.add(q.asTriple()));
            for (Triple t : have) if (!want.contains(t)) dsg.delete(derived, t.getSubject(), t.getPredicate(), t.getObject());
            for (Triple t : want) if (!have.contains(t)) dsg.add(derived, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }

    /** A paper's {@code dcterms:creator}s: its authorships' persons, changing only those that differ. */
    private static void writeCreators(DatasetGraph dsg, Node derived, Node paper) {
        Set<Node> want = new LinkedHashSet<>();
        dsg.find(derived, paper, Vocab.authorship, Node.ANY).forEachRemaining(a ->
                dsg.find(derived, a.getObject(), Vocab.author, Node.ANY).forEachRemaining(p -> want.add(p.getObject())));
        Set<Node> have = new HashSet<>();
        dsg.find(derived, paper, Vocab.creator, Node.ANY).forEachRemaining(q -> have.add(q.getObject()));
        for (Node h : have) if (!want.contains(h)) dsg.delete(derived, paper, Vocab.creator, h);
        for (Node w : want) if (!have.contains(w)) dsg.add(derived, paper, Vocab.creator, w);
    }

    /**
     * The name a person's IRI is made from: of the spellings its authorships give (as slugs), one
     * with a full first name before one with an initial, then the most common, then the shortest,
     * then the first — so a person under one spelling keeps {@code person/<that name>}.
     */
    private static String iriName(List<Signature> sigs, List<Integer> c) {
        Map<String, Integer> counts = new TreeMap<>();
        for (int i : c) counts.merge(Slugs.of(PersonNames.withoutHomonymNumber(sigs.get(i).name())), 1, Integer::sum);
        Comparator<Map.Entry<String, Integer>> order = Comparator
                .comparing((Map.Entry<String, Integer> e) -> e.getKey().indexOf('-') == 1)
                .thenComparing(e -> -e.getValue())
                .thenComparing(e -> e.getKey().length())
                .thenComparing(Map.Entry::getKey);
        return counts.entrySet().stream().min(order).orElseThrow().getKey();
    }

    private static Set<Node> papers(List<Signature> sigs, List<Integer> c) {
        Set<Node> out = new LinkedHashSet<>();
        for (int i : c) out.add(sigs.get(i).paper());
        return out;
    }

    /** What the person node itself says: type, best-formed name, variants, evidence, doubt. */
    private static Set<Triple> personTriples(Node person, List<Signature> sigs, List<Integer> c, EvidenceClusters clusters, String uncertain) {
        Set<Triple> out = new LinkedHashSet<>();
        Set<String> names = new TreeSet<>();
        for (int i : c) names.addAll(sigs.get(i).names());
        String best = names.stream().min(PersonNames.BEST_FORMED).orElseThrow();
        out.add(Triple.create(person, Vocab.type, Vocab.Person));
        out.add(Triple.create(person, Vocab.name, Literals.string(best)));
        for (String n : names) if (!n.equals(best)) out.add(Triple.create(person, Vocab.nameVariant, Literals.string(n)));
        Map<String, Set<Node>> evidence = new TreeMap<>();
        for (int i : c) {
            Set<String> whys = new TreeSet<>(clusters.reasons(i));
            if (sigs.get(i).names().size() > 1) whys.add("one position of one paper in several sources");
            for (String why : whys) evidence.computeIfAbsent(why, k -> new HashSet<>()).add(sigs.get(i).paper());
        }
        evidence.forEach((why, papers) -> out.add(Triple.create(person, Vocab.identityEvidence,
                Literals.string(why + " (" + papers.size() + (papers.size() == 1 ? " paper)" : " papers)")))));
        if (uncertain != null) {
            out.add(Triple.create(person, Vocab.identityUncertain, Literals.bool(true)));
            out.add(Triple.create(person, Vocab.uncertainBecause, Literals.string(uncertain)));
        }
        return out;
    }

    /**
     * Why a person was kept apart from others whose names fit: null when no other component
     * under one of its name keys has a fitting name (a split by name, not for want of evidence).
     */
    private static String splitReason(List<Signature> sigs, Map<Integer, List<Integer>> components, List<Integer> c,
                                      Map<String, List<Integer>> byKey, EvidenceClusters clusters, NameFits fits) {
        int root = clusters.root(c.get(0));
        Set<Integer> others = new TreeSet<>();
        for (int i : c) {
            for (String k : sigs.get(i).keys()) {
                for (int j : byKey.getOrDefault(k, List.of())) {
                    int r = clusters.root(j);
                    if (r != root && !others.contains(r) && fits.fit(i, j) && !conflicting(sigs.get(i), sigs.get(j))) others.add(r);
                }
            }
        }
        if (others.isEmpty()) return null;
        int otherPapers = 0;
        for (int r : others) otherPapers += papers(sigs, components.get(r)).size();
        return "the name " + sigs.get(c.get(0)).name() + " is also on " + otherPapers + (otherPapers == 1 ? " paper" : " papers")
                + " with no co-author, identifier, or venue and topic in common with these " + papers(sigs, c).size()
                + "; kept as " + (others.size() + 1) + " persons";
    }

    private static void pairs(List<Integer> group, java.util.function.BiConsumer<Integer, Integer> each) {
        for (int x = 0; x < group.size(); x++) for (int y = x + 1; y < group.size(); y++) each.accept(group.get(x), group.get(y));
    }
}
