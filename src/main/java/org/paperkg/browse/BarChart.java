package org.paperkg.browse;

import org.apache.jena.graph.Node;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A horizontal bar chart drawn on the server as inline SVG: no script, nothing fetched from
 * another site, readable without colour (each bar carries its count and a title).
 */
final class BarChart {
    private static final int ROW = 22;
    private static final int LABEL = 220;
    private static final int BAR = 360;
    private static final int COUNT = 60;

    private BarChart() {
    }

    /**
     * @param bars label → count, in the order drawn
     * @param hrefs label → link for the bar (may lack some), or an empty map
     */
    static Element draw(Element parent, String caption, List<Map.Entry<String, Long>> bars, Map<String, String> hrefs) {
        Element figure = parent.appendElement("figure").attr("class", "chart");
        figure.appendElement("figcaption").text(caption);
        long max = bars.stream().mapToLong(Map.Entry::getValue).max().orElse(1);
        int height = Math.max(ROW, bars.size() * ROW);
        int width = LABEL + BAR + COUNT;
        Element svg = figure.appendElement("svg").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + width + " " + height).attr("width", String.valueOf(width))
                .attr("height", String.valueOf(height)).attr("role", "img").attr("aria-label", caption);
        int y = 0;
        for (Map.Entry<String, Long> bar : bars) {
            Element g = svg.appendElement("g");
            String href = hrefs.get(bar.getKey());
            Element holder = href == null ? g : g.appendElement("a").attr("href", href);
            holder.appendElement("title").text(bar.getKey() + ": " + bar.getValue());
            holder.appendElement("text").attr("x", String.valueOf(LABEL - 6)).attr("y", String.valueOf(y + 15))
                    .attr("text-anchor", "end").attr("class", "bar-label").text(shorten(bar.getKey()));
            long w = Math.max(1, Math.round((double) bar.getValue() / max * BAR));
            holder.appendElement("rect").attr("x", String.valueOf(LABEL)).attr("y", String.valueOf(y + 3))
                    .attr("width", String.valueOf(w)).attr("height", String.valueOf(ROW - 6)).attr("class", "bar");
            holder.appendElement("text").attr("x", String.valueOf(LABEL + w + 4)).attr("y", String.valueOf(y + 15))
                    .attr("class", "bar-count").text(String.valueOf(bar.getValue()));
            y += ROW;
        }
        return figure;
    }

    /**
     * A chart of things by count, each bar named by {@code label} and linked to {@code href} (a
     * null href leaves the bar without a link); nothing is drawn for no things.
     *
     * @return the chart, or null when there was nothing to draw
     */
    static Element drawCounts(Element parent, String caption, List<Map.Entry<Node, Long>> counts, Function<Node, String> label,
                              Function<Node, String> href) {
        if (counts.isEmpty()) return null;
        List<Map.Entry<String, Long>> bars = new ArrayList<>();
        Map<String, String> hrefs = new LinkedHashMap<>();
        for (Map.Entry<Node, Long> e : counts) {
            String name = label.apply(e.getKey());
            bars.add(Map.entry(name, e.getValue()));
            String to = href.apply(e.getKey());
            if (to != null) hrefs.put(name, to);
        }
        return draw(parent, caption, bars, hrefs);
    }

    private static String shorten(String s) {
        return s.length() <= 32 ? s : s.substring(0, 31) + "…";
    }
}
