package org.parknews.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumberParserTest {
    private final ChineseNumberParser parser = new ChineseNumberParser();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "2593406 | 2593406",
            "2,593,406 | 2593406",
            "82,225.00 | 82225",
            "720.1 | 720.1",
            "一百二十三 | 123",
            "两千万 | 20000000",
            "十一 | 11",
            "十 | 10",
            "二十 | 20",
            "一万零五 | 10005",
            "三万四千 | 34000",
            "二十万亿 | 20000000000000",
            "三万亿 | 3000000000000",
            "壹佰万 | 1000000",
            "叁仟伍佰 | 3500",
            "〇 | 0",
            "零 | 0",
            "两 | 2",
            "千万 | 10000000",
            "亿 | 100000000",
            "万 | 10000",
            "1.6亿 | 160000000",
            "3万4000 | 34000",
            "100万三千 | 1003000",
            "2亿5000万 | 250000000",
            "三点五 | 3.5",
            "一百二十点五 | 120.5",
            "二〇一三 | 2013",
            "一九九八 | 1998",
            "一千零一 | 1001",
            "九十九 | 99",
            "三千五 | 3500",
            "两万三 | 23000",
            "一百五 | 150",
            "一亿二 | 120000000",
            "1万5 | 15000",
            "十五 | 15",
            "一千零五 | 1005",
            "三千五百 | 3500",
            "两千零一十八 | 2018",
    })
    void parses(String text, double expected) {
        assertEquals(expected, parser.parse(text).orElseThrow(), 1e-6);
    }

    @ParameterizedTest(name = "{0} is no number")
    @ValueSource(strings = {"", "一一", "三四", "三点", "1..2", "abc", "点五"})
    void rejects(String text) {
        assertTrue(parser.parse(text).isEmpty());
    }
}
