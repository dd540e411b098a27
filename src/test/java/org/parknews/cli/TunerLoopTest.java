package org.parknews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parknews.record.RecordJson;

/**
 * The tuner's loop from issue 6: a company no rule finds is missed; one line in a copy of
 * seeds/companies.txt makes the next evaluate find it, and the score moves.
 */
class TunerLoopTest {
    private static final String COMPANY = "岳麓芯源";
    private static final String ARTICLE = """
            岳麓芯源发布两款车规级芯片
            作者:周敏    时间:2021-06-09
              6月8日,岳麓芯源在长沙高新区举行新品发布会,发布两款车规级芯片。据介绍,岳麓芯源去年实现营业收入3.2亿元,同比增长56%,研发人员已超过300人。
              长沙高新区管委会主任王立新表示,园区将继续支持集成电路设计企业在这里集聚发展。
            """;
    private static final String GOLD = """
            {"article": "chip.txt", "title": "岳麓芯源发布两款车规级芯片",
             "entities": {"company": [{"name": "%s"}]}}
            """.formatted(COMPANY);

    @Test
    void addingACompanyToTheLexiconMakesItAppearAndRaisesTheScore(@TempDir Path tmp) throws Exception {
        Path seeds = SeedErrorTest.copySeeds(tmp.resolve("seeds"));
        Path gold = Files.createDirectories(tmp.resolve("gold"));
        Files.writeString(gold.resolve("chip.txt.gold.json"), GOLD, StandardCharsets.UTF_8);
        Path article = tmp.resolve("chip.txt");
        Files.writeString(article, ARTICLE, StandardCharsets.UTF_8);

        JsonNode before = evaluate(seeds, gold, article, tmp.resolve("before.html"));
        assertEquals(0, before.at("/entities/company/matched").asInt(), "no rule should know " + COMPANY + " yet");
        assertEquals(COMPANY, before.at("/per_article/0/misses").findValuesAsText("expected").stream()
                .filter(COMPANY::equals).findFirst().orElse(null));

        Files.writeString(seeds.resolve("companies.txt"), COMPANY + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path afterHtml = tmp.resolve("after.html");
        JsonNode after = evaluate(seeds, gold, article, afterHtml);

        assertEquals(1, after.at("/entities/company/matched").asInt());
        assertEquals(1.0, after.at("/entities/company/recall").asDouble());
        assertTrue(after.at("/entities/company/f1").asDouble() > before.at("/entities/company/f1").asDouble());
        assertTrue(after.at("/entities/all/f1").asDouble() > before.at("/entities/all/f1").asDouble());
        assertTrue(after.at("/per_article/0/misses").findValuesAsText("expected").stream().noneMatch(COMPANY::equals));
        assertTrue(after.at("/rules/company.lexicon/right").asInt() >= 1);
        assertNotEquals(before.get("rules_hash").asText(), after.get("rules_hash").asText());

        Element mark = Jsoup.parse(Files.readString(afterHtml)).selectFirst(".body mark.company.matched");
        assertEquals(COMPANY, mark.ownText());
        assertTrue(mark.attr("title").contains("company.lexicon"), mark.attr("title"));
    }

    private static JsonNode evaluate(Path seeds, Path gold, Path article, Path html) throws Exception {
        CliRun run = CliRun.of("evaluate", "--json", "--seeds", seeds.toString(), "--gold", gold.toString(),
                "--html", html.toString(), article.toString());
        assertEquals(0, run.exit(), run.err());
        return RecordJson.MAPPER.readTree(run.out());
    }
}
