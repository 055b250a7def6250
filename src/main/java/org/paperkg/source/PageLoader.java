package org.paperkg.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
