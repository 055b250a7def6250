package org.paperkg.source;

import org.paperkg.record.PageInfo;
import org.paperkg.record.PageRecords;

/**
 * Reads one kind of page into records. A reader never knows where its records go; it reports
 * every problem it finds to {@link Problems} and carries on with the rest of the page.
 */
public interface PageReader {
    PageFormat format();

    /**
     * How sure this reader is, from 0 to 1, that {@code page} is of its format, judged by the
     * content. The registry picks the surest reader above one half.
     */
    double recognise(PageText page);

    PageRecords read(PageText page, PageInfo info, Problems problems);
}
