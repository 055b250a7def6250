package org.paperkg.source.readers;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages of a virtual site built with Mini-Conf (ICLR 2020, ICML 2020, ACL 2020 …), saved as
 * HTML: the paper listing ({@code papers.html}: a Bootstrap card per paper, the title in
 * {@code h4.card-title} inside the link to {@code poster_<id>.html}, the authors in
 * {@code h6.card-subtitle} as {@code Name,} lines) and a single poster page ({@code h3.card-title},
 * the abstract in the {@code card-text} labelled "Abstract:", the OpenReview forum link). The
 * "similar papers" cards at the foot of a poster page ({@code h5.card-title}) are links, not
 * records of the page.
 */
public final class MiniConfHtmlReader implements PageReader {
    private static final PageFormat FORMAT = new PageFormat("mini-conf-html",
            "Mini-Conf virtual-site HTML: papers.html cards (h4.card-title, h6.card-subtitle) or a poster page (h3.card-title)");
    private static final Pattern FORUM = Pattern.compile("openreview\\.net/forum\\?id=([A-Za-z0-9_-]{5,30})");

    @Override
    public PageFormat format() {
        return FORMAT;
    }

    /** Sure for an HTML page with Mini-Conf's card titles and poster links or an OpenReview forum link. */
    @Override
    public double recognise(PageText page) {
        if (!ReaderLib.isHtml(page)) return 0;
        String text = page.text();
        boolean cards = text.contains("class=\"card-title\"") && text.contains("card-subtitle");
        boolean miniConf = text.contains("href=\"poster_") || FORUM.matcher(text).find();
        return cards && miniConf && !text.contains("displaycards") ? 0.9 : 0;
    }

    @Override
    public PageRecords read(PageText page, PageInfo info, Problems problems) {
        Document doc = Jsoup.parse(page.text(), "", Parser.htmlParser().setTrackPosition(true));
        List<PaperRecord> papers = new ArrayList<>();
        List<Element> listed = doc.select("h4.card-title");
        if (!listed.isEmpty()) {
            for (Element title : listed) {
                PaperRecord r = listed(title, problems);
                if (r != null) papers.add(r);
            }
        } else {
            Element title = doc.selectFirst("h3.card-title");
            if (title == null) {
                problems.error(0, "no paper cards (h4.card-title) and no poster title (h3.card-title) in this page");
            } else {
                PaperRecord r = poster(doc, title, problems);
                if (r != null) papers.add(r);
            }
        }
        return new PageRecords(FORMAT.name(), null, null, papers);
    }

    private static PaperRecord listed(Element title, Problems problems) {
        int line = title.sourceRange().start().lineNumber();
        Element card = title.closest("div.card");
        Element scope = card != null ? card : title.parent();
        String name = title.text().strip();
        if (name.isEmpty()) {
            problems.error(line, "a paper card with an empty title");
            return null;
        }
        return new PaperRecord(line, ReaderLib.plainTitle(name), null, authors(scope), null, null, PaperIds.NONE,
                keywords(scope), Publication.NONE);
    }

    private static PaperRecord poster(Document doc, Element title, Problems problems) {
        int line = title.sourceRange().start().lineNumber();
        String name = title.text().strip();
        Element scope = title.parent();
        String abstractValue = null;
        for (Element p : scope.select("p.card-text")) {
            Element label = p.selectFirst("span");
            if (label != null && label.text().strip().equalsIgnoreCase("Abstract:")) {
                abstractValue = p.text().strip().substring(label.text().strip().length()).strip();
            }
        }
        AbstractText abstractText = abstractValue == null || abstractValue.isEmpty() ? null : Abstracts.fromPage(abstractValue);
        if (name.isEmpty() && abstractText == null) {
            problems.error(line, "the poster page has neither a title nor an abstract");
            return null;
        }
        String forum = null;
        for (Element a : doc.select("a[href]")) {
            Matcher m = FORUM.matcher(a.attr("href"));
            if (m.find()) {
                forum = m.group(1);
                break;
            }
        }
        return new PaperRecord(line, name.isEmpty() ? null : ReaderLib.plainTitle(name), abstractText, authors(scope), null, null,
                new PaperIds(null, null, forum, null), keywords(scope),
                new Publication(null, null, forum == null ? null : "https://openreview.net/forum?id=" + forum));
    }

    /** The card's subtitle, "Name," per line: split on commas, empty pieces dropped. */
    private static List<String> authors(Element scope) {
        Element subtitle = scope.selectFirst("h6.card-subtitle");
        if (subtitle == null) return List.of();
        return Arrays.stream(subtitle.text().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> keywords(Element scope) {
        return scope.select("a[href^=keyword_]").stream().map(a -> a.text().strip()).filter(s -> !s.isEmpty()).toList();
    }
}
