package org.parknews.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricWordsTest {
    private static final MetricWords WORDS = MetricWords.from(QuantityRules.rules());

    @ParameterizedTest(name = "{0} ends with a head word: {1}")
    @CsvSource({"总规划面积,true", "授信额度,true", "技工贸总收入,true", "小区绿化率,true", "企业获得,false", "每年设立,false"})
    void knowsHeadWords(String phrase, boolean expected) {
        assertEquals(expected, WORDS.endsWithHead(phrase));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"达到,stop", "累计,stop", "增长,change", "增幅,change", "同比,basis", "年均,basis", "数字,anaphor",
            "收入,none"})
    void knowsRoles(String word, String role) {
        String found = WORDS.isStop(word) ? "stop" : WORDS.isChange(word) ? "change" : WORDS.isBasis(word) ? "basis"
                : WORDS.isAnaphor(word) ? "anaphor" : "none";
        assertEquals(role, found);
    }
}
