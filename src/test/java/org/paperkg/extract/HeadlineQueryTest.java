package org.paperkg.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.paperkg.Examples;
import org.paperkg.Paperkg;
import org.paperkg.query.QueryParameters;
import org.paperkg.query.QueryRunner;
import org.paperkg.query.StoredQueries;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Which papers use ImageNet and diffusion?" answers exactly ../shared/gold/headline-query.tsv, with evidence. */
class HeadlineQueryTest {
    @Test
    void imageNetAndDiffusionGiveExactlyTheGoldTitlesEachWithItsSentences() throws Exception {
        List<String> gold = Files.readAllLines(Examples.GOLD.resolve("headline-query.tsv"), StandardCharsets.UTF_8)
                .stream().skip(1).filter(l -> !l.isBlank()).sorted().toList();
        JsonNode rows;
        try (Paperkg kg = Examples.ingestedInMemory(Examples.pages())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            kg.query(QueryRunner.parse(StoredQueries.load("papers-using-dataset-and-concept").orElseThrow().text(), "headline"),
                    new QueryParameters().add("dataset=ImageNet").add("concept=diffusion").asMap(), QueryRunner.Format.JSON, out);
            rows = new ObjectMapper().readTree(out.toByteArray()).at("/results/bindings");
        }
        List<String> titles = new ArrayList<>();
        for (JsonNode row : rows) {
            titles.add(row.at("/title/value").asText());
            String datasetEvidence = row.at("/datasetEvidence/value").asText();
            String conceptEvidence = row.at("/conceptEvidence/value").asText().toLowerCase(Locale.ROOT);
            assertTrue(datasetEvidence.contains("ImageNet"), datasetEvidence);
            assertTrue(conceptEvidence.contains("diffusion") || conceptEvidence.contains("score") || conceptEvidence.contains("consistency"),
                    conceptEvidence);
        }
        assertEquals(gold, titles.stream().sorted().toList());
    }

    @Test
    void theStoredQueryAnswersAsTheFilterAndPathQueryItReplacedDoes() {
        try (Paperkg kg = Examples.ingestedInMemory(Examples.pages())) {
            int answered = org.paperkg.HeadlineQueries.assertSameAnswersAsByPath(kg, 6, 6);
            assertTrue(answered >= 10, "only " + answered + " of the 72 questions had papers");
        }
    }
}
