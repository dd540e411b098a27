package org.parknews.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What RequiredText reads from a regex's syntax, one row per construct. */
class RequiredTextTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            // regex ~ required word lists (';' between lists, most selective first) ~ anchored
            "版权所有 ~ 版权所有 ~ false",
            "^(首页|当前位置)\\s*[:：>] ~ 当前位置,首页;:,>,： ~ true",
            "^[（(]?原标题 ~ 原标题 ~ true",
            "ICP备|公网安备 ~ ICP备,公网安备 ~ false",
            "a?b ~ b ~ false",
            "a{0,3}b ~ b ~ false",
            "[a-c]{2} ~ a,b,c ~ false",
            "(?:x|y)+z ~ z;x,y ~ false",
            "[^x]y ~ y ~ false",
            "\\s*版权 ~ 版权 ~ false",
            "\\p{IsHan}{2,4}年 ~ 年 ~ false",
            "(?=x)y ~ y ~ false",
            "(?<name>甲|乙)丙 ~ 丙;乙,甲 ~ false",
            "(供图|摄)\\s*$ ~ 供图,摄 ~ false",
            "\\[图片\\] ~ [图片] ~ false",
            "图\\s*[:：] ~ 图;:,： ~ false",
            "作者\\s*[:：/]\\s*(.+?) ~ 作者;/,:,： ~ false",
            "[a-c]x{2}[a-c]yz ~ yz;x;a,b,c ~ false",
            "a(?:bc|d)+e ~ a;e;bc,d ~ false",
            "(?:ab|c)x|yz ~ x,yz ~ false",
            "a| ~ '' ~ false",
            "^$ ~ '' ~ true",
            "(^a)|b ~ a,b ~ false",
            "(?i)abc ~ '' ~ false",
            "\\Qa\\E ~ '' ~ false",
            "(a)\\1 ~ '' ~ false",
            "[a[b]] ~ '' ~ false",
            "[\\u4e00-\\u9fa5] ~ '' ~ false"})
    void derivesFromSyntax(String regex, String allOf, boolean anchored) {
        List<List<String>> lists = allOf.isEmpty() ? List.of()
                : Arrays.stream(allOf.split(";")).map(list -> List.of(list.split(","))).toList();
        assertEquals(new RequiredText(lists, anchored), RequiredText.of(Pattern.compile(regex)));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {"abc ~ 2", "(?:a|b)c ~ 8"})
    void patternFlagsLeaveNothingKnown(String regex, int flags) {
        assertEquals(new RequiredText(List.of(), false), RequiredText.of(Pattern.compile(regex, flags)));
    }
}
