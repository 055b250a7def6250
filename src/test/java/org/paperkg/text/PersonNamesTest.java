package org.paperkg.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Name comparison on spellings taken from ../shared/real (ICLR 2020 notes, dblp BibTeX, CoRL tables). */
class PersonNamesTest {
    @Test
    void theKeyIsFirstGivenNameAndSurnameFolded() {
        assertEquals("nathan frey", PersonNames.key("Nathan C. Frey"));
        assertEquals("jiashi feng", PersonNames.key("Jiashi FENG"));
        assertEquals("chieh lai", PersonNames.key("Chieh-Hsin Lai"));
        assertEquals(PersonNames.key("Chieh Hsin Lai"), PersonNames.key("Chieh-Hsin Lai"), "one slug, one key");
        assertEquals("ruud sloun", PersonNames.key("Ruud J.G. van Sloun"));
        assertEquals("remi munos", PersonNames.key("Rémi Munos"));
        assertEquals("jun li", PersonNames.key("Jun Li 0008"));
        assertEquals("marc ranzato", PersonNames.key("Marc'Aurelio Ranzato"));
    }

    @Test
    void namesFitWhenGivenNamesAreEqualOrInitialsOfEachOther() {
        assertTrue(PersonNames.compatible("J. Zico Kolter", "Zico Kolter"));
        assertTrue(PersonNames.compatible("Jack W. Rae", "Jack Rae"));
        assertTrue(PersonNames.compatible("Ruud J.G. van Sloun", "Ruud JG van Sloun"));
        assertTrue(PersonNames.compatible("Vincent Y. F. Tan", "Vincent TAN"));
        assertTrue(PersonNames.compatible("Emmanuel Müller", "Emmanuel Mueller"));
        assertTrue(PersonNames.compatible("Jan Koutník", "Jan Koutnik"));
        assertFalse(PersonNames.compatible("Nathan C. Frey", "Nathan D. Frey"));
        assertFalse(PersonNames.compatible("Wei Zhang", "Wen Zhang"));
        assertFalse(PersonNames.compatible("Jack Rae", "Jack Ra"), "Rae is not a transliterated umlaut");
        assertFalse(PersonNames.compatible("Hossein Mobahi", "Dilip Krishnan"));
    }

    @Test
    void namesTiedByOtherEvidenceAlignThroughATypingSlip() {
        assertTrue(PersonNames.alignable("Masao Utiyama", "Masso Utiyama"));
        assertTrue(PersonNames.alignable("Christoph Studer", "Christoph Studor"));
        assertTrue(PersonNames.alignable("XUAN-PHI NGUYEN", "Xuan-Phi Nguyen"));
        assertFalse(PersonNames.alignable("Andrew Ilyas", "Logan Engstrom"));
    }

    @Test
    void theBestFormedSpellingComesFirst() {
        assertEquals(List.of("Łukasz Kaiser", "Lukasz Kaiser"), sorted("Lukasz Kaiser", "Łukasz Kaiser"));
        assertEquals(List.of("Jiashi Feng", "Jiashi FENG"), sorted("Jiashi FENG", "Jiashi Feng"));
        assertEquals(List.of("Tommi S. Jaakkola", "Tommi Jaakkola"), sorted("Tommi Jaakkola", "Tommi S. Jaakkola"));
        assertEquals(List.of("Andrea Vedaldi", "A. Vedaldi"), sorted("A. Vedaldi", "Andrea Vedaldi"));
    }

    private static List<String> sorted(String... names) {
        return Stream.of(names).sorted(PersonNames.BEST_FORMED).toList();
    }
}
