package org.paperkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PageOrigin;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperIds;
import org.paperkg.record.Publication;
import org.paperkg.record.SessionInfo;
import org.paperkg.record.Slot;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one page's records into quads of that page's named graph. This is the one place that
 * decides which ontology terms describe a record; the output goes to any {@link StreamRDF}: the
 * store, a file writer, a counter.
 *
 * <pre>{@code
 * MappedPage m = new PageMapper(new IriScheme(base)).map(origin, records, info, now, twins, sink);
 * }</pre>
 */
public final class PageMapper {
    private final IriScheme iris;

    public PageMapper(IriScheme iris) {
        this.iris = iris;
    }

    public MappedPage map(PageOrigin origin, PageRecords records, PageInfo info, Instant ingestedAt,
                          TwinLookup twins, StreamRDF out) {
        PageWriter page = begin(origin, info, records.session(), out);
        List<PaperEntry> entries = EntryMerger.merge(records.papers());
        for (int i = 0; i < entries.size(); i++) page.entry(entries.get(i), i + 1, twins);
        return page.finish(records.format(), records.listingDate(), records.papers().size(), ingestedAt);
    }

    /**
     * Starts a page whose entries come one at a time, in any order (a page read by streaming,
     * see {@link StreamedEntries}): the conference and the page's own session are written now,
     * each entry by {@link PageWriter#entry}, the page's own description by {@link PageWriter#finish}.
     */
    public PageWriter begin(PageOrigin origin, PageInfo info, SessionInfo pageSession, StreamRDF out) {
        return new PageWriter(origin, info, pageSession, out);
    }

    /** One page being written. */
    public final class PageWriter {
        private final Node page;
        private final Emitter emit;
        private final PageOrigin origin;
        private final PageInfo info;
        private final String conference;
        private final Node conferenceNode;
        private final Node session;
        private final List<Node> papers = new ArrayList<>();

        private PageWriter(PageOrigin origin, PageInfo info, SessionInfo pageSession, StreamRDF out) {
            this.origin = origin;
            this.info = info;
            this.page = iris.page(origin.fileName());
            this.emit = new Emitter(page, out);
            this.conference = info.conference().orElse(null);
            this.conferenceNode = conference == null ? null : conference(emit, info, conference);
            this.session = pageSession == null ? null : session(emit, pageSession, conference, conferenceNode);
        }

        /** Writes one entry at its 1-based position on the page; returns the paper's IRI. */
        Node entry(PaperEntry entry, int position, TwinLookup twins) {
            Node paper = paperIri(entry, twins);
            while (papers.size() < position) papers.add(null);
            papers.set(position - 1, paper);
            Node ownSession = entry.session() == null ? session : session(emit, entry.session(), conference, conferenceNode);
            paper(emit, paper, entry, ownSession, conference, conferenceNode);
            listing(emit, IriScheme.listing(page, position), paper, page, position, entry);
            return paper;
        }

        /** Writes the page's own description, once every entry is written. */
        public MappedPage finish(String format, java.time.MonthDay listingDate, int records, Instant ingestedAt) {
            if (papers.contains(null)) throw new StreamedEntries.PageChanged("the second reading found fewer papers than the first");
            source(emit, page, origin, format, records, listingDate, info, ingestedAt, conferenceNode, papers.size());
            return new MappedPage(page, papers, records, emit.count);
        }
    }

    private Node paperIri(PaperEntry entry, TwinLookup twins) {
        if (entry.title() != null) return iris.paper(entry.title());
        String fingerprint = EntryMerger.fingerprint(entry.abstractText());
        return twins.titledPaper(fingerprint).orElse(iris.untitledPaper(fingerprint));
    }

    private void paper(Emitter emit, Node paper, PaperEntry entry, Node session, String conference,
                       Node conferenceNode) {
        emit.add(paper, Vocab.type, Vocab.Paper);
        if (entry.abstractText() != null) {
            emit.add(paper, Vocab.abstractFingerprint, Literals.string(EntryMerger.fingerprint(entry.abstractText())));
        }
        for (String awardName : entry.awards()) {
            Node award = iris.award(conference, awardName);
            emit.add(award, Vocab.type, Vocab.Award);
            emit.add(award, Vocab.awardName, Literals.string(awardName));
            emit.add(award, Vocab.label, Literals.string(conference == null ? awardName : conference + " " + awardName));
            if (conferenceNode != null) emit.add(award, Vocab.conferredAt, conferenceNode);
            emit.add(paper, Vocab.receivedAward, award);
        }
        identifiers(emit, paper, entry.ids());
        for (String keyword : entry.keywords()) emit.add(paper, Vocab.keywords, Literals.string(keyword));
        publication(emit, paper, entry.publication());
        if (session != null) {
            emit.add(paper, Vocab.presentedIn, session);
            if (entry.slot() != null) presentation(emit, session, paper, entry.slot());
        }
    }

    /**
     * The identifier a source gives an author, by its form: an OpenReview profile id, an ORCID,
     * or an e-mail address (kept only as the checksum FOAF defines, so the address is not published).
     */
    private static void authorId(Emitter emit, Node listed, String id) {
        AuthorIds.Kind kind = AuthorIds.kind(id);
        switch (kind) {
            case OPENREVIEW_PROFILE -> emit.add(listed, Vocab.openReviewProfile, Literals.string(id.strip()));
            case ORCID -> emit.add(listed, Vocab.orcid, Literals.string(AuthorIds.orcid(id)));
            case EMAIL -> emit.add(listed, Vocab.mboxSha1sum, Literals.string(AuthorIds.mboxSha1sum(id)));
            case NONE -> { }
        }
    }

    /** Each identifier as a value and as a link to its home page (characters an IRI may not hold percent-encoded). */
    private static void identifiers(Emitter emit, Node paper, PaperIds ids) {
        if (ids.arxiv() != null) {
            emit.add(paper, Vocab.arxivId, Literals.string(ids.arxiv()));
            emit.add(paper, Vocab.sameAs, Literals.link("https://arxiv.org/abs/", ids.arxiv()));
        }
        if (ids.doi() != null) {
            emit.add(paper, Vocab.doi, Literals.string(ids.doi()));
            emit.add(paper, Vocab.sameAs, Literals.link("https://doi.org/", ids.doi()));
        }
        if (ids.openReview() != null) {
            emit.add(paper, Vocab.openReviewId, Literals.string(ids.openReview()));
            emit.add(paper, Vocab.sameAs, Literals.link("https://openreview.net/forum?id=", ids.openReview()));
        }
        if (ids.dblp() != null) {
            emit.add(paper, Vocab.dblpKey, Literals.string(ids.dblp()));
            emit.add(paper, Vocab.sameAs, Literals.link("https://dblp.org/rec/", ids.dblp()));
        }
    }

    private static void publication(Emitter emit, Node paper, Publication publication) {
        if (publication.venue() != null) {
            emit.add(paper, Vocab.venue, Literals.string(publication.venue()));
            String track = VenueTracks.of(publication.venue());
            if (track != null) emit.add(paper, Vocab.acceptedAs, Literals.string(track));
        }
        if (publication.year() != null) {
            emit.add(paper, Vocab.issued, Literals.gYear(publication.year()));
        }
        if (publication.url() != null && Literals.isHttpIri(publication.url())) {
            emit.add(paper, Vocab.url, NodeFactory.createURI(publication.url()));
        }
    }

    private static void presentation(Emitter emit, Node session, Node paper, Slot slot) {
        Node talk = IriScheme.presentation(session, slot.start());
        emit.add(talk, Vocab.type, Vocab.Presentation);
        emit.add(talk, Vocab.presents, paper);
        emit.add(talk, Vocab.inSession, session);
        emit.add(talk, Vocab.startDate, Literals.dateTime(slot.start()));
        emit.add(talk, Vocab.endDate, Literals.dateTime(slot.end()));
        emit.add(talk, Vocab.dateInferred, Literals.bool(slot.yearInferred()));
        emit.add(talk, Vocab.slotAsGiven, Literals.string(slot.asGiven()));
    }

    private Node conference(Emitter emit, PageInfo info, String label) {
        Node conference = iris.conference(label);
        emit.add(conference, Vocab.type, Vocab.Conference);
        emit.add(conference, Vocab.label, Literals.string(label));
        emit.add(conference, Vocab.series, Literals.string(info.conferenceSeries()));
        emit.add(conference, Vocab.year, Literals.gYear(info.year()));
        return conference;
    }

    private Node session(Emitter emit, SessionInfo info, String conference, Node conferenceNode) {
        Node session = iris.session(conference, info.name());
        emit.add(session, Vocab.type, Vocab.Session);
        switch (info.kind()) {
            case ORAL -> emit.add(session, Vocab.type, Vocab.OralSession);
            case POSTER -> emit.add(session, Vocab.type, Vocab.PosterSession);
            case SPOTLIGHT -> emit.add(session, Vocab.type, Vocab.SpotlightSession);
            case OTHER -> { }
        }
        emit.add(session, Vocab.label, Literals.string(info.name()));
        if (info.number() != null) emit.add(session, Vocab.sessionNumber, Literals.integer(info.number()));
        if (info.track() != null) emit.add(session, Vocab.track, Literals.string(info.track()));
        if (conferenceNode != null) emit.add(session, Vocab.partOf, conferenceNode);
        return session;
    }

    private static void listing(Emitter emit, Node listing, Node paper, Node page, int position, PaperEntry entry) {
        emit.add(listing, Vocab.type, Vocab.Listing);
        emit.add(listing, Vocab.listingOf, paper);
        emit.add(listing, Vocab.onPage, page);
        emit.add(listing, Vocab.position, Literals.integer(position));
        emit.add(listing, Vocab.line, Literals.integer(entry.line()));
        emit.add(listing, Vocab.copies, Literals.integer(entry.copies()));
        if (entry.title() != null) emit.add(listing, Vocab.titleAsGiven, Literals.string(entry.title()));
        if (entry.abstractText() != null) {
            emit.add(listing, Vocab.abstractAsGiven, Literals.string(entry.abstractText().asGiven()));
            emit.add(listing, Vocab.cleanAbstract, Literals.string(entry.abstractText().clean()));
            emit.add(listing, Vocab.truncated, Literals.bool(entry.abstractText().truncated()));
        }
        emit.add(listing, Vocab.markedVirtual, Literals.bool(entry.markedVirtual()));
        // the authors exactly as this page lists them; the derived graph reconciles the pages' lists
        for (int pos = 1; pos <= entry.authors().size(); pos++) {
            Node listed = IriScheme.listedAuthor(listing, pos);
            emit.add(listing, Vocab.listedAuthor, listed);
            emit.add(listed, Vocab.type, Vocab.ListedAuthor);
            emit.add(listed, Vocab.position, Literals.integer(pos));
            emit.add(listed, Vocab.nameAsGiven, Literals.string(entry.authors().get(pos - 1)));
            if (!entry.authorIds().isEmpty()) authorId(emit, listed, entry.authorIds().get(pos - 1));
        }
    }

    private static void source(Emitter emit, Node page, PageOrigin origin, String format, int records,
                               java.time.MonthDay listingDate, PageInfo info, Instant ingestedAt, Node conference, int papers) {
        emit.add(page, Vocab.type, Vocab.SourcePage);
        emit.add(page, Vocab.fileName, Literals.string(origin.fileName()));
        emit.add(page, Vocab.sha256, Literals.string(origin.sha256()));
        emit.add(page, Vocab.format, Literals.string(format));
        emit.add(page, Vocab.recordCount, Literals.integer(records));
        emit.add(page, Vocab.paperCount, Literals.integer(papers));
        emit.add(page, Vocab.generatedAtTime, NodeFactory.createLiteralDT(
                DateTimeFormatter.ISO_INSTANT.format(ingestedAt), XSDDatatype.XSDdateTime));
        if (info.url() != null && Literals.isHttpIri(info.url())) emit.add(page, Vocab.source, NodeFactory.createURI(info.url()));
        if (conference != null) emit.add(page, Vocab.aboutConference, conference);
        if (listingDate != null) {
            emit.add(page, Vocab.listingDate, NodeFactory.createLiteralDT(listingDate.toString(), XSDDatatype.XSDgMonthDay));
        }
    }

    /** Writes quads into one graph and counts them. */
    private static final class Emitter {
        private final Node graph;
        private final StreamRDF out;
        private long count;

        Emitter(Node graph, StreamRDF out) {
            this.graph = graph;
            this.out = out;
        }

        void add(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
            count++;
        }
    }
}
