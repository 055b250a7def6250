package org.paperkg.browse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Figures a page counts over many papers (its charts), kept until the store next changes. Each
 * is kept under the store's generation read before the transaction that computed it began, so a
 * figure is never kept for a later state of the store than the one it was counted in.
 */
final class Memo {
    /** Summaries kept: a broad concept's lists its papers, up to every paper of the graph. */
    private static final int KEPT = 256;
    private long keptFor = -1;
    private final Map<String, Object> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > KEPT;
        }
    };

    /** @param generation the store's generation read before the read transaction {@code compute} runs in began */
    @SuppressWarnings("unchecked")
    <T> T get(String key, long generation, Supplier<T> compute) {
        synchronized (this) {
            if (generation > keptFor) {
                kept.clear();
                keptFor = generation;
            }
            Object v = generation == keptFor ? kept.get(key) : null;
            if (v != null) return (T) v;
        }
        T v = compute.get();
        synchronized (this) {
            if (generation == keptFor) kept.put(key, v);
        }
        return v;
    }
}
