package org.parknews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parknews.TestPipeline;
import org.parknews.clean.MatchText;
import org.parknews.clean.SentenceSplitter;
import org.parknews.clean.Span;

/** Routing: person-name recognition where a cue stands, the dictionary cut elsewhere, tokens re-joining the text. */
class SegmenterTest {

    private static List<Token> segment(String text) {
        String match = MatchText.of(text);
        return TestPipeline.get().segmenter().segment(match, new SentenceSplitter().split(text));
    }

    private static String cut(String text) {
        return segment(text).stream().map(t -> t.text() + "/" + t.pos()).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            园区管委会主任陈丽介绍了今年的招商计划。 | 陈丽
            公司负责人周建华表示订单已排到明年。     | 周建华
            钱学明先生为新工厂剪彩。                 | 钱学明
            """)
    void aSentenceWithAPersonCueGetsNameRecognition(String sentence, String name) {
        List<Token> tokens = segment(sentence);
        assertTrue(tokens.stream().anyMatch(t -> t.text().equals(name) && t.pos().startsWith("nr")), tokens.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            入选的4家园区之一。                 | 入选/v 的/ude1 4/m 家/q 园区/n 之一/rz 。/w
            其中工业投资176亿元,同比增长15.4%。 | 其中/rz 工业/n 投资/vn 176/m 亿元/q ,/w 同比/n 增长/v 15.4/m %/nx 。/w
            光谷生物城新增上市企业3家。         | 光谷/nz 生物/n 城/n 新增/v 上市/vn 企业/n 3/m 家/q 。/w
            """)
    void aSentenceWithoutCuesIsCutIntoDictionaryWordsWithTags(String sentence, String expected) {
        assertEquals(expected, cut(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            陈丽一行参观了展厅，主任李明介绍了园区规划。     | 李明 | 陈丽
            周建华在会上，董事长王建军表示订单已排满。       | 王建军 | 周建华
            """)
    void onlyTheClauseHoldingTheCueGetsNameRecognition(String sentence, String cued, String elsewhere) {
        List<Token> tokens = segment(sentence);
        assertTrue(tokens.stream().anyMatch(t -> t.text().equals(cued) && t.pos().startsWith("nr")), tokens.toString());
        assertTrue(tokens.stream().noneMatch(t -> t.text().equals(elsewhere) && t.pos().startsWith("nr")), tokens.toString());
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            主任李明说投资1,000万元的项目已开工。        | 1,000
            记者从官网http://www.example.cn获悉消息。    | ://
            """)
    void clauseBreaksSkipNumbersAndAddresses(String sentence, String whole) {
        List<Token> tokens = segment(sentence);
        String joined = tokens.stream().map(Token::text).collect(Collectors.joining("|"));
        assertTrue(joined.contains(whole), joined);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            园区实现产值2156.3亿元,ABC公司落户。 董事长王建军说，项目年底投产。
            全年新增企业 30 家；规划用地约4.5万平方米。
            """)
    void tokensReJoinTheTextOnBothRoutes(String text) {
        String match = MatchText.of(text);
        List<Span> sentences = new SentenceSplitter().split(text);
        StringBuilder joined = new StringBuilder();
        int previousEnd = 0;
        for (Token t : TestPipeline.get().segmenter().segment(match, sentences)) {
            assertEquals(match.substring(t.start(), t.end()), t.text());
            assertTrue(t.start() >= previousEnd, t.toString());
            previousEnd = t.end();
            joined.append(t.text());
        }
        assertEquals(match.replaceAll("\\s", ""), joined.toString().replaceAll("\\s", ""));
    }
}
