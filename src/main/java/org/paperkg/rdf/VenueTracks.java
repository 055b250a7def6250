package org.paperkg.rdf;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The track a venue string names: "ICLR 2024 oral" → oral; "NeurIPS 2023 spotlight" → spotlight. */
final class VenueTracks {
    private static final Pattern TRACK = Pattern.compile("\\b(oral|spotlight|poster|notable[- ]top[- ]?\\d+%?)\\b", Pattern.CASE_INSENSITIVE);

    private VenueTracks() {
    }

    static String of(String venue) {
        Matcher m = TRACK.matcher(venue);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT).replace(' ', '-') : null;
    }
}
