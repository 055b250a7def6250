package org.paperkg.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The page files a user's arguments stand for, each with its page name: its path relative to
 * the folder given ({@code 2024/list.json}), or its file name when the file itself was given.
 * Hidden entries ({@code .git}, {@code .DS_Store}), manifests and store folders (a TDB2
 * directory, found by its lock file or data folders) are passed over, so pointing paperkg at a
 * project folder that holds its own store does not read the store as pages.
 */
public final class PageFiles {
    private PageFiles() {
    }

    /**
     * A file to read as a page.
     *
     * @param name   the page's name in the store, with '/' between folders
     * @param folder the folder whose manifest describes it
     */
    public record PageFile(Path path, String name, Path folder) {
    }

    /** What the arguments stand for: the files, and a problem for each argument or clash that is wrong. */
    public record Listing(List<PageFile> files, List<Problem> problems) {
    }

    public static Listing list(List<Path> arguments) {
        List<PageFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path arg : arguments) {
            if (!Files.exists(arg)) {
                problems.add(new Problem(arg.toString(), 0, Problem.Severity.ERROR, "no such file or folder"));
            } else if (Files.isDirectory(arg)) {
                try {
                    walk(arg, files);
                } catch (IOException e) {
                    problems.add(new Problem(arg.toString(), 0, Problem.Severity.ERROR, "cannot read the folder: " + e.getMessage()));
                }
            } else {
                Path abs = arg.toAbsolutePath();
                files.add(new PageFile(arg, arg.getFileName().toString(), abs.getParent()));
            }
        }
        // two files of one run under one name would be one page: the later one is refused
        Map<String, PageFile> byName = new HashMap<>();
        List<PageFile> unique = new ArrayList<>();
        for (PageFile f : files) {
            PageFile first = byName.putIfAbsent(f.name(), f);
            if (first == null) {
                unique.add(f);
            } else if (!sameFile(first.path(), f.path())) {
                problems.add(new Problem(f.path().toString(), 0, Problem.Severity.ERROR, "page name '" + f.name()
                        + "' is already taken in this run by " + first.path() + "; give their common folder instead, "
                        + "so each page is named by its path inside it"));
            }
        }
        return new Listing(List.copyOf(unique), List.copyOf(problems));
    }

    /** Whether {@code dir} is a TDB2 store (or one of its generation folders). */
    public static boolean isStore(Path dir) {
        return Files.exists(dir.resolve("tdb.lock")) || Files.isDirectory(dir.resolve("Data-0001"))
                || Files.exists(dir.resolve("nodes.dat")) || Files.exists(dir.resolve("tdb.cfg"));
    }

    private static void walk(Path root, List<PageFile> files) throws IOException {
        List<PageFile> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && (hidden(dir) || isStore(dir))) return FileVisitResult.SKIP_SUBTREE;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String n = file.getFileName().toString();
                if (hidden(file) || n.equals(Manifest.FILE_NAME) || attrs.isDirectory()) return FileVisitResult.CONTINUE;
                found.add(pageFile(root, file));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // listed all the same, so reading it reports why it cannot be read
                found.add(pageFile(root, file));
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort((a, b) -> a.name().compareTo(b.name()));
        files.addAll(found);
    }

    /** A file found under {@code root}, named by its path inside it with '/' between folders. */
    private static PageFile pageFile(Path root, Path file) {
        String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        return new PageFile(file, name, file.toAbsolutePath().getParent());
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
