package org.parknews.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
                List.of("x"),
                // look left: one character, two characters, a line start, an anchor inside a lookbehind
                List.of("(?<!\\d)\\d{11,}", "(?<![\\d.])\\d{1,2}\\s*月", "(?<!ab)c\\d", "(?m)^\\d+", "(?<!^)\\d\\d",
                        "(?<![一二三四五六七八九十个])[一二三四五六七八九十]{1,2}月"));
    }

    /** One scan finds, per pattern, exactly the non-empty matches its own find loop finds. */
    @ParameterizedTest
    @MethodSource("groups")
    void findsWhatEachPatternFindsAlone(List<String> regexes) {
        assertScanFindsWhatFindLoopsFind(regexes, TEXT);
        assertScanFindsWhatFindLoopsFind(regexes, "12345678901 3月 abc1 xc1 \r\n15 二十三月 十二月 5\n12 7.8月");
    }

    /**
     * The shipped masks on random texts made of the characters they care about: the pairs a
     * scan learns must never skip a start its regex would take.
     */
    @Test
    void shippedMasksOnRandomTexts() throws Exception {
        List<String> masks = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("seeds/quantity-masks.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                masks.add(line.split("\t")[1]);
            }
        }
        String alphabet = "0123456789..年月日号-/: \n一二十个ICP备vV(（)）①a号时点上午";
        Random random = new Random(8);
        for (int t = 0; t < 300; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertScanFindsWhatFindLoopsFind(masks, text.toString());
        }
    }

    /** The character before decides only for patterns that look left, and only the way the regex does. */
    @Test
    void previousCharacterRulesOutOnlyWhatTheRegexRulesOut() {
        StartChars notAfterDigit = new StartChars(Pattern.compile("(?<![\\d.])\\d+"));
        assertFalse(notAfterDigit.canStartAfter('1', '2'));
        assertTrue(notAfterDigit.canStartAfter('年', '2'));
        assertFalse(new StartChars(Pattern.compile("(?m)^\\d")).canStartAfter('x', '2'));
        assertTrue(new StartChars(Pattern.compile("(?m)^\\d")).canStartAfter('\n', '2'));
        // a lookbehind holding an anchor sees the probe's start as the text's: not asked
        assertTrue(new StartChars(Pattern.compile("(?<!^\\d)\\d")).canStartAfter('1', '2'));
        assertTrue(new StartChars(Pattern.compile("(?<=年)\\d")).canStartAfter('1', '2'));
    }

    /** The character after decides too, the way the regex does; a pattern that looks behind is always tried. */
    @Test
    void nextCharacterRulesOutOnlyWhatTheRegexRulesOut() {
        StartChars monthDay = new StartChars(Pattern.compile("\\d{1,2}\\s*月"));
        assertFalse(monthDay.canStartWith("5亿"));
        assertFalse(monthDay.canStartWith("176"));
        assertTrue(monthDay.canStartWith("5月"));
        assertTrue(monthDay.canStartWith("5 "));
        assertTrue(monthDay.canStartWith("12"));
        assertTrue(monthDay.canStartWith("12月"));
        assertTrue(new StartChars(Pattern.compile("(?<=年)\\d月")).canStartWith("5亿"));
    }

    private static void assertScanFindsWhatFindLoopsFind(List<String> regexes, String text) {
        List<StartChars> patterns = regexes.stream().map(r -> new StartChars(Pattern.compile(r))).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            Matcher plain = patterns.get(i).pattern().matcher(text);
            while (plain.find()) {
                if (plain.end() > plain.start()) {
                    expected.add(plain.start() + ":" + i + ":" + plain.group());
                }
            }
        }
        expected.sort((a, b) -> Integer.compare(Integer.parseInt(a.split(":")[0]), Integer.parseInt(b.split(":")[0])));
        List<String> actual = new ArrayList<>();
        new StartCharsGroup(patterns).scan(text, (i, m) -> actual.add(m.start() + ":" + i + ":" + m.group()));
        assertEquals(expected, actual, text);
    }
}
