package org.paperkg.source;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A page's text, decoded and split into lines, with the checksum of its bytes.
 *
 * <p>Not a record: several readers look at one page while the registry picks a reader, and each
 * would otherwise join the lines or parse a JSON page again. {@link #text()} and
 * {@link #derived} compute such views once per page.
 */
public final class PageText {
    private final String name;
    private final String sha256;
    private final List<String> lines;
    private volatile String text;
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    /**
     * @param name   the page's name: its path relative to the folder it was found in
     * @param sha256 hex SHA-256 of the file's bytes
     * @param lines  the lines, without line terminators
     */
    public PageText(String name, String sha256, List<String> lines) {
        this.name = Objects.requireNonNull(name, "name");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.lines = List.copyOf(lines);
    }

    public String name() {
        return name;
    }

    public String sha256() {
        return sha256;
    }

    public List<String> lines() {
        return lines;
    }

    /** The lines joined by {@code \n}: line numbers of a parser over it are the page's line numbers. */
    public String text() {
        String t = text;
        if (t == null) {
            t = String.join("\n", lines);
            text = t;
        }
        return t;
    }

    /** The number of characters of {@link #text()}, without joining the lines when nothing has yet. */
    public long length() {
        String t = text;
        if (t != null) return t.length();
        long n = Math.max(0, lines.size() - 1);
        for (String l : lines) n += l.length();
        return n;
    }

    /**
     * A view of this page computed once, e.g. the first records of a JSON page. {@code key}
     * names the view (one constant per kind of view).
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<PageText, T> compute) {
        return (T) derived.computeIfAbsent(key, k -> compute.apply(this));
    }

    /** The same page under another name. */
    public PageText named(String newName) {
        return new PageText(newName, sha256, lines);
    }

    @Override
    public String toString() {
        return "PageText[" + name + ", " + lines.size() + " lines]";
    }
}
