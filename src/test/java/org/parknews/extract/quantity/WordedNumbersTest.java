package org.parknews.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordedNumbersTest {
    private static final WordedNumbers WORDED = new WordedNumbers(UnitTable.from(QuantityRules.rules()),
            new QuantityBuilder(QualifierWords.from(QuantityRules.rules())));

    /** Each row: a line and its worded numbers as text=value[..max] unit. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "占比百分之十五                 | 百分之十五=15.0 %",
            "百分之一百二十点五             | 百分之一百二十点五=120.5 %",
            "提速三分之一                   | 三分之一=33.33 %",
            "千分之五                       | 千分之五=0.5 %",
            "用时半年                       | 半年=0.5 year",
            "不到半个小时                   | 半个小时=0.5 hour",
            "今年上半年                     | ''",
            "来了十五六个人                 | 十五六个=15.0..16.0 个",
            "七八十家企业                   | 七八十家=70.0..80.0 家",
            "三五成群                       | ''",
            "一二三四                       | ''",
    })
    void reads(String line, String expected) {
        String found = WORDED.find(line, new BitSet()).stream()
                .map(q -> q.text() + "=" + q.value() + (q.valueMax() == null ? "" : ".." + q.valueMax()) + " " + q.unit())
                .collect(Collectors.joining(";"));
        assertEquals(expected, found);
    }
}
