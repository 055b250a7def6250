package org.paperkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The terms paperkg writes: its own ({@code pkg:}, documented in {@code ontology/paperkg.ttl})
 * and those it reuses where they fit exactly. Only the {@code rdf} package uses these.
 */
public final class Vocab {
    public static final String NS = "https://w3id.org/paperkg/ontology#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    // classes
    public static final Node Paper = pkg("Paper");
    public static final Node Person = pkg("Person");
    public static final Node Authorship = pkg("Authorship");
    public static final Node ListedAuthor = pkg("ListedAuthor");
    public static final Node Session = pkg("Session");
    public static final Node OralSession = pkg("OralSession");
    public static final Node PosterSession = pkg("PosterSession");
    public static final Node SpotlightSession = pkg("SpotlightSession");
    public static final Node Presentation = pkg("Presentation");
    public static final Node Conference = pkg("Conference");
    public static final Node Award = pkg("Award");
    public static final Node SourcePage = pkg("SourcePage");
    public static final Node Listing = pkg("Listing");
    public static final Node Mention = pkg("Mention");
    public static final Node Dataset = pkg("Dataset");
    public static final Node Method = pkg("Method");

    // extraction
    public static final Node usesDataset = pkg("usesDataset");
    public static final Node proposes = pkg("proposes");
    public static final Node usesMethod = pkg("usesMethod");
    public static final Node aboutConcept = pkg("aboutConcept");
    public static final Node mention = pkg("mention");
    public static final Node mentionKind = pkg("mentionKind");
    public static final Node mentionOf = pkg("mentionOf");
    public static final Node surface = pkg("surface");
    public static final Node sentence = pkg("sentence");
    public static final Node inField = pkg("inField");
    public static final Node start = pkg("start");
    public static final Node end = pkg("end");
    public static final Node extractor = pkg("extractor");
    public static final Node confidence = pkg("confidence");
    public static final Node discovered = pkg("discovered");
    public static final Node searchKey = pkg("searchKey");
    public static final Node broaderOrSelf = pkg("broaderOrSelf");
    public static final Node usesDatasetFamily = pkg("usesDatasetFamily");
    public static final Node aboutConceptFamily = pkg("aboutConceptFamily");
    public static final Node longForm = pkg("longForm");
    // identifiers
    public static final Node arxivId = pkg("arxivId");
    public static final Node doi = pkg("doi");
    public static final Node openReviewId = pkg("openReviewId");
    public static final Node dblpKey = pkg("dblpKey");
    public static final Node sameAs = NodeFactory.createURI(SCHEMA + "sameAs");
    public static final Node keywords = NodeFactory.createURI(SCHEMA + "keywords");
    public static final Node venue = pkg("venue");
    public static final Node acceptedAs = pkg("acceptedAs");
    public static final Node issued = DCTerms.issued.asNode();
    public static final Node url = NodeFactory.createURI(SCHEMA + "url");

    // links to external graphs
    public static final Node Link = pkg("Link");
    public static final Node LinkSet = pkg("LinkSet");
    public static final Node linkSource = pkg("linkSource");
    public static final Node linkSubject = pkg("linkSubject");
    public static final Node linkTarget = pkg("linkTarget");
    public static final Node evidence = pkg("evidence");
    public static final Node matchedTitle = pkg("matchedTitle");
    public static final Node sharedAuthors = pkg("sharedAuthors");
    public static final Node sharedPapers = pkg("sharedPapers");
    public static final Node matchedYear = pkg("matchedYear");
    public static final Node identityUncertain = pkg("identityUncertain");
    public static final Node uncertainBecause = pkg("uncertainBecause");
    public static final Node possibleMatch = pkg("possibleMatch");
    public static final Node proceedingsRecord = pkg("proceedingsRecord");
    public static final Node seriesRecord = pkg("seriesRecord");

    // paper
    public static final Node authorship = pkg("authorship");
    public static final Node receivedAward = pkg("receivedAward");
    public static final Node presentedIn = pkg("presentedIn");
    public static final Node abstractFingerprint = pkg("abstractFingerprint");
    public static final Node abstractTruncated = pkg("abstractTruncated");
    public static final Node abstractFrom = pkg("abstractFrom");
    // authorship
    public static final Node author = pkg("author");
    public static final Node position = pkg("position");
    public static final Node nameAsGiven = pkg("nameAsGiven");
    public static final Node listedAuthor = pkg("listedAuthor");
    public static final Node asListed = pkg("asListed");
    public static final Node nameKey = pkg("nameKey");
    public static final Node nameVariant = pkg("nameVariant");
    public static final Node identityEvidence = pkg("identityEvidence");
    public static final Node openReviewProfile = pkg("openReviewProfile");
    public static final Node orcid = pkg("orcid");
    public static final Node mboxSha1sum = pkg("mboxSha1sum");
    // session, presentation, conference, award
    public static final Node sessionNumber = pkg("sessionNumber");
    public static final Node track = pkg("track");
    public static final Node partOf = pkg("partOf");
    public static final Node presents = pkg("presents");
    public static final Node inSession = pkg("inSession");
    public static final Node slotAsGiven = pkg("slotAsGiven");
    public static final Node dateInferred = pkg("dateInferred");
    public static final Node series = pkg("series");
    public static final Node year = pkg("year");
    public static final Node awardName = pkg("awardName");
    public static final Node conferredAt = pkg("conferredAt");
    // page and listing
    public static final Node fileName = pkg("fileName");
    public static final Node sha256 = pkg("sha256");
    public static final Node format = pkg("format");
    public static final Node recordCount = pkg("recordCount");
    public static final Node paperCount = pkg("paperCount");
    public static final Node aboutConference = pkg("aboutConference");
    public static final Node listingDate = pkg("listingDate");
    public static final Node listingOf = pkg("listingOf");
    public static final Node onPage = pkg("onPage");
    public static final Node line = pkg("line");
    public static final Node copies = pkg("copies");
    public static final Node titleAsGiven = pkg("titleAsGiven");
    public static final Node abstractAsGiven = pkg("abstractAsGiven");
    public static final Node cleanAbstract = pkg("cleanAbstract");
    public static final Node truncated = pkg("truncated");
    public static final Node markedVirtual = pkg("markedVirtual");
    // a replica's note of which copy it holds
    public static final Node ReplicaState = pkg("ReplicaState");
    public static final Node replicaToken = pkg("replicaToken");

    // reused terms
    public static final Node type = RDF.type.asNode();
    public static final Node label = RDFS.label.asNode();
    public static final Node title = DCTerms.title.asNode();
    public static final Node abstract_ = DCTerms.abstract_.asNode();
    public static final Node creator = DCTerms.creator.asNode();
    public static final Node source = DCTerms.source.asNode();
    public static final Node name = FOAF.name.asNode();
    public static final Node startDate = NodeFactory.createURI(SCHEMA + "startDate");
    public static final Node endDate = NodeFactory.createURI(SCHEMA + "endDate");
    public static final Node generatedAtTime = NodeFactory.createURI(PROV + "generatedAtTime");

    private Vocab() {
    }

    private static Node pkg(String local) {
        return NodeFactory.createURI(NS + local);
    }

    /** The prefixes exports and queries use. */
    public static PrefixMapping prefixes(String base) {
        return PrefixMapping.Factory.create()
                .setNsPrefix("pkg", NS)
                .setNsPrefix("kg", base)
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("xsd", XSD.getURI())
                .setNsPrefix("dcterms", DCTerms.getURI())
                .setNsPrefix("foaf", FOAF.getURI())
                .setNsPrefix("schema", SCHEMA)
                .setNsPrefix("prov", PROV)
                .setNsPrefix("skos", SKOS.getURI())
                .lock();
    }
}
