package org.parknews.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The small text steps: match-text folding, sentence splitting, joining broken lines, whitespace. */
class TextHandlingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "技工贸总收入７２０．１亿元 | 技工贸总收入720.1亿元",
            "同比增长４３．６％ | 同比增长43.6%",
            "ＴＣＬ集团 | TCL集团",
            "株洲·中国动力谷　园区 | 株洲·中国动力谷 园区",
            "“三清三改三提” | “三清三改三提”"})
    void matchTextFoldsOneCharForOneChar(String body, String expected) {
        String folded = MatchText.of(body);
        assertEquals(expected, folded);
        assertEquals(body.length(), folded.length());
    }

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of("园区发展很快。企业很多！", List.of("园区发展很快。", "企业很多！")),
                Arguments.of("“这是可圈可点的一年。”刘硕科表示。", List.of("“这是可圈可点的一年。”", "刘硕科表示。")),
                Arguments.of("他说：“好！”然后走了。", List.of("他说：“好！”", "然后走了。")),
                Arguments.of("‘三清’工作见效。’他说。", List.of("‘三清’工作见效。’", "他说。")),
                Arguments.of("「建成了。」园区表示。", List.of("「建成了。」", "园区表示。")),
                Arguments.of("一是调研先行；二是高位推动。", List.of("一是调研先行；", "二是高位推动。")),
                Arguments.of("何时建成？年底！", List.of("何时建成？", "年底！")),
                Arguments.of("第一段没有句号\n第二段。", List.of("第一段没有句号", "第二段。")),
                Arguments.of("收入720.1亿元，增长43.6%。", List.of("收入720.1亿元，增长43.6%。")),
                Arguments.of("Revenue grew! Profit rose?", List.of("Revenue grew!", "Profit rose?")),
                Arguments.of("正在建设……预计年底完成。", List.of("正在建设……", "预计年底完成。")),
                Arguments.of("（本报记者 纪爱玲报道）。下一句。", List.of("（本报记者 纪爱玲报道）。", "下一句。")),
                Arguments.of("  \n  ", List.of()));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void splitsSentencesKeepingClosingQuotes(String body, List<String> expected) {
        assertEquals(expected, new SentenceSplitter().split(body).stream().map(s -> s.of(body)).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a crawler broke a sentence across lines: joined
            "精心策划引进一批项目,切实注重引/进项目的质量和效益,大力开展招商。 | 精心策划引进一批项目,切实注重引进项目的质量和效益,大力开展招商。",
            "力争全年引进投资亿元以上项目，园区将/40个以上。 | 力争全年引进投资亿元以上项目，园区将40个以上。",
            // real paragraph ends and headings stay apart
            "第一段已经结束。/第二段开始了，继续写。 | 第一段已经结束。/第二段开始了，继续写。",
            "确定年度目标 建成千亿园区/刚刚过去的2013年，湘潭高新区实现了较好发展。 | 确定年度目标 建成千亿园区/刚刚过去的2013年，湘潭高新区实现了较好发展。",
            "湘潭高新区实现了较好发展，成为亮点。/“三清三改三提”成效显著 | 湘潭高新区实现了较好发展，成为亮点。/“三清三改三提”成效显著",
            "一是调研先行高位推动：/市委、市政府主要领导高度重视。 | 一是调研先行高位推动：/市委、市政府主要领导高度重视。"})
    void joinsLinesBrokenMidSentenceOnly(String lines, String expected) {
        assertEquals(Arrays.asList(expected.split("/")), new BrokenLineJoiner().join(Arrays.asList(lines.split("/"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'　　今年以来，园区　发展 ' | 今年以来，园区 发展",
            "'\u00A0\u00A0记者\u00A0王芳\u200B' | 记者 王芳",
            "'\tA  B\t' | A B"})
    void normalisesWhitespace(String raw, String expected) {
        assertEquals(expected, Whitespace.normalize(raw));
    }
}
