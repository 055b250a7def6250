package org.paperkg.source;

import org.paperkg.record.PageInfo;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A reader that can hand its records over one by one, reading the page through
 * {@link PageText#openReader()}: a page larger than the heap is then read without being held
 * (a JSON array, a CSV list). Reading twice gives the same records in the same order.
 */
public interface StreamingReader extends PageReader {
    /**
     * Reads the page, each record to {@code out} in page order.
     *
     * @return what the page says as a whole (format, session, listing date); its papers are empty
     */
    PageRecords stream(PageText page, PageInfo info, Problems problems, Consumer<PaperRecord> out);

    @Override
    default PageRecords read(PageText page, PageInfo info, Problems problems) {
        List<PaperRecord> papers = new ArrayList<>();
        PageRecords whole = stream(page, info, problems, papers::add);
        return new PageRecords(whole.format(), whole.session(), whole.listingDate(), papers);
    }
}
