package org.parknews.clean;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parknews.TestPipeline;
import org.parknews.ingest.ContentType;
import org.parknews.ingest.RawDocument;
import org.parknews.ingest.SourceInfo;
import org.parknews.rules.RuleSet;

/** One row per rule of HTML cleaning: what a small page holds, and what must (not) reach the body. */
class HtmlCleanerTest {
    private static final Cleaner CLEANER = new Cleaner(RuleSet.load(TestPipeline.SEEDS));
    private static final String P1 = "<p>近日，园区召开了经济工作会议，部署全年重点工作任务。</p>";
    private static final String P2 = "<p>会议提出，今年要新开工项目30个以上，完成固定资产投资150亿元。</p>";
    private static final String P3 = "<p>园区将进一步优化营商环境，推动项目早落地、早投产、早见效。</p>";

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("scripts, styles and template directives",
                        "<%@ page contentType=\"text/html\" %><script>var a='脚本内容';</script><style>.x{}</style>"
                                + "<div>" + P1 + P2 + "<%=pager%>" + P3 + "</div>",
                        "脚本内容|page contentType|pager|.x{}"),
                Arguments.of("navigation, menus and breadcrumbs",
                        "<nav><a>首页</a><a>新闻中心</a></nav><ul class='menu'><li><a>政务公开</a></li></ul>"
                                + "<div class='breadcrumb'>您的位置：首页 > 园区动态</div><div>" + P1 + P2 + P3 + "</div>",
                        "首页|政务公开|您的位置"),
                Arguments.of("share bars and comments",
                        "<div>" + P1 + P2 + P3 + "<div class='share'>分享到：微信 微博</div>"
                                + "<div id='comment-list'><p>网友：说得好，支持园区发展！</p></div></div>",
                        "分享到|网友"),
                Arguments.of("related-article lists and footers",
                        "<div>" + P1 + P2 + P3 + "<h3>相关新闻</h3><ul><li><a>某园区举办招聘会</a></li></ul></div>"
                                + "<div class='foot'>版权所有 某某网 湘ICP备00000000号</div>",
                        "相关新闻|招聘会|版权所有|ICP"),
                Arguments.of("a short caption right under an image",
                        "<div>" + P1 + "<p><img src='a.jpg'></p><p>会议现场</p>" + P2 + P3 + "</div>", "会议现场"),
                Arguments.of("▲ and 图 caption lines",
                        "<div>" + P1 + "<p>▲园区新建的标准厂房。</p>" + P2 + "<p>图：签约仪式现场</p>" + P3 + "</div>",
                        "▲|签约仪式现场"),
                Arguments.of("a disclaimer block bigger than the article",
                        "<h1>园区召开经济工作会议</h1><div class='c'>" + P1 + P2 + "</div><div class='x'><p>免责声明：本网转载的所有作品，"
                                + "均注明来源及作者，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。如涉及版权等问题，请作品权利人"
                                + "在作品发表之日起三十日内与本网联系，本网将在核实后第一时间删除相关内容，否则视为放弃相关权利。</p>"
                                + "<p>凡本网注明来源的所有文字、图片和音视频稿件，版权均属本网所有，任何媒体、网站或个人未经本网协议授权不得转载、"
                                + "链接、转贴或以其他方式复制发表，违者本网将依法追究责任。</p></div>",
                        "免责声明|版权"));
    }

    @ParameterizedTest(name = "drops {0}")
    @MethodSource("pages")
    void dropsPageChromeAndKeepsTheArticle(String rule, String bodyHtml, String mustNotContain) {
        Article a = clean("<html><head><title>园区召开经济工作会议_新闻_某某网</title></head><body>" + bodyHtml + "</body></html>", null);
        assertAll(
                () -> assertTrue(a.body().startsWith("近日，园区召开了经济工作会议"), a.body()),
                () -> assertTrue(a.body().endsWith(rule.startsWith("a disclaimer") ? "完成固定资产投资150亿元。" : "早见效。"), a.body()),
                () -> {
                    for (String s : mustNotContain.split("\\|")) {
                        assertFalse(a.body().contains(s), s + " left in " + a.body());
                    }
                });
    }

    @Test
    void aSectionHeadUnderAnImageIsNoCaption() {
        Article a = clean("<html><body><div>" + P1 + "<p><img src='a.jpg'></p><p>二、市场主体加快集聚</p>" + P2 + P3
                + "</div></body></html>", null);
        assertTrue(a.body().contains("\n二、市场主体加快集聚\n"), a.body());
    }

    static Stream<Arguments> headlines() {
        return Stream.of(
                Arguments.of("<title>园区召开经济工作会议_园区动态_某某网</title>",
                        "<h3>园区动态</h3><div class='tit'>园区召开经济工作会议</div>", "园区召开经济工作会议"),
                Arguments.of("<title>园区召开经济工作会议 - 某某网</title>",
                        "<h1 class='logo'>某某网</h1><h2>园区召开经济工作会议</h2>", "园区召开经济工作会议"),
                Arguments.of("<title>新闻详情</title>", "<h1>园区召开经济工作会议</h1>", "园区召开经济工作会议"),
                Arguments.of("<title>园区召开经济工作会议_新闻_某某网</title>", "<div class='c'></div>", "园区召开经济工作会议"),
                Arguments.of("<meta property='og:title' content='园区召开经济工作会议'><title>某某网</title>",
                        "<h2 class='article-title'>园区召开经济工作会议</h2>", "园区召开经济工作会议"));
    }

    @ParameterizedTest
    @MethodSource("headlines")
    void findsTheHeadline(String head, String headlineHtml, String expected) {
        Article a = clean("<html><head>" + head + "</head><body>" + headlineHtml + "<div>" + P1 + P2 + "</div></body></html>", null);
        assertEquals(expected, a.title());
    }

    @Test
    void survivesPagesNestedTenThousandDeep() {
        String deep = "<html><body>" + "<div>".repeat(10_000) + P1 + P2 + "</div>".repeat(10_000) + "</body></html>";
        assertEquals("近日，园区召开了经济工作会议，部署全年重点工作任务。\n会议提出，今年要新开工项目30个以上，完成固定资产投资150亿元。",
                clean(deep, null).body());
    }

    @Test
    void keepsParagraphBreaksFromBlocksAndLineBreaks() {
        Article a = clean("<html><body><div id='zoom'>　　近日，园区召开了经济工作会议，部署全年工作。<br><br>"
                + "　　会议提出，今年要新开工项目30个以上。<br>　　园区将进一步优化营商环境。</div></body></html>", null);
        assertEquals("近日，园区召开了经济工作会议，部署全年工作。\n会议提出，今年要新开工项目30个以上。\n园区将进一步优化营商环境。",
                a.body());
    }

    @Test
    void takesTheDateFromTheUrlOnlyAsALastResort() {
        String page = "<html><head><title>园区召开经济工作会议</title></head><body><div>" + P1 + P2 + "</div></body></html>";
        String dated = "<html><head><title>园区召开经济工作会议</title></head><body><div><p>发布时间：2020-05-06</p>"
                + P1 + P2 + "</div></body></html>";
        assertAll(
                () -> assertEquals("2021-06-09", clean(page, "http://www.example.cn/news/2021/0609/123.html").published()),
                () -> assertEquals("2020-05-06", clean(dated, "http://www.example.cn/news/2021/0609/123.html").published()),
                () -> assertEquals(null, clean(page, "http://www.example.cn/news/123.html").published()));
    }

    @Test
    void readsTheHeaderUnderTheHeadlineEvenWhenAMenuRepeatsIt() {
        String page = "<html><head><title>园区召开经济工作会议_某某网</title></head><body>"
                + "<ul class='list'><li>园区召开经济工作会议</li><li>2021-05-06 园区举办招聘会</li><li>2021-04-28 园区一季度经济运行平稳</li></ul>"
                + "<h1>园区召开经济工作会议</h1><div>2020-12-30 记者 王芳</div><div>" + P1 + P2 + "</div></body></html>";
        Article a = clean(page, null);
        assertAll(() -> assertEquals("2020-12-30", a.published()), () -> assertEquals(List.of("王芳"), a.authors()));
    }

    @Test
    void readsTheSiteNameFromOgSiteNameOrTheCopyrightLine() {
        String og = "<html><head><meta property='og:site_name' content='江城新闻网'></head><body><div>" + P1 + P2 + "</div></body></html>";
        String copyright = "<html><body><div>" + P1 + P2 + "</div><div>版权所有：湘中在线 湘ICP备05000123号</div></body></html>";
        assertAll(() -> assertEquals("江城新闻网", clean(og, null).site()),
                () -> assertEquals("湘中在线", clean(copyright, null).site()));
    }

    @Test
    void normalisesContainerHints() {
        RawDocument doc = new RawDocument("r1", new SourceInfo("x.jsonl", "0", "jsonl", "UTF-8", null, null, 1L),
                ContentType.TEXT, "标题\n近日，园区召开了经济工作会议，部署全年重点工作任务。",
                Map.of("title", "园区召开经济工作会议 - 某某网", "published", "2021年6月9日 10:00", "author", "张三, 李四"), List.of());
        RawDocument unreadable = new RawDocument("r2", doc.source(), ContentType.TEXT, doc.text(),
                Map.of("published", "上周三"), List.of());
        Article a = CLEANER.clean(doc);
        Article b = CLEANER.clean(unreadable);
        assertAll(
                () -> assertEquals("园区召开经济工作会议", a.title()),
                () -> assertEquals("2021-06-09", a.published()),
                () -> assertEquals(List.of("张三", "李四"), a.authors()),
                () -> assertEquals(null, b.published()),
                () -> assertTrue(b.warnings().contains("unreadable published date: 上周三"), b.warnings().toString()));
    }

    private static Article clean(String html, String url) {
        return CLEANER.clean(new RawDocument("t", new SourceInfo("t.html", "0", "html", "UTF-8", url, null), ContentType.HTML,
                html, Map.of(), List.of()));
    }
}
