package org.paperkg.pull;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperkg.record.PageInfo;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Hugging Face's daily papers, one page per day: {@code GET API?date=YYYY-MM-DD}, a JSON array
 * (or {@code {"data": [...]}}). A day two or more days back no longer changes, so its cached
 * answer stands; today's and yesterday's are asked again after an hour.
 */
public final class HfDailySource implements Source {
    public static final String API = "https://huggingface.co/api/daily_papers";
    private final String api;
    private final LocalDate from;
    private final LocalDate to;
    private final LocalDate today;

    public HfDailySource(String api, LocalDate from, LocalDate to, LocalDate today) {
        if (to.isBefore(from)) throw new IllegalArgumentException("the range " + from + ".." + to + " ends before it starts");
        if (from.plusYears(10).isBefore(to)) throw new IllegalArgumentException("the range " + from + ".." + to + " is longer than ten years");
        this.api = api;
        this.from = from;
        this.to = to;
        this.today = today;
    }

    @Override
    public String describe() {
        return "hf-daily " + from + ".." + to;
    }

    @Override
    public String first() {
        return from.toString();
    }

    @Override
    public Unit unit(String cursor) {
        LocalDate day = LocalDate.parse(cursor);
        URI url = URI.create(api + (api.contains("?") ? "&" : "?") + "date=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        Duration maxAge = day.isBefore(today.minusDays(1)) ? Duration.ofDays(36500) : Duration.ofHours(1);
        return new Unit(cursor, url, "hf-daily/" + cursor + ".json", new PageInfo(null, day.getYear(), url.toString()), maxAge);
    }

    @Override
    public Step step(String cursor, byte[] body) throws FetchException {
        JsonNode root = JsonAnswers.read(unit(cursor).url(), body);
        JsonNode list = root != null && root.isObject() ? root.path("data") : root;
        if (list == null || !list.isArray()) {
            throw new FetchException(unit(cursor).url() + " answered JSON that is not a list of papers"
                    + (root != null && root.has("error") ? " (" + root.path("error").asText() + ")" : ""));
        }
        return new Step(list.size(), next(cursor));
    }

    @Override
    public Optional<String> nextWithoutAnswer(String cursor) {
        return Optional.ofNullable(next(cursor));
    }

    private String next(String cursor) {
        LocalDate next = LocalDate.parse(cursor).plusDays(1);
        return next.isAfter(to) ? null : next.toString();
    }

    @Override
    public Duration interval() {
        return Duration.ofMillis(500);
    }
}
