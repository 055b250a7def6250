package org.paperkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The queries of {@code queries/}: those bundled in the jar, overridden or added to by a
 * {@code queries/} folder in the working directory, so a user can add a query without a rebuild.
 */
public final class StoredQueries {
    private static final String FOLDER = "queries";

    private StoredQueries() {
    }

    /** Every stored query, by name. */
    public static TreeMap<String, StoredQuery> all() {
        TreeMap<String, StoredQuery> out = new TreeMap<>();
        for (String name : bundledNames()) load(name).ifPresent(q -> out.put(name, q));
        Path local = Path.of(FOLDER);
        if (Files.isDirectory(local)) {
            try (Stream<Path> files = Files.list(local)) {
                files.filter(f -> f.getFileName().toString().endsWith(".rq")).forEach(f -> {
                    String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
                    load(name).ifPresent(q -> out.put(name, q));
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The query called {@code name}: {@code ./queries/NAME.rq} first, then the bundled one. */
    public static Optional<StoredQuery> load(String name) {
        if (!name.matches("[A-Za-z0-9_-]+")) return Optional.empty();
        try {
            Path local = Path.of(FOLDER, name + ".rq");
            if (Files.isRegularFile(local)) return Optional.of(StoredQuery.parse(name, Files.readString(local, StandardCharsets.UTF_8)));
            try (InputStream in = StoredQueries.class.getClassLoader().getResourceAsStream(FOLDER + "/" + name + ".rq")) {
                return in == null ? Optional.empty()
                        : Optional.of(StoredQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TreeSet<String> bundledNames() {
        TreeSet<String> names = new TreeSet<>();
        URL url = StoredQueries.class.getClassLoader().getResource(FOLDER);
        if (url == null) return names;
        try {
            if (url.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(FOLDER + "/") && n.endsWith(".rq") && n.indexOf('/', FOLDER.length() + 1) < 0)
                            .forEach(n -> names.add(n.substring(FOLDER.length() + 1, n.length() - 3)));
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                            .forEach(n -> names.add(n.substring(0, n.length() - 3)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
