package org.paperkg.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a file into a {@link PageText}, refusing what is not a text page: an empty file, a binary
 * file, bytes that are not UTF-8. Each refusal says where the trouble is.
 */
public final class PageLoader {
    private PageLoader() {
    }

    /** Pages larger than this are refused unless the caller sets another limit. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    public static PageText load(Path file) throws PageException {
        return load(file, DEFAULT_MAX_BYTES);
    }

    /**
     * Reads a regular file of at most {@code maxBytes}. Named pipes, devices and sockets are
     * refused before they are opened: reading one would wait for a writer or never end.
     */
    public static PageText load(Path file, long maxBytes) throws PageException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attrs.isRegularFile()) {
                throw fail(name, 0, "not a regular file (" + (attrs.isDirectory() ? "a folder" : attrs.isOther()
                        ? "a named pipe, device or socket" : "a link to nothing readable") + "): only files are read as pages");
            }
            if (attrs.size() > maxBytes) {
                throw fail(name, 0, String.format("the file is %,d bytes, over the page size limit of %,d bytes "
                        + "(raise it with --max-page-size, or split the file)", attrs.size(), maxBytes));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PageException(new Problem(name, 0, Problem.Severity.ERROR, "cannot read: " + e.getMessage()));
        }
        return decode(name, bytes);
    }

    /** How much of a streamed page's start and end is held: enough to tell its format and see where it ends. */
    private static final int HEAD_BYTES = 1 << 20;
    private static final int TAIL_BYTES = 1 << 16;

    /**
     * Opens a regular file as a page: read whole when it is at most {@code streamAbove} bytes
     * (and at most {@code maxBytes}), otherwise as a {@link PageText#streamed streamed} page, of
     * which only the first and last lines are held and the checksum is taken by reading it once.
     * Whether a streamed page is then read depends on its format: a reader that cannot stream
     * refuses it when it is over {@code maxBytes} ({@link PageText#whole} reads it otherwise).
     */
    public static PageText open(Path file, long maxBytes, long streamAbove) throws PageException {
        String name = file.getFileName().toString();
        long size;
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attrs.isRegularFile()) return load(file, maxBytes); // says what it is instead
            size = attrs.size();
        } catch (IOException e) {
            throw new PageException(new Problem(name, 0, Problem.Severity.ERROR, "cannot read: " + e.getMessage()));
        }
        if (size <= streamAbove) return load(file, maxBytes);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[(int) Math.min(HEAD_BYTES, size)];
            ByteBuffer tail = ByteBuffer.allocate((int) Math.min(TAIL_BYTES, size));
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                long at = 0;
                for (int n; (n = in.read(buf)) > 0; at += n) {
                    digest.update(buf, 0, n);
                    if (at < head.length) System.arraycopy(buf, 0, head, (int) at, (int) Math.min(n, head.length - at));
                }
            }
            try (SeekableByteChannel ch = Files.newByteChannel(file)) {
                ch.position(size - tail.capacity());
                while (tail.hasRemaining() && ch.read(tail) > 0) { }
            }
            for (int i = 0; i < head.length; i++) {
                if (head[i] == 0) throw fail(name, 0, "binary file (a NUL byte at offset " + i + "), not a text page");
            }
            List<String> headLines = splitLines(utf8(name, upToLastNewline(head)));
            if (!headLines.isEmpty() && headLines.get(0).startsWith("\uFEFF")) headLines.set(0, headLines.get(0).substring(1));
            List<String> tailLines = splitLines(new String(afterFirstNewline(tail.array()), StandardCharsets.UTF_8));
            return PageText.streamed(name, HexFormat.of().formatHex(digest.digest()), headLines, tailLines, file, size);
        } catch (IOException e) {
            throw new PageException(new Problem(name, 0, Problem.Severity.ERROR, "cannot read: " + e.getMessage()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The bytes up to and with the last line break; for a head with none (a JSON array on one
     * line), all but a multi-byte character cut at the end.
     */
    private static byte[] upToLastNewline(byte[] b) {
        for (int i = b.length - 1; i >= 0; i--) if (b[i] == '\n') return java.util.Arrays.copyOf(b, i + 1);
        int end = b.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int c = b[end - back] & 0xff;
            if (c < 0x80) break; // ASCII: nothing cut
            if (c >= 0xC0) { // the lead byte of the last character: cut it off unless it is complete
                int needed = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                if (back < needed) end -= back;
                break;
            }
        }
        return java.util.Arrays.copyOf(b, end);
    }

    /** The bytes after the first line break: the first line of a tail is usually cut. */
    private static byte[] afterFirstNewline(byte[] b) {
        for (int i = 0; i < b.length; i++) if (b[i] == '\n') return java.util.Arrays.copyOfRange(b, i + 1, b.length);
        return b;
    }

    public static PageText decode(String name, byte[] bytes) throws PageException {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw fail(name, 0, "empty file: nothing to read");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw fail(name, 0, "binary file (a NUL byte at offset " + i + "), not a text page");
            }
        }
        String text = utf8(name, bytes);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return new PageText(name, sha256(bytes), splitLines(text));
    }

    private static String utf8(String name, byte[] bytes) throws PageException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw fail(name, lineAt(bytes, at), String.format(
                    "not valid UTF-8: byte 0x%02X at offset %d; save the page as UTF-8", bytes[at] & 0xff, at));
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw fail(name, 0, "not valid UTF-8");
        }
        out.flip();
        return out.toString();
    }

    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < text.length()) lines.add(text.substring(start));
        return lines;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return false;
        }
        return true;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static PageException fail(String name, int line, String message) {
        return new PageException(new Problem(name, line, Problem.Severity.ERROR, message));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
