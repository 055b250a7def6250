package org.paperkg.record;

import java.util.Map;
import java.util.Optional;

/**
 * What is known of a page besides its records: from the manifest, where it has an entry.
 * Nothing here is guessed: an unknown value is empty.
 *
 * @param conferenceSeries e.g. "ICLR"
 * @param year             the conference or listing year
 * @param url              the page's original address
 * @param columns          for a CSV/TSV list: field → header of this file's columns ({@code title → Paper Name})
 */
public record PageInfo(String conferenceSeries, Integer year, String url, Map<String, String> columns) {
    public static final PageInfo UNKNOWN = new PageInfo(null, null, null);

    public PageInfo(String conferenceSeries, Integer year, String url) {
        this(conferenceSeries, year, url, Map.of());
    }

    public PageInfo {
        columns = Map.copyOf(columns == null ? Map.of() : columns);
        if (conferenceSeries != null && conferenceSeries.isBlank()) conferenceSeries = null;
        if (url != null && url.isBlank()) url = null;
        if (year != null && (year < 1900 || year > 2999)) {
            throw new IllegalArgumentException("implausible year " + year);
        }
    }

    /** "ICLR 2022" when both series and year are known. */
    public Optional<String> conference() {
        return conferenceSeries != null && year != null
                ? Optional.of(conferenceSeries + " " + year) : Optional.empty();
    }
}
