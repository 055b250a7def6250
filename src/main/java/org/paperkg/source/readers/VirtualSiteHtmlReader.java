package org.paperkg.source.readers;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.paperkg.record.AbstractText;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperRecord;
import org.paperkg.record.Publication;
import org.paperkg.record.SessionInfo;
import org.paperkg.record.Slot;
import org.paperkg.source.PageFormat;
import org.paperkg.source.PageReader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problems;
import org.paperkg.text.Abstracts;

import java.net.URI;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML of a conference virtual site (iclr.cc, neurips.cc, icml.cc {@code /virtual/YEAR/…}) saved
 * from the browser: session pages, poster-session lists and award pages. Each event is a card
 * ({@code div.displaycards}) with a title link whose path names the event's kind
 * ({@code /virtual/2022/oral/6330}), an {@code author-str}, optional time slot, award badge and
 * abstract. Only posters, orals, spotlights and papers are papers: workshops, invited talks,
 * tutorials, socials and the like are skipped with a note. The session is the page's heading
 * ("Oral 2: Understanding Deep Learning").
 */
public final class VirtualSiteHtmlReader implements PageReader {
    private static final PageFormat FORMAT = new PageFormat("virtual-site-html",
            "conference virtual-site HTML saved from the browser: div.displaycards per event, a.small-title, div.author-str");
    private static final Pattern EVENT_PATH = Pattern.compile("/virtual/(\\d{4})/([a-z_-]+)/(\\d+)");
    private static final Set<String> PAPER_KINDS = Set.of("poster", "oral", "spotlight", "paper", "award");
    private final int latestYear;

    public VirtualSiteHtmlReader() {
        this(Year.now().getValue());
    }

    /** @param latestYear the latest year a slot without a year may be placed in */
    public VirtualSiteHtmlReader(int latestYear) {
        this.latestYear = latestYear;
    }

    @Override
    public PageFormat format() {
        return FORMAT;
    }

    /** Any HTML page is taken, so that an unrelated one is told why it is refused. */
    @Override
    public double recognise(PageText page) {
        if (!ReaderLib.isHtml(page)) return 0;
        return page.lines().stream().anyMatch(l -> l.contains("displaycards")) ? 0.95 : 0.55;
    }

    @Override
    public PageRecords read(PageText page, PageInfo info, Problems problems) {
        Document doc = Jsoup.parse(page.text(), "", Parser.htmlParser().setTrackPosition(true));
        Elements cards = doc.select("div.displaycards");
        if (cards.isEmpty()) {
            String title = doc.title().isBlank() ? "untitled" : doc.title().strip();
            problems.error(0, "no event cards (div.displaycards with a.small-title) in this HTML page ('"
                    + ReaderLib.shorten(title) + "'): it is not a conference virtual-site listing");
            return new PageRecords(FORMAT.name(), null, null, List.of());
        }
        List<PaperRecord> papers = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Element card : cards) {
            PaperRecord r = card(card, info, problems, skipped);
            if (r != null) papers.add(r);
        }
        if (!skipped.isEmpty()) {
            problems.warning(0, skipped.size() + " events that are not papers skipped: " + String.join("; ", skipped));
        }
        return new PageRecords(FORMAT.name(), session(doc), null, papers);
    }

    private PaperRecord card(Element card, PageInfo info, Problems problems, List<String> skipped) {
        int line = card.sourceRange().start().lineNumber();
        Element link = card.selectFirst("a.small-title");
        String title = link == null || text(link).isBlank() ? null : text(link);
        Matcher path = link == null ? null : EVENT_PATH.matcher(link.attr("href"));
        boolean hasPath = path != null && path.find();
        String kind = hasPath ? path.group(2) : typeLabel(card);
        if (kind != null && !PAPER_KINDS.contains(kind)) {
            skipped.add(kind.replace('_', '-') + " '" + ReaderLib.shorten(title == null ? "?" : title) + "' (line " + line + ")");
            return null;
        }
        Element abstractElement = card.selectFirst(".abstract-display, .abstract, details > div, details > p");
        AbstractText abstractText = abstractElement == null || text(abstractElement).isEmpty() ? null
                : Abstracts.fromPage(text(abstractElement));
        if (title == null && abstractText == null) {
            problems.error(line, "event card without a title link (a.small-title) or an abstract");
            return null;
        }
        Element authorsElement = card.selectFirst(".author-str");
        List<String> authors = authorsElement == null ? List.of() : ReaderLib.splitAuthors(text(authorsElement));
        Element award = card.selectFirst(".award, .badge");
        Integer year = info.year() != null ? info.year() : hasPath ? Integer.valueOf(path.group(1)) : null;
        Slot slot = slot(card, year, line, problems);
        String url = hasPath ? absolute(link.attr("href"), info.url()) : null;
        return new PaperRecord(line, title, abstractText, authors, award == null || text(award).isEmpty() ? null : text(award),
                slot, null, List.of(), new Publication(null, null, url));
    }

    private Slot slot(Element card, Integer year, int line, Problems problems) {
        Element date = card.selectFirst(".touchup-date-div, .event-time");
        if (date == null || !SlotParser.isSlot(text(date))) return null;
        return SlotParser.parseOrReport(text(date), year, latestYear, line, problems);
    }

    /** The event's address: as written when absolute, else against the page's own address from the manifest. */
    private static String absolute(String href, String pageUrl) {
        try {
            if (href.startsWith("http://") || href.startsWith("https://")) return href;
            return pageUrl == null ? null : URI.create(pageUrl).resolve(href).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A card without an event link may say what it is in a type label ("Workshop", "Invited Talk"). */
    private static String typeLabel(Element card) {
        Element type = card.selectFirst(".event-type, .type-label");
        return type == null ? null : text(type).toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static SessionInfo session(Document doc) {
        for (Element h : doc.select("h1, h2, h3")) {
            SessionInfo s = ReaderLib.parseSession(text(h));
            if (s != null) return s;
        }
        return null;
    }

    private static String text(Element e) {
        return e.text().replace('\u00a0', ' ').strip();
    }
}
