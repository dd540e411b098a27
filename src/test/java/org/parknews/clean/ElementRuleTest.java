package org.parknews.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.parknews.ingest.TextDecoder;

/** The cleaner's element rules select exactly what the jsoup selectors they stand for select. */
class ElementRuleTest {
    private static final String CHROME_WORDS = "(?i)(nav|menu|breadcrumb|crumb|share|comment|related|sidebar|footer|copyright|"
            + "toolbar|pager|recommend|disclaimer|qr_?code)";
    private static final Evaluator CHROME_SELECTOR = QueryParser.parse(
            "script, style, noscript, iframe, nav, header, footer, aside, form, select, button, "
                    + "[class~=" + CHROME_WORDS + "], [id~=" + CHROME_WORDS + "]");
    private static final String TITLE_WORDS = "(?i)(title|headline|biaoti|\\btit\\b)";
    private static final Evaluator HEADLINE_SELECTOR = QueryParser.parse(
            "h1, h2, h3, [class~=" + TITLE_WORDS + "], [id~=" + TITLE_WORDS + "]");
    private static final Path PAGES = Path.of("src/test/resources/fixtures/clean/inputs");

    static Stream<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(PAGES)) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.(html?|jsp|xhtml)")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void selectsWhatTheSelectorsSelectOnFixturePages(Path page) throws IOException {
        Document doc = Jsoup.parse(new TextDecoder().decode(Files.readAllBytes(page), null, true).text());
        assertEquals(doc.select(CHROME_SELECTOR), doc.select(HtmlCleaner.CHROME));
        assertEquals(doc.select(HEADLINE_SELECTOR), doc.select(HtmlCleaner.HEADLINE_CANDIDATES));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<nav>首页</nav>                          | 1 | 0",
            "<div class='TopMenu'>菜单</div>          | 1 | 0",
            "<div id='qr_code'>扫码</div>             | 1 | 0",
            "<div class='content'>正文</div>          | 0 | 0",
            "<h2>标题</h2>                            | 0 | 1",
            "<span id='tit'>标题</span>               | 0 | 1",
            "<span class='subtit'>副标题</span>        | 0 | 0",
            "<div class='ArticleTitle'>标题</div>     | 0 | 1",
            "<header><h1 class='news-title'>标题</h1></header> | 1 | 1"})
    void matchesByTagClassOrId(String html, int chrome, int headline) {
        Document doc = Jsoup.parse(html);
        assertEquals(chrome, doc.body().select(HtmlCleaner.CHROME).size());
        assertEquals(headline, doc.body().select(HtmlCleaner.HEADLINE_CANDIDATES).size());
        assertEquals(doc.body().select(CHROME_SELECTOR), doc.body().select(HtmlCleaner.CHROME));
        assertEquals(doc.body().select(HEADLINE_SELECTOR), doc.body().select(HtmlCleaner.HEADLINE_CANDIDATES));
    }
}
