package org.paperkg.record;

import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * Everything one reader took from one page.
 *
 * @param format      the detected page format's name
 * @param session     the session the whole page is about, or null
 * @param listingDate the date a daily listing gives (month and day only), or null
 * @param papers      one record per entry, in page order, duplicates included
 */
public record PageRecords(String format, SessionInfo session, MonthDay listingDate, List<PaperRecord> papers) {
    public PageRecords {
        Objects.requireNonNull(format, "format");
        papers = List.copyOf(papers);
    }
}
