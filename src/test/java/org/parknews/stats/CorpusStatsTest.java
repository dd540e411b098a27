package org.parknews.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corpus statistics over a hand-made records.jsonl whose counts are known. */
class CorpusStatsTest {
    private static final List<String> RECORDS = List.of(
            "{\"id\":\"a\",\"published\":\"2014-03-06\",\"site\":\"甲网\",\"body\":\"一二三\",\"entities\":["
                    + "{\"type\":\"park\",\"name\":\"湘潭高新区\",\"mentions\":[{},{}]},"
                    + "{\"type\":\"person\",\"name\":\"张三\"}],"
                    + "\"facts\":[{\"unit\":\"CNY\",\"metric\":\"投资\"},{\"unit\":\"家\",\"metric\":\"企业\"}],\"duplicate_of\":null}",
            "{\"id\":\"b\",\"published\":\"2014-05-01\",\"site\":\"乙网\",\"body\":\"四五\",\"entities\":["
                    + "{\"type\":\"park\",\"name\":\"湘潭高新区\"},{\"type\":\"company\",\"name\":\"某某有限公司\"}],"
                    + "\"facts\":[{\"unit\":\"CNY\",\"metric\":\"投资\"}],\"duplicate_of\":\"a\"}",
            "{\"id\":\"c\",\"published\":null,\"site\":null,\"body\":\"\",\"entities\":[],\"facts\":[]}");

    @TempDir
    Path dir;

    private CorpusStats stats() throws IOException {
        Files.write(dir.resolve("records.jsonl"), RECORDS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("_errors.jsonl"), "{\"path\":\"x\"}\n{\"path\":\"y\"}\n", StandardCharsets.UTF_8);
        return CorpusStats.of(dir);
    }

    @Test
    void countsArticlesFactsDuplicatesAndErrors() throws IOException {
        CorpusStats s = stats();
        assertEquals(3, s.articles());
        assertEquals(3, s.facts());
        assertEquals(1, s.duplicates());
        assertEquals(2, s.errors());
        assertEquals(5, s.bodyChars());
        assertEquals(List.of(Map.entry("(none)", 1L), Map.entry("2014", 2L)), s.years().byKey());
        assertEquals(Map.entry("湘潭高新区", 2L), s.parks().top(1).get(0), "parks count articles, not mentions");
        assertEquals(Map.entry("CNY", 2L), s.units().top(1).get(0));
        assertEquals(Map.entry("投资", 2L), s.metrics().top(1).get(0));
    }

    @Test
    void pageIsSelfContainedWithOneChartPerTable() throws IOException {
        Document page = Jsoup.parse(new StatsPage().render(stats(), 10));
        assertEquals(7, page.select("section svg.chart").size());
        assertTrue(page.select("script[src], link[href], img[src]").isEmpty(), "the page must load nothing");
        assertEquals("2", page.select("section").get(2).select("rect title").first().text().replaceAll(".*: ", ""));
    }

    @Test
    void terminalTablesAlignChineseLabels() throws IOException {
        String text = new StatsText().render(stats(), 10);
        assertTrue(text.startsWith("articles 3, body characters 5, facts 3, duplicates 1, errors 2"));
        assertEquals(4, StatsText.displayWidth("甲网"));
    }

    @Test
    void missingRecordsFileIsAClearError() {
        IOException e = assertThrows(IOException.class, () -> CorpusStats.of(dir));
        assertTrue(e.getMessage().contains("records.jsonl"));
    }
}
