package org.parknews.clean;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parknews.TestPipeline;
import org.parknews.rules.RuleSet;

/** One row per line-classifier rule of text dumps: a small dump and the page it must become. */
class TextDumpCleanerTest {
    private static final TextDumpCleaner CLEANER = new TextDumpCleaner(
            BoilerplateRules.from(RuleSet.load(TestPipeline.SEEDS)), MetaLineParser.from(RuleSet.load(TestPipeline.SEEDS)));
    private static final String P1 = "近日，园区召开了经济工作会议，部署全年重点工作任务。";
    private static final String P2 = "会议提出，今年要新开工项目30个以上，完成固定资产投资150亿元。";

    static Stream<Arguments> dumps() {
        return Stream.of(
                Arguments.of("headline is the line before the byline",
                        "园区快讯\n园区召开经济工作会议\n作者:王芳    时间:2014-03-06\n" + P1 + "\n" + P2,
                        "园区召开经济工作会议", List.of("王芳"), "2014-03-06", null, List.of(P1, P2)),
                Arguments.of("a subtitle under the headline is not the headline",
                        "园区召开经济工作会议\n——部署全年重点工作任务\n发布时间：2021-03-05\n" + P1,
                        "园区召开经济工作会议", List.of(), "2021-03-05", null, List.of(P1)),
                Arguments.of("no byline: a short first line is the headline, a subtitle is skipped",
                        "园区召开经济工作会议\n——部署全年重点工作任务\n" + P1 + "\n" + P2,
                        "园区召开经济工作会议", List.of(), null, null, List.of(P1, P2)),
                Arguments.of("no headline at all",
                        P1 + "\n" + P2, null, List.of(), null, null, List.of(P1, P2)),
                Arguments.of("navigation, site header and English banners dropped",
                        "欢迎访问某某高新区门户网站\n首页 > 新闻中心 > 正文\nNEWS CENTER\n园区召开经济工作会议\n来源：湘潭日报\n" + P1,
                        "园区召开经济工作会议", List.of(), null, "湘潭日报", List.of(P1)),
                Arguments.of("footer, related news and repost notice cut",
                        "园区召开经济工作会议\n作者:王芳\n" + P1 + "\n上一篇：园区举办招聘会\n相关新闻\n园区举办招聘会\n版权所有：某某网",
                        "园区召开经济工作会议", List.of("王芳"), null, null, List.of(P1)),
                Arguments.of("captions: ▲, 图为, and a short line under an image placeholder",
                        "园区召开经济工作会议\n作者:王芳\n" + P1 + "\n▲ 会议现场\n图为签约仪式。\n[图片]\n园区新建的厂房\n" + P2,
                        "园区召开经济工作会议", List.of("王芳"), null, null, List.of(P1, P2)),
                Arguments.of("photo credits are no authors",
                        "园区召开经济工作会议\n文/王芳 李强\n供图/某某高新区\n" + P1,
                        "园区召开经济工作会议", List.of("王芳", "李强"), null, null, List.of(P1)),
                Arguments.of("a closing credit becomes authors, a later 来源 line the origin",
                        "园区召开经济工作会议\n作者:王芳\n" + P1 + "（本报记者 王芳 通讯员 李强）\n来源:中国高新技术产业导报\n转自:",
                        "园区召开经济工作会议", List.of("王芳", "李强"), null, "中国高新技术产业导报", List.of(P1)),
                Arguments.of("a closing credit after other brackets in its paragraph; a closing aside is no credit",
                        "园区召开经济工作会议\n" + P1 + "（一期）\n" + P2 + "（记者 张伟 通讯员 刘洋）  ",
                        "园区召开经济工作会议", List.of("张伟", "刘洋"), null, null, List.of(P1 + "（一期）", P2)),
                Arguments.of("a sign-off line ends the article and names its writer",
                        "园区召开经济工作会议\n发布时间:2021年12月13日发布人:浏览:\n" + P1 + "\n某某市发展和改革委员会　　陈磊\n协会简介\n"
                                + "协会是全省性联合组织，为会员提供服务。",
                        "园区召开经济工作会议", List.of("陈磊"), "2021-12-13", null, List.of(P1)),
                Arguments.of("a sentence broken by the crawler is joined, a heading is not",
                        "园区召开经济工作会议\n作者:王芳\n园区今年将新开工项目30个，完成固定资产投资\n\n150亿元。\n二、优化营商环境\n" + P2,
                        "园区召开经济工作会议", List.of("王芳"), null, null,
                        List.of("园区今年将新开工项目30个，完成固定资产投资150亿元。", "二、优化营商环境", P2)),
                Arguments.of("full-width digits in the date line",
                        "园区召开经济工作会议\n２０２０年３月１日　来源于：湖南日报\n" + P1,
                        "园区召开经济工作会议", List.of(), "2020-03-01", "湖南日报", List.of(P1)),
                Arguments.of("whitespace normalised",
                        "园区召开经济工作会议\n作者:王芳\n　　近日，园区召开了经济工作会议，　部署全年重点工作任务。\t",
                        "园区召开经济工作会议", List.of("王芳"), null, null, List.of("近日，园区召开了经济工作会议， 部署全年重点工作任务。")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dumps")
    void classifiesTheDumpsLines(String rule, String dump, String title, List<String> authors, String published, String origin,
                                 List<String> paragraphs) {
        CleanedPage page = CLEANER.clean(dump);
        assertAll(
                () -> assertEquals(title, page.title()),
                () -> assertEquals(authors, page.authors()),
                () -> assertEquals(published, page.published()),
                () -> assertEquals(origin, page.origin()),
                () -> assertEquals(paragraphs, page.paragraphs()));
    }
}
