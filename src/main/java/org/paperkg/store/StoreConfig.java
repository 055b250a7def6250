package org.paperkg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The base IRI a store was built with, kept in {@code paperkg.properties} beside the TDB2 files:
 * mixing two bases in one store would split every paper in two, so a store remembers its base.
 */
public final class StoreConfig {
    private static final String FILE = "paperkg.properties";
    private static final String BASE = "base";

    private StoreConfig() {
    }

    public static Optional<String> storedBase(Path store) {
        Path file = store.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return Optional.ofNullable(p.getProperty(BASE));
    }

    public static void storeBase(Path store, String base) {
        Properties p = new Properties();
        p.setProperty(BASE, base);
        try {
            Files.createDirectories(store);
            try (Writer w = Files.newBufferedWriter(store.resolve(FILE), StandardCharsets.UTF_8)) {
                p.store(w, "paperkg store settings");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + store.resolve(FILE), e);
        }
    }
}
