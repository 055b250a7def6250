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
 * What a store remembers beside its TDB2 files, in {@code paperkg.properties}: the base IRI it was
 * built with (mixing two bases in one store would split every paper in two), and its size on disk
 * after it was last compacted (so ingest knows when it has grown enough to compact again).
 */
public final class StoreConfig {
    private static final String FILE = "paperkg.properties";
    private static final String BASE = "base";
    private static final String COMPACTED_BYTES = "compactedBytes";

    private StoreConfig() {
    }

    public static Optional<String> storedBase(Path store) {
        return Optional.ofNullable(read(store).getProperty(BASE));
    }

    public static void storeBase(Path store, String base) {
        update(store, BASE, base);
    }

    /** The store's size on disk after its last compaction, 0 when never compacted. */
    static long compactedBytes(Path store) {
        try {
            return Long.parseLong(read(store).getProperty(COMPACTED_BYTES, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static void storeCompactedBytes(Path store, long bytes) {
        update(store, COMPACTED_BYTES, Long.toString(bytes));
    }

    private static Properties read(Path store) {
        Path file = store.resolve(FILE);
        Properties p = new Properties();
        if (!Files.isRegularFile(file)) return p;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return p;
    }

    private static void update(Path store, String key, String value) {
        Properties p = read(store);
        p.setProperty(key, value);
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
