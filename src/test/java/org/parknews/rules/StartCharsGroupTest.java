package org.parknews.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StartCharsGroupTest {
    private static final String TEXT = "2023年10月8日上午9点，园区(1)完成投资3.5亿元；\n 一、ICP备123号 v1.2.3 abc-12 年7月 "
            + "word，二、三季度 1800-2000 电话0731-88886666 ①② 2013年2013年5月";

    /** Groups of patterns that start on the same characters, overlap each other, or look behind. */
    static Stream<List<String>> groups() {
        return Stream.of(
                List.of("(?<![\\d.])(?:19|20)\\d{2}\\s*年", "(?<![\\d.])(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月",
                        "\\d{1,2}\\s*月", "\\d+"),
                List.of("(?m)^\\s*[一二三四五六七八九十]{1,3}、", "[一二三]", "(?<=年)\\d{1,2}月", "\\bword\\b", "\\d*"),
                List.of("(?i)V?\\d+(?:\\.\\d+){2,}", "ICP[备证]?\\s*\\d+\\s*号?", "[(（][一二三四五六七八九十\\d]{1,2}[)）]",
                        "[①②③]", "[A-Za-z]+-?\\d+[A-Za-z\\d-]*"),
                List.of("x"));
    }

    /** One scan finds, per pattern, exactly the non-empty matches its own find loop finds. */
    @ParameterizedTest
    @MethodSource("groups")
    void findsWhatEachPatternFindsAlone(List<String> regexes) {
        List<StartChars> patterns = regexes.stream().map(r -> new StartChars(Pattern.compile(r))).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            Matcher plain = patterns.get(i).pattern().matcher(TEXT);
            while (plain.find()) {
                if (plain.end() > plain.start()) {
                    expected.add(plain.start() + ":" + i + ":" + plain.group());
                }
            }
        }
        expected.sort((a, b) -> Integer.compare(Integer.parseInt(a.split(":")[0]), Integer.parseInt(b.split(":")[0])));
        List<String> actual = new ArrayList<>();
        new StartCharsGroup(patterns).scan(TEXT, (i, m) -> actual.add(m.start() + ":" + i + ":" + m.group()));
        assertEquals(expected, actual);
    }
}
