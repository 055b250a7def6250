package org.paperkg.record;

/**
 * Where and when a source says a paper was published, as it states it.
 *
 * @param venue the venue as given ("ICLR 2024 oral", "Proc. CVPR"), or null
 * @param year  the publication year, or null
 * @param url   the paper's address the source gives, or null
 */
public record Publication(String venue, Integer year, String url) {
    public static final Publication NONE = new Publication(null, null, null);

    public Publication {
        if (venue != null && venue.isBlank()) venue = null;
        if (venue != null) venue = venue.strip();
        if (url != null && url.isBlank()) url = null;
        if (url != null) url = url.strip();
        if (year != null && (year < 1900 || year > 2999)) {
            throw new IllegalArgumentException("implausible publication year " + year);
        }
    }

    public boolean isEmpty() {
        return venue == null && year == null && url == null;
    }

    /** Each part of this one, or the other's where this one has none. */
    public Publication orElse(Publication other) {
        return new Publication(venue != null ? venue : other.venue, year != null ? year : other.year,
                url != null ? url : other.url);
    }
}
