package org.paperkg.link;

import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Linker decisions that the fixtures do not reach, on records written here. */
class LinkerTest {
    private static final String CONF = "https://example.org/conference/x-2024";

    private static ExternalGraph graphOf(List<ExternalPaper> records) {
        return new ExternalGraph() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public Collection<ExternalPaper> lookup(LookupKeys keys) {
                return records;
            }

            @Override
            public String traffic() {
                return "none";
            }
        };
    }

    private static LocalPaper paper(String slug, String title, String author) {
        return new LocalPaper("https://example.org/paper/" + slug, title,
                List.of(new LocalPaper.Author(1, "https://example.org/person/" + author.toLowerCase().replace(' ', '-'), author)),
                List.of(2024), null, null, null, null, List.of(CONF), List.of());
    }

    private static ExternalPaper record(String key, String title, String author, String volume) {
        return new ExternalPaper("https://ext.org/" + key, title, List.of(new ExternalPaper.Author(1, author, null)), 2024, null, null,
                null, new ExternalPaper.Venue(volume, "https://ext.org/series/x"), false);
    }

    @Test
    void aConferenceWhosePapersSitInTwoVolumesIsNotLinkedToEitherButToItsSeries() throws LinkException {
        Linker.LinkResult r = Linker.link(List.of(paper("a", "Alpha Networks", "Ada Quinn"), paper("b", "Beta Networks", "Bo Zhang")), List.of(),
                List.of(), graphOf(List.of(record("a", "Alpha Networks.", "Ada Quinn", "https://ext.org/vol/1"),
                        record("b", "Beta Networks.", "Bo Zhang", "https://ext.org/vol/2"))));
        EntityLink volume = r.entities(EntityLink.PROCEEDINGS).get(0);
        assertNull(volume.external());
        assertEquals("its linked papers are not all in one proceedings volume: https://ext.org/vol/1, https://ext.org/vol/2",
                volume.evidence());
        assertEquals("https://ext.org/series/x", r.entities(EntityLink.SERIES).get(0).external());
    }

    @Test
    void aMiddleAuthorOfAnotherNameRefusesAWorkWhoseAuthorshipsSayOnlyFirstMiddleLast() throws LinkException {
        LocalPaper ours = new LocalPaper("https://example.org/paper/g", "Gamma Networks",
                List.of(new LocalPaper.Author(1, "p:1", "Ada Quinn"), new LocalPaper.Author(2, "p:2", "Bo Zhang"),
                        new LocalPaper.Author(3, "p:3", "Cy Young")), List.of(2024), null, null, null, null, List.of(), List.of());
        ExternalPaper theirs = new ExternalPaper("https://ext.org/g", "Gamma Networks", List.of(
                new ExternalPaper.Author(1, "Ada Quinn", "a:1"), new ExternalPaper.Author(ExternalPaper.Author.MIDDLE, "Di Vega", "a:2"),
                new ExternalPaper.Author(ExternalPaper.Author.LAST, "Cy Young", "a:3")), 2024, null, null, null, null, false);
        LinkDecision d = Linker.link(List.of(ours), List.of(), List.of(), graphOf(List.of(theirs))).papers().get(0);
        assertEquals(LinkDecision.Outcome.REFUSED, d.outcome());
        assertEquals("https://ext.org/g: middle author Di Vega is not among ours", d.evidence());
    }
}
