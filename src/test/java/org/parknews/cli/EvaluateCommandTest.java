package org.parknews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parknews.TestPipeline;
import org.parknews.record.RecordJson;

class EvaluateCommandTest {
    private static final String GOLD = TestPipeline.GOLD.toString();
    private static final String SAMPLE = "corpus/samples/001_0acc258f0dc2cd30.txt";
    private static final int GOLD_FILES = goldFiles();

    @TempDir
    static Path tmp;

    private static int goldFiles() {
        try (var files = Files.list(TestPipeline.GOLD)) {
            return (int) files.filter(f -> f.toString().endsWith(".gold.json")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
    private static CliRun jsonRun;
    private static JsonNode json;
    private static Path html;

    @BeforeAll
    static void evaluateSamples() throws Exception {
        html = tmp.resolve("report").resolve("eval.html");
        jsonRun = CliRun.of("evaluate", "--json", "--gold", GOLD, "--html", html.toString(), "corpus");
        json = RecordJson.MAPPER.readTree(jsonRun.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/entities/all/f1", "/entities/park/precision", "/entities/park/recall", "/entities/park/f1",
            "/entities/person/precision", "/entities/person/recall", "/entities/person/f1",
            "/entities/company/precision", "/entities/company/recall", "/entities/company/f1",
            "/facts/precision", "/facts/recall", "/facts/f1", "/facts/metric/accuracy", "/facts/period/accuracy",
            "/fields/title/accuracy", "/fields/body_clean/accuracy", "/per_article/2/entities/all/f1"})
    void jsonHasEveryScore(String path) {
        assertEquals(0, jsonRun.exit(), jsonRun.err());
        double v = json.at(path).asDouble(-1);
        assertTrue(json.at(path).isNumber() && v >= 0 && v <= 1, path + " = " + json.at(path));
    }

    @Test
    void jsonCountsArticlesRulesAndSkippedInputs() {
        assertEquals(GOLD_FILES, json.get("articles_scored").asInt());
        assertEquals(2, json.get("inputs_without_gold").asInt());
        assertEquals(64, json.get("rules_hash").asText().length());
        assertTrue(json.at("/rules/quantity.money/produced").asInt() > 0);
        assertEquals(0, json.get("unmatched_gold").size());
    }

    @Test
    void htmlReportHasAnArticlePerGoldFileWithMarks() throws Exception {
        Document page = Jsoup.parse(Files.readString(html));
        assertEquals(GOLD_FILES, page.select("section.article").size());
        assertTrue(page.select(".body mark.matched").size() > 10);
        assertTrue(page.select(".body mark.false[title*=rule]").size() > 0);
        assertTrue(page.select(".body mark.miss").size() > 0);
    }

    /**
     * A gold file edited so that one park is missing from the article and one real person is
     * missing from the gold: whatever the extractors' quality, the report must show a MISS and
     * a FALSE line, each with its sentence.
     */
    @Test
    void textReportListsMissesAndFalseHitsWithRuleAndSentence(@TempDir Path gold) throws Exception {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) RecordJson.MAPPER.readTree(
                TestPipeline.GOLD.resolve("001_0acc258f0dc2cd30.txt.gold.json").toFile());
        var parks = (com.fasterxml.jackson.databind.node.ArrayNode) node.at("/entities/park");
        parks.addObject().put("name", "湘潭高新区").putArray("aliases");
        var people = (com.fasterxml.jackson.databind.node.ArrayNode) node.at("/entities/person");
        for (int i = people.size() - 1; i >= 0; i--) {
            if (people.get(i).get("name").asText().equals("颜晓媚")) {
                people.remove(i);
            }
        }
        parks.remove(0);
        parks.addObject().put("name", "不存在示范园").putArray("aliases");
        Files.writeString(gold.resolve("001_0acc258f0dc2cd30.txt.gold.json"), RecordJson.pretty(node));
        Files.copy(TestPipeline.GOLD.resolve("000_79dc9c1204d006a1.txt.gold.json"),
                gold.resolve("000_79dc9c1204d006a1.txt.gold.json"));

        CliRun run = CliRun.of("evaluate", "--gold", gold.toString(), SAMPLE);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("entity.all"), run.out());
        assertTrue(run.out().contains("001_0acc258f0dc2cd30"));
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("  FALSE  ") && l.contains("颜晓媚") && l.contains("  [")
                && l.contains(" | ")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("  MISS   ") && l.contains("不存在示范园")), run.out());
        assertTrue(run.err().contains("gold file for 000_79dc9c1204d006a1.txt not scored"), run.err());
    }

    @ParameterizedTest
    @CsvSource({"0.0, 0", "0.3, 0", "0.999, 1"})
    void minF1SetsTheExitCode(String min, int exit) {
        CliRun run = CliRun.of("evaluate", "--brief", "--gold", GOLD, "--min-f1", min, SAMPLE);
        assertEquals(exit, run.exit(), run.err());
        assertEquals(exit == 1, run.err().contains("below --min-f1"), run.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--gold | no-such-folder | gold folder not found: no-such-folder",
            "--gold | corpus | no *.gold.json files in corpus",
    })
    void badGoldFolderIsAUsageError(String option, String value, String message) {
        CliRun run = CliRun.of("evaluate", option, value, SAMPLE);
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("parknews: " + message), run.err());
    }

    @Test
    void goldWithoutAnyInputArticleIsAUsageError(@TempDir Path empty) {
        CliRun run = CliRun.of("evaluate", "--gold", GOLD, empty.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("none of the " + GOLD_FILES + " gold files"), run.err());
    }
}
