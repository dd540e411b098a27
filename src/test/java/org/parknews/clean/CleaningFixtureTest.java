package org.parknews.clean;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.parknews.TestPipeline;
import org.parknews.eval.GoldArticle;
import org.parknews.eval.GoldSet;
import org.parknews.ingest.DocumentSink;
import org.parknews.ingest.Ingest;
import org.parknews.ingest.InputError;
import org.parknews.ingest.InputFinder;
import org.parknews.ingest.RawDocument;
import org.parknews.ingest.WarcFixtures;
import org.parknews.rules.RuleSet;

/**
 * Runs the cleaner over every cleaning fixture (HTML pages in several layouts and encodings,
 * text dumps, a JSON Lines file, a WARC written at test time) and the sample corpus, checks
 * every header field and body check of their gold files, and prints per-field accuracy.
 */
class CleaningFixtureTest {
    static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "clean");
    private static final List<String> FIELDS = List.of("title", "authors", "published", "origin", "body_start",
            "body_end", "body_clean");

    @TempDir
    static Path warcDir;

    private static final Map<String, Article> articles = new LinkedHashMap<>();
    private static final List<InputError> errors = new ArrayList<>();
    private static final List<GoldArticle> gold = new ArrayList<>();

    @BeforeAll
    static void cleanEverything() throws IOException {
        Cleaner cleaner = new Cleaner(RuleSet.load(TestPipeline.SEEDS));
        Ingest ingest = new Ingest();
        List<Path> inputs = new ArrayList<>(new InputFinder(ingest::accepts, null)
                .find(List.of(FIXTURES.resolve("inputs"), TestPipeline.CORPUS)));
        inputs.add(WarcFixtures.write(warcDir, true));
        for (Path file : inputs) {
            ingest.read(file, new DocumentSink() {
                @Override
                public void accept(RawDocument document) {
                    articles.put(document.id(), cleaner.clean(document));
                }

                @Override
                public void error(InputError error) {
                    errors.add(error);
                }
            });
        }
        gold.addAll(GoldSet.load(FIXTURES.resolve("gold")));
        gold.addAll(GoldSet.load(TestPipeline.GOLD));
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesItsGold() {
        return gold.stream().map(g -> DynamicTest.dynamicTest(g.article(), () -> {
            Article a = article(g);
            assertNotNull(a, "no article read for gold " + g.article() + "; read: " + articles.keySet());
            Map<String, String> wrong = wrongFields(g, a);
            assertTrue(wrong.isEmpty(), g.article() + ": " + wrong);
        }));
    }

    @Test
    void printsPerFieldAccuracy() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        FIELDS.forEach(f -> counts.put(f, new int[2]));
        StringBuilder table = new StringBuilder(String.format("%-45s %s%n", "fixture", String.join(" ", FIELDS)));
        for (GoldArticle g : gold) {
            Article a = article(g);
            Map<String, String> wrong = a == null ? Map.of() : wrongFields(g, a);
            StringBuilder row = new StringBuilder(String.format("%-45s", g.article()));
            for (String f : FIELDS) {
                boolean right = a != null && !wrong.containsKey(f);
                counts.get(f)[0] += right ? 1 : 0;
                counts.get(f)[1]++;
                row.append(String.format(" %" + f.length() + "s", right ? "ok" : "MISS"));
            }
            table.append(row).append('\n');
        }
        table.append(String.format("%-45s", "accuracy"));
        counts.forEach((f, c) -> table.append(String.format(" %" + f.length() + "s", String.format("%d/%d", c[0], c[1]))));
        System.out.println("Cleaning fixtures (" + gold.size() + " gold files, " + articles.size() + " articles read):");
        System.out.println(table);
        assertEquals(gold.size(), gold.stream().filter(g -> article(g) != null).count(), "every gold file has an article");
    }

    @Test
    void brokenJsonLinesRowsAreReportedWithTheirRowNumberAndTheRestIsRead() {
        List<InputError> jsonl = errors.stream().filter(e -> e.path().endsWith("park_news.jsonl")).toList();
        assertAll(
                () -> assertEquals(List.of(3L, 4L), jsonl.stream().map(InputError::record).toList(), jsonl.toString()),
                () -> assertTrue(jsonl.get(0).reason().contains("not valid JSON"), jsonl.get(0).reason()),
                () -> assertTrue(jsonl.get(1).reason().contains("no article text"), jsonl.get(1).reason()),
                () -> assertEquals(jsonl.size(), errors.size(), "only the two broken rows fail: " + errors));
    }

    @Test
    void sourceRecordsHowEachInputWasRead() {
        assertAll(
                () -> assertEquals("GB18030", articles.get("yuetang_gbk_nodecl").source().charset()),
                () -> assertTrue(articles.get("yuetang_gbk_nodecl").warnings().stream().anyMatch(w -> w.startsWith("charset guessed"))),
                () -> assertEquals("UTF-8", articles.get("changsha_jsp_gb2312_decl_utf8").source().charset()),
                () -> assertTrue(articles.get("changsha_jsp_gb2312_decl_utf8").warnings().stream().anyMatch(w -> w.contains("gb2312"))),
                () -> assertEquals("Big5-HKSCS", articles.get("zhuke_big5").source().charset()),
                () -> assertEquals("UTF-16LE", articles.get("zhuzhou_utf16_bom").source().charset()),
                () -> assertEquals("UTF-8", articles.get("guanggu_portal_utf8").source().charset()),
                () -> assertFalse(articles.get("guanggu_portal_utf8").warnings().stream().anyMatch(w -> w.contains("charset"))),
                () -> assertEquals("GB18030", articles.get(WarcFixtures.XIANGJIANG_ID).source().charset()),
                () -> assertEquals("warc", articles.get(WarcFixtures.XIANGJIANG_ID).source().format()),
                () -> assertEquals("http://news.example-xj.cn/cyxw/201906/t20190612_5521.html",
                        articles.get(WarcFixtures.XIANGJIANG_ID).source().url()),
                () -> assertEquals("2019-06-13T02:00:01Z", articles.get(WarcFixtures.XIANGJIANG_ID).source().crawled()),
                () -> assertEquals(2L, articles.get(WarcFixtures.XIANGJIANG_ID).source().record()),
                () -> assertEquals("jsonl", articles.get("jl-001").source().format()),
                () -> assertEquals(1L, articles.get("jl-001").source().record()),
                () -> assertEquals("https://www.example.cn/news/2021/06/09/1001.html", articles.get("jl-001").source().url()),
                () -> assertEquals(5L, articles.get("jl-003").source().record()));
    }

    private static Article article(GoldArticle g) {
        return articles.getOrDefault(g.article(), articles.get(g.recordId()));
    }

    /** The fields the article gets wrong, each with what was expected and what came out. */
    static Map<String, String> wrongFields(GoldArticle g, Article a) {
        Map<String, String> wrong = new LinkedHashMap<>();
        compare(wrong, "title", g.title(), a.title());
        compare(wrong, "authors", String.valueOf(g.authors()), String.valueOf(a.authors()));
        compare(wrong, "published", g.published(), a.published());
        compare(wrong, "origin", g.origin(), a.origin());
        String body = a.body();
        GoldArticle.Body b = g.body();
        if (b.startsWith() != null && !body.startsWith(b.startsWith())) {
            wrong.put("body_start", "expected " + b.startsWith() + " | got " + body.substring(0, Math.min(40, body.length())));
        }
        if (b.endsWith() != null && !body.endsWith(b.endsWith())) {
            wrong.put("body_end", "expected " + b.endsWith() + " | got " + body.substring(Math.max(0, body.length() - 40)));
        }
        List<String> left = b.mustNotContain() == null ? List.of() : b.mustNotContain().stream().filter(body::contains).toList();
        if (!left.isEmpty()) {
            wrong.put("body_clean", "still holds " + left);
        }
        return wrong;
    }

    private static void compare(Map<String, String> wrong, String field, String expected, String actual) {
        if (!Objects.equals(expected, actual)) {
            wrong.put(field, "expected " + expected + " | got " + actual);
        }
    }
}
