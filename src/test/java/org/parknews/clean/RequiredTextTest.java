package org.parknews.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What RequiredText reads from a regex's syntax, one row per construct. */
class RequiredTextTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            // regex ~ anyOf ~ firstOf ~ anchored
            "版权所有 ~ 版权所有 ~ 版 ~ false",
            "^(首页|当前位置)\\s*[:：>] ~ 当前位置,首页 ~ 当首 ~ true",
            "^[（(]?原标题 ~ 原标题 ~ (原（ ~ true",
            "ICP备|公网安备 ~ ICP备,公网安备 ~ I公 ~ false",
            "a?b ~ b ~ ab ~ false",
            "a{0,3}b ~ b ~ ab ~ false",
            "[a-c]{2} ~ a,b,c ~ abc ~ false",
            "(?:x|y)+z ~ z ~ xy ~ false",
            "[^x]y ~ y ~ '' ~ false",
            "\\s*版权 ~ 版权 ~ '' ~ false",
            "\\p{IsHan}{2,4}年 ~ 年 ~ '' ~ false",
            "(?=x)y ~ y ~ y ~ false",
            "(?<name>甲|乙)丙 ~ 丙 ~ 乙甲 ~ false",
            "(供图|摄)\\s*$ ~ 供图,摄 ~ 供摄 ~ false",
            "\\[图片\\] ~ [图片] ~ [ ~ false",
            "图\\s*[:：] ~ 图 ~ 图 ~ false",
            "a| ~ '' ~ '' ~ false",
            "^$ ~ '' ~ '' ~ true",
            "(^a)|b ~ a,b ~ ab ~ false",
            "(?i)abc ~ '' ~ '' ~ false",
            "\\Qa\\E ~ '' ~ '' ~ false",
            "(a)\\1 ~ '' ~ '' ~ false",
            "[a[b]] ~ '' ~ '' ~ false",
            "[\\u4e00-\\u9fa5] ~ '' ~ '' ~ false"})
    void derivesFromSyntax(String regex, String anyOf, String firstOf, boolean anchored) {
        List<String> words = anyOf.isEmpty() ? List.of() : List.of(anyOf.split(","));
        assertEquals(new RequiredText(words, firstOf, anchored), RequiredText.of(Pattern.compile(regex)));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {"abc ~ 2", "(?:a|b)c ~ 8"})
    void patternFlagsLeaveNothingKnown(String regex, int flags) {
        assertEquals(new RequiredText(List.of(), "", false), RequiredText.of(Pattern.compile(regex, flags)));
    }
}
