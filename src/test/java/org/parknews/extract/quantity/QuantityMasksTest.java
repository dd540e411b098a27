package org.parknews.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parknews.clean.MatchText;

class QuantityMasksTest {
    private static final QuantityMasks MASKS = QuantityMasks.from(QuantityRules.rules());

    /** The masked stretch of each line, or '' when none. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "于2013年2月27日举行        | 2013年2月27日",
            "2014年经济工作会议         | 2014年",
            "10月9日上午               | 10月9日",
            "去年8月30日开工            | 8月30日",
            "今年6月建成               | 6月",
            "今年前10个月              | ''",
            "上午9:30开始              | 9:30",
            "电话0731-58581234         | 0731-58581234",
            "京ICP备11041399号-2       | ICP备11041399号-2",
            "二〇一三年                | 二〇一三年",
            "30日内办结                | ''",
            "投资5000万元              | ''",
    })
    void masks(String line, String expected) {
        String text = MatchText.of(line);
        BitSet masked = MASKS.masked(text);
        int start = masked.nextSetBit(0);
        String found = start < 0 ? "" : line.substring(start, masked.nextClearBit(start));
        assertEquals(expected, found);
    }
}
