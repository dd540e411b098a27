package org.parknews.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlReportTest {
    private static Document page;

    @BeforeAll
    static void render() {
        page = Jsoup.parse(new HtmlReport().render(HandmadeCase.evaluation(), HandmadeCase.records()));
    }

    /** One row per mark the body must show: selector, its own text, a fragment of its hover title. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "mark.park.matched    | 岳麓产业园 | park.suffix",
            "mark.person.matched  | 王强 | person.title-before-name",
            "mark.company.miss    | 星城 | missed company: 星城科技有限公司",
            "mark.company.miss > mark.company.false | 科技有限公司 | company.legal-suffix",
            "mark.fact.matched    | 5亿元 | metric 总投资",
            "mark.fact.false      | 300人 | quantity.count",
    })
    void bodyMarksEveryItemWithItsStatusAndRule(String selector, String ownText, String titleFragment) {
        Element mark = page.selectFirst("section.article .body " + selector);
        assertNotNull(mark, selector);
        assertEquals(ownText, mark.ownText());
        assertTrue(mark.attr("title").contains(titleFragment), mark.attr("title"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "table.scores tr:contains(entities.all) | entities.all 0.667 0.667 0.667 2 3 3",
            "table.scores tr:contains(facts)        | facts 0.500 1.000 0.667 1 2 1",
            "table.rules tr:contains(quantity.count) | quantity.count 1 0 1 0.000",
            "table.rules tr:contains(park.suffix)    | park.suffix 1 1 0 1.000",
            "table.fields tr:contains(body_clean)    | body_clean 1.000 1 1",
            "table.misses tr                         | company 星城科技有限公司 " + HandmadeCase.BODY_FIRST_SENTENCE,
            "table.false-hits tr:contains(300人)     | fact 300人 = 300 人 quantity.count " + HandmadeCase.BODY_FIRST_SENTENCE,
    })
    void tablesHoldTheScores(String selector, String rowText) {
        Element row = page.select(selector).last();
        assertNotNull(row, selector);
        assertEquals(rowText, row.text());
    }

    @Test
    void noisyRulesAreShadedAndUnmatchedGoldIsReported() {
        assertTrue(page.selectFirst("table.rules tr:contains(quantity.count)").hasClass("noisy"));
        assertFalse(page.selectFirst("table.rules tr:contains(park.suffix)").hasClass("noisy"));
        assertTrue(page.selectFirst("p.unmatched").text().contains("elsewhere.txt"));
    }

    @Test
    void pageIsSelfContained() {
        assertTrue(page.select("script, link, img, iframe, object, embed").isEmpty());
        assertTrue(page.select("[src], [href]").isEmpty());
        assertFalse(page.selectFirst("head style").data().contains("url("));
        assertEquals("utf-8", page.selectFirst("meta[charset]").attr("charset"));
    }
}
