package org.paperkg.source.readers;

import org.paperkg.record.Slot;
import org.paperkg.source.Problems;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads slot lines of conference sites: {@code Tue 26 April 1:00 - 1:15 PDT}. Sites print the
 * time zone as an abbreviation and often no year; the year then comes from the manifest, or is
 * the latest year (not after {@code latestYear}) whose date falls on the printed weekday, and the
 * slot says it was inferred.
 */
final class SlotParser {
    static final Pattern SLOT = Pattern.compile(
            "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?\\s+(\\d{1,2})\\s+([A-Za-z]+)\\.?(?:\\s+(\\d{4}))?,?\\s+"
                    + "(\\d{1,2}):(\\d{2})\\s*[-–]\\s*(\\d{1,2}):(\\d{2})\\s+([A-Z]{2,5})$");

    /** Common abbreviations as offsets; the daylight-saving ones are fixed by their meaning. */
    private static final Map<String, ZoneOffset> ZONES = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("PDT", ZoneOffset.ofHours(-7)), Map.entry("PST", ZoneOffset.ofHours(-8)),
            Map.entry("MDT", ZoneOffset.ofHours(-6)), Map.entry("MST", ZoneOffset.ofHours(-7)),
            Map.entry("CDT", ZoneOffset.ofHours(-5)), Map.entry("CST", ZoneOffset.ofHours(-6)),
            Map.entry("EDT", ZoneOffset.ofHours(-4)), Map.entry("EST", ZoneOffset.ofHours(-5)),
            Map.entry("HST", ZoneOffset.ofHours(-10)), Map.entry("BST", ZoneOffset.ofHours(1)),
            Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)),
            Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)), Map.entry("SGT", ZoneOffset.ofHours(8)),
            Map.entry("JST", ZoneOffset.ofHours(9)), Map.entry("KST", ZoneOffset.ofHours(9)),
            Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)));

    private SlotParser() {
    }

    static boolean isSlot(String line) {
        return SLOT.matcher(line.strip()).matches();
    }

    /** The slot, or null with the reason said as an error at {@code lineNumber}. */
    static Slot parseOrReport(String line, Integer knownYear, int latestYear, int lineNumber, Problems problems) {
        try {
            return parse(line, knownYear, latestYear);
        } catch (IllegalArgumentException e) {
            problems.error(lineNumber, "bad time slot '" + line + "': " + e.getMessage());
            return null;
        }
    }

    /**
     * The slot, or an explanation of why the line is not one.
     *
     * @param knownYear  the year from the manifest, or null
     * @param latestYear the latest year an inferred date may fall in
     */
    static Slot parse(String line, Integer knownYear, int latestYear) throws IllegalArgumentException {
        Matcher m = SLOT.matcher(line.strip());
        if (!m.matches()) throw new IllegalArgumentException("not a time slot: " + line);
        DayOfWeek weekday = weekday(m.group(1));
        int day = Integer.parseInt(m.group(2));
        Month month = month(m.group(3));
        ZoneOffset zone = Optional.ofNullable(ZONES.get(m.group(9)))
                .orElseThrow(() -> new IllegalArgumentException("unknown time zone '" + m.group(9) + "'"));
        Integer year = m.group(4) != null ? Integer.valueOf(m.group(4)) : knownYear;
        boolean inferred = year == null;
        if (inferred) year = inferYear(weekday, month, day, latestYear);
        LocalDate date = LocalDate.of(year, month, day);
        if (date.getDayOfWeek() != weekday) {
            throw new IllegalArgumentException(date + " is a " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + ", not a " + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        LocalTime from = LocalTime.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
        LocalTime to = LocalTime.of(Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)));
        OffsetDateTime start = OffsetDateTime.of(date, from, zone);
        OffsetDateTime end = OffsetDateTime.of(to.isBefore(from) ? date.plusDays(1) : date, to, zone);
        return new Slot(start, end, inferred, line.strip());
    }

    private static int inferYear(DayOfWeek weekday, Month month, int day, int latestYear) {
        for (int year = latestYear; year > latestYear - 28; year--) {
            if (day <= month.length(java.time.Year.isLeap(year))
                    && LocalDate.of(year, month, day).getDayOfWeek() == weekday) {
                return year;
            }
        }
        throw new IllegalArgumentException("no year puts " + day + " " + month + " on a " + weekday);
    }

    private static DayOfWeek weekday(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(abbreviation)) return d;
        }
        throw new IllegalArgumentException("unknown weekday " + abbreviation);
    }

    private static Month month(String name) {
        for (Month mo : Month.values()) {
            String full = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            if (full.equalsIgnoreCase(name) || full.substring(0, 3).equalsIgnoreCase(name)) return mo;
        }
        throw new IllegalArgumentException("unknown month '" + name + "'");
    }
}
