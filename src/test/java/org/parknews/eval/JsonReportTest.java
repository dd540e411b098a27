package org.parknews.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parknews.record.RecordJson;

class JsonReportTest {
    private static JsonNode json;

    @BeforeAll
    static void render() throws Exception {
        json = RecordJson.MAPPER.readTree(new JsonReport().render(HandmadeCase.evaluation()));
    }

    /** The paths a CI script reads, with the values the hand-made case must give. */
    @ParameterizedTest
    @CsvSource({
            "/entities/all/f1, 0.6667",
            "/entities/park/precision, 1.0",
            "/entities/park/recall, 1.0",
            "/entities/park/f1, 1.0",
            "/entities/company/precision, 0.0",
            "/entities/company/recall, 0.0",
            "/entities/person/f1, 1.0",
            "/facts/precision, 0.5",
            "/facts/recall, 1.0",
            "/facts/f1, 0.6667",
            "/facts/metric/accuracy, 1.0",
            "/facts/period/accuracy, 1.0",
            "/fields/title/accuracy, 1.0",
            "/rules/quantity.count/produced, 1",
            "/rules/quantity.count/right, 0",
            "/rules/park.suffix/precision, 1.0",
            "/per_article/0/entities/all/f1, 0.6667",
            "/per_article/0/facts/f1, 0.6667",
            "/articles_scored, 1",
    })
    void scoresSitAtDocumentedPaths(String path, double expected) {
        JsonNode n = json.at(path);
        assertTrue(n.isNumber(), path + " is " + n);
        assertEquals(expected, n.asDouble(), 1e-4, path);
    }

    @Test
    void listsMissesFalseHitsAndUnmatchedGold() {
        JsonNode article = json.at("/per_article/0");
        assertEquals("handmade", article.get("id").asText());
        assertEquals("星城科技有限公司", article.at("/misses/0/expected").asText());
        assertEquals(1, article.at("/misses/0/spans").size());
        assertEquals("company.legal-suffix", article.at("/false_hits/0/rule").asText());
        assertEquals("quantity.count", article.at("/false_hits/1/rule").asText());
        assertTrue(article.at("/false_hits/1/sentence").asText().contains("300人"));
        assertEquals("elsewhere.txt", json.at("/unmatched_gold/0").asText());
    }
}
