package org.parknews.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What RequiredChars reads from a regex's syntax, one row per construct. */
class RequiredCharsTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            // regex ~ anyOf ~ firstOf ~ anchored
            "版权所有 ~ 版 ~ 版 ~ false",
            "^(首页|当前位置)\\s*[:：>] ~ 当首 ~ 当首 ~ true",
            "^[（(]?原标题 ~ 原 ~ (原（ ~ true",
            "a?b ~ b ~ ab ~ false",
            "a{0,3}b ~ b ~ ab ~ false",
            "[a-c]{2} ~ abc ~ abc ~ false",
            "(?:x|y)+z ~ z ~ xy ~ false",
            "[^x]y ~ y ~ '' ~ false",
            "\\s*版权 ~ 版 ~ '' ~ false",
            "\\p{IsHan}{2,4}年 ~ 年 ~ '' ~ false",
            "(?=x)y ~ y ~ y ~ false",
            "(?<name>甲|乙)丙 ~ 丙 ~ 乙甲 ~ false",
            "(供图|摄)\\s*$ ~ 供摄 ~ 供摄 ~ false",
            "\\[图片\\] ~ [ ~ [ ~ false",
            "a| ~ '' ~ '' ~ false",
            "^$ ~ '' ~ '' ~ true",
            "(^a)|b ~ ab ~ ab ~ false",
            "(?i)abc ~ '' ~ '' ~ false",
            "\\Qa\\E ~ '' ~ '' ~ false",
            "(a)\\1 ~ '' ~ '' ~ false",
            "[a[b]] ~ '' ~ '' ~ false",
            "[\\u4e00-\\u9fa5] ~ '' ~ '' ~ false"})
    void derivesFromSyntax(String regex, String anyOf, String firstOf, boolean anchored) {
        assertEquals(new RequiredChars(anyOf, firstOf, anchored), RequiredChars.of(Pattern.compile(regex)));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {"abc ~ 2", "(?:a|b)c ~ 8"})
    void patternFlagsLeaveNothingKnown(String regex, int flags) {
        assertEquals(new RequiredChars("", "", false), RequiredChars.of(Pattern.compile(regex, flags)));
    }
}
