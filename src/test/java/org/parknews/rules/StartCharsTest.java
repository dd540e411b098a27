package org.parknews.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StartCharsTest {
    private static final String TEXT = "2023年10月8日上午9点，园区(1)完成投资3.5亿元；\n 一、ICP备123号 v1.2.3 abc-12 年7月 "
            + "word，二、三季度 1800-2000 电话0731-88886666 ①②";

    /** Scanning with start characters finds exactly the non-empty matches {@code Matcher.find} finds. */
    @ParameterizedTest
    @ValueSource(strings = {
        "(?<![\\d.])(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?",
        "(?:上午|下午|晚上)\\s*\\d{1,2}\\s*[点时]",
        "(?m)^\\s*[一二三四五六七八九十]{1,3}、",
        "[(（][一二三四五六七八九十\\d]{1,2}[)）]",
        "(?i)V?\\d+(?:\\.\\d+){2,}",
        "ICP[备证]?\\s*\\d+\\s*号?",
        "(?<=年)\\d{1,2}月",
        "\\bword\\b",
        "[①②③]",
        "\\d*",
    })
    void findsWhatMatcherFindFinds(String regex) {
        StartChars scan = new StartChars(Pattern.compile(regex));
        List<String> expected = new ArrayList<>();
        Matcher plain = scan.pattern().matcher(TEXT);
        while (plain.find()) {
            if (plain.end() > plain.start()) {
                expected.add(plain.start() + ":" + plain.group());
            }
        }
        List<String> actual = new ArrayList<>();
        Matcher m = scan.matcher(TEXT);
        for (int from = 0; scan.find(m, TEXT.toCharArray(), from); from = m.end()) {
            actual.add(m.start() + ":" + m.group());
        }
        assertEquals(expected, actual);
    }

    @Test
    void learnsStartCharactersFromThePattern() {
        StartChars date = new StartChars(Pattern.compile("(?<![\\d.])(?:19|20)\\d{2}年"));
        assertTrue(date.canStart('1'));
        assertTrue(date.canStart('2'));
        assertFalse(date.canStart('3'));
        assertFalse(date.canStart('年'));
    }

    @Test
    void triesEveryPositionWhenThePatternLooksBehindItsStart() {
        StartChars after = new StartChars(Pattern.compile("(?<=年)\\d"));
        assertTrue(after.canStart('x'));
    }

    /**
     * isFoundIn answers what Matcher.find answers, on short contexts like those the exclusion
     * rules test: patterns that end in $, may match empty, look behind or are anchored.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "(前|过去|最近|未来|今后|这|那|头)$", "第\\s*$", "[“\"‘][^，,。、；;：:“”\"]{0,6}$", "^[^，,。、；;：:“”\"]{0,8}[”\"’]",
        "^(来|以来|里)", "期$", "x*$", "(?<!来)$", "(?<![\\d.])\\d+年", "(?<=年)\\d", "\\b年\\b", "(?m)^\\d", "(?<!^)\\d",
        "a?",
    })
    void isFoundInAnswersWhatFindAnswers(String regex) {
        StartChars condition = new StartChars(Pattern.compile(regex));
        String alphabet = "前过去最近来以年第 期\n12.“”\"，x";
        java.util.Random random = new java.util.Random(12);
        for (int t = 0; t < 2000; t++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(13); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            assertEquals(condition.pattern().matcher(text).find(), condition.isFoundIn(text), () -> regex + " on [" + text + "]");
        }
    }
}
