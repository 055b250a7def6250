package org.paperkg.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    /** A page too large to hold: read again from its file for each pass, {@link #lines} its head only. */
    private final Path file;
    private final List<String> tail;
    private final long length;
    private volatile String text;
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    /**
     * @param name   the page's name: its path relative to the folder it was found in
     * @param sha256 hex SHA-256 of the file's bytes
     * @param lines  the lines, without line terminators
     */
    public PageText(String name, String sha256, List<String> lines) {
        this(name, sha256, lines, null, List.of(), -1);
    }

    private PageText(String name, String sha256, List<String> lines, Path file, List<String> tail, long length) {
        this.name = Objects.requireNonNull(name, "name");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.lines = List.copyOf(lines);
        this.file = file;
        this.tail = List.copyOf(tail);
        this.length = length;
    }

    /**
     * A page read by streaming from {@code file}: only its first and last lines are held, for
     * telling its format and whether it was cut short; {@link #openReader()} reads it all.
     *
     * @param length the file's size in bytes
     */
    public static PageText streamed(String name, String sha256, List<String> head, List<String> tail, Path file, long length) {
        return new PageText(name, sha256, head, Objects.requireNonNull(file, "file"), tail, length);
    }

    /** Whether the page is read from its file by streaming, not held in memory. */
    public boolean streamed() {
        return file != null;
    }

    /** The page's text from its start: the file again for a streamed page (UTF-8, a BOM skipped). */
    public Reader openReader() throws IOException {
        if (file == null) return new StringReader(text());
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
        in.mark(1);
        if (in.read() != '\uFEFF') in.reset();
        return new LineBreaks(in);
    }

    /**
     * Line breaks as a held page has them: "\r\n" and a lone "\r" read as "\n" (a held page is
     * split into lines and joined with "\n"), so both readings give a parser the same text.
     */
    private static final class LineBreaks extends java.io.FilterReader {
        private boolean afterReturn;

        LineBreaks(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            while (true) {
                int n = in.read(buf, off, len);
                if (n <= 0) return n;
                int w = off;
                for (int i = off; i < off + n; i++) {
                    char c = buf[i];
                    if (c == '\n' && afterReturn) {
                        afterReturn = false;
                        continue;
                    }
                    afterReturn = c == '\r';
                    buf[w++] = c == '\r' ? '\n' : c;
                }
                if (w > off) return w - off;
            }
        }
    }

    /** A streamed page read into memory after all (its reader cannot stream); this page if it is held already. */
    public PageText whole(long maxBytes) throws PageException {
        return file == null ? this : PageLoader.load(file, maxBytes).named(name);
    }

    /**
     * The first lines as a page of their own, for telling the format of a streamed page: one page,
     * so the views readers derive while recognising it (a JSON sample) are taken once.
     */
    public PageText head() {
        return file == null ? this : derived(HEAD_KEY, p -> new PageText(name, sha256, lines));
    }

    private static final Object HEAD_KEY = new Object();

    /** The last lines: all of them, or of a streamed page the ones held from its end. */
    public List<String> lastLines() {
        return file == null ? lines : tail;
    }

    public String name() {
        return name;
    }

    public String sha256() {
        return sha256;
    }

    /** The lines; of a streamed page only the first ones (its readers read {@link #openReader()}). */
    public List<String> lines() {
        return lines;
    }

    /** The lines joined by {@code \n}: line numbers of a parser over it are the page's line numbers. */
    public String text() {
        if (file != null) throw new IllegalStateException(name + " is streamed: read it with openReader()");
        String t = text;
        if (t == null) {
            t = String.join("\n", lines);
            text = t;
        }
        return t;
    }

    /** The number of characters of {@link #text()}, without joining the lines when nothing has yet. */
    public long length() {
        if (file != null) return length;
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
        return new PageText(newName, sha256, lines, file, tail, length);
    }

    @Override
    public String toString() {
        return "PageText[" + name + ", " + (file == null ? lines.size() + " lines]" : "streamed from " + file + "]");
    }
}
