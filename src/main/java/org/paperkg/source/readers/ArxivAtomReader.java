package org.paperkg.source.readers;

import org.paperkg.record.AbstractText;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperIds;
import org.paperkg.record.PaperRecord;
import org.paperkg.record.Publication;
import org.paperkg.source.PageFormat;
import org.paperkg.source.PageReader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problems;
import org.paperkg.text.Abstracts;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * arXiv API Atom feeds: one {@code entry} per paper with its {@code id}
 * ({@code http://arxiv.org/abs/2212.11696v3}, version folded), {@code title}, {@code summary},
 * {@code author/name}, {@code category/@term} and {@code arxiv:doi}. External entities are off.
 */
public final class ArxivAtomReader implements PageReader {
    private static final PageFormat FORMAT = new PageFormat("arxiv-atom",
            "arXiv API Atom feed: <feed><entry><id>http://arxiv.org/abs/…</id><title/><summary/><author/>…");
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String ARXIV = "http://arxiv.org/schemas/atom";

    @Override
    public PageFormat format() {
        return FORMAT;
    }

    @Override
    public double recognise(PageText page) {
        String head = String.join("\n", page.lines().subList(0, Math.min(page.lines().size(), 40)));
        return head.contains("<feed") && head.contains(ATOM) && page.text().contains("arxiv.org/abs/") ? 0.95 : 0;
    }

    @Override
    public PageRecords read(PageText page, PageInfo info, Problems problems) {
        List<PaperRecord> papers = new ArrayList<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(page.text()));
            Entry entry = null;
            StringBuilder chars = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    chars.setLength(0);
                    String ns = xml.getNamespaceURI();
                    String name = xml.getLocalName();
                    if (ATOM.equals(ns) && name.equals("entry")) {
                        entry = new Entry(xml.getLocation().getLineNumber());
                    } else if (entry != null && ATOM.equals(ns) && name.equals("category")) {
                        String term = xml.getAttributeValue(null, "term");
                        if (term != null) entry.categories.add(term);
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    chars.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && entry != null) {
                    String ns = xml.getNamespaceURI();
                    String name = xml.getLocalName();
                    String value = chars.toString().strip();
                    if (ATOM.equals(ns)) {
                        switch (name) {
                            case "id" -> entry.id = value;
                            case "title" -> entry.title = value.replaceAll("\\s+", " ");
                            case "summary" -> entry.summary = value.replaceAll("\\s+", " ");
                            case "name" -> entry.authors.add(value);
                            case "published" -> entry.published = value;
                            case "entry" -> {
                                PaperRecord r = entry.record(problems);
                                if (r != null) papers.add(r);
                                entry = null;
                            }
                            default -> { }
                        }
                    } else if (ARXIV.equals(ns) && name.equals("doi")) {
                        entry.doi = value;
                    }
                    chars.setLength(0);
                }
            }
        } catch (XMLStreamException e) {
            problems.error(e.getLocation() == null ? 0 : e.getLocation().getLineNumber(), "malformed XML: " + e.getMessage()
                    .replaceFirst("^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message: ", ""));
        }
        return new PageRecords(FORMAT.name(), null, null, papers);
    }

    /** One feed entry while it is read. */
    private static final class Entry {
        final int line;
        String id;
        String title;
        String summary;
        String doi;
        String published;
        final List<String> authors = new ArrayList<>();
        final List<String> categories = new ArrayList<>();

        Entry(int line) {
            this.line = line;
        }

        PaperRecord record(Problems problems) {
            String arxiv = PaperIds.arxiv(id);
            if (arxiv == null) {
                problems.error(line, "entry has no arXiv id (<id>" + id + "</id>)");
                return null;
            }
            AbstractText abstractText = summary == null || summary.isBlank() ? null : Abstracts.fromPage(summary);
            if ((title == null || title.isBlank()) && abstractText == null) {
                problems.error(line, "entry " + arxiv + " has neither a title nor a summary");
                return null;
            }
            return new PaperRecord(line, title == null ? null : ReaderLib.plainTitle(title), abstractText, authors, null, null,
                    new PaperIds(arxiv, PaperIds.doi(doi), null, null), categories,
                    new Publication(null, ReaderLib.yearOf(published), "https://arxiv.org/abs/" + arxiv));
        }
    }
}
