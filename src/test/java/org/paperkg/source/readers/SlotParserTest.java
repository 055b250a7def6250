package org.paperkg.source.readers;

import org.junit.jupiter.api.Test;
import org.paperkg.record.Slot;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlotParserTest {
    @Test
    void pdtIsMinusSevenHours() {
        Slot s = SlotParser.parse("Tue 26 April 1:00 - 1:15 PDT", 2022, 2026);
        assertEquals(OffsetDateTime.parse("2022-04-26T01:00:00-07:00"), s.start());
        assertEquals(OffsetDateTime.parse("2022-04-26T01:15:00-07:00"), s.end());
        assertFalse(s.yearInferred());
    }

    @Test
    void yearIsTheLatestWhoseDateFallsOnTheWeekday() {
        Slot s = SlotParser.parse("Tue 26 April 1:00 - 1:15 PDT", null, 2026);
        assertEquals(2022, s.start().getYear());
        assertTrue(s.yearInferred());
        assertEquals(2016, SlotParser.parse("Tue 26 April 1:00 - 1:15 PDT", null, 2021).start().getYear());
    }

    @Test
    void aSlotPastMidnightEndsNextDay() {
        Slot s = SlotParser.parse("Wed 3 May 23:30 - 0:15 CEST", 2023, 2026);
        assertEquals(OffsetDateTime.parse("2023-05-04T00:15:00+02:00"), s.end());
    }

    @Test
    void aWeekdayThatDisagreesWithTheYearIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SlotParser.parse("Mon 26 April 1:00 - 1:15 PDT", 2022, 2026));
        assertEquals("2022-04-26 is a Tuesday, not a Monday", e.getMessage());
    }

    @Test
    void anUnknownZoneIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> SlotParser.parse("Tue 26 April 1:00 - 1:15 XYZ", 2022, 2026));
    }
}
